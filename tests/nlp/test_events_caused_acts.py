"""What something "leads to" ("führte zu Protesten", "hatte zum Rücktritt geführt") is an act of its own,
not one the subject did with "führen" as its support verb: "Die Abschiebung von Flüchtlingen durch Thailand
hatte zu gewaltsamen Protesten geführt" lost the protests (the deportation was carried by "geführt"), and an
act led to by a subject that is no act ("Sie hat zu Massendemonstrationen geführt") took that subject as its
doer. The noun in the zu-phrase is an event of its own. Twenty-first session (F12), found in gnad1 (a
deportation that led to protests) and dev8. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, caused, cause", [
    ("Die Abschiebung von hundert Flüchtlingen durch Thailand hatte in Istanbul zu gewaltsamen Protesten "
     "geführt.", "PROTEST", "COERCE"),
    ("Die Festnahme des Oppositionsführers durch die Polizei führte in der Hauptstadt zu Massendemonstrationen.",
     "PROTEST", "COERCE"),
])
def test_the_act_led_to_is_an_event_of_its_own(analyse_text, text, caused, cause):
    evs = analyse_text(text)
    assert len(of_type(evs, caused)) == 1 and len(of_type(evs, cause)) == 1


def test_the_support_verb_is_no_trigger_of_what_it_led_to(analyse_text):
    evs = analyse_text("Die Festnahme des Oppositionsführers durch die Polizei führte in der Hauptstadt zu "
                       "Massendemonstrationen.")
    assert all(e["trigger"]["text"] != "führte" for e in evs)


def test_a_support_verb_with_its_object_still_carries_it(analyse_text):
    acts = of_type(analyse_text("Die Regierung führte Gespräche mit der Opposition."), "CONSULT")
    assert len(acts) == 1 and acts[0]["trigger"]["text"] == "führte"


def test_without_the_rule_the_protests_are_lost(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "CAUSED_ACT", False)
    evs = analyse_text("Die Festnahme des Oppositionsführers durch die Polizei führte in der Hauptstadt zu "
                       "Massendemonstrationen.")
    assert not of_type(evs, "PROTEST") or any(e["trigger"]["text"] == "führte" for e in evs)
