"""A cooperative act announced as not to come is a refusal made when it is said: "Deutschland werde
vor dem Referendum nicht über den Antrag aus Athen beraten, sagte Merkel" was AGREE negated future,
the gnad3 coder codes REJECT DEUGOV > GRC (the coding guide: "a refusal stated in the future
tense"). ``extract.REFUSED_FUTURE`` (twentieth session, helper F1). Only with a counterpart to
refuse, and not a forecast ("werde wohl keinen Vertrag schließen"). Every sentence is written for
these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, target", [
    ("Die Regierung will nicht mit den Rebellen verhandeln.", ["REB"]),
    ("Die Regierung wird den Forderungen der Gewerkschaft nicht nachgeben.", ["LAB"]),
    ("Die EU wird der Ukraine keine weiteren Kredite gewähren.", ["UKR"]),
])
def test_a_cooperative_act_announced_as_not_to_come_is_a_refusal(analyse_text, text, target):
    evs = analyse_text(text)
    acts = of_type(evs, "REJECT")
    assert len(acts) == 1
    assert actor_codes(acts[0]["target"]) == target
    assert acts[0]["negated"] is False and acts[0]["modality"] == "asserted"
    assert not of_type(evs, "AGREE") and not of_type(evs, "CONCEDE")


@pytest.mark.parametrize("text", [
    "Russland werde mit der Ukraine wohl keinen Vertrag schließen, sagte der Sprecher.",
    "Das Treffen der beiden Minister wird nicht stattfinden.",
    "Die Minister haben sich nicht geeinigt.",
])
def test_forecasts_cancellations_and_failures_are_no_refusal(analyse_text, text):
    assert not of_type(analyse_text(text), "REJECT")


def test_without_the_rule_the_announced_act_stays_negated(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "REFUSED_FUTURE", False)
    evs = analyse_text("Die Regierung will nicht mit den Rebellen verhandeln.")
    assert not of_type(evs, "REJECT")
    assert any(e["negated"] for e in of_type(evs, "AGREE"))
