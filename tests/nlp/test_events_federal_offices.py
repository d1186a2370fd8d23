"""Austria names its offices as Germany does ("die Bundesregierung", "der Bundeskanzler", "der
Bundespräsident"); the knowledge base gives them to Germany. In an article set in Austria they are
Austria's, unless a German adjective says otherwise. Found reading lagebild's output on 10kGNAD
articles (Der Standard, Vienna), where a presidential candidate's words on "die Bundesregierung"
were aimed at DEUGOV. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, source, target", [
    ("Wien – Die Opposition hat am Montag die Bundesregierung scharf kritisiert.", ["AUTOPP"], ["AUTGOV"]),
    ("Wien – Der Bundeskanzler kritisierte am Dienstag die Opposition.", ["AUTGOV"], ["AUTOPP"]),
    ("Wien – Die FPÖ kritisierte am Dienstag den Bundespräsidenten.", ["AUTPTY"], ["AUTGOV"]),
])
def test_a_federal_office_in_vienna_is_austrias(analyse_text, text, source, target):
    acts = of_type(analyse_text(text), "DISAPPROVE")
    assert len(acts) == 1
    assert (codes(acts[0]["source"]), codes(acts[0]["target"])) == (source, target)


@pytest.mark.parametrize("text", [
    "Berlin – Die Opposition hat am Montag die Bundesregierung scharf kritisiert.",
    "Wien – Die FPÖ hat am Montag die deutsche Bundesregierung scharf kritisiert.",
])
def test_germanys_own_stays_german(analyse_text, text):
    acts = of_type(analyse_text(text), "DISAPPROVE")
    assert len(acts) == 1 and "DEUGOV" in codes(acts[0]["target"])
    assert all(c.startswith("DEU") for c in codes(acts[0]["target"]))


def test_without_the_rule_vienna_criticises_berlin(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "FEDERAL_SETTING", False)
    acts = of_type(analyse_text("Wien – Die Opposition hat am Montag die Bundesregierung scharf kritisiert."),
                   "DISAPPROVE")
    assert acts and codes(acts[0]["target"]) == ["DEUGOV"]
