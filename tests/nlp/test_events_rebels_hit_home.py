"""Rebels of the article's own country strike at their own state: the people their attack hits are
of the setting, even when the article's places (the army's raids across the border, "im Nordirak")
are mostly in a neighbouring country whose places the place vote knows better than the home
country's towns. Without the rule the victims of the PKK's attacks in a Turkish story became Iraqi
soldiers and police. Twenty-fourth session, helper e9. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import agents

_LEAD = ("Die türkische Regierung und Präsident Erdogan haben der PKK mit neuer Härte gedroht. "
         "Die türkische Opposition, das türkische Parlament und die türkische Presse stritten über den Kurs. "
         "Kampfjets bombardierten Lager im Nordirak. Auch Dörfer im Nordirak wurden getroffen, "
         "Behörden im Nordirak zählten Tote. ")


@pytest.mark.parametrize("last, victims", [
    ("Die PKK griff am Abend einen Armeeposten an und tötete zwei Soldaten.", "TURMIL"),
    ("Bei einem Anschlag der PKK auf eine Polizeiwache wurden vier Polizisten getötet.", "TURCOP"),
    ("Kämpfer der PKK überfielen einen Kontrollpunkt und erschossen drei Soldaten.", "TURMIL"),
])
def test_the_setting_s_rebels_hit_the_setting_s_people(analyse_text, last, victims):
    acts = [a for a in of_type(analyse_text(_LEAD + last), "ASSAULT") if codes(a["source"]) == ["TURREB"]]
    assert acts and all(codes(a["target"]) == [victims] for a in acts)


def test_without_the_rule_the_victims_take_the_neighbour_s_places(analyse_text, monkeypatch):
    monkeypatch.setattr(agents, "REBELS_HIT_HOME", False)
    acts = [a for a in of_type(analyse_text(_LEAD + "Die PKK griff am Abend einen Armeeposten an und tötete "
                                            "zwei Soldaten."), "ASSAULT") if codes(a["source"]) == ["TURREB"]]
    assert acts and all(codes(a["target"]) == ["IRQMIL"] for a in acts)
