"""API latency on a large store: p50/p95 of an actor timeline and of event searches.

Builds a store of ``--events`` events (default 100,000) by replicating the hand-made sample
records (lagebild.api.sample) with varied dates and actors, loaded in bulk through Arrow, then
times requests through the FastAPI app (in-process TestClient: no network, but the full routing,
validation, query and JSON path). The two web pages are timed server-side only (HTML rendered,
no browser).

    .venv/bin/python benchmarks/api_latency.py [--events 100000] [--requests 200] [--db PATH]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pyarrow as pa

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from lagebild.api.sample import ACTORS, sample_records  # noqa: E402
from lagebild.store.db import open_db  # noqa: E402

TYPES = ["AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "DEMAND", "DISAPPROVE", "REJECT",
         "THREATEN", "PROTEST", "SANCTION", "ASSAULT"]
COUNTRIES = ["DEU", "FRA", "RUS", "UKR", "USA", "POL", "ITA", "ESP", "TUR", "CHN", "GBR", "NLD"]


def actor_pool(n_extra: int = 300) -> list[tuple[str, str, str, str]]:
    """(actor_id, name, code, country): the sample actors plus invented office holders."""
    pool = [(aid, name, code, country) for aid, (name, code, country, _) in ACTORS.items()]
    rng = random.Random(7)
    for i in range(n_extra):
        country = rng.choice(COUNTRIES)
        sector = rng.choice(["GOV", "MIL", "OPP", "BUS", "LAB", "CVL"])
        pool.append((f"x-{i}", f"Akteur {i} ({country})", country + sector, country))
    return pool


def build_store(path: str, n_events: int, seed: int = 1) -> dict:
    """Fill ``path`` with about ``n_events`` events over articles made from the sample records."""
    rng = random.Random(seed)
    con = open_db(path)
    pool = actor_pool()
    templates = sample_records()
    events_per_article = 10
    n_articles = max(1, n_events // events_per_article)
    art = {k: [] for k in ("id", "text", "date", "date_precision", "dateline_place", "title")}
    ev = {k: [] for k in ("article_id", "idx", "type", "mode", "negated", "modality", "source_names",
                          "source_codes", "source_countries", "target_names", "target_codes",
                          "target_countries", "date", "location_name", "location_country",
                          "trigger_start", "trigger_end", "trigger_text", "evidence_start", "evidence_end",
                          "attributed_to", "cluster_id", "record")}
    quotes = {k: [] for k in ("article_id", "idx", "type", "quote_text", "speaker_actor_id", "speaker_name")}
    for i in range(n_articles):
        article, record = templates[i % len(templates)]
        aid = f"bench-{i:07d}"
        day = f"{rng.randint(2015, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        art["id"].append(aid)
        art["text"].append(article.text)
        art["date"].append(day)
        art["date_precision"].append("day")
        art["dateline_place"].append(article.dateline_place)
        art["title"].append(f"{article.title or 'Meldung'} #{i}")
        base = record["events"][0]
        for j in range(events_per_article):
            s, t = rng.sample(pool, 2)
            etype = rng.choice(TYPES)
            ev["article_id"].append(aid)
            ev["idx"].append(j)
            ev["type"].append(etype)
            ev["mode"].append(None)
            ev["negated"].append(rng.random() < 0.05)
            ev["modality"].append(rng.choice(["asserted"] * 8 + ["future", "hypothetical"]))
            ev["source_names"].append([s[1]])
            ev["source_codes"].append([s[2]])
            ev["source_countries"].append([s[3]])
            ev["target_names"].append([t[1]])
            ev["target_codes"].append([t[2]])
            ev["target_countries"].append([t[3]])
            ev["date"].append(day)
            ev["location_name"].append(rng.choice([None, "Berlin", "Kiew", "Paris", "Moskau"]))
            ev["location_country"].append(None)
            ev["trigger_start"].append(base["trigger"]["start"])
            ev["trigger_end"].append(base["trigger"]["end"])
            ev["trigger_text"].append(base["trigger"]["text"])
            ev["evidence_start"].append(base["evidence"]["start"])
            ev["evidence_end"].append(base["evidence"]["end"])
            ev["attributed_to"].append(None)
            ev["cluster_id"].append(None)
            ev["record"].append(json.dumps({"type": etype, "context": []}))
        speaker = rng.choice(pool)
        quotes["article_id"].append(aid)
        quotes["idx"].append(0)
        quotes["type"].append("Direct")
        quotes["quote_text"].append("„Wir werden das prüfen“")
        quotes["speaker_actor_id"].append(speaker[0])
        quotes["speaker_name"].append(speaker[1])
    con.register("art_in", pa.table(art))
    con.execute("INSERT INTO articles (id, text, date, date_precision, dateline_place, title) "
                "SELECT * FROM art_in")
    con.register("ev_in", pa.table(ev))
    con.execute("INSERT INTO events SELECT * FROM ev_in")
    con.register("q_in", pa.table(quotes))
    con.execute("INSERT INTO quotes (article_id, idx, type, quote_text, speaker_actor_id, speaker_name) "
                "SELECT * FROM q_in")
    con.executemany("INSERT INTO actors VALUES (?,?,?,?,?,?)",
                    [(aid, name, code, country, None, "kb") for aid, name, code, country in pool])
    n = con.execute("SELECT count(*) FROM events").fetchone()[0]
    con.close()
    return {"articles": n_articles, "events": n, "actors": len(pool)}


def percentiles(samples: list[float]) -> tuple[float, float]:
    """p50 and p95 in milliseconds."""
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return statistics.median(ordered) * 1000, p95 * 1000


def measure(client, urls: list[str]) -> tuple[float, float]:
    """Time each URL once (after one warm-up request); return p50/p95 in ms."""
    client.get(urls[0])
    times = []
    for url in urls:
        t0 = time.perf_counter()
        r = client.get(url)
        times.append(time.perf_counter() - t0)
        if r.status_code != 200:
            raise SystemExit(f"{url}: HTTP {r.status_code} {r.text[:200]}")
    return percentiles(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--requests", type=int, default=200)
    ap.add_argument("--db", help="Keep the generated store here (default: a temporary file).")
    args = ap.parse_args()

    from fastapi.testclient import TestClient

    from lagebild.api.app import create_app

    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or str(Path(tmp) / "bench.duckdb")
        if Path(path).exists():
            Path(path).unlink()
        t0 = time.perf_counter()
        built = build_store(path, args.events)
        print(f"store: {built['events']:,} events, {built['articles']:,} articles, {built['actors']} actors "
              f"(built in {time.perf_counter() - t0:.1f} s)")
        client = TestClient(create_app(db=path))
        rng = random.Random(3)
        keys = [a[0] for a in actor_pool()]
        n = args.requests
        cases = {
            "actor timeline (/api/actors/{key}/timeline)":
                [f"/api/actors/{rng.choice(keys)}/timeline" for _ in range(n)],
            "event search (/api/events?actor&type&date range)":
                [f"/api/events?actor={rng.choice(keys)}&type={rng.choice(TYPES)}"
                 f"&date_from={rng.randint(2015, 2020)}-01-01&date_to=2024-12-31&limit=50" for _ in range(n)],
            "event search, no filter, page 10 (/api/events?offset=450)":
                ["/api/events?limit=50&offset=450"] * n,
            "dyad series (/api/dyads/series)":
                [f"/api/dyads/series?a={rng.choice(keys)}&b={rng.choice(keys)}" for _ in range(n)],
            "full-text search (/api/search?q=)":
                [f"/api/search?q={rng.choice(['Scholz', 'Kiew Hilfe', 'Gewerkschaft', 'Panzer'])}"
                 for _ in range(n)],
            "web: actor page (/actor?key=)":
                [f"/actor?key={rng.choice(keys)}" for _ in range(max(1, n // 4))],
            "web: event browser with facets (/events?type=)":
                [f"/events?type={rng.choice(TYPES)}" for _ in range(max(1, n // 4))],
        }
        print(f"{'case':<58} {'p50 ms':>8} {'p95 ms':>8}")
        for name, urls in cases.items():
            p50, p95 = measure(client, urls)
            print(f"{name:<58} {p50:8.1f} {p95:8.1f}")


if __name__ == "__main__":
    main()
