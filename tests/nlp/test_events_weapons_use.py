"""The use of chemical and other unconventional weapons is an attack (ASSAULT), said with any verb
of use or its noun: "IS-Kämpfer sollen Senfgas eingesetzt haben", "der erste bestätigte Einsatz
von Senfgas", "steht im Verdacht, Chlorgas einzusetzen" were missed (the einsetzen line knew only
"Chemiewaffe", "Giftgas", "Kampfstoff"; "verwenden" and the noun "Einsatz von …" none). Data lines
in triggers.tsv. Nineteenth session, found in the missed ASSAULT of the 10kGNAD parts. Every
sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type


@pytest.mark.parametrize("text", [
    "Damaskus – Die Armee soll im Juli Chlorgas verwendet haben.",
    "Bagdad – Die Miliz hat in der Stadt Senfgas eingesetzt.",
    "Damaskus – Die Inspekteure bestätigten den Einsatz von Sarin durch die Armee.",
])
def test_using_poison_gas_is_an_attack(analyse_text, text):
    acts = of_type(analyse_text(text), "ASSAULT")
    assert len(acts) == 1


@pytest.mark.parametrize("text", [
    "Berlin – Die Bauern verwenden im Frühjahr Dünger.",
    "Berlin – Das Werk setzt neue Maschinen ein.",
])
def test_using_tools_is_no_attack(analyse_text, text):
    assert not of_type(analyse_text(text), "ASSAULT")


def test_without_the_lines_mustard_gas_used_is_missed(analyse_text, full_nlp, monkeypatch):
    import dataclasses
    from types import MappingProxyType
    ex = full_nlp.get_pipe("lb_events").extractor
    lex = ex.lex

    def old(table):
        # the lines as they were: einsetzen for four weapons only, no verwenden, no Einsatz noun
        return MappingProxyType({k: tuple(h for h in v if not (h[0].mode == "unconventional" and (
            h[0].lemma in ("verwenden", "Einsatz") or "senfgas" in h[0].objects))) for k, v in table.items()})
    monkeypatch.setattr(ex, "lex", dataclasses.replace(lex, verb_forms=old(lex.verb_forms),
                                                       noun_forms=old(lex.noun_forms)))
    assert not of_type(analyse_text("Bagdad – Die Miliz hat in der Stadt Senfgas eingesetzt."), "ASSAULT")
