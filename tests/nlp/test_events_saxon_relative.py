"""A name's genitive right after "der"/"die"/"das" at the start of a clause after a comma ("Die SPD,
die Merkels Politik kritisiert hatte, …") shows that the word is a relative pronoun: no article stands
before a prenominal genitive. The antecedent is the subject, the name belongs to the object
(``extract.SAXON_RELATIVE``). Eighteenth session, found reading lagebild's output on 10kGNAD rows
("Der Mathematiker …, der Mahrers Projekt unterstützt" made Mahrer the supporter). Every sentence is
written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, kind, source, target", [
    ("Berlin – Die SPD, die Merkels Politik kritisiert hatte, verlor die Wahl.", "DISAPPROVE", ["DEUPTY"], ["DEUGOV"]),
    ("Berlin – Die Wahl gewann die SPD, die Merkels Politik kritisiert hatte.", "DISAPPROVE", ["DEUPTY"], ["DEUGOV"]),
    ("Washington – Der Senat, der Obamas Gesetz gebilligt hatte, tagte am Montag.", "SUPPORT", ["USALEG"], ["USAGOV"]),
])
def test_the_antecedent_is_the_subject(analyse_text, text, kind, source, target):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert (actor_codes(acts[0]["source"]), actor_codes(acts[0]["target"])) == (source, target)


def test_an_article_before_a_noun_is_still_an_article(analyse_text):
    # "die Regierung" after the comma opens an apposition-free list item, not a relative clause
    acts = of_type(analyse_text("Berlin – Die SPD kritisierte die Opposition, die Regierung lobte sie."), "SUPPORT")
    assert acts and actor_codes(acts[0]["source"]) == ["DEUGOV"]


def test_without_the_rule_the_name_is_read_as_the_subject(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "SAXON_RELATIVE", False)
    acts = of_type(analyse_text("Berlin – Die SPD, die Merkels Politik kritisiert hatte, verlor die Wahl."),
                   "DISAPPROVE")
    assert acts and actor_codes(acts[0]["source"]) == ["DEUGOV"]
