"""An attack whose attackers nobody names and whose sentence names no place hits the article's own
country (its setting) when the article names that country as a place too, not the most-named place:
in a Turkish story that talks more of Syria, "Bei einem Anschlag starben zwölf Soldaten" hits
Turkey. Named attackers keep the place vote. Flag extract.UNKNOWN_ATTACKERS_SETTING; twenty-fifth
session, helper e4. Every sentence is written for these tests."""

from __future__ import annotations

from event_helpers import of_type

from lagebild.nlp.events import agents, extract

_TEXT = ("Ankara – Die Lage in Syrien bleibt schwierig. In Syrien und im Irak leben Millionen Menschen in "
         "Lagern. Auch in Syrien wächst die Not. Die Preise steigen. Der Winter ist kalt. In Ankara ist die "
         "Lage angespannt. Bei einem Anschlag starben am Sonntag zwölf Soldaten.")


def _countries(side):
    return sorted((a.get("actor_code") or "")[:3] for a in side)


def test_unknown_attackers_hit_the_setting(analyse_text):
    acts = of_type(analyse_text(_TEXT), "ASSAULT")
    assert acts and _countries(acts[-1]["target"]) == ["TUR"]


def test_without_the_rule_they_hit_the_most_named_place(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "UNKNOWN_ATTACKERS_SETTING", False)
    # (the scene "In Ankara …" of the sentence before places the attack in Turkey too: agents.SCENE_CARRIES)
    monkeypatch.setattr(agents, "SCENE_CARRIES", False)
    acts = of_type(analyse_text(_TEXT), "ASSAULT")
    assert acts and _countries(acts[-1]["target"]) == ["SYR"]
