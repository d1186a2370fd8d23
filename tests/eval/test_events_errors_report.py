"""training/events_gold/errors.py: the error views over `lagebild eval events --details` files."""

from __future__ import annotations

import importlib.util
import json

import pytest


@pytest.fixture(scope="module")
def errors(repo_root):
    spec = importlib.util.spec_from_file_location("events_errors", repo_root / "training" / "events_gold" / "errors.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _ev(type_, trigger, source, target, date="2011-03-02"):
    return {"type": type_, "trigger": trigger, "source": source, "target": target, "negated": False,
            "modality": "asserted", "date": date}


@pytest.fixture()
def details(tmp_path):
    recs = [
        {"article": "1", "s": 0, "text": "Die Polizei nahm in Lyon drei Männer fest.",
         "gold": [_ev("COERCE", "nahm", ["FRACOP"], ["FRACVL"])],
         "pred": [_ev("COERCE", "nahm", ["DEUCOP"], ["Männer@FRA"])]},
        {"article": "1", "s": 1, "text": "Der Minister kritisierte die Gewerkschaft scharf.",
         "gold": [_ev("DISAPPROVE", "kritisierte", ["FRAGOV"], ["FRALAB"])],
         "pred": [_ev("ASSAULT", "kritisierte", ["FRAGOV"], ["FRALAB"], "2011-03-01")]},
        {"article": "1", "s": 2, "text": "Tausende demonstrierten in Paris.",
         "gold": [], "pred": [_ev("PROTEST", "demonstrierten", ["FRACVL"], [])]},
    ]
    path = tmp_path / "dev.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    return str(path)


def test_triggers_separates_misses_false_alarms_and_confusions(errors, details, capsys):
    errors.main(["triggers", details])
    out = capsys.readouterr().out
    assert "missed (gold word, type): 0" in out
    assert "false alarms (word, type): 1" in out and "demonstrierten PROTEST 1" in out
    assert "kritisierte DISAPPROVE ASSAULT 1" in out


@pytest.mark.parametrize("line", ["source other country 1", "target ok 1"])
def test_actors_compares_countries_of_type_matches(errors, details, capsys, line):
    errors.main(["actors", details])
    assert line in [" ".join(row.split()) for row in capsys.readouterr().out.splitlines()]


def test_sentences_lists_only_sentences_whose_types_differ(errors, details, capsys):
    errors.main(["sentences", details])
    out = capsys.readouterr().out
    assert "kritisierte" in out and "demonstrierten" in out and "nahm in Lyon" not in out


def test_compare_counts_what_a_change_added_and_removed(errors, details, tmp_path, capsys):
    # after the change: the wrong PROTEST is gone and a right DISAPPROVE came in
    after_dir = tmp_path / "after"
    after_dir.mkdir()
    recs = [json.loads(line) for line in open(details, encoding="utf-8")]
    recs[1]["pred"].append(_ev("DISAPPROVE", "kritisierte", ["FRAGOV"], ["FRALAB"]))
    recs[2]["pred"] = []
    after = after_dir / "dev.jsonl"
    after.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    errors.main(["compare", str(after), "--before", str(tmp_path), "--examples", "0"])
    out = capsys.readouterr().out
    assert "kritisierte DISAPPROVE: added 1 (right 1), removed 0 (right 0)" in out
    assert "demonstrierten PROTEST: added 0 (right 0), removed 1 (right 0)" in out
    assert "== predictions +1 -1, type matches +1 -0" in out


def test_score_parts_refuses_the_blind_part(repo_root):
    spec = importlib.util.spec_from_file_location("events_score_parts",
                                                  repo_root / "training" / "events_gold" / "score_parts.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    with pytest.raises(SystemExit):
        mod.main(["unused-out", "--parts", "dev,blind"])
