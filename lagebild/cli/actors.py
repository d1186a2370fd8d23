"""``lagebild actors``: import actor dictionaries and show an actor's roles over time."""

from __future__ import annotations

import json

import click

from ..store.db import DEFAULT_DB

db_option = click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False),
                         help="DuckDB database file.")


def _open(db: str):
    from .core import _open as open_for_writing  # publishes a snapshot for readers at the end
    return open_for_writing(db)


@click.group("actors")
def actors_group() -> None:
    """Actors: the knowledge base of persons, countries and organisations with dated roles."""


@actors_group.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON.")
def import_cmd(files: tuple[str, ...], db: str, as_json: bool) -> None:
    """Import TABARI/PETRARCH .actors dictionaries (codes like [VENGOV >060901])."""
    from ..kb.petrarch import import_actors
    from ..kb.store import ensure_seeded
    con = _open(db)
    ensure_seeded(con)
    reports = [import_actors(con, f) for f in files]
    if as_json:
        click.echo(json.dumps(reports, ensure_ascii=False))
        return
    for r in reports:
        click.echo(f"{r['file']}: {r['entries']} entries: {r['actors']} actors ({r['new_actors']} new, "
                   f"{r['persons']} persons), {r['roles']} dated codes ({r['new_roles']} new, "
                   f"{r['unchanged_roles']} unchanged, {r['removed_roles']} removed), "
                   f"{r['problems']} unreadable line(s)")
        for p in r["first_problems"]:
            click.echo(f"  {p}", err=True)
    if any(r["new_roles"] or r["removed_roles"] for r in reports):
        click.echo(f"new articles are coded with these actors; run `lagebild recode --db {db}` "
                   f"to re-code the stored ones")


@actors_group.command("show")
@click.argument("name")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the actor as JSON.")
@click.option("--limit", default=20, show_default=True,
              help="Learned offices to list (variants of one office are one row; the rest are counted).")
def show_cmd(name: str, db: str, as_json: bool, limit: int) -> None:
    """Show an actor's roles over time and where each was learned.

    NAME is resolved as everywhere (id, name, alias, surname, CAMEO code); learned titles of one
    office ("Bundeskanzlerin", "deutsche Bundeskanzlerin") are one row with an article count.
    """
    from ..kb.store import ensure_seeded
    from ..store.queries.actors import show_actor
    con = _open(db)
    ensure_seeded(con)
    actor = show_actor(con, name)
    if actor is None:
        from ..store.queries.actors import suggest
        hint = suggest(con, name)
        raise click.ClickException(f"no actor named {name!r}" + (
            f"; did you mean {', '.join(repr(h) for h in hint)}?" if hint else ""))
    if as_json:
        click.echo(json.dumps(actor, ensure_ascii=False))
        return
    click.echo(f"{actor['name']}  [{actor['actor_id']}]  code {actor['actor_code'] or '-'}  "
               f"country {actor['country'] or '-'}  ({actor['kind']}, {actor['origin']}; "
               f"{actor['mentions']} mention(s))")
    learned_seen = 0
    for r in actor["roles"]:
        if r["origin"] == "learned":
            learned_seen += 1
            if learned_seen > limit:
                continue
        span = f"{r['start'] or '…'} – {r['end'] or '…'}"
        where = {"kb": "shipped KB", "import": f"imported {r['evidence']}",
                 "learned": f"{r.get('articles', 1)} article(s), first {r['article_id']} "
                            f"({r['article_date'] or 'undated'}) chars {r['start_char']}-{r['end_char']}: "
                            f"{r['evidence']!r}"}.get(r["origin"], r["origin"])
        if len(r.get("variants") or []) > 1:
            where += f"; also written {', '.join(repr(v) for v in r['variants'][1:])}"
        click.echo(f"  {span:26} {r['actor_code'] or '-':10} {r['role'] or '':35} {where}")
    if learned_seen > limit:
        click.echo(f"  … and {learned_seen - limit} more learned role(s) (--limit, --json)")
    if actor["other_matches"]:
        click.echo("other matches: " + ", ".join(f"{m['name']} [{m['actor_id']}]" for m in actor["other_matches"]))


COMMANDS = [actors_group]
