"""lb_entities' role rule (lagebild.nlp.entities.ROLE_NOT_IN_PERSON): a person span that opens with a
role noun of the actor KB ("Minister Novák") is the name after the role. The model's spans are set by
hand, so each test fails when its rule is gone whatever the recogniser does (the weights trained on
the own sentences take the role in; the shipped ones leave it out). Every sentence is written for
these tests."""

from __future__ import annotations

import pytest
from entity_helpers import cleaned


def _cleaned(ner_nlp, text, first, n, label="PER"):
    """lb_entities' clean-up on ``text`` with one model span of ``n`` words from ``first``."""
    return cleaned(ner_nlp, text, [(first, n, label)])


@pytest.mark.parametrize("text,first,n,name", [
    ("Minister Novák verurteilt den Angriff auf die Botschaft.", "Minister", 2, "Novák"),
    ("Am Abend traf Außenministerin Ana Kovač ihre Amtskollegen.", "Außenministerin", 3, "Ana Kovač"),
    ("Danach sagte Kremlsprecher Oleg Baranow, man sei offen für Gespräche.", "Kremlsprecher", 3,
     "Oleg Baranow"),
    ("Der Text stammt von US-Botschafter Peter Lindqvist.", "US-Botschafter", 3, "Peter Lindqvist"),
    ("Danach trat SPD-Politiker Max Muster vor die Presse.", "SPD-Politiker", 3, "Max Muster"),
])
def test_the_role_is_cut_off_the_name(ner_nlp, text, first, n, name):
    assert _cleaned(ner_nlp, text, first, n) == [(name, "PER")]


@pytest.mark.parametrize("text,first,n,name", [
    # a first name that is also a role ("Emir"): the whole name stays
    ("Der Regisseur Emir Kusturica drehte in Belgrad.", "Emir", 2, "Emir Kusturica"),
    # a family name that is a role noun ends the name, it does not open it
    ("Gestern sprach Jens König vor dem Ausschuss.", "Jens", 2, "Jens König"),
    # a solid compound the role list lacks is left as the model tagged it
    ("Am Dienstag sprach Gaskommissar Paul Weber im Ausschuss.", "Gaskommissar", 3, "Gaskommissar Paul Weber"),
])
def test_a_name_without_a_role_before_it_stays(ner_nlp, text, first, n, name):
    assert _cleaned(ner_nlp, text, first, n) == [(name, "PER")]


def test_without_the_rule_the_role_stays_in_the_name(ner_nlp, monkeypatch):
    import lagebild.nlp.entities as entities
    monkeypatch.setattr(entities, "ROLE_NOT_IN_PERSON", False)
    got = _cleaned(ner_nlp, "Minister Novák verurteilt den Angriff auf die Botschaft.", "Minister", 2)
    assert got == [("Minister Novák", "PER")]
