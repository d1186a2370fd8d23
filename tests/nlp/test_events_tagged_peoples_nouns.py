"""A people's noun is that people's civilians, tagged or not. "Die Polizei hat einen Marokkaner
festgenommen" was COERCE AUTCOP > MAR, while "drei Syrer" was already SYRCVL: the recogniser tags
some people's nouns ("Marokkaner", "Algerier", "Niederländer") as names, and the KB links them to
the state. The coding guide codes a person named by nationality with no office as country + CVL
("eine deutsche Hundezüchterin" DEUCVL), so mentions.TAGGED_PEOPLES_NOUN gives such a one-word
mention the word list's CVL code; not before a capitalised word ("die Schweizer Notenbank" is the
adjective). Session 30, helper n1s30. Uncoded news: 20 articles, 36 changed actors or events, 27
right by my judgement (arrested, sentenced, killed and kidnapped nationals; wrong: "die
widerspenstigen Briten" for the British government, a Swedish EU commissioner, a Serbian minister's
"sein Land"); one private killing between two CVL parties dropped (right: private crime is not
coded). Development parts: type matches 2611 -> 2611, tuple 1782 -> 1782, predictions 3571 -> 3569
(the tuple scorer compares countries, so the sector shows in the output, not the score). Every
sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import mentions


@pytest.mark.parametrize("text, kind, target", [
    ("Linz – Die Polizei hat am Dienstag einen 34-jährigen Marokkaner festgenommen.", "COERCE", ["MARCVL"]),
    ("Salzburg – Ein Gericht verurteilte am Freitag einen Algerier zu zwei Jahren Haft.", "SANCTION", ["DZACVL"]),
])
def test_a_tagged_peoples_noun_as_target_is_civilians(analyse_text, text, kind, target):
    acts = of_type(analyse_text(text), kind)
    assert acts and codes(acts[0]["target"]) == target


def test_a_tagged_peoples_noun_as_source_is_civilians(analyse_text):
    acts = of_type(analyse_text("Wien – Ein Niederländer drohte der Polizei mit einem Messer."), "THREATEN")
    assert acts and codes(acts[0]["source"]) == ["NLDCVL"]


def test_an_untagged_peoples_noun_stays_civilians(analyse_text):
    acts = of_type(analyse_text("Wien – Die Polizei hat drei Syrer festgenommen."), "COERCE")
    assert acts and codes(acts[0]["target"]) == ["SYRCVL"]


def test_the_country_name_stays_the_state(analyse_text):
    acts = of_type(analyse_text("Rabat – Marokko hat am Montag Spanien kritisiert."), "DISAPPROVE")
    assert acts and codes(acts[0]["source"]) == ["MAR"]


def test_the_adjective_before_a_noun_stays_the_country(analyse_text):
    text = "Wien – Der Franken stieg, nachdem die Schweizer Notenbank ihre Untergrenze aufgehoben hatte."
    acts = of_type(analyse_text(text), "CONCEDE")
    assert acts and codes(acts[0]["source"]) == ["CHE"]


def test_without_the_rule_the_tagged_noun_is_the_state(analyse_text, monkeypatch):
    monkeypatch.setattr(mentions, "TAGGED_PEOPLES_NOUN", False)
    acts = of_type(analyse_text("Linz – Die Polizei hat am Dienstag einen 34-jährigen Marokkaner festgenommen."),
                   "COERCE")
    assert acts and codes(acts[0]["target"]) == ["MAR"]
