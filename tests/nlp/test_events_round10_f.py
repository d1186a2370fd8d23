"""Tenth session, helper F: which of the material conflict types (ASSAULT, COERCE, PROTEST,
SANCTION) a real act gets. Every sentence is written for these tests."""

from __future__ import annotations

import pytest


def _types(evs):
    return sorted(e["type"] for e in evs)


# --- crushing a protest: by the army or "blutig" it is violence (ASSAULT), by the police COERCE
@pytest.mark.parametrize("text", [
    "Im Jahr 1988 schlug die Armee die Studentenproteste in Rangun nieder.",
    "Damals schlugen Soldaten den Aufstand der Bergarbeiter blutig nieder.",
    "Die Niederschlagung des Aufstands durch die Armee kostete Hunderte das Leben.",
    "In Seoul fand eine Gedenkfeier zum Jahrestag der blutigen Niederschlagung der Proteste statt.",
])
def test_military_or_bloody_crackdown_is_assault(analyse_text, text):
    types = _types(analyse_text(text))
    assert "ASSAULT" in types and "COERCE" not in types


@pytest.mark.parametrize("text", [
    "Die Polizei schlug die Kundgebung in Minsk nieder.",
    "Die Opposition warf der Polizei die Niederschlagung der Demonstration in Minsk vor.",
])
def test_police_crackdown_stays_coerce(analyse_text, text):
    types = _types(analyse_text(text))
    assert "ASSAULT" not in types
