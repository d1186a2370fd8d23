"""``lb_coref``: within-article coreference of persons, countries and governments.

Writes ``doc.spans["mentions"]`` (each span with ``Span._.actor``) for:

- **name variants** of persons: a PER entity that is the surname (or the genitive of it) of an
  earlier PER entity gets that entity's actor (``Nicolas Maduro`` … ``Maduros``);
- **role descriptions** ``der sozialistische Präsident``, ``der Machthaber`` (article, adjectives,
  role noun from ``role_nouns.tsv``, no name after it): the most recent compatible person;
- **country descriptions** ``das südamerikanische Land``, ``dem ölreichen Land`` (nouns from
  ``coref.tsv``): the most recent country that fits a regional adjective (``regions.tsv``) or
  that the article described with the same adjective before (``das ölreiche Venezuela``);
- **sector phrases** ``die Regierung in Caracas``, ``die russische Armee``, ``US-Regierung``;
- **KB names the entity recogniser missed** (:meth:`Coref._gazetteer`): institutions (``der
  Kreml``), countries, full names of curated persons, international organisations, acronyms;
- **appositions** learned by ``lb_actors`` (``die Sprecherin des Weißen Hauses, Jen Psaki``):
  the whole phrase carries the person's actor, so a speaker or participant span covering it
  resolves to the person;
- **pronouns** ``er``/``ihm``/``ihn``/``sie``: the most recent person of matching gender
  (possessives are left out: they point at things as often as at persons);
- **unnamed spokespersons** ``eine Armeesprecherin``, ``ein Kremlsprecher``, ``ein israelischer
  Militärsprecher`` (:meth:`Coref._spokesperson`): the organisation they speak for, so that a
  quotation's speaker resolves; a later ``sie``/``er`` of the same gender means them.

Otherwise only definite descriptions are anaphors: ``ein Minister`` and ``die Präsidentin der
Entwicklungsorganisation`` (specified by a genitive) introduce someone new and stay unresolved.

A role description fits a person whose curated or learned titles include a word of the same
role group (``der Präsident``/``der Machthaber`` fit a "Präsident"; ``der Bürgermeister`` does not
fit a prime minister); persons without known titles fit any role.

Salience heuristic: the most recent compatible person mention in the same or the
:data:`MAX_SENTENCES` preceding sentences; a pronoun outside a quotation skips persons named
inside quotations. Gender comes from the KB (curated persons) or from the role noun that
described the person (``Sprecherin`` -> f) or from the first name (``first_names.tsv``). ``sie``/``ihr`` resolve only to a person known to be
female (they are usually plural). Works from token text alone: no POS tags needed.
A failure leaves ``doc.spans["mentions"]`` empty and is logged.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..kb.loader import (
    has_role_prefix,
    is_role_modifier,
    load_first_names,
    load_word_classes,
)
from ..kb.lookup import UsesKB, article_date, norm
from .extensions import register_extensions

log = logging.getLogger(__name__)
MAX_SENTENCES = 3
# A lone surname the KB resolved to a curated person ("Santos": Juan Manuel Santos) means the
# person the article names in full with that surname, before or after it ("Dos Santos kündigt
# Rückzug an. … Angolas Präsident José Eduardo dos Santos …"): headlines name people by surname
# before the lead names them in full (sixteenth session).
DOCUMENT_NAMES = True
# "Seinen ersten Besuch machte Joachim Gauck – wie schon Horst Köhler – in Polen. Er traf sich dort
# mit …": a person named in a comparison ("wie schon X", "wie vor ihm X"; coref.tsv
# comparison_opener) did not do what the sentence tells; a later "er" means another person of the
# last sentences (Köhler was the doer of Gauck's meeting), the compared one only when no other fits
COMPARED_PERSONS = True
# "Jimmy Morales landete in Guatemala auf dem ersten Platz … Morales versprach Transparenz": a surname
# the KB gave an office holder (Evo Morales, BOLGOV in 2015) is the person the article names in full
# with another first name, even one the KB lacks (no country to compare), when the office holder's
# country is named nowhere else in the article (Bolivia was the setting of a Guatemalan election)
UNNAMED_COUNTRY_NAMESAKE = True
# "Nach der Genehmigung von Granatenlieferungen an die Saudis und an die Emirate prangert Pilz
# Ausfuhrbewilligungen der Republik an" (10kGNAD): a country noun that names a form of state
# ("die Republik", "das Königreich", "das Emirat"; coref.tsv state_form_noun) points back only to a
# recent country of that form (coref.tsv state_form), not to the latest country (the Emirates were
# "der Republik", Austria "das Königreich", and their votes made an Austrian arms-export story Emirati)
STATE_FORM_NOUNS = True
# "Wien – Ex-Telekom-Vorstand Rudolf Fischer … Fischer muss eine weitere Haftstrafe fürchten" (10kGNAD):
# in an article that names Austria, the bare surname still is the manager named in full before, not
# the KB's Federal President Heinz Fischer (AUTGOV), unless the text named the office holder before
# with a role or in full ("Verteidigungsminister Guttenberg … Stephanie zu Guttenberg … Kritik an
# Guttenberg" stays the minister); the case of H4's mentions.NAMESAKES (18th session) that
# UNNAMED_COUNTRY_NAMESAKE left open
NAMED_COUNTRY_NAMESAKE = True
# "Auch Vertreter von Amnesty International verurteilten den Einsatz. Die Organisation verlangte eine
# Untersuchung", "Die IOM erklärte … Die Organisation warnte": a bare "die Organisation" (coref.tsv
# organisation_noun) points back to the international organisation or NGO (code IGO…/NGO…) named last
# in its own or the :data:`MAX_SENTENCES` sentences before; it was no actor, and the empty subject took
# the setting's government ("IRNGOV" demanded an inquiry into its own police)
ORGANISATION_NOUNS = True
_ORGANISATION_CODES = ("IGO", "NGO")
OPEN_QUOTES = {"„", "«", "»"}
TOGGLE_QUOTES = {'"', "“", "”"}
# only definite noun phrases point back: "ein Sprecher" introduces someone new
DEFINITE = {"der", "die", "das", "des", "dem", "den"}
# lower-case words a KB name may hold ("Bundesministerium für Gesundheit")
_GAZETTEER_JOINERS = ("für", "und", "der", "des")
GENITIVE_AFTER = {"des", "der", "von", "vom"}
# words that end a noun phrase although they look like adjectives ("Das lehnte die Regierung …")
STOP_IN_NP = {"eine", "einen", "einem", "einer", "keine", "keinen", "seine", "seinen", "ihre", "ihren",
              "diese", "diesen", "dieser", "jene", "alle", "beide", "beiden", "sie", "wie", "ohne", "gegen"}
# articles before an unnamed spokesperson ("eine Armeesprecherin", "der Regierungssprecher")
SPOKES_ARTICLES = DEFINITE | {"ein", "eine", "einer", "eines", "einem", "einen"}
SPOKES_ENDINGS = ("sprecher", "sprecherin", "sprechers")
_ADJ = re.compile(r"^[a-zäöüß][a-zäöüß-]*(e|en|er|es|em)$")
_DESCRIPTION_STOP = DEFINITE | STOP_IN_NP


def _adjectives_and_head(doc: Doc, i: int, in_ent, misc, max_adjectives: int,
                         stop) -> tuple[int, list[str]] | None:
    """After the article at ``i``: up to ``max_adjectives`` adjectives (outside entities, or in a
    MISC one) and the index of the head word; None when the phrase runs out or into an entity."""
    j, adjs = i + 1, []
    while j < len(doc) and j - i <= max_adjectives and (j not in in_ent or j in misc) \
            and _ADJ.match(doc[j].text) and doc[j].lower_ not in stop:
        adjs.append(doc[j].text)
        j += 1
    if j >= len(doc) or j in in_ent:
        return None
    return j, adjs


@dataclass(frozen=True)
class CorefWords:
    """Word lists of ``coref.tsv``."""

    pronouns: dict[str, str]        # form -> gender
    country_nouns: frozenset[str]
    person_nouns: dict[str, str]    # form -> gender ('' unknown)
    first_names: dict[str, str]     # first name -> gender
    comparison_openers: frozenset[str] = frozenset()  # "wie schon", "wie vor ihm": see COMPARED_PERSONS
    state_form_nouns: dict[str, str] = field(default_factory=dict)  # noun -> form of state: see STATE_FORM_NOUNS
    state_forms: dict[str, str] = field(default_factory=dict)       # ISO code -> form of state (monarchies only)
    organisation_nouns: frozenset[str] = frozenset()  # "die Organisation": see ORGANISATION_NOUNS


@lru_cache(maxsize=1)
def coref_words() -> CorefWords:
    """Load ``coref.tsv``."""
    pronouns, countries, persons, openers, organisations = {}, set(), {}, set(), set()
    form_nouns, forms_of = {}, {}
    for kind, gender, forms in load_word_classes("coref.tsv"):
        for f in forms:
            if kind == "pronoun":
                pronouns[f.casefold()] = gender
            elif kind == "country_noun":
                countries.add(f.casefold())
            elif kind == "person_noun":
                persons[f.casefold()] = gender
            elif kind == "comparison_opener":
                openers.add(f.casefold())
            elif kind == "organisation_noun":
                organisations.add(f.casefold())
            elif kind == "state_form_noun":
                form_nouns[f.casefold()] = gender
            elif kind == "state_form":
                forms_of[f.upper()] = gender
    first = {}
    for gender, names in load_first_names():
        for n in names:
            first.setdefault(n.casefold(), gender)
    return CorefWords(pronouns, frozenset(countries), persons, first, frozenset(openers), form_nouns, forms_of,
                      frozenset(organisations))


@dataclass
class Mention:
    """An entry of the salience history."""

    start: int
    end: int
    actor: dict
    kind: str           # person | country | other
    gender: str | None
    sent: int
    in_quote: bool
    compared: bool = False  # named only to compare ("wie schon Horst Köhler"): see COMPARED_PERSONS


def adjective_stem(word: str) -> str:
    """``ölreichen`` -> ``ölreich`` (strips one adjective ending)."""
    low = word.casefold()
    for ending in ("en", "em", "er", "es", "e"):
        if low.endswith(ending) and len(low) - len(ending) >= 3:
            return low[: -len(ending)]
    return low


def quote_flags(doc: Doc) -> list[bool]:
    """For each token, True if it lies inside quotation marks."""
    return _quote_flags_of([tok.text for tok in doc])


def _quote_flags_of(texts: list[str]) -> list[bool]:
    """:func:`quote_flags` from the token texts (the mention scan has them already)."""
    flags, inside = [], False
    for t in texts:
        if t in OPEN_QUOTES or (t in TOGGLE_QUOTES and not inside):
            flags.append(False)
            inside = True
        elif t in TOGGLE_QUOTES and inside:
            flags.append(False)
            inside = False
        else:
            flags.append(inside)
    return flags


def sentence_ids(doc: Doc) -> list[int]:
    """Sentence number of each token (0 everywhere without sentence boundaries)."""
    if not doc.has_annotation("SENT_START"):
        return [0] * len(doc)
    return _sentence_ids_of([tok.is_sent_start for tok in doc])


def _sentence_ids_of(starts: list[bool | None]) -> list[int]:
    """:func:`sentence_ids` from each token's ``is_sent_start`` (a Doc with boundaries)."""
    ids, n = [], -1
    for start in starts:
        if start:
            n += 1
        ids.append(max(n, 0))
    return ids


def _compared(doc: Doc, start: int, words: CorefWords) -> bool:
    """True when the person at ``start`` follows "wie" and a word of an earlier time within the
    four words before it ("wie schon seinerzeit Horst Köhler", "wie vor ihm Köhler"); "Wie
    Köhler sagte" names a speaker, not a comparison."""
    lows = [doc[k].lower_ for k in range(max(0, start - 4), start)]
    if "wie" not in lows:
        return False
    after = lows[lows.index("wie") + 1:]
    return bool(after) and after[0] in words.comparison_openers


class MentionHistory(list):
    """The mentions resolved so far, in text order, with an index of persons' last names.

    Looking a last name up in the index instead of scanning the whole history for every word
    keeps long texts linear (a 400 KB text took 95 s with the scan)."""

    def __init__(self) -> None:
        super().__init__()
        # last name and last two names -> every person named so (position, full name, actor)
        self.variants: dict[str, list[tuple[int, str, dict]]] = {}

    def append(self, m: "Mention") -> None:
        """Add a mention; a person named in full updates the last-name indexes."""
        super().append(m)
        if m.kind == "person":
            name = norm(m.actor.get("name") or "")
            parts = name.split()
            if len(parts) > 1:
                for key in {parts[-1], " ".join(parts[-2:])}:
                    self.variants.setdefault(key, []).append((len(self), name, m.actor))

    def with_last_name(self, key: str) -> dict | None:
        """The latest person named in full whose last name is ``key`` or ``key`` without a
        genitive s ("Maduros")."""
        found = [self.variants[k][-1] for k in {key, key[:-1] if key.endswith("s") else key}
                 if " " not in k and k in self.variants]
        return max(found, key=lambda hit: hit[0])[2] if found else None

    def name_variant(self, key: str) -> dict | None:
        """The latest person whose last name (or last two names) is ``key`` or ``key`` without a
        genitive s, named in full otherwise than ``key`` itself ("Vladimir Putin" for "Putins")."""
        best = None
        for k in {key, key[:-1] if key.endswith("s") else key}:
            for pos, name, actor in reversed(self.variants.get(k, ())):
                if name != key:
                    if best is None or pos > best[0]:
                        best = (pos, actor)
                    break
        return best[1] if best else None


def _prefer_document_names(doc: Doc, role_noun=None) -> None:
    """Give a one-word person whose actor is another person of the same surname than the one the
    article names in full (anywhere in it), of another country, that person's actor: the nearest
    such full name wins. A surname the text itself names in full for the KB's person stays.
    ``role_noun`` (word -> truthy for a role noun) tells which surnames the text named with a role
    ("Verteidigungsminister Guttenberg"): see NAMED_COUNTRY_NAMESAKE."""
    full: dict[str, list[tuple[int, dict]]] = {}
    roled = _named_with_role(doc, role_noun) if role_noun is not None else {}
    for ent in doc.ents:
        actor = ent._.actor
        if ent.label_ == "PER" and len(ent) >= 2 and actor and actor.get("actor_id"):
            full.setdefault(norm(ent[-1].text), []).append((ent.start, actor))
    if not full:
        return
    for ent in doc.ents:
        actor = ent._.actor
        if ent.label_ != "PER" or len(ent) != 1 or not actor or not actor.get("actor_id"):
            continue
        key = norm(ent.text)
        hits = full.get(key) or (full.get(key[:-1], []) if key.endswith("s") else [])
        if not hits or any(a.get("actor_id") == actor["actor_id"] for _, a in hits):
            continue
        if norm(actor.get("name") or "").split()[-1:] not in ([key], [key[:-1]]):
            continue  # resolved otherwise than by its surname: leave it
        other = min(hits, key=lambda h: abs(h[0] - ent.start))[1]
        if other.get("country") and actor.get("country") and other["country"] != actor["country"]:
            # (of one country, the named one may be a relative or namesake of the KB's
            # office holder: "Stephanie zu Guttenberg" … "Guttenberg" is still the minister)
            ent._.actor = other
        elif UNNAMED_COUNTRY_NAMESAKE and not other.get("country") and actor.get("country") \
                and actor["country"] not in _countries_besides(doc, actor["actor_id"]):
            ent._.actor = other
        elif NAMED_COUNTRY_NAMESAKE and role_noun is not None:
            # the person last named in full before the surname, of no or the same country, when the
            # text has not named the office holder with a role before it
            before = [a for start, a in hits if start < ent.start]
            if before and (not before[-1].get("country") or before[-1]["country"] == actor.get("country")) \
                    and roled.get(actor["actor_id"], len(doc)) > ent.start:
                ent._.actor = before[-1]


def _named_with_role(doc: Doc, role_noun) -> dict[str, int]:
    """actor_id -> the first position of a one-word person the text names with a role noun right
    before it ("Verteidigungsminister Guttenberg", "Bundespräsident Fischer")."""
    out: dict[str, int] = {}
    for ent in doc.ents:
        actor = ent._.actor
        if ent.label_ == "PER" and len(ent) == 1 and ent.start > 0 and actor and actor.get("actor_id") \
                and role_noun(doc[ent.start - 1].text):
            out.setdefault(actor["actor_id"], ent.start)
    return out


def _countries_besides(doc: Doc, actor_id: str) -> set[str]:
    """The countries of the document's entities other than the person ``actor_id``: whether the
    article names a person's country by anything but that person's own name."""
    out = set()
    for ent in doc.ents:
        actor = ent._.actor
        if actor and actor.get("country") and actor.get("actor_id") != actor_id:
            out.add(actor["country"])
    return out


def _kind(actor: dict) -> str:
    aid = actor.get("actor_id") or ""
    if aid.startswith("per:"):
        return "person"
    if aid.startswith("cty:"):
        return "country"
    return "other"


class Coref(UsesKB):
    """The ``lb_coref`` component: ``Doc -> Doc``."""

    def __call__(self, doc: Doc) -> Doc:
        """Write ``doc.spans["mentions"]``."""
        try:
            mentions = self._resolve(doc)
        except Exception as exc:  # contained: no mentions rather than no article
            log.warning("lb_coref failed: %s", exc, exc_info=True)
            mentions = []
        doc.spans["mentions"] = mentions
        _promote_kb_names(doc, mentions)
        return doc

    # --- the walk ----------------------------------------------------------------------------
    def _gender_of(self, actor: dict, learned: dict[str, str]) -> str | None:
        person = self.kb.persons.get(actor.get("actor_id") or "")
        if person and person.gender:
            return person.gender
        gender = learned.get(actor.get("actor_id") or "")
        if gender:
            return gender
        first = (actor.get("name") or "").split(" ", 1)[0]
        return coref_words().first_names.get(first.casefold())

    def _resolve(self, doc: Doc) -> list[Span]:
        words = coref_words()
        # what the scan reads of every token, in one pass over the Doc (each pass makes a Token
        # object per word), and the entities once (doc.ents makes its Spans anew on every read)
        texts, spaces, lows, starts = [], [], [], []
        for t in doc:
            texts.append(t.text)
            spaces.append(t.whitespace_)
            lows.append(t.lower_)
            starts.append(t.is_sent_start)
        quotes = _quote_flags_of(texts)
        sents = _sentence_ids_of(starts) if doc.has_annotation("SENT_START") else [0] * len(doc)
        learned_gender = {r["actor_id"]: r["gender"] for r in (doc._.learned_roles or []) if r.get("gender")}
        ents = doc.ents
        ent_at = {ent.start: ent for ent in ents}
        misc = frozenset(i for ent in ents if ent.label_ == "MISC" for i in range(ent.start, ent.end))
        view = _DocView(texts, spaces, article_date(doc._.dct), misc)
        in_ent = {i for ent in ents for i in range(ent.start, ent.end)}
        history = MentionHistory()
        described: dict[str, str] = {}   # adjective stem -> ISO3 ("das ölreiche Venezuela")
        out: list[Span] = []

        def remember(start: int, end: int, actor: dict) -> None:
            kind = _kind(actor)
            history.append(Mention(start, end, actor, kind,
                                   self._gender_of(actor, learned_gender) if kind == "person" else None,
                                   sents[start], quotes[start],
                                   COMPARED_PERSONS and kind == "person" and _compared(doc, start, words)))
            if kind == "country" and start > 0 and _ADJ.match(doc[start - 1].text):
                # "das ölreiche Venezuela": "dem ölreichen Land" later means Venezuela
                described[adjective_stem(doc[start - 1].text)] = actor["country"]

        def add(start: int, end: int, actor: dict, label: str) -> None:
            span = Span(doc, start, end, label=label)
            span._.actor = actor
            out.append(span)
            remember(start, end, actor)

        out.extend(self._appositions(doc))
        if DOCUMENT_NAMES:
            _prefer_document_names(doc, self.kb.role_noun)
        i = 0
        while i < len(doc):
            ent = ent_at.get(i)
            if ent is not None:
                actor = ent._.actor
                if ent.label_ == "PER":
                    variant = self._name_variant(ent, history)
                    if variant is not None and (actor is None or actor.get("actor_code") is None):
                        ent._.actor = actor = variant
                        add(ent.start, ent.end, variant, "NAME")
                        i = ent.end
                        continue
                if actor:
                    remember(ent.start, ent.end, actor)
                    self._spokesperson_of(doc, ent.start, actor, history, sents, quotes)
                i = ent.end
                continue
            found = self._description(doc, i, in_ent, ent_at, history, described, sents, quotes, words, view)
            if found:
                start, end, actor, label = found
                add(start, end, actor, label)
                self._spokesperson_of(doc, start, actor, history, sents, quotes)
                i = end
                continue
            # (only after an article: _spokesperson's own first test, without a Token here)
            spokes = self._spokesperson(doc, i, in_ent, misc, history, sents) \
                if lows[i] in SPOKES_ARTICLES else None
            if spokes:
                start, end, actor, gender = spokes
                span = Span(doc, start, end, label="SPOKES")
                span._.actor = actor
                out.append(span)
                # a later "sie"/"er" means the spokesperson: remembered as a person of that gender
                list.append(history, Mention(start, end, actor, "person", gender, sents[start], quotes[start]))
                i = end
                continue
            i += 1
        return out

    def _gazetteer(self, text: str, n: int, date: str | None) -> tuple[dict, str] | None:
        """``(actor, label)`` for KB names the entity recogniser missed, or None.

        Only names that are hardly ever common words: curated countries, full names of curated
        persons, institutions (``Kreml``), international organisations and armed groups, acronyms
        (``EU``), and multi-word organisation names; never media titles (``Bild``, ``Zeit``) or
        bare surnames.
        """
        kb = self.kb
        words = text.split()
        if words[0].casefold() in DEFINITE or not all(w[:1].isupper() or w in _GAZETTEER_JOINERS
                                                      for w in words):
            return None  # "Der russische" is a description, handled below
        for e in kb.candidates(text):
            if e.kind == "organisation" and e.org and e.org.kind != "media" and (
                    n > 1 or e.org.kind in ("institution", "igo", "armed")
                    or (text.isupper() and len(text) >= 2)):
                resolved = kb.resolve(text, "ORG", date)
                # a region ("Nahen Osten") is a place, though the KB files it with organisations
                label = "LOC" if e.org.kind == "region" else "ORG"
                return (resolved.actor, label) if resolved else None
            if e.kind == "country" and kb.countries[e.code].adjectives and text.casefold() not in kb.adjectives:
                return kb.country_actor(e.code), "LOC"
            if e.kind == "person" and n > 1:
                resolved = kb.resolve(text, "PER", date)
                return (resolved.actor, "PER") if resolved else None
        return None

    def _appositions(self, doc: Doc) -> list[Span]:
        """One mention per learned apposition, from its determiner to the name, carrying the
        person's actor: a speaker phrase "Die Sprecherin des Weißen Hauses, Jen Psaki" then
        resolves to Jen Psaki, not to the longer entity inside it (the White House)."""
        out = []
        by_offsets = {(e.start_char, e.end_char): e for e in doc.ents}
        for role in doc._.learned_roles or []:
            ent = by_offsets.get((role["entity_start"], role["entity_end"]))
            span = doc.char_span(role["start_char"], role["end_char"], alignment_mode="expand")
            if ent is None or span is None or not ent._.actor:
                continue
            start = span.start
            if start > 0 and doc[start - 1].lower_ in DEFINITE | {"ein", "eine", "einer", "eines", "einem"}:
                start -= 1
            mention = Span(doc, start, span.end, label="APPOS")
            mention._.actor = ent._.actor
            out.append(mention)
        return out

    def _surname_of_earlier(self, word: str, history: MentionHistory) -> dict | None:
        """The person named in full earlier whose last name ``word`` is (``Maduros`` too).

        The latest such person wins. Looked up in an index of last names that grows with
        ``history`` (scanning the history for every word made long texts quadratic)."""
        return history.with_last_name(norm(word))

    def _name_variant(self, ent: Span, history: MentionHistory) -> dict | None:
        # through the history's index: a scan of every earlier mention per name was quadratic
        return history.name_variant(norm(ent.text))

    def _titles(self, actor: dict, learned: list[dict]) -> list[str]:
        """Every role title known for ``actor``: curated roles and roles learned in this article."""
        aid = actor.get("actor_id") or ""
        person = self.kb.persons.get(aid)
        titles = [r.title for r in person.roles if r.title] if person else []
        return titles + [r["role"] for r in learned if r.get("actor_id") == aid and r.get("role")]

    def _person(self, history: list[Mention], sent: int, in_quote: bool, gender: str | None,
                sector: str | None, country: str | None, strict_gender: bool,
                role=None, learned: list[dict] | None = None) -> dict | None:
        fallback = None
        for m in reversed(history):
            if sent - m.sent > MAX_SENTENCES:
                break
            if m.kind != "person" or (m.in_quote and not in_quote):
                continue
            if gender and (m.gender != gender if strict_gender else m.gender not in (None, gender)):
                continue
            code = m.actor.get("actor_code") or ""
            if sector and code and len(code) > 3 and not code[3:].startswith(sector):
                continue
            if country and m.actor.get("country") not in (None, country):
                continue
            if m.compared:
                fallback = fallback or m.actor
                continue
            if role is not None and role.sector != "ELI":
                # "der Bürgermeister" is not the prime minister named before: a person with known
                # titles must have held one of this role word's group (Präsident ~ Machthaber)
                titles = [t.casefold() for t in self._titles(m.actor, learned or [])]
                if titles and not any(f.casefold() in t for t in titles for f in role.forms):
                    continue
                if not titles:
                    # a person of unknown office fits, but one who holds it fits better: "Israels
                    # Regierungschef Netanjahu traf Biden. … Der Premier" is Netanjahu
                    fallback = fallback or m.actor
                    continue
            return m.actor
        return fallback

    def _description(self, doc, i, in_ent, ent_at, history, described, sents, quotes, words, view):
        """A pronoun or description starting at token ``i``: (start, end, actor, label) or None."""
        kb = self.kb
        text_i = view.texts[i]
        low = text_i.casefold()
        # pronouns
        if low in words.pronouns:
            gender = words.pronouns[low]
            # "sie" before a singular verb ("Sie sagte", "sagte sie") is one woman, not "they":
            # a person of unknown gender fits too
            strict = gender == "f" and not _singular_verb_beside(view.texts, i)
            actor = self._person(history, sents[i], quotes[i], gender, None, None, strict_gender=strict)
            return (i, i + 1, actor, "PRON") if actor else None
        # a bare surname of a person named in full before ("Nicolas Maduro" … "Maduro"), even
        # where the entity recogniser missed it
        if text_i[:1].isupper() and i not in in_ent and text_i.isalpha() and len(text_i) >= 4:
            variant = self._surname_of_earlier(text_i, history)
            if variant is not None:
                return i, i + 1, variant, "NAME"
        # institutions and sector compounds outside the entities: "der Kreml", "US-Regierung"
        if text_i[:1].isupper() and i not in in_ent:
            for n in (3, 2, 1):
                if i + n > len(view.texts) or any(j in in_ent for j in range(i, i + n)):
                    continue
                if n > 1 and _lower_last_word(view, i + n - 1):
                    continue  # (_gazetteer's first test fails: no text built for it)
                text = view.span_text(i, i + n)
                found = self._gazetteer(text, n, view.date)
                if found:
                    return i, i + n, found[0], found[1]
                if n == 1:
                    actor = kb.compound(text)
                    if actor:
                        return i, i + 1, actor, "SECTOR"
        if low not in DEFINITE:
            return None
        # determiner (adjectives) head
        # a nationality adjective may be a MISC entity ("des südamerikanischen Landes")
        found = _adjectives_and_head(doc, i, in_ent, view.misc, 4, _DESCRIPTION_STOP)
        if found is None:
            return None
        j, adjs = found
        head = doc[j].text
        head_low = head.casefold()
        if j + 1 < len(doc) and (doc[j + 1].lower_ in GENITIVE_AFTER
                                 or (doc[j + 1].text[:1].isupper() and kb.country_of(doc[j + 1].text))):
            # "die Präsidentin der Entwicklungsorganisation", "des Präsidenten Guatemalas":
            # specified by what follows, so a new referent rather than an anaphor
            if not kb.sector_of(head):
                return None
        country_adj = next((kb.adjectives[a.casefold()] for a in adjs if a.casefold() in kb.adjectives), None)
        # "die Regierung in Caracas", "die russische Armee"
        sector = kb.sector_of(head)
        if sector:
            if j + 2 < len(doc) and doc[j + 1].lower_ == "in":
                nxt = doc[j + 2]
                iso = kb.capitals.get(norm(nxt.text)) or kb.country_of(nxt.text)
                if iso:
                    return i, j + 3, kb.sector_actor(iso, sector), "SECTOR"
            if country_adj:
                return i, j + 1, kb.sector_actor(country_adj, sector), "SECTOR"
            if j + 1 < len(doc) and (j + 1) not in in_ent and doc[j + 1].text[:1].isupper():
                iso = kb.country_of(doc[j + 1].text)  # "die Regierung Venezuelas"
                if iso and doc[j + 1].text.casefold() not in kb.adjectives:
                    return i, j + 2, kb.sector_actor(iso, sector), "SECTOR"
            return None
        # "der sozialistische Präsident" (not followed by a name: that is an apposition)
        role = kb.role_noun(head)
        if role and head[:1].isupper():
            if j + 1 < len(doc) and (j + 1) in in_ent and ent_at.get(j + 1) is not None \
                    and ent_at[j + 1].label_ == "PER":
                return None
            if j + 2 < len(doc) and doc[j + 1].text == "," and ent_at.get(j + 2) is not None \
                    and ent_at[j + 2].label_ == "PER":
                return None  # "des Bundesinnenministers, Wolfgang Schäuble,": the name follows
            rn, prefix = role
            country = country_adj or kb.prefix_code(prefix, rn.sector)[1]
            sector = None if rn.sector == "ELI" else rn.sector  # "der Chef": any head
            actor = self._person(history, sents[i], quotes[i], rn.gender, sector, country,
                                 strict_gender=False, role=rn, learned=doc._.learned_roles)
            former = has_role_prefix(head) or any(is_role_modifier(a) for a in adjs)
            if actor is None and country and not former:
                # not mentioned before: "der russische Präsident" is whoever held the office then
                actor = kb.office_holder(country, head, rn.sector, view.date)
            return (i, j + 1, actor, "DESC") if actor else None
        if head_low in words.person_nouns and head[:1].isupper():
            actor = self._person(history, sents[i], quotes[i], words.person_nouns[head_low] or None,
                                 None, None, strict_gender=False)
            return (i, j + 1, actor, "DESC") if actor else None
        if ORGANISATION_NOUNS and head_low in words.organisation_nouns and head[:1].isupper() and not country_adj \
                and not (j + 1 < len(doc) and (j + 1 in in_ent or doc[j + 1].tag_ == "NE"
                                               or doc[j + 1].lower_ in GENITIVE_AFTER | {"für", "zur"})):
            # "die Organisation" (not "die Organisation für Migration", "die Organisation Attac")
            actor = self._organisation(history, sents[i])
            return (i, j + 1, actor, "DESC") if actor else None
        # "das südamerikanische Land", "dem ölreichen Land"
        if head_low in words.country_nouns and head[:1].isupper():
            actor = self._country(history, adjs, described, sents[i], words.state_form_nouns.get(head_low))
            return (i, j + 1, actor, "DESC") if actor else None
        return None

    def _spokesperson(self, doc, i, in_ent, misc, history, sents) -> tuple[int, int, dict, str | None] | None:
        """An unnamed spokesperson, ``(start, end, actor, gender)`` or None: the organisation
        they speak for. ``eine Armeesprecherin`` / ``ein israelischer Militärsprecher`` -> the
        army of the country (``ISRMIL``: the adjective, the compound's prefix, else the latest
        actor of that sector or the latest country within :data:`MAX_SENTENCES` sentences);
        ``ein Sprecher`` without a sector prefix -> the organisation or country named in the same
        or the previous sentence. A name or genitive after the noun (``Regierungssprecher Steffen
        Seibert``, ``ein Sprecher der Polizei``) names the referent itself: no mention here."""
        if doc[i].lower_ not in SPOKES_ARTICLES:
            return None
        kb = self.kb
        found = _adjectives_and_head(doc, i, in_ent, misc, 3, STOP_IN_NP)
        if found is None:
            return None
        j, adjs = found
        head = doc[j].text
        low = head.casefold()
        if not (head[:1].isupper() and low.endswith(SPOKES_ENDINGS)):
            return None
        role = kb.role_noun(head)
        nxt = doc[j + 1] if j + 1 < len(doc) else None
        if role is None or nxt is not None and (j + 1 in in_ent or nxt.lower_ in GENITIVE_AFTER
                                                or nxt.text[:1].isupper()):
            return None
        rn, prefix = role
        country = next((kb.adjectives[a.casefold()] for a in adjs if a.casefold() in kb.adjectives), None)
        named, _, prefix = prefix.rpartition("-")  # "US-Regierungssprecher"
        if named:
            country = country or kb.country_of(named)
        sector = (kb.sector_of(prefix) or kb.sector_of(prefix[:-1])) if prefix else None
        sent = sents[i]
        actor = None
        if prefix and not sector and not country:
            code, iso = kb.prefix_code(prefix, rn.sector)  # "Kremlsprecher" -> RUSGOV, "US" -> USAGOV
            if code and iso and code.startswith(iso):
                country, sector = iso, code[len(iso):] or None
        if country:
            actor = kb.sector_actor(country, sector or rn.sector)
        elif sector:
            # the army named before ("die israelische Armee"), else the latest country's
            recent = [m for m in reversed(history) if sent - m.sent <= MAX_SENTENCES]
            actor = next((m.actor for m in recent if (m.actor.get("actor_code") or "")[3:6] == sector), None)
            if actor is None:
                # a country or a place in it ("in Hamburg" … "ein Polizeisprecher": DEUCOP)
                iso = next((m.actor["country"] for m in recent if m.kind != "person" and m.actor.get("country")), None)
                actor = kb.sector_actor(iso, sector) if iso else None
        else:
            # "Die Polizei … Ein Sprecher sagte", "ein Pressesprecher": the organisation just named
            actor = next((m.actor for m in reversed(history) if sent - m.sent <= 1 and m.kind != "person"
                          and not m.in_quote and not (m.actor.get("actor_id") or "").startswith("plc:")), None)
        return (i, j + 1, actor, rn.gender or None) if actor else None

    def _spokesperson_of(self, doc, start, actor, history, sents, quotes) -> None:
        """"Eine Sprecherin der ukrainischen Armee", "ein Sprecher des Ministeriums": the genitive
        at ``start`` names whom the spokesperson before it speaks for. :meth:`_spokesperson` leaves
        such a phrase to the genitive; once that resolved to an organisation, a later "sie"/"er"
        means the spokesperson, so they are remembered as a person of the noun's gender."""
        if start > 0 and doc[start].lower_ not in GENITIVE_AFTER and doc[start - 1].lower_ in GENITIVE_AFTER:
            start -= 1  # an entity without its article: "des | Auswärtigen Amtes"
        if start < 2 or doc[start].lower_ not in GENITIVE_AFTER or _kind(actor) == "person":
            return
        head = doc[start - 1].text
        if not (head[:1].isupper() and head.casefold().endswith(SPOKES_ENDINGS)):
            return
        k = start - 2
        while k > 0 and _ADJ.match(doc[k].text):
            k -= 1  # "ein stellvertretender Sprecher der Polizei"
        role = self.kb.role_noun(head)
        if role is None or doc[k].lower_ not in SPOKES_ARTICLES:
            return
        list.append(history, Mention(k, start, actor, "person", role[0].gender or None, sents[k], quotes[k]))

    @staticmethod
    def _organisation(history, sent: int) -> dict | None:
        """The international organisation or NGO (code IGO…/NGO…) named last in sentence ``sent`` or
        the :data:`MAX_SENTENCES` before it (outside quotations), or None."""
        return next((m.actor for m in reversed(history) if sent - m.sent <= MAX_SENTENCES and not m.in_quote
                     and (m.actor.get("actor_code") or "").startswith(_ORGANISATION_CODES)), None)

    def _country(self, history, adjs, described, sent, form: str | None = None) -> dict | None:
        kb = self.kb
        recent = [m for m in reversed(history) if m.kind == "country" and sent - m.sent <= MAX_SENTENCES * 2]
        if STATE_FORM_NOUNS and form:
            recent = [m for m in recent if _of_state_form(m.actor.get("country"), form)]
            if not recent and form == "republic" and not adjs:
                # "die Republik" with no republic named before: the paper's own (a German or
                # Austrian paper's home is a republic; the setting's fallback, events.agents)
                place = _first_republic_place(history) if REPUBLIC_FROM_PLACE else None
                if place:
                    return kb.country_actor(place)
                from .events.agents import HOME_COUNTRY
                return kb.country_actor(HOME_COUNTRY)
        for adj in adjs:
            iso = described.get(adjective_stem(adj))
            if iso:
                return kb.country_actor(iso)
        for adj in adjs:
            # "der mexikanische Staat" names its country: no antecedent needed (nor another one)
            iso = kb.adjectives.get(adj.casefold())
            if iso:
                return kb.country_actor(iso)
        for m in recent:
            ok = True
            for adj in adjs:
                fits = kb.region_matches(adj, m.actor["country"])
                if fits is False:
                    ok = False
            if ok:
                return m.actor
        return None


# "Wien – Nach der Genehmigung von Granatenlieferungen an die Saudis und an die Emirate prangert Pilz
# Ausfuhrbewilligungen der Republik an" (10kGNAD gnad1 914): "die Republik" with no republic named
# before fell back to the paper's home (HOME_COUNTRY, Germany by default), though the text had
# named where it is: the first place named (here the dateline's Vienna), if a republic's, is the
# republic the writer stands in (it was DEU, and "die beiden Staaten" then took Germany too). False:
# HOME_COUNTRY only
REPUBLIC_FROM_PLACE = True


def _first_republic_place(history) -> str | None:
    """The country of the first place (actor id "plc:…") named in ``history``, when that country
    is a republic (:func:`_of_state_form`); None otherwise."""
    for m in history:
        aid = (m.actor or {}).get("actor_id") or ""
        if aid.startswith("plc:"):
            iso = (m.actor.get("country") or aid.split(":")[1]).upper()
            return iso if _of_state_form(iso, "republic") else None
    return None


def _of_state_form(iso: str | None, form: str) -> bool:
    """True when the country ``iso`` has the form of state ``form`` (kingdom, emirate, republic;
    coref.tsv state_form): a republic is any country listed as no monarchy."""
    kind = coref_words().state_forms.get((iso or "").upper())
    return kind is None if form == "republic" else kind == form


# Mentions that are names the recogniser missed, and the entity label they get: KB look-ups
# (see Coref._gazetteer) and surnames of persons named in full before ("Maduros").
NAME_MENTION_LABELS = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "NAME": "PER"}


# Institutions named by a common noun ("die Bundesregierung", "der Kongress") keep their actor
# as a mention but do not become entities: GermEval-style NER, which the entity output follows,
# does not tag them (all such promotions on GermEval dev were wrong). Nor do compounds with a
# name part ("EU-Kommission"), which the entity label mapping makes O.
GENERIC_INSTITUTION_ENDINGS = ("regierung", "kongress", "kongresses", "parlament", "parlaments",
                               "nationalrat", "nationalrats", "nationalrates", "senat", "senats",
                               "haus", "hauses", "bundes", "kommission", "ministerium",
                               "ministeriums")


def _not_a_name(m: Span) -> bool:
    if len(m) != 1 or m.label_ not in ("ORG", "LOC"):
        return False
    text = m.text
    return "-" in text.strip("-") or text.lower().endswith(GENERIC_INSTITUTION_ENDINGS)


def _promote_kb_names(doc: Doc, mentions: list[Span]) -> None:
    """Add names the recogniser missed ("das ölreiche Venezuela", "Maduros") to ``doc.ents``.

    Only names the KB holds as hardly ever common words reach here (curated countries, full
    names, institutions, acronyms); they never overlap an entity, since the scan skips entity
    tokens. The NER's own quality is measured without this step (``lagebild eval ner``).
    """
    taken = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    extra = []
    for m in mentions:
        label = NAME_MENTION_LABELS.get(m.label_)
        if label and not _not_a_name(m) and not any(i in taken for i in range(m.start, m.end)):
            ent = Span(doc, m.start, m.end, label=label)
            ent._.actor = m._.actor
            extra.append(ent)
            taken.update(range(m.start, m.end))
    if extra:
        doc.ents = sorted(list(doc.ents) + extra, key=lambda e: e.start)


# singular finite forms that do not end in -t/-te, and words ending in -t that are no verbs
_SINGULAR_AUX = frozenset({"ist", "war", "hat", "hatte", "wird", "wurde", "sei", "habe", "soll", "will", "kann",
                           "muss", "darf", "möchte", "äußerte", "sprach", "schrieb", "rief", "nannte"})
_NOT_VERBS_IN_T = frozenset({"nicht", "seit", "jetzt", "bereits", "erst", "selbst", "meist", "zuletzt", "oft",
                             "weit", "gut", "mit", "bis", "sonst", "damit", "trotzdem", "zunächst", "nachts",
                             "heute", "gestern", "morgen", "bereit", "laut", "insgesamt", "direkt", "fast"})


def _singular_verb_beside(texts: list[str], i: int) -> bool:
    """A singular finite verb right after "sie" ("Sie sagte", "Sie ist") or a past-tense one right
    before it ("sagte sie"), so that "sie" is one person; "sie sagten" and "hat sie" are not."""
    after = texts[i + 1] if i + 1 < len(texts) else ""
    before = texts[i - 1] if i else ""
    if after in _SINGULAR_AUX or after.islower() and after.isalpha() and len(after) > 3 \
            and after.endswith(("t", "te")) and after not in _NOT_VERBS_IN_T:
        return True
    return before.islower() and before.isalpha() and before.endswith("te") and len(before) > 4


def _lower_last_word(view: "_DocView", j: int) -> bool:
    """True when token ``j`` ends a span text as a word of its own (after a space) that
    :meth:`Coref._gazetteer` rejects: lower case and not one of its joining words."""
    word = view.texts[j]
    return bool(view.spaces[j - 1]) and word.isalpha() and not word[:1].isupper() \
        and word not in _GAZETTEER_JOINERS


class _DocView(NamedTuple):
    """What the mention scan reads many times, computed once per document."""

    texts: list[str]
    spaces: list[str]
    date: str | None
    misc: frozenset[int]  # tokens inside MISC entities

    def span_text(self, start: int, end: int) -> str:
        """The text of tokens ``start:end`` as ``Span.text`` gives it, without making a Span."""
        return "".join(self.texts[k] + self.spaces[k] for k in range(start, end - 1)) + self.texts[end - 1]


@Language.factory("lb_coref", assigns=["doc.spans"])
def make_component(nlp: Language, name: str):
    """Create the coreference component (the KB loads on the first document)."""
    register_extensions()
    return Coref()
