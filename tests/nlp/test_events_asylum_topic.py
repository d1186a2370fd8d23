""""Das Thema Asyl" is a topic, no grant of asylum. "Bisher hat der Kanzler das Thema Asyl dem Innenminister
überlassen", "beim Thema Asyl gibt es unterschiedliche Standpunkte": the noun Asyl named as a subject of debate
was an AID of the clause's party to the civilians (uncoded news gn487, gn961; gnad1 names a "Dauerbrennerthema
Asyl"). The without= list of Asyl's line in triggers.tsv now names "Thema"/"Themas"/"Themen"; asylum granted
stays AID. Session 31, helper a2s31. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes


@pytest.mark.parametrize("text", [
    "Wien – Die Regierung streitet. Bisher habe der Kanzler das Thema Asyl strikt ausgeklammert und dem "
    "Innenminister überlassen, sagte der Politologe.",
    "Graz – Unterschiedliche Standpunkte gibt es in der Stadtregierung beim Thema Asyl, sagte der Bürgermeister.",
    "Wien – Die Regierung streitet. Die Koalition hat beim Thema Asyl keine gemeinsame Linie gefunden.",
])
def test_the_topic_of_asylum_is_no_aid(analyse_text, text):
    assert [e for e in analyse_text(text) if e["type"] == "AID"] == []


def test_asylum_granted_stays_aid(analyse_text):
    (e,) = [e for e in analyse_text("Wien – Österreich gewährte dem Oppositionellen Asyl.") if e["type"] == "AID"]
    assert actor_codes(e["source"]) == ["AUT"]
