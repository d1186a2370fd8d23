"""Cross-article event dedup: two articles reporting the same meeting share one cluster."""

from __future__ import annotations

import pytest

from lagebild.kb.event_clusters import cluster_events, dates_compatible
from lagebild.store.writer import write_record


def _event(type_="CONSULT", source=("USAGOV",), target=("VENGOV",), date="2022-03-05",
           negated=False, modality="asserted"):
    return {"type": type_, "mode": None, "context": [], "negated": negated, "modality": modality,
            "source": [{"name": c, "actor_code": c, "country": c[:3]} for c in source],
            "target": [{"name": c, "actor_code": c, "country": c[:3]} for c in target],
            "date": date, "location": {"name": "Caracas", "country": "VEN"},
            "trigger": {"start": 0, "end": 4, "text": "traf"},
            "evidence": {"start": 0, "end": 10}, "attributed_to": None}


def _record(aid: str, events: list[dict]) -> dict:
    return {"id": aid, "text": "Ein Text.", "sentences": [{"start": 0, "end": 9}],
            "entities": [], "timexes": [], "quotes": [], "events": events}


def _clusters(con) -> dict:
    return {(a, i): c for a, i, c in con.execute("SELECT article_id, idx, cluster_id FROM events").fetchall()}


def test_same_meeting_in_two_articles_gets_one_cluster(mem_db):
    write_record(mem_db, _record("a1", [_event(date="2022-03-05")]))
    write_record(mem_db, _record("a2", [_event(source=("USA", "VEN"), target=(), date="2022-03-06")]))
    cluster_events(mem_db)
    ids = _clusters(mem_db)
    assert ids[("a1", 0)] == ids[("a2", 0)] is not None


def test_different_types_stay_apart(mem_db):
    write_record(mem_db, _record("a1", [_event()]))
    write_record(mem_db, _record("a2", [_event(type_="SANCTION")]))
    assert cluster_events(mem_db) == 2


def test_dates_a_week_apart_stay_apart(mem_db):
    write_record(mem_db, _record("a1", [_event(date="2022-03-05")]))
    write_record(mem_db, _record("a2", [_event(date="2022-03-12")]))
    assert cluster_events(mem_db) == 2


def test_negated_event_is_not_the_event(mem_db):
    write_record(mem_db, _record("a1", [_event()]))
    write_record(mem_db, _record("a2", [_event(negated=True)]))
    assert cluster_events(mem_db) == 2


def test_rerun_changes_nothing(mem_db):
    write_record(mem_db, _record("a1", [_event()]))
    write_record(mem_db, _record("a2", [_event(date="2022-03")]))
    cluster_events(mem_db)
    first = _clusters(mem_db)
    cluster_events(mem_db)
    assert _clusters(mem_db) == first


def test_consolidate_hook_calls_clustering(mem_db):
    from lagebild.kb import consolidate
    assert consolidate._event_clustering() is cluster_events


@pytest.mark.parametrize("a, b, same", [
    ("2022-03-05", "2022-03-06", True),
    ("2022-03-05", "2022-03-08", False),
    ("2022-03", "2022-03-20", True),
    ("2022-03", "2022-04-01", False),
    ("2019", "2019-07-01", True),
    (None, "2022-03-05", False),
    ("2022-W09-WE", "2022-03-05", True),
    ("2022-W09-WE", "2022-03-12", False),
    ("2022-03-XX", "2022-03-05", True),
])
def test_date_compatibility(a, b, same):
    assert dates_compatible(a, b) is same


def test_two_analysed_articles_about_one_meeting_share_a_cluster(mem_db):
    from lagebild.article import Article
    from lagebild.pipeline import analyse, build_pipeline
    nlp = build_pipeline(["lb_sentences", "lb_events"])
    texts = ["Vertreter der USA und Venezuelas haben am Samstag in Caracas Gespräche geführt.",
             "Die US-Regierung hat in Caracas mit Venezuela verhandelt. Es gab keine Einigung."]
    for n, text in enumerate(texts):
        write_record(mem_db, analyse(Article(text=text, id=f"a{n}", date="2022-03-06",
                                             date_precision="day"), nlp))
    cluster_events(mem_db)
    rows = mem_db.execute("SELECT article_id, type, cluster_id FROM events WHERE type = 'CONSULT'").fetchall()
    assert len(rows) == 2 and rows[0][2] == rows[1][2]


def _components_of_all_pairs(events: list[tuple[str, int, dict]]) -> set[frozenset]:
    """The clusters by definition: connected components over every pair of events (no buckets,
    no date order), to hold the clustering's pruning to."""
    from lagebild.kb.event_clusters import _codes

    parent = list(range(len(events)))

    def find(i):
        while parent[i] != i:
            i = parent[i]
        return i

    def codes(e):
        src = _codes([s["actor_code"] for s in e["source"]])
        return src, src | _codes([t["actor_code"] for t in e["target"]])

    for i, (_, _, a) in enumerate(events):
        for j in range(i + 1, len(events)):
            b = events[j][2]
            (sa, alla), (sb, allb) = codes(a), codes(b)
            if (a["type"], a["negated"], a["modality"]) != (b["type"], b["negated"], b["modality"]):
                continue
            if not (alla & allb) or (sa and sb and not (sa & sb)):
                continue
            if dates_compatible(a["date"], b["date"]):
                parent[find(j)] = find(i)
    groups: dict[int, set] = {}
    for i, (aid, idx, _) in enumerate(events):
        groups.setdefault(find(i), set()).add((aid, idx))
    return {frozenset(g) for g in groups.values()}


def test_clusters_equal_the_components_over_all_pairs_across_years(mem_db):
    """Events are compared in date order within a year of each other only; that prunes no
    compatible pair: New Year's Eve and Day, a year and its days, weeks, months, undated events."""
    dates = ["2021-12-31", "2022-01-01", "2022", "2022-12-31", "2023-01-01", "2022-W52", "2023-W01-WE",
             "2022-12", "2023-01", "2021", "2020-06-15", "2020-06-16", None, "2022-06-XX", "2019-01-01",
             "2020-12-31", "2021-01-01", "2022-01"]
    events = []
    for n, date in enumerate(dates * 2):
        source = ("USAGOV",) if n % 3 else ("VENGOV",)
        event = _event(date=date, source=source, negated=n % 7 == 0)
        write_record(mem_db, _record(f"a{n:02d}", [event]))
        events.append((f"a{n:02d}", 0, event))
    cluster_events(mem_db)
    got: dict[str, set] = {}
    for key, cid in _clusters(mem_db).items():
        got.setdefault(cid, set()).add(key)
    assert {frozenset(g) for g in got.values()} == _components_of_all_pairs(events)
