"""A body named by another noun of the same sector as the doer ("Die Staatsanwaltschaft nahm das
Gericht in Schutz", "Das Landgericht lehnte den Antrag der Staatsanwaltschaft ab": JUD and JUD) is a
second party, not the doer named again: the target was dropped because it had the doer's code, and
the praise or refusal aimed at nobody. The doer's own body ("die Sparpläne seiner Regierung") and the
same noun again stay dropped. Twenty-sixth session, helper e3 (uncoded news: 4 targets in 4
articles, 3 right and one of the right country). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract

_LEAD = "In Hamburg wird seit Monaten über den Prozess gestritten. "


def _targets(evs, type_):
    return [sorted(a.get("actor_code") or a.get("name") for a in e["target"]) for e in of_type(evs, type_)]


@pytest.mark.parametrize("sentence, type_", [
    ("Die Staatsanwaltschaft nahm das Gericht gegen die Vorwürfe in Schutz.", "SUPPORT"),
    ("Das Landgericht lehnte den Antrag der Staatsanwaltschaft auf eine Verlegung ab.", "REJECT"),
])
def test_another_body_of_the_same_sector_is_the_target(analyse_text, sentence, type_):
    assert ["DEUJUD"] in _targets(analyse_text(_LEAD + sentence), type_)


@pytest.mark.parametrize("sentence", [
    "Der Bürgermeister verteidigte die Sparpläne seiner Regierung.",
    "Die Regierung lobte die Regierung.",
])
def test_the_doers_own_body_is_no_target(analyse_text, sentence):
    assert _targets(analyse_text(_LEAD + sentence), "SUPPORT") == [[]]


def test_without_the_rule_the_second_body_is_dropped(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "SAME_SECTOR_BODIES", False)
    text = _LEAD + "Die Staatsanwaltschaft nahm das Gericht gegen die Vorwürfe in Schutz."
    assert _targets(analyse_text(text), "SUPPORT") == [[]]
