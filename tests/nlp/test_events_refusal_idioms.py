"""Refusals said in idioms and a separable particle taken for a preposition (twentieth session,
helper F1, from the REJECT misses of the development parts dev, gnad2 and gnad3):

- "ließ den Einwand nicht gelten", "will den Vorwurf nicht stehen lassen": not accepting an argument
  or a charge is a REJECT aimed at who raised it; "steht für X nicht zur Debatte" a REJECT of X (data
  lines in triggers.tsv);
- "Die SPD schloss eine Koalition mit der AfD aus" was SANCTION expel: the line for "aus der Koalition
  ausgeschlossen" needs the preposition "aus", and the verb's own closing particle met it
  (``extract.PARTICLE_NO_PREP``).

Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, source, target", [
    ("Den Vorwurf der Opposition ließ der Minister nicht gelten.", ["GOV"], ["OPP"]),
    ("Der Kanzler lässt die Kritik der Grünen nicht gelten.", ["DEUGOV"], ["DEUPTY"]),
])
def test_not_letting_an_argument_stand_is_a_refusal(analyse_text, text, source, target):
    acts = of_type(analyse_text(text), "REJECT")
    assert len(acts) == 1
    assert (actor_codes(acts[0]["source"]), actor_codes(acts[0]["target"])) == (source, target)
    assert acts[0]["negated"] is False


def test_not_letting_a_charge_stand_is_a_refusal(analyse_text):
    acts = of_type(analyse_text("Diesen Vorwurf will die Ministerin so nicht stehen lassen."), "REJECT")
    assert len(acts) == 1 and actor_codes(acts[0]["source"]) == ["GOV"]


def test_a_topic_not_up_for_debate_is_refused_by_its_holder(analyse_text):
    acts = of_type(analyse_text("Eine Reform der Verfassung steht für die Regierung nicht zur Debatte."), "REJECT")
    assert len(acts) == 1 and actor_codes(acts[0]["source"]) == ["GOV"]


@pytest.mark.parametrize("text", [
    "Das Gericht ließ die Zeugen nicht gehen.",
    "Die Regelung soll auch für Asylwerber gelten.",
    "Die Frage steht heute im Parlament zur Debatte.",
    "Die Ministerin ließ den Vorwurf im Raum stehen.",
])
def test_letting_go_or_applying_is_no_refusal(analyse_text, text):
    assert not of_type(analyse_text(text), "REJECT")


@pytest.mark.parametrize("text", [
    "Die SPD schloss eine Koalition mit der AfD aus.",
    "Die SPD schließt eine Koalition mit der AfD kategorisch aus.",
    "Die SPD hat eine Koalition mit der AfD ausgeschlossen.",
])
def test_ruling_out_a_coalition_is_a_refusal_not_an_expulsion(analyse_text, text):
    evs = analyse_text(text)
    assert not of_type(evs, "SANCTION")
    acts = of_type(evs, "REJECT")
    assert len(acts) == 1 and actor_codes(acts[0]["source"]) == ["DEUPTY"]


@pytest.mark.parametrize("text", [
    "Die Partei schloss den Abgeordneten aus der Koalition aus.",
    "Der Abgeordnete wurde aus der Koalition ausgeschlossen.",
])
def test_expelling_from_a_coalition_stays_an_expulsion(analyse_text, text):
    acts = of_type(analyse_text(text), "SANCTION")
    assert len(acts) == 1 and acts[0]["mode"] == "expel"


def test_without_the_rule_the_particle_makes_an_expulsion(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "PARTICLE_NO_PREP", False)
    evs = analyse_text("Die SPD schloss eine Koalition mit der AfD aus.")
    assert of_type(evs, "SANCTION") and not of_type(evs, "REJECT")
