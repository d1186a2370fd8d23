"""A reaction noun caused by the subject ("Der Minister löste bei der Opposition Kritik aus", "hat in
den Oppositionsparteien Kritik ausgelöst", "hat weltweit Empörung hervorgerufen") comes from the
"bei"/"in" phrase and is aimed at the subject: the subject did not criticise
(``extract.CAUSED_REACTION``, ``cause_verb`` and ``cause_split`` in function_words.tsv). Eighteenth
session. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, source, target", [
    ("Berlin – Der Minister löste mit seinem Plan bei der Opposition Kritik aus.", ["DEUOPP"], ["DEUGOV"]),
    ("Berlin – Diese Botschaft der Kanzlerin hat in den Oppositionsparteien scharfe Kritik ausgelöst.",
     ["DEUOPP"], ["DEUGOV"]),
])
def test_a_caused_reaction_comes_from_the_bei_phrase(analyse_text, text, source, target):
    acts = of_type(analyse_text(text), "DISAPPROVE")
    assert len(acts) == 1
    assert (actor_codes(acts[0]["source"]), actor_codes(acts[0]["target"])) == (source, target)


def test_without_the_rule_the_subject_is_read_as_the_critic(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "CAUSED_REACTION", False)
    acts = of_type(analyse_text("Berlin – Der Minister löste mit seinem Plan bei der Opposition Kritik aus."),
                   "DISAPPROVE")
    assert acts and actor_codes(acts[0]["source"]) != ["DEUOPP"]
