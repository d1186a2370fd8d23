"""Open a lagebild database."""

from __future__ import annotations

from pathlib import Path

import duckdb

from .migrations import apply_migrations

DEFAULT_DB = "lagebild.duckdb"


def open_db(path: str | Path = DEFAULT_DB, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open (and create or migrate) the DuckDB database at ``path``; ``":memory:"`` for tests."""
    path = str(path)
    if read_only and path != ":memory:":
        return duckdb.connect(path, read_only=True)
    con = duckdb.connect(path)
    apply_migrations(con)
    return con
