"""A person named after a role noun and the genitive of a body ("Der Präsident der Arbeiterkammer,
Rudolf Kaske, …") acts for that body, not for the sector the role word alone names (GOV), nor for
nobody ("Der Chef der Caritas, …"). Twenty-second session, helper F8 (source actors). Every sentence
is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import mentions


@pytest.mark.parametrize("text, kind, source", [
    ("Wien – Der Präsident der Arbeiterkammer, Rudolf Kaske, kritisierte die Regierung.", "DISAPPROVE", ["AUTLAB"]),
    ("Wien – Der Präsident der Wirtschaftskammer, Christoph Leitl, forderte Steuersenkungen von der Regierung.",
     "DEMAND", ["AUTBUS"]),
    ("Wien – Der Chef der Gewerkschaft, Hans Meier, kritisierte die Regierung.", "DISAPPROVE", ["AUTLAB"]),
    ("Wien – Der Sprecher der Polizei, Hans Meier, kritisierte die Demonstranten.", "DISAPPROVE", ["AUTCOP"]),
])
def test_the_genitive_body_decides_the_person_s_code(analyse_text, text, kind, source):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert codes(acts[0]["source"]) == source


def test_a_body_of_the_role_s_own_sector_keeps_the_role_and_its_country(analyse_text):
    acts = of_type(analyse_text("Havanna – Der Chefunterhändler der kolumbianischen Regierung, Humberto de la Calle, "
                                "lobte die Rebellen."), "SUPPORT")
    assert len(acts) == 1 and codes(acts[0]["source"]) == ["COLGOV"]


def test_without_the_rule_the_role_word_gives_the_government(analyse_text, monkeypatch):
    monkeypatch.setattr(mentions, "GENITIVE_BODY_ROLE", False)
    acts = of_type(analyse_text("Wien – Der Präsident der Arbeiterkammer, Herbert Lechner, kritisierte die Regierung."),
                   "DISAPPROVE")
    assert acts and codes(acts[0]["source"]) == ["AUTGOV"]
