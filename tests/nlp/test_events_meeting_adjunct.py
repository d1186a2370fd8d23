"""A meeting named in a temporal phrase ("Nach dem Treffen mit Putin sagte Macron …") has the
clause's subject as its party, also when the subject follows the verb (``ADJUNCT_MEETING_DOER``);
two persons' surnames side by side after the verb ("empfing Merkel Obama") are two persons
(``KB_TWO_PERSONS`` in lagebild.nlp.actors). Eighteenth session, issue 10; found probing news-style
sentences. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp import actors
from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, source, target", [
    ("Nach dem Treffen mit Sarkozy sagte Merkel, man habe keine Einigung erzielt.", ["DEUGOV"], ["FRAGOV"]),
    ("Nach Gesprächen mit Obama kündigte Merkel neue Hilfen an.", ["DEUGOV"], ["USAGOV"]),
    ("Merkel sagte nach dem Treffen mit Sarkozy, man habe keine Einigung erzielt.", ["DEUGOV"], ["FRAGOV"]),
])
def test_the_subject_took_part_in_the_meeting(analyse_text, text, source, target):
    acts = [e for e in of_type(analyse_text(text), "CONSULT") if e["trigger"]["text"] in ("Treffen", "Gesprächen")]
    assert len(acts) == 1
    assert (codes(acts[0]["source"]), codes(acts[0]["target"])) == (source, target)


def test_without_the_rule_the_meeting_has_no_subject(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "ADJUNCT_MEETING_DOER", False)
    acts = of_type(analyse_text("Nach dem Treffen mit Sarkozy sagte Merkel, man habe keine Einigung erzielt."),
                   "CONSULT")
    assert "DEUGOV" not in codes(acts[0]["source"])


@pytest.mark.parametrize("text, kind, source, target", [
    ("Im Bundestag kritisierte Merkel Sarkozy scharf.", "DISAPPROVE", ["DEUGOV"], ["FRAGOV"]),
    ("Am Montag traf Sarkozy Merkel in Paris.", "CONSULT", ["FRAGOV"], ["DEUGOV"]),
])
def test_two_surnames_after_the_verb_are_two_persons(analyse_text, text, kind, source, target):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert (codes(acts[0]["source"]), codes(acts[0]["target"])) == (source, target)


def test_without_the_rule_two_surnames_are_one_person(full_nlp, monkeypatch):
    from lagebild.article import Article
    from lagebild.pipeline import analyse
    text = "Im Bundestag kritisierte Merkel Sarkozy scharf."
    def persons():
        record = analyse(Article(text=text, date="2011-01-14", date_precision="day"), full_nlp)
        return sorted(e["text"] for e in record["entities"] if e["label"] == "PER")
    assert persons() == ["Merkel", "Sarkozy"]
    monkeypatch.setattr(actors, "KB_TWO_PERSONS", False)
    assert persons() == ["Merkel Sarkozy"]
