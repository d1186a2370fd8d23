"""Fighting in a text about political conflict is an attack also without "gegen" ("Im Bürgerkrieg
kämpfen Regierungstruppen und Rebellen um die Stadt", "Seit März kämpfen auch saudische Truppen im
Jemen"): a second "kämpfen" line in triggers.tsv with the flag conflict. Fighting for a cause
("kämpfen für die Freiheit", "dafür kämpfen") and a goal in a zu-infinitive ("um den Sitz zu
kämpfen") stay no event (without=für|dafür|zu), and so does a fight for wages in a text with no
conflict. Data line only; every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type


@pytest.mark.parametrize("text", [
    "Im Bürgerkrieg kämpfen Regierungstruppen und Rebellen um die Stadt Malakal.",
    "Seit März kämpfen auch saudische Truppen im Jemen gegen die Huthi-Rebellen.",
    "Im Osten des Kongo kämpfen bewaffnete Milizen um die Kontrolle über die Goldminen.",
])
def test_fighting_in_a_war_is_an_attack(analyse_text, text):
    assert len(of_type(analyse_text(text), "ASSAULT")) == 1


@pytest.mark.parametrize("text", [
    "Im Bürgerkrieg kämpfen die Frauen des Landes für ihre Rechte.",
    "Die Rebellen haben den Auftrag, um jedes Dorf zu kämpfen, sagte der Sprecher der Miliz im Krieg.",
    "Die Gewerkschaft kämpft um höhere Löhne für die Beschäftigten.",
])
def test_fighting_for_a_cause_or_a_goal_is_no_attack(analyse_text, text):
    assert not of_type(analyse_text(text), "ASSAULT")
