"""Cash demanded by robbers and extortionists is private crime, no political demand (the coding
guide's "What counts as an event"): "fordern", "auffordern" and "verlangen" with "Bargeld",
"Geldbetrag", "Bitcoins" or "Schutzgeld" in their clause (without= in triggers.tsv) give no DEMAND;
a state's or a firm's claim in euros and a demand on the government stay. Twenty-fourth session,
false alarms of the development parts (dev2, gnad4). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import lexicon
from lagebild.nlp.events.extract import EventExtractor

_CASH = "bargeld|geldbetrag|bitcoin|bitcoins|schutzgeld"


@pytest.mark.parametrize("text", [
    "Nach einem kurzen Wortwechsel forderten die beiden Räuber Bargeld von dem Kassierer.",
    "Die Erpresser verlangen von dem Unternehmer einen hohen Geldbetrag.",
    "In der anonymen E-Mail wurde die Frau zur Zahlung von zwei Bitcoins aufgefordert.",
    "Die Bande hatte von den Wirten in der Altstadt monatlich Schutzgeld verlangt.",
])
def test_cash_demanded_by_criminals_is_no_demand(analyse_text, text):
    assert of_type(analyse_text(text), "DEMAND") == []


@pytest.mark.parametrize("text", [
    "Griechenland fordert von Deutschland Reparationen in Höhe von 270 Milliarden Euro.",
    "Die Gewerkschaft verlangt von der Regierung höhere Löhne für die Beamten.",
    "Die Opposition forderte die Regierung auf, die Bargeldobergrenze zurückzunehmen.",
])
def test_political_claims_stay_demands(analyse_text, text):
    assert len(of_type(analyse_text(text), "DEMAND")) == 1


def test_without_the_cash_words_the_robbers_demand(analyse_text, full_nlp, monkeypatch):
    read = lexicon._data_lines

    def lines(file):
        rows, rest = read(file)
        if file != "triggers.tsv":
            return rows, rest
        return [r[:5] + [r[5].replace("|" + _CASH, "").replace("without=" + _CASH, "-")] + r[6:]
                if r[0] in ("fordern", "auf|fordern", "verlangen") and r[2] == "DEMAND" else r for r in rows], rest
    monkeypatch.setattr(lexicon, "_data_lines", lines)
    monkeypatch.setattr(full_nlp.get_pipe("lb_events"), "extractor", EventExtractor(lexicon.load_lexicon.__wrapped__()))
    text = "Nach einem kurzen Wortwechsel forderten die beiden Räuber Bargeld von dem Kassierer."
    assert of_type(analyse_text(text), "DEMAND")
    assert of_type(analyse_text("Die Erpresser verlangen von dem Unternehmer einen hohen Geldbetrag."), "DEMAND")
