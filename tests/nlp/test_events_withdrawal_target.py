"""A withdrawal is aimed at the country the forces leave. "der geplante Abzug der Nato-Truppen in
Afghanistan", "Kabul – Der Rückzug der französischen Einheiten hat begonnen": a RETREAT (or an
announced one, CONCEDE) of an armed force, a state or an international organisation with no one
named that it leaves had no target; the gold codes the country withdrawn from
(``extract.WITHDRAWAL_FROM_PLACE``, ``EventExtractor._withdrawn_from``): a country after "in" a few
words behind the trigger, else the clause's or sentence's place, else the article's setting, and only
when it is not the doers' own country. Not a politician's "Rückzug aus der Politik", nor "die Truppen
in Afghanistan", whose country comes from where they stand.
Session 30, helper a1s30 (targets predicted empty: an object that is a place of a country). Uncoded
news: 1 event changed, right (the withdrawal of German jets from Syria); development parts: 3 targets
changed, 2 right (dev 13194, gnad1 374; the UN's demanded withdrawal in dev 68296 has no target in the
gold), pooled type 2595 → 2595, tuple 1766 → 1768. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes

from lagebild.nlp.events import extract


def _withdrawal(evs):
    (e,) = [e for e in evs if e["type"] in ("RETREAT", "CONCEDE")]
    return e


@pytest.mark.parametrize("text, left", [
    ("Der geplante Abzug der Nato-Truppen in Afghanistan wird verschoben.", "AFG"),
    ("Bagdad – Die US-Armee hat den Abzug ihrer Kampftruppen begonnen.", "IRQ"),
    ("Kabul – Der Rückzug der französischen Einheiten hat begonnen.", "AFG"),
])
def test_a_foreign_force_withdraws_from_the_place(analyse_text, text, left):
    assert actor_codes(_withdrawal(analyse_text(text))["target"]) == [left]


@pytest.mark.parametrize("text", [
    "Der Bürgermeister kündigte seinen Rückzug aus der Politik an.",
    "Der geplante Abzug der Truppen in Afghanistan wird verschoben.",
    "Ankara – Die türkische Armee hat sich am Freitag zurückgezogen.",
])
def test_no_country_withdrawn_from_without_a_foreign_force(analyse_text, text):
    assert _withdrawal(analyse_text(text))["target"] == []


def test_a_country_named_with_aus_stays_the_target(analyse_text):
    e = _withdrawal(analyse_text("Die Nato will ihre Truppen aus Afghanistan abziehen."))
    assert actor_codes(e["source"]) == ["IGOWSTNAT"] and actor_codes(e["target"]) == ["AFGMIL"]


def test_flag_off_leaves_the_withdrawal_without_target(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "WITHDRAWAL_FROM_PLACE", False)
    e = _withdrawal(analyse_text("Der geplante Abzug der Nato-Truppen in Afghanistan wird verschoben."))
    assert e["target"] == []
