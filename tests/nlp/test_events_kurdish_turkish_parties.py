"""Turkey's opposition parties and the Syrian Kurds' PYD are parties of their countries: "PYD-Chef
Salih Müslim" came out Turkish (the article's country) because the knowledge base lacked the party.
Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type


@pytest.mark.parametrize("text, kind, source", [
    ("Ankara – PYD-Chef Salih Müslim wies die Vorwürfe der Regierung zurück.", "REJECT", ["SYRPTY"]),
    ("Ankara – Die HDP kritisierte die Regierung scharf.", "DISAPPROVE", ["TURPTY"]),
    ("Berlin – Die CHP lehnte den Vorschlag der türkischen Regierung ab.", "REJECT", ["TURPTY"]),
])
def test_the_party_is_of_its_country(analyse_text, text, kind, source):
    acts = of_type(analyse_text(text), kind)
    assert acts and actor_codes(acts[0]["source"]) == source
