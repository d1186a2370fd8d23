"""The second pass over a document's units: what no frame of its own attributes.

Lone quotation sentences take the speaker of the quotation just before (or the noun phrase
before their colon); sentences in Konjunktiv after attributed speech become IndirectFreeIndirect,
reportative "soll/sollen" FreeIndirect; a Konjunktiv or dass-clause after the comma of a main
clause with an unlisted verb is Indirect. :class:`ContextPass` is a mixin of the scan in
:mod:`.finder`.
"""

from __future__ import annotations

from .chunks import _RELATIVE_OPEN, _SUBJECT_PRONOUNS, PUNCT, Chunker, _Frame, _Unit

_REPORTATIVE = frozenset({"soll", "sollen"})
_PERFECT_INF = frozenset({"haben", "sein"})
# pronouns of the first person: with them a form in -e is the indicative ("ich halte")
_FIRST_PERSON = frozenset({"ich", "wir", "mir", "mich", "uns"})


class ContextPass(Chunker):
    """Lone quotations, Konjunktiv continuations and reportative "soll"."""

    def _context(self, units: list[_Unit]) -> None:
        """Second pass: lone quotations, Konjunktiv continuations and reportative "soll"."""
        prev_speaker: dict | None = None   # speaker of the latest quotation
        prev_quoted = False                 # the unit just before was attributed speech
        since = 99                          # units since the latest attributed speech
        prev_free: dict | None = None
        prev_att: dict | None = None        # the quotation that named prev_speaker, with its cue and frame
        for unit in units:
            since += 1
            # a frame that gave no speech ("Auch sollen Polizisten Knüppel eingesetzt haben": a
            # verb of the list without speech of its own) leaves a reportative sentence free
            framed = unit.frames and (unit.found or self._free_kind(unit)[0] is None
                                      or any(f.before or f.after for f in unit.frames))
            if unit.found or framed:
                # a cue verb's speaker goes on speaking, rather than a source phrase beside it
                # ("Wie X mitteilte, ist … nach Auffassung der Kanzlerin …")
                verbal = next((f.speaker for f in unit.frames if f.verbal and f.speaker
                               and (f.before or f.after)), None)
                sp = self._span(verbal, actor=True) if verbal else None
                if sp is None:
                    sp = next((q["speaker"] for q in unit.found if q["speaker"]), None)
                if sp is None and unit.frames and unit.frames[0].speaker:
                    # a frame without a quote (e.g. "teilte mit.") still names who speaks next
                    sp = self._span(unit.frames[0].speaker, actor=True)
                if sp:
                    prev_speaker = sp
                    prev_att = next((q for q in unit.found if q["speaker"] and q["cue"]
                                     and q["speaker"]["start"] == sp["start"]), None)
                prev_quoted, since, prev_free = True, 0, None
                continue
            kind, strength = self._free_kind(unit)
            if kind != "Direct" and self.lo[unit.start] in self.negative_subjects:
                kind = None  # "Niemand ahnte, wie … würde": nobody's words
            if kind == "Direct":
                for x, y in unit.quotes:
                    q = self._bare("Direct", [(x, y + 1)], prev_speaker if since <= 2 else None)
                    if since <= 2 and prev_att is not None:
                        # the dataset gives a lone quotation the cue and frame of the attribution
                        # whose speaker goes on speaking
                        q["cue"], q["frame"] = prev_att["cue"], prev_att["frame"]
                    colon = self._colon_speaker(unit, x)
                    verb = None
                    if colon is None:
                        colon, verb = self._colon_clause(unit, x)
                    if colon is not None:
                        q["speaker"] = self._span(colon, actor=True)
                        q["frame"] = self._spans_json(self._frame_spans(unit, [(x, y + 1)]))
                        if verb is not None:
                            q["cue"] = self._span((verb, verb + 1))
                    unit.found.append(q)
                sp = next((q["speaker"] for q in unit.found if q["speaker"]), None)
                if sp and sp is not prev_speaker:
                    prev_speaker = sp
                    prev_att = next((q for q in unit.found if q["speaker"] is sp and q["cue"]), None)
                prev_quoted, since, prev_free = True, 0, None
                continue
            if kind == "IndirectFreeIndirect":
                q = self._unknown_cue_indirect(unit)
                if q is not None:
                    unit.found.append(q)
                    if q["speaker"]:
                        prev_speaker = q["speaker"]
                    prev_quoted, since, prev_free = True, 0, None
                    continue
            near = prev_quoted or since <= 3
            if kind == "IndirectFreeIndirect" and (prev_quoted or strength >= 2 and (
                    since <= 3 or not self._first_person(unit) and self._main_clause_konjunktiv(unit))):
                # a Konjunktiv I far from the latest attribution is still reported ("Eine der
                # Optionen sei ein Börsengang"), but whose it is is not known that far away; in
                # the first person the forms coincide with the indicative ("halte ich", "plane")
                prev_free = self._free(unit, kind, prev_speaker if near else None, prev_free)
                prev_quoted, since = True, 0
                continue
            # reportative "soll" right after attributed speech, or a strong one ("soll … gestohlen
            # haben") within three sentences of it; alone it is the author's hearsay, unmarked
            if kind == "FreeIndirect" and (strength >= 2 and since <= 3 or since <= 1):
                prev_free = self._free(unit, kind, prev_speaker, prev_free)
                prev_quoted, since = True, 0
                continue
            if not unit.found:
                # quoted words of four words or more in a sentence nobody is said to speak are
                # still someone's words ("… sind nur bei einer „konkreten Gefahr für ein
                # wichtiges Rechtsgut“ zulässig"); shorter ones are often names or scare quotes
                for x, y in unit.quotes:
                    n = sum(1 for k in range(x + 1, y) if self._word(k))
                    if n >= 4:
                        unit.found.append(self._bare("Direct", [(x, y + 1)], None))
            prev_quoted = False
            prev_free = None

    def _main_clause_konjunktiv(self, unit: _Unit) -> bool:
        """A Konjunktiv I before the unit's first comma: the main clause itself is reported, not
        only a clause inside it ("…, da das Recht verletzt werde")."""
        for k in range(unit.start, unit.end):
            if self.t[k] in (",", ";", ":") and not self.in_quote[k]:
                return False
            if self.t[k][:1].islower() and (self.lo[k] in self.konj1 or self._iere(k)):
                return True
        return False

    def _first_person(self, unit: _Unit) -> bool:
        """The unit speaks in the first person outside quotation marks (an interview answer)."""
        return any(self.lo[k] in _FIRST_PERSON and not self.in_quote[k] for k in range(unit.start, unit.end))

    def _unknown_cue_indirect(self, unit: _Unit) -> dict | None:
        """Indirect speech after a verb missing from the cue list: "X erwähnte, dass er … werde",
        "X hatte versichtert, die Teilnehmer würden geschützt". The main clause must open with a
        noun phrase and hold a lower-case verb; the Konjunktiv must come after its comma."""
        comma = next((k for k in range(unit.start, unit.end) if self.t[k] == "," and not self.in_quote[k]), None)
        if comma is None or comma - unit.start < 2 or comma + 2 >= unit.end:
            return None
        if any(self._konjunktiv(k) for k in range(unit.start, comma)):
            return None
        rest = range(comma + 1, unit.end)
        if not (self.lo[comma + 1] in ("dass", "daß", "ob") or
                any(self._konjunktiv(k) for k in rest)):
            return None
        if self.lo[comma + 1] in _RELATIVE_OPEN and not (self._is_noun(comma + 2) or self._adj(comma + 2, unit.end)):
            return None
        speaker = self._np_right(unit.start, comma, appositive=False)
        if speaker is None or speaker[0] != unit.start or speaker[1] >= comma:
            return None
        if speaker[1] - speaker[0] == 1 and self.lo[speaker[0]] in self.negative_subjects:
            return None  # "Niemand ahnte, wie …"
        verb = speaker[1]
        while verb < comma and ("ADV" in self.cls[verb] or self.t[verb] in PUNCT):
            verb += 1
        if verb >= comma or not (self.t[verb].islower() and self.t[verb].isalpha()) or \
                (self.cls[verb] - {"AUX"}):
            return None
        cue = [verb]
        if "AUX" in self.cls[verb]:
            last = comma - 1  # "hatte … festgestellt": the participle closes the clause
            if last > verb and self.t[last].islower() and not self.cls[last]:
                cue.append(last)
            else:
                return None
        a, b = self._trim(comma + 1, unit.end)
        # "X hat gegenüber der Zeitung ausgesagt, dass …": whom it was said to
        addressee = next((np for np in (self._audience(k, comma) for k in range(speaker[1], comma)
                                        if not self.in_quote[k]) if np is not None), None)
        f = _Frame(unit.start, comma, cue, speaker, addressee, False, True, head=cue[-1], verbal=True)
        return self._quote("Indirect", [(a, b)], f, self._frame_spans(unit, [(a, b)]))

    def _free(self, unit: _Unit, kind: str, speaker: dict | None, prev_free: dict | None) -> dict:
        a, b = unit.start, unit.end
        if prev_free is not None and prev_free["type"] == kind:
            prev_free["quote"][0]["end"] = self._char_end(b - 1)
            q = prev_free
        else:
            q = self._bare(kind, [(a, b)], speaker)
            unit.found.append(q)
        for x, y in unit.quotes:
            unit.found.append(self._bare("Direct", [(x, y + 1)], speaker))
        return q

    def _free_kind(self, unit: _Unit) -> tuple[str | None, int]:
        """The type a unit without a frame may have, and how sure the marker is (1 weak, 2 strong).

        Direct: the unit is a quotation. FreeIndirect: reportative "soll/sollen", strong with a
        perfect or passive infinitive at the end ("soll … gestohlen haben"). IndirectFreeIndirect:
        a Konjunktiv I form is strong, Konjunktiv II ("wäre", also conditional) weak. A heuristic
        for regular 3rd-person forms in -e ("handele") was measured on the train split and
        dropped: it halved the precision of IndirectFreeIndirect for little recall.
        """
        words = [k for k in range(unit.start, unit.end) if self._word(k) and not self.in_quote[k]]
        if unit.quotes and len(words) <= 1:
            return "Direct", 2
        if unit.quotes and self.t[unit.quotes[0][0] - 1:unit.quotes[0][0]] == [":"]:
            return "Direct", 2
        if not words or self.t[unit.end - 1] == "?":
            return None, 0
        if any(self.lo[k] in _REPORTATIVE for k in words):
            return "FreeIndirect", 2 if self.lo[words[-1]] in _PERFECT_INF | {"werden"} else 1
        first_person = any(self.lo[k] == "ich" for k in words)
        # a verb is lower case except at the start before a lower-case word ("Hätte er …"):
        # "Ende Mai" is no "(es) ende"
        verbs = [k for k in words if self.t[k][:1].islower() or k == words[0] and k + 1 < unit.end
                 and self.t[k + 1][:1].islower()]
        if any((self.lo[k] in self.konj1 or self._iere(k)) and not (
                first_person and self.lo[k] in ("habe", "werde", "hab")) for k in verbs):
            return "IndirectFreeIndirect", 2
        if any(self.lo[k] in self.konj2 or k in self.subjunctive for k in verbs):
            return "IndirectFreeIndirect", 1
        return None, 0

    def _konjunktiv(self, k: int) -> bool:
        """A listed Konjunktiv form written as a verb (lower case): not the noun "Ende"."""
        return self.t[k][:1].islower() and (self.lo[k] in self.konj1 or self.lo[k] in self.konj2)

    def _iere(self, k: int) -> bool:
        """A Konjunktiv I of an -ieren verb ("basiere", "existiere"), not after an article."""
        w = self.t[k]
        return w.endswith("iere") and w.islower() and len(w) > 6 and not (k and "DET" in self.cls[k - 1]) \
            and not self.cls[k]

    def _colon_clause(self, unit: _Unit, x: int) -> tuple[tuple[int, int] | None, int | None]:
        """``(speaker, verb)`` of a main clause with an unlisted verb before a colon and a quote:
        "Die Firma empfindet die Kritik als ungerechtfertigt: „…“" (subject first) or "Hier
        sparte der Präsident nicht mit Kritik: „…“" (adverb, verb, subject); else (None, None)."""
        colon = x - 1
        if colon <= unit.start or self.t[colon] != ":" or any(
                self.in_quote[k] for k in range(unit.start, colon)):
            return None, None
        a = unit.start
        if self.lo[a] in _SUBJECT_PRONOUNS - {"sie"} or self.t[a] == "Sie":
            np = (a, a + 1)
        else:
            np = self._np_right(a, colon)
        if np is not None and np[0] == a and np[1] < colon and self._finite_like(np[1]):
            return np, np[1]
        if "ADV" in self.cls[a] and a + 2 < colon and self._finite_like(a + 1):
            np = self._np_right(a + 2, colon, appositive=False)
            if np is not None and np[0] == a + 2:
                return np, a + 1
        return None, None

    def _colon_speaker(self, unit: _Unit, x: int) -> tuple[int, int] | None:
        if x - 1 >= unit.start and self.t[x - 1] == ":":
            np = self._np_left(x - 1, unit.start)
            # only "BKA-Präsident Ziercke: „…“", where the noun phrase is all there is before
            if np and all(not self._word(k) or "CONJ" in self.cls[k] for k in range(unit.start, np[0])):
                return np
        return None
