"""Rules that find quotations, their speakers, cues, frames and addressees in a German ``Doc``.

The unit of analysis is a sentence, or several sentences joined by a quotation that crosses their
boundary (``sagte: „Wir hatten ein Treffen. Ich …“``). In each unit the finder

1. pairs quotation marks (:mod:`.marks`) into direct quotes;
2. finds attribution frames outside the quotes: a cue verb with its clause (``sagte der
   Präsident``, ``teilte … mit``, ``wie X mitteilte``, ``wie aus X hervorgeht``, ``…, das teilte
   X mit``), a pattern (``laut X``, ``X zufolge``, ``nach Angaben von X``, ``, so X``, ``heißt
   es``) or a speech noun or attitude adjective with its complement (``vertritt die Ansicht,
   dass …``, ``ist zuversichtlich, … zu können``);
3. gives each frame the text on the side its clause points to: ``X sagte, …`` takes what follows,
   ``…, sagte X`` and ``…, so X`` what precedes, ``laut X`` the rest of the sentence. A quotation
   mark span there is Direct; other text is Indirect, with quotation marks inside it as nested
   Direct quotes. A cue verb of the *reported* class without such a complement makes the whole
   sentence Reported (the dataset leaves the cue of Reported speech unmarked);
   ``Das berichtet X`` quotes the sentence before it (and the demonstrative);
4. in a second pass over the units (:mod:`.context`), a Konjunktiv or dass-clause after the comma of a main clause
   with an unlisted verb is Indirect ("X erwähnte, dass er … werde"); otherwise sentences in
   Konjunktiv close after attributed speech become IndirectFreeIndirect, sentences with
   reportative "soll/sollen" FreeIndirect, and lone quotation sentences Direct; all take the
   speaker of the quotation before them;
5. quoted names and titles („Die Welt“, „Grand Theft Auto“, „…“ right after a naming noun such as
   "die Organisation") are dropped as Direct quotes.

Where the dataset gives the same words twice, so does the finder: a quotation quoted by someone
("X wird von der Zeitung zitiert: „…“") once for each of them, the speech of a cue verb inside the
content of "laut X" once more as the verb's, Reported speech with quoted words inside as both.
Weak cue verbs (class ``weak``: "zeigen", "nennen", "bezeichnen", "darstellen") quote a clause only
when it is clearly speech after their comma.

Rule choices were measured on the train split of the German Wikinews quotation data (read from
``../shared/data``, never shipped); ``lagebild eval quotes`` reports the dev split.

Speakers are chunked without a tagger (:mod:`.chunks`), from closed-class word lists: a noun
phrase before the finite verb, or after it when the verb comes first or the first field is an
adverbial or a focus particle ("Auch X sagte"); a passive's agent ("vom Minister als … bezeichnet");
the subject of a main clause with an unlisted verb before a colon and a quotation.

Conventions follow the German Wikinews quotation data: a direct quote includes its marks, an
indirect quote excludes the sentence-final full stop, the frame is the unit minus the quote and
the final punctuation, the cue includes auxiliaries and separable particles (``hatte … gesagt``,
``teilte … mit``) and ``wie`` in ``wie X sagte``; in a passive cue clause the subject is the
addressee and ``von X`` the speaker. Known gaps: speakers that are not noun phrases of the
recognised shapes, subjects in the middle field after an object, quotes of several clauses that
change speaker within one sentence, Reported speech (the dataset's use of it varies most: verbs
keep the *reported* class only where train confirms them), speakers of free indirect speech after
a misattributed quotation (they inherit its error).
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.attrs import IDX, IS_SPACE, MORPH, ORTH, SENT_START, SPACY
from spacy.tokens import Doc, MorphAnalysis

from ..extensions import ActorIndex
from .chunks import (
    _ADJ_ENDINGS,
    _RELATIVE_OPEN,
    _SUBJECT_PRONOUNS,
    CLAUSE_BREAK,
    OPENERS,
    PUNCT,
    _Frame,
    _Unit,
)
from .context import ContextPass
from .marks import QUOTE_MARKS, find_quote_spans
from .resources import QuoteResources

FINAL = frozenset({".", "!", "?", "…"})
_TO_VERBS = frozenset({"appellieren", "schreiben", "wenden", "richten", "twittern", "melden", "sagen"})
_ADVERB_ENDINGS = ("end", "lich", "weise", "ig", "erweise", "gemäß")
_DATIVE_OPEN = frozenset({"dem", "einem", "seinem", "ihrem", "diesem", "unserem"})
_DATIVE_PRONOUNS = frozenset({"ihm", "ihnen", "uns", "mir"})
_WERDEN = frozenset({"wird", "wurde", "wurden", "werden", "worden"})
# a first field opening with these is an object or an adverbial genitive ("Des Weiteren"): the
# subject follows the verb
_OBJECT_OPEN = frozenset({"den", "dem", "einen", "einem", "diesen", "diesem", "ihm", "ihn", "ihnen",
                          "des"})
# speakers that make a sentence an interview answer or the author's voice, not reported speech
_NOT_REPORTED_SPEAKERS = frozenset({"ich", "wir", "sie", "man", "es", "das", "dies"})
_DEMONSTRATIVES = frozenset({"das", "dies", "dieses"})
# pronouns skipped after the verb on the way to its subject ("so charakterisierte ihn der …")
_OBJECT_PRONOUNS = frozenset({"sich", "uns", "mich", "ihn", "ihm", "ihnen"})
_FOCUS_ADVERBS = frozenset({"auch", "aber", "selbst", "sogar", "nur", "jedoch", "zudem", "ebenso",
                            "allerdings", "doch", "nun", "jetzt", "inzwischen", "gleichzeitig"})
# pronominal adverbs that point at a following complement: "warnte davor, …"
_POINTERS = frozenset({"davon", "davor", "darauf", "darüber", "dafür", "dazu", "damit", "daran", "darum"})
# prepositions that name the document a statement is in: "heißt es in der Erklärung"
_SOURCE_PREPS = frozenset({"in", "im", "auf", "bei"})
# A dateline ("Wien – …", "Kairo/Damaskus – …") names where a report was filed: it is neither part
# of a quotation nor its speaker. Left in the unit, it hid a direct quote after it ("Wien – „Wir
# lehnen das ab“, sagte er" found nothing) and widened indirect ones to include the place.
SKIP_DATELINE = True
_DATELINE_MAX = 5  # words and slashes of a dateline
_DATELINE_DASHES = frozenset({"–", "—", "-"})


class QuoteFinder:
    """Find quotations in a ``Doc``; one instance per pipeline, holding only the word lists."""

    def __init__(self, resources: QuoteResources):
        self.res = resources

    def __call__(self, doc: Doc) -> list[dict]:
        """Return the quote dicts (document-contract form) of ``doc``."""
        # the per-document token tables live in a scan object made for this document only
        return _Scan(self.res)(doc)


# lb_morph's analyses (by the hash of their feature string, a function of the string alone) ->
# Konjunktiv I present: parsing the analysis of every token was a seventh of lb_quotes' time, and
# news text has few distinct analyses
_KONJ1_PRESENT: dict[int, bool] = {}


class _Scan(ContextPass):
    """The scan of one document: token tables and the rules that read them."""

    def __init__(self, resources: QuoteResources):
        self.res = resources
        self.sources = resources.patterns_by_kind.get("source_noun", frozenset())
        # compounds ending in a source noun count too ("Polizeiangaben"); lower-cased suffixes
        # (six letters at least: "Voraussicht" and "Absicht" are no views)
        self.source_suffixes = tuple(sorted(x.lower() for x in self.sources if len(x) >= 6))
        self.source_preps = resources.patterns_by_kind.get("source_prep", frozenset())
        self.preps = resources.patterns_by_kind.get("prep", frozenset())
        self.postps = resources.patterns_by_kind.get("postp", frozenset())
        self.so_words = resources.patterns_by_kind.get("so", frozenset())
        self.impersonal = tuple(tuple(p.split()) for p in resources.patterns_by_kind.get("impersonal", ()))
        # the same patterns by their first word, in their order: only those can match at a token
        # (_pattern_frames tried every pattern at every token); an empty pattern would match
        # anywhere, so with one the full list is tried as before
        self._impersonal_by_first: dict[str, list[tuple[str, ...]]] | None = {}
        for words in self.impersonal:
            if not words:
                self._impersonal_by_first = None
                break
            self._impersonal_by_first.setdefault(words[0], []).append(words)
        self.adverbs = resources.patterns_by_kind.get("adverb", frozenset())
        # attitude adjectives ("zuversichtlich, … zu können") carry speech as the nouns do
        self.speech_adjectives = resources.patterns_by_kind.get("speech_adjective", frozenset())
        self.speech_nouns = resources.patterns_by_kind.get("speech_noun", frozenset()) | self.speech_adjectives
        self.konj1 = frozenset(k.form for k in resources.konjunktiv if k.mood == "I")
        self.konj2 = frozenset(k.form for k in resources.konjunktiv if k.mood == "II")
        closed = resources.closed
        self.news_nouns = closed.get("news_noun", frozenset())
        self.media_suffixes = tuple(sorted(w for w, c in resources.word_classes.items() if "MEDIA" in c and len(w) >= 6))
        self.attitude_words = self.speech_adjectives | closed.get("attitude_word", frozenset())
        self.time_nouns = closed.get("time_noun", frozenset())
        self.demonstrative_subjects = closed.get("demonstrative_subject", frozenset())
        self.casualty_nouns = closed.get("casualty_noun", frozenset())
        self.negative_subjects = closed.get("negative_subject", frozenset())
        # nouns a quoted name stands beside ("die Organisation „…“"); compounds count too
        self.name_nouns = tuple(sorted(closed.get("name_noun", ())))
        # an infinitive with "zu" inside a separable verb: "anzutreten", "hinzuweisen"
        particles = "|".join(sorted(closed.get("separable_particle", ()), key=lambda p: (-len(p), p)))
        self.zu_infinitive = re.compile(rf"^(?:{particles})zu[a-zäöüß]+en$") if particles else None

    # ------------------------------------------------------------------ entry point
    def __call__(self, doc: Doc) -> list[dict]:
        """Return the quote dicts (document-contract form) of ``doc``."""
        n = len(doc)
        if n == 0:
            return []
        self.doc = doc
        self.text = doc.text  # Doc.text joins all tokens on every access
        self._actors: ActorIndex | None = None  # built on the first speaker
        # one pass over the tokens: spaCy builds a Token object per access, which dominates the
        # cost of this component if done per rule
        # (and not even a Token per word: the attributes as one array, the texts from the string
        # store, a morphological analysis only for a key not seen before)
        has_sents = doc.has_annotation("SENT_START")
        t, sp, brk, is_space, idx, starts, sub = [], [], [], [], [], [], []
        konj1_present = _KONJ1_PRESENT
        strings, vocab = doc.vocab.strings, doc.vocab
        for k, (orth, spacy, space, start, sent_start, morph_key) in enumerate(
                doc.to_array([ORTH, SPACY, IS_SPACE, IDX, SENT_START, MORPH]).tolist()):
            text, ws, space = strings[orth], " " if spacy else "", bool(space)
            t.append(text)
            sp.append(bool(ws) or space)
            brk.append(space and "\n" in text or "\n\n" in ws)
            is_space.append(space)
            idx.append(start)
            if has_sents and sent_start == 1 and k:  # (Token.is_sent_start: SENT_START 1)
                starts.append(k)
            if morph_key:  # (Token.has_morph())
                present = konj1_present.get(morph_key)
                if present is None:
                    morph = MorphAnalysis.from_id(vocab, morph_key)
                    # Konjunktiv I only: a past Konjunktiv II of a weak verb ("machte") looks like
                    # the indicative, and a tagger's guess there adds noise
                    present = "Sub" in morph.get("Mood") and "Pres" in morph.get("Tense")
                    if len(konj1_present) < 100_000:  # (bounded: one entry per distinct analysis)
                        konj1_present[morph_key] = present
                if present:
                    sub.append(k)
        self.t, self.sp, self.brk, self.is_space, self.idx = t, sp, brk, is_space, idx
        self._tok_at = {c: k for k, c in enumerate(idx)}
        self.sent_starts = starts
        self.subjunctive = frozenset(sub)  # Konjunktiv by lb_morph, when it ran
        self.lo = [s.lower() for s in t]
        classes_of = self.res.classes_of
        self.cls = [classes_of(s) for s in self.lo]
        quotes = find_quote_spans(self.t, self.sp, self.brk)
        self._quote_by_start = {a: (a, b) for a, b in quotes}
        self._quote_by_end = {b: (a, b) for a, b in quotes}
        self.in_quote = [False] * n
        for a, b in quotes:
            for i in range(a, b + 1):
                self.in_quote[i] = True
        units = self._units(quotes)
        self._quoted: list[tuple[dict, tuple[int, int]]] = []  # quotes of a "zitieren" frame
        prev = None
        for unit in units:
            self._attribute(unit, prev)
            prev = unit
        self._context(units)
        out = [q for u in units for q in u.found]
        kept = {id(q) for q in out}
        # "X wird von der Zeitung zitiert: „…“": the same words once more as X's own
        out += [{**q, "speaker": self._span(who, actor=True), "addressee": None}
                for q, who in self._quoted if id(q) in kept]
        speakers = [(q["speaker"]["start"], q["speaker"]["end"]) for q in out if q["speaker"]]
        speakers += [(q["addressee"]["start"], q["addressee"]["end"]) for q in out if q["addressee"]]
        out = [q for q in out if not (q["type"] == "Direct" and self._names_something(q, speakers))]
        out.sort(key=lambda q: (q["quote"][0]["start"], q["type"] != "Direct"))
        return out

    # ------------------------------------------------------------------ units
    def _units(self, quotes: list[tuple[int, int]]) -> list[_Unit]:
        n = len(self.t)
        bounds = [0] + self.sent_starts + [n]
        sents = [(bounds[k], bounds[k + 1]) for k in range(len(bounds) - 1)]
        sent_of = [0] * n
        for k, (a, b) in enumerate(sents):
            for i in range(a, b):
                sent_of[i] = k
        parent = list(range(len(sents)))
        for a, b in quotes:
            for k in range(sent_of[a] + 1, sent_of[b] + 1):
                parent[k] = parent[sent_of[a]]
        units: list[_Unit] = []
        for k, (a, b) in enumerate(sents):
            if parent[k] != k and units:
                units[-1].end = b
            else:
                units.append(_Unit(a, b))
        for unit in units:
            # trim spaces at both ends
            while unit.start < unit.end and self.is_space[unit.start]:
                unit.start += 1
            while unit.end > unit.start and self.is_space[unit.end - 1]:
                unit.end -= 1
            unit.start = self._after_dateline(unit.start, unit.end)
            unit.quotes = [(a, b) for a, b in quotes if unit.start <= a < unit.end]
        return [u for u in units if u.end > u.start]

    def _after_dateline(self, a: int, b: int) -> int:
        """The first token after a dateline that opens the unit ("Wien – „Wir …“, sagte X",
        "Wien/Brüssel – Die Regierung werde …, sagte X"), or ``a`` when there is none.

        A dateline is a run of up to :data:`_DATELINE_MAX` capitalised words (names, joined by
        "/") that are no closed-class words, then a dash set apart by spaces; a second dash later
        in the unit makes the first one open an inserted phrase ("Merkel – die Kanzlerin – sagte")."""
        if not SKIP_DATELINE:
            return a
        k = a
        while k < b and k - a < _DATELINE_MAX and (self.t[k] == "/" or self._cap(k) and not self.cls[k]
                                                   and self._word(k) and not self.in_quote[k]):
            k += 1
        if k == a or k + 1 >= b or self.t[k] not in _DATELINE_DASHES or self.t[k - 1] == "/":
            return a
        if not self.sp[k - 1] or not self.sp[k]:
            return a  # "Wien-Mitte": a hyphen inside a name
        if any(self.t[x] in _DATELINE_DASHES and not self.in_quote[x] for x in range(k + 1, b)):
            return a
        k += 1
        while k < b and self.is_space[k]:
            k += 1  # "Brüssel –  Im …": a second space after the dash is a token of its own
        return k

    # ------------------------------------------------------------------ frames
    def _verb_frames(self, unit: _Unit) -> list[_Frame]:
        frames: list[_Frame] = []
        i = unit.start
        while i < unit.end:
            if self.in_quote[i] or not self._word(i):
                i += 1
                continue
            lo = self.lo[i]
            entries = self.res.verb_index.get(lo)
            if not entries or "DET" in self.cls[i]:
                i += 1
                continue
            if self.t[i][:1].isupper() and i != unit.start:
                i += 1  # a capitalised form in mid-sentence is a noun ("das Sagen")
                continue
            if self._attributive(i, unit.start):
                i += 1  # "die seit Tagen erwartete Offensive": a participle used as an adjective
                continue
            frame = self._verb_frame(unit, i, entries)
            if frame is not None:
                frames.append(frame)
                i = max(i + 1, frame.end)
            else:
                i += 1
        return frames

    def _attributive(self, v: int, lo_bound: int) -> bool:
        """A cue form inflected as an adjective before a noun: after an article ("die erwartete
        Offensive"), or after an article and lower-case words or a prepositional phrase ("die
        lange erwartete", "die seit Tagen erwartete Offensive"); "Die Regierung erwartete
        Gespräche" is a clause: a noun follows the article."""
        if not (self.lo[v].endswith(_ADJ_ENDINGS) and v + 1 < len(self.t) and self._is_noun(v + 1)):
            return False
        if v > lo_bound and "DET" in self.cls[v - 1]:
            # "Das bestätigte Polizeisprecher X": a demonstrative object, then the verb
            return self.lo[v - 1] not in _SUBJECT_PRONOUNS | _DEMONSTRATIVES
        k = v - 1
        while k > lo_bound and k > v - 6 and not ("DET" in self.cls[k] or self.t[k] in PUNCT):
            k -= 1
        if not (k >= lo_bound and k + 1 < v and "DET" in self.cls[k] and self.lo[k] not in _SUBJECT_PRONOUNS):
            return False
        # between article and verb only lower-case words and prepositional phrases: a noun of
        # the article's own ("der Minister in Finnland sagte") makes it a clause
        in_pp = False
        for x in range(k + 1, v):
            in_pp = in_pp or "PREP" in self.cls[x]
            if self._cap(x) and not in_pp:
                return False
        return True

    def _verb_frame(self, unit: _Unit, v: int, entries) -> _Frame | None:
        cs = self._clause_start(v, unit.start)
        ce = self._clause_end(v, unit.end)
        verb = None
        cue = [v]
        for entry, needs_particle in entries:
            if needs_particle:
                # a particle closes its clause; one followed by its noun is a preposition ("sagte
                # zu Journalisten", "teilte mit Bedauern mit")
                part = next((k for k in range(v + 1, ce) if self.lo[k] == entry.particle
                             and not self.in_quote[k] and (entry.particle in ("für", "als")
                                                           or self._closes_clause(k + 1, ce))), None)
                if part is None and v > cs and self.lo[v - 1] == entry.particle and len(entry.particle) > 3 \
                        and (v + 1 >= ce or self.t[v + 1] in PUNCT or "AUX" in self.cls[v + 1]):
                    # verb-final with a particle written apart ("wie die Stadt bekannt gab"); a
                    # short one is written joined ("mitteilte"), so "mit gab" is a preposition
                    part = v - 1
                if part is None:
                    part = self._late_particle(v, unit.end, entry.particle)
                if part is None:
                    continue
                ce = max(ce, self._clause_end(part, unit.end))
                if part - 1 > v and self.lo[part - 1] in ("davon", "darauf", "darum", "dafür", "dazu"):
                    cue.append(part - 1)
                cue.append(part)
            verb = entry
            break
        if verb is None:
            return None
        if verb.lemma == "fordern" and verb.particle is None and any(
                self.lo[k] in self.casualty_nouns and "PREP" not in self.cls[k - 1] for k in range(cs, ce)):
            return None  # "Der Taifun forderte zwölf Todesopfer": lives claimed, nothing demanded
        # a finite auxiliary in the same clause belongs to the cue ("hatte … gesagt")
        aux = None
        for k in range(cs, v):
            if "AUX" in self.cls[k] and not self.in_quote[k] and "," not in self.t[k + 1:v]:
                aux = k  # not one in an inserted clause: "In einer Rede, die gezeigt wurde, sagte X"
                break
        if aux is None and v + 1 < ce and "AUX" in self.cls[v + 1]:
            cue.append(v + 1)
        if aux is not None:
            cue.append(aux)
        if "reflexive" in verb.classes:
            # "äußerte sich", "zeigte sich zufrieden": the reflexive pronoun belongs to the cue
            refl = next((k for k in range(min(cue) + 1, ce) if self.lo[k] == "sich"), None)
            if refl is not None:
                cue.append(refl)
        # "warnte davor, …", "sprach davon, dass …": the pronominal adverb that points at the
        # complement belongs to the cue
        last = ce - 1
        if last > v and last not in cue and self.lo[last] in _POINTERS and ce < unit.end and self.t[ce] == ",":
            cue.append(last)
        for k in range(cs, ce - 2):
            if self.lo[k] == "mit" and self.lo[k + 1] in ("den", "folgenden", "diesen") \
                    and self.lo[k + 2] == "worten" and not self.in_quote[k]:
                cue.extend((k, k + 1, k + 2))  # "wird mit den Worten zitiert": the dataset's cue
                break
        finite = aux if aux is not None else v
        first = cs
        while first < finite and "CONJ" in self.cls[first]:
            first += 1
        # "Auch Feinstein argumentierte", "Aber Zeitungen berichteten": a focus adverb before
        # the subject
        while first + 1 < finite and self.lo[first] in _FOCUS_ADVERBS and self._prefield_is_np(first + 1, finite):
            first += 1
        speaker = None
        addressee = None
        before = after = False
        inherit = False
        has_before = cs > unit.start and (self.t[cs - 1] in (",", "(", "–") or
                                          (self.t[cs - 1] in QUOTE_MARKS and self.in_quote[cs - 1]))
        has_after = ce < unit.end and (self.t[ce] in (",", ":") or self.t[ce] in OPENERS) and \
            any(self._word(k) or self.in_quote[k] for k in range(ce + 1, unit.end))
        lo_first = self.lo[first] if first < finite else ""
        after_comma = cs > unit.start and self.t[cs - 1] == ","
        if "source" in verb.classes:
            return self._source_frame(unit, first, v, cs, ce, cue, has_before, has_after)
        # "…, das teilte die Stadt mit": a demonstrative with its verb second, no relative clause
        pointer = lo_first in _DEMONSTRATIVES and first + 1 == finite and any(
            self._word(k) and k not in cue for k in range(v + 1, ce)) and not (
            self.lo[v + 1] == "sich" and "reflexive" not in verb.classes)  # "das nennt sich …"
        if after_comma and first < finite and not pointer and (lo_first in _RELATIVE_OPEN and not (
                first + 1 < finite and (self._is_noun(first + 1) or self._adj(first + 1, finite))) or (
                "PREP" in self.cls[first] and first + 1 < finite and self.lo[first + 1] in _RELATIVE_OPEN)):
            # a relative clause: "…, die die Form von Handschellen hatten"; one with a cue verb
            # may still introduce speech ("…, der vor dem Parlament betonte, er gehöre …")
            return self._relative_frame(unit, first, v, cs, ce, cue, verb, has_after)
        # a subordinate clause has its verb at the end; "Als Beispiel nannte die NASA …" is a main
        # clause with a prepositional first field
        # a particle written apart closes a main clause ("Als Grund gab X an"), never a subordinate one
        verb_final = not any(self._word(k) and k not in cue for k in range(v + 1, ce))
        wie_apposed = None
        if verb_final and first < finite and "SUB" not in self.cls[first] and cs - 2 > unit.start \
                and self.t[cs - 1] == "," and self._prefield_is_np(first, finite):
            # "…, wie Alan Stern, Direktor der NASA betont": the apposition's closing comma is
            # missing, so the clause seems to open with it; it opens with "wie" before the name
            w = next((k for k in range(cs - 2, max(unit.start, cs - 8) - 1, -1)
                      if self.lo[k] == "wie" or self.t[k] in CLAUSE_BREAK), None)
            if w is not None and self.lo[w] == "wie" and (w == unit.start or self.t[w - 1] == ",") \
                    and self._np_right(w + 1, cs - 1, appositive=False) == (w + 1, cs - 1):
                wie_apposed = (w + 1, finite)
                cs = first = w
                lo_first = "wie"
                has_before = cs > unit.start and self.t[cs - 1] == ","
        sub = first < finite and "SUB" in self.cls[first] and verb_final
        if sub and lo_first != "wie":
            # "während …", "nachdem …": not an attribution of the main clause that follows, but
            # of a dass/Konjunktiv clause right after its comma ("Nachdem X mitgeteilt hatte,
            # dass …, …")
            return self._subordinate_frame(unit, first, v, cs, ce, cue, verb, has_after)
        if sub:
            # verb-final clause: "wie X mitteilte", "nachdem X erklärt hatte"
            body_end = min(cue)
            if lo_first == "wie":
                cue.append(first)
            speaker = self._np_right(first + 1, body_end) if wie_apposed is None else wie_apposed
            if speaker is None and body_end > first + 1:
                speaker = self._np_left(body_end, first + 1)
            named = self._quote_starting(first + 1)
            if speaker is None and named is not None and named[1] < body_end:
                speaker = (first + 1, named[1] + 1)  # "wie „Netz aktuell“ berichtet"
            if speaker is not None:
                s0, s1 = speaker
                if s0 > first + 1:
                    # "wie fünf … Personen der Nachrichtenagentur Reuters sagten"
                    speaker = (first + 1, s1)
                speaker, addressee = self._split_addressee(speaker, verb)
            if lo_first == "wie" and has_before:
                before = True
            else:
                after = has_after
        else:
            post = finite + 1
            while post < ce and ("ADV" in self.cls[post] or self.lo[post] in _OBJECT_PRONOUNS) \
                    and self.lo[post] not in _SUBJECT_PRONOUNS:
                post += 1
            # "Besorgt äußerte sich der Vorsitzende …": an attitude word alone before the verb is
            # an adverbial, and the subject follows the verb
            prefield_np = first < finite and self._prefield_is_np(first, finite) and not (
                first + 1 == finite and self.lo[first] in self.attitude_words)
            after_es = self._np_right(post + 1, ce) if post + 1 < ce and self.lo[post] == "es" else None
            if after_es is not None and after_es[0] == post + 1 and not prefield_np \
                    and "PRON" not in self.cls[post + 1]:
                # "hält es der Präsident für möglich, dass …": "es" is the object, the noun
                # phrase after it the subject
                speaker = after_es
            elif post < ce and self.lo[post] in _SUBJECT_PRONOUNS \
                    and not (prefield_np and self.lo[post] in ("sie", "ihr")):
                # "er", "man", "wir" are nominative: the first field was an object; "sie" may
                # itself be the object ("Der Verband bezeichnete sie als …")
                speaker = (post, post + 1)
            elif prefield_np:
                end = finite
                for k in range(first + 1, finite - 1):
                    if self.t[k] == "," and self._relative_at(k + 1, finite):
                        end = k  # "Zapatero, der der PSOE angehört, verwies": not the relative clause
                        break
                while end > first and ("ADV" in self.cls[end - 1] or self.t[end - 1] in PUNCT) \
                        and self.t[end - 1] != ")":
                    end -= 1
                speaker = (first, end)
                inverted = self._subject_before_als(post, ce) if self.lo[first] not in ("der", "ein", "er") else None
                if inverted is not None:
                    # "Die Pläne bezeichnete der Minister als „…“": the first field is the object,
                    # the noun phrase after the verb and before "als" the subject
                    speaker = inverted
                elif first == cs and cs - 1 > unit.start and self.t[cs - 1] == ",":
                    # "Dolkun Isa, der Sekretär des Kongresses sagte": an apposition whose closing
                    # comma is missing; the name before the comma belongs to the subject
                    a0 = unit.start
                    while a0 < cs - 1 and "CONJ" in self.cls[a0]:
                        a0 += 1
                    left = self._np_right(a0, cs - 1, appositive=False)
                    if left == (a0, cs - 1) and not any(self.in_quote[k] for k in range(a0, cs - 1)):
                        speaker = (a0, end)
                        cs = a0
            else:
                # the bound is the unit, not the clause: "sagte der Chef von EY, Hubert Bart."
                speaker = self._np_right(post, unit.end) if post < ce else None
                if speaker is not None and speaker[1] > ce:
                    ce = self._clause_end(speaker[1] - 1, unit.end)
                    has_after = ce < unit.end and (self.t[ce] in (",", ":") or self.t[ce] in OPENERS) \
                        and any(self._word(k) or self.in_quote[k] for k in range(ce + 1, unit.end))
                if speaker is not None:
                    speaker, addressee = self._split_addressee(speaker, verb)
            if first >= finite:  # the verb opens its clause: "…, sagte er" or "und fügte hinzu"
                before = has_before
                # "„…“, sagte er, „…“": an interrupted quote continues after the frame
                resumes = ce + 1 < unit.end and (self.t[ce] in OPENERS or self.t[ce + 1] in OPENERS)
                after = has_after and (not has_before or resumes)
                if has_before and has_after and self._adverbial_prefield(unit.start, cs - 1):
                    # "Da es keine Verordnung gibt, hat das Gericht entschieden, dass …": the
                    # clause before the comma is the first field of this one, not what was said
                    before, after = False, True
                if speaker is None and cs > unit.start and "CONJ" in self.cls[cs - 1]:
                    inherit = True
                    after = has_after
                    before = False
                elif speaker is None and has_before and has_after and self.t[cs - 1] == ",":
                    # "John Kline, ein Abgeordneter aus Ohio, sagte, dass …": the subject and its
                    # apposition stand before the verb, the content follows it
                    apposed = self._apposed_subject(unit.start, cs - 1)
                    if apposed is not None:
                        speaker, before, after = apposed, False, True
            else:
                after = has_after
                if not after and first + 1 == finite and lo_first in _DEMONSTRATIVES | {"so"} and speaker is not None \
                        and cs > unit.start and self.t[cs - 1] in (",", "–", "-") and self.lo[speaker[0]] != "sich":
                    # "Die Brücke bleibt gesperrt, das teilte die Stadt mit", "„…“, so sagte er":
                    # the demonstrative points at the clause before it, which is what was said
                    before = True
        if verb.lemma == "werden" and has_after:
            before, after = False, True  # "…, wurde bekannt, dass …": what became known follows
        if "speech" not in verb.classes:
            before = after = False  # "forderte eine Entscheidung": reported speech at most
        if "weak" in verb.classes:
            # "Falls …, droht dem Verein der Abstieg", "Die Fahne zeigt drei Streifen, …": such a
            # verb introduces speech only with a complement that is clearly speech
            before = False
            after = after and self.t[ce] == "," and self._speech_after(ce, unit.end)
        if addressee is None:
            addressee = self._addressee(finite, ce, speaker, verb, cs)
        if speaker is None and not inherit and not (before or after):
            return None
        if first + 1 == finite and self.lo[first] in self.negative_subjects or speaker is not None \
                and speaker[1] - speaker[0] == 1 and self.lo[speaker[0]] in self.negative_subjects:
            return None  # "Niemand ahnte, wie …": nobody is said to have said anything
        cue += self._cue_extras(v, cs, ce, unit.end, verb, first, finite)
        cue = sorted(set(cue))
        start = min([cs] + cue)
        passive = any(self.lo[k] in _WERDEN for k in cue)
        if "nopassive" in verb.classes and (passive or v + 1 < ce and self.lo[v + 1] in _WERDEN):
            return None  # "Dabei werden Kleider gezeigt, die …": shown, not said
        quoted = None
        if passive and not inherit and verb.lemma == "zitieren":
            # "X wird mit den Worten zitiert: „…“": the one quoted is the speaker, unless the
            # clause names who quotes ("wie von der Zeitung zitiert wird"); the dataset then
            # gives the quotation twice, once for each of them
            agent = self._passive_agent(start, max(cue))
            if agent is not None and speaker is not None and not (agent[0] < speaker[1] and speaker[0] < agent[1]):
                quoted = speaker
            elif agent is not None and speaker is not None and speaker[0] < agent[0] - 1:
                quoted = (speaker[0], agent[0] - 1)  # "wie Hoyzer von der Zeitung zitiert wird"
            speaker = agent or speaker
            addressee = None
        elif verb.lemma == "zitieren" and not passive and speaker is not None:
            # "Der Sender zitierte den Minister mit den Worten …", "zitiert die Zeitung X": the
            # object is the one quoted
            k = speaker[1] if speaker[0] > v else v + 1
            obj = self._np_right(k, ce) if k < ce and "PREP" not in self.cls[k] else None
            if obj is not None and obj[0] == k:
                quoted = obj
                if addressee == obj:
                    addressee = None
        elif passive and not inherit:
            # "Er wird beschuldigt, …", "Dem Trainer wurde vorgeworfen, …": the subject or the
            # dative is the one spoken to or about; the speaker is the agent ("von der Polizei")
            # if the clause names one
            if speaker is None and first < finite and (self.lo[first] in _DATIVE_OPEN | _DATIVE_PRONOUNS):
                speaker = self._np_right(first, finite) if self.lo[first] in _DATIVE_OPEN else (first, first + 1)
            if addressee is None and speaker is not None and verb.classes & {"object", "dative"}:
                addressee = speaker
            speaker = self._passive_agent(start, max(cue))
        participle = self.lo[v] in verb.participles and (aux is not None or v + 1 in cue)
        if verb.lemma in ("nennen", "bezeichnen") and self.lo[v] in verb.participles and aux is None \
                and v + 1 not in cue and (v > 0 and self.t[v - 1] == "," or any(
                    self.lo[k] in ("auch", "kurz") for k in range(max(cs, v - 5), v))):
            return None  # "ein neuer Standard, genannt „…“", "auch „…“ genannt": a name given
        reported = "reported" in verb.classes
        if reported and verb.lemma == "sprechen" \
                and not any(self.lo[k] in ("von", "vom", "über", "sich") for k in range(unit.start, ce)):
            # "sprach mit seiner Frau", "sprach ein Gebet": a conversation or a text recited, not
            # a report of what was said ("sprach von …", "sprach sich für … aus")
            reported = False
        return _Frame(start=start, end=max(ce, max(cue) + 1), cue=cue, speaker=speaker,
                      addressee=addressee, before=before, after=after,
                      reported=reported, head=v, inherit=inherit, passive=passive,
                      verbal=True, participle=participle, quoted=quoted)

    def _subject_before_als(self, post: int, ce: int) -> tuple[int, int] | None:
        """A nominative noun phrase right after the verb and before "als" ("bezeichnete der
        Minister als …", "nannte Müller als …"): one with "der" or a bare capitalised one."""
        if post >= ce or not (self.lo[post] == "der" or self._cap(post) and not self.cls[post]):
            return None
        np = self._np_right(post, ce, genitive=True, appositive=False)
        if np is None or np[0] != post or np[1] >= ce or self.lo[np[1]] != "als":
            return None
        return np

    def _cue_extras(self, v: int, cs: int, ce: int, end: int, verb, first: int, finite: int) -> list[int]:
        """Words the dataset counts into a cue beside the verb: "hält es für möglich" (the
        placeholder and the adjective), a pointer right before a clause-final verb ("war davon
        ausgegangen, dass …", "hat dazu aufgefordert, …"), the placeholder of an impersonal
        passive ("Es wird vermutet, dass …")."""
        extra: list[int] = []
        if verb.lemma == "halten" and verb.particle == "für" and v + 3 < ce and self.lo[v + 1] == "es" \
                and self.lo[v + 2] == "für" and self.t[v + 3].islower():
            extra += [v + 1, v + 3]
        comma_after = ce < end and self.t[ce] == ","
        if comma_after and v - 1 > cs and self.lo[v - 1] in _POINTERS and not self.in_quote[v - 1]:
            extra.append(v - 1)
        if comma_after and first == cs and self.lo[first] == "es" and first + 1 == finite \
                and self.lo[finite] in _WERDEN | {"werde"}:
            extra.append(first)
        return extra

    def _source_frame(self, unit: _Unit, first: int, v: int, cs: int, ce: int, cue: list[int],
                      has_before: bool, has_after: bool) -> _Frame | None:
        """A verb whose source is a document after "aus" ("hervorgehen"): "Wie aus dem Bericht
        hervorgeht, …" and "Aus dem Bericht geht hervor, dass …" attribute the clause beside it,
        "Dies geht aus einer Mitteilung hervor." the sentence before (see :meth:`_refers_back`).
        Elsewhere the verb reports nothing ("ging als Sieger hervor", "aus der die Partei
        hervorging")."""
        lo_first = self.lo[first] if first < min(cue) else ""
        if lo_first not in ("wie", "das", "dies", "aus") or lo_first in ("das", "dies") and first + 1 != min(cue):
            return None  # "Das Paket ging aus …": an article, not a demonstrative pointing back
        src = first if lo_first == "aus" else next(
            (k for k in range(first + 1, ce) if self.lo[k] == "aus" and not self.in_quote[k]), None)
        if src is None:
            return None
        end = max(k for k in cue if k > src) if any(k > src for k in cue) else ce
        speaker = self._np_right(src + 1, end)
        if speaker is None or speaker[0] != src + 1:
            return None
        nxt = max(cue) + 1
        if lo_first in ("das", "dies") and nxt < unit.end and self._word(nxt):
            return None  # "Das ging aus … hervor und wird …": an origin, not a source
        before = after = False
        if lo_first in ("wie", "aus"):
            # "…, wie aus X hervorgeht" and "Aus X geht hervor, dass …"
            before = lo_first == "wie" and has_before
            after = has_after and not before and (lo_first == "wie" or self.t[ce] == ":"
                                                  or self._speech_after(ce, unit.end))
            if not (before or after):
                return None
        return _Frame(start=cs, end=max(ce, max(cue) + 1), cue=sorted(set(cue)), speaker=speaker,
                      addressee=None, before=before, after=after, head=v, verbal=True)

    def _subordinate_frame(self, unit: _Unit, first: int, v: int, cs: int, ce: int, cue: list[int], verb,
                           has_after: bool) -> _Frame | None:
        """A verb-final subordinate clause with a cue verb whose comma opens a dass/ob or
        Konjunktiv clause: "Nachdem die Anwältin dem Richter mitgeteilt hatte, dass der Mann
        gesucht werde, …". The speech is that clause only (``stop``), not the main clause after."""
        if "speech" not in verb.classes or not has_after or self.t[ce] not in (",", ":") or ce + 1 >= unit.end:
            return None
        colon_quote = self.t[ce] == ":" and self.t[ce + 1] in OPENERS and self.in_quote[ce + 1]
        if not colon_quote and (self.t[ce] != "," or self.lo[ce + 1] not in ("dass", "daß", "ob")
                                or not self._speech_after(ce, unit.end)):
            return None  # "indem sie … aufforderte: „…“" is speech too
        known = verb.lemma == "werden"  # "nachdem bekannt geworden war, dass …": nobody says it
        if any(self.lo[k] in _WERDEN for k in cue) and not known:
            return None
        speaker = self._np_right(first + 1, min(cue))
        if speaker is None and not known:
            return None
        addressee = None
        if speaker is not None:
            speaker, addressee = self._split_addressee(speaker, verb)
            if addressee is None:
                addressee = self._addressee(first, min(cue), speaker, verb)
        stop = next((k for k in range(ce + 2, unit.end) if self.t[k] in (",", ";", ".", "!", "?")
                     and not self.in_quote[k]), unit.end)
        if colon_quote:
            stop = self._quote_by_start[ce + 1][1] + 1
        return _Frame(start=cs, end=max(ce, max(cue) + 1), cue=sorted(set(cue)), speaker=speaker,
                      addressee=addressee, before=False, after=True, head=v, verbal=True, stop=stop)

    def _relative_frame(self, unit: _Unit, rel: int, v: int, cs: int, ce: int, cue: list[int], verb,
                        has_after: bool) -> _Frame | None:
        """A relative clause with a cue verb that introduces speech after its comma: "…, die auch
        angab, dass …", "…, bei dem sie gesagt hatte, sie habe …", "…, denen X vorwirft, … zu
        sein". The dataset marks a relative pronoun that is the subject as the speaker; otherwise
        the subject inside the clause speaks and a dative relative pronoun is the addressee. Only
        with a complement that is clearly speech (a dass/ob clause, a Konjunktiv, an infinitive
        with "zu"), so that "…, die erwartet wurden, …" stays a plain relative clause."""
        if "speech" not in verb.classes or not has_after or self.t[ce] != ",":
            return None
        if any(self._word(k) and k not in cue for k in range(v + 1, ce)):
            return None  # the verb of a relative clause comes last
        if any(self.lo[k] in _WERDEN for k in cue):
            return None  # passive: "…, die beschuldigt werden, …" names no speaker here
        if not self._speech_after(ce, unit.end):
            return None
        finite = min(cue)
        addressee = None
        lo_rel = self.lo[rel]
        if "PREP" in self.cls[rel] or lo_rel in ("dem", "denen", "den", "dessen", "deren"):
            speaker = self._np_left(finite, rel + 1)
            if speaker is None and finite - 1 > rel and self.lo[finite - 1] in _SUBJECT_PRONOUNS:
                speaker = (finite - 1, finite)
            if speaker is None:
                return None
            if lo_rel in ("dem", "denen") and verb.classes & {"dative", "object"}:
                addressee = (rel, rel + 1)
        else:
            k = rel + 1
            while k < finite and "ADV" in self.cls[k]:
                k += 1
            inner = self._np_left(finite, rel + 1)
            if k < finite and self.lo[k] in _SUBJECT_PRONOUNS:
                speaker = (k, k + 1)  # "…, die er kritisierte, …"
            elif inner is not None and inner[0] > rel + 1 and self._cap(inner[0]) \
                    and "PREP" not in self.cls[inner[0] - 1]:
                # "…, der unter anderem Rafael Correa vorwirft": a name before the verb is the
                # subject, the relative pronoun an object
                speaker = inner
                if lo_rel == "der" and verb.classes & {"dative", "object"}:
                    addressee = (rel, rel + 1)
            else:
                speaker = (rel, rel + 1)
        return _Frame(start=cs, end=max(ce, max(cue) + 1), cue=sorted(set(cue)), speaker=speaker,
                      addressee=addressee, before=False, after=True,
                      reported="reported" in verb.classes, head=v, verbal=True)

    def _speech_after(self, comma: int, end: int) -> bool:
        """The clause after ``comma`` is clearly speech: it opens with dass/ob or a quotation,
        holds a Konjunktiv, or is an infinitive with "zu" ("…, die Straße zu räumen")."""
        c_end = next((k for k in range(comma + 1, end) if self.t[k] in (",", ";", ".", "!", "?")
                      and not self.in_quote[k]), end)
        if c_end <= comma + 1:
            return False
        if self.lo[comma + 1] in ("dass", "daß", "ob") or self.t[comma + 1] in OPENERS:
            return True
        if any(self._konjunktiv(k) or k in self.subjunctive for k in range(comma + 1, c_end)):
            return True
        return c_end - 2 > comma and self.lo[c_end - 2] == "zu" or bool(
            self.zu_infinitive and self.zu_infinitive.match(self.lo[c_end - 1]))

    def _noun_frames(self, unit: _Unit, taken: list[_Frame]) -> list[_Frame]:
        """Frames of a speech noun with a complement: "X vertritt die Ansicht, dass …", "X hatte
        die Auffassung vertreten, … sei …", "X erteilte den Befehl, … zu …", "die Forderungen von
        X, … zu …". The cue is the finite verb and the noun phrase (and a participle closing the
        clause); the speaker is the clause's subject, or "von X" after the noun."""
        frames: list[_Frame] = []
        for n in range(unit.start, unit.end):
            if self.in_quote[n] or self.t[n] not in self.speech_nouns or any(
                    f.start <= n < f.end or f.after and f.end <= n or f.before and f.start > n for f in taken):
                continue  # inside a frame or inside the speech another frame attributes
            c = next((k for k in range(n + 1, min(n + 9, unit.end)) if self.t[k] in PUNCT
                      or self.t[k] in QUOTE_MARKS), None)
            if c is None or self.t[c] not in (",", ":") or not self._speech_after(c, unit.end):
                continue
            if any("SUB" in self.cls[k] or self._relative_at(k, c) and self.t[k - 1] == "," for k in range(n + 1, c)):
                continue
            cs = self._clause_start(n, unit.start)
            if "SUB" in self.cls[cs] or cs > unit.start and self.t[cs - 1] == "," and self._relative_at(cs, n):
                continue  # "Nachdem X die Forderung erhoben hatte, …": not what was said
            a = n
            while a - 1 >= cs and ("DET" in self.cls[a - 1] or self._adj(a - 1, n + 1)):
                a -= 1
            speaker = None
            if self.lo[n + 1] in ("von", "vom"):
                speaker = self._np_right(n + 2, c)
            finite = next((k for k in range(cs, a) if not self.in_quote[k] and self.t[k].islower() and (
                "AUX" in self.cls[k] or self._finite_like(k) or self.lo[k] in self.res.verb_index
                or not self.cls[k] and self.lo[k].endswith(("t", "te", "ten", "en", "am", "ab")))), None)
            if finite is not None and (self._konjunktiv(finite) or finite in self.subjunctive):
                continue  # "So gebe es Hinweise, dass …": itself reported, a continuation
            cue = list(range(a, n + 1))
            if speaker is None and finite is not None:
                cue.append(finite)
                if c - 1 > n and self.t[c - 1].isalpha() and self.t[c - 1].islower() and not self.cls[c - 1]:
                    cue.append(c - 1)  # "hatte die Auffassung vertreten,"
                first = cs
                while first < finite and "CONJ" in self.cls[first]:
                    first += 1
                if first < finite and self._prefield_is_np(first, finite):
                    end = finite
                    while end > first and ("ADV" in self.cls[end - 1] or self.t[end - 1] in PUNCT) \
                            and self.t[end - 1] != ")":
                        end -= 1
                    speaker = (first, end)
                else:
                    post = finite + 1
                    while post < a and "ADV" in self.cls[post]:
                        post += 1
                    if post < a and self.lo[post] == "es":
                        pass  # "gab es Hinweise, dass …": no one in particular
                    elif post < a and self.lo[post] in _SUBJECT_PRONOUNS:
                        speaker = (post, post + 1)
                    elif post < a:
                        np = self._np_right(post, a)
                        if np is not None and np[0] == post and np[1] <= a:
                            speaker = np
            if speaker is None and finite is not None and cs > unit.start and "CONJ" in self.cls[cs - 1]:
                speaker = self._opening_subject(unit, cs)  # "X spielte es herunter und ist der Meinung, …"
            if speaker is None and finite is None:
                continue
            if self.t[n] in self.speech_adjectives and (speaker is None or any(
                    self.lo[k] in _NOT_REPORTED_SPEAKERS or self.in_quote[k] or self.t[k] in QUOTE_MARKS
                    for k in range(*speaker))):
                continue  # an attitude needs someone who holds it: not "Es ist sicher, dass …"
            frames.append(_Frame(start=min([cs] + cue), end=c, cue=sorted(set(cue)), speaker=speaker,
                                 addressee=None, before=False, after=True, head=n, verbal=True))
        return frames

    def _late_particle(self, v: int, end: int, particle: str) -> int | None:
        """A separable particle beyond an apposition ("teilte der Direktor, Max Muster, mit"):
        only where it closes its clause, so that a preposition "mit dem …" does not count."""
        k = v + 1
        while k < min(end, v + 25):
            s = self.t[k]
            if s in OPENERS and self.in_quote[k] and k in self._quote_by_start:
                # quoted words inside the clause ("wies die Vorwürfe als „haltlos“ zurück"):
                # step over them; a quoted sentence ends the search
                q_end = self._quote_by_start[k][1]
                if q_end - k > 8 or any(self.t[x] in (".", "!", "?", ":") for x in range(k, q_end)):
                    return None
                k = q_end + 1
                continue
            if s in (".", ":", ";", "!", "?") or (s in OPENERS and self.in_quote[k]):
                return None
            if self.lo[k] == particle and (k + 1 >= end or self.t[k + 1] in (",", ".", ":", ";")):
                return k
            k += 1
        return None

    def _apposed_subject(self, a: int, comma: int) -> tuple[int, int] | None:
        """A noun phrase at ``a`` with an apposition that runs to the ``comma`` before a verb:
        "John Kline, ein Abgeordneter aus Ohio und Oberst außer Dienst, | sagte, dass …". None
        when the stretch holds anything a clause would (a verb, a relative or subordinate word,
        a quotation)."""
        while a < comma and "CONJ" in self.cls[a]:
            a += 1
        np = self._np_right(a, comma, appositive=False)
        if np is None or np[0] != a or np[1] >= comma or self.t[np[1]] != "," or np[1] + 1 >= comma:
            return None
        if self._relative_at(np[1] + 1, comma):
            return None
        for k in range(np[1] + 1, comma):
            # a capitalised word inside is a name even when it spells a function word ("Will Grant")
            function = ("SUB" in self.cls[k] or "AUX" in self.cls[k]) and not self._cap(k)
            if self.in_quote[k] or self.t[k] in QUOTE_MARKS or function \
                    or self._finite_like(k) or self.t[k] in (",", ";", ":"):
                return None
        return (a, comma)

    def _prefield_is_np(self, first: int, finite: int) -> bool:
        c = self.cls[first]
        if first + 1 == finite and self.lo[first] in self.demonstrative_subjects:
            return True  # "Diese bestätigte, …": a demonstrative standing for a person named before
        if self.t[first] == "Von" and first + 2 < finite and self.lo[first + 1] == "der" \
                and all(self._cap(k) for k in range(first + 2, finite)):
            return True  # a name with its particle: "Von der Leyen betonte"
        if self.lo[first] == "aus" and self.lo[finite].startswith("verlaut") and first + 1 < finite:
            return True  # "Aus Militärkreisen verlautete": the dataset keeps the preposition
        if self.lo[finite - 1] in self.time_nouns:
            return False  # "Diese Woche sagte der Minister": a time adverbial, the subject follows
        if self.lo[first] in _OBJECT_OPEN:
            return False
        if first + 1 == finite and self.lo[first].endswith(_ADVERB_ENDINGS):
            return False  # "Unmissverständlich erklärte …", "Relativierend sagte …"
        if c & {"PREP", "ADV", "SUB", "AUX", "CONJ"} and "DET" not in c and "PRON" not in c:
            return False
        if self.lo[first] in ("es", "das", "dies", "dazu") and first + 1 == finite:
            return False
        if not (self._cap(first) or "DET" in c or "PRON" in c or self._adj(first, finite)
                or self.t[first] in OPENERS):
            return False
        if any(self.t[k].isalpha() and self.t[k].islower() and not self.cls[k] and not self.in_quote[k]
               and self.lo[k].endswith(("te", "ten")) and not self._adj(k, finite)
               for k in range(first + 1, finite)):
            return False  # a past-tense verb inside: "Israel startete am Samstagabend die …" is a clause
        return any(self._is_noun(k) or "PRON" in self.cls[k] for k in range(first, finite))

    def _split_addressee(self, speaker, verb):
        """Split a dative or genitive media phrase off a speaker: "Personen der Agentur Reuters"."""
        s0, s1 = speaker
        if "dative" not in verb.classes:
            return speaker, None
        for k in range(s0 + 1, s1 - 1):
            if self.lo[k] in ("der", "dem") and any("MEDIA" in self.cls[x] for x in range(k + 1, min(s1, k + 4))):
                return (s0, k), (k, s1)
        return speaker, None

    def _own_clause_end(self, a: int, b: int) -> int:
        """Where the speech after a cue ends when "und" joins a second verb of the speaker's own:
        "X sagte, sie müssten nachgeben und bemühte das Bild vom …" (a weak past tense right after
        "und", outside quotation marks and not before a noun)."""
        for k in range(a + 2, b - 1):
            w = self.t[k + 1]
            if self.lo[k] == "und" and not self.in_quote[k] and w.islower() and w.isalpha() \
                    and w.endswith(("te", "ten")) and not self.cls[k + 1] and w not in self.konj2 \
                    and not (k + 2 < b and self._is_noun(k + 2) and self._cap(k + 2)):
                return k
        return b

    def _adverbial_prefield(self, a: int, comma: int) -> bool:
        """Tokens ``[a, comma)`` are one adverbial clause ("Da es keine Verordnung gibt", "Nachdem
        die Wahl verschoben wurde"): it opens with a subordinating conjunction other than a
        complementiser and holds no further comma (after "Wenn es regnet, fällt das Spiel aus,"
        a main clause precedes the cue, and it is what was said)."""
        if a >= comma or self.in_quote[a] or self.lo[a] not in self.res.closed.get("adverbial_sub", ()):
            return False
        return not any(self.t[k] in (",", ";", ":") or self.in_quote[k] for k in range(a + 1, comma))

    def _media(self, x: int) -> bool:
        """A noun for the press: listed ("Zeitung", "Sender") or a compound of one of six letters
        or more ("US-Zeitschrift", "Fernsehmagazin")."""
        if "MEDIA" in self.cls[x]:
            return True
        return self._cap(x) and self.lo[x].endswith(self.media_suffixes)

    def _audience(self, k: int, end: int) -> tuple[int, int] | None:
        """A phrase at ``k`` that names whom the words were for wherever it stands in the
        clause: "gegenüber X", "in einem Interview mit X" (the noun phrase X)."""
        lo = self.lo[k]
        if lo == "gegenüber":
            return self._np_right(k + 1, end)
        if lo in ("in", "im"):
            m = next((x for x in range(k + 1, min(end, k + 4)) if self.lo[x] == "interview"), None)
            if m is not None and m + 2 < end and self.lo[m + 1] == "mit":
                return self._np_right(m + 2, end)
        return None

    def _addressee(self, finite: int, ce: int, speaker, verb, cs: int | None = None) -> tuple[int, int] | None:
        """The addressee in the cue clause: "gegenüber X", "in einem Interview mit X", "zur
        Zeitung X", a dative object ("sagte dem Sender", "warf ihm vor") or the object of an
        appeal ("forderte X auf"). With ``cs``, "gegenüber X" and the interview also count before
        the finite verb ("Gegenüber der Zeitung sagte X", "wie X gegenüber dem Sender sagte")."""
        found = self._addressee_after(finite, ce, speaker, verb)
        if found is None and cs is not None:
            for k in range(cs, finite):
                if self.in_quote[k] or speaker and speaker[0] <= k < speaker[1]:
                    continue
                if k > cs and self.lo[k] == "gegenüber" and self._is_noun(k - 1) \
                        and not (speaker and speaker[1] == k):
                    continue  # "Deren Haltung gegenüber der Partei bezeichnete er …": an attitude
                found = self._audience(k, finite) if self.lo[k] == "gegenüber" else None
                if found is not None:
                    break
        return found

    def _addressee_after(self, finite: int, ce: int, speaker, verb) -> tuple[int, int] | None:
        dative = "dative" in verb.classes
        obj = "object" in verb.classes
        k = finite + 1
        while k < ce:
            if speaker and speaker[0] <= k < speaker[1]:
                k = speaker[1]
                continue
            lo = self.lo[k]
            audience = self._audience(k, ce) if lo in ("gegenüber", "in", "im") else None
            if audience is not None:
                return audience
            elif lo == "an" and verb.lemma in _TO_VERBS and (speaker is None or speaker[1] <= k or speaker[0] > k):
                np = self._np_right(k + 1, ce)
                if np:
                    return np  # "appellierte an die Regierung", "schrieb an den Minister"
            elif lo == "vor" and k + 1 < ce:
                np = self._np_right(k + 1, ce)
                if np and any(self._media(x) for x in range(*np)):
                    return np  # "sagte vor Journalisten"
                if np:
                    k = np[1]
                    continue
            elif lo == "zu" and verb.lemma == "sagen" and k + 1 < ce and not (speaker and speaker[0] <= k < speaker[1]):
                np = self._np_right(k + 1, ce)
                if np:
                    return np  # "sagte der Richter zu dem Angeklagten"
            elif lo in ("zur", "zum") and k + 1 < ce and self._media(k + 1):
                np = self._np_right(k + 1, ce)
                if np:
                    return np
            elif (dative or obj) and lo in _DATIVE_PRONOUNS:
                return (k, k + 1)
            elif (dative or obj) and lo in _DATIVE_OPEN:
                np = self._np_right(k, ce)
                if np:
                    return np
            elif "MEDIA" in self.cls[k] and self._cap(k) and "DET" not in self.cls[k - 1]:
                return (k, k + 1)  # "sagte er Journalisten"
            elif (dative or obj) and lo in ("der", "den", "die") and (speaker is None or speaker[1] <= k):
                np = self._np_right(k, ce)
                # "warf der Regierung vor": with the speaker found elsewhere, "der X" is a dative
                if np and (obj or lo == "der" and (any(self._media(x) for x in range(*np))
                                                    or speaker is not None and dative and "speech" in verb.classes
                                                    and verb.lemma != "sagen")):
                    return np
            elif "PREP" in self.cls[k]:
                # skip a prepositional phrase ("am Dienstag", "in Berlin")
                np = self._np_right(k + 1, ce, genitive=False)
                if np:
                    k = np[1]
                    continue
            k += 1
        return None

    def _pattern_frames(self, unit: _Unit, taken: list[tuple[int, int]]) -> list[_Frame]:
        frames = []
        for i in range(unit.start, unit.end):
            if self.in_quote[i] or any(a <= i < b for a, b in taken):
                continue
            lo = self.lo[i]
            if lo in self.preps:
                np = self._np_right(i + 1, unit.end)
                if np:
                    addr = self._towards(np[1], unit.end)
                    frames.append(_Frame(i, addr[1] if addr else np[1], [i], np, addr, True, True, head=i))
            elif lo in self.postps:
                np = self._np_left(i, unit.start)
                if np:
                    a0 = np[0]
                    while a0 - 1 >= unit.start and self.t[a0 - 1].islower() and not self.in_quote[a0 - 1] \
                            and self._adj(a0 - 1, np[1]):
                        a0 -= 1  # "wurden ersten Angaben zufolge": the adjective belongs to the source
                    np = (a0, np[1])
                    frames.append(_Frame(np[0], i + 1, [i], np, None, True, True, head=i))
            elif lo in self.source_preps:
                np = self._np_right(i + 1, unit.end)
                if np and self._has_source_noun(np):
                    addr = self._towards(np[1], unit.end)
                    frames.append(_Frame(i, addr[1] if addr else np[1], [i], np, addr, True, True, head=i))
                elif i > unit.start and self._has_source_noun((i - 1, i)):
                    np = self._np_left(i, unit.start)
                    if np:
                        frames.append(_Frame(np[0], i + 1, [i], np, None, True, True, head=i))
            elif lo in self.so_words and i > unit.start and (
                    self.t[i - 1] == "," or (self.t[i - 1] in QUOTE_MARKS and self.in_quote[i - 1])):
                np = self._np_right(i + 1, unit.end)
                if np and (np[1] >= unit.end or self.t[np[1]] in PUNCT or "PREP" in self.cls[np[1]]
                           or "ADV" in self.cls[np[1]]):
                    end = np[1]
                    while end < unit.end and "ADV" in self.cls[end]:
                        end += 1  # ", so Obama weiter"
                    more = end < unit.end and self.t[end] == "," and \
                        any(self._word(k) for k in range(end + 1, unit.end))
                    frames.append(_Frame(i, end, [i], np, None, True, more, head=i))
            elif lo in self.adverbs:
                # the dataset marks the adverb itself as the speaker ("Demnach"); "…, wonach"
                # names its source before the comma ("ein Bericht der Zeitung, wonach …")
                speaker = (i, i + 1)
                if lo == "wonach" and i - 1 > unit.start and self.t[i - 1] == ",":
                    speaker = self._np_left(i - 1, unit.start) or speaker
                frames.append(_Frame(i, i + 1, [i], speaker, None, lo != "wonach", True, head=i))
            else:
                by_first = self._impersonal_by_first
                for words in (self.impersonal if by_first is None else by_first.get(lo, ())):
                    m = len(words)
                    if tuple(self.lo[i:i + m]) == words:
                        cs = i
                        ce = self._clause_end(i + m - 1, unit.end)
                        has_before = cs > unit.start and self.t[cs - 1] in (",",) or \
                            (cs > unit.start and self.t[cs - 1] in QUOTE_MARKS)
                        # "In einer Erklärung der Minister hatte es geheißen": the first field
                        # names the source
                        speaker = None
                        cs0 = self._clause_start(i, unit.start)
                        if cs0 < i and "PREP" in self.cls[cs0]:
                            # "In einer Erklärung der Minister": the dataset leaves out "in"
                            speaker = (cs0 + 1 if self.lo[cs0] in ("in", "im") else cs0, i)
                            cs = cs0
                        if speaker is None:
                            speaker = self._source_after(i + m, ce)
                        frames.append(_Frame(cs, ce, list(range(i, i + m)), speaker, None,
                                             has_before, not has_before, head=i))
                        break
        return frames

    def _towards(self, k: int, end: int) -> tuple[int, int] | None:
        """"gegenüber X" right after a source ("nach Angaben der Sprecherin gegenüber dem Sender")."""
        if k + 1 < end and self.lo[k] == "gegenüber":
            np = self._np_right(k + 1, end)
            if np is not None and np[0] == k + 1:
                return np
        return None

    def _source_after(self, k: int, end: int) -> tuple[int, int] | None:
        """The document named after "heißt es": "…, heißt es in einer Erklärung der Partei" (the
        noun phrase without its preposition, as in the first field)."""
        while k < end and "ADV" in self.cls[k] and self.lo[k] not in _SOURCE_PREPS:
            k += 1
        if k + 1 < end and self.lo[k] in _SOURCE_PREPS:
            np = self._np_right(k + 1, end)
            if np is not None and np[0] == k + 1:
                return np
        return None

    def _has_source_noun(self, np) -> bool:
        """``np`` holds a source noun or a compound ending in one of six letters or more: "nach
        Angaben der Polizei", "nach Polizeiangaben"; not "aller Voraussicht nach"."""
        for k in range(np[0], np[1]):
            s = self.t[k]
            if s in self.sources or (self._cap(k) and s.lower().endswith(self.source_suffixes)):
                return True
        return False

    # ------------------------------------------------------------------ one unit
    def _attribute(self, unit: _Unit, prev: _Unit | None = None) -> None:
        # "laut CNN hat der Minister … gesagt": the pattern names the source, the verb is content
        patterns = self._pattern_frames(unit, [])
        verbal = self._verb_frames(unit)
        frames = [f for f in verbal if not any(p.start < f.end and f.start < p.end for p in patterns)]
        # "Laut X hat der Minister angekündigt, …": the verb's own speech inside the pattern's
        nested = [f for f in verbal if f not in frames and f.after and f.speaker is not None and f.head is not None
                  and any(p.end <= f.head and p.start < f.end and f.start < p.end for p in patterns)]
        frames += patterns
        frames += self._noun_frames(unit, frames)
        frames = self._drop_reported_frames(frames)
        frames.sort(key=lambda f: f.start)
        # drop frames nested in an earlier one
        kept: list[_Frame] = []
        for f in frames:
            if kept and f.start < kept[-1].end:
                continue
            kept.append(f)
        for k, f in enumerate(kept):
            if f.inherit and f.speaker is None and k > 0:
                f.speaker = kept[k - 1].speaker
            elif f.inherit and f.speaker is None:
                f.speaker = self._opening_subject(unit, f.start)
        if kept and not unit.quotes and prev is not None and all(
                f.verbal and self._in_konjunktiv(f) and f.speaker is not None and self.lo[f.speaker[0]] not in ("ich", "wir")
                for f in kept) and (prev.found or prev.frames or self._free_kind(prev)[0] == "IndirectFreeIndirect"):
            # "… seien geortet worden. Man gehe davon aus, dass …": a cue in Konjunktiv I right
            # after reported speech goes on reporting; the whole sentence is free indirect speech
            # (left to the context pass)
            return
        unit.frames = kept
        if not kept:
            return
        # content gaps between frames, each claimed by the frame that points at it
        bounds = [unit.start] + [x for f in kept for x in (f.start, f.end)] + [unit.end]
        claims: dict[int, list[tuple[int, int]]] = {}
        for g in range(len(kept) + 1):
            a, b = self._trim(bounds[2 * g], bounds[2 * g + 1])
            if a >= b:
                continue
            owner = g if g < len(kept) and kept[g].before else \
                g - 1 if g > 0 and kept[g - 1].after else None
            if owner is None:
                continue
            if kept[owner].stop is not None and owner == g - 1:
                a, b = self._trim(a, min(b, kept[owner].stop))
                if a >= b:
                    continue
            if kept[owner].verbal and not self._content_like(a, b):
                continue  # a relative clause or a bare noun phrase beside a cue verb
            if owner == g - 1 and kept[owner].verbal:
                b = self._trim(a, self._own_clause_end(a, b))[1]
            if owner == g and kept[owner].verbal:
                # "Die Richterin blieb hart: Eine Bewährung sei nicht vermittelbar, sagte sie":
                # what she said follows the colon (measured on cue verbs only; after ", so X"
                # it cost dev roles)
                colon = max((k for k in range(a + 1, b - 1) if self.t[k] == ":" and not self.in_quote[k]),
                            default=None)
                if colon is not None:
                    a = self._trim(colon + 1, b)[0]
            claims.setdefault(owner, []).append((a, b))
        for k, gaps in sorted(claims.items()):
            self._emit_content(unit, kept[k], gaps)
        for f in nested:
            # the dataset gives that speech a second time, as the verb's speaker's
            if not any(g.start < f.end and f.start < g.end and g.verbal for g in kept):
                a, b = self._trim(f.end, next((g.start for g in kept if g.start >= f.end), unit.end))
                if a < b and self._content_like(a, b):
                    self._emit_content(unit, f, [(a, b)])
        if not claims and prev is not None and not prev.found and self._refers_back(unit, kept[0]):
            # "… gefunden. Das berichtet die Nachrichtenagentur Kyodo.": the previous sentence
            # and the demonstrative are the quote
            f = kept[0]
            q = self._quote("Indirect", [(prev.start, prev.end), (unit.start, unit.start + 1)], f,
                            [(unit.start + 1, self._frame_spans(unit, [])[-1][1])])
            unit.found.append(q)
            return
        news = self._announced_news(unit, kept[0]) if not claims and prev is not None and not prev.found else None
        if news is not None:
            # "… steht auf der Liste. Das Magazin hatte diese Entscheidung bekannt gegeben.": the
            # previous sentence and the object that names it are what was announced
            f = kept[0]
            q = self._quote("Indirect", [(prev.start, prev.end), news], f,
                            [x for x in ((unit.start, news[0]), (news[1], self._trim(news[1], unit.end)[1]))
                             if x[0] < x[1]])
            unit.found.append(q)
            return
        if not claims:
            for f in kept:
                if f.reported and f.speaker is not None and f.head is not None:
                    self._emit_reported(unit, f)
                    break
        # quoted words inside an attribution clause ("bezeichnete ihn als „Wortbruch“") or
        # beside found speech are the frame's words too
        done = [(self._char_start(x), self._char_start(y)) for x, y in unit.quotes
                if any(q["type"] == "Direct" and q["quote"][0]["start"] == self._char_start(x)
                       for q in unit.found)]
        for x, y in unit.quotes:
            if any(a == self._char_start(x) for a, _ in done):
                continue
            owner = next((f for f in kept if f.start <= x < f.end), None)
            if owner is None and unit.found:
                owner = kept[0]
            if owner is not None and (owner.speaker is not None or owner.cue):
                unit.found.append(self._quote("Direct", [(x, y + 1)], owner,
                                              self._frame_spans(unit, [(x, y + 1)])))

    def _in_konjunktiv(self, f: _Frame) -> bool:
        """The frame's verb is in Konjunktiv I ("er werde … einsetzen", "es drohe …"): the
        clause is itself reported speech, not an attribution."""
        if not f.verbal:
            return False
        if f.speaker is not None and self.lo[f.speaker[0]] in ("ich", "wir"):
            return False  # "ich habe gesagt": the indicative that looks like a Konjunktiv
        if any(self.lo[k] in self.konj1 or k in self.subjunctive for k in f.cue):
            return True
        if f.head is None:
            return False
        # the third person in -e of any listed verb is its Konjunktiv I ("man rechne mit …")
        word = self.lo[f.head]
        for entry, _ in self.res.verb_index.get(word, ()):
            stem = entry.lemma[:-2] if entry.lemma.endswith("en") else entry.lemma[:-1]
            if word in (stem + "e", (entry.particle or "") + stem + "e"):
                return True
        return False

    def _drop_reported_frames(self, frames: list[_Frame]) -> list[_Frame]:
        """Drop the cue-verb frames in Konjunktiv that an indicative frame of the same unit points
        at: in "X hat angekündigt, er werde keine Soldaten einsetzen" and "Es drohe ein Krieg,
        hatte X gesagt" the Konjunktiv clause is what X said."""
        konj = {id(f) for f in frames if self._in_konjunktiv(f)}
        if not konj:
            return frames
        plain = [f for f in frames if id(f) not in konj and (f.before or f.after)]
        return [f for f in frames if id(f) not in konj or not any(
            g.after and g.end <= f.start or g.before and g.start >= f.end for g in plain)]

    def _opening_subject(self, unit: _Unit, end: int) -> tuple[int, int] | None:
        """The subject the unit opens with, shared by a later "und sagte" ("Podolski war
        anwesend und sagte, …"): a noun phrase or pronoun followed by a verb."""
        a = unit.start
        if self.lo[a] in _SUBJECT_PRONOUNS:
            np = (a, a + 1)
        else:
            np = self._np_right(a, end)
        if np is None or np[0] != a or np[1] >= end:
            return None
        nxt = np[1]
        return np if "AUX" in self.cls[nxt] or self._finite_like(nxt) or self.lo[nxt] in self.res.verb_index else None

    def _content_like(self, a: int, b: int) -> bool:
        """Whether tokens ``[a, b)`` can be what someone said: a quotation, or a clause with a
        verb-like word that does not open as a relative clause ("…, die verhaftet worden waren")."""
        if self.in_quote[a]:
            return True
        lo = self.lo[a]
        if "SUB" in self.cls[a] and lo not in ("dass", "daß", "ob", "wie", "was", "wer", "wo", "welche", "welcher"):
            # "Da …, warnt X": an adverbial clause, not what was said; unless the main clause it
            # opens follows within the gap ("Wenn es stürmt, bleibt die Brücke zu, sagte X")
            comma = next((k for k in range(a + 1, b - 1) if self.t[k] == "," and not self.in_quote[k]), None)
            return comma is not None and self.t[comma + 1].islower() and self.t[comma + 1].isalpha() \
                and (not self.cls[comma + 1] or self.cls[comma + 1] == {"AUX"})
        if "ADV" in self.cls[a] and a + 1 < b and "AUX" in self.cls[a + 1] and not self._konjunktiv(a + 1) \
                and a + 1 not in self.subjunctive and self.lo[a + 1] not in ("soll", "sollen"):
            # "…, allerdings will man …": a main clause of the author's in the indicative; a
            # reportative "soll" is hearsay ("Dabei soll es … geben")
            return False
        # a relative clause needs a noun before its comma; after "bestätigte," a "das" is a
        # misspelt "dass" and "Nach dem ersten Treffen" at the start is no relative clause
        antecedent = a >= 2 and self.t[a - 1] == "," and (
            self._is_noun(a - 2) or self.t[a - 2] == ")" or self.t[a - 2] in QUOTE_MARKS)
        if antecedent and lo in _RELATIVE_OPEN and a + 1 < b and not (
                self._is_noun(a + 1) or self._adj(a + 1, b) or self.t[a + 1][:1].isdigit()):
            return False
        if antecedent and "PREP" in self.cls[a] and a + 1 < b and self.lo[a + 1] in _RELATIVE_OPEN \
                and a + 2 < b and not self._is_noun(a + 2):
            return False
        if b - a >= 3 and self.lo[b - 2] == "zu" and self.t[b - 1].islower():
            return True  # an infinitive with "zu": "…, Urheber der Krise zu sein"
        return any(not self.in_quote[k] and self.t[k].isalpha() and self.t[k].islower()
                   and not (self.cls[k] - {"AUX"}) for k in range(a, b)) or \
            any("AUX" in self.cls[k] for k in range(a, b))

    def _announced_news(self, unit: _Unit, f: _Frame) -> tuple[int, int] | None:
        """The object of "bekannt geben" that names the news of the sentence before ("gab die
        Entscheidung bekannt", "hatte diese Entscheidung bekannt gegeben"): a definite or
        demonstrative article and a news noun (closed_classes.txt kind news_noun)."""
        if f.head is None or f.passive or f.speaker is None or not any(self.lo[k] == "bekannt" for k in f.cue):
            return None
        for k in range(f.start, f.end - 1):
            if f.speaker[0] <= k < f.speaker[1] or self.in_quote[k]:
                continue
            if self.lo[k] in ("die", "diese", "das", "dieses", "den", "diesen") \
                    and self.lo[k + 1] in self.news_nouns:
                return (k, k + 2)
        return None

    def _refers_back(self, unit: _Unit, f: _Frame) -> bool:
        """The unit opens with "Das"/"Dies" and a cue verb: "Das berichtet die Zeitung."."""
        return (self.lo[unit.start] in ("das", "dies", "dieses") and f.start == unit.start
                and f.head is not None and f.speaker is not None and f.speaker[0] > f.head
                and not (f.before or f.after))

    def _trim(self, a: int, b: int) -> tuple[int, int]:
        while a < b and (self.is_space[a] or self.t[a] in (",", ":", ";", "–", "-")):
            a += 1
        while b > a and (self.is_space[b - 1] or self.t[b - 1] in (",", ":", ";", "–", "-", ".", "!", "?")
                         and not self.in_quote[b - 1]):
            b -= 1
        return a, b

    def _emit_content(self, unit: _Unit, f: _Frame, gaps: list[tuple[int, int]]) -> None:
        qs = [(x, y) for x, y in unit.quotes if any(a <= x and y < b for a, b in gaps)]
        rest = [k for a, b in gaps for k in range(a, b)
                if not any(x <= k <= y for x, y in qs) and self._word(k)]
        if qs and (not rest or len(rest) <= 2 and all(self.lo[k] in ("und", "so") for k in rest)):
            for x, y in qs:
                unit.found.append(self._quote("Direct", [(x, y + 1)], f,
                                              self._frame_spans(unit, [(x, y + 1)])))
            return
        frame = self._frame_spans(unit, gaps)
        unit.found.append(self._quote("Indirect", gaps, f, frame))
        for x, y in qs:
            # quoted words inside indirect speech share its frame
            unit.found.append(self._quote("Direct", [(x, y + 1)], f, frame))

    def _emit_reported(self, unit: _Unit, f: _Frame) -> None:
        if unit.quotes:
            frame_spans = None
            for x, y in unit.quotes:
                frame_spans = self._frame_spans(unit, [(x, y + 1)])
                unit.found.append(self._quote("Direct", [(x, y + 1)], f, frame_spans))
            if any(x == unit.start or y + 1 >= unit.end - 1 for x, y in unit.quotes):
                return
        a, b = unit.start, unit.end
        head = f.head if f.head is not None else b
        if f.passive:
            # "Die Pläne wurden vom Minister als unrealistisch bezeichnet": the agent speaks
            agent = self._passive_agent(a, head)
            if agent is None:
                return
            f = replace(f, speaker=agent, participle=False, passive=False)
        if b - a < 4 or f.participle or f.passive or self.t[b - 1] == "?" or f.speaker is None:
            return
        s0, s1 = f.speaker
        if s1 - s0 == 1 and self.lo[s0] in _NOT_REPORTED_SPEAKERS and not (self.lo[s0] == "sie" and s0 == a):
            return  # "sie" opening the sentence is a subject; elsewhere it may be an object
        if self.t[s0] == "Sie" and s0 != a or any(self.t[k] in QUOTE_MARKS or self.t[k] == "'"
                                                  for k in range(a, min(b, a + 3))):
            return  # the polite "Sie" of interview questions, quoted headers
        if any(self.lo[k] in ("wikinews", "berichtete") and self.t[k - 1] == "(" for k in range(a + 1, b)):
            return
        q = self._quote("Reported", [(a, b)], f, None)
        q["cue"] = None
        unit.found.append(q)

    def _passive_agent(self, a: int, end: int) -> tuple[int, int] | None:
        """The agent of a passive clause, "von/vom X" before the participle ``end``."""
        for k in range(a, end - 1):
            if self.lo[k] in ("von", "vom") and not self.in_quote[k]:
                np = self._np_right(k + 1, end)
                if np is not None and np[0] == k + 1:
                    return np
        return None

    def _frame_spans(self, unit: _Unit, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The unit minus the quote spans ``taken`` and the final punctuation, as token ranges."""
        end = unit.end
        while end > unit.start and (self.t[end - 1] in FINAL or self.is_space[end - 1]) \
                and not self.in_quote[end - 1]:
            end -= 1
        spans = []
        pos = unit.start
        for a, b in sorted(taken):
            if a > pos:
                spans.append((pos, min(a, end)))
            pos = max(pos, b)
        if pos < end:
            spans.append((pos, end))
        out = []
        for a, b in spans:
            while a < b and self.is_space[a]:
                a += 1
            while b > a and self.is_space[b - 1]:
                b -= 1
            if b > a:
                out.append((a, b))
        return out

    def _names_something(self, q: dict, speakers: list[tuple[int, int]]) -> bool:
        """A quoted name or title, not a quotation: inside a speaker phrase ("laut „Welt“"), or a
        short run of capitalised words that no "als"/"von" introduces ("die Zeitung „Die Welt“",
        "das Spiel „Grand Theft Auto“")."""
        s, e = q["quote"][0]["start"], q["quote"][-1]["end"]
        if any(a <= s and e <= b for a, b in speakers):
            return True
        x = self._tok_at.get(s)
        if x is None:
            return False
        k = x + 1
        words = []
        while k < len(self.t) and self.idx[k] < e - 1:
            if self._word(k):
                words.append(k)
            k += 1
        if not words or len(words) > 8:
            return False
        if x > 0 and self._cap(x - 1) and self.lo[x - 1].endswith(self.name_nouns) and self._cap(words[0]):
            return True  # "die Hilfsorganisation „Ärzte ohne Grenzen“", "der Film „…“": a name
        if len(words) > 6:
            return False
        if x > 0 and self.lo[x - 1] in ("als", "von", "vom", ":", "wie", "ein", "eine", "einen", "einem", "einer"):
            return False  # a title follows its noun ("die Zeitung „Die Welt“"), not "eine „Zeitungsente“"
        j = x - 1
        while j >= 0 and self.is_space[j]:
            j -= 1
        after = k
        while after < len(self.t) and (self.idx[after] < e or self.is_space[after]):
            after += 1
        if (j < 0 or self.t[j] in FINAL) and after < len(self.t) and self.t[after] in (",", ":"):
            return False  # it opens its sentence and a frame follows: "„Das ist ein Fehler“, sagte sie"
        # a title opens with a capital ("„Die Welt“"); quoted words opening in lower case ("„die
        # Hamas-Infrastruktur“", "„zur Kenntnis“") are someone's words
        return all(self._cap(k) or len(self.t[k]) <= 3 or not self.t[k].isalpha() for k in words) \
            and any(self._cap(k) for k in words) and not self.t[words[0]][:1].islower()

    # ------------------------------------------------------------------ output
    def _char_start(self, i: int) -> int:
        return self.idx[i]

    def _char_end(self, i: int) -> int:
        return self.idx[i] + len(self.t[i])

    def _span(self, rng: tuple[int, int], actor: bool = False) -> dict:
        a, b = rng
        s, e = self._char_start(a), self._char_end(b - 1)
        out = {"start": s, "end": e, "text": self.text[s:e]}
        if actor:
            ref = self._actor(s, e) or {}
            out["actor_id"] = ref.get("actor_id")
            out["name"] = ref.get("name")
        return out

    def _actor(self, start: int, end: int) -> dict | None:
        """The actor of a speaker range (one :class:`ActorIndex` per document)."""
        if self._actors is None:
            self._actors = ActorIndex(self.doc)
        return self._actors.lookup(start, end, named_head=True)

    def _spans_json(self, spans) -> list[dict]:
        return [{"start": self._char_start(a), "end": self._char_end(b - 1)} for a, b in spans if b > a]

    def _bare(self, kind: str, spans, speaker: dict | None) -> dict:
        return {"type": kind, "quote": self._spans_json(spans),
                "speaker": dict(speaker) if speaker else None, "cue": None, "frame": [],
                "addressee": None}

    def _quote(self, kind: str, spans, f: _Frame, frame_spans) -> dict:
        cue = None
        if f.cue and kind != "Reported":
            head = f.head if f.head is not None else f.cue[0]
            cue = self._span((head, head + 1))
            parts = list(f.cue)
            x = spans[0][0] - 1
            if kind == "Direct" and f.verbal and x > f.start and self.lo[x] == "als":
                parts.append(x)  # "bezeichnete die Pläne als „…“": the dataset's cue holds "als"
            if len(parts) > 1:
                cue["parts"] = self._spans_json([(k, k + 1) for k in sorted(set(parts))])
        q = {
            "type": kind,
            "quote": self._spans_json(spans),
            "speaker": self._span(f.speaker, actor=True) if f.speaker else None,
            "cue": cue,
            "frame": self._spans_json(frame_spans or []),
            "addressee": self._span(f.addressee) if f.addressee else None,
        }
        if f.quoted is not None:
            self._quoted.append((q, f.quoted))
        return q
