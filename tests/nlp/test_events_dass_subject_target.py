"""A verbal act (a demand, criticism, warning, praise) whose clause names no one it is aimed at,
followed by a "dass" clause, is aimed at that clause's subject, whose conduct it judges or asks for:
"Die OECD warnte, dass Panama …" is aimed at Panama. Only a named party or a generic one whose
country the text gives ("die chinesische Industrie"); a bare "die Täter" or "die Polizei" is left
alone. Flag extract.DASS_SUBJECT_TARGET; twenty-fifth session, helper e4. Every sentence is written
for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import extract


def _countries(side):
    return sorted((a.get("actor_code") or "")[:3] for a in side)


@pytest.mark.parametrize("text, type_, country", [
    ("Der Wirtschaftsminister bezeichnete es am Montag als unfair, dass die chinesische Autoindustrie "
     "ihre Wagen unter dem Preis verkaufe.", "DISAPPROVE", "CHN"),
    ("Die Gläubiger fordern nun, dass Portugal weitere Reformen beschließt.", "DEMAND", "PRT"),
])
def test_the_dass_subject_is_the_target(analyse_text, text, type_, country):
    acts = of_type(analyse_text(text), type_)
    assert acts and _countries(acts[0]["target"]) == [country]


def test_a_bare_generic_subject_is_no_target(analyse_text):
    acts = of_type(analyse_text("Die Gläubiger fordern nun, dass die Täter bestraft werden."), "DEMAND")
    assert acts and not any((a.get("actor_code") or "").endswith("CVL") for a in acts[0]["target"])


def test_without_the_rule_the_act_has_no_target(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "DASS_SUBJECT_TARGET", False)
    acts = of_type(analyse_text("Die Gläubiger fordern nun, dass Portugal weitere Reformen beschließt."), "DEMAND")
    assert acts and "PRT" not in _countries(acts[0]["target"])
