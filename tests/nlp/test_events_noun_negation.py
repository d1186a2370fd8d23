"""An act noun that is not its clause's event is negated only by "kein"/"ohne" before it or by a
verb that says whether the act happened ("es gab keine …", "handelte sich nicht um …"); a "nicht"
of any other verb negates that verb ("Einige Gefangene überlebten die Folter nicht": the torture
happened). Fourteenth session; every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, kind", [
    ("Mehrere Gefangene überlebten die Folter durch die Armee nicht.", "ASSAULT"),
    ("Der Präsident sparte in seiner Rede nicht mit Kritik an der Regierung.", "DISAPPROVE"),
    ("Viele Opfer melden die Angriffe der Milizen aus Angst nicht.", "ASSAULT"),
])
def test_nicht_of_another_verb_leaves_the_act_asserted(analyse_text, text, kind):
    acts = of_type(analyse_text(text), kind)
    assert acts and not any(e["negated"] for e in acts)


@pytest.mark.parametrize("text, kind", [
    ("Nach Angaben der Polizei soll es sich nicht um einen Anschlag gehandelt haben.", "ASSAULT"),
    ("Zusagen Ägyptens für weitere Hilfe hat der Minister nicht erhalten.", "AGREE"),
])
def test_a_verb_of_happening_or_receiving_passes_its_negation_on(analyse_text, text, kind):
    acts = of_type(analyse_text(text), kind)
    assert acts and all(e["negated"] for e in acts)


def test_without_the_rule_the_nicht_of_another_verb_negates_the_act(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "NOUN_NEGATION_OWN", False)
    acts = of_type(analyse_text("Mehrere Gefangene überlebten die Folter durch die Armee nicht."), "ASSAULT")
    assert acts and all(e["negated"] for e in acts)
