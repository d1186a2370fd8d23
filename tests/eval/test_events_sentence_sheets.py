"""training/events_gold/sentences.py: chunks of permissively licensed sentences and the sheets coded on them."""

from __future__ import annotations

import importlib.util
import json

import pytest


@pytest.fixture(scope="module")
def sentences(repo_root, shared_data):
    spec = importlib.util.spec_from_file_location("event_sentences", repo_root / "training" / "events_gold" / "sentences.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize("corpus, n", [("germeval", 5), ("pud", 2), ("gsd", 3)])
def test_chunks_cover_the_corpus_once(sentences, corpus, n):
    ids = [sid for k in range(1, n + 1) for sid, _, _ in sentences.chunk(corpus, k, n)]
    assert len(ids) == len(set(ids)) == len(sentences.CORPORA[corpus]())


def test_germeval_sentences_keep_their_source_date(sentences):
    sid, date, text = sentences.germeval()[0]
    assert sid == "germeval-dev-0" and date == "2010-07-04" and text.endswith("Jesu.")


@pytest.mark.parametrize("event, bad", [
    ({"trigger": "kritisierte", "type": "DISAPPROVE", "source": ["DEUGOV"], "target": []}, 0),
    ({"trigger": "kritisierte", "type": "CRITICIZE", "source": ["DEUGOV"], "target": []}, 1),
    ({"trigger": "", "type": "DISAPPROVE", "source": [], "target": []}, 1),
])
def test_check_counts_invalid_lines(sentences, tmp_path, monkeypatch, event, bad):
    monkeypatch.setattr(sentences, "WORK", tmp_path)
    (tmp_path / "germeval-1of5.jsonl").write_text(json.dumps({"id": "germeval-dev-3", "events": [event]}) + "\n")
    assert sentences.check() == bad


@pytest.mark.parametrize("trigger, bad", [("protestierten", 0), ("demonstrierten", 1)])
def test_own_sentences_carry_their_text_and_trigger(sentences, tmp_path, monkeypatch, trigger, bad):
    monkeypatch.setattr(sentences, "WORK", tmp_path)
    (tmp_path / "own").mkdir()
    rec = {"id": "own-a1-3", "date": "2031-05-02", "text": "Hunderte Bauern protestierten vor dem Landtag.",
           "events": [{"trigger": trigger, "type": "PROTEST", "source": ["DEUAGR"], "target": ["DEULEG"]}]}
    (tmp_path / "own" / "a1.jsonl").write_text(json.dumps(rec, ensure_ascii=False) + "\n")
    assert sentences.check() == bad
