"""``lagebild report``: the situation report for a time window and a focus (see lagebild.report)."""

from __future__ import annotations

from pathlib import Path

import click

from .core import db_option


@click.command("report")
@db_option
@click.option("--format", "fmt", type=click.Choice(["html", "md", "pdf"]), default="html", show_default=True,
              help="html: one self-contained page; md: Markdown; pdf.")
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="File to write (default: stdout for md).")
@click.option("--window", help="YYYY, YYYY-MM or YYYY-MM-DD (default: the latest month of the store).")
@click.option("--from", "date_from", help="First day (with --to), YYYY[-MM[-DD]].")
@click.option("--to", "date_to", help="Last day (with --from), YYYY[-MM[-DD]].")
@click.option("--actor", help="Focus on one actor (name, surname, alias, place or CAMEO code).")
@click.option("--country", help="Focus on one country (ISO alpha-3).")
@click.option("--dyad", help="Focus on two actors, A:B.")
@click.option("--type", "event_type", help="Focus on one event type (PLOVER name, either spelling).")
@click.option("--lang", type=click.Choice(["de", "en"]), default="de", show_default=True,
              help="Language of headings and labels.")
@click.option("--json", "as_json", is_flag=True, help="Print the data behind the report as JSON instead.")
def report_cmd(db, fmt, output, window, date_from, date_to, actor, country, dyad, event_type, lang, as_json):
    """Write a situation report: key developments (event clusters ranked by how many articles and
    sources report them), what changed against the previous window, who said what, a timeline
    and where, each statement with the articles it rests on. The same store and arguments give
    the same report."""
    from ..report import Focus, build_report, parse_window, to_json
    from ..report.render import render
    from ..store.db import open_db
    from ..store.queries.actors import UnknownActor

    focus = Focus(actor=actor, country=country, dyad=dyad, type=event_type)
    if sum(bool(x) for x in (actor, country, dyad, event_type)) > 1:
        raise click.UsageError("give one focus: --actor, --country, --dyad or --type")
    if not Path(db).exists():
        raise click.ClickException(f"no database at {db}; run `lagebild run --db {db} PATH` first")
    try:
        con = open_db(db, read_only=True)
    except Exception as exc:  # locked by a writer, not a database
        raise click.ClickException(f"cannot open database {db}: {exc}") from None
    try:
        win = parse_window(window, date_from, date_to) if (window or date_from or date_to) else None
        data = build_report(con, win, focus)
    except (ValueError, UnknownActor) as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        con.close()
    if as_json:
        click.echo(to_json(data))
        return
    body = render(data, fmt, lang)
    if output:
        Path(output).write_bytes(body)
        click.echo(f"wrote {output}: {len(data['developments'])} developments, {data['counts']['events']} events, "
                   f"{data['window']['label']}", err=True)
    elif fmt == "md":
        click.echo(body.decode("utf-8"), nl=False)
    else:
        raise click.UsageError(f"--format {fmt} needs --output FILE")


COMMANDS = [report_cmd]
