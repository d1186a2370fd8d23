"""An agent after a relative "dessen"/"deren" ("Erdogan, dessen Truppen in Syrien kämpfen") belongs to
the antecedent and takes its country, not the country of the place the relative clause names; the
antecedent stays the subject of the main clause. Twentieth session, F10; the sentences are written
for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, kind, source", [
    ("Der polnische Präsident Duda, dessen Soldaten in Litauen stationiert sind, lobte die NATO.",
     "SUPPORT", ["POLGOV"]),
    ("Der türkische Präsident Erdogan, dessen Soldaten in Syrien gegen den IS kämpfen, kritisierte Russland.",
     "ASSAULT", ["TURMIL"]),
    ("Die Türkei, deren Armee im Irak die PKK angreift, kritisierte den Iran.", "ASSAULT", ["TURMIL"]),
    ("Frankreichs Präsident, dessen Regierung in Mali Soldaten stationiert hat, lobte die Armee Malis.",
     "MOBILIZE", ["FRAGOV"]),
])
def test_an_agent_after_dessen_is_the_antecedents(analyse_text, text, kind, source):
    acts = of_type(analyse_text(text), kind)
    assert acts and actor_codes(acts[0]["source"]) == source


@pytest.mark.parametrize("text, source, target", [
    ("Der türkische Präsident Erdogan, dessen Soldaten in Syrien stehen, kritisierte Russland scharf.",
     ["TURGOV"], ["RUS"]),
    ("Der indische Regierungschef Narendra Modi, dessen Partei die Wahl verloren hatte, kritisierte am "
     "Montag die Opposition.", ["INDGOV"], ["INDOPP"]),
])
def test_the_antecedent_stays_the_main_clauses_subject(analyse_text, text, source, target):
    acts = of_type(analyse_text(text), "DISAPPROVE")
    assert len(acts) == 1
    assert (actor_codes(acts[0]["source"]), actor_codes(acts[0]["target"])) == (source, target)


def test_an_adjective_after_dessen_keeps_its_own_country(analyse_text):
    acts = of_type(analyse_text("Assad, dessen russische Verbündete in Aleppo die Rebellen angreifen, "
                                "lobte Putin."), "ASSAULT")
    assert acts and all(c.startswith("RUS") for c in actor_codes(acts[0]["source"]))


def test_without_the_rule_the_place_gives_the_country(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "RELATIVE_POSSESSOR", False)
    acts = of_type(analyse_text("Der türkische Präsident Erdogan, dessen Soldaten in Syrien gegen den IS "
                                "kämpfen, kritisierte Russland."), "ASSAULT")
    assert acts and actor_codes(acts[0]["source"]) == ["SYRMIL"]
