"""A web address is never part of a name: an embedded tweet ("#Gabriel pic.twitter.com/… Gabriel
kritisierte …") made the recogniser tag "Gabriel pic.twitter.com/… Gabriel" as one person, who
then took part in events under that name. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from lagebild.nlp import actors

_TWEET = "Berlin – Viele teilten den Beitrag #Gabriel pic.twitter.com/Ab12Cd34 Gabriel kritisierte Putin am Montag scharf."


def _names(evs):
    return [a.get("name") or "" for e in evs for a in e["source"] + e["target"]]


@pytest.mark.parametrize("text, name", [
    (_TWEET, "Gabriel"),
    ("Berlin – Viele teilten den Beitrag #Westerwelle https://t.co/Xy98Zz Westerwelle kritisierte Putin am Montag.",
     "Guido Westerwelle"),
])
def test_the_web_address_is_cut_out_of_the_name(analyse_text, text, name):
    names = _names(analyse_text(text))
    assert name in names
    assert not any("twitter" in n or "t.co" in n for n in names)


def test_without_the_rule_the_address_stays_in_the_name(analyse_text, monkeypatch):
    monkeypatch.setattr(actors, "URL_NOT_IN_NAME", False)
    assert any("pic.twitter.com" in n for n in _names(analyse_text(_TWEET)))
