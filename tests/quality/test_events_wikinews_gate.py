"""Quality gate: lb_events in the full pipeline on the dev part of the Wikinews events gold.

The gold (tests/data/events_wikinews/dev.jsonl, coding guide docs/EVENT_CODING.md) codes PLOVER
events in real German Wikinews articles that nobody on the project wrote; the articles come from
../shared/data/quotes-wikinews, so the gate skips without it. The rules are tuned on this part
(its errors are read); the blind part is only ever scored (`lagebild eval events --gold
tests/data/events_wikinews/blind.jsonl`), never here. A floor only moves up, or down on purpose
with the reason in the commit message.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

FLOORS = Path(__file__).parent / "floors" / "events.json"


@pytest.fixture(scope="module")
def dev_scores(repo_root, shared_data, full_nlp):
    from lagebild.eval.event_articles import evaluate_articles
    from lagebild.eval.events import read_gold
    gold = repo_root / "tests" / "data" / "events_wikinews" / "dev.jsonl"
    articles = shared_data / "quotes-wikinews"
    if not gold.exists() or not articles.exists():
        pytest.skip("the Wikinews events gold or ../shared/data/quotes-wikinews is missing")
    return evaluate_articles(read_gold(gold), articles, nlp=full_nlp)


def _floor(key):
    return json.loads(FLOORS.read_text())["wikinews_dev"][key]


@pytest.mark.parametrize("slot", ["type", "source", "target", "tuple"])
def test_f1_floor(dev_scores, slot):
    floor = _floor(slot)
    assert dev_scores[slot]["f1"] >= floor, f"{slot} F1 {dev_scores[slot]['f1']} fell below {floor}"


def test_type_recall_floor(dev_scores):
    assert dev_scores["type"]["recall"] >= _floor("type_recall")


def test_silent_gold_share_ceiling(dev_scores):
    """Gold events in sentences where nothing is found: a share that may only fall."""
    share = dev_scores["silent_gold"] / max(1, dev_scores["type"]["gold"])
    assert share <= _floor("silent_gold_share_max")
