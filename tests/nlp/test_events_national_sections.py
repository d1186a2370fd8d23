"""An organisation's name followed by a country's name, tagged as one organisation ("Amnesty
International Österreich"), is the organisation's national section and acts for the organisation, not
an unknown body of the article's country. Twenty-second session, helper F4 (the source side of
events whose type is right). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import mentions


@pytest.mark.parametrize("text", [
    "Wien – Amnesty International Österreich kritisierte die Regierung scharf.",
    "Berlin – Amnesty International Deutschland kritisierte die Regierung scharf.",
])
def test_a_national_section_acts_for_its_organisation(analyse_text, text):
    acts = of_type(analyse_text(text), "DISAPPROVE")
    assert len(acts) == 1
    assert actor_codes(acts[0]["source"]) == ["NGOHRIAMN"]


def test_an_unknown_organisation_with_a_country_stays_unknown(analyse_text):
    # the KB knows no organisation of the name before the country: the whole stays an unknown body
    acts = of_type(analyse_text("Wien – Tierschutz Aktiv Österreich kritisierte die Regierung scharf."),
                   "DISAPPROVE")
    assert acts and "NGOHRIAMN" not in actor_codes(acts[0]["source"])


def test_without_the_rule_the_section_is_an_unknown_body(analyse_text, monkeypatch):
    monkeypatch.setattr(mentions, "NATIONAL_SECTIONS", False)
    acts = of_type(analyse_text("Wien – Amnesty International Österreich kritisierte die Regierung scharf."),
                   "DISAPPROVE")
    assert acts and actor_codes(acts[0]["source"]) != ["NGOHRIAMN"]
