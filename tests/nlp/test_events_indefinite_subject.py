"""A clause whose subject is "man" or "jemand" names no doer: its act does not take the last
other party of the text as its doer. Seventeenth session; found reading lagebild's output on
uncoded Wikinews articles ("In den Bekennerschreiben forderte man den Abzug …" after a police
arrest was a demand of the police). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract

_ARREST = "Die Polizei hat am Montag drei Verdächtige festgenommen. "


@pytest.mark.parametrize("text, kind", [
    (_ARREST + "In dem Schreiben forderte man den Abzug der Truppen aus Mali.", "DEMAND"),
    (_ARREST + "In dem Brief drohte man der Regierung mit weiteren Anschlägen.", "THREATEN"),
])
def test_an_indefinite_subject_is_not_the_last_party(analyse_text, text, kind):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert not any((a.get("actor_code") or "").endswith("COP") for a in acts[0]["source"])


def test_jemand_is_a_subject_and_the_dative_its_target(analyse_text):
    """ "jemand" is nominative ("jemanden", "jemandem" are not): the actor after it is an object."""
    acts = of_type(analyse_text(_ARREST + "In dem Brief drohte jemand der Regierung mit weiteren Anschlägen."),
                   "THREATEN")
    assert len(acts) == 1
    assert [a["actor_code"] for a in acts[0]["target"]] == ["GOV"]
    assert not any(a["actor_code"] == "GOV" for a in acts[0]["source"])


def test_a_named_subject_still_acts(analyse_text):
    acts = of_type(analyse_text(_ARREST + "In dem Schreiben forderten die Rebellen den Abzug der Truppen."),
                   "DEMAND")
    assert acts and [a["actor_code"] for a in acts[0]["source"]] == ["REB"]


def test_without_the_rule_the_police_demand(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "INDEFINITE_SUBJECT", False)
    acts = of_type(analyse_text(_ARREST + "In dem Schreiben forderte man den Abzug der Truppen aus Mali."),
                   "DEMAND")
    assert acts and any((a.get("actor_code") or "").endswith("COP") for a in acts[0]["source"])
