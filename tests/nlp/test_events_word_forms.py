"""Two errors of German word forms that made acts out of everyday sentences (twenty-second session,
found on gnad5's false alarms in sentences with no gold event):

- a plural finite verb before its separable particle, which the tagger reads as an infinitive:
  "Die Läden sperren zu" is zusperren (to close), not sperren (to block) (``PLURAL_BEFORE_PARTICLE``);
- an object stem inside the suffix "-schaft" of a compound: "haft" in "Präsidentschaftskandidaten"
  made "nehmen … Platz" an arrest (``SCHAFT_INSIDE``).

Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text", [
    "Linz – Immer mehr Bäckereien sperren zu, die jungen Leute ziehen weg.",
    "In der Altstadt sperren viele Gasthäuser zu.",
])
def test_a_plural_before_its_particle_is_the_particle_verb(analyse_text, text):
    assert not of_type(analyse_text(text), "COERCE")


@pytest.mark.parametrize("text", [
    "Die Grenzpolizisten sperren den Übergang nach Serbien.",
    "Die Behörden sperren die Webseiten der Opposition.",
])
def test_the_simple_verb_still_blocks(analyse_text, text):
    assert of_type(analyse_text(text), "COERCE")


def test_without_the_rule_the_closing_shop_is_a_blockade(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "PLURAL_BEFORE_PARTICLE", False)
    assert of_type(analyse_text("Linz – Immer mehr Bäckereien sperren zu, die jungen Leute ziehen weg."), "COERCE")


@pytest.mark.parametrize("text", [
    "Die Präsidentschaftskandidaten nehmen am Montag im Studio Platz.",
    "Die Botschafter nehmen das Frühstück im Hotel.",
])
def test_haft_inside_schaft_is_no_detention(analyse_text, text):
    assert not of_type(analyse_text(text), "COERCE")


@pytest.mark.parametrize("text", [
    "Die Polizei nahm den Gewerkschaftsführer in Haft.",
    "Die Polizei nahm zwei Studenten in Schutzhaft.",
])
def test_a_real_detention_stays(analyse_text, text):
    assert of_type(analyse_text(text), "COERCE")


def test_without_the_rule_the_candidates_are_arrested(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "SCHAFT_INSIDE", False)
    assert of_type(analyse_text("Die Präsidentschaftskandidaten nehmen am Montag im Studio Platz."), "COERCE")
