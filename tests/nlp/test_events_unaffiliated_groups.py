"""Human rights groups and aid organisations named in the plural with no country of their own
("Menschenrechtsorganisationen kritisierten …", "Hilfsorganisationen verteilten …") are of no country
the text gives: in a story set in Congo they became Congolese ("CODNGO"), while the coders code such
unnamed groups ``---NGO`` (they are mostly international ones). A country adjective keeps its country
("kongolesische Menschenrechtsgruppen"), and a single named organisation is not touched.
Twenty-eighth session, helper e2. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import extract

_LEAD = ("Kinshasa – Die kongolesische Regierung hat am Montag die Wahl verschoben. "
         "Die kongolesische Polizei nahm in Kinshasa mehrere Demonstranten fest. ")


@pytest.mark.parametrize("sentence", [
    "Menschenrechtsorganisationen kritisierten die Festnahmen scharf.",
    "Mehrere Menschenrechtsgruppen kritisierten die Regierung scharf.",
    "Nichtregierungsorganisationen kritisierten das Vorgehen der Polizei.",
    "Kinderhilfsorganisationen kritisierten die Regierung scharf.",
])
def test_unnamed_plural_groups_keep_no_country(analyse_text, sentence):
    acts = of_type(analyse_text(_LEAD + sentence), "DISAPPROVE")
    assert acts and codes(acts[-1]["source"]) == ["NGO"]


def test_a_country_adjective_keeps_its_country(analyse_text):
    acts = of_type(analyse_text(_LEAD + "Kongolesische Menschenrechtsgruppen kritisierten die Festnahmen "
                                "scharf."), "DISAPPROVE")
    assert acts and codes(acts[-1]["source"]) == ["CODNGO"]


def test_without_the_rule_the_groups_take_the_setting(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "UNAFFILIATED_GROUPS", False)
    acts = of_type(analyse_text(_LEAD + "Menschenrechtsorganisationen kritisierten die Festnahmen scharf."),
                   "DISAPPROVE")
    assert acts and codes(acts[-1]["source"]) == ["CODNGO"]
