"""Two more acts the coders code (triggers.tsv): a state's "Verzicht auf Grenzkontrollen" gives up a measure
aimed at its neighbours (CONCEDE, as a waiver of sanctions or force), and armed groups that bring a town
"unter ihre Kontrolle" in a report about armed conflict take it by force (ASSAULT); firefighters bringing a
fire or a central bank bringing inflation under control do no such act. Twenty-fourth session, from the
missed CONCEDE and ASSAULT events of gnad2 and gnad3. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type


@pytest.mark.parametrize("text", [
    "Italien begrüßte den Verzicht Österreichs auf Grenzkontrollen am Brenner.",
    "Der Verzicht der Regierung auf die Kontrollen an der Grenze wurde in Rom gelobt.",
])
def test_giving_up_border_controls_is_a_concession(analyse_text, text):
    assert [e for e in of_type(analyse_text(text), "CONCEDE") if e["trigger"]["text"] == "Verzicht"]


@pytest.mark.parametrize("text", [
    "Damaskus – Im Norden Syriens wird weiter gekämpft. Die Rebellen haben die Stadt im Mai unter ihre Kontrolle "
    "gebracht.",
    "Kabul – Die Kämpfe dauern an. Die Taliban brachten am Sonntag mehrere Bezirke unter ihre Kontrolle.",
])
def test_taking_a_town_under_control_in_a_war_is_an_assault(analyse_text, text):
    assert [e for e in of_type(analyse_text(text), "ASSAULT") if e["trigger"]["text"] == "Kontrolle"]


@pytest.mark.parametrize("text", [
    "Die Feuerwehr hat den Brand am Abend unter Kontrolle gebracht.",
    "Die Zentralbank will die Inflation unter Kontrolle bringen.",
    "Damaskus – Im Norden Syriens wird weiter gekämpft. Die Helfer haben das Feuer in der Raffinerie unter "
    "Kontrolle gebracht.",
])
def test_bringing_a_fire_or_prices_under_control_is_no_act(analyse_text, text):
    assert [e for e in analyse_text(text) if e["trigger"]["text"] == "Kontrolle"] == []
