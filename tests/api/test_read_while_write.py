"""Reading while writing: the API answers from published snapshots while another process writes the
store, and that writer is never blocked by the server (lagebild.store.snapshot)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import textwrap
import time
import urllib.request
from pathlib import Path

import duckdb
import pytest
from fastapi.testclient import TestClient

from lagebild.api.app import create_app
from lagebild.store.snapshot import SnapshotReader, publish, snapshot_dir

ROOT = Path(__file__).resolve().parents[2]

# A writer in its own process: it holds the store file for its whole life, ingests a first batch,
# says so, waits for the test's go-ahead, ingests a second batch and exits.
WRITER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from lagebild.jobs import ingest
    from lagebild.store.db import open_db
    db, batch1, batch2, marks = sys.argv[1:5]
    con = open_db(db)
    ingest(con, [batch1])
    Path(marks, "first").touch()
    deadline = time.time() + 60
    while not Path(marks, "go").exists() and time.time() < deadline:
        time.sleep(0.05)
    ingest(con, [batch2])
    con.close()
""")


def _batch(path: Path, start: int, n: int) -> str:
    with path.open("w", encoding="utf-8") as fh:
        for i in range(start, start + n):
            fh.write(json.dumps({"id": f"a{i}", "date": "2024-05-0" + str(1 + i % 9),
                                 "text": f"Meldung {i}: Der Minister traf sich in Berlin mit Vertretern "
                                         f"der Gewerkschaft Nummer {i}."}) + "\n")
    return str(path)


def _wait_for(predicate, timeout: float = 30.0) -> bool:
    end = time.time() + timeout
    while time.time() < end:
        if predicate():
            return True
        time.sleep(0.05)
    return False


def _articles(client: TestClient) -> int:
    r = client.get("/api/stats")
    assert r.status_code == 200, r.text
    return r.json()["articles"]


def test_api_answers_while_another_process_writes_and_sees_its_publishes(tmp_path):
    db = tmp_path / "store.duckdb"
    marks = tmp_path / "marks"
    marks.mkdir()
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(db), _batch(tmp_path / "b1.jsonl", 0, 3),
                               _batch(tmp_path / "b2.jsonl", 3, 4), str(marks)], cwd=ROOT)
    try:
        assert _wait_for(lambda: (marks / "first").exists() or writer.poll() is not None)
        assert writer.poll() is None, "the writer died"
        with pytest.raises(duckdb.IOException):  # the writer holds the file …
            duckdb.connect(str(db), read_only=True)
        client = TestClient(create_app(db=db))  # … and the API starts and answers anyway
        assert _articles(client) == 3
        assert client.get("/api/articles").json()["total"] == 3  # now cached for this snapshot
        (marks / "go").touch()
        assert writer.wait(60) == 0  # never blocked by the server holding its snapshot
        assert _wait_for(lambda: _articles(client) == 7)
        assert client.get("/api/articles").json()["total"] == 7  # the cache followed the publish
    finally:
        writer.kill()
        writer.wait()


def test_api_says_503_until_a_writer_that_holds_the_store_publishes(tmp_path):
    db = tmp_path / "store.duckdb"
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); "
                               "print('ok', flush=True); time.sleep(60)", str(db)],
                              cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ok"
        client = TestClient(create_app(db=db))
        r = client.get("/api/stats")
        assert r.status_code == 503 and r.json()["error"]["code"] == "store_unavailable"
    finally:
        holder.kill()
        holder.wait()


def test_publish_skips_an_unchanged_store_and_keeps_two_snapshots(tmp_path):
    from lagebild.store.db import open_db
    db = tmp_path / "s.duckdb"
    con = open_db(db)
    first = publish(con)
    assert publish(con) == first  # nothing changed: no copy
    con.execute("INSERT INTO articles (id, text) VALUES ('x', 'Text')")
    second = publish(con)
    con.execute("INSERT INTO articles (id, text) VALUES ('y', 'Text')")
    third = publish(con)
    con.close()
    assert len({first, second, third}) == 3
    assert sorted(p.name for p in snapshot_dir(db).glob("snap-*.duckdb")) == sorted([second, third])
    reader = SnapshotReader(db)
    assert reader.version == third
    assert reader.execute("SELECT count(*) FROM articles").fetchone()[0] == 2


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get_json(url: str):
    try:
        with urllib.request.urlopen(url, timeout=5) as r:
            return json.load(r)
    except OSError:
        return None


def test_serve_and_ingest_commands_run_at_once(tmp_path):
    """The CLI end to end: ``lagebild ingest`` (and ``stats``) work on a store ``serve`` is serving."""
    db = tmp_path / "store.duckdb"
    cli = [sys.executable, "-c", "from lagebild.cli import main; main()"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run(cli + ["ingest", "--db", str(db), _batch(tmp_path / "b1.jsonl", 0, 2)],
                   check=True, capture_output=True, env=env, cwd=ROOT)
    port = _free_port()
    server = subprocess.Popen(cli + ["serve", "--db", str(db), "--port", str(port)], env=env, cwd=ROOT,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/api/stats"
    try:
        assert _wait_for(lambda: (_get_json(url) or {}).get("articles") == 2, timeout=60)
        done = subprocess.run(cli + ["ingest", "--db", str(db), _batch(tmp_path / "b2.jsonl", 2, 3)],
                              capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
        assert done.returncode == 0, done.stderr
        stats = subprocess.run(cli + ["stats", "--db", str(db), "--json"], capture_output=True, text=True,
                               env=env, cwd=ROOT, timeout=120)
        assert stats.returncode == 0 and json.loads(stats.stdout)["articles"] == 5, stats.stderr
        assert _wait_for(lambda: (_get_json(url) or {}).get("articles") == 5)
    finally:
        server.terminate()
        server.wait(10)


def test_response_cache_replays_200s_per_store_version_and_builds_a_page_once_per_version():
    import asyncio

    from lagebild.api.app import ResponseCache

    calls = []

    async def app(scope, receive, send):
        calls.append(scope["path"])
        await asyncio.sleep(0.01)
        status = 404 if scope["path"] == "/missing" else 200
        await send({"type": "http.response.start", "status": status, "headers": []})
        await send({"type": "http.response.body", "body": f"{scope['path']} v{version[0]}".encode()})

    version = ["1"]
    cache = ResponseCache(app, version=lambda: version[0])

    async def get(path: str) -> bytes:
        sent = []

        async def send(message):
            sent.append(message)

        await cache({"type": "http", "method": "GET", "path": path, "query_string": b""}, None, send)
        return b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")

    async def scenario():
        crowd = await asyncio.gather(*(get("/page") for _ in range(20)))
        assert set(crowd) == {b"/page v1"} and calls == ["/page"]  # one build for the crowd
        await get("/missing")
        await get("/missing")
        assert calls.count("/missing") == 2  # errors are not kept
        version[0] = "2"  # a writer published: one request rebuilds, the crowd meanwhile gets v1
        crowd = await asyncio.gather(*(get("/page") for _ in range(5)))
        assert crowd[0] == b"/page v2" and set(crowd[1:]) == {b"/page v1"} and calls.count("/page") == 2
        assert await get("/page") == b"/page v2" and calls.count("/page") == 2

    asyncio.run(scenario())
