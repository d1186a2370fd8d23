"""Strong participles in -en are inflected as the weak ones are: "festgenommener", "erhobenen" were
no forms of festnehmen, erheben at all, so the extractor's rules for attributive participles could
not judge them ("die gegen ihn erhobenen Vorwürfe" was read as a fresh accusation).
With extract.ATTRIBUTIVE_DETENTION (off by default, see its comment) an attributive participle of
arrest or detention is a detention (COERCE), wherever it stands in its phrase: "Ein … in Nordkorea
festgenommener US-Student", "die Freilassung inhaftierter Gesinnungsgenossen". Nineteenth session.
Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import extract, lexicon


def test_strong_participles_are_inflected():
    forms = lexicon.load_lexicon().verb_forms
    assert any(e.lemma == "fest|nehmen" for e, _ in forms.get("festgenommener", ()))


def test_without_strong_inflection_the_form_is_unknown(monkeypatch):
    monkeypatch.setattr(lexicon, "INFLECTED_STRONG_PARTICIPLES", False)
    forms = lexicon.load_lexicon.__wrapped__().verb_forms
    assert "festgenommener" not in forms


def test_an_attributive_strong_participle_is_no_act_of_its_own(analyse_text):
    evs = analyse_text("Minsk – Die gegen ihn erhobenen Vorwürfe wies der Minister am Montag zurück.")
    assert of_type(evs, "REJECT") and not of_type(evs, "DISAPPROVE")


@pytest.mark.parametrize("text, target", [
    ("Teheran – Ein in Teheran festgenommener Blogger ist zu fünf Jahren Haft verurteilt worden.", ["IRNCVL"]),
    ("Minsk – Die Journalisten forderten die Freilassung inhaftierter Kollegen.", ["BLRCVL"]),
    ("Caracas – Die Regierung ließ drei in Caracas verhaftete Studenten frei.", ["VENEDU"]),
])
def test_with_the_rule_a_detention_participle_is_a_detention(analyse_text, monkeypatch, text, target):
    monkeypatch.setattr(extract, "ATTRIBUTIVE_DETENTION", True)
    acts = of_type(analyse_text(text), "COERCE")
    assert len(acts) == 1
    assert actor_codes(acts[0]["target"]) == target
    assert actor_codes(acts[0]["source"])[0].endswith("COP")


@pytest.mark.xfail(strict=True, reason="ATTRIBUTIVE_DETENTION is on since the twentieth session: the guide codes detention named in passing as COERCE (gnad2 decision); see tests/nlp/test_events_detention_participle.py")
def test_by_default_a_detention_participle_is_no_act(analyse_text):
    assert not of_type(analyse_text("Minsk – Die Journalisten forderten die Freilassung inhaftierter Kollegen."),
                       "COERCE")
