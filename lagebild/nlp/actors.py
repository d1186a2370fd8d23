"""``lb_actors``: link every entity to an actor of the KB at the article date; learn roles.

For each span of ``doc.ents`` it sets ``Span._.actor`` (see :func:`actor_dict`):

- countries, their adjectives and demonyms (``Russlands``, ``russischen``, ``Russen`` -> RUS),
  cities with their country, organisations and institutions (``Weißen Hauses`` -> USAGOV),
  sector compounds (``US-Regierung`` -> USAGOV) and curated persons, whose code is the role they
  held at ``doc._.dct`` (:meth:`lagebild.kb.lookup.ActorKB.person_code`);
- a capital stands for its government (``Moskau wies das zurück`` -> RUSGOV) when "Regierung
  in"/"Führung in" precedes it, or when no preposition precedes it and either a verb of political
  action (``resources/de/actors/metonymy.tsv``) follows within three tokens or it is a genitive
  before a noun (``Moskaus Truppen``); otherwise it is a place;
- an unknown person gets a document-local actor ``per:<slug>`` so that coreference, quotes and
  consolidation can name it; unknown organisations and places get no actor.

Roles learned from appositions (:mod:`lagebild.kb.learn`) go to ``doc._.learned_roles`` and give
the entity's actor its code in this document when the KB had none for the date.
A failure leaves the entities without actors and is logged; the article is never lost.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..kb.learn import learn_roles
from ..kb.loader import load_word_classes, slug
from ..kb.lookup import ActorKB, UsesKB, article_date, norm
from .extensions import actor_dict, has_sentences, register_extensions

log = logging.getLogger(__name__)
VERB_WINDOW = 3
GOVERNMENT_HEADS = {"regierung", "führung", "staatsführung", "machthaber", "administration", "regime"}


@lru_cache(maxsize=1)
def metonymy_words() -> tuple[frozenset[str], frozenset[str]]:
    """(verbs of political action, prepositions) from ``metonymy.tsv``."""
    rows = load_word_classes("metonymy.tsv")
    verbs = frozenset(f.casefold() for kind, _, forms in rows if kind == "verb" for f in forms)
    preps = frozenset(f.casefold() for kind, _, forms in rows if kind == "prep" for f in forms)
    return verbs, preps


@lru_cache(maxsize=1)
def seat_organisations() -> dict[str, str]:
    """norm(capital) -> name of the organisation it stands for (``seat`` rows of ``metonymy.tsv``)."""
    out = {}
    for kind, _, forms in load_word_classes("metonymy.tsv"):
        if kind == "seat":
            for form in forms:
                city, _, org = form.partition("=")
                out[norm(city)] = org.strip()
    return out


def capital_is_government(doc: Doc, start: int, end: int) -> bool:
    """True if the capital at tokens ``start:end`` stands for its government (module docstring)."""
    verbs, preps = metonymy_words()
    if start >= 2 and doc[start - 1].lower_ == "in" and doc[start - 2].lower_ in GOVERNMENT_HEADS:
        return True
    if start >= 1 and doc[start - 1].lower_ in preps:
        return False
    last = doc[end - 1].text
    if last.endswith("s") and end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha:
        return True  # "Moskaus Truppen", "Washingtons Sanktionen": the state acting
    sent_end = doc[start].sent.end if has_sentences(doc) else len(doc)
    for tok in doc[end: min(end + VERB_WINDOW, sent_end)]:
        if tok.is_punct and tok.text not in ("„", "“", '"'):
            # "Washington (Reuters)" or "Washington, Moskau und Paris": no action in sight
            if tok.text != ",":
                return False
            continue
        if tok.lower_ in verbs:
            return True
    return False


def national_branch(kb: ActorKB, ent: Span, date: str | None) -> dict | None:
    """The actor of a country's branch of an aid organisation ("Das Russische Rote Kreuz",
    "des Deutschen Roten Kreuzes"): a country adjective, then a name the KB knows as an NGO, is
    that country's NGO (``RUSNGO``, as the guide codes national aid groups); else None."""
    if len(ent) < 2:
        return None
    country = kb.adjectives.get(ent[0].text.casefold())
    if not country or not ent[0].text[:1].isupper():
        return None
    rest = kb.resolve(ent[1:].text, "ORG", date)
    org = getattr(rest.entry, "org", None) if rest else None
    if org is None or org.kind != "ngo":
        return None
    return actor_dict("org:" + slug(ent.text), ent.text, f"{country}NGO", country)


def link_entity(kb: ActorKB, doc: Doc, ent: Span, date: str | None) -> dict | None:
    """The actor of one entity (see the module docstring), or None."""
    res = kb.resolve(ent.text, ent.label_, date)
    if res is None and NATIONAL_BRANCH:
        branch = national_branch(kb, ent, date)
        if branch is not None:
            return branch
    if res is None:
        if ent.label_ == "PER" and any(c.isalpha() for c in ent.text):
            return actor_dict("per:" + slug(ent.text), ent.text)
        return None
    entry = res.entry
    if TOWN_NOT_IN_NAME and entry.kind == "place" and ent.start >= 2 and doc[ent.start - 1].lower_ in _NAME_PARTICLES \
            and doc[ent.start - 2].tag_ == "NE" and not kb.candidates(ent.text):
        # "Tessen von Heydebreck" (the recogniser took the surname for a place): a town only the
        # long list of towns knows, after a name and "von", is the rest of the person's name
        return None
    if entry.kind == "place" and entry.place is not None and norm(entry.place.name) in kb.capitals \
            and entry.place.capital and capital_is_government(doc, ent.start, ent.end):
        org = seat_organisations().get(norm(entry.place.name)) if SEAT_ORGANISATION else None
        if org and not (ent.start >= 2 and doc[ent.start - 1].lower_ == "in"
                        and doc[ent.start - 2].lower_ in GOVERNMENT_HEADS):
            seat = kb.resolve(org, "ORG", date)
            if seat is not None:
                return seat.actor
        return kb.sector_actor(entry.country, "GOV")
    return res.actor


def _towns_in_context(kb: ActorKB, ents: list[Span], actors: dict[int, dict]) -> None:
    """A place only the long list of towns knows takes, of the towns of that name, one in a
    country the article names otherwise (by a country, city or person the KB knows), not the
    largest anywhere: "Bethlehem" beside "Hebron" and "Westjordanland" is Palestine's, not the
    Brazilian Belém GeoNames also calls so."""
    towns = [e for e in ents if e.label_ == "LOC" and e.start in actors
             and (actors[e.start].get("actor_id") or "").startswith("plc:") and not kb.candidates(e.text)]
    if not towns:
        return
    town_starts = {t.start for t in towns}
    named = {a.get("country") for start, a in actors.items() if a.get("country") and start not in town_starts}
    for ent in towns:
        if actors[ent.start].get("country") in named:
            continue
        for entry in kb.town(ent.text):
            if entry.country in named:
                actors[ent.start] = actor_dict(entry.actor_id, entry.name, entry.code, entry.country)
                break


TOWN_NOT_IN_NAME = True
# "Das Russische Rote Kreuz schickte Hilfsgüter": the recogniser tagged the name a place and the KB
# knew only the international Red Cross, so the subject was lost (a default RUSGOV sent the aid); a
# country adjective before an aid organisation's name is that country's branch (national_branch)
NATIONAL_BRANCH = True
# "Brüssel fordert von Athen Reformen", "Brüssels Vorgaben": the EU acting, not Belgium's government
# (a capital that is an organisation's seat: ``seat`` in metonymy.tsv); "die Regierung in Brüssel"
# stays Belgium's
SEAT_ORGANISATION = True
# a town of the towns list is chosen among the countries the article names (see _towns_in_context)
TOWN_CONTEXT = True
_NAME_PARTICLES = frozenset({"von", "zu", "van", "de"})


# organisations the recogniser often tags as places ("Hamas", "Hisbollah"): the KB's kinds of
# organisation that are never a place (institutions such as "Kreml" and regions stay as tagged)
ORG_KINDS = frozenset({"armed", "igo", "party", "bank", "ngo", "agency"})
KB_LABELS = True
KB_CAPITAL_NOT_PERSON = True  # a lone "Washington" tagged PER is the city (its government as a subject)
# "Am Montag empfing Merkel Obama", "traf Macron Putin": the recogniser tags the two surnames after
# the verb as one person; two words that are the surnames of two different persons of the KB, and
# no name together, are two persons (a first name the KB lists opens one name: "Martin Schulz")
KB_TWO_PERSONS = True
# "#Gauland pic.twitter.com/vRR4ubIRiQ Gauland fühlt sich …" (an embedded tweet, 10kGNAD): the
# recogniser tagged "Gauland pic.twitter.com/… Gauland" as one person the KB did not know, who then
# spoke and was criticised; a web address is never part of a name, so it splits the entity
URL_NOT_IN_NAME = True
# "#Westerwelle https://t.co/… Westerwelle kritisierte …" (an embedded tweet): next to a web address
# the recogniser reads the debris of the embed, not running text (no training text holds one), and
# weights trained on more text tagged both names MISC, so the person took part in no event; a one-word
# MISC right before or after a web address that the KB knows only as a person (a surname or a name
# of its persons, no place, country or organisation) is that person. Off: the label stays
URL_NEIGHBOUR_PERSON = True
# "Gauck empfing Obama im Schloss Bellevue", "Das Schloss Bellevue kritisierte …": the recogniser tagged
# only "Bellevue", a town in the USA, so the German president's seat became the US government; a
# capitalised noun right before an entity that forms with it a name the KB knows as an organisation
# (organisations.tsv: "Schloss Bellevue" -> DEUGOV) is part of that name. Only the seats of power
# (kind institution): "der Nachrichtenagentur AFP" made the agency a party of the act it reported
KB_NAME_WORD_BEFORE = True
# "Wien – Beim Essen kritisierte der Kanzler …", "nach dem Essen": the meal was the city of Essen and
# moved an Austrian story to Germany; a place name that is also a common noun (``noun`` rows of
# metonymy.tsv) after an article, a contracted preposition, a determiner or an adjective is the noun:
# a town's name takes none of them ("in Essen", "aus Essen")
PLACE_NOUN_AFTER_ARTICLE = True
_NOUN_BEFORE_TAGS = frozenset({"ART", "APPRART", "PIAT", "PPOSAT", "PDAT", "ADJA"})


@lru_cache(maxsize=1)
def place_nouns() -> frozenset[str]:
    """Place names that are also common nouns (``noun`` rows of ``metonymy.tsv``), case-folded."""
    return frozenset(f.casefold() for kind, _, forms in load_word_classes("metonymy.tsv") if kind == "noun"
                     for f in forms)


# "Der Afghane Ali griff einen Polizisten an", "der 23-jährige Syrer Ahmed" (10kGNAD): a person the
# KB lacks took the article's country (the Afghan refugee became Serbian in a story set in Serbia);
# the noun of a people right before the name, itself after an article or an adjective, says whose
# national the person is, a civilian of it (AFGCVL). Not a country's name ("nachdem er in Syrien
# Ahmed traf")
DEMONYM_COUNTRY = True


def _demonym_countries(kb: ActorKB, doc: Doc, ents: list[Span], actors: dict[int, dict],
                       date: str | None) -> None:
    """Give a person the KB lacks (an actor with neither code nor country) the country of the
    people's noun right before the name ("der Afghane Ali" -> AFG), see DEMONYM_COUNTRY."""
    for ent in ents:
        actor = actors.get(ent.start)
        if ent.label_ != "PER" or ent.start < 2 or actor is None or actor.get("actor_code") \
                or actor.get("country") or not (actor.get("actor_id") or "").startswith("per:"):
            continue
        word, before = doc[ent.start - 1], doc[ent.start - 2]
        if not word.text[:1].isupper() or not word.is_alpha or before.pos_ not in ("DET", "ADJ"):
            continue
        res = kb.resolve(word.text, "MISC", date)
        if res is None or res.entry.kind != "country" or not res.actor.get("country"):
            continue
        name = norm(res.actor.get("name") or "")
        if norm(word.text) in (name, name + "s") or any(e.start <= word.i < e.end and e.label_ == "LOC" for e in ents):
            continue  # the country itself, not its people
        # a person a people's noun introduces has no office the text names: a civilian (the guide:
        # "a defendant with no office -> country + CVL"), not the state itself
        actors[ent.start] = dict(actor, actor_code=res.actor["country"] + "CVL", country=res.actor["country"])


# "Küng, der in Tübingen lebt, aber aus der Schweiz stammt", "der aus Syrien stammende Kurde Ali",
# "Ali, ein Afghane aus Herat": a person the KB lacks took the article's setting (the Swiss theologian
# became Italian in a story set in Rome); the article says where the person comes from: a relative
# clause or the name itself with "stammt/kommt aus <country>", "aus <country> stammende" before the
# name, or an apposition "ein/eine (gebürtige) <people's noun>" after it. Every mention of that person
# (the full name and the bare surname) takes the country; the code stays open (the sector is the
# role's or the default's). Off: the setting's country
ORIGIN_COUNTRY = True
_ORIGIN_VERBS = frozenset({"stammt", "stammte", "stammen", "stammten", "kommt", "kam", "kommen", "kamen"})
_ORIGIN_ADJ = re.compile(r"^stammende[nmrs]?$")
_ORIGIN_WINDOW = 12  # tokens of a relative clause searched for "aus <country> stammt"


def _country_word(kb: ActorKB, doc: Doc, i: int, date: str | None) -> str | None:
    """The ISO code if token ``i`` (after "aus" and an optional article) names a country."""
    if i < len(doc) and doc[i].lower_ in ("der", "dem", "den"):
        i += 1
    if i >= len(doc) or not doc[i].text[:1].isupper():
        return None
    res = kb.resolve(doc[i].text, "LOC", date)
    if res is None or res.entry.kind != "country":
        return None
    return res.actor.get("country")


def _people_word(kb: ActorKB, doc: Doc, i: int, date: str | None) -> str | None:
    """The ISO code if token ``i`` is a people's noun ("Afghane", "Schweizer"), not the country."""
    word = doc[i]
    if not (word.text[:1].isupper() and word.is_alpha and word.pos_ in ("NOUN", "PROPN")):
        return None
    res = kb.resolve(word.text, "MISC", date)
    if res is None or res.entry.kind != "country" or not res.actor.get("country"):
        return None
    name = norm(res.actor.get("name") or "")
    return None if norm(word.text) in (name, name + "s") else res.actor["country"]


def _office_or_nationality(kb: ActorKB, doc: Doc, start: int, end: int) -> bool:
    """True if tokens ``start:end`` hold a role noun or a country adjective ("die aus Somalia
    stammende niederländische Politikerin"): the office or the nationality, not the origin, codes."""
    return any(kb.role_noun(doc[i].text) or (doc[i].text[:1].islower() and kb.adjectives.get(doc[i].lower_))
               for i in range(start, end))


def _origin_of(kb: ActorKB, doc: Doc, ent: Span, date: str | None) -> str | None:
    """The country the sentence of ``ent`` says the person comes from (see ORIGIN_COUNTRY)."""
    sent_start, sent_end = (ent.sent.start, ent.sent.end) if has_sentences(doc) else (0, len(doc))
    if _office_or_nationality(kb, doc, max(sent_start, ent.start - 4), ent.start):
        return None  # "der niederländische Politiker X, der aus Somalia stammt"
    # "Küng stammt aus der Schweiz"
    if ent.end + 2 < sent_end and doc[ent.end].lower_ in _ORIGIN_VERBS and doc[ent.end + 1].lower_ == "aus":
        return _country_word(kb, doc, ent.end + 2, date)
    # "Ronald Venetiaan (Suriname)": a country in brackets right after the name (lists of guests)
    if ent.end + 2 < sent_end and doc[ent.end].text == "(" and doc[ent.end + 2].text == ")":
        iso = _country_word(kb, doc, ent.end + 1, date)
        if iso:
            return iso
    # "der Student Ahmed aus Syrien": "aus <country>" right after the name
    if ent.end + 1 < sent_end and doc[ent.end].lower_ == "aus":
        iso = _country_word(kb, doc, ent.end + 1, date)
        if iso:
            return iso
    if ent.end + 1 < sent_end and doc[ent.end].text == ",":
        # "Küng, der … aus der Schweiz stammt": the relative clause up to its verb
        if doc[ent.end + 1].lower_ in ("der", "die") and doc[ent.end + 1].tag_ == "PRELS":
            for i in range(ent.end + 2, min(sent_end, ent.end + 2 + _ORIGIN_WINDOW)):
                if doc[i].lower_ == "aus":
                    j = i + 2 if i + 1 < sent_end and doc[i + 1].lower_ in ("der", "dem", "den") else i + 1
                    if j + 1 < sent_end and doc[j + 1].lower_ in _ORIGIN_VERBS:
                        return _country_word(kb, doc, i + 1, date)
                if doc[i].lower_ in _ORIGIN_VERBS and doc[i].pos_ in ("VERB", "AUX"):
                    break
        # "Ali, ein (gebürtiger) Afghane": an apposition with a people's noun
        if doc[ent.end + 1].lower_ in ("ein", "eine"):
            i = ent.end + 2
            while i < sent_end and doc[i].pos_ == "ADJ":
                i += 1
            if i < sent_end:
                iso = _people_word(kb, doc, i, date)
                if iso and (i + 1 >= sent_end or doc[i + 1].text in (",", ".", "aus", "und")):
                    return iso
    # "der aus Syrien stammende Kurde Ali": "aus <country> stammende" in the noun phrase before the name
    for k in range(ent.start - 1, max(sent_start, ent.start - 6) - 1, -1):
        if _ORIGIN_ADJ.match(doc[k].lower_):
            if _office_or_nationality(kb, doc, k + 1, ent.start):
                return None
            for i in range(max(sent_start, k - 3), k):
                if doc[i].lower_ == "aus":
                    return _country_word(kb, doc, i + 1, date)
            return None
        if not (doc[k].pos_ in ("ADJ", "NOUN", "PROPN") or doc[k].text == "-"):
            return None
    return None


def _origin_countries(kb: ActorKB, doc: Doc, ents: list[Span], actors: dict[int, dict],
                      date: str | None) -> None:
    """Give every mention of a person the KB lacks the country the article says the person comes
    from (see ORIGIN_COUNTRY): the full name and the bare surname alike."""
    def unknown(ent: Span) -> bool:
        actor = actors.get(ent.start)
        return ent.label_ == "PER" and actor is not None and not actor.get("actor_code") \
            and not actor.get("country") and (actor.get("actor_id") or "").startswith("per:")

    origin: dict[str, str] = {}
    for ent in ents:
        if unknown(ent):
            iso = _origin_of(kb, doc, ent, date)
            if iso:
                origin.setdefault(ent.text.split()[-1], iso)
    if not origin:
        return
    for ent in ents:
        if unknown(ent) and ent.text.split()[-1] in origin:
            # (marked: where a person comes from says nothing of where the story happens, so it
            # casts no vote for the article's setting, agents.article_countries)
            actors[ent.start] = dict(actors[ent.start], country=origin[ent.text.split()[-1]], origin=True)


def _person_ids(kb: ActorKB, word: str) -> set:
    """The KB persons ``word`` names as a surname or whole name."""
    return {e.actor_id for e in kb.candidates(word) if e.kind in ("surname", "person") and e.actor_id}


@lru_cache(maxsize=1)
def _first_names() -> frozenset:
    """Lower-cased first names (coreference's list): "Victoria" stays a person."""
    from .coref import coref_words
    return frozenset(coref_words().first_names)


def kb_labels(kb: ActorKB, doc: Doc, date: str | None) -> None:
    """Correct the recogniser's label where the curated KB is sure: a place that the KB knows
    only as an organisation ("Hamas" LOC -> ORG), and an adjective tagged alone before the noun
    that completes an organisation's name ("Europäische"[MISC] "Zentralbank" -> ORG over both).
    A lone capital or country tagged as a person that acts as a government ("Washington verhängte
    Sanktionen" PER) becomes a place (and so its government), unless it is also a first name."""
    ents = list(doc.ents)
    changed = False
    if PLACE_NOUN_AFTER_ARTICLE:
        # "beim Essen": the meal, not the city (a name with an article before it is a noun)
        kept = [e for e in ents if not (e.label_ == "LOC" and e.end - e.start == 1 and e.start > 0
                                        and e.text.casefold() in place_nouns()
                                        and doc[e.start - 1].tag_ in _NOUN_BEFORE_TAGS)]
        if len(kept) != len(ents):
            ents, changed = kept, True
    taken = {i for e in ents for i in range(e.start, e.end)}
    if KB_NAME_WORD_BEFORE:
        for k, ent in enumerate(ents):
            if ent.start == 0 or ent.start - 1 in taken:
                continue
            word = doc[ent.start - 1]
            if not (word.is_alpha and word.text[:1].isupper() and word.tag_ in ("NN", "NE")):
                continue  # (a noun: "Die Grünen" after "Bündnis 90/" is already the party's name)
            name = f"{word.text} {ent.text}"
            if any(e.kind == "organisation" and e.org is not None and e.org.kind == "institution"
                   for e in kb.candidates(name)):
                ents[k] = Span(doc, ent.start - 1, ent.end, label="ORG")  # "Schloss" + "Bellevue"
                taken.add(ent.start - 1)
                changed = True
    for k, ent in enumerate(ents):
        if ent.label_ == "LOC":
            res = kb.resolve(ent.text, "LOC", date)
            org = getattr(res.entry, "org", None) if res else None
            if res and res.entry.kind == "organisation" and org is not None and org.kind in ORG_KINDS:
                ents[k] = Span(doc, ent.start, ent.end, label="ORG")
                changed = True
        elif KB_CAPITAL_NOT_PERSON and ent.label_ == "PER" and ent.end - ent.start == 1 \
                and ent.text.casefold() not in _first_names():
            res = kb.resolve(ent.text, "LOC", date)
            place = getattr(res.entry, "place", None) if res else None
            if res and (res.entry.kind == "country" or place is not None and place.capital) \
                    and capital_is_government(doc, ent.start, ent.end):
                ents[k] = Span(doc, ent.start, ent.end, label="LOC")
                changed = True
        elif KB_TWO_PERSONS and ent.label_ == "PER" and ent.end - ent.start == 2 \
                and ent.text.split()[0].casefold() not in _first_names() \
                and not any(e.kind in ("person", "surname") for e in kb.candidates(ent.text)):
            first, second = _person_ids(kb, doc[ent.start].text), _person_ids(kb, doc[ent.start + 1].text)
            if first and second and not first & second:
                ents[k] = Span(doc, ent.start, ent.start + 1, label="PER")
                ents.insert(k + 1, Span(doc, ent.start + 1, ent.end, label="PER"))
                changed = True
        elif ent.label_ == "MISC" and ent.end - ent.start == 1 and ent.end < len(doc) \
                and ent.end not in taken and doc[ent.end].text[:1].isupper() and doc[ent.end].is_alpha:
            name = f"{ent.text} {doc[ent.end].text}"
            if any(e.kind == "organisation" and e.org is not None and e.org.kind in ORG_KINDS
                   for e in kb.candidates(name)):  # not "russischen Truppen" (the army: an adjective + sector)
                ents[k] = Span(doc, ent.start, ent.end + 1, label="ORG")
                taken.add(ent.end)
                changed = True
    if URL_NOT_IN_NAME:
        split = _without_urls(doc, ents)
        if split is not None:
            ents, changed = split, True
    if URL_NEIGHBOUR_PERSON:
        for k, ent in enumerate(ents):
            if ent.label_ == "MISC" and ent.end - ent.start == 1 and _next_to_url(doc, ent) \
                    and _kb_person_only(kb, ent.text):
                ents[k] = Span(doc, ent.start, ent.end, label="PER")
                changed = True
    if changed:
        doc.ents = ents


def _is_url(tok) -> bool:
    """True for a web address token ("pic.twitter.com/vRR4ubIRiQ", "https://…", "www.…")."""
    return tok.like_url or tok.lower_.startswith(("http:", "https:", "www.", "pic.twitter."))


def _next_to_url(doc: Doc, ent: Span) -> bool:
    """True if a web address stands right before or after ``ent`` (see URL_NEIGHBOUR_PERSON)."""
    return (ent.start > 0 and _is_url(doc[ent.start - 1])) or (ent.end < len(doc) and _is_url(doc[ent.end]))


def _kb_person_only(kb: ActorKB, word: str) -> bool:
    """True if every entry the KB has for ``word`` is a person or a person's surname (and it has one)."""
    cands = list(kb.candidates(word))
    return bool(cands) and all(e.kind in ("surname", "person") and e.actor_id for e in cands)


def _without_urls(doc: Doc, ents: list[Span]) -> list[Span] | None:
    """The entities with every web address cut out: an entity holding one is split into the runs
    of words around it, each keeping the label ("Gauland pic.twitter.com/… Gauland" -> two
    persons); None when no entity holds one."""
    if not any(_is_url(t) for e in ents for t in e):
        return None
    out: list[Span] = []
    for ent in ents:
        if not any(_is_url(t) for t in ent):
            out.append(ent)
            continue
        start = None
        for i in range(ent.start, ent.end + 1):
            if i < ent.end and not _is_url(doc[i]):
                start = i if start is None else start
                continue
            if start is not None and any(doc[j].is_alpha for j in range(start, i)):
                out.append(Span(doc, start, i, label=ent.label_))
            start = None
    return out


def apply_learned(actor: dict | None, role: dict) -> dict | None:
    """The entity's actor with a learned role applied: the learned code fills a missing one or a
    bare country code; the country fills a missing country."""
    if actor is None:
        return None
    code = actor.get("actor_code")
    if role.get("actor_code") and (not code or len(code) == 3):
        actor = dict(actor, actor_code=role["actor_code"])
    if role.get("country") and not actor.get("country"):
        actor = dict(actor, country=role["country"])
    return actor


class ActorLinker(UsesKB):
    """The ``lb_actors`` component: ``Doc -> Doc``."""

    def __call__(self, doc: Doc) -> Doc:
        """Set ``Span._.actor`` on every entity and ``doc._.learned_roles``."""
        doc._.learned_roles = []
        try:
            self._link(doc)
        except Exception as exc:  # contained: the article keeps its entities, without actors
            log.warning("lb_actors failed: %s", exc, exc_info=True)
            for ent in doc.ents:
                ent._.actor = None
            doc._.learned_roles = []
        return doc

    def _link(self, doc: Doc) -> None:
        date = article_date(doc._.dct)
        if KB_LABELS:
            kb_labels(self.kb, doc, date)
        ents = list(doc.ents)
        actors: dict[int, dict] = {}
        for ent in ents:
            actor = link_entity(self.kb, doc, ent, date)
            if actor:
                actors[ent.start] = actor
        if TOWN_CONTEXT:
            _towns_in_context(self.kb, ents, actors)
        if DEMONYM_COUNTRY:
            _demonym_countries(self.kb, doc, ents, actors, date)
        if ORIGIN_COUNTRY:
            _origin_countries(self.kb, doc, ents, actors, date)
        learned = learn_roles(doc, date, self.kb, actors)
        for role in learned:
            for ent in ents:
                if ent.start_char == role["entity_start"] and ent.end_char == role["entity_end"]:
                    actors[ent.start] = apply_learned(actors.get(ent.start), role)
        # Span objects are views: the extension value lives on the doc keyed by offsets
        for ent in ents:
            ent._.actor = actors.get(ent.start)
        doc._.learned_roles = learned


@Language.factory("lb_actors", assigns=["span._.actor", "doc._.learned_roles"])
def make_component(nlp: Language, name: str):
    """Create the actor linker (the KB loads on the first document)."""
    register_extensions()
    return ActorLinker()
