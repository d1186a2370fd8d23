"""API latency on a large store: p50/p95 of an actor timeline and of event searches.

Two modes. Without ``--clients`` (one client, in process): builds a store of ``--events`` events (default 100,000) by replicating the hand-made sample
records (lagebild.api.sample) with varied dates and actors, loaded in bulk through Arrow, then
times requests through the FastAPI app (in-process TestClient: no network, but the full routing,
validation, query and JSON path). The two web pages are timed server-side only (HTML rendered,
no browser).

    .venv/bin/python benchmarks/api_latency.py [--events 100000] [--requests 200] [--db PATH]

With ``--clients 1,50,200`` (under load, over the network): starts ``lagebild serve`` on the same
store as a separate process on loopback (127.0.0.1, a free port) and, for each concurrency level in
turn, runs that many clients for ``--seconds`` (default 20). Each client is a keep-alive HTTP/1.1
connection sending one request after the other (a closed loop: a slow server slows its clients),
each request a URL drawn from the mix the web pages and their API calls produce (report page,
event browser, actor page, event search, actor timeline, dyad series, full-text search); the
draws repeat, as real users' do, so later requests may be answered from the server's cache
(``--warm`` requests every distinct URL once first: the steady state of a store between two
publishes; without it the first level pays for the cold misses).
Prints requests/s, p50, p95, max and errors per level and writes JSON to
``benchmarks/results/api_load-<UTC time>.json``. The clients are asyncio streams in this process
(no HTTP library: their own cost stays small); both sides share the machine, so on 2 cores the
figures are a lower bound of what a server alone would do.

    .venv/bin/python benchmarks/api_latency.py --clients 1,50,200 [--seconds 20] [--server-workers 1]
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


def load_urls(rng: random.Random, n: int = 2000, mix: str = "pages") -> list[str]:
    """The URL mix of the load test: what the web pages and their API calls ask for (``pages``), or
    the JSON endpoints alone (``api``)."""
    keys = [a[0] for a in actor_pool()]
    hot = keys[:40]  # people look at some actors far more often than at others
    makers = [
        (3, lambda: "/"),
        (10, lambda: f"/events?type={rng.choice(TYPES)}"),
        (10, lambda: f"/actor?key={rng.choice(hot if rng.random() < 0.8 else keys)}"),
        (20, lambda: f"/api/events?actor={rng.choice(hot)}&type={rng.choice(TYPES)}&limit=50"),
        (20, lambda: f"/api/actors/{rng.choice(hot if rng.random() < 0.8 else keys)}/timeline"),
        (10, lambda: f"/api/dyads/series?a={rng.choice(hot[:10])}&b={rng.choice(hot[:10])}"),
        (10, lambda: f"/api/search?q={rng.choice(['Scholz', 'Kiew+Hilfe', 'Gewerkschaft', 'Panzer'])}"),
        (10, lambda: f"/api/events?limit=50&offset={50 * rng.randint(0, 20)}"),
        (7, lambda: "/api/stats"),
    ]
    if mix == "api":
        makers = [m for m in makers if m[1]().startswith("/api/")]
    weights = [w for w, _ in makers]
    return [rng.choices(makers, weights)[0][1]() for _ in range(n)]


async def _get(reader, writer, host: str, url: str) -> int:
    """One GET on an open keep-alive connection; return the status (the body is read and dropped)."""
    writer.write(f"GET {url} HTTP/1.1\r\nHost: {host}\r\n\r\n".encode())
    await writer.drain()
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    length, chunked = 0, False
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        name = name.strip().lower()
        if name == b"content-length":
            length = int(value)
        elif name == b"transfer-encoding" and b"chunked" in value.lower():
            chunked = True
    if chunked:
        while True:
            size = int((await reader.readuntil(b"\r\n")).strip(), 16)
            await reader.readexactly(size + 2)
            if size == 0:
                break
    else:
        await reader.readexactly(length)
    return status


async def _client(host: str, port: int, urls: list[str], rng: random.Random, stop_at: float,
                  out: list, errors: list) -> None:
    """A closed-loop client: request after request on one keep-alive connection until ``stop_at``.
    A connection the server closed between two requests is reopened and the request sent again
    once, as browsers do; anything else counts as an error."""
    import asyncio
    reader = writer = None
    while time.perf_counter() < stop_at:
        url = rng.choice(urls)
        t0 = time.perf_counter()
        for attempt in (0, 1):
            fresh = writer is None
            try:
                if writer is None:
                    reader, writer = await asyncio.open_connection(host, port, limit=1 << 22)
                status = await _get(reader, writer, host, url)
            except (OSError, asyncio.IncompleteReadError, ValueError) as exc:
                if writer is not None:
                    writer.close()
                reader = writer = None
                if fresh or attempt:
                    errors.append(f"{url}: {type(exc).__name__}")
                    await asyncio.sleep(0.05)
                    break
                continue
            out.append(time.perf_counter() - t0)
            if status != 200:
                errors.append(f"{url}: HTTP {status}")
            break
    if writer is not None:
        writer.close()


def run_level(host: str, port: int, clients: int, seconds: float, urls: list[str]) -> dict:
    """``clients`` keep-alive clients for ``seconds``; latencies, errors and throughput."""
    import asyncio

    async def main() -> tuple[list, list]:
        out: list = []
        errors: list = []
        stop_at = time.perf_counter() + seconds
        await asyncio.gather(*(_client(host, port, urls, random.Random(i), stop_at, out, errors)
                               for i in range(clients)))
        return out, errors

    t0 = time.perf_counter()
    cpu0 = time.process_time()
    out, errors = asyncio.run(main())
    wall = time.perf_counter() - t0
    p50, p95 = percentiles(out) if out else (float("nan"), float("nan"))
    return {"clients": clients, "requests": len(out), "seconds": round(wall, 1),
            "rps": round(len(out) / wall, 1), "p50_ms": round(p50, 1), "p95_ms": round(p95, 1),
            "max_ms": round(max(out) * 1000, 1) if out else None, "errors": len(errors),
            "error_examples": sorted(set(errors))[:5],
            "client_cpu_s": round(time.process_time() - cpu0, 1)}


def load_test(path: str, levels: list[int], seconds: float, server_workers: int,
              warm: bool = False, mix: str = "pages") -> list[dict]:
    """Start ``lagebild serve`` over ``path`` on loopback and run each concurrency level."""
    import os
    import socket
    import subprocess
    import urllib.request

    host = "127.0.0.1"  # loopback only: this benchmark never sends load anywhere else
    with socket.socket() as s:
        s.bind((host, 0))
        port = s.getsockname()[1]
    cmd = [sys.executable, "-c", "from lagebild.cli import main; main()", "serve", "--db", path,
           "--host", host, "--port", str(port), "--workers", str(server_workers)]
    server = subprocess.Popen(cmd, cwd=Path(__file__).resolve().parents[1], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL,
                              env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])})
    rows = []
    try:
        deadline = time.time() + 120
        while True:
            try:
                urllib.request.urlopen(f"http://{host}:{port}/api/stats", timeout=5).read()
                break
            except OSError:
                if time.time() > deadline or server.poll() is not None:
                    raise SystemExit("the server did not start")
                time.sleep(0.2)
        urls = load_urls(random.Random(11), mix=mix)
        if warm:
            t0 = time.perf_counter()
            distinct = sorted(set(urls))
            for u in distinct:
                urllib.request.urlopen(f"http://{host}:{port}{u}", timeout=120).read()
            print(f"warm-up: {len(distinct)} distinct URLs requested once in {time.perf_counter() - t0:.1f} s")
        print(f"{'clients':>7} {'requests':>9} {'req/s':>7} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} "
              f"{'errors':>6}")
        for n in levels:
            row = run_level(host, port, n, seconds, urls)
            rows.append(row)
            print(f"{n:>7} {row['requests']:>9} {row['rps']:>7} {row['p50_ms']:>8} {row['p95_ms']:>8} "
                  f"{row['max_ms']:>8} {row['errors']:>6}", flush=True)
    finally:
        server.terminate()
        server.wait(20)
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--requests", type=int, default=200)
    ap.add_argument("--db", help="Keep the generated store here (default: a temporary file).")
    ap.add_argument("--clients", help="Concurrency levels for the load test over loopback, e.g. 1,50,200.")
    ap.add_argument("--seconds", type=float, default=20.0, help="Duration of each load level.")
    ap.add_argument("--server-workers", type=int, default=1, help="`serve --workers` for the load test.")
    ap.add_argument("--mix", choices=["pages", "api"], default="pages",
                    help="URL mix: the web pages with their API calls, or the JSON endpoints alone.")
    ap.add_argument("--warm", action="store_true",
                    help="Request each distinct URL of the mix once before the levels (a warm cache).")
    args = ap.parse_args()
    if args.clients:
        levels = [int(x) for x in args.clients.split(",")]
        if not all(1 <= n <= 1000 for n in levels):
            raise SystemExit("--clients: between 1 and 1000 each")

    from fastapi.testclient import TestClient

    from lagebild.api.app import create_app

    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or str(Path(tmp) / "bench.duckdb")
        if Path(path).exists():
            Path(path).unlink()
        import shutil
        shutil.rmtree(path + ".snapshots", ignore_errors=True)
        t0 = time.perf_counter()
        built = build_store(path, args.events)
        print(f"store: {built['events']:,} events, {built['articles']:,} articles, {built['actors']} actors "
              f"(built in {time.perf_counter() - t0:.1f} s)")
        if args.clients:
            from datetime import datetime, timezone
            rows = load_test(path, levels, args.seconds, args.server_workers, args.warm, args.mix)
            results = Path(__file__).resolve().parent / "results"
            results.mkdir(exist_ok=True)
            stamp = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H%M%SZ")
            (results / f"api_load-{stamp}.json").write_text(json.dumps(
                {"store": built, "seconds": args.seconds, "server_workers": args.server_workers, "warm": args.warm, "mix": args.mix,
                 "levels": rows}, indent=1))
            return
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
