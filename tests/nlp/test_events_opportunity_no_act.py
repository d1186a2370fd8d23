"""An act in a zu-infinitive clause that completes a noun of opportunity ("hat noch Zeit, das Abkommen zu kippen",
"die Möglichkeit bekommen, einander zu treffen") or "kurz davor" ("war kurz davor, ihre Freilassung zu erwirken")
is what someone could do or nearly did, not an act told. On the uncoded 10kGNAD news three articles had such a
REJECT, CONSULT or RETREAT, all wrong, and gnad1 a wrong CONSULT (extract.OPPORTUNITY_NO_ACT, twenty-eighth
session, helper e6). An opportunity taken ("nutzte die Gelegenheit, … zu kritisieren") and a right ("das Recht, …
zu verteidigen", coded SUPPORT) stay. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, type_", [
    ("Der Kongress hat noch bis Freitag Zeit, das Abkommen mit dem Iran zu kippen.", "REJECT"),
    ("Italien sei kurz davor gewesen, ihre Freilassung zu erwirken.", "RETREAT"),
    ("Die Studenten sollen die Möglichkeit bekommen, einander zu treffen und sich auszutauschen.", "CONSULT"),
])
def test_an_act_one_could_do_is_no_act(analyse_text, text, type_):
    assert not of_type(analyse_text(text), type_)


@pytest.mark.parametrize("text, type_", [
    ("Die Regierung nutzte die Gelegenheit, die Opposition scharf zu kritisieren.", "DISAPPROVE"),
    ("Der Minister betonte das Recht des Landes, seine Grenzen zu verteidigen.", "SUPPORT"),
])
def test_an_opportunity_taken_and_a_right_stay(analyse_text, text, type_):
    assert of_type(analyse_text(text), type_)


def test_without_the_rule_the_near_release_is_a_release(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "OPPORTUNITY_NO_ACT", False)
    assert of_type(analyse_text("Italien sei kurz davor gewesen, ihre Freilassung zu erwirken."), "RETREAT")
