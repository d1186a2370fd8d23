"""``lagebild recode``: re-code stored articles with the current KB and say what changed."""

from __future__ import annotations

import json
import sys

import click

from .core import _open, _print_problems, _progress, db_option


def _who(actor: dict | None) -> str:
    if not actor:
        return "no actor"
    return f"{actor.get('name') or actor.get('actor_id')} {actor.get('actor_code') or '(no code)'}"


@click.command("recode")
@db_option
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Worker processes for the analysis.")
@click.option("--all", "everything", is_flag=True,
              help="Analyse every article again, also those coded with the current KB.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def recode_cmd(db, workers, everything, as_json):
    """Re-code stored articles with the current KB (after `lagebild actors import` or an update).

    Only articles coded with another KB are analysed again (all of them with --all); a record is
    rewritten only where it changes, so running it twice changes nothing.
    """
    from ..recode import recode, stale_count
    con = _open(db)
    total = stale_count(con, everything)
    with _progress(total, "recode", not as_json and sys.stderr.isatty()) as tick:
        report = recode(con, workers=workers, everything=everything, progress=tick)
    if as_json:
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False))
        return
    if not report.recoded and not report.problems:
        click.echo(f"nothing to recode: all {report.up_to_date} analysed article(s) are coded with "
                   f"the current KB ({report.kb_version}); --all analyses them again anyway")
        return
    click.echo(f"recoded {report.recoded} article(s) in {report.seconds:.1f} s: {report.changed} changed, "
               f"{report.recoded - report.changed} unchanged ({report.up_to_date} up to date already)")
    click.echo(f"  {report.entities_changed} entity actor(s), {report.events_changed} event(s), "
               f"{report.quotes_changed} quote(s) changed")
    for ex in report.examples:
        if ex["what"] == "entity":
            click.echo(f"  {ex['article_id'][:12]}  {ex['text']!r} ({ex['start']}-{ex['end']}): "
                       f"{_who(ex['before'])} -> {_who(ex['after'])}")
        else:
            parties = " -> ".join("; ".join(f"{n} {c or '(no code)'}" for n, c in side) or "?"
                                  for side in (ex["source"], ex["target"]))
            click.echo(f"  {ex['article_id'][:12]}  event {ex['type']} {ex['text']!r}: {parties}")
    _print_problems(report.problems)


COMMANDS = [recode_cmd]
