"""A verb in a past counterfactual, a "hätte"/"wäre" with a modal infinitive or "gewesen" after the verb
("hätte verbieten müssen", "wäre verboten gewesen") or a participle with "hätte"/"wäre" in a "wenn"/"falls"
clause ("wenn sie Flüchtlinge aufgenommen hätte"), tells what would have been, not what was: "Das Land
hätte die Rückgabe verlangen müssen" gave a DEMAND, "Es wäre ihm verboten gewesen" a COERCE, a conditional
of that kind an AID, none of which the coders code (3 such predictions on the development parts, all
wrong). A Konjunktiv II of reported speech ("Soldaten hätten Zivilisten getötet", "dass Soldaten die Stadt
angegriffen hätten") has no such tail and no condition, and stays. Twenty-fifth session, helper e2.
Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract

_COUNTERFACTUAL = [
    ("Die Regierung hätte die Demonstration verbieten müssen, sagte der Abgeordnete.", "COERCE"),
    ("Der Minister hätte den Botschafter schon im Mai ausweisen sollen.", "SANCTION"),
    ("Nach Ansicht der Opposition wäre der Einsatz der Polizei verboten gewesen.", "COERCE"),
    ("Falls die Armee das Dorf bombardiert hätte, wären viele gestorben.", "ASSAULT"),
]


@pytest.mark.parametrize("text, type_", _COUNTERFACTUAL)
def test_a_counterfactual_act_is_no_event(analyse_text, text, type_):
    assert not of_type(analyse_text(text), type_)


@pytest.mark.parametrize("text, type_", [
    ("Die Zeugen sagten, Soldaten hätten mehrere Zivilisten getötet.", "ASSAULT"),
    ("Die Polizei hätte die Demonstranten festgenommen, sagte der Sprecher.", "COERCE"),
    ("Die Zeugen berichteten, dass Soldaten die Stadt angegriffen hätten.", "ASSAULT"),
])
def test_a_reported_subjunctive_stays(analyse_text, text, type_):
    assert of_type(analyse_text(text), type_)


@pytest.mark.parametrize("text, type_", _COUNTERFACTUAL)
def test_without_the_rule_the_counterfactual_act_is_an_event(analyse_text, monkeypatch, text, type_):
    monkeypatch.setattr(extract, "COUNTERFACTUAL_NO_ACT", False)
    assert of_type(analyse_text(text), type_)
