"""A state passive ("Zustandspassiv"): "sein" with the participle of a verb whose perfect takes
"haben" ("Der Journalist ist angeklagt", "Wegen Betrugs sind drei Beamte beschuldigt") reports
an act done to the subject, even without a von-phrase naming the doer. The extractor read such a
clause as a perfect and made the accused the accuser (MED > CVL). Only for charges, arrests, bans,
sentences and demands (extract.STATE_PASSIVE); participles of verbs whose perfect takes "sein"
("ist zurückgetreten") stay perfects. Twenty-fifth session, helper e7. Every sentence is written
for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, type_", [
    ("Der ukrainische Journalist ist wegen Spionage angeklagt.", "DISAPPROVE"),
    ("Wegen Bestechung sind zwei ukrainische Journalisten angeklagt.", "DISAPPROVE"),
    ("Der ukrainische Journalist ist seit Montag verhaftet.", "COERCE"),
])
def test_the_subject_of_a_state_passive_is_the_target(analyse_text, text, type_):
    acts = of_type(analyse_text(text), type_)
    assert acts and actor_codes(acts[0]["target"]) == ["UKRMED"]
    assert "UKRMED" not in actor_codes(acts[0]["source"])


def test_a_perfect_with_haben_keeps_its_subject_as_the_doer(analyse_text):
    acts = of_type(analyse_text("Die ukrainische Regierung hat den Journalisten der Spionage beschuldigt."),
                   "DISAPPROVE")
    assert acts and actor_codes(acts[0]["source"]) == ["UKRGOV"]


def test_without_the_rule_the_accused_accuses(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "STATE_PASSIVE", False)
    acts = of_type(analyse_text("Der ukrainische Journalist ist wegen Spionage angeklagt."), "DISAPPROVE")
    assert acts and "UKRMED" in actor_codes(acts[0]["source"])
