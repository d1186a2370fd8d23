""""sorgen für" causes a reaction as "auslösen" does: "Ein Papier der Kommission sorgt für scharfe Kritik",
"Die Pläne des Innenministers sorgen bei der Opposition für Empörung". The reaction noun after "für" is
aimed at the subject or the owner of its noun and done by the "bei"/"in" phrase
(``extract.CAUSED_FOR``, cause_for_verb in function_words.tsv); the subject's owner had been read as the
critic and the target left empty. An agreement "sorgte für eine Einigung" is brought about, no reaction.
Session 30, helper a1s30 (targets predicted empty: what the criticism is aimed at stands in the
subject). Uncoded news: 3 events changed (3 articles), 3 right (Trump's demand, the Czech head of
state's attendance, a general's speech in Israel: a dispute now kept with its parties); development
parts: 2 events changed, 2 right (gnad4 84, gnad7 937), and one AGREE added in gnad4 84 that takes the
EU named just before (wrong); pooled type 2595 → 2595 (predictions 3568 → 3569), tuple 1768 → 1768.
Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, target", [
    ("Die Entscheidung der polnischen Regierung sorgte für heftige Kritik.", "POLGOV"),
    ("Die Äußerungen des türkischen Präsidenten sorgten in Berlin für Unmut.", "TURGOV"),
])
def test_sorgen_fuer_aims_the_reaction_at_the_subjects_owner(analyse_text, text, target):
    (e,) = of_type(analyse_text(text), "DISAPPROVE")
    assert actor_codes(e["target"]) == [target]


def test_the_bei_phrase_reacts(analyse_text):
    (e,) = of_type(analyse_text("Die Pläne des Innenministers sorgen bei der Opposition für Empörung."), "DISAPPROVE")
    assert actor_codes(e["source"]) == ["OPP"] and actor_codes(e["target"]) == ["GOV"]


def test_an_agreement_brought_about_is_no_reaction(analyse_text):
    evs = analyse_text("Der Vermittler aus Norwegen sorgte für eine Einigung zwischen Kolumbien und den Rebellen.")
    (e,) = of_type(evs, "AGREE")
    assert "COL" in actor_codes(e["source"])


def test_ausloesen_still_causes_a_reaction(analyse_text):
    evs = analyse_text("Die Entscheidung der Regierung löste bei der Opposition heftige Kritik aus.")
    (e,) = of_type(evs, "DISAPPROVE")
    assert actor_codes(e["source"]) == ["OPP"] and actor_codes(e["target"]) == ["GOV"]


def test_flag_off_reads_the_owner_as_the_critic(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "CAUSED_FOR", False)
    (e,) = of_type(analyse_text("Die Entscheidung der polnischen Regierung sorgte für heftige Kritik."), "DISAPPROVE")
    assert e["target"] == []
