"""Quality gate: strict span F1 of lb_entities on the fixed held-out part of GermEval 2014 dev."""

import json
from pathlib import Path

import pytest

FLOORS = Path(__file__).parent / "floors" / "ner.json"


@pytest.fixture(scope="module")
def heldout_scores(shared_data):
    gold = shared_data / "germeval2014" / "NER-de-dev.tsv"
    if not gold.exists():
        pytest.skip("GermEval 2014 dev is not in ../shared/data")
    from lagebild.eval.ner import evaluate_file
    return evaluate_file(gold, heldout=True)


def test_overall_f1_floor(heldout_scores):
    floor = json.loads(FLOORS.read_text())["heldout"]["overall_f1"]
    assert heldout_scores["overall"]["f1"] >= floor


@pytest.mark.parametrize("label", ["PER", "ORG", "LOC", "MISC"])
def test_per_label_f1_floor(heldout_scores, label):
    floor = json.loads(FLOORS.read_text())["heldout"]["per_label_f1"][label]
    assert heldout_scores["per_label"][label]["f1"] >= floor
