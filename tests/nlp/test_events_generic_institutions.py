"""A bare "Kongress" or "Senat" is the legislature of the clause's place or the article's setting,
not the US Congress the knowledge base lists under that alias (``GENERIC_INSTITUTIONS``,
generic_institution in function_words.tsv). Eighteenth session, issue 10; found in gnad1, where
"der Kongress" had made a story about Guatemala American. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract

GUATEMALA = ("Guatemala-Stadt – In Guatemala wächst der Druck auf die Regierung. "
             "Der Kongress hob die Immunität des Präsidenten auf.")


@pytest.mark.parametrize("text, kind, source", [
    (GUATEMALA, "DISAPPROVE", ["GTMLEG"]),  # lifting immunity: LIFTED_IMMUNITY_ACCUSES
    ("Washington – Obama kritisierte die Republikaner. Der Senat lehnte das Gesetz ab.", "REJECT", ["USALEG"]),
])
def test_a_bare_congress_is_the_settings(analyse_text, text, kind, source):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert [a.get("actor_code") for a in acts[0]["source"]] == source


def test_without_the_rule_the_congress_is_americas(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "GENERIC_INSTITUTIONS", False)
    acts = of_type(analyse_text(GUATEMALA), "DISAPPROVE")
    assert [a.get("actor_code") for a in acts[0]["source"]] == ["USALEG"]
