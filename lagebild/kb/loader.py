"""Load the KB data files into typed records (one record per line), cached per process.

Every file starts with ``# FORMAT:`` and has ``# EXAMPLE:`` lines; :func:`examples` returns the
latter so tests can run them. Lines are tab-separated; lists inside a field are ``;``-separated.
"""

from __future__ import annotations

import gettext
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from .dates import is_iso
from .records import (
    AppositionPattern,
    Country,
    Organisation,
    Person,
    Place,
    Region,
    Role,
    RoleNoun,
    Sector,
)

DATA = Path(__file__).parent / "data"
RESOURCES = Path(__file__).parent.parent / "resources" / "de" / "actors"
ADJ_ENDINGS = ("", "e", "en", "er", "es", "em")
_ROLE_SPEC = re.compile(r"^\s*(?P<code>[A-Z][A-Z0-9]*|-)\s+(?P<start>[0-9-]*)\.\.(?P<end>[0-9-]*)\s*(?P<title>.*)$")


def data_path(name: str) -> Path:
    """Return the path of KB data file ``name`` (``kb/data`` first, then ``resources/de/actors``)."""
    for base in (DATA, RESOURCES):
        if (base / name).exists():
            return base / name
    raise FileNotFoundError(name)


def _rows(name: str, min_fields: int = 1) -> list[list[str]]:
    """Data rows of a tab-separated file; comment and blank lines skipped."""
    out = []
    for line in data_path(name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = [f.strip() for f in line.split("\t")]
        fields += [""] * (min_fields - len(fields))
        out.append(fields)
    return out


def _list(field: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in field.split(";") if x.strip())


def examples(name: str) -> list[str]:
    """Return the text after ``# EXAMPLE:`` of every example line of data file ``name``."""
    out = []
    for line in data_path(name).read_text(encoding="utf-8").splitlines():
        if line.startswith("# EXAMPLE:"):
            out.append(line[len("# EXAMPLE:"):].strip())
    return out


def slug(text: str) -> str:
    """ASCII slug of a name: ``Nicolás Maduro`` -> ``nicolas-maduro``; umlauts kept readable."""
    text = text.replace("ß", "ss").replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    text = text.replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def genitive(name: str) -> str | None:
    """The German s-genitive of a proper name (``Maduro`` -> ``Maduros``), None if it has none."""
    if not name or name[-1] in "sxzß" or not name[-1].isalpha():
        return None
    return name + "s"


def oblique(name: str) -> str | None:
    """The dative/genitive form of a country name that opens with adjectives
    (``Demokratische Republik Kongo`` -> ``Demokratischen Republik Kongo``, ``Vereinigtes
    Königreich`` -> ``Vereinigten Königreich``), None for a name without one."""
    words = name.split()
    if len(words) < 2 or "," in name:
        return None
    k = 0
    while k < len(words) - 1 and len(words[k]) > 4 and words[k][:1].isupper() \
            and words[k].endswith(("e", "es")) and words[k].rstrip("s")[:-1].endswith(_ADJ_SUFFIXES):
        words[k] = words[k][:-2] + "en" if words[k].endswith("es") else words[k] + "n"
        k += 1
    return " ".join(words) if k else None


# adjective endings (before the inflection) that open a country's name ("Zentralafrikanische")
_ADJ_SUFFIXES = ("sch", "igt", "iert", "lich", "al")
# the endings an adjective takes before a noun (strong, weak and mixed declension)
_INFLECTIONS = ("e", "en", "es", "er", "em")


def _declined_forms(name: str, is_adjective) -> tuple[str, ...]:
    """Every declined form of ``name`` whose opening words ``is_adjective(word, stem)`` accepts
    (words longer than four letters, capitalised, ending in an adjective ending), the name itself
    excluded; the opening adjectives change together, a name without them gives nothing."""
    words = name.split()
    if len(words) < 2 or "," in name:
        return ()
    stems = []
    for w in words[:-1]:
        if len(w) <= 4 or not w[:1].isupper():
            break
        ending = next((e for e in ("en", "es", "er", "em", "e") if w.endswith(e)), None)
        if ending is None or not is_adjective(w, w[:-len(ending)]):
            break
        stems.append(w[:-len(ending)])
    if not stems:
        return ()
    rest = " ".join(words[len(stems):])
    forms = (" ".join(s + e for s in stems) + " " + rest for e in _INFLECTIONS)
    return tuple(f for f in forms if f != name)


def inflected_names(name: str) -> tuple[str, ...]:
    """Every declined form of a name that opens with adjectives, the name itself excluded:
    ``Europäisches Parlament`` -> ``Europäische Parlament`` ("das Europäische Parlament"),
    ``Europäischen Parlament``, ``Europäischem Parlament`` …; ``Internationaler Strafgerichtshof`` ->
    ``Internationale Strafgerichtshof``, ``Internationalen Strafgerichtshof`` …. Texts name an
    organisation in whatever case the sentence needs; the KB lists one or two of the forms. The
    opening adjectives change together; a name without them gives nothing."""
    return _declined_forms(name, lambda word, stem: stem.endswith(_ADJ_SUFFIXES))


def declined_organisation_names(name: str) -> tuple[str, ...]:
    """Every declined form of an organisation's name that opens with capitalised adjectives,
    the name itself excluded: :func:`inflected_names` without its list of adjective suffixes,
    which fits country names ("Vereinigtes Königreich") but misses an organisation's superlatives
    and plain adjectives: ``Oberster Gerichtshof`` -> ``Obersten Gerichtshof``, ``Weißes Haus``
    -> ``Weißen Haus``, ``Rotes Kreuz`` -> ``Roten Kreuz``. A word before the last that is longer
    than four letters, capitalised, made of letters only and ends in an adjective ending counts
    as an adjective; where it is a noun ("Reporter ohne Grenzen") the forms are words nobody
    writes, which do no harm. The genitive -s of the noun is left to the lookup
    (:meth:`ActorKB.candidates`)."""
    return _declined_forms(name, lambda word, stem: word.isalpha())


def adjective_forms(stem: str) -> tuple[str, ...]:
    """Inflected forms of an adjective stem: ``russisch`` -> ``russisch, russische, …``."""
    return tuple(stem + e for e in ADJ_ENDINGS)


@lru_cache(maxsize=1)
def _pycountry_german() -> dict[str, str]:
    """ISO3 -> German short name from pycountry's translations (empty if unavailable)."""
    try:
        import pycountry
        de = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["de"])
    except Exception:  # translations missing: the curated file still works
        return {}
    out = {}
    for c in pycountry.countries:
        name = de.gettext(c.name)
        if name != c.name or c.alpha_3 not in out:
            out[c.alpha_3] = name
    return out


@lru_cache(maxsize=1)
def load_countries() -> tuple[Country, ...]:
    """Every country: the curated German file merged with pycountry and GeoNames facts."""
    geo = {r[0]: (r[1] or None, r[2] or None) for r in _rows("country_geo.tsv", 3)}
    py_de = _pycountry_german()
    merged: dict[str, dict] = {}
    for iso3, names, adjs, dems in _rows("countries.tsv", 4):
        entry = merged.setdefault(iso3, {"names": [], "adjectives": [], "demonyms": []})
        entry["names"] += [n for n in _list(names) if n not in entry["names"]]
        entry["adjectives"] += [a for a in _list(adjs) if a not in entry["adjectives"]]
        entry["demonyms"] += [d for d in _list(dems) if d not in entry["demonyms"]]
    for iso3, name in py_de.items():
        entry = merged.setdefault(iso3, {"names": [], "adjectives": [], "demonyms": []})
        # official long forms ("Venezuela, Bolivarische Republik") are kept as aliases
        if name not in entry["names"]:
            entry["names"].append(name)
    out = []
    for iso3, e in sorted(merged.items()):
        continent, capital = geo.get(iso3, (None, None))
        out.append(Country(iso3, tuple(e["names"]), tuple(e["adjectives"]), tuple(e["demonyms"]),
                           continent, capital))
    return tuple(out)


@lru_cache(maxsize=1)
def load_places() -> tuple[Place, ...]:
    """Capitals and big cities (GeoNames) with German exonyms from ``cities_de.tsv``."""
    exonyms: dict[tuple[str, str], tuple[str, ...]] = {}
    for names, geoname, iso3 in _rows("cities_de.tsv", 3):
        # "-" as GeoNames name: a region or a city not in places.tsv ("Bayern", "Krim")
        exonyms[(_list(names)[0] if geoname == "-" else geoname, iso3)] = _list(names)
    places = []
    seen = set()
    for name, iso3, pop, cap in _rows("places.tsv", 4):
        german = exonyms.get((name, iso3), ())
        canonical = german[0] if german else name
        aliases = tuple(dict.fromkeys((name,) + german))
        places.append(Place(canonical, iso3, aliases, cap == "1", int(pop or 0)))
        seen.add((name, iso3))
    for (geoname, iso3), german in exonyms.items():
        if (geoname, iso3) not in seen:
            places.append(Place(german[0], iso3, tuple(dict.fromkeys(german + (geoname,))), False, 0))
    return tuple(places)


def town_key(name: str) -> str:
    """The key ``towns.tsv`` is sorted by and looked up with: case-folded, one apostrophe."""
    return name.replace("’", "'").casefold()


@lru_cache(maxsize=1)
def _towns_text() -> tuple[str, int]:
    """The text of ``towns.tsv`` and the offset of its first data line."""
    text = data_path("towns.tsv").read_text(encoding="utf-8")
    first = 0
    while text.startswith("#", first):
        first = text.index("\n", first) + 1
    return text, first


# load_towns per key (speed, issue 10): the actor stage asks for the same words in every article;
# the answer is a function of the key and the file alone; bounded
_TOWNS_CACHE: dict[str, tuple[str, ...]] = {}


def load_towns(key: str) -> list[str]:
    """The lines of ``towns.tsv`` (GeoNames cities15000 under names ``places.tsv`` lacks) whose
    name has the :func:`town_key` ``key``. A binary search in the file's text, which is sorted by
    that key: 137,000 lines are never split or indexed (that cost 0.2 s and 40 MB per process)."""
    hit = _TOWNS_CACHE.get(key)
    if hit is None:
        hit = tuple(_search_towns(key))
        if len(_TOWNS_CACHE) < 100_000:
            _TOWNS_CACHE[key] = hit
    return list(hit)  # a list of its own for each caller, as before


def _search_towns(key: str) -> list[str]:
    """:func:`load_towns` without the cache."""
    text, lo = _towns_text()
    hi = len(text)
    while lo < hi:  # lo: a line start, every line before it has a smaller key
        mid = (lo + hi) // 2
        cut = text.rfind("\n", lo, mid)
        start = lo if cut < 0 else cut + 1
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if town_key(text[start:text.index("\t", start)]) < key:
            lo = end + 1
        else:
            hi = start
    out = []
    while lo < len(text):
        end = text.find("\n", lo)
        end = len(text) if end < 0 else end
        line = text[lo:end]
        if town_key(line[:line.index("\t")]) != key:
            break
        out.append(line)
        lo = end + 1
    return out


def town_places(lines: list[str]) -> list[Place]:
    """The :class:`Place` of each ``towns.tsv`` line (named as GeoNames names it, the line's name
    as its only alias), the largest first."""
    places = []
    for line in lines:
        name, iso3, pop, geoname = line.split("\t")
        places.append(Place(geoname, iso3, (name,), False, int(pop)))
    return sorted(places, key=lambda p: -p.population)


@lru_cache(maxsize=1)
def load_organisations() -> tuple[Organisation, ...]:
    """International organisations, institutions (metonymy), parties, armed groups, banks."""
    return tuple(Organisation(code, name, _list(aliases), kind or "igo", country or None)
                 for code, name, aliases, kind, country in _rows("organisations.tsv", 5))


def organisation_id(o: Organisation) -> str:
    """The actor id the knowledge base gives an organisation of its own lists (``org:google``)."""
    return f"org:{slug(o.name)}"


@lru_cache(maxsize=1)
def load_companies() -> tuple[Organisation, ...]:
    """Companies and media groups with the country of their headquarters (``companies.tsv``,
    the format of ``organisations.tsv``; kinds company and media)."""
    return tuple(Organisation(code, name, _list(aliases), kind or "company", country or None)
                 for code, name, aliases, kind, country in _rows("companies.tsv", 5))


def parse_role(spec: str, country: str | None = None) -> Role:
    """Parse ``"VENGOV 2013-04-19.. Präsident"`` into a :class:`Role`."""
    m = _ROLE_SPEC.match(spec)
    if not m:
        raise ValueError(f"bad role {spec!r}: want 'CODE START..END Title'")
    start, end = m.group("start") or None, m.group("end") or None
    for d in (start, end):
        if d and not is_iso(d):
            raise ValueError(f"bad date {d!r} in role {spec!r}")
    code = None if m.group("code") == "-" else m.group("code")
    role_country = code[:3] if code and len(code) >= 3 and code[:3].isalpha() and not code.startswith("IGO") else country
    return Role(code, start, end, m.group("title").strip() or None, role_country)


@lru_cache(maxsize=1)
def load_persons() -> tuple[Person, ...]:
    """The curated political actors with their date-bounded roles (``kb/data/actors.tsv``)."""
    out = []
    for name, aliases, gender, country, roles in _rows("actors.tsv", 5):
        country = country or None
        parsed = tuple(parse_role(r, country) for r in roles.split(";") if r.strip())
        out.append(Person("per:" + slug(name), name, _list(aliases), gender or None, country, parsed))
    return tuple(out)


@lru_cache(maxsize=1)
def load_role_nouns() -> tuple[RoleNoun, ...]:
    """German role nouns (Präsident, Sprecherin …)."""
    return tuple(RoleNoun(lemma, _list(forms), None if g == "-" else g, sector)
                 for lemma, g, sector, forms in _rows("role_nouns.tsv", 4))


@lru_cache(maxsize=1)
def load_sectors() -> tuple[Sector, ...]:
    """German sector nouns (Regierung -> GOV …)."""
    return tuple(Sector(_list(forms), sector) for sector, forms in _rows("sectors.tsv", 2))


@lru_cache(maxsize=1)
def load_regions() -> tuple[Region, ...]:
    """German regional adjectives (südamerikanisch …)."""
    return tuple(Region(stem, _list(conts), _list(countries))
                 for stem, conts, countries in _rows("regions.tsv", 3))


@lru_cache(maxsize=1)
def load_patterns() -> tuple[AppositionPattern, ...]:
    """Apposition patterns of ``patterns.tsv``."""
    out = []
    for name, side, regex in _rows("patterns.tsv", 3):
        if side not in ("before", "after"):
            raise ValueError(f"pattern {name}: side must be before or after, not {side!r}")
        re.compile(regex)
        out.append(AppositionPattern(name, side, regex))
    return tuple(out)


@lru_cache(maxsize=4)
def load_word_classes(name: str) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """Rows ``(kind, gender-or-empty, forms)`` of ``coref.tsv`` or ``(kind, '', forms)`` of
    ``metonymy.tsv``."""
    out = []
    for row in _rows(name, 3):
        if name == "metonymy.tsv":
            out.append((row[0], "", _list(row[1])))
        else:
            out.append((row[0], "" if row[1] == "-" else row[1], _list(row[2])))
    return tuple(out)


@lru_cache(maxsize=1)
def load_first_names() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """``(gender, names)`` rows of ``first_names.tsv``."""
    return tuple((gender, _list(names)) for gender, names in _rows("first_names.tsv", 2))


@lru_cache(maxsize=1)
def load_role_modifiers() -> tuple[frozenset[str], tuple[str, ...]]:
    """``(adjective stems, role-noun prefixes)`` of ``role_modifiers.tsv`` (former and future)."""
    stems, prefixes = set(), []
    for _kind, forms in _rows("role_modifiers.tsv", 2):
        for f in _list(forms):
            if f.endswith("-"):
                prefixes.append(f.casefold())
            else:
                stems.add(f.casefold())
    return frozenset(stems), tuple(prefixes)


def is_role_modifier(word: str) -> bool:
    """True if ``word`` (``früheren``, ``designierte``) says a role is not held now."""
    stems, _ = load_role_modifiers()
    low = word.casefold()
    return any(low == s or (low.startswith(s) and len(low) - len(s) <= 2) for s in stems)


def has_role_prefix(word: str) -> bool:
    """True if ``word`` starts with a former/future prefix (``Ex-Präsident``)."""
    _, prefixes = load_role_modifiers()
    return word.casefold().startswith(prefixes)
