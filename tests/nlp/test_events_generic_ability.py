"""What anyone ("man") can or may do is a general possibility, no act of a party: "Der Bahnhof ist
kein Hafen, den man sperren kann", "dass man die Leute nicht einfach abschieben könne", and a bare
infinitive after a comma shares the clause before ("könne man ihn anzeigen, ja auch festnehmen").
What "man" wants or did, the past "konnte" and an attributive act inside the clause stay acts.
Twentieth session, precision (GENERIC_ABILITY). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, kind", [
    ("Der Hauptbahnhof ist keine Kaserne, die man einfach abriegeln kann, sagte der Polizeisprecher.", "COERCE"),
    ("Der Landesrat meinte, dass man die Familien nicht einfach abschieben könne.", "COERCE"),
    ("Bei Verdacht auf eine Straftat könne man ihn anzeigen, ja auch festnehmen.", "COERCE"),
    ("Mit Worten allein kann man die Miliz nicht angreifen.", "ASSAULT"),
])
def test_what_anyone_can_do_is_no_act(analyse_text, text, kind):
    assert of_type(analyse_text(text), kind) == []


@pytest.mark.parametrize("text, kind", [
    ("Am Abend konnte man die beiden Täter in Linz festnehmen.", "COERCE"),
    ("Man wolle die Grenzen zu Ungarn schließen, sagte der Innenminister.", "COERCE"),
    ("Über die von der FPÖ geforderte Volksbefragung könne man noch nicht reden.", "DEMAND"),
])
def test_a_past_or_wanted_act_of_man_stays(analyse_text, text, kind):
    assert len(of_type(analyse_text(text), kind)) == 1


def test_without_the_flag_the_possibility_is_an_act(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "GENERIC_ABILITY", False)
    text = "Der Hauptbahnhof ist keine Kaserne, die man einfach abriegeln kann, sagte der Polizeisprecher."
    assert len(of_type(analyse_text(text), "COERCE")) == 1
