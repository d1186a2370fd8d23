"""A fixed adverbial of a preposition and a closing word ("unter anderem", "vor allem") governs no
noun phrase after it: in "Die Demonstranten forderten unter anderem die Freilassung inhaftierter
Gesinnungsgenossen" the release is the object of the demand (RETREAT, demanded), not a noun in an
"unter"-phrase that the demand does not reach. The other way round, a noun in a temporal or causal
phrase after the verb ("forderten nach der Freilassung der Kollegen eine Entschädigung") is
background, not what is demanded. Nineteenth session, found in the missed releases
of the Austrian 10kGNAD part gnad1. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, kind", [
    ("Minsk – Die Journalisten forderten unter anderem die Freilassung inhaftierter Kollegen.", "RETREAT"),
    ("Ankara – Die Anwälte verlangten unter anderem die Freilassung inhaftierter Mandanten.", "RETREAT"),
    ("Kairo – Die Demonstranten forderten unter anderem den Rücktritt des Kabinetts.", "RETREAT"),
])
def test_the_act_after_an_adverbial_is_the_demand_s_object(analyse_text, text, kind):
    evs = analyse_text(text)
    assert of_type(evs, "DEMAND")
    acts = of_type(evs, kind)
    assert len(acts) == 1 and acts[0]["modality"] == "demanded"


def test_a_real_preposition_still_governs_its_noun(analyse_text):
    # "nach der Freilassung": a background release, not what is demanded
    evs = analyse_text("Minsk – Die Journalisten forderten nach der Freilassung der Kollegen eine Entschädigung.")
    assert not any(e["modality"] == "demanded" for e in of_type(evs, "RETREAT"))


def test_without_the_rule_the_adverbial_hides_the_object(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "ADVERBIAL_PP", False)
    evs = analyse_text("Minsk – Die Journalisten forderten unter anderem die Freilassung inhaftierter Kollegen.")
    assert not of_type(evs, "RETREAT")


def test_without_the_background_rule_the_background_act_is_demanded(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "BACKGROUND_NOT_DEMANDED", False)
    evs = analyse_text("Minsk – Die Journalisten forderten nach der Freilassung der Kollegen eine Entschädigung.")
    assert any(e["modality"] == "demanded" for e in of_type(evs, "RETREAT"))
