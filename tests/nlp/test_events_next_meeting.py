"""A meeting noun with an attributive "nächste"/"kommende" before it ("die nächsten Tarifverhandlungen",
"bis zum nächsten EU-Gipfel") or "nächste Woche"/"kommenden Montag" right after it ("beim EU-Gipfel nächste
Woche") names a meeting still to come, whatever the article's date (10kGNAD articles have none): it is planned,
so AGREE future as PLOVER codes a planned meeting, not a meeting held (CONSULT asserted) or one that may be held
(extract.NEXT_MEETING). A meeting named without such a word keeps its modality. Twenty-seventh session, from
gnad3 and the uncoded news (3 articles). Every sentence is written for these tests; the articles are dated by
year only, as the 10kGNAD ones are."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.article import Article
from lagebild.nlp.events import extract


@pytest.fixture
def analyse_undated(full_nlp):
    """``run(text)`` -> the events of ``text`` as an article dated by its year only."""
    from lagebild.pipeline import analyse

    def run(text):
        return analyse(Article(text=text, date="2016", date_precision="year"), full_nlp)["events"]
    return run


@pytest.mark.parametrize("text, trigger", [
    ("Schon die nächsten Tarifverhandlungen am Donnerstag könnten eine Einigung bringen, sagte der "
     "Gewerkschafter.", "Tarifverhandlungen"),
    ("Über den Beitritt Serbiens soll beim EU-Gipfel nächste Woche entschieden werden.", "EU-Gipfel"),
    ("Der Entwurf soll bis zum nächsten EU-Gipfel fertig sein.", "EU-Gipfel"),
])
def test_the_next_meeting_is_planned(analyse_undated, text, trigger):
    evs = analyse_undated(text)
    assert [e for e in of_type(evs, "CONSULT") if e["trigger"]["text"] == trigger] == []
    assert [e["modality"] for e in of_type(evs, "AGREE") if e["trigger"]["text"] == trigger] == ["future"]


def test_a_meeting_held_stays(analyse_undated):
    evs = analyse_undated("Nach den Gesprächen mit der Opposition zeigte sich der Kanzler zufrieden.")
    assert [e["modality"] for e in of_type(evs, "CONSULT")] == ["asserted"]


def test_without_the_rule_the_next_meeting_is_held(analyse_undated, monkeypatch):
    monkeypatch.setattr(extract, "NEXT_MEETING", False)
    evs = analyse_undated("Der Entwurf soll bis zum nächsten EU-Gipfel fertig sein.")
    assert [e["modality"] for e in of_type(evs, "CONSULT")] == ["asserted"]
