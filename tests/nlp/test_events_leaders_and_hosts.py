"""A leader of a club, federation or chamber ("Der DFB-Präsident", "Der Vereinspräsident") is no
government official; talks one actor holds abroad ("nach seinen Gesprächen in der deutschen
Hauptstadt") are with the host's government. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import extract, mentions


def _one(evs, kind):
    acts = of_type(evs, kind)
    assert len(acts) == 1, evs
    return actor_codes(acts[0]["source"]), actor_codes(acts[0]["target"])


@pytest.mark.parametrize("text, kind", [
    ("Frankfurt – Der DFB-Präsident kritisierte die Bundesregierung scharf.", "DISAPPROVE"),
    ("Berlin – Der Vereinspräsident forderte von der Bundesregierung mehr Geld für den Sport.", "DEMAND"),
    ("Berlin – Der Bauernpräsident kritisierte die Agrarpolitik der Bundesregierung.", "DISAPPROVE"),
])
def test_a_civil_bodys_leader_is_no_government(analyse_text, text, kind):
    source, _ = _one(analyse_text(text), kind)
    assert source and "DEUGOV" not in source


@pytest.mark.parametrize("text, kind, source", [
    ("Berlin – Der Polizeipräsident verteidigte den Einsatz gegen die Demonstranten.", "SUPPORT", ["DEUCOP"]),
    ("Paris – Der Staatspräsident kritisierte die Opposition.", "DISAPPROVE", ["FRAGOV"]),
])
def test_a_state_bodys_leader_keeps_its_sector(analyse_text, text, kind, source):
    assert _one(analyse_text(text), kind)[0] == source


def test_without_the_rule_the_federation_president_governs(analyse_text, monkeypatch):
    monkeypatch.setattr(mentions, "CIVIL_LEADER", False)
    evs = analyse_text("Frankfurt – Der DFB-Präsident kritisierte die Bundesregierung scharf.")
    assert _one(evs, "DISAPPROVE")[0] == ["DEUGOV"]


@pytest.mark.parametrize("text, source, target", [
    ("Wien – Das erklärte der Bundespräsident nach seinen Gesprächen in der französischen Hauptstadt.",
     ["AUTGOV"], ["FRAGOV"]),
    ("Berlin – Merkels Gespräche in Warschau verliefen nach Angaben ihres Sprechers gut.", ["DEUGOV"], ["POLGOV"]),
])
def test_talks_abroad_are_with_the_host(analyse_text, text, source, target):
    assert _one(analyse_text(text), "CONSULT") == (source, target)


def test_talks_at_home_have_no_host(analyse_text):
    evs = analyse_text("Berlin – Merkel äußerte sich nach ihren Gesprächen in Berlin zufrieden.")
    assert _one(evs, "CONSULT") == (["DEUGOV"], [])


def test_talks_with_a_named_partner_keep_the_partner(analyse_text):
    evs = analyse_text("Berlin – Merkels Gespräche mit Sarkozy in Warschau verliefen gut.")
    assert _one(evs, "CONSULT")[1] == ["FRAGOV"]


def test_without_the_rule_talks_abroad_have_no_counterpart(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "TALKS_HOST", False)
    evs = analyse_text("Berlin – Merkels Gespräche in Warschau verliefen nach Angaben ihres Sprechers gut.")
    assert _one(evs, "CONSULT") == (["DEUGOV"], [])
