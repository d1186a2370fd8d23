"""An actor after "neben" or "außer" ("besides", "apart from") in the prefield is no subject:
"Neben Anton Schlecker erhob die Staatsanwaltschaft Anklage gegen ..." had Schlecker as the
accuser and the prosecutors as the accused. The prepositions are data lines (prep_ignore in
function_words.tsv). Eighteenth session; found reading lagebild's output on 10kGNAD Wirtschaft
articles. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import lexicon
from lagebild.nlp.events.extract import EventExtractor


@pytest.mark.parametrize("text, kind, source", [
    ("Neben Deutschland kritisierte auch Frankreich den Plan der Türkei.", "DISAPPROVE", ["FRA"]),
    ("Außer Russland verurteilte auch China den Angriff.", "DISAPPROVE", ["CHN"]),
    ("Neben Karl Huber erhob die Staatsanwaltschaft auch Anklage gegen seine Söhne.", "DISAPPROVE", ["JUD"]),
])
def test_the_actor_after_neben_or_ausser_is_not_the_subject(analyse_text, text, kind, source):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1 and codes(acts[0]["source"]) == source


def test_without_the_data_line_the_actor_after_neben_is_the_subject(analyse_text, full_nlp, monkeypatch):
    read = lexicon._data_lines
    monkeypatch.setattr(lexicon, "_data_lines", lambda file: (
        [[r[0], r[1].replace(";neben;außer", "")] if r[0] == "prep_ignore" else r for r in read(file)[0]],
        read(file)[1]) if file == "function_words.tsv" else read(file))
    monkeypatch.setattr(full_nlp.get_pipe("lb_events"), "extractor", EventExtractor(lexicon.load_lexicon.__wrapped__()))
    acts = of_type(analyse_text("Neben Deutschland kritisierte auch Frankreich den Plan der Türkei."), "DISAPPROVE")
    assert acts and codes(acts[0]["source"]) == ["DEU"]
