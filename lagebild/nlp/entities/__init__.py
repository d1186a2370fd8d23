"""Named entities (PER, ORG, LOC, MISC) from the trained German NER model ``models/ner-de``.

The model is a spaCy transition-based NER over a small CNN whose input features are described in
:mod:`lagebild.nlp.entities.features`. It is loaded once per process and runs on the pipeline's
tokens as they are (the model was trained on gold tokens, not on its own tokenizer).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

import numpy as np
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span

from ...paths import models_dir, resource
from ..extensions import register_extensions
from ..tokenizer import load_networks
from . import features  # noqa: F401  (registers lagebild.FeatureTok2Vec.v1)
from .features import (
    GAZ_CITY,
    GAZ_COMMON_NOUN,
    GAZ_COMPANY,
    GAZ_COUNTRY,
    GAZ_FIRSTNAME,
    GAZ_KNOWN_WORD,
    GAZ_SURNAME,
    hash_string,
)

MODEL_NAME = "ner-de"
REBUILD_COMMAND = ".venv/bin/python training/ner/train.py --out models/ner-de"
LABELS = ("PER", "ORG", "LOC", "MISC")
NATIONALITY_FILE = "ner/nationality_adjectives.txt"
DESCRIPTOR_FILE = "ner/descriptors.txt"
ACRONYM_FILE = "ner/acronyms_not_names.txt"
CURRENCY_FILE = "ner/currencies.txt"
ABBREVIATION_FILE = "ner/name_abbreviations.txt"
PEOPLE_FILE = "ner/people_nouns.txt"
INHABITANT_HEADS_FILE = "ner/inhabitant_name_heads.txt"
OPEN_QUOTES = {"„", "\"", "“", "«", "»", "‚", "'"}
CLOSE_QUOTES = {"“", "\"", "”", "«", "»", "‘", "'"}
MAX_DESCRIBED = 4  # tokens of a name after a descriptor
OPEN_BIAS_KEY = "lagebild_open_bias"  # meta.json: score added to B-/U- actions per label
# A person span whose whole text the KB knows as a place and not as a person becomes LOC
# (_kb_place_names): the model reads foreign city names as surnames ("Die Polizei von Cleveland"
# PER), more so with a positive PER opening bias, and one such "person" moves an article's setting
# to another country in the events stage. Off: the model's label stays (MODEL_CARD.md, twelfth
# session).
KB_PLACE_NOT_PERSON = True
# ... and a "person" that is "von"/"vom" + such a place ("Der Gouverneur von Missouri") is the
# place without the particle (fifteenth session).
KB_PLACE_AFTER_VON = True
# A one-word "person" that is a German compound ending in a frequent word no name list knows
# ("Radioverkäufer", "„Systemrundfunk“") is no name (_compound_noun): a positive PER opening bias
# reads such coined nouns as surnames. Off: the model's span stays (MODEL_CARD.md, twelfth
# session).
PER_COMPOUND_NOT_NAME = True
# An untagged word that is a compass prefix and a one-word country name ("Ostukraine", "Nordiraks";
# lagebild.kb.lookup.DIRECTION_PREFIXES) is a place: the model misses such compounds, and the KB
# knows them as parts of their country (sixteenth session).
DIRECTIONAL_PLACES = True
COMPOUND_MIN_ZIPF = 3  # German Zipf frequency of the compound's last part (wordfreq, in the table)
# A person, place or organisation span that runs on into the words after the name is cut back
# (_cut_run_on): at a nationality adjective that is not a genitive plural attribute ("die Caritas
# syrische Flüchtlinge" -> "Caritas", but "Bundesverband deutscher Banken" stays), and after a
# genitive of a listed name followed by a frequent common noun ("Obamas Gesetz" -> "Obamas", PER).
# Weights trained on much more name-rich text open such spans (MODEL_CARD.md, twenty-third
# session); on GermEval dev's cross-validation folds the rule changes no span. Off: the model's
# span stays.
RUN_ON_NAMES = True
# An organisation or person span that runs from a hyphenated role compound on into a person's name
# ("Human Rights Watch-Sprecher Max Berger" ORG, "Amnesty International-Generalsekretär Max Berger"
# ORG) is two names (_split_role_name): the organisation with its role up to the role compound
# (an ORG span stays ORG there; a PER span leaves the role untagged) and the person from the
# first name on. Weights trained on much more text (twenty-third session) tag the whole as one
# organisation, and the person then acted as an unknown organisation of that name. Off: the
# model's span stays.
ROLE_THEN_NAME = True
# A person span that opens with a role noun of the actor KB (a form listed in
# resources/de/actors/role_nouns.tsv, alone or after a hyphen: "Minister Novák", "Kremlsprecher
# Oleg Baranow", "US-Außenminister John Kerry") is the name after the role: GermEval leaves a title
# outside the name, and the actor stage reads the role before the name (with the role inside,
# "Minister Novák" was a person the KB lacked, who took the article's setting). Weights trained on
# much more name-rich text take the role in (twenty-third session). A role word that is also a
# first name ("Emir Kusturica": the KB's first names, or the model's first-name bit on a word rare
# in German) stays, and so does a solid compound the list lacks ("Digitalkommissar Oettinger"): the
# shipped weights tag such spans, and the rule changes no event they find (cut, that one of gnad4
# got the gold source IGOEUREEC but a wrong target, DEULEG). Off: the model's span stays.
ROLE_NOT_IN_PERSON = True
# A "person" span whose whole text the KB knows as an organisation and not as a person
# ("Germanwatch" PER) becomes ORG (_kb_organisation_names), unless a person cue stands before it
# (a PER descriptor, a first name): weights trained on much more name-rich text read coined
# one-word organisation names as surnames, and PER_COMPOUND_NOT_NAME then drops them
# ("German|watch"), so the organisation was no actor (twenty-third session). Regions and
# institutions named by their seat ("Europa", "Kreml") are left out, and so is a one-word name
# that is a first name or a word of a longer person name in the document ("Gerhard Maria Wagner
# ... Wagner"; the KB's "Wagner" is the mercenary group). Off: the model's label stays.
KB_ORG_NOT_PERSON = True
# An organisation followed by its abbreviation in brackets whose capitals are the initials of
# the capitalised words before the span and of the span's own ("Verein Freie Presse (VFP)",
# model span "Freie Presse") takes those words in: the abbreviation shows where the name
# begins (_initials_of_abbreviation; twenty-third session). Off: the model's span stays.
ABBREVIATION_INITIALS = True
# A one-word MISC in lower case is kept only when it can be a name's derived adjective: a listed
# nationality adjective or an -isch form ("bayerischen", "gotische"). The model tags other
# lower-case adjectives whose letters look like one ("ölreichen" beside "österreichischen");
# GermEval marks no lower-case word of that kind (twenty-sixth session). Off: the model's span stays.
LOWER_MISC_NEEDS_SCH = True
_SCH_ENDING = re.compile(r"sch(?:e|en|er|es|em)?$")
# A noun of an organisation's kind ("Organisation", "Kurdenpartei", "Jihadistengruppe"; endings in
# _ORG_KIND_ENDING) right before a name the KB knows as an organisation is no part of that name:
# a span that opens with the noun and runs to the end of the name is cut to the name ("Kurdenpartei
# HDP" -> "HDP"), and the name left untagged after it becomes ORG ("von der Organisation Attac").
# With the noun inside, the actor stage found no organisation of that name, and without any span
# the party was lost (a passive's agent) or taken from the setting (twenty-eighth session). A name
# that is a common noun of the model's word table ("Kommission", "Union") is left alone. On: its 11
# name changes on the development parts were all right; pooled type/tuple stay 2587/1758 with
# events.extract.NGO_NOT_GUESSED_ADDRESSEE (without it the addressee carry-over took the now-coded
# NGO as the target of the next act: tuple 1757). Off: the model's spans stay.
KIND_BEFORE_KB_ORG = True
_ORG_KIND_ENDING = re.compile(r"(?:organisation|organisationen|gruppe|gruppen|partei|bewegung|miliz|milizen|"
                              r"konzern|gewerkschaft|agentur|stiftung|verband|bündnis|allianz|netzwerk|"
                              r"vereinigung|verein|fraktion)$")
MAX_KB_ORG_TOKENS = 4  # tokens of a KB organisation's name after the kind noun
# A place or organisation span whose whole text is a person of the KB (a name, alias or surname of
# kb/data/actors.tsv) and no name of its places, countries, organisations or companies becomes PER
# ("Zapatero" LOC, "Lula" ORG, "zu Guttenberg" with "Guttenberg" LOC): the model reads foreign
# surnames as places or bodies, and such a "place" was no party of the events (twenty-eighth
# session; the mirror of KB_PLACE_NOT_PERSON). A place preposition among the two words before it
# leaves the label ("im jordanischen Jordan": a river). A person span right after a nobiliary
# particle that the KB names the person with ("zu Guttenberg") takes the particle in: "Zu
# Guttenberg trat zurück" was read as a phrase of the preposition, not as the clause's subject.
# Off: the model's spans stay.
KB_PERSON_NOT_PLACE = True
_PLACE_PREPOSITIONS = frozenset({"in", "im", "nach", "aus", "bei", "am", "an", "ins", "vom", "zum", "zur"})


class NerModelMissing(RuntimeError):
    """The shipped NER model directory is absent."""


def default_model_path() -> Path:
    """Where the shipped model lives (``<models>/ner-de``)."""
    return models_dir() / MODEL_NAME


@lru_cache(maxsize=4)
def load_model(path: str | None = None) -> Language:
    """Load the NER model once per process (``path`` defaults to :func:`default_model_path`)."""
    model_path = Path(path) if path else default_model_path()
    if not (model_path / "config.cfg").exists():
        raise NerModelMissing(
            f"NER model not found at {model_path}; rebuild it with `{REBUILD_COMMAND}` "
            "(needs ../shared/data) or set LAGEBILD_MODELS to a folder containing ner-de/")
    nlp = load_networks(model_path)
    bias = nlp.meta.get(OPEN_BIAS_KEY, {}).get("delta")
    if bias:
        set_open_bias(nlp, bias)
    return nlp


# each NER layer's trained bias, kept so that setting a bias again replaces the old one instead of
# adding to it (the layer itself is held too, so its id cannot be reused by another object)
_BASE_BIAS: dict[int, tuple] = {}


def set_open_bias(nlp: Language, bias: dict[str, float]) -> None:
    """Decode with ``bias[label]`` added to the scores of the actions that open an entity of that
    label (``B-`` and ``U-``), relative to the trained weights (calling again replaces it).

    The greedy parser reads the last layer's bias vector on every step, so this moves its choice
    between opening a name and ``O`` (inside a name only ``I-``/``L-`` of the same label are valid,
    so boundaries within a name are untouched); it costs nothing at run time. The shipped value
    lives in the model's ``meta.json`` (:data:`OPEN_BIAS_KEY`) and is applied by :func:`load_model`;
    it was chosen by cross-validation (``training/ner/calibrate.py``).
    """
    ner = nlp.get_pipe("ner")
    upper = ner.model.get_ref("upper")
    base = _BASE_BIAS.setdefault(id(upper), (upper, upper.get_param("b").copy()))[1]
    b = base.copy()
    for i in range(ner.moves.n_moves):
        name = ner.moves.get_class_name(i)
        if name[:2] in ("B-", "U-") and name[2:] in bias:
            b[i] += float(bias[name[2:]])
    upper.set_param("b", b)


class EntityRecognizer:
    """The ``lb_entities`` component: sets ``doc.ents`` from the trained model.

    The model's ``ner`` runs on the pipeline's own Doc: its features come from the token texts
    and spaCy's string hashes, which are the same in every vocabulary, so no copy is needed.
    Only the label strings must be known to the pipeline's vocabulary.
    """

    def __init__(self, vocab, model_path: str | None = None, derived_misc: bool = True,
                 descriptors: bool = True) -> None:
        self.derived_misc = derived_misc
        self.descriptors = descriptors
        self.model = load_model(model_path)
        self.ner = self.model.get_pipe("ner")
        self._table = None
        self._kinds: dict[int, str | None] = {}
        for label in LABELS:
            vocab.strings.add(label)

    def _clean(self, doc: Doc) -> Doc:
        ents = []
        for ent in doc.ents:
            # whitespace tokens (paragraph breaks) never start or end a name
            start, end = ent.start, ent.end
            while start < end and doc[start].is_space:
                start += 1
            while end > start and doc[end - 1].is_space:
                end -= 1
            while end - start > 1 and (_loose_end(doc, end) or
                                       (ent.label_ != "MISC" and _lower_word(doc[end - 1]))):
                # "Champions League ." / "Bundesamt für Kommunikation (": punctuation after a
                # name is not part of it ("Chr ." keeps its abbreviation point); nor is a small
                # word after a person, place or organisation ("Jodie Henry bezwungen", "Air One
                # von"): only titles of works end in one ("Ecce homo")
                end -= 1
            if start < end:
                if ents and ents[-1].end == start and ents[-1].label_ == "PER" == ent.label_:
                    # two touching person spans ("Ehud" "Olmert") are one name
                    start = ents.pop().start
                elif ent.label_ == "PER" and start > 0 and doc[start - 1].text in _first_names() \
                        and not (ents and ents[-1].end >= start):
                    # a known first name the model left outside the span ("Jen" "Psaki")
                    start -= 1
                ents.append(Span(doc, start, end, label=ent.label))
        if RUN_ON_NAMES:
            ents = self._cut_run_on(doc, ents)
        if ROLE_THEN_NAME:
            ents = self._split_role_name(doc, ents)
        if ROLE_NOT_IN_PERSON:
            ents = [Span(doc, e.start + 1, e.end, label="PER") if self._role_before_name(e) else e
                    for e in ents]
        ents = _join_nobiliary(doc, ents, self._first_name)
        ents = self._person_repairs(doc, ents)
        ents = _complete_abbreviated(doc, ents)
        ents = _club_numbers(doc, ents)
        if self.derived_misc:
            ents = self._split_inhabitants(doc, ents)
        if self.descriptors:
            ents = [e for e in ents
                    if not (e.label_ == "LOC" and (_generic_way(e) or _compass(e)))
                    and not _description(e)]
            ents = self._described_names(doc, ents)
        if KIND_BEFORE_KB_ORG:
            ents = self._kind_before_organisation(doc, ents)
        if KB_PLACE_NOT_PERSON:
            ents = self._places_not_persons(doc, ents)
        if KB_ORG_NOT_PERSON:
            ents = self._organisations_not_persons(doc, ents)
        if KB_PERSON_NOT_PLACE:
            ents = _persons_not_places(doc, ents)
        if ABBREVIATION_INITIALS:
            ents = _initials_of_abbreviation(doc, ents)
        if PER_COMPOUND_NOT_NAME:
            ents = [e for e in ents if not (e.label_ == "PER" and len(e) == 1 and
                                            self._compound_noun(e.text))]
        if LOWER_MISC_NEEDS_SCH:
            ents = [e for e in ents if not _lower_non_derived_misc(e)]
        if self.derived_misc:
            ents = _add_derived_misc(doc, ents)
            ents = _currencies(doc, ents)
        if self.derived_misc or self.descriptors:
            ents = self._add_listed_names(doc, ents)
        doc.ents = ents
        return doc

    def _cut_run_on(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """Person, place and organisation spans cut back where they run on past the name (see
        ``RUN_ON_NAMES``); titles of works (MISC) keep every word."""
        out = []
        for ent in ents:
            start, end, label = ent.start, ent.end, ent.label_
            if label != "MISC" and end - start > 1:
                for i in range(start + 1, end):
                    # a nationality adjective in the genitive plural belongs to an association's
                    # name ("Bundesverband deutscher Banken"); in any other form it starts the
                    # words after the name
                    if _lower_word(doc[i]) and is_nationality_adjective(doc[i].text) and \
                            not doc[i].text.endswith("er"):
                        end = i
                        break
                first, second = doc[start].text, doc[start + 1].text if end - start > 1 else ""
                if end - start == 2 and label in ("PER", "ORG") and len(first) > 3 and \
                        first.endswith("s") and self._bits(first[:-1]) & _NAME_BITS and \
                        second[:1].isupper() and second.isalpha() and \
                        not self._bits(second) & _NAME_BITS and \
                        (self._german_zipf(second.lower()) >= COMPOUND_MIN_ZIPF
                         or self._compound_noun(second)):
                    # "Obamas Gesetz": a genitive name and the thing it owns
                    end, label = start + 1, "PER"
            out.append(ent if (end, label) == (ent.end, ent.label_) else Span(doc, start, end, label=label))
        return out

    def _split_role_name(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """Organisation and person spans split after a hyphenated role compound that a first
        name and capitalised name words follow (see ``ROLE_THEN_NAME``)."""
        from ...kb.lookup import default_kb
        out = []
        for ent in ents:
            cut = None
            if ent.label_ in ("ORG", "PER") and len(ent) >= 3:
                for i in range(ent.start, ent.end - 1):
                    text = doc[i].text
                    if "-" not in text or not text.split("-")[-1][:1].isupper():
                        continue
                    found = default_kb().role_noun(text)
                    if found is None or not found[1] or not text.startswith(found[1] + "-"):
                        continue
                    name = doc[i + 1:ent.end]
                    if self._given_name(name[0]) and all(
                            t.text[:1].isupper() and t.text.replace("-", "").isalpha() for t in name):
                        cut = i + 1
                    break
            if cut is None:
                out.append(ent)
                continue
            if ent.label_ == "ORG":
                out.append(Span(doc, ent.start, cut, label="ORG"))
            out.append(Span(doc, cut, ent.end, label="PER"))
        return out
    def _role_before_name(self, ent: Span) -> bool:
        """True for a person span that opens with a role noun and goes on with capitalised words
        ("Minister Novák"; see ``ROLE_NOT_IN_PERSON``)."""
        if ent.label_ != "PER" or len(ent) < 2 or not _is_role_noun(ent[0].text):
            return False
        first = ent[0].text
        # (the model's first-name bit marks "Minister" and "König" too: it counts only on a word
        # rare in German, Zipf below 4: "Emir", "Sultan")
        if first in _first_names() or (self._bits(first) & GAZ_FIRSTNAME and
                                       self._german_zipf(first.lower()) < 4):
            return False
        return all(t.text[:1].isupper() and t.text.replace("-", "").replace(".", "").isalpha() for t in ent[1:])

    def _bits(self, text: str) -> int:
        """The name-list bits the model's word table holds for ``text`` (0: unknown)."""
        if self._table is None:
            self._load_table()
        idx, hit = self._table.lookup(np.array([hash_string(text)], dtype=np.uint64))
        return int(self._table.gaz[idx[0]]) if hit[0] else 0

    def _first_name(self, text: str) -> bool:
        """True for a first name of the KB's list or of the model's name lists."""
        return text in _first_names() or bool(self._bits(text) & GAZ_FIRSTNAME)

    def _given_name(self, token) -> bool:
        """A first name that is not also a common word: the KB's list, or the model's first-name
        bit on a word no list knows as a noun or lower-case word ("Ministerin" carries the bit)."""
        text = token.text
        if not text[:1].isupper():
            return False
        return text in _first_names() or (bool(self._bits(text) & GAZ_FIRSTNAME)
                                           and not self._common_word(token))

    def _surname_like(self, token) -> bool:
        """A capitalised word that may be a family name: letters (and hyphens), not a known
        common noun or lower-case word, no descriptor ("Zeitung") and no organisation ending."""
        text = token.text
        return len(text) >= 2 and text[:1].isupper() and text.replace("-", "").isalpha() and \
            not self._common_word(token) and _descriptor_label(text) is None and \
            not features.has_org_suffix(text)

    def _person_repairs(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """Person names the model labelled or cut wrongly, repaired from their first name.

        A place, organisation or work of two or three name words that opens with a first name
        is a person ("Renzo Blumenthal" LOC, "Brigitte Weigl" ORG -> PER); a person that ends in
        a first name takes the family name after it, untagged or tagged alone as something else
        ("Erika" "Ziltener", "Franck" "Ribéry"[LOC] -> one PER).
        """
        out: list[Span] = []
        i = 0
        while i < len(ents):
            ent = ents[i]
            if ent.label_ != "PER" and 2 <= len(ent) <= 3 and self._given_name(ent[0]) and \
                    all(self._surname_like(t) for t in ent[1:]):
                ent = Span(doc, ent.start, ent.end, label="PER")
            j = ent.end
            if ent.label_ == "PER" and j < len(doc) and (self._given_name(doc[j - 1]) or (
                    len(ent) == 1 and _FOREIGN_LETTERS.intersection(doc[j].text))) and \
                    self._surname_like(doc[j]):
                # (a one-word person followed by a name spelt with letters German lacks is its
                # family name: "Radovan" "Karadžić", "Recep" "Erdoğan")
                nxt = ents[i + 1] if i + 1 < len(ents) else None
                if nxt is not None and nxt.start == j:
                    if len(nxt) == 1:
                        out.append(Span(doc, ent.start, j + 1, label="PER"))
                        i += 2
                        continue
                else:
                    ent = Span(doc, ent.start, j + 1, label="PER")
            out.append(ent)
            i += 1
        return out

    def _places_not_persons(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """A person span whose whole text is a place of the KB (a city of ``places.tsv`` or
        ``cities_de.tsv``, a country name) and no person of the KB becomes LOC ("Die Polizei von
        Cleveland" PER -> LOC; see :func:`_kb_place_names`).

        The text says it is a person where a reader would see one, and then the label stays: a
        one-word name that is also a first name ("Stanley", "Charlotte"), a name right after a
        person's role ("Präsident Cleveland": a PER descriptor), a name after a given name or a
        rare capitalised word the model left out ("Hayao" "Miyazaki", "Kenta" "Odessa"), a
        name in a list with another person that is no place ("Tacoma, Shawn und Praise"), and a
        word of a longer person name in the same document ("Lewis Hamilton ... Hamilton": the
        document names him).
        """
        places = _kb_place_names()
        if KB_PLACE_AFTER_VON:
            # "Der Gouverneur von Missouri": the model reads "von Missouri" as a nobiliary name;
            # a place of the KB after a lone "von"/"vom" is the place (a full name, "Otto von
            # Bismarck", does not open with the particle; "Herr von Bülow", "Prinz Max von Baden"
            # stay persons)
            ents = [Span(doc, e.start + 1, e.end, label="PER")
                    if e.label_ == "PER" and len(e) > 1 and e[0].text in ("von", "vom")
                    and e[1:].text in places and not self._person_cue_before(doc, e.start) else e
                    for e in ents]
        hits = [k for k, e in enumerate(ents) if e.label_ == "PER" and e.text in places]
        if not hits:
            return ents
        person_words = {t.text for e in ents if e.label_ == "PER" and len(e) > 1 for t in e}
        out = list(ents)
        for k in hits:
            ent = ents[k]
            if len(ent) == 1 and (self._first_name(ent.text) or ent.text in person_words):
                continue
            if self._person_cue_before(doc, ent.start):
                continue
            if any(_listed_together(doc, ent, other) and other.label_ == "PER" and
                   other.text not in places for other in
                   (ents[k - 1] if k > 0 else None, ents[k + 1] if k + 1 < len(ents) else None)
                   if other is not None):
                continue
            out[k] = Span(doc, ent.start, ent.end, label="LOC")
        return out

    def _organisations_not_persons(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """A person span whose whole text is an organisation of the KB (a name or alias of
        ``organisations.tsv``) and no person of the KB becomes ORG ("Germanwatch" PER -> ORG;
        see ``KB_ORG_NOT_PERSON``); after a person cue (:meth:`_person_cue_before`) the label
        stays, and so it does for a one-word name that is a first name or a word of a longer
        person name in the same document ("Gerhard Maria Wagner ... Wagner": the document names
        him; the KB's "Wagner" is the mercenary group)."""
        orgs = _kb_organisation_names()
        if not any(e.label_ == "PER" and e.text in orgs for e in ents):
            return ents
        person_words = {t.text for e in ents if e.label_ == "PER" and len(e) > 1 for t in e}
        return [Span(doc, e.start, e.end, label="ORG")
                if e.label_ == "PER" and e.text in orgs and not self._person_cue_before(doc, e.start)
                and not (len(e) == 1 and (self._first_name(e.text) or e.text in person_words))
                else e for e in ents]

    def _kind_before_organisation(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """Organisations of the KB named right after a noun of their kind (see
        ``KIND_BEFORE_KB_ORG``): a span from the noun to the end of the name is cut to the name, an
        untagged name becomes ORG; other spans over the noun or the name stay as they are."""
        orgs = _kb_organisation_names()
        strings = doc.vocab.strings
        orths = doc.to_array(ORTH).tolist()
        out = list(ents)
        for i in range(len(doc) - 1):
            if not _org_kind_of(orths[i], strings):
                continue
            nxt = doc[i + 1]
            if not nxt.text[:1].isupper() or self._common_word(nxt):
                continue
            # the longest name of the KB that starts right after the noun
            end = next((j for j in range(min(len(doc), i + 1 + MAX_KB_ORG_TOKENS), i + 1, -1)
                        if doc[i + 1:j].text in orgs), None)
            if end is None:
                continue
            over = [k for k, e in enumerate(out) if e.start < end and e.end > i]
            if not over:
                out.append(Span(doc, i + 1, end, label="ORG"))
            elif len(over) == 1 and out[over[0]].start == i and out[over[0]].end == end:
                out[over[0]] = Span(doc, i + 1, end, label="ORG")
        return sorted(out, key=lambda e: e.start)

    def _compound_noun(self, text: str) -> bool:
        """True for a capitalised word of nine letters or more that no name list knows
        (surnames, first names, places, countries, companies) and that ends in a frequent German
        word of five letters or more, itself no name, after a first part of four letters or more
        ("Radio|verkäufer", "System|rundfunk"; a known surname such as "Friedländer" is never
        split, and an unknown one ending in a name, "Rosen|stern", is kept). The German
        frequency is the model table's Zipf bucket of the lower-case form."""
        if len(text) < 9 or not text[:1].isupper() or not text.isalpha() or \
                self._bits(text) & _NAME_BITS:
            return False
        heads = [text[k:] for k in range(4, len(text) - 4)]
        # (one table lookup for all the word's endings)
        for head, zipf in zip(heads, self._german_zipfs([h.lower() for h in heads])):
            if zipf >= COMPOUND_MIN_ZIPF and not self._bits(head[:1].upper() + head[1:]) & _NAME_BITS:
                return True
        return False

    def _german_zipf(self, text: str) -> int:
        """The German Zipf frequency (0-7) of ``text`` from the model's word table (-1: not
        in the German and English word lists)."""
        return self._german_zipfs([text])[0]

    def _german_zipfs(self, texts: list[str]) -> list[int]:
        """:meth:`_german_zipf` of each of ``texts``, in one lookup."""
        if not texts:
            return []
        if self._table is None:
            self._load_table()
        idx, hit = self._table.lookup(np.array([hash_string(t) for t in texts], dtype=np.uint64))
        langs = [int(self._table.lang[i]) if h else 0 for i, h in zip(idx, hit)]
        return [(lang - 1) // 5 if lang else -1 for lang in langs]

    def _person_cue_before(self, doc: Doc, start: int) -> bool:
        """True when the word before ``start`` shows a person follows: a PER descriptor
        ("Präsident", "Herr") or the opening of a name (:meth:`_name_before`)."""
        return start > 0 and (_descriptor_label(doc[start - 1].text) == "PER" or self._name_before(doc[start - 1]))

    def _name_before(self, token) -> bool:
        """True if ``token`` may open the person name that follows it: a given name, or a
        capitalised word that is rare in German (Zipf below 3 in the model's word table) and
        no place ("Hayao", "Kenta"; not "Freitag", "Ministerin", "Berlin")."""
        text = token.text
        if not (text[:1].isupper() and text.isalpha()):
            return False
        return self._given_name(token) or (self._german_zipf(text.lower()) < 3 and
                                           not self._bits(text) & (GAZ_CITY | GAZ_COUNTRY))

    def _inhabitant_form(self, text: str) -> bool:
        """True for an inhabitant adjective of a known place ("Ravensburger", "Schweizer")."""
        return len(text) >= 5 and text[:1].isupper() and text.endswith("er") and \
            any(len(stem) >= 3 and self._bits(stem) & (GAZ_CITY | GAZ_COUNTRY)
                for stem in (text[:-2], text[:-1]))

    def _split_inhabitants(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """A two-word span of an inhabitant adjective and a long compound ("Ravensburger
        Gemeinderates", "Berner Tramway-Gesellschaft") is the adjective alone, as MISC: the
        compound is a common noun; a listed head keeps the name whole ("Frankfurter
        Allgemeine", resources/de/ner/inhabitant_name_heads.txt)."""
        out = ents
        for k, ent in enumerate(ents):
            if len(ent) != 2:
                continue
            head = ent[1].text
            if not (len(head) >= 10 or "-" in head[1:]) or not head[:1].isupper() or \
                    not head.replace("-", "").isalpha() or \
                    head.lower().endswith(_inhabitant_heads()) or \
                    not self._inhabitant_form(ent[0].text):
                continue
            if out is ents:
                out = list(ents)
            out[k] = Span(doc, ent.start, ent.start + 1, label="MISC")
        return out

    def _word_kind(self, token) -> str | None:
        """What a token left outside every entity may be, from its text alone (cached):
        "MISC" for a people noun ("Amerikaner", "Spanierin") or an inhabitant noun built on a
        known place ("Itzehoer", "Ummendorfer"), "ACRONYM" for an all-capitals abbreviation
        that may name an organisation ("DGB", "ETTU"), else None."""
        kind = self._kinds.get(token.orth, "")
        if kind != "":
            return kind
        text = token.text
        kind = None
        if text[:1].isupper() and len(text) >= 2:
            if self.derived_misc and text in _people_nouns() and \
                    not self._bits(text) & (GAZ_COUNTRY | GAZ_CITY):
                kind = "MISC"
            elif self.derived_misc and text.endswith("er") and len(text) >= 6 and \
                    not self._bits(text) and not self._bits(text.lower()) and \
                    any(len(stem) >= 3 and self._bits(stem) & (GAZ_CITY | GAZ_COUNTRY)
                        for stem in {text[:-2], text[:-1], _deumlaut(text[:-2]),
                                     _deumlaut(text[:-1])}):
                # a form no list knows whose stem is a place: Itzehoe+r, Ummendorf+er
                kind = "MISC"
            elif self.descriptors and len(text) <= 6 and text.isupper() and text.isalpha() and \
                    not _ROMAN.fullmatch(text) and text not in _not_name_acronyms() and \
                    not self._bits(text) & (GAZ_COUNTRY | GAZ_CITY):
                kind = "ACRONYM"
        if len(self._kinds) < 500_000:
            self._kinds[token.orth] = kind
        return kind

    def _add_listed_names(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """Add one-token names the model left untagged: people and inhabitant nouns as MISC
        (GermEval's derived locations), an acronym standing alone (no name or entity next to
        it, not first in the sentence) as ORG, and a compass part of a country ("Ostukraine",
        "Nordsyriens") as LOC."""
        taken = set()
        for ent in ents:
            taken.update(range(ent.start, ent.end))
        added = []
        strings = doc.vocab.strings
        # word forms as string hashes: a Token object only for capitalised words outside entities
        for i, orth in enumerate(doc.to_array(ORTH).tolist()):
            if i in taken:
                continue
            capitalised, directional = _listed_word(orth, strings)
            if not capitalised:
                continue
            if DIRECTIONAL_PLACES and directional:
                added.append(Span(doc, i, i + 1, label="LOC"))  # "in der Ostukraine"
                continue
            t = doc[i]
            kind = self._word_kind(t)
            if kind == "MISC":
                added.append(Span(doc, t.i, t.i + 1, label="MISC"))
            elif kind == "ACRONYM" and not (t.i == 0 or t.is_sent_start) and \
                    not self._name_neighbour(doc, t.i - 1, taken) and \
                    not self._name_neighbour(doc, t.i + 1, taken):
                added.append(Span(doc, t.i, t.i + 1, label="ORG"))
        return sorted(ents + added, key=lambda e: e.start) if added else ents

    def _name_neighbour(self, doc, i, taken) -> bool:
        """True if token ``i`` belongs to an entity or is a capitalised word no list knows
        as a common noun (an acronym next to it is part of a longer name)."""
        if i < 0 or i >= len(doc):
            return False
        if i in taken:
            return True
        t = doc[i]
        return t.text[:1].isupper() and t.is_alpha and not self._common_word(t)

    def _load_table(self) -> None:
        from .features import FeatureTable
        stored = next((n.attrs["table"] for n in self.ner.model.walk()
                       if n.name == "lb_ner_features"), None)
        self._table = FeatureTable.from_dict(stored) if stored else FeatureTable.empty()

    def _common_word(self, token) -> bool:
        """True if the model's word table knows ``token`` as a common noun or lower-case word."""
        if self._table is None:
            self._load_table()
        idx, hit = self._table.lookup(np.array([token.orth], dtype=np.uint64))
        return bool(hit[0]) and bool(self._table.gaz[idx[0]] & (GAZ_COMMON_NOUN | GAZ_KNOWN_WORD))

    def _described_names(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """Label the name after a descriptor noun ("die Tageszeitung Haaretz" -> ORG).

        The name is a quoted title right after the noun, or a run of capitalised tokens that
        are not known common nouns. A model entity with the same boundaries takes the
        descriptor's label; a name the model missed is added; partial overlaps stay untouched.
        """
        label_at = None
        # the first entity of two words or more at each start (what a scan of ``ents`` per
        # descriptor found), built again after ``ents`` changes
        long_at = None
        strings = doc.vocab.strings
        # word forms as string hashes: no Token object for the words that are no descriptor
        orths = doc.to_array(ORTH).tolist()
        for i in range(len(doc) - 1):
            label = _descriptor_label_of(orths[i], strings)
            if not label:
                continue
            span = self._name_after(doc, i + 1)
            if long_at is None:
                long_at = {}
                for k, ent in enumerate(ents):
                    if len(ent) >= 2:
                        long_at.setdefault(ent.start, k)
            opened = long_at.get(i)
            if opened is not None and doc[i + 1].text[:1].isupper() and \
                    (span is None or span[1] != ents[opened].end):
                # the model took the descriptor into a name that runs on past what
                # _name_after accepts ("Traditionsverein Preußen Münster", "Containerreederei
                # Royal P & O Nedlloyd NV"): the name still starts after the descriptor
                ents[opened] = Span(doc, i + 1, ents[opened].end, label=label)
                label_at = long_at = None
                continue
            if span is None:
                continue
            if label_at is None:
                label_at = {}
                for k, ent in enumerate(ents):
                    for j in range(ent.start, ent.end):
                        label_at[j] = k
            start, end = span
            hits = {label_at.get(j) for j in range(start, end)}
            if hits == {None}:
                if label == "ORG" or doc[start].text[:1].isupper():
                    ents.append(Span(doc, start, end, label=label))
                    long_at = None
            elif len(hits) == 1:
                k = next(iter(hits))
                ent = ents[k]
                if ent.start == start and ent.end == end and ent.label_ != label and \
                        (label in ("ORG", "MISC") or ent.label_ == "PER"):
                    # an organisation's or an oil grade's descriptor outweighs the model's label
                    # ("die Ölsorte Brent" is no company and no London borough)
                    ents[k] = Span(doc, start, end, label=label)
                    long_at = None
                elif ent.start == i and ent.end == end and i + 1 == start:
                    # the model took the descriptor into the name ("Chemiekonzern BASF"):
                    # GermEval tags the name alone
                    ents[k] = Span(doc, start, end, label=label)
                    long_at = None
            label_at = None if hits == {None} else label_at
        return sorted(ents, key=lambda e: e.start)

    def _name_after(self, doc: Doc, i: int) -> tuple[int, int] | None:
        if doc[i].text in OPEN_QUOTES:
            for j in range(i + 1, min(len(doc), i + 2 + MAX_DESCRIBED)):
                if doc[j].text in CLOSE_QUOTES:
                    return (i + 1, j) if j > i + 1 and doc[i + 1].text[:1].isupper() else None
            return None
        j = i
        while j < len(doc) and j - i < MAX_DESCRIBED:
            t = doc[j]
            if t.is_space or not (t.text[:1].isupper() or (j > i and t.text.isdigit())):
                break
            if t.text[:1].isupper() and self._common_word(t):
                break
            j += 1
        return (i, j) if j > i else None

    def __call__(self, doc: Doc) -> Doc:
        """Recognise the entities of one Doc."""
        if len(doc) == 0:
            return doc
        return self._clean(self.ner(doc))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        """Recognise the entities of a stream of Docs, batched for speed."""
        for doc in self.ner.pipe(docs, batch_size=batch_size):
            yield self._clean(doc)


# Tokens that never end a multi-word name: a full stop ends one only after an abbreviation
# ("Chr ."), an exclamation mark is part of names like "Yahoo !".
_LOOSE_END = frozenset({".", ",", ";", ":", "(", "-", "–", "—", "/"})
_NOBILIARY = frozenset({"von", "van", "zu", "de"})


def _lower_word(token) -> bool:
    """True for a word written in small letters only ("von", "bezwungen")."""
    text = token.text
    return text.isalpha() and text.islower()


def _loose_end(doc: Doc, end: int) -> bool:
    """True if the token before ``end`` is punctuation that a name does not end with."""
    text = doc[end - 1].text
    if text not in _LOOSE_END:
        return False
    prev = doc[end - 2].text
    return not (text == "." and len(prev) <= 3 and prev[:1].isupper() and prev.isalpha())


# letters of Latin-script names that German spelling lacks (Slavic, Turkish, Romanian, Polish, …)
_FOREIGN_LETTERS = frozenset("čćžšđłńřśźőűășțşğıęąňťďľĺŕů")


def _join_nobiliary(doc: Doc, ents: list[Span], first_name) -> list[Span]:
    """Join a person whose span ends in a known first name with "von"/"van"/"zu"/"de" and the
    capitalised name after it ("Ole" "von" "Beust" -> one PER; the model often stops at the
    particle or tags the family name as a place)."""
    out: list[Span] = []
    i = 0
    while i < len(ents):
        ent = ents[i]
        j = ent.end
        if ent.label_ == "PER" and j + 1 < len(doc) and doc[j].text in _NOBILIARY and \
                first_name(doc[j - 1].text) and doc[j + 1].text[:1].isupper() and \
                doc[j + 1].is_alpha:
            nxt = ents[i + 1] if i + 1 < len(ents) else None
            if nxt is not None and nxt.start == j + 1:
                out.append(Span(doc, ent.start, nxt.end, label="PER"))
                i += 2
                continue
            if nxt is None or nxt.start > j + 1:
                out.append(Span(doc, ent.start, j + 2, label="PER"))
                i += 1
                continue
        out.append(ent)
        i += 1
    return out


@lru_cache(maxsize=1)
def _name_abbreviations() -> frozenset[str]:
    """Abbreviations that open a name ("St", resources/de/ner/name_abbreviations.txt)."""
    return frozenset(w for ln in resource(ABBREVIATION_FILE).read_text(encoding="utf-8")
                     .splitlines() if ln.strip() and not ln.startswith("#") for w in ln.split())


def _complete_abbreviated(doc: Doc, ents: list[Span]) -> list[Span]:
    """Extend a name that ends on an opening abbreviation ("St ." LOC, then "Moritz") to the
    capitalised word after it; a word the model tagged alone gives the whole its label
    ("St . Georg" PER)."""
    out: list[Span] = []
    i = 0
    while i < len(ents):
        ent = ents[i]
        j = ent.end
        last = doc[j - 1].text
        if last == "." and len(ent) >= 2:
            last = doc[j - 2].text
        elif last.endswith("."):
            last = last[:-1]
        if last in _name_abbreviations() and j < len(doc) and doc[j].text[:1].isupper() and \
                doc[j].is_alpha:
            nxt = ents[i + 1] if i + 1 < len(ents) else None
            if nxt is not None and nxt.start == j:
                out.append(Span(doc, ent.start, nxt.end, label=nxt.label))
                i += 2
                continue
            ent = Span(doc, ent.start, j + 1, label=ent.label)
        out.append(ent)
        i += 1
    return out


# the founding-year number of a sports club: "Mainz 05", "Schalke 04" (two digits, a leading 0)
_CLUB_NUMBER = re.compile(r"0\d")


def _club_numbers(doc: Doc, ents: list[Span]) -> list[Span]:
    """A place or organisation followed by a club's year number ("Mainz" "05") is the club:
    one ORG span with the number."""
    out = []
    for k, ent in enumerate(ents):
        j = ent.end
        if ent.label_ in ("LOC", "ORG") and j < len(doc) and _CLUB_NUMBER.fullmatch(doc[j].text) \
                and not (k + 1 < len(ents) and ents[k + 1].start == j):
            ent = Span(doc, ent.start, j + 1, label="ORG")
        out.append(ent)
    return out


# A one-word "street" whose first part is an abstract noun ("Hauptverbindungsstraße",
# "Umgehungsstraße", "Zufahrtsweg") names a kind of road, not a place; street names are built on
# names ("Friedrichstraße", "Hauptstraße").
_GENERIC_WAY = re.compile(r"\w+(?:ungs|heits|keits|ions|täts|schafts|fahrts|gangs)"
                          r"(?:straße|strasse|weg|brücke|platz|allee|ring)", re.IGNORECASE)


# A bare compass direction ("im Südosten", "aus dem Nordwesten") is a direction, not a name;
# inside a longer name ("Nord-Ostsee-Kanal", "Westen Berlins" is two spans) it is kept.
_COMPASS = re.compile(r"(?:nord|süd|ost|west|nordost|nordwest|südost|südwest)(?:en|ens|s)?",
                      re.IGNORECASE)


def _compass(ent: Span) -> bool:
    return len(ent) == 1 and bool(_COMPASS.fullmatch(ent.text))


def _description(ent: Span) -> bool:
    """A lower-case adjective before a descriptor noun ("israelischen Zeitung") describes a
    name; it is none."""
    return len(ent) >= 2 and ent[0].text[:1].islower() and \
        _descriptor_label(ent[-1].text) is not None


def _generic_way(ent: Span) -> bool:
    return len(ent) == 1 and bool(_GENERIC_WAY.fullmatch(ent.text))


@lru_cache(maxsize=1)
def _descriptors() -> tuple[dict[str, str], tuple[tuple[str, str], ...]]:
    """(whole-word descriptors, endings) with their labels from the resource file."""
    whole: dict[str, str] = {}
    endings: list[tuple[str, str]] = []
    for line in resource(DESCRIPTOR_FILE).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        label, ending = line.split("\t")
        if ending.startswith("="):
            whole[ending[1:]] = label
        else:
            endings.append((ending, label))
    return whole, tuple(endings)


_DESCRIPTOR_CACHE: dict[str, str | None] = {}


def _descriptor_label(text: str) -> str | None:
    """The label a descriptor noun gives the name after it ("Tageszeitung" -> ORG), or None."""
    if not text[:1].isupper():
        return None
    hit = _DESCRIPTOR_CACHE.get(text, "")
    if hit == "":
        whole, endings = _descriptors()
        low = text.lower()
        hit = whole.get(low)
        if hit is None:
            hit = next((lab for end, lab in endings if low.endswith(end)), None)
        if len(_DESCRIPTOR_CACHE) < 200_000:
            _DESCRIPTOR_CACHE[text] = hit
    return hit


# _descriptor_label per word form (string hash), so that a scan over a Doc needs no Token objects
_DESCRIPTOR_ORTH_CACHE: dict[int, str | None] = {}


def _descriptor_label_of(orth: int, strings) -> str | None:
    """:func:`_descriptor_label` of the word form ``orth`` (its text from ``strings`` only on a
    cache miss)."""
    hit = _DESCRIPTOR_ORTH_CACHE.get(orth, "")
    if hit == "":
        hit = _descriptor_label(strings[orth])
        if len(_DESCRIPTOR_ORTH_CACHE) < 200_000:
            _DESCRIPTOR_ORTH_CACHE[orth] = hit
    return hit


# _ORG_KIND_ENDING per word form (string hash): a scan over a Doc needs no Token objects
_ORG_KIND_CACHE: dict[int, bool] = {}


def _org_kind_of(orth: int, strings) -> bool:
    """True for a capitalised noun of an organisation's kind ("Organisation", "Kurdenpartei") that
    is no name of the KB itself ("Weltgesundheitsorganisation" is one)."""
    hit = _ORG_KIND_CACHE.get(orth)
    if hit is None:
        text = strings[orth]
        hit = bool(text[:1].isupper() and _ORG_KIND_ENDING.search(text.lower())
                   and text not in _kb_organisation_names())
        if len(_ORG_KIND_CACHE) < 200_000:
            _ORG_KIND_CACHE[orth] = hit
    return hit


_ROMAN = re.compile(r"[IVXLC]+")


@lru_cache(maxsize=1)
def _not_name_acronyms() -> frozenset[str]:
    """Abbreviations of things, units and legal forms (resources/de/ner/acronyms_not_names.txt)."""
    return frozenset(w for ln in resource(ACRONYM_FILE).read_text(encoding="utf-8").splitlines()
                     if ln.strip() and not ln.startswith("#") for w in ln.split())


def _deumlaut(text: str) -> str:
    return text.replace("ä", "a").replace("ö", "o").replace("ü", "u")


@lru_cache(maxsize=1)
def _people_nouns() -> frozenset[str]:
    """Nouns for the people of a country, built from the nationality adjectives ending in
    -isch: amerikanisch -> Amerikaner(in/innen/n/s), spanisch -> Spanier, russisch -> Russe(n),
    Russin. Stems shorter than four letters are left out (malisch would give "Maler"); the
    irregular forms ("Franzosen", "Dänen") come from their own list."""
    stems = [ln.strip() for ln in resource(NATIONALITY_FILE).read_text(encoding="utf-8")
             .splitlines() if ln.strip() and not ln.startswith("#")]
    out = set()
    for stem in stems:
        if not stem.endswith("isch") or len(stem) < 8:
            continue
        base = stem[:-4]
        for noun in (base + "er", base + "ier", base + "e", base + "i"):
            noun = noun[:1].upper() + noun[1:]
            stemf = noun.removesuffix("e")
            out.update({noun, noun + "n", noun + "s", stemf + "in", stemf + "innen"})
    # irregular forms and peoples without a state (resources/de/ner/people_nouns.txt)
    out.update(w for ln in resource(PEOPLE_FILE).read_text(encoding="utf-8").splitlines()
               if ln.strip() and not ln.startswith("#") for w in ln.split())
    return frozenset(out)


@lru_cache(maxsize=1)
def _currency_forms() -> tuple[frozenset[str], frozenset[str]]:
    """(currency forms, forms that count only after a number) from resources/de/ner."""
    sure, after_number = set(), set()
    for ln in resource(CURRENCY_FILE).read_text(encoding="utf-8").splitlines():
        ln = ln.strip()
        if not ln or ln.startswith("#"):
            continue
        (after_number if ln.startswith("?") else sure).add(ln.lstrip("?"))
    return frozenset(sure), frozenset(after_number)


# words between a number and its currency ("23 Mio . Franc", "zwei Millionen Pfund")
_AMOUNT_WORDS = frozenset({"Mio", "Mrd", "Mio.", "Mrd.", ".", "Millionen", "Milliarden",
                           "Million", "Milliarde", "Tausend"})


def _after_number(doc: Doc, i: int) -> bool:
    j = i - 1
    while j >= 0 and i - j <= 3 and doc[j].text in _AMOUNT_WORDS:
        j -= 1
    return j >= 0 and (doc[j].like_num or doc[j].text[:1].isdigit())


def _is_currency(doc: Doc, i: int) -> bool:
    """True if token ``i`` names a currency (see resources/de/ner/currencies.txt)."""
    sure, after_number = _currency_forms()
    text = doc[i].text
    last = text.rsplit("-", 1)[-1] if "-" in text and text != "D-Mark" else text
    if text in sure or (last != text and last in sure):
        return True
    return text in after_number and _after_number(doc, i)


def _currencies(doc: Doc, ents: list[Span]) -> list[Span]:
    """Label currency names MISC (GermEval's OTH): added when untagged, relabelled when the
    model tagged the word alone as a person or place ("Franc" PER, "Taiwan-Dollar" LOC)."""
    by_start = {e.start: k for k, e in enumerate(ents)}
    taken = set()
    for ent in ents:
        taken.update(range(ent.start, ent.end))
    changed = False
    strings = doc.vocab.strings
    # word forms first, through a per-form cache: no Token object for the other words
    for i, orth in enumerate(doc.to_array(ORTH).tolist()):
        if not _may_be_currency(orth, strings) or not _is_currency(doc, i):
            continue
        k = by_start.get(i)
        if k is not None and len(ents[k]) == 1 and ents[k].label_ != "MISC":
            ents[k] = Span(doc, i, i + 1, label="MISC")
            changed = True
        elif i not in taken:
            ents.append(Span(doc, i, i + 1, label="MISC"))
            changed = True
    return sorted(ents, key=lambda e: e.start) if changed else ents


# Per word form (string hash): could it name a currency? (capitalised and listed, alone or as
# the last part of a hyphenated compound)
_CURRENCY_FORM_CACHE: dict[int, bool] = {}


def _may_be_currency(orth: int, strings) -> bool:
    hit = _CURRENCY_FORM_CACHE.get(orth)
    if hit is None:
        text = strings[orth]
        sure, after_number = _currency_forms()
        last = text.rsplit("-", 1)[-1]
        hit = text[:1].isupper() and (text in sure or text in after_number or last in sure)
        if len(_CURRENCY_FORM_CACHE) < 500_000:
            _CURRENCY_FORM_CACHE[orth] = hit
    return hit


@lru_cache(maxsize=1)
def _inhabitant_heads() -> tuple[str, ...]:
    """Endings of words that make one name with an inhabitant adjective before them."""
    return tuple(ln.strip() for ln in resource(INHABITANT_HEADS_FILE).read_text(encoding="utf-8")
                 .splitlines() if ln.strip() and not ln.startswith("#"))


# the name-list bits of the model's word table that say a word may be a name
_NAME_BITS = GAZ_SURNAME | GAZ_FIRSTNAME | GAZ_CITY | GAZ_COUNTRY | GAZ_COMPANY

# words that join the names of a list ("Tacoma , Shawn und Praise")
_LIST_JOINERS = frozenset({",", "und", "oder", "&", "sowie"})


def _listed_together(doc: Doc, a: Span, b: Span) -> bool:
    """True if the two entities stand next to each other in a list: one or two list joiners
    (",", "und", "oder") between them, the last perhaps followed by a capitalised word that
    opens the second name (a title: "Sydney und Miss Parker")."""
    first, second = (a, b) if a.start < b.start else (b, a)
    gap = [t.text for t in doc[first.end:second.start]]
    if len(gap) >= 2 and gap[-1][:1].isupper() and gap[-1].isalpha():
        gap = gap[:-1]
    return 1 <= len(gap) <= 2 and all(t in _LIST_JOINERS for t in gap)


@lru_cache(maxsize=1)
def _kb_place_names() -> frozenset[str]:
    """Names the KB knows as places and not as persons: cities of ``lagebild/kb/data/places.tsv``
    with their German names from ``resources/de/actors/cities_de.tsv`` and country names,
    without the names, aliases and surnames of the KB's persons and without its first names."""
    from ...kb.loader import load_countries, load_places
    places = {n for p in load_places() for n in (p.name,) + p.aliases}
    places.update(n for c in load_countries() for n in c.names)
    return frozenset(places - _kb_person_names())


@lru_cache(maxsize=1)
def _kb_person_names() -> frozenset[str]:
    """The KB's first names and its persons' names, aliases and surnames: words that may name a person."""
    from ...kb.loader import load_persons
    from ...kb.lookup import surname_of
    persons = set(_first_names())
    for person in load_persons():
        persons.update((person.name,) + person.aliases)
        surname = surname_of(person)
        if surname:
            persons.add(surname)
    return frozenset(persons)


@lru_cache(maxsize=1)
def _kb_organisation_names() -> frozenset[str]:
    """Names and aliases of the KB's organisations (``resources/de/actors/organisations.tsv``)
    that are bodies of their own, not regions or institutions named by their seat ("Europa",
    "Kreml"), without the names, aliases and surnames of the KB's persons, its first names and
    the names of its places and countries."""
    from ...kb.loader import load_countries, load_organisations, load_places
    orgs = {n for o in load_organisations() if o.kind not in ("region", "institution")
            for n in (o.name,) + o.aliases}
    orgs -= {n for p in load_places() for n in (p.name,) + p.aliases}
    orgs -= {n for c in load_countries() for n in c.names}
    return frozenset(orgs - _kb_person_names())


@lru_cache(maxsize=1)
def _kb_person_only_names() -> frozenset[str]:
    """Names, aliases and surnames of the KB's persons that name no place, country, organisation
    or company of the KB (first names are left out: "Victoria" may be a city)."""
    from ...kb.loader import load_companies, load_countries, load_organisations, load_persons, load_places
    from ...kb.lookup import surname_of
    persons = set()
    for person in load_persons():
        persons.update((person.name,) + person.aliases)
        surname = surname_of(person)
        if surname:
            persons.add(surname)
    others = {n for p in load_places() for n in (p.name,) + p.aliases}
    others.update(n for c in load_countries() for n in c.names)
    others.update(n for o in load_organisations() + load_companies() for n in (o.name,) + o.aliases)
    return frozenset(persons - others)


def _persons_not_places(doc: Doc, ents: list[Span]) -> list[Span]:
    """Place and organisation spans that name a person of the KB and nothing else it knows become
    PER, unless a place preposition stands among the two words before them (see
    ``KB_PERSON_NOT_PLACE``)."""
    names = _kb_person_only_names()
    out = ents
    for k, e in enumerate(ents):
        if e.label_ not in ("LOC", "ORG") or e.text not in names:
            continue
        if any(t.lower_ in _PLACE_PREPOSITIONS for t in doc[max(0, e.start - 2):e.start]):
            continue
        if out is ents:
            out = list(ents)
        out[k] = Span(doc, e.start, e.end, label="PER")
    for k, e in enumerate(out):
        # "Zu Guttenberg trat zurück": the KB names him with his particle, which the model leaves
        # out; without it the clause read "zu Guttenberg" as a phrase of "zu", not its subject
        if e.label_ == "PER" and e.start > 0 and doc[e.start - 1].lower_ in _NOBILIARY and \
                f"{doc[e.start - 1].lower_} {e.text}" in names and \
                not (k > 0 and out[k - 1].end > e.start - 1):
            if out is ents:
                out = list(ents)
            out[k] = Span(doc, e.start - 1, e.end, label="PER")
    return out


def _initials_of_abbreviation(doc: Doc, ents: list[Span]) -> list[Span]:
    """An organisation right before an abbreviation in brackets ("Freie Presse" "(" "VFP" ")")
    whose capitals end with the initials of the span's capitalised words and begin with those of
    the capitalised words right before the span, outside every entity ("Verein"), takes those
    words in: "Verein Freie Presse" (see ``ABBREVIATION_INITIALS``)."""
    out = list(ents)
    for k, ent in enumerate(ents):
        j = ent.end
        if ent.label_ != "ORG" or j + 2 >= len(doc) or doc[j].text != "(" or doc[j + 2].text != ")":
            continue
        abbr = doc[j + 1].text
        if not (2 <= len(abbr) <= 8 and abbr.isalpha() and abbr.isupper()):
            continue
        initials = "".join(t.text[0].upper() for t in ent if t.text[:1].isupper())
        if not initials or len(abbr) <= len(initials) or not abbr.endswith(initials):
            continue
        head = abbr[:len(abbr) - len(initials)]
        start = ent.start - len(head)
        if start < (ents[k - 1].end if k > 0 else 0):
            continue
        before = doc[start:ent.start]
        if all(t.text[:1] == h and t.text.isalpha() for t, h in zip(before, head)):
            out[k] = Span(doc, start, ent.end, label="ORG")
    return out


@lru_cache(maxsize=1)
def _country_words() -> frozenset[str]:
    """One-word German country names of the KB, lower-cased ("ukraine", "irak")."""
    from ...kb.loader import load_countries
    return frozenset(n.lower() for c in load_countries() for n in c.names if " " not in n and len(n) >= 4)


def _directional_place(text: str) -> bool:
    """True for a compass prefix before a one-word country name, also in the genitive:
    "Ostukraine", "Nordirak", "Nordiraks", "Südlibanon" (and "Nordkorea", a place all the same;
    the KB resolves each to its country)."""
    from ...kb.lookup import DIRECTION_PREFIXES
    for prefix in DIRECTION_PREFIXES:
        if text.startswith(prefix) and len(text) > len(prefix) + 3:
            rest = text[len(prefix):].lstrip("-").lower()
            if rest in _country_words() or rest.endswith("s") and rest[:-1] in _country_words():
                return True
    return False


# Per word form (string hash): (capitalised, _directional_place): what _add_listed_names asks of
# every word outside the entities; both are functions of the text alone (the DIRECTIONAL_PLACES
# flag is read at the call)
_LISTED_WORD_CACHE: dict[int, tuple[bool, bool]] = {}


def _listed_word(orth: int, strings) -> tuple[bool, bool]:
    """``(capitalised, directional place)`` of the word form ``orth``, cached per form."""
    hit = _LISTED_WORD_CACHE.get(orth)
    if hit is None:
        text = strings[orth]
        capitalised = text[:1].isupper()
        hit = (capitalised, capitalised and _directional_place(text))
        if len(_LISTED_WORD_CACHE) < 500_000:
            _LISTED_WORD_CACHE[orth] = hit
    return hit


@lru_cache(maxsize=1)
def _role_forms() -> frozenset[str]:
    """The forms of the actor KB's role nouns, case-folded ("minister", "außenministers")."""
    from ...kb.loader import load_role_nouns
    return frozenset(f.casefold() for rn in load_role_nouns() for f in rn.forms)


def _is_role_noun(text: str) -> bool:
    """True for a capitalised form of the actor KB's role nouns, alone or after a hyphen
    ("Minister", "Kremlsprecher", "US-Außenminister"; not a solid compound the list lacks,
    "Digitalkommissar", see ``ROLE_NOT_IN_PERSON``)."""
    if not text[:1].isupper():
        return False
    forms = _role_forms()
    return text.casefold() in forms or ("-" in text and text.rsplit("-", 1)[1].casefold() in forms)


@lru_cache(maxsize=1)
def _first_names() -> frozenset[str]:
    """First names of the actor KB's word list (resources/de/actors/first_names.tsv)."""
    from ...kb.loader import load_first_names
    return frozenset(name for _gender, names in load_first_names() for name in names)


def _lower_non_derived_misc(ent: Span) -> bool:
    """True for a one-word MISC in lower-case letters that no name derives ("ölreichen"): not a
    listed nationality adjective and without the -sch ending of "bayerischen", "gotische"."""
    text = ent.text
    if ent.label_ != "MISC" or len(ent) != 1 or not text[:1].islower() or not text.isalpha():
        return False
    return not _SCH_ENDING.search(text) and not is_nationality_adjective(text)


def _add_derived_misc(doc: Doc, ents: list[Span]) -> list[Span]:
    """Add MISC for nationality adjectives the model left untagged ("die russischen Truppen").

    The model under-predicts them because only GermEval of its corpora labels them; the list
    rule raised held-out MISC F1 (see models/ner-de/MODEL_CARD.md).
    """
    taken = set()
    for ent in ents:
        taken.update(range(ent.start, ent.end))
    strings = doc.vocab.strings
    added = [Span(doc, i, i + 1, label="MISC") for i, orth in enumerate(doc.to_array(ORTH).tolist())
             if i not in taken and _is_nationality_orth(orth, strings)]
    return sorted(ents + added, key=lambda s: s.start) if added else ents


@lru_cache(maxsize=1)
def _nationality_pattern() -> re.Pattern:
    stems = [ln.strip() for ln in resource(NATIONALITY_FILE).read_text(encoding="utf-8")
             .splitlines() if ln.strip() and not ln.startswith("#")]
    alt = "|".join(sorted((re.escape(s) for s in stems), key=len, reverse=True))
    return re.compile(rf"(?:{alt})(?:-(?:{alt}))*(?:e|en|er|es|em)?")


# Rule results per string hash (hashes are the same in every vocabulary).
_NATIONALITY_CACHE: dict[int, bool] = {}


def _is_nationality_orth(orth: int, strings) -> bool:
    """:func:`is_nationality_adjective` of the word form ``orth`` (its text from ``strings`` only
    on a cache miss)."""
    hit = _NATIONALITY_CACHE.get(orth)
    if hit is None:
        hit = is_nationality_adjective(strings[orth])
        if len(_NATIONALITY_CACHE) < 500_000:
            _NATIONALITY_CACHE[orth] = hit
    return hit


def is_nationality_adjective(text: str) -> bool:
    """True for ``russischen``, ``Deutsche``, ``deutsch-französischen`` (see the resource file)."""
    return bool(_nationality_pattern().fullmatch(text.lower()))


@Language.factory("lb_entities", assigns=["doc.ents"],
                  default_config={"model_path": None, "derived_misc": True, "descriptors": True})
def make_component(nlp: Language, name: str, model_path: str | None, derived_misc: bool,
                   descriptors: bool):
    """Create the component (loads ``models/ner-de`` unless ``model_path`` is given).

    ``derived_misc`` adds MISC for nationality adjectives the model missed; ``descriptors``
    labels the name after a descriptor noun ("die Tageszeitung Haaretz" -> ORG) and drops
    generic roads and bare compass directions tagged LOC.
    """
    register_extensions()
    return EntityRecognizer(nlp.vocab, model_path, derived_misc, descriptors)
