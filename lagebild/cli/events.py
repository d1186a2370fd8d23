"""``lagebild events``: list stored PLOVER events, filtered, as a table, CSV or JSON."""

from __future__ import annotations

import csv
import json
import sys

import click

from ..store.db import DEFAULT_DB
from ..store.queries.actors import UnknownActor
from ..store.queries.events import COLUMNS, MODALITIES, find_events

_TABLE_COLUMNS = ("date", "type", "source", "target", "negated", "modality", "location", "trigger", "article_id")


@click.command("events")
@click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False),
              help="DuckDB database file.")
@click.option("--actor", help="Source or target: id, name, surname, alias, place or CAMEO code "
                              "(VEN also finds VENGOV).")
@click.option("--type", "types", multiple=True, help="PLOVER type (repeatable).")
@click.option("--from", "--since", "since", help="Earliest event date, inclusive (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--to", "--until", "until", help="Latest event date, inclusive (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--negated/--not-negated", default=None, help="Only negated / only not negated events.")
@click.option("--no-negated", "no_negated", is_flag=True, hidden=True, help="Old spelling of --not-negated.")
@click.option("--modality", type=click.Choice(MODALITIES), help="Only events of this modality.")
@click.option("--limit", type=int, help="At most this many events.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
              show_default=True, help="Output format.")
def events_cmd(db, actor, types, since, until, negated, no_negated, modality, limit, fmt) -> None:
    """List the PLOVER events stored in the database (who did what to whom, when, where).

    The flags are those of ``lagebild query events`` (--from/--to, --negated/--not-negated);
    --since/--until are accepted as well."""
    if no_negated:
        negated = False
    from pathlib import Path

    from ..store.db import open_db

    if db != ":memory:" and not Path(db).exists():
        raise click.ClickException(f"no database at {db}; run `lagebild run --db {db} PATH` first")
    try:
        con = open_db(db, read_only=True)
    except Exception as exc:  # duckdb: locked file, not a database …
        raise click.ClickException(f"cannot open database {db}: {exc}") from None
    try:
        rows = find_events(con, actor=actor, types=list(types) or None, since=since, until=until,
                           negated=negated, modality=modality, limit=limit)
    except (ValueError, UnknownActor) as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        con.close()
    if fmt == "json":
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
    elif fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    else:
        _table(rows)


def _table(rows: list[dict]) -> None:
    if not rows:
        click.echo("no events")
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(box=None, pad_edge=False, header_style="bold")
    for name in _TABLE_COLUMNS:
        table.add_column(name, max_width=30, no_wrap=True, overflow="ellipsis")
    for r in rows:
        table.add_row(*(_cell(r[c]) for c in _TABLE_COLUMNS))
    # a log or a pipe has no width: do not squeeze the table into 80 columns
    console = Console(width=None if sys.stdout.isatty() else 250, highlight=False)
    console.print(table)
    click.echo(f"{len(rows)} events")


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


COMMANDS = [events_cmd]
