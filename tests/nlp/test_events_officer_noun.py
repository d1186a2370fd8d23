"""Officers are the military: "Offizier", "Offiziere", "Offizieren", "Offizierin" are MIL forms in
agents.tsv, so an officer who acts or is acted upon is the armed forces of the place, not a judge or a
civilian the other rules guessed. "die Offiziellen" (officials) stays no MIL.

Session 31, helper t2s31. Development parts: 2 actors changed in one article, both right (the officer
who appealed, DEUJUD -> DEUMIL; the acquitted soldier, DEUCVL -> DEUMIL); pooled type 2613 -> 2613,
tuple 1788 -> 1788. Uncoded news: 1 actor changed, right (officers encouraged by their minister,
target [] -> ISRMIL). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type


@pytest.mark.parametrize("text, type_, side, code", [
    ("Lissabon – Ein Offizier der Marine hat Beschwerde gegen das Urteil eingelegt.", "DISAPPROVE", "source", "PRTMIL"),
    ("Oslo – Die Regierung kritisierte die Offiziere scharf.", "DISAPPROVE", "target", "NORMIL"),
    ("Dublin – Drei Offiziere nahmen den Mann fest.", "COERCE", "source", "IRLMIL"),
])
def test_an_officer_is_the_military(analyse_text, text, type_, side, code):
    (e,) = of_type(analyse_text(text), type_)
    assert actor_codes(e[side]) == [code]


def test_officials_are_no_officers(analyse_text):
    evs = analyse_text("Oslo – Die Regierung kritisierte die Offiziellen scharf.")
    assert all("NORMIL" not in actor_codes(e["target"]) for e in evs)
