"""Forces reinforced are a mobilisation, and a state of crisis declared is coercion. The MOBILIZE
line of "verstärken" stood after its support-verb line in triggers.tsv, so the support verb always
matched first and "verstärkte die Truppen an der Grenze" gave no event; the specific line now stands
first (as for every other verb with both), with the flag carrier so that an act noun it governs
still gives the type ("verstärkten ihre militärische Zusammenarbeit" is COOPERATE). "Krisenzustand"
(Hungary's state of crisis over migration) joins "Ausnahmezustand" and "Notstand". Data lines only;
every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type


@pytest.mark.parametrize("text", [
    "Die Regierung verstärkte die Truppen an der Grenze zu Serbien.",
    "Die Armee hat ihre Präsenz im Norden des Landes verstärkt.",
    "Das Innenministerium verstärkt den Grenzschutz im Süden.",
])
def test_reinforced_forces_are_a_mobilisation(analyse_text, text):
    assert len(of_type(analyse_text(text), "MOBILIZE")) == 1


@pytest.mark.parametrize("text, kind", [
    ("Beide Staaten haben ihre militärische Zusammenarbeit verstärkt.", "COOPERATE"),
    ("Die Armee verstärkte ihre Angriffe auf die Stellungen der Rebellen.", "ASSAULT"),
])
def test_an_act_noun_reinforced_gives_its_own_type(analyse_text, text, kind):
    evs = analyse_text(text)
    assert of_type(evs, kind) and not of_type(evs, "MOBILIZE")


@pytest.mark.parametrize("text", [
    "Die Regierung in Budapest hat den Krisenzustand ausgerufen.",
    "Ungarn hat wegen der Flüchtlinge den Krisenzustand verhängt.",
])
def test_a_state_of_crisis_declared_is_coercion(analyse_text, text):
    assert len(of_type(analyse_text(text), "COERCE")) == 1
