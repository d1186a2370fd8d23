"""A phrase nested in the prepositional phrase that fills a main clause's first field ("Im Konflikt
mit der Opposition hat die Regierung …") belongs to that phrase's noun: the opposition is no target
of what the government then does. A nested "von" phrase names the noun's doer and stays ("Auf
Weisung von …"). Found reading lagebild's output on 10kGNAD articles. Every sentence is written for
these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, kind, absent", [
    ("Im Konflikt mit der Opposition hat die Regierung zehn Demonstranten festgenommen.", "COERCE", "OPP"),
    ("Nach den Gesprächen mit den Rebellen griff die Armee ein Dorf an.", "ASSAULT", "REB"),
    ("Während der Proteste gegen die Regierung nahm die Polizei drei Studenten fest.", "COERCE", "GOV"),
])
def test_a_nested_phrase_is_no_target(analyse_text, text, kind, absent):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert not any(c.endswith(absent) for c in codes(acts[0]["target"]))


def test_the_first_phrase_keeps_its_role(analyse_text):
    acts = of_type(analyse_text("Gegen die Regierung protestierten am Sonntag Tausende Studenten."), "PROTEST")
    assert len(acts) == 1 and any(c.endswith("GOV") for c in codes(acts[0]["target"]))


def test_without_the_rule_the_opposition_is_arrested(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "VORFELD_NESTED", False)
    acts = of_type(analyse_text("Im Konflikt mit der Opposition hat die Regierung zehn Demonstranten festgenommen."),
                   "COERCE")
    assert acts and any(c.endswith("OPP") for c in codes(acts[0]["target"]))
