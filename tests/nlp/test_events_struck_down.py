"""A law or measure that a court or a body "kippt" is struck down: a refusal, like "gestoppt"
("kippen" REJECT in triggers.tsv, with the law, rule, decision or plan in the clause). "Die
Vorratsdatenspeicherung war vom Verfassungsgerichtshof gekippt worden" and "die vom
Verfassungsgerichtshof gekippte Vorratsdatenspeicherung" (gnad1, gnad2) were coded REJECT and had no
event. Things tipping over ("kippte um", "die Stimmung kippte") are none. Twenty-fifth session, helper
e10. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import lexicon
from lagebild.nlp.events.extract import EventExtractor


@pytest.mark.parametrize("text", [
    "Das Verfassungsgericht hat das neue Versammlungsgesetz gekippt.",
    "Die umstrittene Verordnung wurde im Mai vom Höchstgericht gekippt.",
    "Die Opposition begrüßte die vom Gerichtshof gekippte Regelung zur Datenspeicherung nicht.",
    "Das Parlament kippte den Beschluss der Regierung.",
])
def test_a_law_struck_down_is_a_rejection(analyse_text, text):
    assert [e for e in of_type(analyse_text(text), "REJECT") if e["trigger"]["text"].startswith("gekippt")
            or e["trigger"]["text"] == "kippte"]


@pytest.mark.parametrize("text", [
    "Nach dem Sturm kippte ein Baum auf die Straße um.",
    "Die Stimmung im Saal kippte nach der Rede des Ministers.",
])
def test_tipping_over_is_no_act(analyse_text, text):
    assert not of_type(analyse_text(text), "REJECT")


def test_without_the_line_a_struck_down_law_is_no_event(analyse_text, full_nlp, monkeypatch):
    read = lexicon._data_lines

    def lines(file):
        rows, rest = read(file)
        return (rows, rest) if file != "triggers.tsv" else ([r for r in rows if r[0] != "kippen"], rest)
    monkeypatch.setattr(lexicon, "_data_lines", lines)
    monkeypatch.setattr(full_nlp.get_pipe("lb_events"), "extractor", EventExtractor(lexicon.load_lexicon.__wrapped__()))
    assert not of_type(analyse_text("Das Verfassungsgericht hat das neue Versammlungsgesetz gekippt."), "REJECT")
