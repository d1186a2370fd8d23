"""Whoever helps or sides with the doer ("mit Unterstützung X", "mit Hilfe von X", "an der Seite
X"; function_words.tsv coactor_noun) is a co-doer of the clause's act, not its target: "Seit einem
Jahr fliegen die USA mit Unterstützung Großbritanniens Luftangriffe gegen Stellungen des IS" (gnad2)
was USA > GBR + IS, "Die Armee griff mit Unterstützung der USA die Rebellen an" MIL > USA
(extract.COACTOR_PHRASE). Nineteenth session. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


def _assault(analyse_text, text):
    acts = of_type(analyse_text(text), "ASSAULT")
    assert len(acts) == 1
    return ({a.get("country") for a in acts[0]["source"]}, [a.get("actor_code") for a in acts[0]["target"]])


@pytest.mark.parametrize("text, helper, target", [
    ("Die USA fliegen mit Unterstützung Großbritanniens Luftangriffe gegen den IS.", "GBR", "IMGMUSISI"),
    ("Mit Unterstützung Frankreichs griff die Armee die Rebellen an.", "FRA", "REB"),
    ("Die Armee griff mit massiver Unterstützung der USA die Rebellen an.", "USA", "REB"),
    ("Die Armee griff mit Hilfe von Russland die Rebellen an.", "RUS", "REB"),
    ("Kurdische Kämpfer kämpfen an der Seite der USA gegen den IS.", "USA", "IMGMUSISI"),
])
def test_the_helper_is_a_doer_not_a_target(analyse_text, text, helper, target):
    sources, targets = _assault(analyse_text, text)
    assert helper in sources
    assert all(code.endswith(target) for code in targets) and targets


def test_a_partner_of_talks_stays_the_target(analyse_text):
    acts = of_type(analyse_text("Die Regierung verhandelte mit den USA über Hilfe."), "CONSULT")
    assert acts and [a.get("actor_code") for a in acts[0]["target"]] == ["USA"]


def test_without_the_rule_the_helper_is_a_target(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "COACTOR_PHRASE", False)
    _, targets = _assault(analyse_text, "Die Armee griff mit Unterstützung der USA die Rebellen an.")
    assert targets == ["USA"]
