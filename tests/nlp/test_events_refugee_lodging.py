"""Lodging refugees is aid, as taking them in is ("Flüchtlinge aufnehmen" was already AID): the gnad
coders code "wurden in der Sporthalle untergebracht", "die in Notunterkünften untergebracht werden" as
AID. Only in a text about refugees (text= stems twice: a broadcaster "untergebracht" in a building,
tanks on a base are no aid), not as a state told with "sein" ("sind in Zelten untergebracht" describes
where they live, no act) and not under a modal verb: the coders code a planned lodging ("sollen
untergebracht werden") as AGREE with the refugees' own country as target, which the rules do not find
(gnad5's target floor fell with it). Data line in triggers.tsv. Twenty-ninth session, helper e3. Every
sentence is written for these tests."""

from __future__ import annotations

import dataclasses
from types import MappingProxyType

import pytest
from event_helpers import of_type

LEAD = "Graz – In der Steiermark kommen weiter viele Flüchtlinge an. "


@pytest.mark.parametrize("text", [
    LEAD + "Am Montag wurden 400 Flüchtlinge in einer leeren Kaserne in Graz untergebracht.",
    LEAD + "Das Land Steiermark hat die Asylwerber in zwei Turnhallen untergebracht.",
])
def test_lodging_refugees_is_aid(analyse_text, text):
    assert of_type(analyse_text(text), "AID")


@pytest.mark.parametrize("text", [
    LEAD + "Derzeit sind 300 Flüchtlinge in Zelten in Graz untergebracht.",
    LEAD + "Die Asylwerber sollen bis Freitag in festen Quartieren in Graz untergebracht werden.",
    "Graz – Der Radiosender ist seit Montag in einem neuen Bürogebäude in Graz untergebracht worden.",
    "Warschau – Die Panzer werden auf einem Stützpunkt im Osten Polens untergebracht.",
])
def test_a_state_a_plan_or_a_text_not_about_refugees_is_no_aid(analyse_text, text):
    assert not of_type(analyse_text(text), "AID")


def test_without_the_line_lodging_is_no_aid(analyse_text, full_nlp, monkeypatch):
    ex = full_nlp.get_pipe("lb_events").extractor
    lex = ex.lex

    def old(table):
        return MappingProxyType({k: tuple(h for h in v if not (h[0].type == "AID" and "asylwerber" in h[0].text_stems))
                                 for k, v in table.items()})
    monkeypatch.setattr(ex, "lex", dataclasses.replace(lex, verb_forms=old(lex.verb_forms)))
    assert not of_type(analyse_text(LEAD + "Am Montag wurden 400 Flüchtlinge in einer leeren Kaserne in Graz "
                                           "untergebracht."), "AID")
