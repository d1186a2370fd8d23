"""Fixtures: a store holding the hand-made sample articles (lagebild.api.sample)."""

from __future__ import annotations

import pytest


@pytest.fixture()
def store(mem_db):
    """An in-memory store with the sample articles, records, actors and roles."""
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


@pytest.fixture(scope="module")
def shared_store():
    """One sample store for a module's read-only tests (cheaper than one per test)."""
    from lagebild.api.sample import load_sample
    from lagebild.store.db import open_db
    con = open_db(":memory:")
    load_sample(con)
    yield con
    con.close()


@pytest.fixture(scope="module")
def client(shared_store):
    """A TestClient of the read-only app over :func:`shared_store`."""
    from fastapi.testclient import TestClient

    from lagebild.api.app import create_app
    return TestClient(create_app(shared_store))
