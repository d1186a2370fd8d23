"""Police units named by their task ("die Mordkommission", "die Kriminalpolizei", "Drogenfahnder")
are the police (COP): "Die Mordkommission von München hat die Ermittlungen aufgenommen" had the
doer DEUGOV from the context (uncoded Wikinews article 67143). A data line in agents.tsv
("Ermittler" was measured and left out: it made two wrong development predictions). Every sentence
is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type


@pytest.mark.parametrize("text, kind", [
    ("Die Mordkommission hat am Abend die Ermittlungen aufgenommen.", "DISAPPROVE"),
    ("Die Kriminalpolizei nahm am Montag zwei Verdächtige fest.", "COERCE"),
    ("Drogenfahnder nahmen in der Nacht drei Männer fest.", "COERCE"),
])
def test_a_police_unit_is_the_police(analyse_text, text, kind):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert actor_codes(acts[0]["source"]) == ["COP"]
