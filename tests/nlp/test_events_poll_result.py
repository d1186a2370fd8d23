"""A stance or agreement told as what an opinion poll found ("In Umfragen sprach sich die Mehrheit der Iren für eine
Einigung aus", "Umfragen, nach denen 60 Prozent der Schweden den Vertrag ablehnen") is a statistic, not an act: the
guide codes no statistics. On the uncoded news two articles (four events) and gnad1 had such a poll as DEMAND, AGREE
or REJECT, none right (extract.POLL_RESULT, twenty-eighth session, helper e6). The poll must come before the act in
its sentence and a share ("Prozent", "Mehrheit", "Befragte") must stand in the act's clause; acts done despite or
about a poll stay. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, type_", [
    ("In mehreren Umfragen sprach sich die Mehrheit der Iren für eine Einigung mit der EU aus.", "DEMAND"),
    ("Das zeigen Meinungsumfragen, nach denen 60 Prozent der Schweden den Vertrag ablehnen.", "REJECT"),
    ("Laut einer Umfrage unterstützen 55 Prozent der Befragten die Regierung.", "SUPPORT"),
])
def test_a_poll_finding_is_no_act(analyse_text, text, type_):
    assert not of_type(analyse_text(text), type_)


@pytest.mark.parametrize("text, type_", [
    ("Die Opposition warf dem Minister vor, Umfrageergebnisse zu den Schulreformen verheimlicht zu haben.",
     "DISAPPROVE"),
    ("Trotz einer Umfrage lehnte der Premier die Forderungen der Gewerkschaft ab.", "REJECT"),
])
def test_an_act_about_or_despite_a_poll_stays(analyse_text, text, type_):
    assert of_type(analyse_text(text), type_)


def test_without_the_rule_the_poll_finding_is_an_act(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "POLL_RESULT", False)
    text = "Das zeigen Meinungsumfragen, nach denen 60 Prozent der Schweden den Vertrag ablehnen."
    assert of_type(analyse_text(text), "REJECT")
