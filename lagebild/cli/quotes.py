"""``lagebild quotes --speaker NAME``: what someone said across the corpus."""

from __future__ import annotations

import csv
import io
import json

import click

from .core import db_option

TYPES = ("Direct", "Indirect", "Reported", "FreeIndirect", "IndirectFreeIndirect")
COLUMNS = ("article_id", "date", "type", "speaker_text", "speaker_name", "cue", "quote_start",
           "quote_end", "quote_text")


def _open(db: str):
    from ..store.db import open_db
    try:
        return open_db(db, read_only=True)
    except Exception as exc:  # missing file, locked by a writer, not a database
        raise click.ClickException(f"cannot open database {db}: {exc}") from None


@click.command("quotes")
@db_option
@click.option("--speaker", required=True, help="The speaker: actor id, name, surname or alias (case-blind).")
@click.option("--type", "types", multiple=True, type=click.Choice(TYPES),
              help="Only these quote types (repeatable).")
@click.option("--limit", default=1000, show_default=True, type=click.IntRange(1, 10_000),
              help="At most this many quotes.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
              show_default=True, help="Output format.")
def quotes_cmd(db, speaker, types, limit, fmt):
    """What SPEAKER said across the corpus: quotes with article id, date and character offsets.

    SPEAKER is resolved to an actor as everywhere in lagebild (``Merkel`` and ``Angela Merkel``
    are one actor); a miss names the closest names.
    """
    from ..store.queries.actors import UnknownActor
    from ..store.queries.quotes import quotes_by_speaker

    con = _open(db)
    try:
        rows = quotes_by_speaker(con, speaker, list(types) or None, limit)
    except (ValueError, UnknownActor) as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        con.close()
    if fmt == "json":
        click.echo(json.dumps([r.to_dict() for r in rows], ensure_ascii=False))
        return
    flat = [{c: getattr(r, c if c != "cue" else "cue") for c in COLUMNS} for r in rows]
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(flat)
        click.echo(buf.getvalue(), nl=False)
        return
    if not rows:
        click.echo(f"no quotes by a speaker matching {speaker!r}")
        return
    for r in rows:
        where = f"{r.article_id[:12]}  {r.date or '-':<10}  {r.quote_start}-{r.quote_end}"
        who = r.speaker_name or r.speaker_text or "?"
        click.echo(f"{where}  {r.type:<20}  {who}: {(r.quote_text or '').replace(chr(10), ' ')[:160]}")
    click.echo(f"{len(rows)} quote(s)")


COMMANDS = [quotes_cmd]
