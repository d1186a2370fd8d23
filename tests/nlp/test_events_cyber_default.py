"""A cyber attack whose doer the text leaves unnamed ("Hackerangriffe auf die Rechner des Ministeriums",
"Cyberattacken auf Behörden") is by hackers of unknown country, not by the police of the story's
country: "COERCE/cyber CVL unknown CVL context" in defaults.tsv (the coding guide: cyber attacks by
unnamed hackers COERCE `cyber` `---CVL` > the victim; COERCE's own default made them the setting's
COP). Twenty-fifth session, helper e3. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import lexicon
from lagebild.nlp.events.extract import EventExtractor


_HACK = "Wien – Das Innenministerium meldete am Montag mehrere Hackerangriffe auf die Rechner der Polizei."


@pytest.mark.parametrize("text", [
    _HACK,
    "Berlin – Das Ministerium berichtete über neue Cyberattacken auf die Netze der Bundesregierung.",
])
def test_an_unnamed_cyber_attack_is_by_hackers_of_no_country(analyse_text, text):
    acts = of_type(analyse_text(text), "COERCE")
    assert acts and codes(acts[0]["source"]) == ["CVL"]


def test_a_named_attacker_keeps_its_country(analyse_text):
    acts = of_type(analyse_text("Berlin – Russland verübte einen Cyberangriff auf die Netze der "
                                "Bundesregierung."), "COERCE")
    assert acts and codes(acts[0]["source"]) == ["RUS"]


def test_without_the_data_line_the_attack_is_the_police(analyse_text, full_nlp, monkeypatch):
    read = lexicon._data_lines
    monkeypatch.setattr(lexicon, "_data_lines", lambda file: (
        [r for r in read(file)[0] if r[0] != "COERCE/cyber"], read(file)[1]) if file == "defaults.tsv" else read(file))
    monkeypatch.setattr(full_nlp.get_pipe("lb_events"), "extractor", EventExtractor(lexicon.load_lexicon.__wrapped__()))
    acts = of_type(analyse_text(_HACK), "COERCE")
    assert acts and codes(acts[0]["source"]) == ["AUTCOP"]
