"""An apposition between the sentence's opening noun phrase and its finite verb splits no clause:
"Die Kanzlerin, Angela Merkel, kritisierte Russland" was RUS > DEUGOV (the commas cut off the
subject, the name after the verb became the subject), "Das Staatsoberhaupt Neuseelands, die
britische Königin Elisabeth II., bat Premierminister Key …" Key > NZL + GBR (dev9).
extract.VORFELD_APPOSITION; nineteenth session. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


def _parties(analyse_text, text, kind="DISAPPROVE"):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    return (sorted({a.get("actor_code") for a in acts[0]["source"]}),
            sorted({a.get("actor_code") for a in acts[0]["target"]}))


@pytest.mark.parametrize("text, source, target", [
    ("Die Kanzlerin, Angela Merkel, kritisierte Russland.", ["DEUGOV"], ["RUS"]),
    ("Der Regierungschef, Wladimir Putin, kritisierte die Ukraine.", ["RUSGOV"], ["UKR"]),
    ("Das Staatsoberhaupt Neuseelands, die britische Königin Elisabeth II., kritisierte Australien.",
     ["GBRGOV", "NZLGOV"], ["AUS"]),
])
def test_the_opening_phrase_and_its_apposition_are_the_subject(analyse_text, text, source, target):
    assert _parties(analyse_text, text) == (source, target)


def test_a_list_of_countries_stays_the_subject(analyse_text):
    assert _parties(analyse_text, "Russland, China und Indien kritisierten die USA.") == (["CHN", "IND", "RUS"], ["USA"])


def test_without_the_rule_the_name_after_the_verb_is_the_subject(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "VORFELD_APPOSITION", False)
    assert _parties(analyse_text, "Die Kanzlerin, Angela Merkel, kritisierte Russland.")[0] == ["RUS"]
