"""A quote whose only judging stem sits inside a word that names an office, a financial operation, the weather or a
harm one does to oneself judges no one: "Korruptionsstaatsanwaltschaft" holds "korrupt", "Umschuldung" holds
"schuld", "sich selbst zu verletzen" holds "verletz". On the uncoded news three such quotes (three articles) were
DISAPPROVE events of their speakers, all wrong (speech.NEUTRAL_WORDS, ``neutral_word`` in evaluations.tsv;
twenty-sixth session, helper e14). The same stem as a judgement ("Das Ministerium sei korrupt") still judges.
Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import speech

OFFICE = ("Die Korruptionsstaatsanwaltschaft werde den Bericht über das Innenministerium in Wien erst im Mai "
          "vorlegen, sagte ein Sprecher.")


@pytest.mark.parametrize("text", [
    OFFICE,
    "Argentinien werde seine Anleihen nicht bedienen können und brauche eine Umschuldung, sagte der Minister.",
    "Die Regierung Kanadas habe die Wärter angewiesen, die Häftlinge daran zu hindern, sich selbst zu verletzen, "
    "sagte der Sprecher.",
])
def test_a_stem_inside_a_neutral_word_judges_no_one(analyse_text, text):
    assert not of_type(analyse_text(text), "DISAPPROVE")


@pytest.mark.parametrize("text", [
    "Das Innenministerium in Wien sei korrupt, sagte der Oppositionschef.",
    "Die Regierung Kanadas habe das Abkommen schwer verletzt und handle verantwortungslos, sagte der Oppositionschef.",
])
def test_the_stem_as_a_judgement_still_judges(analyse_text, text):
    assert of_type(analyse_text(text), "DISAPPROVE")


def test_without_the_rule_the_office_makes_a_criticism(analyse_text, monkeypatch):
    monkeypatch.setattr(speech, "NEUTRAL_WORDS", False)
    assert of_type(analyse_text(OFFICE), "DISAPPROVE")
