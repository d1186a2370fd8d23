"""Mutilation is violence (triggers.tsv): "verstümmeln"/"Verstümmelung" of people by a party is an ASSAULT, as the
coders of dev4 and gnad5 code it ("wurden ermordet, verstümmelt und verschleppt"); genital mutilation and a
campaign "gegen die Verstümmelung" of girls are left out: there it is told as a custom, not as an act of a
party; the verb counts only in a text about political conflict (flag conflict): a film "verstümmelt" a novel. Twenty-fourth session, from the missed ASSAULT events of dev4 and gnad5. Every sentence is written
for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type


@pytest.mark.parametrize("text, word", [
    ("Die Miliz hat im Dorf mehrere Gefangene verstümmelt.", "verstümmelt"),
    ("Menschenrechtler berichten von der Verstümmelung von Gefangenen durch die Miliz.", "Verstümmelung"),
    ("In der besetzten Stadt wurden Dutzende Zivilisten von den Rebellen verschleppt und verstümmelt.", "verstümmelt"),
])
def test_mutilation_is_an_assault(analyse_text, text, word):
    assert [e for e in of_type(analyse_text(text), "ASSAULT") if e["trigger"]["text"] == word]


@pytest.mark.parametrize("text, word", [
    ("Die Organisation kämpft gegen die Genitalverstümmelung von Mädchen.", "Genitalverstümmelung"),
    ("Die Preisträgerin setzt sich seit Jahren gegen die Verstümmelung und Zwangsheirat von Mädchen ein.",
     "Verstümmelung"),
])
def test_a_campaign_against_a_custom_is_no_act(analyse_text, text, word):
    assert [e for e in analyse_text(text) if e["trigger"]["text"] == word] == []


@pytest.mark.parametrize("text, word", [
    ("Das Filmstudio hat die Romanvorlage bei der Verfilmung regelrecht verstümmelt, finden viele Leser.", "verstümmelt"),
    ("Kritiker werfen dem Verlag vor, die Übersetzung der Gedichte zu verstümmeln.", "verstümmeln"),
])
def test_a_figurative_mutilation_outside_conflict_news_is_no_act(analyse_text, text, word):
    # the verb line carries the conflict flag: a film, a book or a game "verstümmelt" is harm done to a work
    # (a 10kGNAD culture piece on films of video games gave an ASSAULT by the USA before the flag)
    assert [e for e in of_type(analyse_text(text), "ASSAULT") if e["trigger"]["text"] == word] == []
