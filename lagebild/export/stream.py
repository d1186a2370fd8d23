"""Batched reading from DuckDB: the one place exporters get rows from."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import duckdb


def iter_rows(con: duckdb.DuckDBPyConnection, sql: str, params: Sequence = (),
              batch_size: int = 2000) -> Iterator[dict]:
    """Yield the rows of ``sql`` as dicts, fetching ``batch_size`` rows at a time.

    A cursor of its own keeps the stream independent of other queries on ``con``.
    """
    cur = con.cursor()
    try:
        cur.execute(sql, list(params))
        names = [d[0] for d in cur.description]
        while True:
            rows = cur.fetchmany(batch_size)
            if not rows:
                break
            for row in rows:
                yield dict(zip(names, row))
    finally:
        cur.close()
