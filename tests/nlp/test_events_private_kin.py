"""A family member as the subject of an active clause acting on nobody but private persons is
private life or a crime between private persons, which the coding guide does not code unless the
state acts ("nachdem sein Stiefvater ihn eingesperrt hatte"). A public body in the clause keeps
the act ("Die Eltern kritisierten die Polizei"), and so does the passive, which tells what was
done to the family member ("Sein Vater wurde verhaftet"). Twenty-first session, found reading
lagebild's output on the development parts. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text", [
    "Der Junge starb, nachdem sein Stiefvater ihn stundenlang im Keller eingesperrt hatte.",
    "Der Vater hatte seiner Tochter jeden Kontakt zu ihren Freundinnen verboten.",
    "Nachdem die Eltern ihn gewarnt hatten, blieb der Schüler zu Hause.",
    "Damals hatte ihn die Mutter einer Mitschülerin um ein Foto gebeten.",
])
def test_a_family_acting_in_private_is_no_event(analyse_text, text):
    assert analyse_text(text) == []


@pytest.mark.parametrize("text, kind", [
    ("Die Eltern des Jungen kritisierten die Polizei scharf.", "DISAPPROVE"),
    ("Sein straffällig gewordener Vater wurde im Jahr 2000 verhaftet.", "COERCE"),
    ("Die russische Regierung hat den Vater des Oppositionellen festgenommen.", "COERCE"),
    ("Nach dem Tod des Kindes hatten die Eltern vor dem Amtsgericht eine einstweilige Verfügung erwirkt.",
     "DISAPPROVE"),
])
def test_a_public_body_or_the_passive_keeps_the_act(analyse_text, text, kind):
    assert [e["type"] for e in analyse_text(text)] == [kind]


def test_a_killing_by_a_family_member_stays(analyse_text):
    # a killing may be political violence whoever does it: the rule leaves ASSAULT alone
    text = "Später erfuhr sie, dass ihr Großvater im Krieg mehrere Dorfbewohner getötet hatte."
    on = [e["type"] for e in analyse_text(text)]
    assert "ASSAULT" in on


def test_without_the_rule_the_family_act_is_coerce(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "PRIVATE_KIN", False)
    text = "Der Junge starb, nachdem sein Stiefvater ihn stundenlang im Keller eingesperrt hatte."
    assert [e["type"] for e in analyse_text(text)] == ["COERCE"]
