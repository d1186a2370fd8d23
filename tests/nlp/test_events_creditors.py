"""In an article on Greece that names its lenders (the EU, the ECB, the IMF), "die Gläubiger", "die Geldgeber",
"die Kreditgeber" and "die Troika" (function_words creditor_noun) are those three together, as the coders
code the Greek debt news: the noun was an unknown organisation ("Die Gläubiger@GRC") or no actor at all, so
the finance minister criticised no one and the creditors' demands had no doer (extract.CREDITORS). A
creditor noun elsewhere (a bank's creditors in Vienna) stays what it was, and the three lenders are no party
a later clause carries over. Twenty-eighth session, helper E1. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import extract

_LENDERS = ["IGOEURECB", "IGOEUREEC", "IGOUNOIMF"]
_LEAD = "Athen – Die EU, die EZB und der IWF prüfen die Reformliste der griechischen Regierung. "


@pytest.mark.parametrize("last, type_", [
    ("Nach Angaben aus Brüssel verlangen die Gläubiger weitere Einsparungen von Griechenland.", "DEMAND"),
    ("Die Troika fordert von Athen eine Rentenreform.", "DEMAND"),
])
def test_the_creditors_are_the_three_lenders(analyse_text, last, type_):
    acts = of_type(analyse_text(_LEAD + last), type_)
    assert acts and sorted(codes(acts[-1]["source"])) == _LENDERS


def test_creditors_criticised_are_the_target(analyse_text):
    acts = of_type(analyse_text(_LEAD + "Der griechische Premier hat die Geldgeber seines Landes scharf kritisiert."),
                   "DISAPPROVE")
    assert acts and sorted(codes(acts[-1]["target"])) == _LENDERS


def test_creditors_of_a_bank_elsewhere_stay_unknown(analyse_text):
    acts = of_type(analyse_text("Wien – Die EU prüft den Fall der Pleitebank. Die Gläubiger verlangen ihr Geld "
                                "zurück."), "DEMAND")
    assert not acts or "IGOUNOIMF" not in codes(acts[-1]["source"])


def test_without_the_rule_the_creditors_are_no_lenders(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "CREDITORS", False)
    acts = of_type(analyse_text(_LEAD + "Die Troika fordert von Athen eine Rentenreform."), "DEMAND")
    assert not acts or sorted(codes(acts[-1]["source"])) != _LENDERS
