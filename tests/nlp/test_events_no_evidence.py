"""An act no one has evidence for is no event. "Es gebe keine Hinweise auf einen Terroranschlag",
"Für einen Anschlag gibt es keine Anzeichen", "konnten keine Beweise für angebliche Anschläge vorlegen":
the act noun in the "auf"/"für" phrase of an evidence noun that "kein…" negates (``evidence_noun`` in
function_words.tsv; extract.NO_EVIDENCE_NO_EVENT) was coded as an attack or an arrest (negated or not),
while the development parts' gold codes no event there (dev 1034, dev 67) and the guide codes an act only
when the text reports it. An act in a "darauf, dass" clause keeps its own clause, and evidence that is
there ("Es gibt Hinweise auf einen Anschlag") leaves the act.
Session 30, helper n4s30. Articles: dev 1034, dev 67, gn909 (uncoded news). Uncoded news: 3 removed
(gn909), 3 wrong; development parts: 2 removed, 2 wrong; pooled type matches 2611 -> 2611, predictions
3571 -> 3569 (type F1 .6665 -> .6667), tuple 1782 -> 1782 (.4549 -> .4550). Every sentence is written
for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text", [
    "Die Polizei sagte, es gebe keine Hinweise auf einen Bombenanschlag.",
    "Für einen Anschlag auf das Rathaus gebe es keine Anzeichen, sagte ein Sprecher.",
    "Ursache unklar – keine Hinweise auf Terroranschlag.",
    "Die Ermittler fanden keinerlei Belege für Angriffe auf die Wahlhelfer.",
])
def test_an_attack_without_evidence_is_no_event(analyse_text, text):
    assert not of_type(analyse_text(text), "ASSAULT")


def test_coordinated_act_nouns_in_the_phrase_go_too(analyse_text):
    evs = analyse_text("Die Gutachter konnten keinen Hinweis auf eine Enteignung oder Beschlagnahme durch den Staat finden.")
    assert not of_type(evs, "COERCE")


@pytest.mark.parametrize("text", [
    "Die Rebellen verübten am Montag einen Anschlag auf das Rathaus.",
    "Es gibt Hinweise auf einen Anschlag der Rebellen auf die Kaserne.",
])
def test_an_attack_reported_or_with_evidence_stays(analyse_text, text):
    assert of_type(analyse_text(text), "ASSAULT")


def test_without_the_rule_the_attack_is_coded(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "NO_EVIDENCE_NO_EVENT", False)
    assert of_type(analyse_text("Die Polizei sagte, es gebe keine Hinweise auf einen Bombenanschlag."), "ASSAULT")
