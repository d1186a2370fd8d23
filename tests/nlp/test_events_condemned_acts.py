"""Who condemns or refuses a hostile act did not do it: "Der Minister hat den Angriff verurteilt"
gave the attack to the minister, because the perfect's "hat" looked like the "haben" of "Wir hatten
ein Treffen" (whose object's act is the subject's). Found reading lagebild's output on 10kGNAD
articles (the UN Secretary-General as the attacker of a hospital he condemned the attack on).
Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text", [
    "Der Minister hat den Angriff auf die Schule scharf verurteilt.",
    "Die Regierung hat den Anschlag auf das Rathaus verurteilt.",
])
def test_the_condemner_is_no_attacker(analyse_text, text):
    evs = analyse_text(text)
    assert len(of_type(evs, "DISAPPROVE")) == 1
    assert all(not c.endswith("GOV") for e in of_type(evs, "ASSAULT") for c in codes(e["source"]))


def test_a_meeting_one_had_is_still_ones_own(analyse_text):
    acts = of_type(analyse_text("Der Außenminister hatte am Montag ein Treffen mit dem Präsidenten von Frankreich."),
                   "CONSULT")
    assert acts and [c[-3:] for c in codes(acts[0]["source"])] == ["GOV"]


def test_without_the_rule_the_condemner_attacks(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "CONDEMNED_NOT_OWN", False)
    acts = of_type(analyse_text("Der Minister hat den Angriff auf die Schule scharf verurteilt."), "ASSAULT")
    assert acts and codes(acts[0]["source"])[0].endswith("GOV")
