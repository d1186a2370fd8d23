"""The actor knowledge base in memory: surface forms -> actors, roles resolved at a date.

Build it once per process with :func:`default_kb` (cached); every lookup is a dict access.

Actor ids: ``cty:VEN`` (country), ``VENGOV`` (a sector of a country: government, army …),
``plc:VEN:caracas`` (city), ``org:nato`` (organisation or institution), ``per:nicolas-maduro``
(person, curated or learned: the slug of the name, so learned persons merge across articles).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from .dates import is_iso, role_state
from .loader import (
    adjective_forms,
    declined_organisation_names,
    genitive,
    inflected_names,
    load_companies,
    load_countries,
    load_organisations,
    load_persons,
    load_places,
    load_regions,
    load_role_nouns,
    load_sectors,
    load_towns,
    oblique,
    organisation_id,
    slug,
    town_key,
    town_places,
)
from .records import Country, Organisation, Person, Place, Role, RoleNoun

if TYPE_CHECKING:
    from .overlay import KBOverlay

SECTOR_NAMES = {"GOV": "Regierung", "MIL": "Militär", "OPP": "Opposition", "LEG": "Parlament",
                "JUD": "Justiz", "COP": "Polizei", "REB": "Rebellen", "SPY": "Geheimdienst",
                "BUS": "Wirtschaft", "CVL": "Bevölkerung", "PTY": "Parteien", "IGO": "Organisation",
                "LAB": "Gewerkschaften", "MED": "Medien", "EDU": "Bildung", "REL": "Religion",
                "HLH": "Gesundheit", "NGO": "Nichtregierungsorganisationen", "REF": "Flüchtlinge",
                "CRM": "Kriminelle", "ELI": "Elite", "RAD": "Radikale", "INS": "Aufständische",
                "UAF": "Bewaffnete", "AGR": "Landwirtschaft", "ENV": "Umweltgruppen", "HRI": "Menschenrechtsgruppen"}
DETERMINERS = {"der", "die", "das", "des", "dem", "den"}
_SPACES = re.compile(r"\s+")
_MISSING = object()  # a cache's "not looked up yet" (None is a result)


def actor_dict(actor_id: str | None, name: str | None, actor_code: str | None = None,
               country: str | None = None) -> dict:
    """The actor reference of spans and records; the same shape as
    :func:`lagebild.nlp.extensions.actor_dict` (not imported: ``lagebild.nlp`` imports the KB)."""
    return {"actor_id": actor_id, "name": name, "actor_code": actor_code, "country": country}


FAMILY_NAME_FIRST = {"CHN", "TWN", "PRK", "KOR", "VNM", "KHM"}
NAME_PARTICLES = {"von", "van", "der", "de", "da", "del", "la", "le", "bin", "ibn", "al", "el"}
_ROMAN = re.compile(r"^[IVX]+\.?$")


def surname_of(person: Person) -> str | None:
    """The name a German article uses alone for ``person`` (``Maduro``, ``Xi``), or None.

    Family name first for Chinese, Korean, Vietnamese and Khmer names; no surname for regnal
    names (``Charles III.``) or particles (``Jr.``).
    """
    words = person.name.split()
    if len(words) < 2:
        return None
    if person.country in FAMILY_NAME_FIRST:
        return words[0]
    for i, w in enumerate(words[1:-1], 1):
        if w.casefold() in NAME_PARTICLES:  # "Van der Bellen", "da Silva", "bin Salman"
            return " ".join(words[i:])
    word = words[-1]
    # short surnames collide with common words ("Das", "Bas", "Dan"): only the full name counts
    if len(word) < 4 or word.endswith(".") or _ROMAN.match(word):
        return None
    return word


def article_date(value: str | None) -> str | None:
    """The article date if it is an ISO date of year, month or day precision, else None: a
    malformed date is treated as no date (never as today)."""
    return value if is_iso(value) else None


def place_entry(place: Place) -> Entry:
    """The KB entry of a city or town (``plc:<ISO3>:<slug>``)."""
    return Entry("place", f"plc:{place.country}:{slug(place.name)}", place.name, place.country,
                 place.country, place=place)


def place_rank(place: Place) -> tuple[bool, int]:
    """How strongly a place's name means that place: a capital first, then the largest city
    ("London" is England's, not Ontario's)."""
    return place.capital, place.population


_REGNAL = re.compile(r"\b[IVX]+\.$")
# titles written before a monarch's or pope's name ("Papst Benedikt XVI.", "Königin Elisabeth II.")
_REGNAL_TITLES = ("Papst", "König", "Königin", "Kaiser", "Kaiserin", "Fürst", "Großherzog", "Emir", "Sultan")


def regnal_forms(person: Person) -> list[str]:
    """The person's name and aliases, plus for a name with a regnal number the form without its
    full stop (the tokenizer leaves "XVI." at a sentence end as "XVI") and the form after the
    title of one of the person's roles ("Papst Benedikt XVI.")."""
    names = [person.name, *person.aliases]
    titles = {r.title for r in person.roles if r.title in _REGNAL_TITLES}
    out = list(names)
    for n in names:
        if _REGNAL.search(n):
            bare = n[:-1]
            out.append(bare)
            out.extend(f"{t} {form}" for t in sorted(titles) for form in (n, bare))
    return list(dict.fromkeys(out))


# norm() per text: a pure function of the string, asked for the same words on every token of a
# text by the actor and coreference stages (speed, issue 10); bounded
_NORM_CACHE: dict[str, str] = {}
_CACHE_LIMIT = 200_000


# "St. Pölten", "St. Gallen", "Sankt Petersburg": "St." (or "St") and "Sankt" are one word in a
# place's name; GeoNames and the KB's lists write one spelling only ("Sankt Pölten", "St. Louis"), the
# news the other, and an Austrian state capital was no place at all
SAINT_ABBREVIATION = True
_SAINT_FORMS = ("st. ", "st ", "sankt ")


def saint_variants(key: str) -> list[str]:
    """The other spellings of a :func:`norm` key that opens with "st. ", "st " or "sankt "
    ("st. pölten" -> "st pölten", "sankt pölten"); [] for any other key."""
    if not SAINT_ABBREVIATION:
        return []
    for form in _SAINT_FORMS:
        if key.startswith(form) and len(key) > len(form):
            return [other + key[len(form):] for other in _SAINT_FORMS if other != form]
    return []


def norm(text: str) -> str:
    """Lookup key: case-folded, single spaces, typographic apostrophes unified."""
    key = _NORM_CACHE.get(text)
    if key is None:
        key = _SPACES.sub(" ", text.replace("’", "'").strip()).casefold()
        if len(_NORM_CACHE) < _CACHE_LIMIT:
            _NORM_CACHE[text] = key
    return key


@dataclass(frozen=True)
class Entry:
    """One thing a surface form can name."""

    kind: str                      # country | place | organisation | person | surname | sector
    actor_id: str
    name: str
    code: str | None = None        # static code (country, organisation, sector)
    country: str | None = None
    person: Person | None = None
    place: Place | None = None
    org: Organisation | None = None


@dataclass(frozen=True)
class Resolved:
    """An entity resolved to an actor at the article date."""

    entry: Entry
    actor: dict
    gender: str | None = None
    role: Role | None = None


@dataclass
class ActorKB:
    """Indexes over the KB records; see the module docstring."""

    index: dict[str, list[Entry]] = field(default_factory=dict)
    countries: dict[str, Country] = field(default_factory=dict)
    adjectives: dict[str, str] = field(default_factory=dict)     # form -> ISO3
    role_nouns: dict[str, RoleNoun] = field(default_factory=dict)
    sectors: dict[str, str] = field(default_factory=dict)        # form -> sector
    regions: dict[str, tuple[set[str], set[str]]] = field(default_factory=dict)
    persons: dict[str, Person] = field(default_factory=dict)
    capitals: dict[str, str] = field(default_factory=dict)       # norm(city) -> ISO3
    city_adjectives: set[str] = field(default_factory=set)       # norm("Moskauer"), see _add_city_adjectives
    # candidates() and compound() per text (speed, issue 10): both are pure functions of the
    # indexes above, which change only while the KB is built (_add empties the caches)
    _candidates_cache: dict[str, list[Entry] | None] = field(default_factory=dict, init=False, repr=False,
                                                             compare=False)
    _compound_cache: dict[str, dict | None] = field(default_factory=dict, init=False, repr=False,
                                                    compare=False)

    # --- building --------------------------------------------------------------------------
    def _add(self, surface: str | None, entry: Entry) -> None:
        if not surface:
            return
        if self._candidates_cache or self._compound_cache:
            self._candidates_cache.clear()
            self._compound_cache.clear()
        bucket = self.index.setdefault(norm(surface), [])
        if entry not in bucket:
            bucket.append(entry)

    def _add_with_genitive(self, surface: str, entry: Entry) -> None:
        self._add(surface, entry)
        self._add(genitive(surface), entry)

    @classmethod
    def build(cls, overlay: KBOverlay | None = None) -> ActorKB:
        """Build the indexes from the shipped data files, plus ``overlay`` (imported dictionaries,
        see :mod:`lagebild.kb.overlay`): an imported person with a curated id extends that
        person (the curated roles stay first, so they win where both hold); others are added."""
        kb = cls()
        persons = {p.actor_id: p for p in load_persons()}
        surnames_extra: dict[str, tuple[str, ...]] = {}
        organisations = list(load_organisations())
        if COMPANIES:
            # a firm is an actor of the country of its headquarters, not of the article's setting
            organisations += list(load_companies())
        if overlay is not None:
            for p in overlay.persons:
                known = persons.get(p.actor_id)
                if known is None:
                    persons[p.actor_id] = p
                else:
                    persons[p.actor_id] = Person(
                        known.actor_id, known.name,
                        known.aliases + tuple(a for a in p.aliases if a not in known.aliases),
                        known.gender, known.country or p.country, known.roles + p.roles)
            surnames_extra = dict(overlay.surnames)
            organisations += list(overlay.organisations)
        for c in load_countries():
            kb.countries[c.iso3] = c
            entry = Entry("country", f"cty:{c.iso3}", c.name, c.iso3, c.iso3)
            for n in c.names:
                kb._add_with_genitive(n, entry)
                # "der Demokratischen Republik Kongo": the inflected form of an adjective name
                kb._add(oblique(n), entry)
            for d in c.demonyms:
                kb._add(d, entry)
                kb.adjectives.setdefault(d.casefold(), c.iso3)
            for stem in c.adjectives:
                for form in adjective_forms(stem):
                    kb.adjectives.setdefault(form.casefold(), c.iso3)
                    kb._add(form, entry)
            if c.capital:
                kb.capitals.setdefault(norm(c.capital), c.iso3)
        places = load_places()
        for p in places:
            entry = place_entry(p)
            for n in (p.name,) + p.aliases:
                # a country of the same name wins (Luxemburg, Singapur, Kuwait)
                if not any(e.kind == "country" for e in kb.index.get(norm(n), [])):
                    kb._add_with_genitive(n, entry)
                if p.capital:
                    kb.capitals[norm(n)] = p.country
        if CITY_ADJECTIVES:
            kb._add_city_adjectives(places)
        org_entries = []
        for o in organisations:
            entry = Entry("organisation", organisation_id(o), o.name, o.code, o.country, org=o)
            if o.kind == "institution" and o.country and o.code[:3] == o.country and len(o.code) == 6:
                # metonymy: "der Kreml" is the Russian government, the same actor as "russische Regierung"
                sector = kb.sector_actor(o.country, o.code[3:])
                entry = Entry("organisation", sector["actor_id"], sector["name"], o.code, o.country, org=o)
            org_entries.append(entry)
            for n in (o.name,) + o.aliases:
                kb._add(n, entry)
                kb._add(oblique(n), entry)
                for form in inflected_names(n):  # "das Europäische Parlament", "des Islamischen Staates"
                    kb._add(form, entry)
                    kb._add(genitive(form), entry)
                if ORG_DECLINED_NAMES:  # "des Obersten Gerichtshofs", "das Rote Kreuz"
                    for form in declined_organisation_names(n):
                        if norm(form) not in kb.index:  # a listed name of anything else wins
                            kb._add(form, entry)
        if ORG_COUNTRY_ADJECTIVE:
            kb._add_country_adjective_names(org_entries)
        for person in persons.values():
            kb.persons[person.actor_id] = person
            entry = Entry("person", person.actor_id, person.name, None, person.country, person=person)
            for n in regnal_forms(person):
                kb._add_with_genitive(n, entry)
            surname = surname_of(person)
            if surname:
                # a bare surname names the person only while in office (see _choose)
                alone = Entry("surname", person.actor_id, person.name, None, person.country, person=person)
                if len(surname) >= 4:
                    kb._add_with_genitive(surname, alone)
                else:  # "Xis" and "Lis" are no genitives anyone writes; "Hans" is a first name
                    kb._add(surname, alone)
            for extra in surnames_extra.get(person.actor_id, ()):
                # one-word synonyms of an import ("+SHAATH") name the person only in office, too
                kb._add(extra, Entry("surname", person.actor_id, person.name, None, person.country,
                                     person=person))
        for rn in load_role_nouns():
            for form in rn.forms:
                kb.role_nouns.setdefault(form.casefold(), rn)
        for s in load_sectors():
            for form in s.forms:
                kb.sectors.setdefault(form.casefold(), s.sector)
        for r in load_regions():
            kb.regions[r.stem] = (set(r.continents), set(r.countries))
        if DIRECTIONAL_REGIONS:  # last: every name of its own (Nordamerika, Nordkorea) wins
            kb._add_directional_regions()
        return kb

    def _add_country_adjective_names(self, entries: list[Entry]) -> None:
        """Index "Deutsche Bundestag", "des Deutschen Bundestages", "der österreichische
        Verfassungsgerichtshof": an adjective of an organisation's own country, in any of its
        endings, before one of the organisation's names names that organisation (the KB lists
        "Bundestag"). Only the organisation's own country: "die österreichischen Grünen" are not
        the German party. A form the index already has keeps its entry; the genitive -s of the
        noun is left to the lookup (:meth:`candidates`). Kinds: :data:`COUNTRY_ADJECTIVE_KINDS`."""
        added: dict[str, Entry] = {}
        for entry in entries:
            o = entry.org
            if not o.country or o.kind not in COUNTRY_ADJECTIVE_KINDS or o.code.startswith("IGO"):
                continue
            country = self.countries.get(o.country)
            if country is None:
                continue
            for n in (o.name,) + o.aliases:
                if not n[:1].isupper() or n.split()[0].casefold() in DETERMINERS:
                    continue
                for stem in country.adjectives:
                    for ending in ("e", "en", "er", "es", "em"):
                        form = f"{stem[:1].upper()}{stem[1:]}{ending} {n}"
                        if norm(form) not in self.index:
                            added.setdefault(norm(form), entry)
        for form, entry in added.items():
            self._add(form, entry)

    def _add_directional_regions(self) -> None:
        """Index "Nordirak", "Südlibanon", "Ostukraine", "Nord-Irak" as places of the country
        they are part of: a compass prefix (``DIRECTION_PREFIXES``) before a one-word German name
        of a country. A name the index already has keeps its entry ("Nordkorea", "Südsudan",
        "Nordirland" are countries or regions of their own)."""
        for c in self.countries.values():
            for n in c.names:
                if " " in n or "-" in n or len(n) < 4:
                    continue
                for prefix in DIRECTION_PREFIXES:
                    for form in (prefix + n.lower(), f"{prefix}-{n}"):
                        if norm(form) not in self.index:
                            self._add_with_genitive(form, place_entry(Place(form, c.iso3)))

    def _add_city_adjectives(self, places: tuple[Place, ...]) -> None:
        """"Moskauer", "Pekinger", "Londoner", "Münchner": a city's adjective names the city's
        country, as "russische" does ("ein Moskauer Gericht" is a Russian court), for capitals
        and cities of :data:`CITY_ADJECTIVE_MIN_POPULATION`; a capital, then the largest city,
        wins a shared form ("Londoner" is London's, not London, Ontario's)."""
        ranked = sorted((p for p in places if p.capital or p.population >= CITY_ADJECTIVE_MIN_POPULATION),
                        key=place_rank, reverse=True)
        for p in ranked:
            country = self.countries.get(p.country)
            if country is None:
                continue
            entry = Entry("country", f"cty:{p.country}", country.name, p.country, p.country)
            for n in dict.fromkeys((p.name,) + p.aliases):
                if not n.isalpha() or len(n) < 4:
                    continue
                # -er after the name; -ner after a name in -en ("Münchner", "Dresdner")
                for form in [n + "er"] + ([n[:-2] + "ner"] if n.endswith("en") else []):
                    if norm(form) not in self.index:
                        self._add(form, entry)
                        self.city_adjectives.add(norm(form))

    # --- lookups -----------------------------------------------------------------------------
    def candidates(self, text: str) -> list[Entry]:
        """Entries a surface form names: as written, without article, without genitive -s."""
        cache = self._candidates_cache
        found = cache.get(text, _MISSING)
        if found is _MISSING:
            found = self._candidates(text)
            if len(cache) < _CACHE_LIMIT:
                cache[text] = found
        # (a fresh list for no entry, as before: a caller may extend what it gets)
        return [] if found is None else found

    def _candidates(self, text: str) -> list[Entry] | None:
        """:meth:`candidates` without the cache; None for no entry."""
        key = norm(text)
        words = key.split(" ")
        if len(words) > 1 and words[0] in DETERMINERS and text[:1].isupper() and key in self.index:
            return self.index[key]  # "Den Haag", "Le Monde", "Die Linke": the article is the name's
        if len(words) > 1 and words[0] in DETERMINERS:
            key = " ".join(words[1:])
        found = self.index.get(key)
        if found:
            return found
        for suffix in ("s", "es", "'"):
            if key.endswith(suffix) and len(key) - len(suffix) >= 4:
                found = self.index.get(key[: -len(suffix)])
                if found:
                    return found
        for other in saint_variants(key):  # "St. Gallen" is "Sankt Gallen"
            found = self.index.get(other)
            if found:
                return found
        return None

    def town(self, text: str) -> list[Entry]:
        """The town a span tagged as a place names when no other entry does (``towns.tsv``: the
        towns of GeoNames under all their Latin-script names, "Mogadischu", "Erigabo"), the largest
        town of that name first; [] when none. Only for place spans: a town's name may be a word."""
        if not TOWNS:
            return []
        key = town_key(norm(text))
        found = load_towns(key)
        if not found and key.endswith("s") and len(key) >= 5:
            found = load_towns(key[:-1])  # genitive: "Erigabos"
        for other in saint_variants(key) if not found else ():
            found = load_towns(other)  # "St. Pölten" is "Sankt Pölten"
            if found:
                break
        return [place_entry(p) for p in town_places(found or [])]

    def country_of(self, word: str) -> str | None:
        """ISO3 of a country name, adjective or demonym (``russischen`` -> ``RUS``), else None."""
        iso = self.adjectives.get(word.casefold())
        if iso:
            return iso
        for e in self.candidates(word):
            if e.kind == "country":
                return e.code
        return None

    def sector_actor(self, iso3: str, sector: str) -> dict:
        """The actor for a sector of a country: ``VEN`` + ``GOV`` -> ``VENGOV``."""
        country = self.countries.get(iso3)
        cname = country.name if country else iso3
        return actor_dict(f"{iso3}{sector}", f"{SECTOR_NAMES.get(sector, sector)} ({cname})",
                          f"{iso3}{sector}", iso3)

    def country_actor(self, iso3: str) -> dict:
        """The actor of a country as a whole."""
        country = self.countries.get(iso3)
        return actor_dict(f"cty:{iso3}", country.name if country else iso3, iso3, iso3)

    def role_noun(self, word: str) -> tuple[RoleNoun, str] | None:
        """``(RoleNoun, prefix)`` if ``word`` is a role noun or a compound ending in one.

        ``Kremlsprecher`` -> (Sprecher, ``Kreml``); ``US-Außenminister`` -> (Minister, ``US``).
        """
        low = word.casefold()
        if not word[:1].isupper():
            return None
        exact = self.role_nouns.get(low)
        # the shortest known form that ends the word gives the prefix: "Kreml" + "sprecher";
        # the whole word, if it is a form itself, gives gender and sector ("Kommissionspräsident": IGO)
        for i in range(1, len(low) - 3):
            rn = self.role_nouns.get(low[i:])
            if rn:
                return exact or rn, word[:i].rstrip("-")
        return (exact, "") if exact else None

    def office(self, title: str | None) -> str | None:
        """The office a role title names, as one key for its variants: the first role noun of
        the title without article, adjectives or inflection ending (``deutsche Bundeskanzlerin``,
        ``der Bundeskanzlerin`` -> ``Bundeskanzlerin``; ``Präsidenten`` -> ``Präsident``).
        None for a title without a role noun."""
        for word in (title or "").split():
            word = word.strip(",.;:()„“\"'")
            if not word or not self.role_noun(word):
                continue
            for ending in ("s", "en", "n"):
                # only when the shorter word is a role noun itself: "Kanzlerin" keeps its "n"
                stem = word[: -len(ending)]
                if word.endswith(ending) and len(stem) > 3 and stem.casefold() in self.role_nouns:
                    return stem
            return word
        return None

    def prefix_code(self, prefix: str, sector: str) -> tuple[str | None, str | None]:
        """``(code, country)`` for a compound prefix: ``US`` + GOV -> USAGOV, ``Kreml`` -> RUSGOV."""
        if not prefix:
            return None, None
        p = prefix[:-1] if prefix.endswith("s") and not self.candidates(prefix) else prefix
        for cand in (prefix, p):
            for e in self.candidates(cand):
                if e.kind == "country":
                    return f"{e.code}{sector}", e.code
                if e.kind == "organisation" and e.code:
                    return e.code, e.country
                if e.kind == "place" and e.place and e.place.capital:
                    return f"{e.country}{sector}", e.country
        return None, None

    def sector_of(self, word: str) -> str | None:
        """Sector of a sector noun (``Regierung`` -> GOV), else None."""
        return self.sectors.get(word.casefold())

    def compound(self, text: str) -> dict | None:
        """Actor of a hyphenated or adjectival sector phrase: ``US-Regierung``, ``russische Armee``."""
        cache = self._compound_cache
        actor = cache.get(text, _MISSING)
        if actor is _MISSING:
            actor = self._compound(text)
            if len(cache) < _CACHE_LIMIT:
                cache[text] = actor
        # a copy: callers keep the actor on spans, each its own dict as before
        return dict(actor) if actor is not None else None

    def _compound(self, text: str) -> dict | None:
        """:meth:`compound` without the cache."""
        words = text.split()
        if len(words) == 1 and "-" in text:
            prefix, _, head = text.rpartition("-")
            sector = self.sector_of(head) or self.sector_of(head[:-1])  # US-Vertretern
            iso = self.country_of(prefix) if sector else None
            if sector and not iso:
                # "Maduro-Regierung": the government of the person's country
                people = [e for e in self.candidates(prefix) if e.kind == "person" and e.country]
                iso = people[0].country if len(people) == 1 else None
            if iso:
                return self.sector_actor(iso, sector)
        if len(words) == 1 and "-" not in text and text[:1].isupper():
            # "Bundesinnenministerium", "Bundespolizei": a country prefix and a sector ending
            low = text.casefold()
            for i in range(3, len(low) - 4):
                sector = self.sectors.get(low[i:])
                if not sector:
                    continue
                for j in range(min(i, 12), 1, -1):
                    iso = self.country_of(text[:j])
                    if iso:
                        return self.sector_actor(iso, sector)
        if len(words) == 2:
            iso, sector = self.country_of(words[0]), self.sector_of(words[1])
            if iso and sector and words[0][:1].islower():
                return self.sector_actor(iso, sector)
            # "Regierung Venezuelas", "Armee Russlands"
            iso, sector = self.country_of(words[1]), self.sector_of(words[0])
            if iso and sector and words[1][:1].isupper():
                return self.sector_actor(iso, sector)
        if len(words) == 3 and words[1] == "in":
            # "Regierung in Caracas"
            sector = self.sector_of(words[0])
            iso = self.capitals.get(norm(words[2])) or self.country_of(words[2])
            if sector and iso:
                return self.sector_actor(iso, sector)
        return None

    def office_holder(self, iso3: str, role_form: str, sector: str, date: str | None) -> dict | None:
        """The one person who certainly held office ``role_form`` for ``iso3`` at ``date``.

        ``der russische Präsident`` in a 2022 article -> Wladimir Putin. The office matches when
        the role title equals the role word without its inflection ending; None when no date, no
        holder or several holders.
        """
        if not date:
            return None
        low = role_form.casefold()
        forms = {low} | {low[: -len(e)] for e in ("en", "n", "s") if low.endswith(e)}
        code = f"{iso3}{sector}"
        found = []
        for person in self.persons.values():
            for r in person.roles:
                if r.actor_code == code and r.title and r.title.casefold() in forms \
                        and role_state(r.start, r.end, date) == "certain":
                    found.append(person)
                    break
        if len(found) != 1:
            return None
        person = found[0]
        return actor_dict(person.actor_id, person.name, code, person.country)

    def person_code(self, person: Person, date: str | None) -> tuple[str | None, Role | None]:
        """The code of ``person`` at ``date`` and the role that gives it (see module docstring).

        A role that certainly holds wins (the first listed, if several); otherwise the roles that
        possibly hold are used only if they agree on one code; otherwise a role without any bound
        (PETRARCH's undated code, the fallback after the dated ones: an import's ``[PSEELI]``
        must not beat a curated role that possibly holds); otherwise the person's country.
        An undated article never counts as "today".
        """
        fallback = [r for r in person.roles if r.start is None and r.end is None]
        states = [(role_state(r.start, r.end, date), r) for r in person.roles
                  if r.start is not None or r.end is not None]
        certain = [r for s, r in states if s == "certain"]
        if certain:
            return certain[0].actor_code, certain[0]
        possible = [r for s, r in states if s == "possible"]
        codes = {r.actor_code for r in possible}
        if len(codes) == 1:
            return possible[0].actor_code, possible[0]
        if fallback:
            return fallback[0].actor_code, fallback[0]
        return person.country, None

    def resolve(self, text: str, label: str | None, date: str | None) -> Resolved | None:
        """Resolve an entity's text to an actor at ``date``, or None if the KB does not know it."""
        words = text.split()
        entries = self.candidates(text)
        party_country = self._party_of_country(words) if PARTY_OF_COUNTRY and label != "PER" else None
        if party_country and not any(e.country == party_country for e in entries):
            # (a party the KB lists under this very name keeps its own entry: "Kommunistische Partei Chinas")
            actor = self.sector_actor(party_country, "PTY")
            return Resolved(Entry("sector", actor["actor_id"], actor["name"], actor["actor_code"],
                                  actor["country"]), actor)
        if not entries and label == "PER" and len(words) > 2 and self.role_noun(words[0]):
            # the entity took its role noun along: "US-Präsident Joe Biden"
            return self.resolve(" ".join(words[1:]), label, date)
        if not entries and label != "PER":
            entries = self._organisation_before_article(words)
        if not entries and label == "LOC":
            entries = self.town(text)
        if not entries:
            actor = self.compound(text)
            if actor:
                return Resolved(Entry("sector", actor["actor_id"], actor["name"], actor["actor_code"],
                                      actor["country"]), actor)
            return None
        entry = self._choose(entries, label, date)
        if entry is None:
            return None
        if entry.kind == "person":
            code, role = self.person_code(entry.person, date)
            return Resolved(entry, actor_dict(entry.actor_id, entry.name, code, entry.country),
                            entry.person.gender, role)
        return Resolved(entry, actor_dict(entry.actor_id, entry.name, entry.code, entry.country))

    def _party_of_country(self, words: list[str]) -> str | None:
        """ISO3 of the country whose genitive closes a party's name ("Konservative Partei Kanadas",
        "Sozialistische Partei Frankreichs", "Demokratische Partei Serbiens"), else None
        (:data:`PARTY_OF_COUNTRY`)."""
        if len(words) < 2 or words[-2] not in PARTY_NOUNS or not words[-1].endswith("s"):
            return None
        for form in (words[-1][:-1], words[-1]):  # "Kanadas" -> "Kanada"; "Frankreichs" -> "Frankreich"
            country = next((e.code for e in self.candidates(form) if e.kind == "country"), None)
            if country:
                return country
        return None

    def _organisation_before_article(self, words: list[str]) -> list[Entry]:
        """The organisation a span names when the recogniser ran on into the next noun phrase
        ("Europäischen Parlament der Sacharow-Preis", "Internationalen Währungsfonds die
        Auszahlung"): the longest opening of two or more words, cut before an article, that the KB
        knows as an organisation. A single word is never taken ("Kommission der Afrikanischen
        Union" is not the EU Commission)."""
        for cut in range(len(words) - 1, 1, -1):
            if words[cut].casefold() not in DETERMINERS:
                continue
            found = [e for e in self.candidates(" ".join(words[:cut])) if e.kind == "organisation"]
            if found:
                return found
        return []

    def _choose(self, entries: list[Entry], label: str | None, date: str | None) -> Entry | None:
        # a bare surname counts as a person only if that person held an office at the date
        # ("Schmidt" in 2010 is not Wolfgang Schmidt, chief of staff 2021-2025)
        entries = [e for e in entries if e.kind != "surname"] + [
            Entry("person", e.actor_id, e.name, e.code, e.country, person=e.person)
            for e in entries if e.kind == "surname" and date is not None
            and any(role_state(r.start, r.end, date) != "no" for r in e.person.roles)
            and not any(x.kind == "person" and x.actor_id == e.actor_id for x in entries)]
        order = {"PER": ("person",),
                 "ORG": ("organisation", "country", "place"),
                 "LOC": ("country", "place", "organisation"),
                 # MISC is adjectives (russische), events and products: "Brent" is oil, not a borough
                 "MISC": ("country", "organisation")}.get(
                     label or "", ("person", "organisation", "country", "place"))
        for kind in order:
            of_kind = [e for e in entries if e.kind == kind]
            if not of_kind:
                continue
            if len(of_kind) == 1:
                return of_kind[0]
            if kind == "person":
                # several persons share a surname: the one in office at the date, if only one is
                active = [e for e in of_kind
                          if any(role_state(r.start, r.end, date) != "no" for r in e.person.roles)
                          and date is not None]
                return active[0] if len(active) == 1 else None
            if kind == "place":
                return max(of_kind, key=lambda e: place_rank(e.place))
            return of_kind[0]
        return None

    def region_matches(self, stem_form: str, iso3: str) -> bool | None:
        """True/False if regional adjective ``stem_form`` (``südamerikanische``) covers ``iso3``;
        None if the word is no regional adjective."""
        low = stem_form.casefold()
        for stem, (continents, countries) in self.regions.items():
            if low in adjective_forms(stem):
                country = self.countries.get(iso3)
                return iso3 in countries or bool(country and country.continent in continents)
        return None


# "Moskauer", "Londoner": city adjectives name the city's country (see ActorKB._add_city_adjectives)
CITY_ADJECTIVES = True
CITY_ADJECTIVE_MIN_POPULATION = 200_000
# a place span the KB knows nowhere else is looked up among GeoNames' towns (see ActorKB.town)
TOWNS = True
# "Nordirak", "Ostukraine": a compass prefix before a country's name is a part of that country
# (see ActorKB._add_directional_regions)
DIRECTIONAL_REGIONS = True
# an organisation's name opening with adjectives is found in every declension, superlatives and
# plain adjectives too ("des Obersten Gerichtshofs", "das Weiße Haus"), not only adjectives with
# the suffixes of country names (loader.declined_organisation_names)
ORG_DECLINED_NAMES = True
# "der Deutsche Bundestag", "des Deutschen Bundestages": an adjective of the organisation's own
# country before a name the KB knows (ActorKB._add_country_adjective_names)
ORG_COUNTRY_ADJECTIVE = True
# the kinds of organisations that take it: state bodies and parties (a firm's name rarely does,
# and a form for every firm would grow the index by a third)
COUNTRY_ADJECTIVE_KINDS = ("institution", "agency", "party", "bank")
# companies.tsv: Google, Siemens, Gazprom are businesses of their headquarters' country (USABUS,
# DEUBUS, RUSBUS) wherever the article is set; off, a firm the recogniser tags takes the setting's
COMPANIES = True
# "die Konservative Partei Kanadas" was GBRPTY (the KB lists the British "Konservative Partei"), "die
# Sozialistische Partei Frankreichs" had no code: a party noun followed by a country's genitive names
# that country's party, whatever else the KB lists under the words before (ActorKB._party_of_country).
# False: the name is looked up as it stands
PARTY_OF_COUNTRY = True
PARTY_NOUNS = frozenset({"Partei", "Volkspartei", "Arbeiterpartei", "Bewegung", "Front", "Allianz"})
DIRECTION_PREFIXES = ("Nord", "Süd", "Ost", "West", "Nordost", "Nordwest", "Südost", "Südwest", "Zentral")


@lru_cache(maxsize=1)
def default_kb() -> ActorKB:
    """The shipped KB, built once per process, or read from the file cache of an earlier build
    from the same sources (:mod:`lagebild.kb.cache`)."""
    from .cache import cached, kb_key

    # every module setting the build reads is part of the file's name: DIRECTIONAL_REGIONS and its
    # prefixes were not, so a process with the switch off read the KB built with it on
    settings = (CITY_ADJECTIVES, CITY_ADJECTIVE_MIN_POPULATION, TOWNS, DIRECTIONAL_REGIONS, DIRECTION_PREFIXES,
                COMPANIES, ORG_DECLINED_NAMES, ORG_COUNTRY_ADJECTIVE)
    return cached("kb", kb_key(settings), ActorKB.build)


class UsesKB:
    """Base of the components that read the KB: it is built on first use, so building a
    pipeline stays cheap; tests pass a KB of their own."""

    def __init__(self, kb: ActorKB | None = None):
        self._kb = kb

    @property
    def kb(self) -> ActorKB:
        """The KB given at construction, else the shipped one."""
        if self._kb is None:
            self._kb = default_kb()
        return self._kb
