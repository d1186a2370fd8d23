"""Shared fixtures: paths, the shared data folder, cheap pipelines and an in-memory store."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO.parent / "shared" / "data"


@pytest.fixture(scope="session")
def repo_root() -> Path:
    """The checkout's root folder."""
    return REPO


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """``../shared/data``; tests that need it skip when it is absent."""
    if not SHARED_DATA.exists():
        pytest.skip("../shared/data is not present beside the checkout")
    return SHARED_DATA


@pytest.fixture(scope="session")
def blank_nlp():
    """The lagebild tokenizer and sentence segmenter only: cheap."""
    from lagebild.pipeline import build_pipeline
    return build_pipeline(["lb_sentences"])


@pytest.fixture(scope="session")
def full_nlp():
    """The full analysis pipeline, built once per test session."""
    from lagebild.pipeline import build_pipeline
    return build_pipeline()


@pytest.fixture()
def mem_db():
    """A migrated in-memory DuckDB store."""
    from lagebild.store.db import open_db
    con = open_db(":memory:")
    yield con
    con.close()


@pytest.fixture()
def store(mem_db):
    """An in-memory store with the hand-made sample articles (lagebild.api.sample)."""
    from lagebild.api.sample import load_sample
    load_sample(mem_db)
    return mem_db


@pytest.fixture()
def store_file(tmp_path):
    """A DuckDB file with the sample loaded, closed again so that commands can open it."""
    from lagebild.api.sample import load_sample
    from lagebild.store.db import open_db
    path = tmp_path / "sample.duckdb"
    con = open_db(path)
    load_sample(con)
    con.close()
    return path


# Columns that say when or in which run a row was written, not what the store knows.
VOLATILE_COLUMNS = {"ingested_at", "created_at", "run_id", "analysed_at", "learned_at", "id_seq"}
KNOWLEDGE_TABLES = ("articles", "documents", "entities", "timexes", "quotes", "events", "actors",
                    "actor_roles", "problems")


@pytest.fixture(scope="session")
def store_snapshot():
    """A function: DuckDB file -> {table: sorted rows without volatile columns}, to compare two
    stores table by table (crash safety, `scale run` against `run`)."""
    import duckdb

    def snapshot(db) -> dict:
        con = duckdb.connect(str(db), read_only=True)
        out = {}
        for table in KNOWLEDGE_TABLES:
            cols = [c[0] for c in con.execute(f"DESCRIBE {table}").fetchall() if c[0] not in VOLATILE_COLUMNS]
            out[table] = sorted(map(repr, con.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall()))
        con.close()
        return out

    return snapshot
