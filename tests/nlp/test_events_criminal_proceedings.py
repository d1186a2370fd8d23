"""Criminal proceedings named without the words the lexicon's lines required (triggers.tsv): an accusation,
DISAPPROVE allege or investigate (PLOVER's ACCUSE):
- "muss sich wegen Betrugs verantworten" is a trial without the word "Gericht"; "vor einem Sondertribunal" counts
  as "vor Gericht";
- "kommt vor Gericht / vor ein Tribunal" brings its subject to trial: the court is the source, the subject the
  target; "Vor dem Gericht kam es zu Protesten" names a place;
- "die Hauptverhandlung gegen den Moderator" is the trial, like "der Prozess gegen";
- "leitete ein Ermittlungsverfahren ein": the split verb holds no "einleit" (as the "Untersuchung" line knows).
Read off the uncoded news (twenty-sixth session, helper e4): five such sentences in five of the 413 uncoded
articles, which lagebild missed. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import lexicon
from lagebild.nlp.events.extract import EventExtractor

_BROUGHT = "Der frühere Bürgermeister kam im Frühjahr wegen Bestechung vor Gericht."


@pytest.mark.parametrize("text, trigger", [
    ("Der Kassierer wird sich wegen Veruntreuung verantworten müssen.", "verantworten"),
    ("Der General muss sich in Arusha vor einem Sondertribunal verantworten.", "verantworten"),
    (_BROUGHT, "kam"),
    ("Der Warlord kommt in Den Haag vor ein Tribunal.", "kommt"),
    ("Die Hauptverhandlung gegen den Sänger dauerte drei Monate.", "Hauptverhandlung"),
    ("Die Staatsanwaltschaft leitete im Mai ein Ermittlungsverfahren wegen Untreue ein.", "leitete"),
])
def test_a_criminal_proceeding_is_an_accusation(analyse_text, text, trigger):
    assert trigger in [e["trigger"]["text"] for e in of_type(analyse_text(text), "DISAPPROVE")]


def test_who_comes_to_court_is_the_target(analyse_text):
    acts = [e for e in of_type(analyse_text(_BROUGHT), "DISAPPROVE") if e["trigger"]["text"] == "kam"]
    assert acts and actor_codes(acts[0]["source"]) == ["JUD"] and actor_codes(acts[0]["target"]) == ["GOV"]


@pytest.mark.parametrize("text", [
    "Vor dem Gericht kam es am Montag zu einer Kundgebung.",
    "Über den Inhalt der Hauptverhandlung wurde wenig bekannt.",
    "Die Regierung hat den Stillstand der letzten Jahre zu verantworten.",
])
def test_no_proceeding_is_named(analyse_text, text):
    assert not [e for e in of_type(analyse_text(text), "DISAPPROVE")
                if e["trigger"]["text"] in ("kam", "Hauptverhandlung", "verantworten")]


def test_without_the_lines_the_trial_is_missed(analyse_text, full_nlp, monkeypatch):
    read = lexicon._data_lines

    def lines(file):
        rows, rest = read(file)
        if file != "triggers.tsv":
            return rows, rest
        return [r for r in rows if not (r[0] == "kommen" and r[2] == "COERCE") and r[0] != "Hauptverhandlung"], rest
    monkeypatch.setattr(lexicon, "_data_lines", lines)
    monkeypatch.setattr(full_nlp.get_pipe("lb_events"), "extractor", EventExtractor(lexicon.load_lexicon.__wrapped__()))
    assert not of_type(analyse_text(_BROUGHT), "DISAPPROVE")
    assert not of_type(analyse_text("Die Hauptverhandlung gegen den Sänger dauerte drei Monate."), "DISAPPROVE")
