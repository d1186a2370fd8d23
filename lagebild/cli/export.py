"""``lagebild export``: write the store as JSON Lines, Parquet, CSV, PLOVER or a GDELT-style table."""

from __future__ import annotations

import json

import click

from ..errors import LagebildError
from ..export import FORMATS
from .core import db_option


@click.command("export")
@db_option
@click.option("--format", "fmt", type=click.Choice(FORMATS), required=True,
              help="jsonl: document records; parquet/csv: one file per table in a folder; "
                   "plover: PLOVER JSON Lines; gdelt: GDELT-style tab-separated events.")
@click.option("--output", "-o", required=True, type=click.Path(),
              help="Output file (jsonl, plover, gdelt) or folder (parquet, csv).")
@click.option("--with-text", is_flag=True, help="PLOVER only: include the evidence sentence as 'text'.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
def export_cmd(db, fmt, output, with_text, as_json):
    """Export the store at --db in one format to --output, streaming (memory stays flat)."""
    from ..export import export
    from ..store.db import open_db
    try:
        con = open_db(db, read_only=True)
    except Exception as exc:  # missing file, locked by a writer, not a database
        raise click.ClickException(f"cannot open database {db}: {exc}") from None
    try:
        summary = export(con, fmt, output, with_text=with_text)
    except LagebildError as exc:
        raise click.ClickException(str(exc)) from None
    if as_json:
        click.echo(json.dumps(summary, ensure_ascii=False))
    elif "tables" in summary:
        click.echo(f"wrote {len(summary['tables'])} table(s) to {output}/: "
                   + ", ".join(f"{t} {n:,}" for t, n in summary["tables"].items()))
    else:
        click.echo(f"wrote {summary['rows']:,} {fmt} row(s) to {output}")


COMMANDS = [export_cmd]
