"""Quality gate: quotation token F1 on the Wikinews quotation dev split, against pinned floors.

The gate runs sentences and quotes only (no entities or coreference), so that it measures the
quotation rules and stays fast (the 150 dev articles take a few seconds). The rules were tuned on
the train split; dev is read here for measurement only. The data is licensed CC BY-NC-SA and is
read from ``../shared/data``; the test skips when it is absent. A floor only moves up, or down on
purpose with the reason in the commit message.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

FLOORS = Path(__file__).parent / "floors" / "quotes.json"


@pytest.fixture(scope="module")
def scores(shared_data):
    dev = shared_data / "quotes-wikinews" / "dev"
    if not dev.is_dir():
        pytest.skip("quotes-wikinews/dev is not in ../shared/data")
    from lagebild.eval.quotes import evaluate
    return evaluate(dev, components=["lb_sentences", "lb_quotes"])


@pytest.mark.parametrize("role", ["quote", "speaker", "cue", "frame", "addressee"])
def test_role_f1_floor(scores, role):
    floor = json.loads(FLOORS.read_text())["dev_quotes_only"]["roles"][role]
    got = scores["roles"][role]["f1"]
    assert got >= floor, f"{role} token F1 {got} fell below {floor}"


@pytest.mark.parametrize("kind", ["Direct", "Indirect", "Reported", "FreeIndirect", "IndirectFreeIndirect"])
def test_type_f1_floor(scores, kind):
    floor = json.loads(FLOORS.read_text())["dev_quotes_only"]["types"][kind]
    got = scores["types"][kind]["f1"]
    assert got >= floor, f"{kind} quote-token F1 {got} fell below {floor}"


@pytest.mark.parametrize("name", ["quote", "roles", "joint", "type"])
def test_authors_macro_f1_floor(scores, name):
    """The dataset authors' macro definitions (the withheld test split's measure)."""
    floor = json.loads(FLOORS.read_text())["dev_quotes_only"]["authors_macro"][name]
    got = scores["authors_macro"][name]["f1"]
    assert got >= floor, f"authors' macro {name} F1 {got} fell below {floor}"
