"""An air strike whose doer the text leaves unnamed ("Bei einem Luftangriff starben 80 Menschen", "Dörfer
wurden bombardiert") is flown by an air force, the military of the story's country, not by rebels:
"ASSAULT/aerial MIL context CVL context" in defaults.tsv (the development gold codes such strikes
MIL; rebels fly no aircraft). Twentieth session, helper F8 (sectors of actor codes). Every sentence
is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import lexicon
from lagebild.nlp.events.extract import EventExtractor


_STRIKE = "Sanaa – Bei einem Luftangriff auf ein Dorf im Jemen starben am Mittwoch zwanzig Menschen."


@pytest.mark.parametrize("text, source", [
    (_STRIKE, ["YEMMIL"]),
    ("Sanaa – Am Mittwoch wurden im Jemen drei Dörfer bombardiert.", ["YEMMIL"]),
])
def test_an_unnamed_air_strike_is_the_military(analyse_text, text, source):
    acts = of_type(analyse_text(text), "ASSAULT")
    assert acts and codes(acts[0]["source"]) == source


def test_a_named_attacker_keeps_its_sector(analyse_text):
    acts = of_type(analyse_text("Sanaa – Rebellen bombardierten am Mittwoch drei Dörfer im Jemen."), "ASSAULT")
    assert acts and codes(acts[0]["source"]) == ["YEMREB"]


def test_without_the_data_line_the_air_strike_is_the_rebels(analyse_text, full_nlp, monkeypatch):
    read = lexicon._data_lines
    monkeypatch.setattr(lexicon, "_data_lines", lambda file: (
        [r for r in read(file)[0] if r[0] != "ASSAULT/aerial"], read(file)[1]) if file == "defaults.tsv" else read(file))
    monkeypatch.setattr(full_nlp.get_pipe("lb_events"), "extractor", EventExtractor(lexicon.load_lexicon.__wrapped__()))
    acts = of_type(analyse_text(_STRIKE), "ASSAULT")
    assert acts and codes(acts[0]["source"]) == ["YEMREB"]
