"""A "Gruppe von"-phrase after a personal pronoun that follows the finite verb ("Dabei hätten sie
ohne Vorwarnung eine Gruppe von Flüchtlingen bombardiert") is the object: the pronoun holds the
subject's place. The phrase was read as the subject, "Eine Gruppe von Soldaten erschoss …"-style,
and the refugees became the bombers. Twenty-first session (F2), from a Wikinews development error
(dev 58846). Every sentence is written for these tests."""

from __future__ import annotations

from event_helpers import codes, of_type

from lagebild.nlp.events import extract

BOMBED = ("Sanaa – Kampfflugzeuge griffen am Montag an. Dabei hätten sie ohne Vorwarnung eine Gruppe von "
          "Flüchtlingen bombardiert.")


def test_the_group_after_the_pronoun_is_the_target(analyse_text):
    acts = [e for e in of_type(analyse_text(BOMBED), "ASSAULT") if e["trigger"]["text"] == "bombardiert"]
    assert len(acts) == 1
    assert codes(acts[0]["source"]) == ["YEMMIL"]
    assert codes(acts[0]["target"]) == ["YEMCVL"]


def test_a_group_before_the_verb_is_still_the_subject(analyse_text):
    acts = of_type(analyse_text("Sanaa – Laut der Zeitung hat eine Gruppe von Soldaten mehrere Zivilisten "
                                "erschossen."), "ASSAULT")
    assert len(acts) == 1
    assert (codes(acts[0]["source"]), codes(acts[0]["target"])) == (["YEMMIL"], ["YEMCVL"])


def test_without_the_rule_the_refugees_bomb(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "ORIGIN_AFTER_PRONOUN", False)
    acts = [e for e in of_type(analyse_text(BOMBED), "ASSAULT") if e["trigger"]["text"] == "bombardiert"]
    assert acts and codes(acts[0]["source"]) == ["YEMCVL"]
