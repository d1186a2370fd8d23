"""Figures that soar ("die Sozialausgaben explodieren", "die Mieten explodierten") are no explosion:
the economic subjects are in the ``without=`` list of the ASSAULT sense of "explodieren"
(triggers.tsv). Eighteenth session, found reading lagebild's output on 10kGNAD row 250 ("dass die
Sozialausgaben durch Hartz IV explodieren" was an ASSAULT). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type


@pytest.mark.parametrize("text", [
    "Berlin – Es sei längst belegt, dass die Sozialausgaben durch die Reform explodieren.",
    "Berlin – Die Mieten in den Großstädten explodierten im vergangenen Jahr.",
    "Athen – Die Staatsschulden Griechenlands explodieren.",
])
def test_soaring_figures_are_no_explosion(analyse_text, text):
    assert not of_type(analyse_text(text), "ASSAULT")


def test_a_bomb_still_explodes(analyse_text):
    assert of_type(analyse_text("Bagdad – Auf einem Markt im Zentrum explodierte eine Autobombe."), "ASSAULT")
