"""Actor and place mentions for the event rules: entities with actors first, word lists second.

The entity, actor and coreference components put actors on ``doc.ents`` and
``doc.spans["mentions"]``; every such span becomes a :class:`Mention`. Words that no actor span
covers are looked up in the fallback list of ``actors.tsv`` so that the event rules also work
on a blank pipeline. Role nouns next to a country become one country-sector actor
("die russische Regierung" -> RUSGOV, "die Polizei in Moskau" -> RUSCOP).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc

from ...kb.loader import has_role_prefix, is_role_modifier
from ...kb.lookup import default_kb, norm, place_rank
from .lexicon import ActorEntry, Lexicon

# (the KB's names are imported here once, not inside the functions: _role_compound and _fallback_at
# run for every capitalised word, and each function-level import was a call into the import machinery)


ORG_APPOSITION = True  # "die Gewerkschaft Verdi": a kind noun before an organisation the KB lacks is one actor
# "Die Gewerkschaft ver.di hat zu Streiks aufgerufen" (10kGNAD): a known organisation whose name is
# written lower-case ("ver.di") after its kind noun is one actor too; it was the union's own target.
# Only a name with a character that is no letter: "hatte die Armee ihn aufgefordert" is two parties
LOWER_CASE_NAME = True
# "Die US-Bundespolizei FBI hat drei Verdächtige festgenommen" was COERCE USA > USACOP, "Die Bundespolizei
# FBI …" DEUCOP > USACOP: the kind word before a known organisation's name ("US-Bundespolizei", read as
# the prefix "US-"; "Bundespolizei", the German federal police in the KB) was a second actor and took the
# subject, the named organisation became the object. A one-word kind right before the name, of the name's
# country (the prefix) or of its sector, is that organisation; False: two actors
KIND_BEFORE_NAME = True


@dataclass(frozen=True)
class Mention:
    """An actor or place mentioned between tokens ``start`` and ``end`` (exclusive)."""

    start: int
    end: int
    name: str
    code: str | None
    country: str | None
    kind: str                 # entity | country | adj | city | igo | person | sector | group | place | org
    actor_id: str | None = None
    country_from: str | None = None  # where an inferred country came from: place | article
    role_from: str | None = None     # "default": the text names nobody; defaults.tsv gave the sector
    sector: str | None = None        # the sector a person's listed role names, coded once a country is known (LISTED_ROLE_SECTOR)
    origin: bool = False             # the country is where the person comes from (actors.ORIGIN_COUNTRY): no setting vote

    @property
    def is_place(self) -> bool:
        """True for a city or other place that is not an acting party by itself."""
        return self.kind in ("city", "place")

    def actor(self) -> dict:
        """Return the document-contract participant dict (with ``country_from`` when the country
        was not in the actor's own words but taken from the clause's or the article's place)."""
        out = {"name": self.name, "actor_code": self.code, "country": self.country}
        if self.country_from:
            out["country_from"] = self.country_from
        if self.role_from:
            out["role_from"] = self.role_from
        return out


# "Die Fischer protestierten gegen die Regierung" (fishermen): the recogniser tagged the plural noun
# a person and the KB linked it to Heinz Fischer (AUTGOV), who then protested; "verteilten … an die
# Bauern". News writes a person's surname without an article ("Fischer sagte", "Bundespräsident
# Fischer"); a lone word right after an article (function_words.tsv article) that the tagger reads
# as a common noun (STTS NN) is one that is also a surname, so no person the text names. A first
# name, the tagger's name tag ("die Merkel": NE) or a comma before the "article" (a relative
# pronoun: "Obama, der Merkel traf") keeps it a person.
ARTICLE_NOT_PERSON = True


def _article_common_noun(span, lex: Lexicon) -> bool:
    """True if ``span`` is a one-word person entity right after an article ("die Fischer", "der
    Bauer"): a common noun the recogniser took for a surname (see ARTICLE_NOT_PERSON)."""
    if getattr(span, "label_", "") != "PER" or len(span) != 1 or span.start == 0:
        return False
    if span[0].tag_ != "NN":  # the tagger reads a name ("die Merkel": NE), not a common noun
        return False
    before = span.doc[span.start - 1].lower_
    if "article" not in lex.function_words.get(before, ()):
        return False
    if span.start >= 2 and span.doc[span.start - 2].text == ",":
        return False  # "Obama, der Merkel getroffen hatte": a relative pronoun, no article
    from ..coref import coref_words  # first names: "die Victoria" stays a person
    return span.text.casefold() not in coref_words().first_names


# "Der Verband kritisierte den Plan. Die Minister stimmten trotzdem zu": coreference links a role
# description to the last person named before it, also when the description is plural ("die" before a
# role noun that is no feminine "-in" form: "die Minister", "die EU-Innenminister", "die
# Gouverneure"), which names a group, never that one person; the person then does the group's act.
# Without the link the words are read as any other ("EU-Innenminister": the EU)
PLURAL_DESCRIPTION = True


def _plural_description(span) -> bool:
    """True for a coreference description "die <adjectives> <role noun>" linked to a person whose
    role noun is no feminine singular ("die Ministerin") nor a person noun that can be one ("die Frau")."""
    if getattr(span, "label_", "") != "DESC" or len(span) < 2 or span[0].lower_ != "die":
        return False
    actor = span._.actor if span.has_extension("actor") else None
    if not (actor and (actor.get("actor_id") or "").startswith("per:")):
        return False  # "die Republik", "das Land": a country, not a person
    head = span[-1].text
    if not head[:1].isupper() or head.endswith(("in", "innen")):
        return False
    from ..coref import coref_words
    return head.casefold() not in coref_words().person_nouns


def _entity_mentions(doc: Doc, lex: Lexicon) -> list[Mention]:
    out: list[Mention] = []
    seen: set[tuple[int, int]] = set()
    spans = list(doc.spans["mentions"]) if "mentions" in doc.spans else []
    for span in spans + list(doc.ents):
        key = (span.start, span.end)
        if key in seen:
            continue
        if ARTICLE_NOT_PERSON and _article_common_noun(span, lex):
            continue
        if PLURAL_DESCRIPTION and _plural_description(span):
            continue
        actor = span._.actor if span.has_extension("actor") else None
        fallback = lex.actors.get(span.text)
        if TAGGED_COMPOUNDS and len(span) == 1 and "-" in span.text and fallback is None \
                and not (actor and (actor.get("actor_code") or actor.get("country"))):
            entry = _party_compound(span.text, lex) if PARTY_COMPOUNDS else None
            if entry is not None:
                out.append(Mention(span.start, span.end, entry.name, entry.code, entry.country, "entity"))
                seen.add(key)
                continue
        if actor and not (actor.get("actor_code") or actor.get("country")) and fallback is not None \
                and fallback.kind != "city":
            actor = None  # the word list knows a code the KB lacks ("Sri Lanka", "Kasachstans")
        if actor and (actor.get("actor_code") or actor.get("country") or actor.get("actor_id")):
            if TOWN_WEIGHT_LOW and (actor.get("actor_id") or "").startswith("plc:") and fallback is None \
                    and _town_only(span.text) and not (CITY_IN_NAME and _named_city_country(span)):
                # a town only GeoNames' long list knows ("Erigabo", "Haditha"; not "Palma de
                # Mallorca", which names a city of the curated list): where a clause happens, but
                # one vote for the article's country, as an actor's, and none for the victims'
                # (a surname tagged as a place must not move a German story to Poland)
                out.append(Mention(span.start, span.end, actor.get("name") or span.text, None,
                                   actor.get("country"), "place", actor.get("actor_id"), country_from="town"))
                seen.add(key)
                continue
            if (actor.get("actor_id") or "").startswith("plc:") or (
                    fallback is not None and fallback.kind == "city"):
                kind = "city"      # a place: where, or (after nach/aus) whose country
            elif len(span) == 1 and span.text[:1].islower() and span.text.lower() not in _PRONOUNS \
                    or len(span) == 1 and _city_adjective(span.text):
                kind = "adj"       # "russischen" linked to Russia (not "der russischen Truppen"), "Moskauer"
            else:
                kind = "entity"
            code = actor.get("actor_code") or actor.get("country")
            country, name = actor.get("country"), actor.get("name") or span.text
            if ADJECTIVE_FIRST and len(code or "") == 6 and not (actor.get("actor_id") or "").startswith("per:"):
                # "die amerikanischen Soldaten in Bagdad": whose forces the adjective says, the
                # place only where they are
                adj = next((lex.adjective_forms[t.text] for t in span
                            if t.text[:1].islower() and t.text in lex.adjective_forms), None)
                if adj is not None and adj.country and len(adj.code) == 3 and adj.country != code[:3]:
                    code, country, name = adj.country + code[3:], adj.country, span.text
            if IGO_ROLE and (actor.get("actor_id") or "").startswith("per:") and len(span) > 1 \
                    and not (code or "").startswith(("IGO", "NGO")):
                code = _organisation_role(span) or code
            held = None
            body = _genitive_body(span, lex) if GENITIVE_BODY_ROLE and not (code or country) \
                and (actor.get("actor_id") or "").startswith("per:") else None
            if body is not None:
                # "Der Präsident der Arbeiterkammer, Rudolf Kaske": the person acts for the body
                # the genitive names (AUTLAB), not for the sector a role word alone would give (GOV)
                code, country, kind = body.code, body.country, ("entity" if body.country else "sector")
            elif ROLE_COMPOUNDS and not (code or country) and (actor.get("actor_id") or "").startswith("per:"):
                # "Polizeisprecher Hans Meier": a person the KB lacks acts for the sector his role names
                texts = [t.text for t in span.doc[max(0, span.start - 3):span.end]]
                off = span.start - max(0, span.start - 3)
                sector = next((e for e in (_role_compound(texts, off + k, lex, listed=True) for k in range(len(span) - 1)
                                           if texts[off + k][:1].isupper()) if e is not None), None)
                if sector is not None and sector.kind == "role" and span.start > 0 \
                        and span.doc[span.start - 1].ent_type_ == "LOC":
                    sector = None  # "Berlins Bürgermeister X": the genitive place's office (GENITIVE_HOLDER)
                if sector is not None and sector.code and sector.kind == "role":
                    # a listed office ("Staatssekretär X"): the person stays a person (surnames,
                    # pronouns, coordination), coded with the sector when agents.situate gives a country
                    held = sector.code
                elif sector is not None and sector.code and sector.kind == "igo":
                    # "Human Rights Watch-Sprecher X": the organisation's (ORG_ROLE_COMPOUNDS)
                    code, country, kind = sector.code, sector.country, "igo"
                elif sector is not None and sector.code:  # (a civil body's leader: CIVIL_LEADER, no sector)
                    code, kind = sector.code, "sector"
            out.append(Mention(span.start, span.end, name, code, country, kind, actor.get("actor_id"), sector=held,
                               origin=bool(actor.get("origin")) and country == actor.get("country")))
            seen.add(key)
        elif getattr(span, "label_", "") == "LOC" and fallback is None:
            country = _named_city_country(span) if CITY_IN_NAME else None
            out.append(Mention(span.start, span.end, span.text, None, country, "place",
                               country_from="name" if country else None))
            seen.add(key)
        elif NATIONAL_SECTIONS and getattr(span, "label_", "") == "ORG" and fallback is None \
                and (entry := _national_section(span, lex)) is not None:
            out.append(Mention(span.start, span.end, span.text, entry.code, entry.country, "entity"))
            seen.add(key)
        elif ORG_ROLE_COMPOUNDS and fallback is None and (entry := _span_org_role(span)) is not None:
            # "Amnesty International-Generalsekretär" tagged as one name: the organisation's role
            out.append(Mention(span.start, span.end, span.text, entry.code, entry.country, "entity"))
            seen.add(key)
        elif getattr(span, "label_", "") == "ORG" and fallback is None and UNKNOWN_ORGS:
            # an organisation the KB lacks ("Jungle World", "die Rothemden") still acts; its
            # country comes from a city in its name ("Landgericht Bremen") or from the context
            # (agents.situate)
            country = _named_city_country(span) if CITY_IN_NAME else None
            if country is None and ADJECTIVE_IN_NAME:
                country = _adjective_country(span, lex)
            head = _fallback_at([span.text], 0, lex) if ORG_AGENT_HEAD and len(span) == 1 else None
            if ORG_NAME_HEAD and len(span) > 1:
                head = _name_head(span, country, lex)
            if head is not None and head[0].kind == "sector" and len(head[0].code or "") == 3:
                # "Der Verfassungsgerichtshof hob das Gesetz auf": an organisation the KB lacks whose
                # last word is a generic agent ("…gerichtshof", "…polizei") is that agent
                out.append(Mention(span.start, span.end, span.text, (country or "") + head[0].code, country,
                                   "sector", country_from="name" if country else None))
                seen.add(key)
                continue
            out.append(Mention(span.start, span.end, span.text, None, country, "org",
                               country_from="name" if country else None))
            seen.add(key)
    return out


# "Der Präsident der Arbeiterkammer, Rudolf Kaske, kritisierte …", "Der Chef der Caritas, Michael
# Landau": the recogniser tags role, genitive body and name as one person the KB lacks; the role word
# ("Präsident") gave its own sector (AUTGOV), or none ("Chef"), though the body in the genitive says
# whom the person acts for (the coding guide codes the body: AUTLAB, AUTNGO)
GENITIVE_BODY_ROLE = True


def _genitive_body(span, lex: Lexicon) -> ActorEntry | None:
    """The body a person span names as a role noun's genitive before a comma and the name
    ("[Der] Präsident der Arbeiterkammer, Rudolf Kaske" -> Arbeiterkammer, AUTLAB), when the word
    lists know the body as a sector or an institution; else None. A body with the same sector as
    the role word says nothing new ("der Sprecher der Regierung") and is left to the role."""
    words = [t.text for t in span]
    if "," not in words:
        return None
    comma = words.index(",")
    # the role noun, its genitive article and the body's phrase (adjectives allowed) up to the comma
    k = 1 if words and words[0].lower() in ("der", "die", "ein", "eine") else 0
    if comma - k < 3 or not words[k][:1].isupper() or words[k + 1].lower() not in ("der", "des"):
        return None
    body_words = words[k + 2:comma]
    if not body_words or not body_words[-1][:1].isupper() \
            or any(w[:1].isupper() for w in body_words[:-1]) or len(body_words) > 3:
        return None
    hit = _fallback_at([body_words[-1]], 0, lex)
    if hit is None or hit[0].kind not in ("sector", "institution") or not hit[0].code:
        return None
    entry = hit[0]
    role = _fallback_at([words[k]], 0, lex)
    if role is not None and role[0].code and role[0].code[-3:] == entry.code[-3:]:
        return None
    return entry


# "Amnesty International Österreich kritisierte …", "Amnesty International Deutschland": an organisation's
# name and a country's, tagged as one organisation, is the organisation's section in that country and
# acts for the organisation (the coding guide codes Amnesty as NGOHRIAMN wherever it acts); the whole
# was an organisation the KB lacks, coded by the article's setting ("…@AUT")
NATIONAL_SECTIONS = True


def _national_section(span, lex: Lexicon):
    """The knowledge base's organisation that ``span`` names before a country's name as its last
    word ("Amnesty International Österreich" -> Amnesty International), else None."""
    if len(span) < 2:
        return None
    last = lex.actors.get(span[-1].text)
    if last is None or last.kind != "country":
        return None
    return next((e for e in default_kb().candidates(span[:-1].text) if e.kind == "organisation" and e.code), None)


# an unknown one-word organisation named by a generic agent's word ("Verfassungsgerichtshof", "Landespolizei";
# the compound heads of agents.tsv) is that agent, with the country its name or the context gives
ORG_AGENT_HEAD = True
# "Der Oberste Gerichtshof hob die Urteile auf", "Das Landesgericht Salzburg verurteilte …" (10kGNAD): an
# organisation of several words the KB lacks whose last word (before the city in its name) is a generic
# agent is that agent too; it had no code, and a court's conviction became the DISAPPROVE of a nobody
ORG_NAME_HEAD = True
# only courts and police: a name ending in another agent's word is often a club's or a paper's ("Verein
# Freie Presse", "Bund Naturschutz")
_NAME_HEAD_SECTORS = frozenset({"JUD", "COP"})


def _name_head(span, country: str | None, lex: Lexicon) -> tuple[ActorEntry, int] | None:
    """The court or police the last word of an organisation's name names ("Oberste Gerichtshof" JUD,
    "Landesgericht Salzburg" JUD: the word before the city when the city gave the country, as a
    word of agents.tsv or a compound ending in a seat head), else None."""
    words = [t.text for t in span]
    k = len(words) - 2 if country is not None and len(words) > 1 else len(words) - 1
    word = words[k]
    if not word[:1].isupper():
        return None
    head = _fallback_at([word], 0, lex)
    if head is not None and head[0].kind == "sector" and head[0].code in _NAME_HEAD_SECTORS:
        return head
    sector = _seat_sector(word, lex)
    return (ActorEntry("sector", word, sector, None, word), 1) if sector in _NAME_HEAD_SECTORS else None


TOWN_WEIGHT_LOW = True


def _city_adjective(text: str) -> bool:
    """True for a city's adjective ("Moskauer", "Londoner"): the KB gives it the city's country."""
    return norm(text) in default_kb().city_adjectives


def _city_adjective_country(text: str):
    """The KB's country entry of a city's adjective ("Münchner" -> Germany), else None."""
    if not _city_adjective(text):
        return None
    return next((e for e in default_kb().candidates(text) if e.kind == "country"), None)


def _town_only(text: str) -> bool:
    """True when only the KB's list of towns knows ``text`` (see ActorKB.town)."""
    return not default_kb().candidates(text)


# organisations without an actor take part in events (their country from the context)
UNKNOWN_ORGS = True
# a city's adjective the recogniser left untagged ("Münchner", "Moskauer") names its country
CITY_ADJECTIVES = True
# "Deutsche Welthungerhilfe", "Russische Eisenbahnen": a country adjective opening an organisation's
# name gives its country (not where the sentence happens)
ADJECTIVE_IN_NAME = True


def _adjective_country(span, lex: Lexicon) -> str | None:
    """The country of a country adjective that opens ``span`` (after an article), else None."""
    words = [t.text for t in span if t.text.lower() not in ("der", "die", "das", "des", "dem", "den")]
    entry = lex.adjective_forms.get(words[0].lower()) if len(words) > 1 else None
    return entry.country if entry is not None and len(entry.code or "") == 3 else None


# "die Regierung von Kenia", "Vertreter von Russland": the role noun and the country are one actor
SECTOR_VON = True
# an unknown place or organisation that names a known city ("Palma de Mallorca", "Landgericht
# Bremen", "Staatsanwaltschaft Graz") is in that city's country
CITY_IN_NAME = True
CITY_PARTS = True  # ... also by a part of a hyphenated name ("Staatsanwaltschaft Nürnberg-Fürth")


# a country adjective inside an actor's span names its country before a place in it
ADJECTIVE_FIRST = True
# "EU-Ratspräsident Juncker": a role of an organisation the text gives a person wins over the
# national role the KB knows for the date (the coding guide codes the role at the article's date)
IGO_ROLE = True
# "EU-Migrationskommissar Dimitris Avramopoulos", "EU-Justizkommissarin X" kept their home country or none
# (gnad3 1017): the KB splits the role off as "EU-Migrations", a prefix that names nothing; the part before
# the hyphen names the organisation (the portfolio between is no body)
IGO_ROLE_PORTFOLIO = True


def _organisation_role(span) -> str | None:
    """The code of an organisation's role named in a person's mention span ("Der
    EU-Ratspräsident Juncker" -> IGOEUREEC, "Nato-Generalsekretär" -> IGOWSTNAT), else None."""
    kb = default_kb()
    for tok in span[:-1]:
        found = kb.role_noun(tok.text) if tok.text[:1].isupper() and "-" in tok.text else None
        if found and found[1]:
            code, _ = kb.prefix_code(found[1], found[0].sector)
            if IGO_ROLE_PORTFOLIO and code is None and "-" in found[1]:
                code, _ = kb.prefix_code(found[1].split("-", 1)[0], found[0].sector)
            if code and code.startswith(("IGO", "NGO")):
                return code
    return None


def _named_city_country(span) -> str | None:
    """The country of the first word of ``span`` that the knowledge base knows as a city (of
    several cities of that name, the capital or the largest); a
    hyphenated word counts by its parts too ("Staatsanwaltschaft Nürnberg-Fürth", whose court
    district is named after two cities)."""
    kb = default_kb()
    for tok in span:
        text = tok.text
        parts = [text] + (text.split("-") if CITY_PARTS and "-" in text else [])
        for part in parts:
            if len(part) < 3 or not part[:1].isupper():
                continue
            places = [e for e in kb.candidates(part) if e.kind == "place" and e.country]
            if places:
                # the capital, then the largest city of the name ("London Overground" is not in Ontario)
                return max(places, key=lambda e: place_rank(e.place)).country
            found = _city_adjective_country(part) if CITY_ADJECTIVES else None
            if found is not None:
                return found.country  # "Dresdner Stadtteil": the adjective's city
    return None

# pronouns that coreference links to an actor ("er" -> Papandreou): a person, not an adjective
_PRONOUNS = frozenset("er sie ihm ihn ihr ihnen es seine seiner seinen seinem ihre ihrer ihren ihrem "
                      "dieser diese dieses".split())


def _outermost(mentions: list[Mention]) -> list[Mention]:
    """Drop mentions inside a longer one: coreference marks "die Regierung in Kiew" as a whole,
    the entity "Kiew" inside it is not a second party."""
    mentions = sorted(mentions, key=lambda m: (m.start, -(m.end - m.start)))
    out: list[Mention] = []
    for m in mentions:
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out


# lexicon's actors -> the first words of its multi-word names; the mapping is kept in the value so
# that its id is not reused while the entry lives (_multiword_firsts)
_MULTIWORD_FIRSTS: dict[int, tuple[object, frozenset[str]]] = {}


def _multiword_firsts(actors) -> frozenset[str]:
    """The words before the first space of the lexicon's multi-word names ("Sri" of "Sri Lanka"),
    built once per lexicon: _fallback_at joined two and three tokens for every token to look them up."""
    hit = _MULTIWORD_FIRSTS.get(id(actors))
    if hit is not None and hit[0] is actors:
        return hit[1]
    firsts = frozenset(name.split(" ", 1)[0] for name in actors if " " in name)
    _MULTIWORD_FIRSTS[id(actors)] = (actors, firsts)
    return firsts


# "Kritiker werfen Obama vor", "Kritiker hatten ihm vorgeworfen", "wie Kritiker warnen": critics the
# text does not name were no actor, so the act's default doer (JUD for an accusation) or another
# actor of the clause (the setting's government) took their place; the guide codes them as
# civilians (CVL). The words are function_words.tsv critic_noun; their genitive stays whom they
# oppose (OPPONENT_GENITIVE)
CRITICS_CIVILIANS = True


def _fallback_at(texts: list[str], i: int, lex: Lexicon) -> tuple[ActorEntry, int] | None:
    """Return the fallback actor entry starting at token ``i`` and the token after it."""
    text = texts[i]
    # multi-word names first ("Xi Jinping", "Vereinigten Staaten", "Sri Lanka"): only a name's first
    # word can start one (a token with a space in it is joined and looked up as before)
    multi = " " in text or text in _multiword_firsts(lex.actors)
    if multi and i + 2 < len(texts):
        three = f"{text} {texts[i + 1]} {texts[i + 2]}"
        if three in lex.actors:
            return lex.actors[three], i + 3
    if multi and i + 1 < len(texts):
        two = f"{text} {texts[i + 1]}"
        if two in lex.actors:
            return lex.actors[two], i + 2
    entry = lex.actors.get(text)
    if entry is not None:
        return entry, i + 1
    if CRITICS_CIVILIANS and text[:1].isupper() and "critic_noun" in lex.function_words.get(text.lower(), ()) \
            and not (i + 1 < len(texts) and texts[i + 1][:1].isupper()):
        # (not before a name: "seinen Kritiker Heribert Bruchhagen" is that person)
        civilians = lex.actors.get("Zivilisten")
        if civilians is not None:
            return ActorEntry("sector", text, civilians.code, None, civilians.name), i + 1
    if "-" in text:
        if CURRENCY_NO_ACTOR and "currency" in lex.function_words.get(text.rsplit("-", 1)[-1].lower(), ()):
            return None  # "150.000 US-Dollar": a sum of money, no American party
        for prefix, pentry in lex.prefixes:
            if text.startswith(prefix) and len(text) > len(prefix):
                rest = lex.actors.get(text[len(prefix):])
                if rest is not None and rest.kind == "sector":
                    code = pentry.code + rest.code if len(pentry.code) == 3 else pentry.code
                    return ActorEntry("country", text, code, pentry.country, pentry.name), i + 1
                return ActorEntry("adj", text, pentry.code, pentry.country, pentry.name), i + 1
    if PARTY_COMPOUNDS and "-" in text:
        entry = _party_compound(text, lex)
        if entry is not None:
            return entry, i + 1
    aentry = lex.adjective_forms.get(text.lower())
    if aentry is not None:
        return aentry, i + 1
    found = _city_adjective_country(text) if CITY_ADJECTIVES and text[:1].isupper() and text.endswith("er") else None
    if found is not None:
        # "im Münchner Stadtteil", "die Moskauer Führung": the city's country, as an adjective's
        return ActorEntry("adj", text, found.code, found.country, found.name), i + 1
    if text[:1].isupper() and len(text) > 6 and lex.agent_heads:
        # a compound whose head is a generic agent: "Grenzpolizisten", "Regierungstruppen"
        low = text.lower()
        k = _agent_split(low, lex)
        if k is not None:
            head = lex.agent_heads[low[k:]]
            led = _led_body(text, k, lex) if LED_BODY and "leader_head" in lex.function_words.get(low[k:], ()) else None
            return (led or ActorEntry("sector", text, head.code, None, head.name)), i + 1
    if ROLE_COMPOUNDS and text[:1].isupper() and len(text) > 6:
        entry = _role_compound(texts, i, lex)
        if entry is not None:
            return entry, i + 1
    if GROUP_COMPOUNDS and text[:1].isupper() and len(text) > 8:
        entry = _group_compound(text, lex)
        if entry is not None:
            return entry, i + 1
    return None


# lexicon id -> (the lexicon, {(lower-cased word, FALSE_AGENT_HEADS): split or None}) for _agent_split;
# the lexicon is kept so that its id is not reused while the entry lives (as in _MULTIWORD_FIRSTS)
_AGENT_SPLITS: dict[int, tuple[object, dict[tuple[str, bool], int | None]]] = {}


def _agent_split(low: str, lex: Lexicon) -> int | None:
    """The index at which the lower-cased compound ``low`` splits before a generic agent head
    (``lex.agent_heads``: "grenz|polizisten", "regierungs|truppen"), trying every split from the
    left and stopping at a false head ("trainings|einheiten", "schieds|richter"); None when there is
    none or the word itself is a false head. The answer depends on the word, the lexicon and
    FALSE_AGENT_HEADS alone, so it is kept per word (cached: the split loop ran for every
    capitalised word no actor covers)."""
    hit = _AGENT_SPLITS.get(id(lex))
    if hit is None or hit[0] is not lex:
        hit = _AGENT_SPLITS[id(lex)] = (lex, {})
    cache = hit[1]
    key = (low, FALSE_AGENT_HEADS)
    if key in cache:
        return cache[key]
    found = None
    if not _false_head(low, lex):
        for k in range(2, len(low) - 3):
            if _false_head(low[k:], lex):
                break  # "Trainingseinheiten", "Schiedsrichter": no police unit, no judge
            if lex.agent_heads.get(low[k:]) is not None:
                found = k
                break
    if len(cache) < 200_000:  # (bounded: one entry per distinct long capitalised word)
        cache[key] = found
    return found


# "Polizeipräsident", "Parlamentspräsidentin", "Bankpräsident": the head of a body the compound's first
# part names leads that body, not the government (the agent head "präsident" made every one GOV;
# "Polizeichef" already took its first part as a role compound)
LED_BODY = True


def _prefix_sector(prefix: str, lex: Lexicon):
    """The generic agent (a sector entry of the lexicon) that a compound's first part names, with or
    without the linking -s ("Rebellen", "Oppositions" -> Opposition, "Gewerkschafts"), else None."""
    for part in (prefix, prefix[:-1] if prefix.endswith("s") else None):
        entry = lex.actors.get(part) if part else None
        if entry is not None and entry.kind == "sector" and len(entry.code or "") == 3:
            return entry
    return None


def _led_body(text: str, k: int, lex: Lexicon) -> ActorEntry | None:
    """The sector of the body that the first part ``text[:k]`` of a leader compound names: a generic
    agent ("Polizei|präsident" -> COP, "Gewerkschafts|präsident" -> LAB, with or without the linking
    -s) or a business body (``business_body`` in function_words.tsv: "Bank|präsident",
    "Verwaltungsrats|präsident" -> BUS); None when the first part names neither
    ("Staats|präsident", "Bundesbank|präsident" stay the head's sector)."""
    prefix = text[:k]
    for part in (prefix, prefix[:-1] if prefix.endswith("s") else None):
        if not part:
            continue
        entry = lex.actors.get(part)
        if entry is not None and entry.kind == "sector" and len(entry.code or "") == 3:
            return ActorEntry("sector", text, entry.code, None, entry.name)
        if "business_body" in lex.function_words.get(part.lower(), ()):
            bus = lex.actors.get("Unternehmen")
            return ActorEntry("sector", text, "BUS", None, bus.name if bus is not None else "Unternehmen")
        if CIVIL_LEADER and "civil_body" in lex.function_words.get(part.lower().rstrip("-"), ()):
            return ActorEntry("org", text, None, None, text)
    if CIVIL_LEADER and prefix.endswith("-") and sum(c.isupper() for c in prefix) >= 2 \
            and prefix[:-1] not in lex.actors:
        # "DFB-Präsident", "IOC-Präsidentin": an acronym the word lists do not know as a state's
        # body or a party names some organisation; its leader is no government
        return ActorEntry("org", text, None, None, text)
    return None


# "Der DFB-Präsident kritisierte die Bundesregierung", "Der Vereinspräsident forderte …" were DEUGOV:
# the head "präsident" made every leader a government's; a leader of a club, federation or chamber
# (civil_body in function_words.tsv) or of an unknown acronym's body is an organisation's, without a
# sector (its country from the context)
CIVIL_LEADER = True


# "SPD-Politiker kritisierten …", "Die FDP-Fraktion protestierte …", "der CDU-Chef": a party's
# name before a hyphen and a noun of its members or bodies (function_words.tsv party_head) is the
# party; with no person's name after it the compound was no actor at all (the NER tags none), and
# the clause's subject went to the next actor or to a default
PARTY_COMPOUNDS = True


# "IS-Kämpfer töteten drei Polizisten", "Hamas-Milizionäre beschossen …": an armed group's name before a
# hyphen and a noun of its fighters or followers (function_words.tsv armed_head, or a party head:
# "Taliban-Sprecher") is the group; the compound was no actor, so the subject became the generic
# "Rebellen" of the article's country (IS fighters in an Egyptian story EGYREB), or, with no actor
# before the verb, the object after it (IS supporters killing policemen: source the police)
ARMED_COMPOUNDS = True
# "Beirut – Hisbollah-Kämpfer griffen israelische Soldaten an": such a compound (of a party or an
# armed group) that the NER tagged as a name of its own was a place the KB does not know (or an
# organisation without a code) and never reached the compound rules: the group was no actor, and the
# soldiers after the verb became the source
TAGGED_COMPOUNDS = True


def _is_armed(code: str) -> bool:
    """True for the code of an armed group: a country's rebels (…REB) or an international
    militarized group (IMG…)."""
    return code.endswith("REB") or code.startswith("IMG")


def _party_compound(text: str, lex: Lexicon) -> ActorEntry | None:
    """The party a hyphenated compound of a party's name and a party head names ("SPD-Fraktion",
    "Grünen-Politikerin", "ÖVP-Chef" -> DEUPTY, AUTPTY), else None. Only parties (a code ending
    in PTY): "VW-Chef" is left to the other rules. With :data:`ARMED_COMPOUNDS` also the armed
    group of a compound of its name and a fighter's or party head ("IS-Kämpfer" -> IMGMUSISI)."""
    prefix, _, head = text.rpartition("-")
    kinds = lex.function_words.get(head.lower(), ())
    party, armed = "party_head" in kinds, ARMED_COMPOUNDS and ("armed_head" in kinds or "party_head" in kinds)
    if not prefix or not (party or armed):
        return None
    for e in default_kb().candidates(prefix):
        code = e.code or ""
        if e.kind == "organisation" and (party and code.endswith("PTY") or armed and _is_armed(code)):
            return ActorEntry("institution", text, e.code, e.country, e.name)
    return None


def _slashed_parties(texts: list[str], mentions: list[Mention]) -> list[Mention]:
    """"der CDU/CSU-Bundestagsfraktion": two parties of one code joined by a slash (the tokenizer
    splits "CDU", "/", "CSU-Bundestagsfraktion") are one actor, not a second party that the role
    rules would take for another participant."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and prev.end + 1 == m.start and texts[prev.end] == "/" and m.code \
                and m.code == prev.code and (m.code or "").endswith("PTY"):
            out[-1] = replace(prev, end=m.end)
            continue
        out.append(m)
    return out


# "Rebellengruppen", "das Oppositionsbündnis", "eine Aktivistengruppe": a group noun after a generic
# agent is that agent (the compound heads of agents.tsv only know the agents' own nouns at the end;
# such a subject was no participant, and the defaults gave its verb the setting's government)
GROUP_COMPOUNDS = True
# "Der Präsident soll 150.000 US-Dollar erhalten haben" counted the USA as a party (the prefix made
# "US-Dollar" an American adjective) and as a vote for the article's country; a currency after a
# country prefix (currency in function_words.tsv) names no actor
CURRENCY_NO_ACTOR = True
# "Rebellen griffen eine Polizeistation an" was REB > CVL: a place or vehicle of a state body named
# by its first part ("Polizei|wache", "Militär|konvoi", "Armee|stützpunkt", "Regierungs|gebäude";
# facility_head in function_words.tsv) stands for that body, as the coders code attacks on them
FACILITY_COMPOUNDS = True


def facility_compound(word: str, lex: Lexicon) -> bool:
    """True when ``word`` ends in a facility head after a first part of four letters or more
    ("Polizei|wachen", "Militär|konvoi"; facility_head in function_words.tsv)."""
    low = word.lower()
    return any("facility_head" in lex.function_words.get(low[k:], ()) for k in range(4, len(low) - 3))


def _group_compound(text: str, lex: Lexicon) -> ActorEntry | None:
    """The generic agent whose noun opens the group or facility compound ``text`` ("Rebellen|gruppen"
    -> REB, "Oppositions|bündnis" -> OPP, "Polizei|wache" -> COP), else None."""
    low = text.lower()
    for k in range(4, len(low) - 3):
        kinds = lex.function_words.get(low[k:], ())
        if "group_head" not in kinds and not (FACILITY_COMPOUNDS and "facility_head" in kinds):
            continue
        entry = _prefix_sector(text[:k], lex)
        return ActorEntry("sector", text, entry.code, None, entry.name) if entry is not None else None
    return None


# "Polizeisprecher Hans Meier", "Gewerkschaftschef X", "ein Armeesprecher": a role noun whose first
# part names a sector acts for that sector (its country comes from the context, as the sector's);
# the KB's role learning only knows country and organisation prefixes ("Kreml-Sprecher")
ROLE_COMPOUNDS = True
# first parts of role compounds that name the job's subject, not the body the person acts for
_NOT_SECTOR_PREFIXES = ("presse",)
# participles of leaving an office before a role noun: "des zurückgetretenen Verteidigungsministers"
_FORMER_PARTICIPLES = ("zurückgetreten", "entlassen", "abgewählt")


# "ÖGB-Chef Erich Foglar kritisierte …", "WKÖ-Präsident X": a person the KB lacks, after a role noun
# whose hyphenated first part is a body actors.tsv lists with a country and sector (ÖGB -> AUTLAB,
# Wirtschaftskammer/WKÖ -> AUTBUS), acts for that body; the acronym was taken for an unknown
# organisation's and the person kept no code
BODY_ROLE_COMPOUNDS = True
# "AK-Präsident Rudolf Kaske", "AK-Direktor Werner Muhm", "IV-Präsident Georg Kapsch" (10kGNAD; gnad4 828)
# kept no code: a body's abbreviation that names it only before a role (actors.tsv kind abbreviation:
# AK, IV; not alone, "AK Parti", "Heinrich IV.") is that body in a role compound too
ROLE_ABBREVIATIONS = True


# "Ein WWF-Sprecher kritisierte …", "Human Rights Watch-Sprecher X erklärte …", "eine UNHCR-Sprecherin":
# a role noun joined by a hyphen to the name of an international organisation or NGO the KB knows
# (its last word or the whole name, with up to three words before the hyphen) speaks for that
# organisation; the bare role took the setting's CVL ("EGYCVL") and the person after it kept no code
ORG_ROLE_COMPOUNDS = True
# organisation kinds of organisations.tsv whose spokespeople act for the organisation itself
_ORG_ROLE_KINDS = ("igo", "ngo")


def _org_role_prefix(texts: list[str], i: int, prefix: str) -> ActorEntry | None:
    """The international organisation or NGO of the KB that ``prefix`` (the part of token ``i``
    before the hyphen of a role compound) names, alone or with up to three capitalised words before
    it ("Human Rights Watch" of "Human Rights Watch-Sprecher"), as an entry of kind "igo"; else None."""
    if not texts[i].startswith(prefix + "-"):
        return None
    for n in (3, 2, 1, 0):
        words = texts[max(0, i - n):i]
        if len(words) < n or words and not words[0][:1].isupper():
            continue  # a name starts with a capital ("Ärzte ohne Grenzen-Sprecher"), not "des"
        name = " ".join(words + [prefix])
        org = next((e for e in default_kb().candidates(name) if e.kind == "organisation" and e.code
                    and e.org is not None and e.org.kind in _ORG_ROLE_KINDS), None)
        if org is not None:
            return ActorEntry("igo", texts[i], org.code, org.country, org.name)
    return None


def _span_org_role(span) -> ActorEntry | None:
    """The organisation (igo/ngo of the KB) a name ending in a hyphenated role compound names
    ("Amnesty International-Generalsekretär" -> Amnesty International), else None."""
    texts = [t.text for t in span]
    if not texts or "-" not in texts[-1]:
        return None
    found = default_kb().role_noun(texts[-1])
    if not found or not found[1]:
        return None
    return _org_role_prefix(texts, len(texts) - 1, found[1])


def _body_prefix(text: str, prefix: str, lex: Lexicon) -> ActorEntry | None:
    """The listed body (an institution of actors.tsv with a full code, country and sector) that the
    hyphenated first part ``prefix`` of the role compound ``text`` names ("ÖGB-Chef" -> AUTLAB),
    else None; a prefix joined without a hyphen is left to the sector rules."""
    if not text.startswith(prefix + "-"):
        return None
    entry = lex.actors.get(prefix)
    if ROLE_ABBREVIATIONS and entry is None:
        entry = lex.abbreviations.get(prefix)  # "AK-Präsident": the Arbeiterkammer's
    if entry is None or entry.kind not in ("institution", "abbreviation") or len(entry.code or "") != 6:
        return None
    return ActorEntry("sector", text, entry.code, entry.country, entry.name)


def _role_compound(texts: list[str], i: int, lex: Lexicon, listed: bool = False) -> ActorEntry | None:
    """The sector the role compound at token ``i`` names with its first part ("Polizei|sprecher"
    -> COP, "Gewerkschafts|chef" -> LAB, "Unternehmens|sprecher" -> BUS), else None; None for a
    former or future holder ("der zurückgetretene Verteidigungsminister": the guide codes the role
    at the article's date). With ``listed`` (a role right before a person's name), a role noun
    role_nouns.tsv lists as a whole word gives its own sector (LISTED_ROLE_SECTOR)."""
    text = texts[i]
    found = default_kb().role_noun(text)
    if not found or has_role_prefix(text) or any(
            is_role_modifier(w) or w.lower().startswith(_FORMER_PARTICIPLES) for w in texts[max(0, i - 3):i]):
        return None
    if not found[1]:
        return _listed_role(text, found[0]) if listed else None
    role, prefix = found
    if LED_BODY:
        # the KB splits "Verwaltungs|ratspräsident" (a form of its own); split at the leader head
        low = text.lower()
        k = next((k for k in range(2, len(low) - 3) if "leader_head" in lex.function_words.get(low[k:], ())), None)
        led = _led_body(text, k, lex) if k else None
        if led is not None and led.code == "BUS":
            return led
    if role.lemma.startswith("Minister"):
        # "Justizminister", "Verteidigungsministerin": a member of the government, whatever the portfolio
        entry = lex.actors.get("Regierung")
        return ActorEntry("sector", text, entry.code, None, entry.name) if entry is not None else None
    if prefix.casefold().startswith(_NOT_SECTOR_PREFIXES):
        return None  # "Pressesprecher": speaks for a person or body, not for the press
    entry = _prefix_sector(prefix, lex)
    if entry is not None:
        return ActorEntry("sector", text, entry.code, None, entry.name)
    body = _body_prefix(text, prefix, lex) if BODY_ROLE_COMPOUNDS else None
    if body is not None:
        return body
    org = _org_role_prefix(texts, i, prefix) if ORG_ROLE_COMPOUNDS and prefix else None
    if org is not None:
        return org
    # "Verwaltungsratspräsident Marcel Ospel": a company's body as the first part (LED_BODY)
    led = _led_body(prefix, len(prefix), lex) if LED_BODY and prefix else None
    return led if led is not None or not listed else _listed_role(text, role)


# "Staatssekretär Harald Probe bestritt das", "Staatsanwalt Karl Beispiel", "Außenamtssprecher X": a
# person the KB lacks right after a role noun role_nouns.tsv lists as a whole word, with the sector of
# a state's part (GOV, JUD, MIL, LEG, OPP …), acts for that sector; only compounds whose first part
# named a sector had one, and the bare office left the person with no code ("Name@DEU"). A bare
# "Sprecher" says nothing of whom he speaks for (a party's, a firm's), and a role word standing
# alone is left to the agent lists (actors.tsv, agents.tsv)
LISTED_ROLE_SECTOR = True
# sectors of role_nouns.tsv that name no part of a country (a generic head, an organisation's office)
_NO_STATE_SECTOR = ("ELI", "IGO")
# listed role words that do not say whose part the holder is ("Sprecherin Anna Probe": of a party, a firm …)
_UNSAID_BODY = ("sprecher", "pressesprecher")


def _listed_role(text: str, role) -> ActorEntry | None:
    """The sector of ``text`` (an entry of kind "role") when role_nouns.tsv lists the whole word as
    a form of a role of a state's part ("Staatssekretär" -> GOV, "Staatsanwältin" -> JUD), else None."""
    if not LISTED_ROLE_SECTOR or role.sector in _NO_STATE_SECTOR:
        return None
    if default_kb().role_nouns.get(text.casefold()) is not role:
        return None  # "Bildungssprecher": only its "sprecher" is listed, the body it speaks for is not said
    if text.casefold().startswith(_UNSAID_BODY):
        return None
    return ActorEntry("role", text, role.sector, None, text)


# a word ending like an agent noun that is no such agent (function_words.tsv false_head:
# "Mitarbeiter" is no worker of a union, "Schiedsrichter" no judge) is no agent, nor its compounds
FALSE_AGENT_HEADS = True


def _false_head(low: str, lex: Lexicon) -> bool:
    """True when the function words list ``low`` as a false head (and the rule is on)."""
    return FALSE_AGENT_HEADS and "false_head" in lex.function_words.get(low, ())


# "bosnisch-serbische Truppen", "kosovo-albanische Politiker": the first part names the country
ETHNIC_COMPOUNDS = True


def _ethnic_compound(texts: list[str], i: int, lex: Lexicon) -> tuple[ActorEntry, int] | None:
    """A compound of a country (adjective or name) and a people's adjective before an agent noun
    ("bosnisch-serbische Truppen", "Kosovo-albanische Politiker"): an actor of the first
    country, the country the group lives in (CAMEO codes Bosnian Serbs as BIH). Only before an
    agent noun: "deutsch-französische Gespräche" are talks of both."""
    text = texts[i]
    if text.count("-") != 1 or i + 1 >= len(texts):
        return None
    first, second = text.split("-")
    if second.lower() not in lex.adjective_forms:
        return None
    entry = lex.adjective_forms.get(first.lower()) or lex.actors.get(first[:1].upper() + first[1:])
    if entry is None or entry.kind not in ("adj", "country") or len(entry.code or "") != 3:
        return None
    nxt = _fallback_at(texts, i + 1, lex)
    if nxt is None or nxt[0].kind not in ("sector", "group"):
        return None
    return ActorEntry("adj", text, entry.code, entry.country, entry.name), i + 1


def _country_of(m: Mention) -> str | None:
    return m.country or (m.code[:3] if m.code and len(m.code) >= 3 and not m.code.startswith("IGO") else None)


def _with_sector(country_m: Mention, sector_m: Mention) -> Mention:
    country = _country_of(country_m)
    code = (country + sector_m.code) if country and len(sector_m.code or "") == 3 else country_m.code
    return Mention(min(country_m.start, sector_m.start), max(country_m.end, sector_m.end),
                   country_m.name, code, country, "entity", country_m.actor_id)


# "Wels – Keine Sozialleistungen für …", "Raqqa – Die Miliz …": the one word that opens the text or a
# sentence before a dash is a news agency's dateline, a place; the recogniser tagged some as persons
# ("per:wels"), which cast no vote for the article's setting (an Austrian town's story fell back to
# the home country) and could act. A person the knowledge base does not know, named by a word its
# cities or towns know, in that position is that place
DATELINE_PLACES = True
_DATELINE_DASHES = frozenset("– - —".split())
_SENTENCE_ENDS = frozenset(". ! ? :".split())


def _dateline_places(texts: list[str], mentions: list[Mention]) -> list[Mention]:
    """The mentions with an unknown person in a dateline's position ("Wels –", "Le Bourget –",
    "Sofia/Wien –" opening the text or a sentence) replaced by the cities (places) or towns
    (towns.tsv, ``country_from`` "town") its words name, one for each city of a slashed run;
    unchanged when the knowledge base knows no place for one of them."""
    kb = default_kb()
    out = []
    for m in mentions:
        if m.kind == "entity" and (m.actor_id or "").startswith("per:") and m.actor_id not in kb.persons \
                and m.end - m.start <= 3 and m.end < len(texts) and texts[m.end] in _DATELINE_DASHES \
                and (m.start == 0 or texts[m.start - 1] in _SENTENCE_ENDS):
            parts, start = [], m.start
            for k in range(m.start, m.end + 1):  # the slash-separated names of the span
                if k == m.end or texts[k] == "/":
                    parts.append((start, k))
                    start = k + 1
            places = [_dateline_place(kb, " ".join(texts[i:j]), i, j) for i, j in parts if j > i]
            if places and all(places):
                out.extend(places)
                continue
        out.append(m)
    return out


def _dateline_place(kb, word: str, start: int, end: int) -> Mention | None:
    """The city or town mention the name ``word`` at tokens ``start``-``end`` names, else None."""
    city = next((e for e in kb.candidates(word) if e.kind == "place" and e.country), None)
    if city is not None:
        return Mention(start, end, city.name, city.country, city.country, "city", city.actor_id)
    town = next((e for e in kb.town(word) if e.country), None)
    if town is not None:
        return Mention(start, end, town.name, None, town.country, "place", town.actor_id, country_from="town")
    return None


def find_mentions(doc: Doc, lex: Lexicon) -> list[Mention]:
    """Return the actor and place mentions of ``doc``, sorted by position, not overlapping."""
    texts = getattr(doc, "texts", None) or [t.text for t in doc]
    mentions = _outermost(_entity_mentions(doc, lex))
    if DATELINE_PLACES:
        mentions = _dateline_places(texts, mentions)
    if OFFICE_AFTER_VERB:
        mentions = _split_offices_after_verb(texts, mentions, lex, doc)
    covered = set()
    for m in mentions:
        covered.update(range(m.start, m.end))
    i = 0
    n = len(texts)
    while i < n:
        if i in covered or not texts[i][:1].isalpha():
            i += 1
            continue
        hit = _fallback_at(texts, i, lex)
        if hit is None and ETHNIC_COMPOUNDS:
            hit = _ethnic_compound(texts, i, lex)
        if hit is None:
            i += 1
            continue
        entry, end = hit
        if any(j in covered for j in range(i, end)):
            i += 1
            continue
        kind = {"country": "country", "adj": "adj", "city": "city", "igo": "igo",
                "person": "person", "sector": "sector", "group": "group",
                "institution": "entity", "org": "org"}[entry.kind]
        mentions.append(Mention(i, end, entry.name, entry.code, entry.country, kind))
        i = end
    mentions.sort(key=lambda m: m.start)
    if PARTY_COMPOUNDS:
        mentions = _slashed_parties(texts, mentions)
    if SEAT_NAMES:
        mentions = _seat_names(texts, mentions, lex)
    out = _merge(texts, mentions, lex)
    if NATIONAL_ROLE_BEFORE_NAME:  # (after _merge, which joins "italienische" and "Journalistin")
        out = _join_neighbours(out, lambda m, nxt: _national_role_name(texts, m, nxt, lex))
    if NATIONAL_OFFICES:
        out = _national_offices(texts, out, doc)
    if PARTY_ROLE_PERSON:
        out = _party_role_persons(texts, out, lex)
    if MEMBER_OF_BODY:
        out = _members_of_bodies(texts, out, lex, doc)
    if APPOSITIONS:
        out = _appositions(texts, out, lex)
    if GENITIVE_HOLDER:
        out = _genitive_holders(texts, out)
    if OTHER_COMMISSION:
        out = _other_commissions(texts, out)
    out = _spread_roles(out)
    if COORDINATED_ADJECTIVES:
        out = _coordinated_adjectives(texts, out)
    if DEMONYM_PERSON:
        out = _demonym_persons(texts, out)
    if TAGGED_PEOPLES_NOUN:
        out = _tagged_peoples_nouns(texts, out, lex)
    out = _surnames(out) if SURNAMES else out
    return _spread_held_sectors(out) if LISTED_ROLE_SECTOR else out


def _spread_held_sectors(mentions: list[Mention]) -> list[Mention]:
    """Give the sector of a person's listed office ("Staatssekretär Harald Probe") to the later
    mentions of the same person without a code ("Probe bestritt das")."""
    held = {m.actor_id: m.sector for m in mentions if m.sector and (m.actor_id or "").startswith("per:")}
    if not held:
        return mentions
    return [replace(m, sector=held[m.actor_id]) if m.actor_id in held and not m.code and not m.sector
            and m.kind == "entity" else m for m in mentions]


# "Der Afghane Ali griff einen Polizisten an" (10kGNAD): the people's noun before a name the KB
# lacks was a second actor (AFG, the attacker) and the person took the article's country (the
# refugee became Serbian in a story set in Serbia); lb_actors gives the person the people's country
# (actors.DEMONYM_COUNTRY: AFGCVL), and the noun is the same person, no second actor
DEMONYM_PERSON = True


# "Die Polizei hat einen 29-jährigen Marokkaner festgenommen" was COERCE AUTCOP > MAR, "drei Syrer" SYRCVL:
# a people's noun the recogniser tags as a name is linked by the KB to the state (MAR), untagged the
# same kind of word is that people's civilians (the word list's group entry, SYRCVL). The coding guide
# codes a person by nationality without office as country + CVL ("eine deutsche Hundezüchterin"
# DEUCVL), so a tagged one-word people's noun coded as its own country gets the word list's CVL code
# too (not before a capitalised word: "die Schweizer Notenbank" is the adjective); False: it stays the
# bare country
TAGGED_PEOPLES_NOUN = True


def _tagged_peoples_nouns(texts: list[str], mentions: list[Mention], lex) -> list[Mention]:
    """Code a one-word mention that the word list knows as a people's noun ("Marokkaner",
    "Afghanen": kind group, code CVL) and that the KB linked to that country itself (code of three
    letters, the same country) as the people's civilians (MARCVL), see TAGGED_PEOPLES_NOUN."""
    out = []
    for m in mentions:
        if m.end - m.start == 1 and len(m.code or "") == 3 and m.kind == "entity" \
                and (m.actor_id or "").startswith("cty:") and texts[m.start][:1].isupper() \
                and not (m.end < len(texts) and texts[m.end][:1].isupper()):
            # (not before a capitalised word: "Schweizer Notenbank", "Deutsche Bank" are adjectives)
            entry = lex.actors.get(texts[m.start])
            if entry is not None and entry.kind == "group" and (entry.code or "").endswith("CVL") \
                    and entry.country == m.code:
                m = replace(m, code=entry.code)
        out.append(m)
    return out


def _demonym_persons(texts: list[str], mentions: list[Mention]) -> list[Mention]:
    """Join a people's noun ("Afghane": one capitalised word the KB links to a country, kind entity,
    code of three letters) with the person named right after it whom lb_actors gave that country
    ("Ali" AFGCVL): one mention, the person (see DEMONYM_PERSON)."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and prev.end == m.start and prev.end - prev.start == 1 \
                and (prev.actor_id or "").startswith("cty:") and prev.kind == "entity" \
                and len(prev.code or "") == 3 and texts[prev.start][:1].isupper() \
                and (m.actor_id or "").startswith("per:") and not m.country_from \
                and m.country is not None and m.country == (prev.country or prev.code):
            out[-1] = replace(m, start=prev.start)
            continue
        out.append(m)
    return out


# "britische und russische Soldaten", "amerikanische, britische und französische Diplomaten": the
# country adjectives before one agent noun share it; only the last joined the noun (RUSMIL), the
# others stayed bare countries (GBR)
COORDINATED_ADJECTIVES = True
_ADJ_COORD = ("und", "sowie", "oder", ",")


def _coordinated_adjectives(texts: list[str], mentions: list[Mention]) -> list[Mention]:
    """Give each bare country adjective ("Britische", "britische": one lower-case or sentence-initial
    word, a code of three letters) that a coordination joins to the next mention the sector of that
    mention, when the next is an adjective and its agent noun (a code of six letters over two words
    or more, starting with an adjective): "britische und russische Soldaten" -> GBRMIL, RUSMIL."""
    out = list(mentions)
    joined: set[int] = set()  # adjectives given a sector here ("Amerikanische, britische und russische")
    for k in range(len(out) - 2, -1, -1):
        m, n = out[k], out[k + 1]
        if not (m.end - m.start == 1 and len(m.code or "") == 3 and m.country and m.code == m.country
                and texts[m.start][:1].isalpha() and texts[m.start].lower().endswith(("e", "en", "er", "es"))):
            continue
        if n.start != m.end + 1 or texts[m.end].lower() not in _ADJ_COORD:
            continue
        if len(n.code or "") != 6 or not n.country or (n.end - n.start < 2 and k + 1 not in joined) \
                or not texts[n.start].lower().endswith(("e", "en", "er", "es")):
            continue
        out[k] = replace(m, code=m.country + n.code[3:], country_from=None)
        joined.add(k)
    return out


# "Die Staatsanwaltschaft Arnsberg ermittelt", "Die Polizeidirektion Hannover nahm … fest", "Der
# Landesapothekerverband Baden-Württemberg gibt bekannt": a body's noun right before a place names
# the body by its seat; the place is no party of its own (it was the target DEU/Arnsberg of the
# investigation, the doer DEU/Hannover of the arrest). The body takes the place's country and the
# sector its noun names (function_words.tsv seat_head: the last part of the noun; the first part or
# the head as a generic agent gives the sector, "Polizei|direktion" COP, "Amts|gericht" JUD)
SEAT_NAMES = True


def _seat_sector(text: str, lex: Lexicon) -> str | None:
    """The sector a body's noun names ("Polizeidirektion" COP, "Amtsgericht" JUD, "Staatsanwaltschaft"
    JUD), else None ("Landesapothekerverband"); None too when no seat head ends the noun."""
    low = text.lower()
    for k in range(0, len(low) - 2):
        if "seat_head" not in lex.function_words.get(low[k:], ()):
            continue
        for k2 in range(0, len(low) - 3):  # "Amts|gericht": the head as a generic agent
            head = lex.agent_heads.get(low[k2:])
            if head is not None and len(head.code or "") == 3:
                return head.code
        entry = _prefix_sector(text[:k], lex)
        if entry is not None:
            return entry.code
        entry = lex.actors.get(text)
        if entry is not None and entry.kind == "sector" and len(entry.code or "") == 3:
            return entry.code
        return ""
    return None


def _seat_names(texts: list[str], mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """Join a body's noun (a sector mention or a word no mention covers, ending in a seat head)
    and the place right after it into one actor of the place's country: "Staatsanwaltschaft
    Arnsberg" DEUJUD, "Polizeidirektion Hannover" DEUCOP, "Landesapothekerverband
    Baden-Württemberg" an organisation in Germany. (An organisation the recogniser found whole,
    "Amtsgericht München", is left as it is: coded DEUJUD, its opinions became stances, one more
    wrong prediction on dev9.)"""
    covered = {j for m in mentions for j in range(m.start, m.end)}
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if m.kind not in ("city", "place") or not m.country or m.start == 0 or m.end - m.start > 3:
            out.append(m)
            continue
        j = m.start - 1
        name = f"{texts[j]} {' '.join(texts[m.start:m.end])}"
        # (a curated city still votes as a place for the article's country: agents.article_countries)
        origin = "seat" if m.kind == "city" else "name"
        if prev is not None and prev.end == m.start and prev.kind == "sector" and not prev.country \
                and prev.end - prev.start == 1 and _seat_sector(texts[j], lex):
            out[-1] = Mention(prev.start, m.end, name, m.country + prev.code, m.country, "entity",
                              country_from=origin)
            continue
        if j not in covered and texts[j][:1].isupper() and len(texts[j]) > 3:
            sector = _seat_sector(texts[j], lex)
            if sector is not None:
                out.append(Mention(j, m.end, name, m.country + sector if sector else None, m.country,
                                   "entity" if sector else "org", country_from=origin))
                continue
        out.append(m)
    return out


# "Ärzte ohne Grenzen Österreich kritisierte …", "UNHCR Österreich forderte …": an international
# organisation or NGO right before a country's bare name, opening a clause, is its office in that
# country and acts for the organisation (as NATIONAL_SECTIONS codes a name tagged as one); the
# country was a second party, mostly the target. Not after a verb or an article ("forderte UNHCR
# Österreich auf", "dass die EU Griechenland hilft": there the country is the object)
NATIONAL_OFFICES = True


# "Gestern kritisierte UNHCR Österreich scharf.", "Dann verurteilte die Nato Russland.": the
# recogniser may tag an international organisation or NGO and the bare country name after it as one
# name (NATIONAL_SECTIONS then codes the whole as the organisation and the country is lost). Right
# after the finite verb (an article between at most) the organisation is the subject in the middle
# field and the country the object, as NATIONAL_OFFICES leaves them apart there: the span is split
# into the organisation and the country. Before the verb ("UNHCR Österreich forderte …", "Auch das
# Rote Kreuz Österreich kritisierte …") the two are one constituent, the office, and stay whole
OFFICE_AFTER_VERB = True
_DEFINITE_ARTICLES = ("der", "die", "das", "den", "dem", "des")


def _split_offices_after_verb(texts: list[str], mentions: list[Mention], lex: Lexicon, doc) -> list[Mention]:
    """Split a mention of an IGO/NGO whose last word is a bare country's name ("UNHCR Österreich")
    into the organisation and the country where a verb (or a verb and an article) comes right
    before it (see OFFICE_AFTER_VERB)."""
    out: list[Mention] = []
    for m in mentions:
        last = lex.actors.get(texts[m.end - 1]) if m.end - m.start >= 2 else None
        j = m.start - 1
        if j >= 0 and doc[j].pos_ == "DET" and texts[j].lower() in _DEFINITE_ARTICLES:
            j -= 1
        if last is None or last.kind != "country" or len(last.code or "") != 3 \
                or not (m.code or "").startswith(("IGO", "NGO")) or j < 0 or doc[j].pos_ not in ("VERB", "AUX"):
            out.append(m)
            continue
        text = " ".join(texts[m.start:m.end - 1])
        org = next((e for e in default_kb().candidates(text) if e.kind == "organisation" and e.code == m.code), None)
        if org is None:
            out.append(m)
            continue
        out.append(replace(m, end=m.end - 1, name=org.name or text))
        out.append(Mention(m.end - 1, m.end, last.name, last.code, last.country, "country"))
    return out


# "Wien – FPÖ-Obmann Strache kritisierte die Regierung": a party's compound of a member's noun
# ("FPÖ-Obmann", "SPD-Politikerin": PARTY_COMPOUNDS) right before a person's name is that person,
# who acts for the party; the compound and the person were two parties (the party the subject, the
# person the object: the government lost its place as the target). The KB's code of the person
# gives way to the party's where it names no sector (a country only)
PARTY_ROLE_PERSON = True


def _party_role_persons(texts: list[str], mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """Join a one-word party compound ("FPÖ-Obmann": its code ends in PTY) and the person mention
    right after it into the person, coded with the party (see PARTY_ROLE_PERSON)."""
    def join(m: Mention, nxt: Mention) -> Mention | None:
        if m.end - m.start != 1 or nxt.start != m.end or "-" not in texts[m.start] \
                or not (m.code or "").endswith("PTY") or m.actor_id is not None \
                or not (nxt.actor_id or "").startswith("per:") or not texts[nxt.start][:1].isupper():
            return None
        if _party_compound(texts[m.start], lex) is None:
            return None
        code = m.code if len(nxt.code or "") <= 3 else nxt.code
        return replace(nxt, start=m.start, code=code, country=nxt.country or m.country, kind="entity")
    return _join_neighbours(mentions, join)


def _join_neighbours(mentions: list[Mention], join) -> list[Mention]:
    """Walk the mentions in order and replace each one and the next by ``join(m, nxt)`` where that
    gives a mention (the joined pair is not joined again); the passes that make one actor of two
    neighbouring mentions share this walk."""
    out: list[Mention] = []
    k = 0
    while k < len(mentions):
        m = mentions[k]
        joined = join(m, mentions[k + 1]) if k + 1 < len(mentions) else None
        if joined is not None:
            out.append(joined)
            k += 2
        else:
            out.append(m)
            k += 1
    return out


def _national_offices(texts: list[str], mentions: list[Mention], doc=None) -> list[Mention]:
    """Join an IGO/NGO mention and the bare country name right after it into one mention of the
    organisation, where the organisation opens the sentence or follows a punctuation mark."""
    def join(m: Mention, nxt: Mention) -> Mention | None:
        opens = m.start == 0 or not texts[m.start - 1][:1].isalnum() or (
            doc is not None and m.start < len(doc) and doc[m.start].is_sent_start)
        if (m.code or "").startswith(("IGO", "NGO")) and nxt.start == m.end \
                and nxt.end - nxt.start == 1 and nxt.country and nxt.code == nxt.country \
                and nxt.kind in ("country", "entity") and opens \
                and not (nxt.end < len(texts) and texts[nxt.end][:1].isupper() and texts[nxt.end].isalpha()
                         and doc is not None and doc[nxt.end].pos_ in ("NOUN", "PROPN")):
            return replace(m, end=nxt.end)
        return None
    return _join_neighbours(mentions, join)


# "Der Innenminister Kenias, Paul Mwangi, …": a person the KB does not know is the role before
APPOSITIONS = True
# "Der Innenminister, Hans Müller, ist zurückgetreten": a person the KB does not know between commas
# right after a role noun with no country is that role (the comma split the clause, and the verb
# after the apposition had no subject: the resignation had no doer)
SECTOR_APPOSITION = True
# "Ein Sprecher des russischen Außenministeriums", "Soldaten der kenianischen Armee", "Vertreter
# der Opposition": a role noun without a country followed by the genitive of a body that has one
# (or of another sector) acts for that body
MEMBER_OF_BODY = True
# "Kämpfer der Jihadistenmiliz Islamischer Staat haben Geiseln genommen" was REB > IMGMUSISI: a role
# noun without a country before the genitive of a group the KB codes without a country (IMG…) stayed
# a party of its own and the group became its target; the members act as the group
MEMBER_OF_GROUP = True
IGO_MEMBER_OF_BODY = True  # "UN-Inspektoren der IAEA": an organisation's role before the genitive of its own body is that body


def _anaphoric_land(words: list[str], lex: Lexicon) -> bool:
    """True for "des Landes", "des rohstoffreichen Landes": which land is the antecedent's
    business (coreference's guess), not a body's name; "des jemenitischen Staates" names one."""
    rest = [w for w in words if w.lower() not in ("des", "der", "in")]
    return bool(rest) and rest[-1] in ("Landes", "Staates") and not any(
        w.lower() in lex.adjective_forms for w in rest[:-1])


def _members_of_bodies(texts: list[str], mentions: list[Mention], lex: Lexicon, doc=None) -> list[Mention]:
    """Join a countryless sector mention to the genitive body right after it ("Sprecher des
    russischen Außenministeriums" -> the ministry's code, RUSGOV, over the whole phrase); not a
    subject right after a verb taking a dative to the "der" actor after it (DATIVE_AFTER_SUBJECT)."""
    def join(m: Mention, nxt: Mention) -> Mention | None:
        # (the body's mention may begin with its article: "des russischen Außenministeriums")
        if IGO_MEMBER_OF_BODY and m.kind == "adj" and (m.code or "").startswith("IGO") \
                and (nxt.code or "").startswith(m.code) and nxt.code != m.code \
                and [texts[j].lower() for j in range(m.end, max(nxt.start, m.end + 1))] in (["des"], ["der"]):
            # "UN-Inspektoren der IAEA": members of an organisation's body are that body (IGOUNOIAE),
            # not the UN acting on the IAEA
            return replace(nxt, start=m.start)
        if m.kind == "sector" and not m.country \
                and not (OPPONENT_GENITIVE and "opponent_noun" in lex.function_words.get(texts[m.end - 1].lower(), ())) \
                and [texts[j].lower() for j in range(m.end, max(nxt.start, m.end + 1))] in (["des"], ["der"]) \
                and nxt.kind in ("sector", "entity", "org", "igo") \
                and (nxt.country or (nxt.code or "").startswith(("IGO", "NGO"))
                     or nxt.kind == "sector" and nxt.code and nxt.code != m.code) \
                and not _anaphoric_land(texts[nxt.start:nxt.end], lex) \
                and not (DATIVE_AFTER_SUBJECT and doc is not None and _dative_verb_subject(doc, m, nxt, lex)):
            if m.code in ("MIL", "COP", "REB") and not (nxt.code or "").startswith(("IGO", "NGO")):
                # "Soldaten des Übergangsrates", "Truppen des jemenitischen Staates": armed members
                # keep their own sector, with the body's country where it has one
                return _with_sector(nxt, m) if nxt.country else replace(m, end=nxt.end)
            return replace(nxt, start=m.start)
        if MEMBER_OF_GROUP and m.kind == "sector" and not m.country \
                and not (OPPONENT_GENITIVE and "opponent_noun" in lex.function_words.get(texts[m.end - 1].lower(), ())) \
                and [texts[j].lower() for j in range(m.end, max(nxt.start, m.end + 1))] in (["des"], ["der"]) \
                and nxt.kind in ("entity", "org", "group") and not nxt.country \
                and len(nxt.code or "") > 3 and not (nxt.code or "").startswith(("IGO", "NGO")) \
                and not (DATIVE_AFTER_SUBJECT and doc is not None and _dative_verb_subject(doc, m, nxt, lex)):
            # "Kämpfer der Terrormiliz Islamischer Staat": members of a group that has no country are
            # that group (IMGMUSISI), not countryless rebels fighting it
            return replace(nxt, start=m.start)
        return None
    return _join_neighbours(mentions, join)


# "Kritiker der Regierung demonstrierten", "Kritiker des Kremls": the genitive after a noun of people
# against someone (function_words.tsv opponent_noun) is whom they oppose, not the body they act for;
# joined as member and body, the critics became the government (RUSGOV > RUSGOV)
OPPONENT_GENITIVE = True


# "Am Montag warf die Regierung der Opposition Verrat vor" was OPP > nobody: the sector right after
# the finite verb and its "der" actor were joined as a member and its body (the opposition's
# government). After a finite verb that takes a dative object (function_words.tsv dative_verb:
# vorwerfen, drohen, helfen …) the sector is the inverted subject and the "der" actor its dative
# object: two parties (extract.DATIVE_OBJECT then keeps the second out of the genitive)
DATIVE_AFTER_SUBJECT = True


def _dative_verb_subject(doc, m: Mention, nxt: Mention, lex: Lexicon) -> bool:
    """True when ``m`` stands right after a finite verb (and its article) whose lemma takes a
    dative object, and ``nxt`` is its "der" actor: "warf die Regierung der Opposition … vor"."""
    k = m.start - 1
    if k >= 0 and "article" in lex.function_words.get(doc[k].lower_, ()):
        k -= 1
    if k < 0 or doc[k].tag_ not in ("VVFIN", "VAFIN", "VMFIN") or doc[m.end].lower_ != "der":
        return False
    lemma = doc[k].lemma_.lower()
    sent_end = doc[k].sent.end if doc.has_annotation("SENT_START") else len(doc)
    particles = {t.lower_ for t in doc[nxt.end:sent_end] if t.tag_ == "PTKVZ"}
    for form, kinds in lex.function_words.items():
        if "dative_verb" in kinds:
            particle, _, base = form.rpartition("|")
            if base == lemma and (not particle or particle in particles):
                return True
    return False


def _appositions(texts: list[str], mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """A person without a code right after a role of a country or organisation and a comma
    ("der Präsident des Internationalen Währungsfonds (IWF), Max Muster,") is that actor; a
    former or future role ("der ehemalige Vize-Präsident der Demokratischen Republik Kongo,
    Jean-Pierre Bemba") gives the country only (the coding guide codes the role at the
    article's date)."""
    out: list[Mention] = []
    for m in mentions:
        role = out[-1] if out else None
        between = range(out[-1].start, out[-1].end) if out else range(0)  # tokens the role may span
        if role is not None and len(out) > 1 and role.start >= out[-2].end and texts[role.start - 1:role.start] == ["("] \
                and role.code == out[-2].code:
            role = out[-2]  # "des Internationalen Währungsfonds (IWF)": the abbreviation is the name
        elif APPOSITION_PLACE and role is not None and len(out) > 1 and role.kind in ("city", "place") \
                and role.start >= 1 and texts[role.start - 1].lower() in ("in", "im") and role.start - 1 == out[-2].end \
                and (m.actor_id or "").startswith("per:") and texts[m.end:m.end + 1] == [","]:
            # "der Vertreter der EU-Kommission in Wien, Jörg Wojahn,": the place says where the
            # body's office is; the name after the comma is the body's person
            role = out[-2]
            between = range(out[-1].start - 1, out[-1].end)
        if role is not None and (m.actor_id or "").startswith("per:") and not (m.code or m.country) \
                and m.start > 0 and texts[m.start - 1] == "," and role.kind == "entity" \
                and (len(role.code or "") == 6 or (role.code or "").startswith(("IGO", "NGO"))) \
                and role.end - role.start > 1 and all(
                    t in ("(", ")", ",") or j in between
                    for j, t in enumerate(texts[role.end:m.start], role.end)):
            before = texts[max(0, role.start - 3):role.end]
            former = any(is_role_modifier(w) or has_role_prefix(w) for w in before)
            igo = (role.code or "").startswith(("IGO", "NGO"))
            if not (former and igo):  # a former official of an organisation: nothing to learn
                code, country = (None, role.country or (role.code or "")[:3]) if former else (role.code, role.country)
                while out and out[-1].start >= role.start:
                    out.pop()
                m = replace(m, start=role.start, code=code, country=country, kind="entity")
        elif SECTOR_APPOSITION and role is not None and role.kind == "sector" and not role.country \
                and len(role.code or "") == 3 and (m.actor_id or "").startswith("per:") \
                and not (m.code or m.country) and texts[role.end:m.start] == [","] \
                and m.end + 1 < len(texts) and texts[m.end] == "," \
                and not (texts[m.end + 1][:1].isupper() or "det" in lex.function_words.get(texts[m.end + 1].lower(), ())):
            # (the word after the closing comma goes on with the clause, "kritisierte", "ist";
            # an article or a name after it goes on with a list: "Die Regierung, Hans Müller, die
            # Gewerkschaften und …")
            # "Der Innenminister, Hans Müller, ist zurückgetreten": the role noun's sector, the
            # country from the context later (as "Innenminister Hans Müller")
            out.pop()
            m = replace(m, start=role.start, code=role.code, kind="sector")
        out.append(m)
    return out


# "der Vertreter der EU-Kommission in Wien, Jörg Wojahn, kritisierte …": a place ("in"/"im" and a
# city) between the body and the comma does not end the apposition; it split it, the name became a
# party of its own (the target of the Commission's criticism) and its later "sagte Wojahn" a
# person of the setting's country
APPOSITION_PLACE = True
# "der französische Schriftsteller Jean Dupont": the adjective gives the person's country
NATIONALITY = True
# "der US-Soldat Mario Lozano", "die italienische Journalistin Anna Bellini": a role noun of a country
# (a compound with a country's prefix, or a country adjective and its noun) right before the name of a
# person the KB lacks says who the person is; the two were two parties (USAMIL the doer, the soldier
# its target with the article's country). The person takes the noun's code (USAMIL, ITAMED), or its
# country only where the noun names no sector ("der US-Schauspieler X"). (Firms too, "beim
# US-Versandhändler Amazon", were tried: right on the uncoded news, but a firm's offer then is no
# state's AGREE and the dev parts' silent-gold floor of dev7 broke)
NATIONAL_ROLE_BEFORE_NAME = True
# "die Verteidigungsminister der Mitgliedstaaten der EU": role nouns of an organisation's member
# states (function_words.tsv member_states) act for the organisation
MEMBER_STATES = True
# a later bare surname ("Strauss-Kahn", "Bembas") is the person named in full before
SURNAMES = True
# "Außenminister Zaorálek sieht …" in the headline before "Tschechiens Außenminister Lubomír Zaorálek"
# was RUSGOV (the role and the setting's country): a surname with a role the KB codes by sector only
# ("Außenminister Zaorálek": GOV, no country), or one named before the full name (a headline, a
# teaser), is the one person of that surname the article names in full with a country
SURNAME_ROLES = True


def _surnames(mentions: list[Mention]) -> list[Mention]:
    """A name the recogniser or the KB did not link ("Strauss-Kahn weist … zurück", tagged as an
    organisation) that is the surname of a person named in full before ("Der Präsident des IWF,
    Dominique Strauss-Kahn") is that person, with the code and country the article gave them."""
    known: dict[str, Mention] = {}
    anywhere = _full_names(mentions) if SURNAME_ROLES else {}
    out = []
    for m in mentions:
        if not (m.code or m.country) and m.kind in ("entity", "org") and " " not in m.name:
            person = known.get(m.name) or (known.get(m.name[:-1]) if m.name.endswith("s") else None)
            if person is None and SURNAME_ROLES and (m.actor_id or "").startswith("per:"):
                person = anywhere.get(m.name)
            if person is not None:
                m = replace(m, name=person.name, code=person.code, country=person.country,
                            actor_id=person.actor_id, kind=person.kind if person.kind != "sector" else "entity",
                            sector=person.sector)
        elif SURNAME_ROLES and not m.country and m.kind == "sector" and " " not in m.name \
                and (m.actor_id or "").startswith("per:") and m.name in anywhere:
            person = anywhere[m.name]
            m = replace(m, name=person.name, code=person.code, country=person.country,
                        actor_id=person.actor_id, kind=person.kind, sector=person.sector)
        elif (m.actor_id or "").startswith("per:") and (m.code or m.country or m.sector) and " " in m.name:
            known[m.name.split()[-1]] = m
        out.append(m)
    return out


def _full_names(mentions: list[Mention]) -> dict[str, Mention]:
    """Surname -> the person the article names in full with a country ("Lubomír Zaorálek", CZEGOV),
    for surnames only one such person of the article bears."""
    found: dict[str, Mention] = {}
    twice: set[str] = set()
    for m in mentions:
        if (m.actor_id or "").startswith("per:") and m.country and m.code and " " in m.name:
            last = m.name.split()[-1]
            if last in found and found[last].actor_id != m.actor_id:
                twice.add(last)
            found.setdefault(last, m)
    return {k: v for k, v in found.items() if k not in twice}


# "Berlins Regierender Bürgermeister Klaus Wowereit": the genitive place before a role names whose
# office it is; the place takes the role's code, and the person the KB lacks was a second actor
GENITIVE_HOLDER = True


def _genitive_holders(texts: list[str], mentions: list[Mention]) -> list[Mention]:
    """Join a genitive place that took a role's code ("Berlins" DEUGOV) with the person named right
    after the role ("Regierender Bürgermeister Klaus Wowereit", a name the KB lacks): one actor,
    the person with the place's code."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and not m.code and m.kind in ("entity", "person") and (m.actor_id or "").startswith("per:") \
                and prev.kind in ("city", "country", "entity") and len(prev.code or "") == 6 \
                and texts[prev.end - 1].endswith("s") and m.start - prev.end <= 2 \
                and all(texts[j][:1].isupper() for j in range(prev.end, m.start)):
            out[-1] = replace(m, start=prev.start, code=prev.code, country=prev.country)
            continue
        out.append(m)
    return out


# "Der Papst empfing die Opferschutzkommission … Die Kommission dankte ihm": a bare "Kommission"
# after another commission was named is that one, not the EU's (the KB's alias of the bare word)
OTHER_COMMISSION = True
_EU_COMMISSION = ("eu-kommission", "eukommission")


def _other_commissions(texts: list[str], mentions: list[Mention]) -> list[Mention]:
    """A bare "Kommission" that the KB read as the EU Commission, in a text that named another
    commission before it ("Wahlkommission", "Opferschutzkommission"), is no known actor."""
    out = []
    for m in mentions:
        if m.code == "IGOEUREEC" and m.end - m.start == 1 and texts[m.start] == "Kommission" and any(
                t.lower().endswith("kommission") and len(t) > len("Kommission") and t[:1].isupper()
                and t.lower() not in _EU_COMMISSION for t in texts[:m.start]):
            m = replace(m, code=None, country=None, actor_id=None, name="Kommission", kind="entity")
        out.append(m)
    return out


def _spread_roles(mentions: list[Mention]) -> list[Mention]:
    """A person the KB lacks keeps the role the text gave them once ("Ministerpräsident Giorgos
    Papandreou") wherever they are named again or referred to ("Papandreou", "er")."""
    roles: dict[str, Mention] = {}
    for m in mentions:
        if (m.actor_id or "").startswith("per:") and (m.code or m.country) and m.actor_id not in roles:
            roles[m.actor_id] = m
    if not roles:
        return mentions
    out = []
    for m in mentions:
        r = roles.get(m.actor_id or "")
        if r is not None and not m.code and not m.country:
            m = replace(m, code=r.code, country=r.country, kind=r.kind if r.kind == "sector" else m.kind)
        out.append(m)
    return out


# "Bayerns Ministerpräsident Horst Seehofer (CSU) forderte …", "Tirols Landeschef Günther Platter
# kritisierte …" (10kGNAD): the recogniser takes the role into the person's mention, so the genitive
# region before it stayed an actor of its own: DEU/Bayern became the source, Seehofer the target.
# A genitive country ("Ungarns Innenminister …") is joined by the lookup already; a region is not.
GENITIVE_REGION_HOLDER = True


def _region_holder(texts: list[str], m: Mention, nxt: Mention, lex: Lexicon) -> Mention | None:
    """The person of ``nxt`` with ``m``'s country when ``m`` is one genitive word of a place
    ("Bayerns", "Kärntens": a city or country mention coded as a bare country, its word ending
    in -s but its name not)
    right before ``nxt``, a person whose mention opens with a role noun, not with their name
    ("Ministerpräsident Horst Seehofer"). A person the KB lacks takes the region's country and the
    sector of the role noun (Landeshauptmann GOV); a known person keeps their code. Else None."""
    if m.kind not in ("city", "country") or m.end - m.start != 1 or nxt.start != m.end:
        return None
    if len(m.code or "") != 3:  # a capital the lookup read as its government ("Berlins" DEUGOV): GENITIVE_HOLDER
        return None
    word = texts[m.start]
    if not word.endswith("s") or (m.name or "").endswith("s") or not _country_of(m):
        return None
    if not (nxt.actor_id or "").startswith("per:") or nxt.end - nxt.start < 2 \
            or texts[nxt.start] in (nxt.name or "").split():
        return None
    country = nxt.country or _country_of(m)
    code = nxt.code
    if not code:
        role = _fallback_at(texts, nxt.start, lex)
        if role is not None and role[0].kind == "sector" and len(role[0].code or "") == 3:
            code = country + role[0].code
        else:
            code = country
    return replace(nxt, start=m.start, code=code, country=country, kind="entity")


def _national_role_name(texts: list[str], m: Mention, nxt: Mention, lex: Lexicon) -> Mention | None:
    """The person ``nxt`` (one the KB lacks: no code, no country) with the code of the national
    role noun ``m`` right before it ("US-Soldat", "italienische Journalistin": a country's prefix
    compound, or a country adjective and a noun), see NATIONAL_ROLE_BEFORE_NAME; a noun of no
    sector gives the country only. Else None."""
    if nxt.start != m.end or nxt.code or nxt.country or nxt.kind != "entity" \
            or not (nxt.actor_id or "").startswith("per:") or not texts[nxt.start][:1].isupper():
        return None
    if m.kind not in ("country", "entity", "adj") or (m.actor_id or "").startswith("per:"):
        return None
    first = texts[m.start]
    if m.end - m.start == 1:
        # one word: a compound of a country's prefix and a noun ("US-Soldat"), not the country's name
        if "-" not in first.strip("-") or not first.split("-")[-1][:1].isupper():
            return None
    elif m.end - m.start != 2 or first.lower() not in lex.adjective_forms:
        return None  # two words: a country adjective and its noun ("italienische Journalistin")
    noun = texts[m.end - 1].split("-")[-1].lower()
    if any("body_noun" in lex.function_words.get(noun[k:], ()) for k in range(len(noun) - 3)):
        return None  # "erklärte die US-Regierung Soleimani zum Terroristen": the body's object
    # "der ehemalige US-Justizminister Ramsey Clark", "Ex-Diktator": a former role gives the country
    # only (the coding guide codes the role at the article's date), as APPOSITIONS does
    former = has_role_prefix(first) or any(
        is_role_modifier(w) for w in texts[max(0, m.start - 2):m.end])
    code, country = m.code or "", m.country
    if code.startswith("IGO") and m.end - m.start == 1:
        return None if former else replace(nxt, start=m.start, code=code, kind="entity")  # "EU-Kommissar X"
    if not country or not code.startswith(country) or len(code) not in (3, 6):
        return None
    code = code if len(code) == 6 and not former else None
    return replace(nxt, start=m.start, code=code, country=country, kind="entity")


def _kind_of_name(texts: list[str], m: Mention, nxt: Mention) -> bool:
    """True when the one-word mention ``m`` names the kind of the known organisation ``nxt`` (no
    person) right after it (KIND_BEFORE_NAME): a compound whose prefix is the organisation's country ("US-Bundespolizei
    FBI": ``m`` is the prefix mention "USA") or an entity of the organisation's sector ("Bundespolizei
    FBI": DEUCOP before USACOP)."""
    code, name_code = m.code or "", nxt.code or ""
    if nxt.start != m.end or m.end - m.start != 1 or nxt.kind != "entity" or len(name_code) != 6 \
            or not texts[nxt.start][:1].isupper() or code == name_code \
            or (m.actor_id or "").startswith("per:") or (nxt.actor_id or "").startswith("per:"):
        return False  # (two persons side by side are two parties: "kritisierte Merkel Sarkozy")
    if m.kind == "adj" and "-" in texts[m.start]:
        return len(code) == 3 and name_code.startswith(code)
    return m.kind == "entity" and len(code) == 6 and code[3:] == name_code[3:]


# "Die österreichische SPÖ kritisierte die Regierung" gave source AUT, target AUTPTY: the country
# adjective was a mention of its own before the party's, so the clause had two parties and the named
# one became the object. An adjective (lower-case, or one capitalised word the adjective list knows)
# right before a named actor with a sector of the adjective's own country is that actor; False: two actors
ADJECTIVE_BEFORE_OWN_NAME = True


def _adjective_of_own_name(texts: list[str], m: Mention, nxt: Mention | None, lex: Lexicon) -> bool:
    """True when ``m`` is a country adjective right before ``nxt``, a named actor (an entity with a
    code of country and sector) of the adjective's own country ("österreichische SPÖ"), not a place."""
    if nxt is None or nxt.start != m.end or nxt.kind != "entity" or len(nxt.code or "") < 6:
        return False
    if not (m.kind == "adj" or m.kind == "entity" and m.end - m.start == 1
            and texts[m.start].lower() in lex.adjective_forms):
        return False
    if "-" in texts[m.start] or len(m.code or "") != 3:
        return False
    country = _country_of(m)
    if country is None or country != (nxt.country or nxt.code[:3]):
        return False
    # (not a capital standing for its government: "im maltesischen Valletta" is where, not who)
    name = " ".join(texts[nxt.start:nxt.end])
    return not any(e.kind == "place" for e in default_kb().candidates(name))


def _merge(texts: list[str], mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """Join role nouns with their country and drop quantity words before a group noun."""
    out: list[Mention] = []
    k = 0
    while k < len(mentions):
        m = mentions[k]
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        # "der kubanische Agent Gerardo Hernández": a person the KB does not know is of the
        # country the adjective before their noun names (the country only: no role)
        if NATIONALITY and m.kind == "adj" and nxt is not None and (nxt.actor_id or "").startswith("per:") \
                and not (nxt.code or nxt.country) and 1 <= nxt.start - m.end <= 2 \
                and all(texts[j][:1].isupper() for j in range(m.end, nxt.start)) and _country_of(m):
            out.append(replace(nxt, start=m.start, country=_country_of(m), kind="entity"))
            k += 2
            continue
        # "Bayerns Ministerpräsident Horst Seehofer", "Tirols Landeshauptmann Günther Platter": a
        # genitive region before a person the recogniser named with their role is one actor
        if GENITIVE_REGION_HOLDER and nxt is not None:
            held = _region_holder(texts, m, nxt, lex)
            if held is not None:
                out.append(held)
                k += 2
                continue
        # "die österreichische SPÖ", "die russische Gazprom": a country adjective right before a
        # named actor of the same country is that actor, not a second party
        if ADJECTIVE_BEFORE_OWN_NAME and _adjective_of_own_name(texts, m, nxt, lex):
            out.append(replace(nxt, start=m.start))
            k += 2
            continue
        # "russische Regierung", "US-Regierung" handled in the lookup; "Russische Truppen" here
        # (capitalised at the start of a sentence, the recogniser's entity)
        if (m.kind == "adj" or m.kind == "entity" and m.end - m.start == 1
                and texts[m.start].lower() in lex.adjective_forms) \
                and nxt is not None and nxt.kind == "sector" and nxt.start - m.end <= 1:
            out.append(_with_sector(m, nxt))
            k += 2
            continue
        # "Frankreichs Präsident", "Ungarns Regierungschef": a genitive country before a role noun
        if m.kind in ("country", "entity", "city") and nxt is not None and nxt.start == m.end \
                and nxt.kind == "sector" and texts[m.end - 1].endswith("s"):
            out.append(_with_sector(m, nxt))
            k += 2
            continue
        if KIND_BEFORE_NAME and nxt is not None and _kind_of_name(texts, m, nxt):
            out.append(replace(nxt, start=m.start))
            k += 2
            continue
        # "Hunderte Demonstranten": the quantity word yields to the group noun
        if m.kind == "group" and nxt is not None and nxt.start == m.end and nxt.kind in ("sector", "group"):
            k += 1
            continue
        if m.kind in ("sector", "group") and nxt is not None and nxt.kind in (
                "country", "city", "entity", "igo", "person") + (("org",) if ORG_APPOSITION else ()):
            gap = [texts[j].lower() for j in range(m.end, nxt.start)]
            if OPPONENT_GENITIVE and gap[:1] in (["der"], ["des"], ["von"]) \
                    and "opponent_noun" in lex.function_words.get(texts[m.end - 1].lower(), ()):
                gap = ["-"]  # "Kritiker des Kremls": whom they oppose, no body they act for
            # "Präsident Kasachstans", "Vertreter der US-Regierung", "Polizei in Moskau", "Regierung von Kenia",
            # "Bundeskanzler Scholz" (not "sich die Regierung von Russland distanzieren": that
            # "von" is the verb's)
            # (never a pronoun coreference linked: "hatte die Armee ihn aufgefordert" is two parties)
            if (not gap and (texts[nxt.start][:1].isupper() or (
                    LOWER_CASE_NAME and nxt.kind in ("entity", "org") and len(nxt.code or "") > 3
                    and not texts[nxt.start].isalpha())) and (
                    nxt.kind in ("person", "org", "entity") or texts[nxt.end - 1].endswith("s"))) \
                    or (len(gap) == 1 and gap[0] in ("der", "des", "in", "aus")) \
                    or (SECTOR_VON and gap == ["von"] and "sich" not in (t.lower() for t in texts[max(0, m.start - 3):m.start])) \
                    or (MEMBER_STATES and (nxt.code or "").startswith("IGO") and len(gap) == 3 and gap[0] == gap[2] == "der"
                        and "member_states" in lex.function_words.get(gap[1], ())):
                # (MEMBER_STATES: "die Außenminister der Mitgliedstaaten der EU" act for the EU as
                # "die Außenminister der EU" do, not for the country of the city they meet in)
                merged = _with_sector(nxt, m)
                if nxt.kind == "person" or (nxt.kind == "entity" and len(nxt.code or "") > 3):
                    merged = replace(nxt, start=m.start, kind="entity")
                elif nxt.kind in ("entity", "org") and not nxt.code and m.kind == "sector" and (
                        nxt.kind == "org" or not nxt.country):
                    # (an organisation the KB lacks named by its kind: "die Gewerkschaft Verdi")
                    # "Ministerpräsident Giorgos Papandreou", a person the KB lacks: the role noun
                    # gives the sector, the country comes from the context later
                    merged = replace(nxt, start=m.start, code=m.code, kind="sector")
                out.append(merged)
                k += 2
                # "die Regierungen in Berlin und Paris": the coordinated cities get the role too
                while gap == ["in"] and k < len(mentions) and mentions[k].kind == "city" and \
                        [texts[j].lower() for j in range(out[-1].end, mentions[k].start)] in (["und"], [","]):
                    out.append(_with_sector(mentions[k], m))
                    k += 1
                continue
        # a person of an organisation: "John Sifton von Human Rights Watch", "Joe Stork von HRW"
        if m.kind in ("entity", "person") and (m.actor_id or "").startswith("per:") and nxt is not None \
                and (nxt.code or "").startswith(("IGO", "NGO")) and \
                [texts[j].lower() for j in range(m.end, nxt.start)] in (["von"], ["vom"], ["der"], ["des"]):
            out.append(replace(nxt, start=m.start, name=m.name, actor_id=m.actor_id))
            k += 2
            continue
        # a role noun followed by a person's name with the same code: "Kanzler Scholz"
        if nxt is not None and nxt.start == m.end and m.kind == "person" and nxt.kind == "person":
            out.append(replace(nxt, start=m.start))
            k += 2
            continue
        out.append(m)
        k += 1
    return out
