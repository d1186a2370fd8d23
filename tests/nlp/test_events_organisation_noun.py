"""A bare "die Organisation" as a clause's subject points back to the international organisation or NGO
the article named last ("Die IOM erklärte … Die Organisation warnte …", "Vertreter von Amnesty
International … Die Organisation verlangte …"): the noun was no actor, so the empty subject took the
setting's government, and a government demanded an inquiry into its own police (coref.ORGANISATION_NOUNS,
coref.tsv organisation_noun). "Die Organisation für Migration" or "die Organisation Attac" name an
organisation of their own and point nowhere. Twenty-eighth session, helper E1. Every sentence is written
for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp import coref


@pytest.mark.parametrize("text, type_, code", [
    ("Vertreter von Amnesty International verurteilten das Vorgehen der Polizei in Minsk. "
     "Die Organisation forderte eine unabhängige Untersuchung.", "DEMAND", "NGOHRIAMN"),
    ("Das UNHCR zählte am Montag mehr als 4000 Ankünfte auf Lesbos. "
     "Die Organisation kritisierte die Regierung in Athen scharf.", "DISAPPROVE", "IGOUNOREFHCR"),
    ("Die Weltgesundheitsorganisation meldete neue Fälle im Kongo. Die Zahl der Toten stieg auf 80. "
     "Die Organisation forderte mehr Geld von den Geberländern.", "DEMAND", "IGOUNOHLHWHO"),
])
def test_the_organisation_is_the_one_named_last(analyse_text, text, type_, code):
    acts = of_type(analyse_text(text), type_)
    assert acts and codes(acts[-1]["source"]) == [code]


@pytest.mark.parametrize("text", [
    "Das UNHCR zählte am Montag mehr als 4000 Ankünfte. Die Organisation Pro Asyl kritisierte die Regierung.",
    "Das UNHCR zählte am Montag mehr als 4000 Ankünfte. Die Organisation für Migration kritisierte die Regierung.",
])
def test_an_organisation_named_after_the_noun_is_its_own(analyse_text, text):
    acts = of_type(analyse_text(text), "DISAPPROVE")
    assert acts and "IGOUNOREFHCR" not in codes(acts[-1]["source"])


def test_a_noun_with_no_organisation_before_stays_unresolved(analyse_text):
    acts = of_type(analyse_text("Die Regierung kritisierte die Opposition. Die Organisation forderte eine "
                                "unabhängige Untersuchung."), "DEMAND")
    assert not acts or not any(c.startswith(("IGO", "NGO")) for c in codes(acts[-1]["source"]))


def test_without_the_rule_the_organisation_is_no_actor(analyse_text, monkeypatch):
    monkeypatch.setattr(coref, "ORGANISATION_NOUNS", False)
    acts = of_type(analyse_text("Vertreter von Amnesty International verurteilten das Vorgehen der Polizei in "
                                "Minsk. Die Organisation forderte eine unabhängige Untersuchung."), "DEMAND")
    assert not acts or "NGOHRIAMN" not in codes(acts[-1]["source"])
