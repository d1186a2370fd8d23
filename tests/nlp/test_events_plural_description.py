"""A plural role description ("die Minister", "die EU-Handelsminister") names a group, not the last
person named before it: coreference linked it to that person, who then did the group's act
(PLURAL_DESCRIPTION). A singular description ("der Minister", "die Kanzlerin") still means the person.
Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import mentions


@pytest.mark.parametrize("text, type_, person, code", [
    ("Der Ökonom Hans Berger warnte vor den Folgen. Die EU-Handelsminister einigten sich dennoch auf neue Zölle.",
     "AGREE", "Hans Berger", "IGOEUREEC"),
    ("Der Bauernvertreter Josef Gruber äußerte sich enttäuscht. "
     "Die NATO-Verteidigungsminister verurteilten den Angriff auf das Schiff.",
     "DISAPPROVE", "Josef Gruber", "IGOWSTNAT"),
    ("Peter Fink sprach in Wien vor Journalisten. Die Minister verurteilten den Angriff scharf.",
     "DISAPPROVE", "Peter Fink", "AUTGOV"),
])
def test_a_plural_description_is_not_the_person_named_before(analyse_text, text, type_, person, code):
    evs = [e for e in of_type(analyse_text(text), type_) if e["trigger"]["text"] != "warnte"
           and e["trigger"]["text"] != "äußerte"]
    assert evs
    assert person not in [a.get("name") for a in evs[-1]["source"]]
    assert actor_codes(evs[-1]["source"]) == [code]


def test_a_singular_description_still_means_the_person(analyse_text):
    evs = of_type(analyse_text("Angela Merkel sprach in Berlin. Die Kanzlerin stimmte dem Abkommen zu."), "AGREE")
    assert evs and [a.get("name") for a in evs[0]["source"]] == ["Angela Merkel"]


def test_without_the_rule_the_person_does_the_ministers_act(analyse_text, monkeypatch):
    monkeypatch.setattr(mentions, "PLURAL_DESCRIPTION", False)
    evs = of_type(analyse_text("Der Ökonom Hans Berger warnte vor den Folgen. "
                               "Die EU-Handelsminister einigten sich dennoch auf neue Zölle."), "AGREE")
    assert evs and [a.get("name") for a in evs[0]["source"]] == ["Hans Berger"]
