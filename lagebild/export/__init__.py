"""Exports of a lagebild store: document records, tables, PLOVER events and a GDELT-style table.

:func:`export` writes one format to a path and returns a count summary. Every exporter streams:
rows come from DuckDB in batches (Arrow record batches or ``fetchmany``) and are written as they
arrive, so memory stays flat however large the store is.

Formats:

- ``jsonl``: the ``lagebild.document/1`` records, one per line (:mod:`.jsonl`);
- ``parquet`` / ``csv``: one file per table in a folder (:mod:`.tables`);
- ``plover``: one PLOVER JSON record per event, JSON Lines (:mod:`.plover`);
- ``gdelt``: a GDELT-2.0-style tab-separated event table (:mod:`.gdelt`).
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from ..errors import LagebildError

FORMATS = ("jsonl", "parquet", "csv", "plover", "gdelt")


def export(con: duckdb.DuckDBPyConnection, fmt: str, output: str | Path, batch_size: int = 2000,
           with_text: bool = False) -> dict:
    """Write the store in format ``fmt`` to ``output``; return ``{"format", "output", "rows"|"tables"}``.

    ``output`` is a file for jsonl, plover and gdelt, and a folder (created if needed) for parquet
    and csv. ``with_text`` adds the evidence sentence to PLOVER records. Raises :class:`LagebildError` for an unknown format or an unusable output path.
    """
    output = Path(output)
    if fmt not in FORMATS:
        raise LagebildError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt in ("parquet", "csv"):
        if output.exists() and not output.is_dir():
            raise LagebildError(f"{output} exists and is not a folder; {fmt} export writes one file per table")
        from .tables import export_tables
        return {"format": fmt, "output": str(output),
                "tables": export_tables(con, output, fmt, batch_size)}
    if output.is_dir():
        raise LagebildError(f"{output} is a folder; {fmt} export writes one file")
    if not output.parent.exists():
        raise LagebildError(f"folder {output.parent} does not exist")
    if fmt == "plover":
        from .plover import export_plover
        return {"format": fmt, "output": str(output),
                "rows": export_plover(con, output, batch_size, with_text=with_text)}
    if fmt == "jsonl":
        from .jsonl import export_jsonl as fn
    else:
        from .gdelt import export_gdelt as fn
    return {"format": fmt, "output": str(output), "rows": fn(con, output, batch_size)}
