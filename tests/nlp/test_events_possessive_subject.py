"""A possessive before an act noun in a prepositional phrase points to the clause's subject, which
owns the act: "Nach seinem Treffen mit Putin reiste Obama ab" was CONSULT RUS > RUSGOV (the setting
as doer), "nach seinen Gesprächen in der deutschen Hauptstadt" made Austria's president DEUGOV
(gnad1). Not when another actor stands between the subject and the phrase ("Merkel kritisierte
Putin wegen seiner Angriffe"). extract.POSSESSIVE_SUBJECT; nineteenth session. Every sentence is
written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


def _parties(analyse_text, text, kind):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    return ([a.get("actor_code") for a in acts[0]["source"]], [a.get("actor_code") for a in acts[0]["target"]])


@pytest.mark.parametrize("text, kind, source", [
    ("Nach seinem Treffen mit Putin reiste Obama ab.", "CONSULT", ["USAGOV"]),
    ("Nach seinen langen Gesprächen mit Angela Merkel zog Obama Bilanz.", "CONSULT", ["USAGOV"]),
    ("Bei ihrem Besuch in Kiew sagte Angela Merkel nichts Neues.", "CONSULT", ["DEUGOV"]),
])
def test_the_subject_owns_the_act_of_a_possessive_phrase(analyse_text, text, kind, source):
    assert _parties(analyse_text, text, kind)[0] == source


def test_an_actor_between_subject_and_possessive_is_not_skipped(analyse_text):
    source, _ = _parties(analyse_text, "Merkel kritisierte Putin wegen seiner Angriffe auf die Ukraine.", "ASSAULT")
    assert "DEUGOV" not in source


def test_without_the_rule_the_setting_is_the_doer(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "POSSESSIVE_SUBJECT", False)
    assert _parties(analyse_text, "Nach seinem Treffen mit Putin reiste Obama ab.", "CONSULT")[0] != ["USAGOV"]
