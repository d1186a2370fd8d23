"""Ruling out consent or an agreement is a refusal (REJECT); an act "nicht ausgeschlossen" or "nicht
auszuschließen" is possible: no refusal, no expulsion, and the act itself hypothetical (triggers.tsv
aus|schließen with without=nicht..., cues.tsv "nicht ausgeschlossen"). Twentieth session (F5); found
in gnad2 ("Das Team Stronach hat eine Zustimmung ausgeschlossen" was no event, "Eine Vereinbarung
über Cybersicherheit wurde jedoch nicht ausgeschlossen" a negated SANCTION). Every sentence is
written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type


@pytest.mark.parametrize("text", [
    "Die Grünen haben eine Zustimmung zum Budget ausgeschlossen.",
    "Die Regierung schließt ein Abkommen mit der Opposition aus.",
    "Der Minister schloss einen Kompromiss mit den Gewerkschaften aus.",
])
def test_ruling_out_consent_is_a_refusal(analyse_text, text):
    acts = of_type(analyse_text(text), "REJECT")
    assert len(acts) == 1 and not acts[0]["negated"]


@pytest.mark.parametrize("text", [
    "Der Minister schloss einen Militäreinsatz nicht aus.",
    "Eine Einigung mit Russland wurde nicht ausgeschlossen.",
    "Der Kanzler wollte ein Abkommen mit Ankara nicht ausschließen.",
])
def test_not_ruled_out_is_no_refusal(analyse_text, text):
    evs = analyse_text(text)
    assert not of_type(evs, "REJECT") and not of_type(evs, "SANCTION")


@pytest.mark.parametrize("text, kind", [
    ("Eine Vereinbarung über den Handel wurde am Montag nicht ausgeschlossen.", "AGREE"),
    ("Ein Verbot der Partei sei nicht auszuschließen, sagte der Minister.", "COERCE"),
])
def test_an_act_not_ruled_out_is_hypothetical(analyse_text, text, kind):
    acts = of_type(analyse_text(text), kind)
    assert acts and all(a["modality"] == "hypothetical" for a in acts)


def test_an_expulsion_stays_an_expulsion(analyse_text):
    acts = of_type(analyse_text("Die Partei hat den Abgeordneten aus der Fraktion ausgeschlossen."), "SANCTION")
    assert len(acts) == 1
