"""A verdict told with a verb of taking place ("Das Urteil erging am Montag", "Das Urteil soll am Freitag fallen",
"Die Verurteilung erfolgte im Mai") is the court's verdict delivered, SANCTION convict, as "Das Urteil wurde
verkündet" already was (triggers.tsv: an "Urteil" line with erfolgen, ergehen and fallen as its obj= stems, and the
same stems of erfolgen/ergehen on the court line of "Verurteilung", whose verbal line read "Die Verurteilung
erfolgte" as a condemnation). With "aus" the verb tells how a judgement turned out, an expert's too ("Das Urteil
der Fachleute fiel vernichtend aus"): no verdict. Session 29, helper e5 (the trial and verdict nouns outside a
court clause left over from session 28): dev and gnad1 code two such sentences as SANCTION, two uncoded 10kGNAD
articles announce verdicts so. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import lexicon
from lagebild.nlp.events.extract import EventExtractor

_ERGING = "Das Urteil gegen den Kassenwart erging am Montag in Graz."


@pytest.mark.parametrize("text", [
    _ERGING,
    "Das Urteil gegen die beiden Schlepper soll am Freitag fallen.",
    "Die Verurteilung des Journalisten erfolgte im März.",
    "Das Urteil im Verfahren um die Bauaufträge ist am Mittwoch gefallen.",
])
def test_a_verdict_that_takes_place_is_a_sanction(analyse_text, text):
    found = of_type(analyse_text(text), "SANCTION")
    assert found and not found[0]["negated"]


@pytest.mark.parametrize("text", [
    "Das Urteil der Gutachter über den Entwurf fiel gemischt aus.",
    "Die Verurteilung des Angriffs durch die Nachbarstaaten fiel deutlich aus.",
])
def test_how_a_judgement_turned_out_is_no_verdict(analyse_text, text):
    assert not of_type(analyse_text(text), "SANCTION")


def test_a_conviction_that_took_place_is_no_condemnation(analyse_text):
    evs = analyse_text("Die Verurteilung des Journalisten erfolgte im März.")
    assert of_type(evs, "SANCTION") and not of_type(evs, "DISAPPROVE")


def test_without_the_stems_the_verdict_is_missed(analyse_text, full_nlp, monkeypatch):
    read = lexicon._data_lines

    def lines(file):
        rows, rest = read(file)
        if file != "triggers.tsv":
            return rows, rest
        out = []
        for r in rows:
            if r[0] == "Urteil" and "erging" in r[-1]:
                continue
            if r[0] == "Verurteilung" and "erging" in r[-1]:
                r = r[:-1] + [r[-1].replace("|erfolgt|ergang|erging", "")]
            out.append(r)
        return out, rest
    monkeypatch.setattr(lexicon, "_data_lines", lines)
    monkeypatch.setattr(full_nlp.get_pipe("lb_events"), "extractor", EventExtractor(lexicon.load_lexicon.__wrapped__()))
    assert not of_type(analyse_text(_ERGING), "SANCTION")
