"""Heads of Austrian chambers, associations and research institutes named by an abbreviation before
their role act for that body: "AK-Präsident" the Arbeiterkammer (AUTLAB), "IV-Präsident" the
Industriellenvereinigung (AUTBUS), "Wifo-Chef" the Wifo (AUTEDU, as gnad4's coders code it). The
abbreviations AK and IV name the body only inside such a compound ("AK-47" and a Roman numeral
name none). Twenty-second session, F5; every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import mentions


@pytest.mark.parametrize("text, kind, source", [
    ("Wien – AK-Präsidentin Maria Beispiel kritisierte die Regierung scharf.", "DISAPPROVE", ["AUTLAB"]),
    ("Wien – AK-Direktor Paul Probe forderte eine Reform der Pensionen.", "DEMAND", ["AUTLAB"]),
    ("Wien – IV-Präsident Hans Muster forderte niedrigere Lohnnebenkosten.", "DEMAND", ["AUTBUS"]),
    ("Wien – Wifo-Chef Karl Beispiel kritisierte die Regierung.", "DISAPPROVE", ["AUTEDU"]),
    ("Wien – Das Wifo kritisierte die Pläne der Regierung.", "DISAPPROVE", ["AUTEDU"]),
])
def test_the_head_of_a_body_named_by_its_abbreviation_acts_for_it(analyse_text, text, kind, source):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1 and actor_codes(acts[0]["source"]) == source


def test_an_abbreviation_alone_names_no_chamber(analyse_text):
    acts = of_type(analyse_text("Die mit AK-47 bewaffneten Rebellen griffen die Stadt an."), "ASSAULT")
    assert acts and not any(c.startswith("AUT") for a in acts for c in actor_codes(a["source"] + a["target"]))


def test_without_the_rule_the_head_keeps_no_code(analyse_text, monkeypatch):
    monkeypatch.setattr(mentions, "ROLE_ABBREVIATIONS", False)
    acts = of_type(analyse_text("Wien – AK-Präsidentin Maria Beispiel kritisierte die Regierung scharf."),
                   "DISAPPROVE")
    assert acts and actor_codes(acts[0]["source"]) != ["AUTLAB"]
