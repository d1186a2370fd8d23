"""Quality gate: lb_morph on the held-out UD German sentences, against floors.

Held out from training (see training/morph/train.py): GSD dev sentences 0-399 (STTS, UPOS, lemma,
morphology) and PUD test sentences 0-499 (UPOS, lemma, morphology; its XPOS is not STTS, and its
verb features are rewritten in GSD's conventions before scoring). The data is read from
``../shared/data``; the gate skips when it is absent. A floor only moves up, or down on purpose
with the reason in the commit message.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

FLOORS = json.loads((Path(__file__).parent / "floors" / "morph.json").read_text())
SETS = {
    "gsd_dev_heldout": ("de_gsd-ud-dev.conllu", "HELDOUT_GSD_DEV"),
    "pud_test_heldout": ("de_pud-ud-test.conllu", "HELDOUT_PUD"),
}


@pytest.fixture(scope="module")
def nlp():
    from lagebild.pipeline import build_pipeline
    return build_pipeline(["lb_morph"])


@pytest.fixture(scope="module")
def scores(nlp, shared_data):
    from lagebild.eval import morph

    result = {}
    for name, (filename, split) in SETS.items():
        path = shared_data / "ud-german" / filename
        if not path.exists():
            pytest.skip(f"{filename} is not in ../shared/data/ud-german")
        result[name] = morph.score_conllu(path, nlp, select=getattr(morph, split))
    return result


def _cases(kind: str) -> list[tuple[str, str]]:
    return [(name, key) for name in SETS for key in FLOORS[name].get(kind, {})]


@pytest.mark.parametrize("dataset, metric", _cases("accuracy"))
def test_accuracy_floor(scores, dataset, metric):
    floor = FLOORS[dataset]["accuracy"][metric]
    got = scores[dataset][metric]
    assert got >= floor, f"{dataset} {metric} accuracy {got} fell below {floor}"


@pytest.mark.parametrize("dataset, feature", _cases("feature_accuracy"))
def test_feature_accuracy_floor(scores, dataset, feature):
    floor = FLOORS[dataset]["feature_accuracy"][feature]
    got = scores[dataset]["features"][feature]["acc"]
    assert got >= floor, f"{dataset} {feature} accuracy {got} fell below {floor}"


@pytest.mark.parametrize("dataset, value", _cases("value_f1"))
def test_value_f1_floor(scores, dataset, value):
    floor = FLOORS[dataset]["value_f1"][value]
    got = scores[dataset]["values"][value]["f"]
    assert got >= floor, f"{dataset} {value} F1 {got} fell below {floor}"
