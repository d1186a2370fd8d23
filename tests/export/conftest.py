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
