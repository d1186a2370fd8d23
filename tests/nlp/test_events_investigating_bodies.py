"""An investigation is named as one by who investigates or whom it is against: "untersuchen" and
"Untersuchung" with the police, a prosecutor or a criminal investigation office in the clause,
"Untersuchungen gegen …", and "leitete eine Untersuchung ein" (the particle verb split) are
DISAPPROVE `investigate`; a study or a medical examination stays no act. Data lines only
(triggers.tsv Untersuchung, untersuchen). Twenty-fourth session, issue 10; found on the development
parts (dev8, gnad1, gnad2). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import EventExtractor, extract, lexicon

_ADDED = ("polizei", "staatsanwalt", "ermittler", "kriminalpolizei", "kriminalbeamt", "bundeskriminalamt",
          "landeskriminalamt", "fbi", "bka", "leitete", "leiteten")


@pytest.mark.parametrize("text", [
    "Die Angelegenheit wird derzeit von der Staatsanwaltschaft Graz untersucht.",
    "Beamte des Landeskriminalamts untersuchen seit Montag die Unterlagen des Vereins.",
    "Gegen den früheren Landrat laufen mehrere Untersuchungen.",
    "Die Regierung in Ankara leitete am Freitag eine Untersuchung ein.",
    "Das FBI hat die Untersuchung der Zahlungen übernommen.",
])
def test_an_investigation_by_or_against_a_party_is_one(analyse_text, text):
    acts = of_type(analyse_text(text), "DISAPPROVE")
    assert len(acts) == 1 and acts[0]["mode"] == "investigate"


@pytest.mark.parametrize("text", [
    "Eine Untersuchung der Universität Wien zeigt, dass Jugendliche zu wenig schlafen.",
    "Der Arzt untersuchte den Patienten nach dem Unfall gründlich.",
    "Die Untersuchung der Wasserproben wurde an ein Labor weitergeleitet.",
    "Die Forscher untersuchen, wie sich der Klimawandel auf die Alpen auswirkt.",
])
def test_a_study_or_an_examination_is_no_act(analyse_text, text):
    assert not of_type(analyse_text(text), "DISAPPROVE")


def test_without_the_data_lines_the_investigation_is_missed(analyse_text, full_nlp, monkeypatch):
    read = lexicon._data_lines

    def lines(file):
        rows, examples = read(file)
        if file == "triggers.tsv":
            out = []
            for r in rows:
                if r[0] in ("Untersuchung", "untersuchen") and r[2] == "DISAPPROVE":
                    if r[-1] == "prep=gegen":
                        continue
                    r = r[:-1] + ["|".join(s for s in r[-1].split("|") if s not in _ADDED)]
                out.append(r)
            rows = out
        return rows, examples
    monkeypatch.setattr(lexicon, "_data_lines", lines)
    # (extract.SPLIT_VERB_OBJECTS reads "leitete … ein" as "einleitete", which the line's "einleit" names: off too)
    monkeypatch.setattr(extract, "SPLIT_VERB_OBJECTS", False)
    monkeypatch.setattr(full_nlp.get_pipe("lb_events"), "extractor", EventExtractor(lexicon.load_lexicon.__wrapped__()))
    for text in ("Die Angelegenheit wird derzeit von der Staatsanwaltschaft Graz untersucht.",
                 "Gegen den früheren Landrat laufen mehrere Untersuchungen.",
                 "Die Regierung in Ankara leitete am Freitag eine Untersuchung ein."):
        assert not of_type(analyse_text(text), "DISAPPROVE"), text
