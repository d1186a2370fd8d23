"""JSON Lines export of the document records (the ``lagebild.document/1`` contract)."""

from __future__ import annotations

from pathlib import Path

import duckdb

from .stream import iter_rows


def export_jsonl(con: duckdb.DuckDBPyConnection, output: Path, batch_size: int = 2000) -> int:
    """Write every stored analysis record, one per line, in storage order.

    The records are stored as JSON text already, so they are written as they are: no parse and
    re-serialise, and the output is byte-identical to what ``lagebild extract`` printed.
    """
    n = 0
    # No ORDER BY: sorting would hold every record in memory; a plain scan streams.
    sql = "SELECT record::VARCHAR AS record FROM documents"
    with open(output, "w", encoding="utf-8") as fh:
        for row in iter_rows(con, sql, batch_size=batch_size):
            fh.write(row["record"])  # json.dumps never emits a raw newline
            fh.write("\n")
            n += 1
    return n
