"""A company's management ("Konzernleitung", "Konzernspitze") and the genitive of "Unternehmen" and
"Konzern" are business (agents.tsv BUS forms): "Ein Sprecher des Unternehmens wies die Vorwürfe
zurück" was DEUGOV (a spokesman without his body is the government's), "Die Gewerkschaft kritisierte
die Konzernleitung" had no target. Twentieth session, helper F8 (sectors of actor codes). Every
sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import lexicon
from lagebild.nlp.events.extract import EventExtractor


@pytest.mark.parametrize("text, kind, source, target", [
    ("Berlin – Ein Sprecher des Unternehmens wies die Vorwürfe am Montag zurück.", "REJECT", ["DEUBUS"], []),
    ("Wien – Ein Sprecher des Konzerns wies die Vorwürfe am Montag zurück.", "REJECT", ["AUTBUS"], []),
    ("Wien – Die Gewerkschaft kritisierte die Konzernleitung scharf.", "DISAPPROVE", ["AUTLAB"], ["AUTBUS"]),
    ("Berlin – Die Konzernspitze lehnte die Forderungen der Gewerkschaft ab.", "REJECT", ["DEUBUS"], ["DEULAB"]),
])
def test_a_company_and_its_management_are_business(analyse_text, text, kind, source, target):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert (codes(acts[0]["source"]), codes(acts[0]["target"])) == (source, target)


def test_without_the_forms_the_spokesman_of_the_company_is_the_government(analyse_text, full_nlp, monkeypatch):
    added = {"Unternehmens", "Konzerns", "Konzernleitung", "Konzernspitze"}
    read = lexicon._data_lines
    monkeypatch.setattr(lexicon, "_data_lines", lambda file: (
        [[r[0], ";".join(x for x in r[1].split(";") if x not in added)] + r[2:] for r in read(file)[0]],
        read(file)[1]) if file == "agents.tsv" else read(file))
    monkeypatch.setattr(full_nlp.get_pipe("lb_events"), "extractor", EventExtractor(lexicon.load_lexicon.__wrapped__()))
    acts = of_type(analyse_text("Berlin – Ein Sprecher des Unternehmens wies die Vorwürfe am Montag zurück."),
                   "REJECT")
    assert acts and codes(acts[0]["source"]) == ["DEUGOV"]
