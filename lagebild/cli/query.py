"""``lagebild query actors|events|quotes|dyads``: read the graph from the command line.

Each subcommand calls one query function of :mod:`lagebild.store.queries` and prints its page as
an aligned table, CSV or JSON (the JSON is the same the HTTP API returns).
"""

from __future__ import annotations

import csv
import io
import json
from contextlib import contextmanager

import click

from .core import db_option

FORMAT = click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
                      show_default=True, help="Output format.")
LIMIT = click.option("--limit", default=50, show_default=True, type=click.IntRange(1, 500),
                     help="Rows per page.")
OFFSET = click.option("--offset", default=0, show_default=True, type=click.IntRange(0), help="Rows to skip.")


def _open(db: str):
    from ..store.db import open_db
    try:
        return open_db(db, read_only=True)
    except Exception as exc:  # missing file, locked by a writer, not a database
        raise click.ClickException(f"cannot open database {db}: {exc}") from None


@contextmanager
def _actor_errors():
    """Turn an unknown actor into a clear message with the closest names, exit code 1."""
    from ..store.queries.actors import UnknownActor
    try:
        yield
    except UnknownActor as exc:
        raise click.ClickException(str(exc)) from None


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return value.get("name") or value.get("text") or json.dumps(value, ensure_ascii=False)
    return str(value)


def _emit(page: dict, rows: list[dict], fmt: str) -> None:
    """Print ``rows`` (flat dicts) in ``fmt``; JSON prints the whole ``page`` as the API would."""
    if fmt == "json":
        click.echo(json.dumps(page, ensure_ascii=False, default=str))
        return
    cols = list(rows[0]) if rows else []
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(cols)
        for r in rows:
            writer.writerow([_cell(r[c]) for c in cols])
        click.echo(buf.getvalue(), nl=False)
        return
    if rows:
        cells = [[_cell(r[c])[:60] for c in cols] for r in rows]
        widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(cols)]
        click.echo("  ".join(c.ljust(w) for c, w in zip(cols, widths)).rstrip())
        for row in cells:
            click.echo("  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip())
    total = page.get("total")
    if total is not None:
        shown = f"{page['offset'] + 1}-{page['offset'] + len(rows)}" if rows else "none"
        click.echo(f"({shown} of {total})", err=True)


@click.group("query")
def query_cmd():
    """Query actors, events, quotes and dyads of the store (table, CSV or JSON)."""


@query_cmd.command("actors")
@db_option
@click.option("--q", help="Name or actor code contains this text.")
@click.option("--country", help="ISO alpha-3 country code.")
@LIMIT
@OFFSET
@FORMAT
def actors_cmd(db, q, country, limit, offset, fmt):
    """Actors, most active first, with mention, event and quote counts."""
    from ..store.queries.graph import list_actors
    page = list_actors(_open(db), q=q, country=country, limit=limit, offset=offset).to_dict()
    _emit(page, page["items"], fmt)


def _event_rows(items: list[dict]) -> list[dict]:
    return [{"id": e["id"], "date": e["date"], "type": e["type"], "source": [p["name"] for p in e["source"]],
             "target": [p["name"] for p in e["target"]], "negated": e["negated"], "modality": e["modality"],
             "place": (e["location"] or {}).get("name"), "trigger": e["trigger"]["text"]} for e in items]


@query_cmd.command("events")
@db_option
@click.option("--actor", help="Actor on either side: id, name, surname, alias, place or CAMEO code.")
@click.option("--source", help="Actor as source (as --actor).")
@click.option("--target", help="Actor as target (as --actor).")
@click.option("--type", "types", multiple=True, help="PLOVER type (repeatable).")
@click.option("--quad", type=click.IntRange(1, 4), help="Quad class: 1-4.")
@click.option("--from", "--since", "date_from", help="Earliest date (YYYY[-MM[-DD]]).")
@click.option("--to", "--until", "date_to", help="Latest date (YYYY[-MM[-DD]]).")
@click.option("--negated/--not-negated", default=None, help="Only negated / only not negated events.")
@click.option("--modality", type=click.Choice(["asserted", "hypothetical", "future", "demanded"]))
@click.option("--place", help="Place name contains this text.")
@click.option("--country", help="ISO alpha-3 country of a participant or the place.")
@click.option("--article", "article_id", help="Only events of this article.")
@LIMIT
@OFFSET
@FORMAT
def events_cmd(db, actor, source, target, types, quad, date_from, date_to, negated, modality, place,
               country, article_id, limit, offset, fmt):
    """Events matching the filters, newest first."""
    from ..store.queries.graph import EventFilter, actor_names, list_events
    con = _open(db)
    with _actor_errors():
        flt = EventFilter(actor=actor_names(con, actor), source=actor_names(con, source),
                          target=actor_names(con, target), types=list(types) or None, quad=quad,
                          date_from=date_from, date_to=date_to, negated=negated, modality=modality,
                          place=place, country=country, article_id=article_id)
    page = list_events(con, flt, limit, offset).to_dict()
    _emit(page, _event_rows(page["items"]), fmt)


@query_cmd.command("quotes")
@db_option
@click.option("--speaker", help="The speaker: actor id, name, surname or alias.")
@click.option("--q", help="Quote text contains this text.")
@click.option("--type", "quote_type", help="Direct, Indirect, FreeIndirect, IndirectFreeIndirect, Reported.")
@click.option("--article", "article_id", help="Only quotes of this article.")
@LIMIT
@OFFSET
@FORMAT
def quotes_cmd(db, speaker, q, quote_type, article_id, limit, offset, fmt):
    """Quotes with their speakers, newest first."""
    from ..store.queries.actors import require_actor
    from ..store.queries.graph import list_quotes
    con = _open(db)
    with _actor_errors():
        who = require_actor(con, speaker) if speaker else None
    page = list_quotes(con, speaker=who, q=q, quote_type=quote_type, article_id=article_id,
                       limit=limit, offset=offset).to_dict()
    rows = [{"id": x["id"], "date": x["date"], "type": x["type"], "speaker": x["speaker"]["name"]
             or x["speaker"]["text"], "quote": x["text"]} for x in page["items"]]
    _emit(page, rows, fmt)


@query_cmd.command("dyads")
@db_option
@click.option("--a", "a_key", help="First actor (id, name, surname, place or CAMEO code such as ISR); "
                                    "with --b: the time series of the pair.")
@click.option("--b", "b_key", help="Second actor (as --a).")
@click.option("--interval", type=click.Choice(["week", "month", "year"]), default="month", show_default=True)
@click.option("--by", type=click.Choice(["quad", "type"]), default="quad", show_default=True)
@click.option("--directed", is_flag=True, help="Only events from A to B.")
@click.option("--include-negated", is_flag=True, help="Count negated events in the series too.")
@LIMIT
@OFFSET
@FORMAT
def dyads_cmd(db, a_key, b_key, interval, by, directed, include_negated, limit, offset, fmt):
    """Without --a/--b: the most active actor pairs; with both: their events per week or month."""
    from ..store.queries.dyads import dyad_series, top_dyads
    from ..store.queries.actors import require_actor
    con = _open(db)
    if bool(a_key) != bool(b_key):
        raise click.UsageError("give both --a and --b, or neither")
    if not a_key:
        page = top_dyads(con, limit=limit, offset=offset).to_dict()
        _emit(page, page["items"], fmt)
        return
    with _actor_errors():
        a, b = require_actor(con, a_key), require_actor(con, b_key)
    series = dyad_series(con, a, b, interval=interval, by=by, directed=directed,
                         include_negated=include_negated)
    rows = [{"period": p["period"], **{c: p["counts"].get(c, 0) for c in series["categories"]},
             "cooperation": p["cooperation"], "conflict": p["conflict"], "total": p["total"]}
            for p in series["series"]]
    _emit(series, rows, fmt)


COMMANDS = [query_cmd]
