"""Issue 10, precision: acts the coders do not code because the sentence does not report them
(capabilities, rights, general rules, acts called necessary), and the same kinds of sentences that
still report an act.
Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type


# --- a present "kann"/"können"/"darf"/"dürfen" states what someone is able or allowed to do
@pytest.mark.parametrize("text,type_", [
    ("Die neuen Mittelstreckenraketen Pakistans können auch Nachbarländer bedrohen.", "THREATEN"),
    ("Die Gewerkschaften in Chile dürfen ab Juli wieder streiken.", "PROTEST"),
    ("Die Opposition kann die Regierung im Parlament jederzeit kritisieren.", "DISAPPROVE"),
    ("Landesrecht darf dem Bundesrecht nicht widersprechen.", "REJECT"),
    ("Bürger dürfen sich beim Ombudsmann über die Regierung beschweren.", "DISAPPROVE"),
])
def test_ability_or_permission_is_no_act(analyse_text, text, type_):
    assert not of_type(analyse_text(text), type_)


# --- the past of the modal reports what happened; the subjunctive a speculated act; a relative
# clause names what a thing is for; the powers of a state body are coded (hypothetical)
@pytest.mark.parametrize("text,type_", [
    ("Die Behörden in Peru können Verdächtige künftig zwei Wochen lang festnehmen.", "COERCE"),
    ("Die Verbände verteilen Musterbriefe, mit denen Bürger sich beim Ministerium über die Regierung "
     "beschweren können.", "DISAPPROVE"),
    ("Die Polizei in Lima konnte den Geiselnehmer am Abend festnehmen.", "COERCE"),
    ("Beobachter in Taipeh warnen, China könnte Taiwan angreifen.", "ASSAULT"),
])
def test_past_or_subjunctive_modal_keeps_the_act(analyse_text, text, type_):
    assert of_type(analyse_text(text), type_)


# --- an act called necessary is a condition, not a reported act
@pytest.mark.parametrize("text,type_", [
    ("Damit das Gesetz in Kraft treten kann, ist die Zustimmung des Bundesrates erforderlich.", "AGREE"),
    ("Für die Reform ist noch die Zustimmung der französischen Regierung nötig.", "AGREE"),
    ("Ein weiterer Einsatz der EU-Truppen im Tschad wäre damit nicht nötig.", "MOBILIZE"),
])
def test_an_act_called_necessary_is_no_act(analyse_text, text, type_):
    assert not of_type(analyse_text(text), type_)


def test_without_the_rule_a_necessary_consent_is_an_agreement(analyse_text, monkeypatch):
    from lagebild.nlp.events import extract
    monkeypatch.setattr(extract, "NECESSITY", False)
    text = "Für die Reform ist noch die Zustimmung der französischen Regierung nötig."
    assert of_type(analyse_text(text), "AGREE")
