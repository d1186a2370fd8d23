"""A city named as the name of a treaty ("das Washingtoner Abkommen", "der Friedensplan von Minsk",
"der Vertrag von Lissabon") names a document, not a place where the story happens: it casts no vote
for the article's setting (agents.TREATY_CITY_NO_VOTE). As a place it counted four times a country's
vote, so an Austrian customs raid on a bird trade banned by the Washington convention (uncoded
10kGNAD) was set in the USA and its police and courts became "USACOP", "USAJUD". Twenty-ninth
session, helper e8. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import agents

_STORIES = [
    # (article, type of the act whose unnamed agent takes the setting, its code)
    ("Händler sollen seltene Vögel verkauft haben. Linz – Die Polizei hat am Montag zwei Händler "
     "festgenommen. Die Männer sollen seltene Papageien entgegen dem Washingtoner Abkommen verkauft haben. "
     "Das Washingtoner Abkommen schützt bedrohte Arten. Nach dem Washingtoner Abkommen drohen den Männern "
     "hohe Strafen.", "COERCE", "AUTCOP"),
    ("Die Waffenruhe hält nicht. Kiew – Die Polizei hat am Dienstag drei Männer festgenommen. Sie sollen "
     "gegen den Friedensplan von Minsk verstoßen haben. Der Friedensplan von Minsk verbietet schwere Waffen. "
     "Der Friedensplan von Minsk gilt seit Monaten.", "COERCE", "UKRCOP"),
    ("Die Regierung verteidigt ihr Gesetz. Bratislava – Die Polizei hat am Mittwoch vier Aktivisten "
     "festgenommen. Sie hatten gegen den Vertrag von Lissabon protestiert. Der Vertrag von Lissabon regelt "
     "die Union. Der Vertrag von Lissabon trat 2009 in Kraft.", "COERCE", "SVKCOP"),
]


@pytest.mark.parametrize("text, type_, code", _STORIES)
def test_a_city_that_names_a_treaty_does_not_set_the_article(analyse_text, text, type_, code):
    acts = of_type(analyse_text(text), type_)
    assert acts and codes(acts[0]["source"]) == [code]


def test_a_city_after_von_without_a_treaty_still_votes(analyse_text):
    # "die Bürgermeisterin von Lissabon" names the city as a place: the story is Portuguese
    acts = of_type(analyse_text(
        "Die Stadt spart. Lissabon – Die Polizei hat am Montag zwei Männer festgenommen. Die Bürgermeisterin "
        "von Lissabon lobte die Polizei. In Lissabon wurde am Abend demonstriert."), "COERCE")
    assert acts and codes(acts[0]["source"]) == ["PRTCOP"]


def test_without_the_rule_the_treaty_city_sets_the_article(analyse_text, monkeypatch):
    monkeypatch.setattr(agents, "TREATY_CITY_NO_VOTE", False)
    acts = of_type(analyse_text(_STORIES[0][0]), "COERCE")
    assert acts and codes(acts[0]["source"]) == ["USACOP"]
