"""Table exports: one Parquet or CSV file per store table, written batch by batch.

Parquet keeps DuckDB's types (lists stay lists, JSON stays text). CSV has no list type, so list
columns (event source/target names, codes, countries) are written as JSON arrays, and the binary
MinHash signature, which is only useful inside the store, is left out.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

# The tables a store holds, in export order; names are constants, never user input.
TABLES = ("articles", "documents", "entities", "timexes", "quotes", "events", "actors",
          "actor_roles", "problems", "runs")


def _columns(con: duckdb.DuckDBPyConnection, table: str) -> list[tuple[str, str]]:
    rows = con.execute("SELECT column_name, data_type FROM information_schema.columns "
                       "WHERE table_name = ? AND table_schema = current_schema() ORDER BY ordinal_position",
                       [table]).fetchall()
    return [(r[0], r[1]) for r in rows]


def _select(con: duckdb.DuckDBPyConnection, table: str, fmt: str) -> str:
    cols = []
    for name, typ in _columns(con, table):
        if fmt == "csv" and typ == "BLOB":
            continue
        if fmt == "csv" and typ.endswith("[]"):
            cols.append(f'to_json("{name}")::VARCHAR AS "{name}"')
        elif typ == "JSON":
            cols.append(f'"{name}"::VARCHAR AS "{name}"')
        else:
            cols.append(f'"{name}"')
    # A plain scan in storage order: a sort would hold the whole table (texts, records) in memory.
    return f'SELECT {", ".join(cols)} FROM "{table}"'


def export_tables(con: duckdb.DuckDBPyConnection, folder: Path, fmt: str, batch_size: int = 2000) -> dict:
    """Write each table to ``folder/<table>.<fmt>``; return rows written per table."""
    folder.mkdir(parents=True, exist_ok=True)
    counts = {}
    for table in TABLES:
        if not _columns(con, table):
            continue  # an older store without this table
        reader = con.cursor().sql(_select(con, table, fmt)).to_arrow_reader(batch_size)
        path = folder / f"{table}.{fmt}"
        counts[table] = _write(reader, path, fmt)
    return counts


def _write(reader: pa.RecordBatchReader, path: Path, fmt: str) -> int:
    n = 0
    if fmt == "parquet":
        with pq.ParquetWriter(path, reader.schema) as writer:
            for batch in reader:
                writer.write_batch(batch)
                n += batch.num_rows
    else:
        with pacsv.CSVWriter(path, reader.schema) as writer:
            for batch in reader:
                writer.write_batch(batch)
                n += batch.num_rows
    return n
