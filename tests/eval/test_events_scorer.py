"""The events scorer: alignment, actor keys and the P/R/F1 slots."""

from __future__ import annotations

import json

import pytest

from lagebild.eval.events import actor_key, evaluate, score


def _ev(type_="CONSULT", source=("USA",), target=("VEN",), negated=False, modality="asserted",
        date="2022-03-05"):
    return {"type": type_, "source": list(source), "target": list(target), "negated": negated,
            "modality": modality, "date": date}


def _pred(type_="CONSULT", source=("USAGOV",), target=("VENGOV",), **kw):
    ev = _ev(type_, (), (), **kw)
    ev["source"] = [{"name": c, "actor_code": c, "country": c[:3]} for c in source]
    ev["target"] = [{"name": c, "actor_code": c, "country": c[:3]} for c in target]
    return ev


@pytest.mark.parametrize("value, key", [
    ("VENGOV", "VEN"), ("VEN", "VEN"), ("IGOEUREEC", "IGOEUREEC"), ("Maduro", "maduro"),
    ({"name": "USA", "actor_code": "USAGOV", "country": "USA"}, "USA"), (None, None),
])
def test_actor_key(value, key):
    assert actor_key(value) == key


def test_perfect_prediction_scores_one():
    r = score([([_ev()], [_pred()])])
    assert r["full"]["f1"] == 1.0 and r["type"]["f1"] == 1.0


def test_wrong_type_is_a_false_positive_and_a_miss():
    r = score([([_ev()], [_pred(type_="AGREE")])])
    assert r["type"]["tp"] == 0 and r["type"]["predicted"] == 1 and r["type"]["gold"] == 1


def test_wrong_target_counts_against_target_and_full_only():
    r = score([([_ev()], [_pred(target=("RUS",))])])
    assert (r["type"]["tp"], r["source"]["tp"], r["target"]["tp"], r["full"]["tp"]) == (1, 1, 0, 0)


def test_negation_is_scored_over_type_matched_pairs():
    r = score([([_ev(negated=True), _ev(type_="AGREE")], [_pred(negated=True), _pred(type_="AGREE")])])
    assert r["negation"]["f1"] == 1.0 and r["negation"]["gold"] == 1


def test_modality_label_must_match():
    r = score([([_ev(modality="hypothetical")], [_pred(modality="future")])])
    assert r["modality"]["tp"] == 0 and r["modality"]["accuracy"] == 0.0


def test_hard_negative_with_a_prediction_lowers_precision():
    r = score([([], [_pred()])])
    assert r["type"]["precision"] == 0.0 and r["type"]["gold"] == 0


def test_evaluate_reads_gold_and_uses_a_predictor(tmp_path):
    gold = tmp_path / "g.jsonl"
    gold.write_text(json.dumps({"text": "x", "dct": "2022-03-05", "events": [_ev()]}) + "\n")
    r = evaluate(gold, predictor=lambda recs: [[_pred()] for _ in recs])
    assert r["records"] == 1 and r["full"]["f1"] == 1.0


def test_bad_gold_line_names_file_and_line(tmp_path):
    gold = tmp_path / "g.jsonl"
    gold.write_text("{not json\n")
    with pytest.raises(ValueError, match="g.jsonl:1"):
        evaluate(gold, predictor=lambda recs: [])


def test_shipped_gold_set_is_large_and_covers_all_types(repo_root):
    from lagebild.eval.events import read_gold
    recs = read_gold(repo_root / "tests" / "data" / "events_gold.jsonl")
    types = {e["type"] for r in recs for e in r["events"]}
    assert len(recs) >= 200 and len(types) == 16
    assert sum(1 for r in recs if not r["events"]) >= 30  # hard negatives
