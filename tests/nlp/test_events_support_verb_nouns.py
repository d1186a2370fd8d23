"""Support verbs that decide what their noun names: a verdict "gefällt" or "verkündet" is a verdict
(SANCTION, the court's) whatever the sentence says of its content ("Im Prozess ist das letzte Urteil
gefällt worden" was missed: the old line needed a prison term in the clause), while "Lob spenden"
is praise, not a donation ("Tusk spendete den Balkanstaaten Lob" was AID). Data lines in
triggers.tsv. Nineteenth session, found reading lagebild's output on 10kGNAD rows 848 and 190.
Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type


@pytest.mark.parametrize("text", [
    "Wien – Die Richterin fällte am Dienstag das Urteil: drei Jahre.",
    "Kairo – Das Gericht verkündete am Sonntag das Urteil gegen die Journalisten.",
    "Wien – Im Prozess gegen den Chemiker ist am Montag das Urteil gefällt worden.",
])
def test_a_verdict_delivered_is_a_sanction(analyse_text, text):
    acts = of_type(analyse_text(text), "SANCTION")
    assert len(acts) == 1
    assert actor_codes(acts[0]["source"])[0].endswith("JUD")


def test_a_verdict_criticised_is_none(analyse_text):
    assert not of_type(analyse_text("Wien – Der Anwalt kritisierte das Urteil."), "SANCTION")


def test_praise_given_is_support_not_aid(analyse_text):
    evs = analyse_text("Brüssel – Tusk spendete den Balkanstaaten ausdrücklich Lob.")
    assert of_type(evs, "SUPPORT") and not of_type(evs, "AID")


@pytest.mark.parametrize("text", [
    "Berlin – Das Publikum spendete dem Orchester langen Beifall.",
])
def test_applause_is_no_aid(analyse_text, text):
    assert not of_type(analyse_text(text), "AID")


def test_money_given_stays_aid(analyse_text):
    acts = of_type(analyse_text("Tokio – Japan spendete zehn Millionen Dollar für die Erdbebenopfer in Nepal."), "AID")
    assert len(acts) == 1 and actor_codes(acts[0]["source"]) == ["JPN"]


def _drop_lines(full_nlp, monkeypatch, keep):
    """Run the events component with the triggers.tsv lines for which ``keep(entry)`` is False left
    out, as if they were not in the file."""
    import dataclasses
    from types import MappingProxyType
    ex = full_nlp.get_pipe("lb_events").extractor
    lex = ex.lex

    def filtered(table):
        return MappingProxyType({k: tuple(h for h in v if keep(h[0])) for k, v in table.items()})
    monkeypatch.setattr(ex, "lex", dataclasses.replace(lex, verb_forms=filtered(lex.verb_forms),
                                                       noun_forms=filtered(lex.noun_forms)))


def test_without_the_praise_line_praise_is_a_donation(analyse_text, full_nlp, monkeypatch):
    _drop_lines(full_nlp, monkeypatch, lambda e: not (e.lemma == "spenden" and e.type == "LIGHT"))
    assert of_type(analyse_text("Brüssel – Tusk spendete den Balkanstaaten ausdrücklich Lob."), "AID")


def test_without_the_support_verbs_a_delivered_verdict_is_missed(analyse_text, full_nlp, monkeypatch):
    _drop_lines(full_nlp, monkeypatch, lambda e: not (e.lemma == "Urteil" and "verkünd" in e.objects))
    assert not of_type(analyse_text("Kairo – Das Gericht verkündete am Sonntag das Urteil gegen die Journalisten."),
                       "SANCTION")
