"""A mention whose noun phrase opens with a dative (or accusative) article is no subject, even when
adjectives, a number, "heute" or a title stand between the article and the name ("die dem früheren
Kardinal Müller vorwerfen"): only the word right before the mention was read for its case, so in a
relative clause whose pronoun is the subject the accused became the accuser and the act had no
target (extract.DATIVE_PHRASE_ARTICLE). An article inside an extended attribute ("eine dem Land
angemessene Förderung") is left alone. Twenty-eighth session, helper e3. Every sentence is written
for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, accused", [
    ("Es gibt Stimmen, die dem früheren Bischof Meier vorwerfen, Akten vernichtet zu haben.", "REL"),
    ("Es gibt Briefe, die dem ehemaligen Polizeichef Bauer vorwerfen, Beweise vernichtet zu haben.", "Bauer"),
    ("Es gibt Berichte, die dem heute 60-jährigen General Kowalski vorwerfen, Gefangene gefoltert zu haben.",
     "Kowalski"),
])
def test_the_accused_behind_a_title_is_the_target(analyse_text, text, accused):
    acts = of_type(analyse_text(text), "DISAPPROVE")
    assert acts and accused in codes(acts[0]["target"]) and accused not in codes(acts[0]["source"])


def test_without_the_rule_the_accused_accuses(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "DATIVE_PHRASE_ARTICLE", False)
    acts = of_type(analyse_text("Es gibt Stimmen, die dem früheren Bischof Meier vorwerfen, Akten vernichtet "
                                "zu haben."), "DISAPPROVE")
    assert acts and codes(acts[0]["source"]) == ["REL"] and acts[0]["target"] == []
