"""The antecedent of the accusative relative pronoun "den" is the act's object ("Der Journalist,
den die Polizei festgenommen hatte" is COP > MED), and before a name "den" is that pronoun, not the
name's article ("…, den Putin kritisiert hatte": Putin is the subject). Eighteenth session, found
probing relative clauses with sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, kind, source, target", [
    ("Der Journalist, den die Polizei festgenommen hatte, wurde freigelassen.", "COERCE", ["COP"], ["MED"]),
    ("Die Polizei suchte einen Journalisten, den die Rebellen entführt hatten.", "ASSAULT", ["REB"], ["MED"]),
    ("Merkel lobte Sarkozy, den Putin kritisiert hatte.", "DISAPPROVE", ["RUSGOV"], ["FRAGOV"]),
])
def test_the_antecedent_of_den_is_the_object(analyse_text, text, kind, source, target):
    acts = [a for a in of_type(analyse_text(text), kind) if codes(a["source"]) == source]
    assert len(acts) == 1
    assert codes(acts[0]["target"]) == target


def test_without_the_rule_the_antecedent_is_lost(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "RELATIVE_ACCUSATIVE", False)
    acts = of_type(analyse_text("Der Journalist, den die Polizei festgenommen hatte, wurde freigelassen."), "COERCE")
    assert acts and codes(acts[0]["target"]) != ["MED"]
