"""Where a sentence happens when it names a place by a direction ("im Norden von …", "60
Kilometer nördlich von …", "in der Nähe von …"), and the country an organisation's own name gives
("Deutsche Welthungerhilfe"). Thirteenth session; every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import agents

# a German article about a German victim: without the direction the kidnappers took the setting
_STORY = ("Ein deutscher Ingenieur aus Dresden ist entführt worden. Das Auswärtige Amt in Berlin "
          "bestätigte den Vorfall. {} Die Bundesregierung bemüht sich um seine Freilassung.")


@pytest.mark.parametrize("where, country", [
    ("Der Mann wurde im Norden von Afghanistan von Bewaffneten verschleppt.", "AFG"),
    ("Der Mann wurde etwa 60 Kilometer nördlich von Kandahar von Bewaffneten verschleppt.", "AFG"),
    ("Der Mann wurde südlich der Hauptstadt Bamako von Bewaffneten verschleppt.", "MLI"),
    ("Der Mann wurde in der Nähe von Mossul von Bewaffneten verschleppt.", "IRQ"),
])
def test_a_direction_from_a_place_sets_the_sentence(analyse_text, where, country):
    evs = [e for e in of_type(analyse_text(_STORY.format(where)), "ASSAULT") if "verschleppt" in e["trigger"]["text"]]
    assert evs and actor_codes(evs[0]["source"]) == [country + "REB"]


def test_without_the_rule_the_article_sets_the_sentence(analyse_text, monkeypatch):
    monkeypatch.setattr(agents, "DIRECTIONS", False)
    text = _STORY.format("Der Mann wurde im Norden von Afghanistan von Bewaffneten verschleppt.")
    evs = [e for e in of_type(analyse_text(text), "ASSAULT") if "verschleppt" in e["trigger"]["text"]]
    assert evs and actor_codes(evs[0]["source"]) != ["AFGREB"]


@pytest.mark.parametrize("words, expected", [
    (["im", "Norden", "von", "X"], True),
    (["nördlich", "der", "Hauptstadt", "X"], True),
    (["in", "der", "Nähe", "von", "X"], True),
    (["der", "Norden", "X"], False),       # no linking word: "Norden" is a name part here
    (["Truppen", "aus", "X"], False),
])
def test_after_direction(words, expected):
    assert agents._after_direction(words, len(words) - 1) is expected


@pytest.mark.parametrize("text", [
    "Im Norden von Somalia haben Bewaffnete einen Mitarbeiter der Deutschen Hilfsorganisation Nordlicht überfallen.",
    "In Kenia haben Bewaffnete einen Konvoi der Deutschen Gesellschaft für Brunnenbau überfallen.",
])
def test_a_country_adjective_in_an_organisations_name_gives_its_country(analyse_text, text):
    evs = of_type(analyse_text(text), "ASSAULT")
    assert evs and any(a.get("country") == "DEU" for a in evs[0]["target"])


@pytest.mark.parametrize("text", [
    "Der Mann wurde in Mogadischu, einer Stadt in Somalia, von Bewaffneten verschleppt.",
    "Der Mann wurde nahe Kandahar, einer kleinen Stadt im Süden, von Bewaffneten verschleppt.",
])
def test_a_places_apposition_does_not_split_the_clause(analyse_text, text):
    # the passive's doer after the apposition stays the doer, not the victim
    evs = of_type(analyse_text(text), "ASSAULT")
    assert evs and any(c.endswith("REB") for c in actor_codes(evs[0]["source"])) \
        and not any(c.endswith("REB") for c in actor_codes(evs[0]["target"]))
