"""A speaker who says that their side kept to the law or the rules ("Die Regierung halte sich an die Konvention",
"die Bescheide entsprächen den geltenden Gesetzen", "keine Regeln gebrochen zu haben") answers a charge: a REJECT of
the speaker, as a denial phrase is (``comply``, ``breach`` and ``rule_noun`` in evaluations.tsv,
speech.COMPLIANCE_DENIES; 3 of 3 such quotes of the development parts coded REJECT, in 3 articles). A rule said to be
broken ("habe sich nicht an das Abkommen gehalten"), kept by others in a relative clause, or the adjective
"entsprechend" next to a law ("ein entsprechendes Gesetz") denies nothing.
Twenty-fifth session, helper e5. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import speech

KEPT = [
    "Die Regierung in Ankara halte sich an die Anti-Folterkonvention, sagte der türkische Außenminister.",
    "Der Sprecher des Ministeriums erklärte, die Exporte nach Saudi-Arabien entsprächen den geltenden Gesetzen.",
    "Der frühere Minister betonte, keine Gesetze oder Vorschriften gebrochen zu haben.",
]


@pytest.mark.parametrize("text", KEPT)
def test_a_claim_of_keeping_the_rules_is_a_rejection(analyse_text, text):
    assert len(of_type(analyse_text(text), "REJECT")) == 1


@pytest.mark.parametrize("text", [
    "Russland habe sich nicht an das Abkommen gehalten, sagte der ukrainische Außenminister.",
    "Firmen, die sich an die Gesetze halten, bekämen künftig schneller eine Genehmigung, sagte der Wirtschaftsminister.",
    "Ein entsprechendes Gesetz soll im Frühjahr kommen, mit dem Koalitionspartner sei man sich einig, sagte der Minister.",
    "Ein entsprechender Vertrag wurde unter Vorbehalt der Genehmigungen unterschrieben, so der Konzern.",
])
def test_a_broken_rule_or_a_relative_clause_is_no_rejection(analyse_text, text):
    assert of_type(analyse_text(text), "REJECT") == []


def test_without_the_rule_no_rejection(analyse_text, monkeypatch):
    monkeypatch.setattr(speech, "COMPLIANCE_DENIES", False)
    assert of_type(analyse_text(KEPT[0]), "REJECT") == []
