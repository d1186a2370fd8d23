"""KEPT_PROMISE: a promise or agreement that is kept, held or broken was made before.

"sein Versprechen gehalten", "hielten die Zusage nicht ein", "die Waffenruhe hielt nicht" name an
earlier promise or agreement and whether it was kept; the noun gave a new AGREE or CONCEDE. A form
of halten, einhalten or einlösen in the noun's clause (function_words.tsv ``keep_verb``) now drops
it; "halten für" (to deem) and "festhalten" keep it. Twenty-sixth session, helper e12 (uncoded
10kGNAD: a kept and a broken promise, a ceasefire that held or was kept, an agreement that did not
hold). Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text", [
    "Der Kanzler hat sein Versprechen an die Bauern nicht gehalten, sagte der Verbandschef.",
    "Die Rebellen hielten die Waffenruhe im Norden des Landes lange ein.",
    "Doch die Vereinbarung zwischen den beiden Parteien hielt nur drei Wochen.",
])
def test_a_kept_promise_is_no_new_one(analyse_text, text):
    evs = analyse_text(text)
    assert not of_type(evs, "AGREE") and not of_type(evs, "CONCEDE")


def test_deeming_an_agreement_likely_keeps_it(analyse_text):
    evs = analyse_text("Der Minister hält eine Einigung mit Frankreich über die Zölle für wahrscheinlich.")
    assert of_type(evs, "AGREE")


def test_without_the_rule_the_promise_is_an_agree(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "KEPT_PROMISE", False)
    evs = analyse_text("Der Kanzler hat sein Versprechen an die Bauern nicht gehalten, sagte der Verbandschef.")
    assert of_type(evs, "AGREE")
