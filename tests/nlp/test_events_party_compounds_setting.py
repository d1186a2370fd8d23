"""A party compound whose party name many countries' parties bear ("Die Grünen-Politikerin …",
"Sozialisten-Chef …") is the setting's party, as the bare name already was ("die Grünen" in an
article set in Austria: AUTPTY); the compound kept the knowledge base's German reading (DEUPTY).
Twenty-first session (F2); found reading lagebild's output on 10kGNAD articles ("Grünen-Abgeordneter
Pilz", "Grünen-Bildungssprecher"). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import extract

# (a name the knowledge base does not know: a known politician keeps the code of her own row)
VIENNA = "Wien – Die Grünen-Politikerin Eva Hollerer kritisierte die Regierung in Wien."


@pytest.mark.parametrize("text, source", [
    (VIENNA, ["AUTPTY"]),
    # in a German setting the German party stays
    ("Berlin – Die Grünen-Politikerin Claudia Roth kritisierte die Regierung in Berlin.", ["DEUPTY"]),
])
def test_a_party_compound_is_the_setting_s_party(analyse_text, text, source):
    acts = of_type(analyse_text(text), "DISAPPROVE")
    assert len(acts) == 1
    assert codes(acts[0]["source"]) == source


def test_without_the_rule_the_compound_stays_german(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "GENERIC_PARTY_COMPOUNDS", False)
    acts = of_type(analyse_text(VIENNA), "DISAPPROVE")
    assert acts and codes(acts[0]["source"]) == ["DEUPTY"]
