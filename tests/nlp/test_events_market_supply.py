"""A market's supply is no offer: "das Ölangebot aus dem Iran", "das Arbeitskräfteangebot stieg" name goods or
workers on a market, not an AGREE offer by a party (triggers.tsv: öl, gas, strom, arbeitskräfte, waren and wohnungs
join the modifiers under which "Angebot" is no act, beside "Studienangebot" and "Fernsehangebot"). An offer made to
a party ("ein Angebot zur Lieferung von Gas", "das Gesprächsangebot") stays AGREE. Read off gnad7's errors
(twenty-seventh session, helper e1): gnad7 and two uncoded 10kGNAD articles had such AGREEs, all wrong. Every
sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import lexicon
from lagebild.nlp.events.extract import EventExtractor

_NEW = ("öl", "gas", "strom", "arbeitskräfte", "waren", "wohnungs")
_OIL = "Die chinesische Regierung kauft mehr Rohstoffe. Das zusätzliche Ölangebot aus dem Iran dürfte gering bleiben."


@pytest.mark.parametrize("text", [
    _OIL,
    "Das Wirtschaftsministerium meldet: Seit 2015 stieg das Arbeitskräfteangebot in Österreich um acht Prozent.",
    "Die Regierung in Oslo rechnet damit, dass das Gasangebot aus Norwegen im Winter sinkt.",
])
def test_supply_on_a_market_is_no_offer(analyse_text, text):
    assert not [e for e in of_type(analyse_text(text), "AGREE") if "angebot" in e["trigger"]["text"].lower()]


@pytest.mark.parametrize("text", [
    "Russland hat der Ukraine ein Angebot zur Lieferung von Gas gemacht.",
    "Die Regierung lehnte das Gesprächsangebot der Opposition ab.",
])
def test_an_offer_to_a_party_stays_agree(analyse_text, text):
    assert of_type(analyse_text(text), "AGREE")


def test_without_the_modifiers_the_oil_supply_is_an_offer(analyse_text, full_nlp, monkeypatch):
    read = lexicon._data_lines

    def lines(file):
        rows, rest = read(file)
        if file != "triggers.tsv":
            return rows, rest
        out = []
        for r in rows:
            if r[0] == "Angebot" and "nomod=" in r[-1]:
                flags = "|".join(w for w in r[-1].split("|") if w not in _NEW)
                r = type(r)(list(r[:-1]) + [flags])
            out.append(r)
        return out, rest
    monkeypatch.setattr(lexicon, "_data_lines", lines)
    monkeypatch.setattr(full_nlp.get_pipe("lb_events"), "extractor", EventExtractor(lexicon.load_lexicon.__wrapped__()))
    assert [e for e in of_type(analyse_text(_OIL), "AGREE") if "angebot" in e["trigger"]["text"].lower()]
