"""A licence to export arms is aid of the licensing state to the buyer (the gnad1 coders: "an export
licence AID state > buyer"): "Für Saudi Arabien wurden insgesamt 22 Ausfuhrbewilligungen erteilt",
"der Export von Granaten … genehmigt", "die Genehmigung von Granatenlieferungen" were missed. Only in
a text about arms (text= stems twice): an export licence for cars or a building permit is no aid.
Data lines in triggers.tsv. Nineteenth session. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

ARMS = " Die Waffen stammen aus heimischen Rüstungsbetrieben."


@pytest.mark.parametrize("text, source, target", [
    ("Wien – Österreich hat den Export von Granaten nach Katar genehmigt." + ARMS, ["AUT"], ["QAT"]),
    ("Berlin – Deutschland erteilte Ausfuhrgenehmigungen für Panzer nach Katar." + ARMS, ["DEU"], ["QAT"]),
])
def test_an_arms_export_licence_is_aid(analyse_text, text, source, target):
    acts = of_type(analyse_text(text), "AID")
    assert len(acts) == 1
    assert (actor_codes(acts[0]["source"]), actor_codes(acts[0]["target"])) == (source, target)


@pytest.mark.parametrize("text", [
    "Berlin – Die Behörde hat den Bau des Stadions genehmigt.",
    "Berlin – Das Amt erteilte die Exportgenehmigung für die Autos nach China.",
])
def test_other_licences_are_no_aid(analyse_text, text):
    assert not of_type(analyse_text(text), "AID")


def test_without_the_lines_a_licence_is_no_aid(analyse_text, full_nlp, monkeypatch):
    import dataclasses
    from types import MappingProxyType
    ex = full_nlp.get_pipe("lb_events").extractor
    lex = ex.lex

    def old(table):
        return MappingProxyType({k: tuple(h for h in v if not (h[0].type == "AID" and "kriegsmaterial" in h[0].text_stems))
                                 for k, v in table.items()})
    monkeypatch.setattr(ex, "lex", dataclasses.replace(lex, verb_forms=old(lex.verb_forms), noun_forms=old(lex.noun_forms),
                                                       noun_heads=old(lex.noun_heads)))
    assert not of_type(analyse_text("Wien – Österreich hat den Export von Granaten nach Katar genehmigt." + ARMS), "AID")
