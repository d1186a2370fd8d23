"""Countries for generic agents: "die Polizei", "Soldaten", "Demonstranten" without a country of
their own take one from the event's place or the article's setting, as an analyst would.

Order (first that applies): the country in the agent's own words ("die tunesische Polizei",
"Polizisten in Bangkok": already joined by :mod:`.mentions`); the country of a place named in the
sentence ("in Bangkok", "im Gazastreifen"); the scene a sentence before set and this one goes on
in ("In Italien …", :data:`SCENE_CARRIES`); the article's setting, the country its places and
actors name most (the first sentences count more). The inferred source is kept on the
participant as ``country_from`` (``place``, or ``article`` for the scene and the setting) so a
reader can check it.
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import replace
from functools import lru_cache

from .mentions import Mention

# how much more a country named in the article's first sentences counts for its setting
_LEAD_WEIGHT = 3
_LEAD_SENTENCES = 2
PLACE_WEIGHT = 4  # how much more a city counts than an actor of a country (tuned on the dev gold)
# CAMEO codes of actors without a country: international organisations, NGOs, international
# militarized groups ("Al-Kaida", IMGMUSALQ), multinationals, unidentified states: "IMG" is no
# country an article is set in (it gave "IMGCVL" victims)
_NON_STATE = ("IGO", "NGO", "IMG", "MNC", "UIS")
# the country of the papers lagebild reads: the setting of an article that names no country at all
# (German papers by default; LAGEBILD_HOME_COUNTRY=AUT for an Austrian corpus, read at start-up)
HOME_COUNTRY = os.environ.get("LAGEBILD_HOME_COUNTRY", "DEU").strip().upper() or "DEU"
# an article whose only countries are adjectives of things ("ein tschechisches Kennzeichen" in a
# Brandenburg kidnapping) is not set in that country: it names no country (then agents take
# HOME_COUNTRY in a longer article, see extract.HOME_SETTING)
ADJ_ONLY_NO_SETTING = True


# "Zu viele Menschen in Europa zögern, online einzukaufen" (10kGNAD gnad4 36, an EU consumer story):
# a region the knowledge base lists as one (organisations.tsv kind region: Europa EUR, Nahost MEA,
# der Westen WST) is no country; it was the article's setting, and unnamed agents became "EURGOV"
REGION_NO_COUNTRY = True


@lru_cache(maxsize=1)
def _region_codes() -> frozenset[str]:
    """The codes of the regions of organisations.tsv (kind region: EUR, MEA, WST, …)."""
    from ...kb.loader import load_organisations
    return frozenset(o.code for o in load_organisations() if o.kind == "region")


def _country(m: Mention) -> str | None:
    """The country of the mention ``m`` (its own, or its code's first three letters), None for an
    actor of no country (an IGO, NGO, a region)."""
    if REGION_NO_COUNTRY and (m.country or m.code or "") in _region_codes():
        return None
    if m.country:
        return m.country
    code = m.code or ""
    if len(code) >= 3 and code[:3].isalpha() and code[:3].isupper() and not code.startswith(_NON_STATE) \
            and m.kind in ("country", "entity", "city", "adj", "person"):
        return code[:3]
    return None


def article_setting(mentions: list[Mention], lead_end: int) -> str | None:
    """The article's country: the most-named country, mentions before token ``lead_end`` counting
    :data:`_LEAD_WEIGHT` times; None when no country is named. (Counting only places, "in
    Haditha", was tried: better targets, worse sources, the same tuple F1 on the dev gold.)"""
    ranked = article_countries(mentions, lead_end)
    return ranked[0] if ranked else None


# "Kampala – Als vergleichsweise stabiles Land … ist Uganda Anlaufstelle für Menschen, die aus dem
# Kongo fliehen": a news agency's dateline names where the report was filed, not where its story
# happens (Havanna for Colombia's peace talks, Seoul for North Korea's threats, Puebla in Mexico
# for Guatemala's congress); it counts as a city named after the lead, not as a place of the lead,
# and names no place of the article's victims
DATELINE = True
DATELINE_DASHES = frozenset("– - —".split())
_SENTENCE_ENDS = frozenset(". ! ? :".split())


# "Prag/Wien – Tschechiens Außenminister …", "Idomeni/Athen –", "Wien/Budapest –": each city of a
# dateline of several, joined by slashes, is a dateline too (the first was read as a city of the lead,
# 3 x 4 votes: Prague and Vienna outvoted the Czech minister's article's own country)
SLASHED_DATELINE = True


def is_dateline(m: Mention, words: list[str] | None) -> bool:
    """True when the place ``m`` opens the text or a sentence and a dash follows it ("Wien –",
    "Kampala -"): a news agency's dateline; with :data:`SLASHED_DATELINE`, also a city of a
    slash-joined run of one-word cities before the dash ("Prag/Wien –")."""
    if not DATELINE or words is None or m.kind not in ("city", "place") or m.end >= len(words):
        return False
    end, start = m.end, m.start
    if SLASHED_DATELINE:
        while end + 1 < len(words) and words[end] == "/":
            end += 2  # "/ Wien": a slash and the next city's one word
        while start >= 2 and words[start - 1] == "/":
            start -= 2
    return end < len(words) and words[end] in DATELINE_DASHES and (start == 0 or words[start - 1] in _SENTENCE_ENDS)


# "Polizei und Freiwillige versorgen Ankommende mit Mineralwasser. Wien/Budapest – Die Polizei …"
# (10kGNAD): a title and a teaser come before the dateline; the sentence the dateline opens, the
# report's first, counts as lead for the setting too (the lead was the title and teaser only, and the
# refugee story at Vienna's stations, whose Austrian station and police came in the third sentence,
# was Hungarian)
LEAD_FROM_DATELINE = True
_DATELINE_LEAD_MAX = 4  # the dateline opens one of the first sentences; a later "Ort –" is no dateline of the text


def dateline_sentence(mentions: list[Mention], words: list[str] | None, sent_starts: list[int]) -> int | None:
    """The index of the sentence (among the first :data:`_DATELINE_LEAD_MAX`) that a dateline opens
    ("Wien –", "Wien/Budapest –"), or None."""
    if not LEAD_FROM_DATELINE or words is None:
        return None
    firsts = sent_starts[:_DATELINE_LEAD_MAX]
    for m in mentions:
        if m.start in firsts and m.kind in ("city", "place") and m.end < len(words) \
                and (words[m.end] in DATELINE_DASHES or words[m.end] == "/" and is_dateline_run(m, words)):
            return firsts.index(m.start)
    return None


def is_dateline_run(m: Mention, words: list[str]) -> bool:
    """True when the city ``m`` is followed by a slash-joined run of one-word cities and a dash
    ("Wien/Budapest –")."""
    end = m.end
    while end + 1 < len(words) and words[end] == "/":
        end += 2
    return end < len(words) and words[end] in DATELINE_DASHES


# "sagte EU-Ratspräsident Donald Tusk", "UN-Generalsekretär Ban Ki Moon appellierte": a person
# acting for an international organisation (code IGO…/NGO…) tells where that organisation acts,
# not that the article happens in the country of the person's passport (Tusk made EU summits
# Polish, Ban's appeals Korean)
IGO_PERSON_NO_VOTE = True


# "Prag – … verteidigte Moskaus Politik. Moskaus Einfluss …" (10kGNAD gnad2 332): a capital that
# lb_actors read as its government ("Moskaus Truppen", "Washington verhängte Sanktionen": RUSGOV)
# names who acts, not where the story happens; it voted as a place (12 votes in the lead made a
# Czech article Russian). It counts once, like any other actor
CAPITAL_GOVERNMENT_VOTE = True


def _capital_government(m: Mention) -> bool:
    """True for a city mention that stands for its country's government: its actor is a
    country-sector code of six letters ("RUSGOV"), not a place ("plc:RUS:moskau")."""
    return m.kind == "city" and not (m.actor_id or "").startswith("plc:") and len(m.code or "") == 6


# "Wien – Die Regierung verhandelte am Montag mit Moskau über Gaslieferungen": a capital after a
# preposition of a party (function_words capital_party_prep: "mit", "gegen", "zwischen") is the
# counterpart state of an act (extract.CAPITAL_PARTY), not where the story happens; it voted as a
# place of the lead (4 x 3 votes outvoted the dateline's Austria: the Austrian government became
# RUSGOV). It counts once, like any other actor. False: it votes as a place
CAPITAL_PARTY_VOTE = True
# "der Friedensplan von Minsk", "dem Vertrag von Amsterdam", "nach dem Washingtoner Abkommen": a city that
# names a treaty (function_words treaty_noun before "von" and the city, or right after the city's word)
# names a document, not where the story happens; it voted as a place (the Austrian customs' seizure of birds
# protected under the Washington convention was set in the USA, a Ukrainian story got 16 votes for Belarus).
# False: it votes as a place
TREATY_CITY_NO_VOTE = True


def names_treaty(m: Mention, words: list[str] | None, treaty_ends: tuple[str, ...]) -> bool:
    """True when the place mention ``m`` is the name of a treaty: a word ending in one of
    ``treaty_ends`` ("abkommen", "vertrag") before "von" and the place, as the mention's last word or
    right after it ("Washingtoner Abkommen", "Minsker Abkommen")."""
    if not TREATY_CITY_NO_VOTE or not treaty_ends or words is None or m.kind not in ("city", "place", "adj"):
        return False
    if m.start >= 2 and words[m.start - 1] == "von" and words[m.start - 2].endswith(treaty_ends):
        return True
    return words[m.end - 1].endswith(treaty_ends) or m.end < len(words) and words[m.end].endswith(treaty_ends)


# a company (companies.tsv: Google USABUS, Gazprom RUSBUS) is no vote for where the article is
# set, as a news medium is none: Google in a Viennese story does not move the story to the USA
COMPANY_NO_SETTING = True


@lru_cache(maxsize=1)
def _company_ids() -> frozenset[str]:
    """The actor ids of the firms of companies.tsv (``org:google``)."""
    from ...kb.loader import load_companies, organisation_id
    return frozenset(organisation_id(o) for o in load_companies())


def _no_setting(m: Mention) -> bool:
    """True for a mention whose country says where a party comes from, not where the story
    happens: news media (…MED) and, with :data:`COMPANY_NO_SETTING`, a company of companies.tsv
    (not every business: "die Wirtschaftskammer", AUTBUS, is a body of its country)."""
    return (m.code or "").endswith("MED") or (COMPANY_NO_SETTING and m.actor_id in _company_ids())


def _capital_party(m: Mention, words: list[str] | None, party_preps: frozenset[str], after: int = -1) -> bool:
    """True for a capital named right after a party preposition of ``party_preps`` ("mit Moskau",
    "gegen Washington"), or after "und" right after such a capital ending at token ``after``
    ("zwischen Wien und Berlin": both are parties): it names a counterpart state, not a place."""
    if not CAPITAL_PARTY_VOTE or words is None or m.kind != "city" or m.start < 1 or not m.country:
        return False
    if words[m.start - 1] not in party_preps and not (words[m.start - 1] == "und" and after == m.start - 1):
        return False
    return names_capital(m)


def names_capital(m: Mention) -> bool:
    """True when the place mention ``m`` names its country's capital (the KB's capitals)."""
    from ...kb.lookup import default_kb, norm
    return default_kb().capitals.get(norm(m.name or "")) == m.country


def article_countries(mentions: list[Mention], lead_end: int, words: list[str] | None = None,
                      seats: frozenset[str] = frozenset(),
                      party_preps: frozenset[str] = frozenset(),
                      treaty_ends: tuple[str, ...] = ()) -> list[str]:
    """The countries an article names, most-named first (see :func:`article_setting`); a city
    counts :data:`PLACE_WEIGHT` times: the setting is where things happen; a dateline
    (:func:`is_dateline`, with ``words``) not as a mention of the lead. ``seats``: actor ids of
    cities that stand for an international organisation seated there (:func:`igo_seat_ids`), no
    vote. ``party_preps``: the prepositions after which a capital is a counterpart state
    (:func:`_capital_party`), one vote. ``treaty_ends``: ends of treaty nouns; a place that names a
    treaty (:func:`names_treaty`) casts no vote. (Counting a country after "in"/"nach" as a place too was
    tried: worse on the dev gold.)"""
    votes: Counter = Counter()
    named = False
    party_end = -1  # the end of the last capital named as a party ("zwischen Wien und Berlin")
    for m in _not_seats(mentions, seats):
        party = _capital_party(m, words, party_preps, party_end)
        if party:
            party_end = m.end
        if IGO_PERSON_NO_VOTE and m.kind == "entity" and (m.actor_id or "").startswith("per:") \
                and (m.code or "").startswith(_NON_STATE):
            continue
        if m.origin:
            continue  # "Karim, ein Afghane": where a person comes from, not where the story happens
        if names_treaty(m, words, treaty_ends):
            continue
        c = _country(m)
        # news media ("laut Reuters", "die BBC berichtete") tell where the news comes from, not
        # where it happens
        if c and m.kind not in ("sector", "group") and not _no_setting(m):
            # (a body named by its seat, "Staatsanwaltschaft Innsbruck", names that city as a place)
            weight = PLACE_WEIGHT if m.kind in ("city", "place") and m.country_from != "town" \
                and not (CAPITAL_GOVERNMENT_VOTE and _capital_government(m)) \
                and not party \
                or m.country_from == "seat" else 1
            lead = m.start < lead_end and not is_dateline(m, words)
            votes[c] += weight * (_LEAD_WEIGHT if lead else 1)
            named = named or m.kind != "adj"
    if ADJ_ONLY_NO_SETTING and not named:
        return []
    return [c for c, _ in votes.most_common()]


def _not_seats(mentions: list[Mention], known: frozenset[str] = frozenset()) -> list[Mention]:
    """The mentions without the seats of international organisations ("der Internationale
    Gerichtshof in Den Haag", "die Vereinten Nationen in New York"): where a court sits is not
    where its case happened. ``known``: actor ids of cities already taken as seats
    (:func:`igo_seat_ids`)."""
    out = []
    seats = set(known)
    for k, m in enumerate(mentions):
        prev = mentions[k - 1] if k else None
        if IGO_SEATS and prev is not None and m.kind in ("city", "place", "entity") and 0 <= m.start - prev.end <= 2 \
                and (prev.code or "").startswith("IGO") and m.actor_id and m.actor_id.startswith(("plc:", "cty:")):
            seats.add(m.actor_id)
            continue
        out.append(m)
    if SEAT_EVERYWHERE and seats:
        # once a city is named as a court's seat, the article's other mentions of it are that seat
        # too ("das Urteil, dessen Verkündung in Den Haag begann")
        out = [m for m in out if not (m.actor_id in seats and m.kind == "city")]
    return out


IGO_SEATS = True
# "Es gebe wenig Grund, sich wegen eines Briefes aus Brüssel ungerecht behandelt zu fühlen", "Brüssel
# – Die EU-Fischereiminister haben sich geeinigt": in an article that names an international
# organisation, the city that seats such organisations (function_words igo_seat: Brüssel, Genf,
# Straßburg) is where the organisation speaks or meets, not where the story happens: it casts
# no vote for the article's setting (it made an EU article Belgian: "BELGOV", "BELCOP"). (It still
# places the persons and agents of the clause that names it: "bat in Brüssel die EU-Kommission um
# Hilfe" is where the person was; meetings there: extract.IGO_SEAT_MEETINGS)
IGO_SEAT_CITIES = True


def igo_seat_ids(mentions: list[Mention], words: list[str], seat_forms) -> frozenset[str]:
    """Actor ids of the cities in ``mentions`` whose form is one of ``seat_forms`` (the igo_seat
    cities of function_words.tsv), when the article also names an international organisation
    (a code beginning "IGO"); else none."""
    if not IGO_SEAT_CITIES or not any((m.code or "").startswith("IGO") for m in mentions):
        return frozenset()
    return frozenset(m.actor_id for m in mentions if m.kind == "city" and m.actor_id
                     and " ".join(words[m.start:m.end]) in seat_forms)


SEAT_EVERYWHERE = True  # a city named as an IGO's seat is that seat wherever the article names it
SEAT_NOT_PLACE = True  # an IGO's seat is not the place of the sentence that names it
COUNTRY_PLACE = True  # "In Frankreich kam es …": a country in the sentence's opening phrase is its place, as a city is

# nouns for a place after a country adjective: "in der irakischen Stadt Haditha"
PLACE_NOUNS = frozenset("""stadt hauptstadt region provinz hafenstadt grenzstadt metropole großstadt
    küstenstadt ortschaft dorf millionenstadt grenzregion kleinstadt insel stadtteil vorort innenstadt
    stadtbezirk bezirk altstadt""".split())


# "im Norden von Somalia", "60 Kilometer nördlich von Erigabo", "südlich der Hauptstadt Kabul",
# "in der Nähe von Kandahar": a direction from a place names where a sentence happens
DIRECTIONS = True
DIRECTION_WORDS = frozenset("""norden süden osten westen nordosten nordwesten südosten südwesten
    nördlich südlich östlich westlich nordöstlich nordwestlich südöstlich südwestlich
    nähe umgebung umland rand stadtrand außerhalb unweit küste""".split())
_DIRECTION_LINKS = frozenset("von vom der des dem".split())


def _after_direction(words: list[str], start: int) -> bool:
    """True when the place at token ``start`` follows a direction word and at most two linking
    words or place nouns ("nördlich von", "im Süden der Provinz", "nördlich der Hauptstadt")."""
    for k in range(start - 1, max(-1, start - 4), -1):
        w = words[k].lower()
        if w in DIRECTION_WORDS:
            return k < start - 1  # the direction needs its "von"/"der": "Norden Somalia" is no phrase
        if w not in _DIRECTION_LINKS and w not in PLACE_NOUNS:
            return False
    return False


# "in der Hauptstadt Tunis", "in der südosttürkischen Provinz Sirnak", "nahe dem tunesischen Urlaubsort
# Sousse": a place noun (with its adjective) between the preposition and the name still places the
# sentence there (the name's preposition was read only right before it, and the attack in Tunis took the
# setting's country, Libya's, in a Libyan story). False: only "in Tunis", "in der irakischen Stadt X"
NOUN_BEFORE_PLACE = True
_NAMED_PLACE_NOUNS = PLACE_NOUNS | frozenset("""ort urlaubsort badeort ferienort grenzort küstenort kurort
    hafenort""".split())
_NAMED_PLACE_PREPS = frozenset("in im bei beim nahe".split())
_NAMED_PLACE_DETS = frozenset("der dem".split())


def _after_place_noun(words: list[str], start: int) -> bool:
    """True when the place at token ``start`` follows a place noun that a preposition of place
    opens, with at most an article and one adjective between them ("in der Hauptstadt",
    "nahe dem tunesischen Urlaubsort", "im Badeort")."""
    k = start - 1
    if k < 1 or words[k] not in _NAMED_PLACE_NOUNS:
        return False
    k -= 1
    if words[k] not in _NAMED_PLACE_DETS and words[k] not in _NAMED_PLACE_PREPS and words[k][:1].isalpha() \
            and words[k].endswith(("e", "en")):
        k -= 1  # the adjective ("südosttürkischen", "benachbarten")
    if k >= 1 and words[k] in _NAMED_PLACE_DETS and words[k - 1] in _NAMED_PLACE_PREPS - {"im", "beim"}:
        return True
    return k >= 0 and words[k] in ("im", "beim")


# "Paris – In Mali haben Rebellen vier Franzosen entführt": a dateline before the sentence's first
# words hides the phrase that opens it, and the rebels took the article's setting (FRAREB, a French
# story by its victims) instead of the country the sentence is set in. The sentence opens after the
# dateline ("Ort –", "Ort/Ort –"). False: the dateline's city is the sentence's first word
DATELINE_OPENING = True


def after_dateline(mentions: list[Mention], words: list[str], start: int) -> int:
    """The token where the sentence at ``start`` opens: after the dateline and its dash when a
    dateline opens it ("Paris – In Mali …", :func:`is_dateline`), else ``start``."""
    if not DATELINE_OPENING:
        return start
    for m in mentions:
        if m.start == start and is_dateline(m, words):
            end = m.end
            while end + 1 < len(words) and words[end] == "/":
                end += 2  # "/ Bamako": a slash-joined run of one-word cities
            if end + 1 < len(words) and words[end] in DATELINE_DASHES:
                return end + 1
    return start


def sentence_place(mentions: list[Mention], words: list[str], start: int | None = None,
                   seats: frozenset[str] = frozenset()) -> str | None:
    """The country of the first place named with "in"/"im"/"bei" in a sentence's mentions, or of
    a country adjective before a place noun ("in der irakischen Stadt Haditha"); not the seat of an
    international organisation ("vom Internationalen Gerichtshof in Den Haag"); a country only in
    the phrase that opens the sentence at token ``start`` ("In Frankreich kam es …"); not a city
    of ``seats`` (:func:`igo_seat_ids`); a dateline before that phrase is skipped (:data:`DATELINE_OPENING`)."""
    if start is not None:
        start = after_dateline(mentions, words, start)
    for m in (_not_seats(mentions, seats) if SEAT_NOT_PLACE else mentions):
        if m.kind == "adj" and _country(m) and m.end < len(words) and words[m.end] in PLACE_NOUNS and (
                m.start > 0 and words[m.start - 1] == "im"
                or m.start > 1 and words[m.start - 1] in ("der", "dem") and words[m.start - 2] in ("in", "bei")):
            return _country(m)
        # a country named as a place is an "entity" of the knowledge base ("cty:FRA"); only the
        # scene-setting phrase that opens the sentence ("In Frankreich kam es zu Ausschreitungen",
        # "In ganz China wurden …") places all of it: "Ziele im Gazastreifen", "die Invasion in
        # Kuwait", "teilte in Luxemburg mit" name where one part happens, not whose the doers are
        is_country = COUNTRY_PLACE and start is not None and m.kind == "entity" \
            and (m.actor_id or "").startswith("cty:") and words[start] in ("in", "im") and m.start - start <= 3
        if m.start > 0 and words[m.start - 1] in ("in", "im", "bei", "nahe") or (
                m.start > 1 and words[m.start - 2] in ("in", "im") and (m.kind == "city" or is_country)):
            if (m.kind in ("city", "place", "country") or is_country) and _country(m):
                return _country(m)
        if DIRECTIONS and (m.kind in ("city", "place") or (m.actor_id or "").startswith("cty:")) and _country(m) \
                and _after_direction(words, m.start):
            return _country(m)
        if NOUN_BEFORE_PLACE and m.kind in ("city", "place") and _country(m) and _after_place_noun(words, m.start):
            return _country(m)
    return None


# "In Österreich wird über längere Arbeitszeiten gestritten. Die Gewerkschaften lehnen das ab": a
# sentence that opens with a place ("In X …", "Im Norden von X …") sets the scene, and the sentences
# after it that name no place and no other country go on there; their unnamed agents were of the
# article's setting (its most-named country: "DEULAB" in an Austrian paragraph of a German story).
# The scene ends at a sentence with a place or another country of its own, or at a paragraph break.
# False: they take the setting
SCENE_CARRIES = True
_SCENE_OPENING = 4  # tokens after the sentence's start within which its place opens it ("In der türkischen Stadt Kilis")


def opening_place(mentions: list[Mention], words: list[str], start: int) -> str | None:
    """The country of the place named in the phrase that opens the sentence at token ``start``
    ("In Mazedonien wird …", "In der türkischen Grenzstadt Kilis …"); None for a sentence that
    opens otherwise or with a time ("Im März …" and a place later)."""
    start = after_dateline(mentions, words, start)
    if start >= len(words) or words[start] not in ("in", "im"):
        return None
    return sentence_place([m for m in mentions if m.start - start <= _SCENE_OPENING], words, start)


def scene_goes_on(mentions: list[Mention], scene: str) -> bool:
    """True when a sentence naming ``mentions`` names no country other than the scene's."""
    return all(_country(m) in (None, scene) for m in mentions)


PERSON_SETTING = True  # a person the KB does not know takes the setting, not the clause's place


def situate(m: Mention, place: str | None, setting: str | None, scene: str | None = None) -> Mention:
    """Give a generic agent without a country the sentence's place, else the scene the sentences
    before set (:data:`SCENE_CARRIES`), else the article's setting; a person the knowledge base
    does not know ("per:…", no code) gets the country only. (A scene's country comes from the
    article, not from the sentence: ``country_from`` "article", a guess later rules may replace.)"""
    country, source = (place, "place") if place else (scene or setting, "article")
    if PERSON_SETTING and setting and (m.actor_id or "").startswith("per:"):
        # "Küng besuchte den Papst in Rom": the clause's place says where a person is, not where
        # they are from; the article's setting is the better guess for one the KB does not know
        country, source = setting, "article"
    if not country or m.country or m.role_from == "default" or m.country_from == "unknown":
        # (a default is situated as defaults.tsv says; an agent "from elsewhere" stays unknown)
        return m
    if m.kind in ("sector", "group") and m.code and len(m.code) == 3:
        return replace(m, code=country + m.code, country=country, country_from=source)
    if m.kind in ("entity", "org", "unresolved") and not m.code and not (m.actor_id or "").startswith("plc:"):
        if m.sector and (m.actor_id or "").startswith("per:"):
            # "Staatssekretär Harald Probe" in a German story: DEUGOV (mentions.LISTED_ROLE_SECTOR)
            return replace(m, code=country + m.sector, country=country, country_from=source)
        return replace(m, country=country, country_from=source)
    return m


def default_participant(sector: str | None, with_country: bool, place: str | None,
                        setting: str | None, scene: str | None = None) -> list[Mention]:
    """The participant ``defaults.tsv`` gives for an empty side: the sector, with the sentence's
    place, the scene (:func:`situate`) or the article's setting as its country when
    ``with_country`` (and one is known).
    (Taking the article's second country when the other side is of the setting's was tried for
    attacks: worse targets on the dev gold.)"""
    if not sector:
        return []
    if sector == "*":  # the country itself: whoever acts there
        country = place or scene or setting
        return [Mention(0, 0, country, country, country, "country", role_from="default",
                        country_from="place" if place else "article")] if country else []
    m = Mention(0, 0, sector, sector, None, "sector")
    return [replace(situate(m, place, setting, scene) if with_country else m, role_from="default")]


def article_igo(mentions: list[Mention], lead_end: int) -> Mention | None:
    """The international organisation an article is about: the one it names most (the first
    sentences counting :data:`_LEAD_WEIGHT` times), when it is named at least as often as the
    article's most-named country; else None."""
    igos: Counter = Counter()
    first: dict[str, Mention] = {}
    countries: Counter = Counter()
    for m in mentions:
        weight = _LEAD_WEIGHT if m.start < lead_end else 1
        code = m.code or ""
        if code.startswith("IGO"):
            igos[code] += weight
            first.setdefault(code, m)
        elif _country(m) and m.kind not in ("sector", "group") and not _no_setting(m):
            countries[_country(m)] += weight
    if not igos:
        return None
    code, n = igos.most_common(1)[0]
    if countries and countries.most_common(1)[0][1] > n:
        return None
    return first[code]


# an army of the article's country attacks across a front: the unnamed victims are of the other side
FOREIGN_VICTIMS = True
_FOREIGN_VICTIM_TYPES = frozenset({"ASSAULT"})
_FOREIGN_VICTIM_SECTORS = frozenset({"MIL"})


def place_countries(mentions: list[Mention], lead_end: int, words: list[str]) -> list[str]:
    """The countries of the places an article names, most-named first: cities and places, and
    countries after "in"/"im" ("im Irak"), the first sentences counting :data:`_LEAD_WEIGHT`
    times. Where things happen, not who acts: the country of the people an attack hits."""
    votes: Counter = Counter()
    for m in _not_seats(mentions):
        c = _country(m)
        if not c or m.kind in ("sector", "group") or (m.code or "").startswith(("IGO", "NGO")) \
                or m.country_from == "town" or is_dateline(m, words):
            # (a word of GeoNames' long list: too weak a vote; a dateline is no place of the story)
            continue
        if m.kind in ("city", "place") or m.start > 0 and words[m.start - 1] in ("in", "im") and (
                m.kind == "country" or (m.actor_id or "").startswith("cty:")) or (
                ADJ_PLACE_VOTES and m.kind == "adj" and m.end < len(words) and words[m.end] in PLACE_NOUNS):
            # ("in der irakischen Stadt Haditha": the adjective names the country of a place the
            # knowledge base does not know)
            votes[c] += _LEAD_WEIGHT if m.start < lead_end else 1
    return [c for c, _ in votes.most_common()]


# the victims of an attack whom the text names without a country are of the article's place
PLACE_VICTIMS = True
ADJ_PLACE_VOTES = True  # "in der irakischen Stadt Haditha" names a place of the adjective's country
_PLACE_VICTIM_TYPES = frozenset({"ASSAULT"})
# "Separatisten griffen eine Kaserne in der Heimat an; die Luftwaffe bombardierte ihre Lager jenseits
# der Grenze, in Nachbarland": the places of the army's raids outvote the rebels' own country, whose
# towns the place vote does not know; an attack by rebels of the article's setting hits the setting's
# people (their victims were the neighbour's soldiers and civilians)
REBELS_HIT_HOME = True


def victims_country(type_: str, source: list[Mention], setting: str | None,
                    countries: list[str] | None, places: list[str] | None = None) -> str | None:
    """The country of the victims of an act whom the text names without a country. An attack
    hits people where it happens: the country of the article's places (``places``,
    :func:`place_countries`: "in Haditha", "im Irak"), even when the article names the
    attackers' country more often. Without a place, the article's setting, unless the attackers
    are the setting's own armed forces, named in the text ("US-Marines erschossen Zivilisten"
    in an article most about the USA): their victims are of the country the article names next.
    ``countries`` is the article's most-named-first list (:func:`article_countries`)."""
    if PLACE_VICTIMS and places and type_ in _PLACE_VICTIM_TYPES:
        if REBELS_HIT_HOME and setting and places[0] != setting and source and all(
                m.role_from != "default" and _country(m) == setting and (m.code or "")[3:] == "REB"
                for m in source):
            # the setting's own insurgents strike at their own state, wherever else the article's
            # places lie (the army's raids across the border)
            return setting
        return places[0]
    if not FOREIGN_VICTIMS or type_ not in _FOREIGN_VICTIM_TYPES or not source or not setting:
        return setting
    if not all(m.role_from != "default" and _country(m) == setting
               and (m.code or "")[3:] in _FOREIGN_VICTIM_SECTORS for m in source):
        return setting
    others = [c for c in countries or [] if c != setting]
    return others[0] if others else setting
