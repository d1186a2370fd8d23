"""Actors named again by a description (issue 10, tuple accuracy): "die Menschenrechtsorganisation"
after "Amnesty International" is Amnesty. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type


@pytest.mark.parametrize("text, type_, side, code", [
    ("Amnesty International legte am Montag einen Bericht über Belarus vor. Die Menschenrechtsorganisation "
     "forderte die Regierung in Minsk auf, alle politischen Gefangenen freizulassen.", "DEMAND", "source", "NGOHRIAMN"),
    ("Human Rights Watch hat Folter in Gefängnissen in Ägypten dokumentiert. Die Regierung in Kairo wies die "
     "Vorwürfe der Menschenrechtsorganisation als erfunden zurück.", "REJECT", "target", "NGOHRI"),
    ("Ärzte ohne Grenzen versorgt im Süden des Sudan Tausende Flüchtlinge. Die Armee griff ein Lager der "
     "Hilfsorganisation an.", "ASSAULT", "target", "NGOHLHMSF"),
])
def test_definite_organisation_noun_is_the_organisation_named_before(analyse_text, text, type_, side, code):
    evs = of_type(analyse_text(text), type_)
    assert evs and code in actor_codes(evs[-1][side]), evs


@pytest.mark.parametrize("text, type_", [
    # the plural names organisations in general, not the one named before
    ("Amnesty International legte am Montag einen Bericht über Belarus vor. Mehrere "
     "Menschenrechtsorganisationen kritisierten die Regierung in Minsk.", "DISAPPROVE"),
    # an indefinite one is someone new
    ("Amnesty International legte am Montag einen Bericht über Belarus vor. Eine Hilfsorganisation "
     "kritisierte die Regierung in Minsk.", "DISAPPROVE"),
])
def test_plural_or_indefinite_organisation_noun_stays_generic(analyse_text, text, type_):
    evs = of_type(analyse_text(text), type_)
    assert evs and "NGOHRIAMN" not in actor_codes(evs[-1]["source"]), evs
