"""The main commands: ingest, process, run, extract, stats."""

from __future__ import annotations

import json
import os
import sys
from contextlib import contextmanager

import click

from ..errors import InputProblem, LagebildError
from ..ingest.readers import ReaderOptions
from ..store.db import DEFAULT_DB

db_option = click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False),
                         help="DuckDB database file.")


def reader_options(f):
    """Options shared by every command that reads input."""
    f = click.option("--date", help="Article date (YYYY, YYYY-MM or YYYY-MM-DD) for undated plain text.")(f)
    f = click.option("--text-field", default="text", show_default=True, help="JSONL field with the text.")(f)
    f = click.option("--id-field", default="id", show_default=True, help="JSONL field with the id.")(f)
    f = click.option("--date-field", default="date", show_default=True, help="JSONL field with the date.")(f)
    return f


def _opts(date, text_field, id_field, date_field) -> ReaderOptions:
    return ReaderOptions(date=date, text_field=text_field, id_field=id_field, date_field=date_field)


class LogProgress:
    """Progress for logs (stderr is not a terminal): a line every ``every`` seconds with the count,
    the rate and, when the total is known, the time left; and one at the end."""

    def __init__(self, label: str, total: int | None, every: float = 10.0, clock=None, write=None):
        import time

        self.label, self.total, self.every = label, total, every
        self.clock = clock or time.monotonic
        self.write = write or (lambda line: click.echo(line, err=True))
        self.start = self.last = self.clock()
        self.done = 0

    def __call__(self, n: int) -> None:
        self.done += n
        now = self.clock()
        if now - self.last >= self.every:
            self.last = now
            self.write(self.line(now))

    def line(self, now: float) -> str:
        """The progress line at time ``now``."""
        elapsed = max(now - self.start, 1e-9)
        rate = self.done / elapsed
        of = f"/{self.total}" if self.total else ""
        eta = ""
        if self.total and rate > 0:
            left = max(self.total - self.done, 0) / rate
            eta = f", about {int(left // 60)} min {int(left % 60)} s left"
        return f"{self.label}: {self.done}{of} articles, {rate:.1f} articles/s{eta}"

    def close(self) -> None:
        """Write the final line (the total time)."""
        if self.done:
            self.write(self.line(self.clock()) + f" — done in {self.clock() - self.start:.1f} s")


@contextmanager
def _progress(total: int | None, label: str, enabled: bool):
    """A rich progress bar with items/s on a terminal, periodic lines in a log, or nothing."""
    if not enabled:
        yield None
        return
    if not sys.stderr.isatty():
        log_progress = LogProgress(label, total)
        yield log_progress
        log_progress.close()
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    class Rate(TextColumn):
        def render(self, task):  # articles per second
            speed = task.finished_speed or task.speed
            return super().render(task) if speed is None else f"{speed:.1f} articles/s"

    cols = [TextColumn(label), BarColumn(), MofNCompleteColumn(), Rate(""), TimeElapsedColumn()]
    with Progress(*cols, console=Console(stderr=True), transient=True) as prog:
        task = prog.add_task(label, total=total)
        yield lambda n: prog.advance(task, n)


def _open(db: str):
    """Open the store for a command that may write; a snapshot for readers (``serve``) is published
    when the command ends, if the store changed (:mod:`lagebild.store.snapshot`)."""
    from ..store.db import open_db
    from ..store.snapshot import publish
    try:
        con = open_db(db)
    except Exception as exc:  # duckdb errors: locked file, not a database …
        raise click.ClickException(f"cannot open database {db}: {exc}") from None
    ctx = click.get_current_context(silent=True)
    if ctx is not None:
        ctx.call_on_close(lambda: publish(con, db))
    return con


def _print_problems(problems: list[InputProblem]) -> None:
    if not problems:
        return
    click.echo(f"{len(problems)} input problem(s):", err=True)
    for p in problems[:50]:
        click.echo(f"  {p}", err=True)
    if len(problems) > 50:
        click.echo(f"  … and {len(problems) - 50} more (see the problems table)", err=True)


def _do_ingest(con, paths, opts, as_json: bool, quiet: bool) -> dict:
    from ..jobs import ingest
    with _progress(None, "ingest", not quiet and not as_json) as tick:
        report = ingest(con, paths, opts, progress=tick)
    if not as_json:
        click.echo(f"ingested {report.added} new article(s); {report.duplicates} already stored, "
                   f"{report.near_duplicates} near-duplicate(s) linked")
        _print_problems(report.problems)
    return report.to_dict()


def _do_process(con, workers: int, as_json: bool, quiet: bool) -> dict:
    from ..jobs import count_pending, process
    total = count_pending(con)
    with _progress(total, "analyse", not quiet and not as_json) as tick:
        report = process(con, workers=workers, progress=tick)
    if not as_json:
        rate = report.tokens / report.seconds if report.seconds else 0
        click.echo(f"analysed {report.analysed} article(s), {report.tokens:,} words in "
                   f"{report.seconds:.1f} s ({rate:,.0f} words/s)")
        _print_problems(report.problems)
    return report.to_dict()


def _print_stats(con, as_json: bool) -> None:
    from ..jobs import stats
    s = stats(con)
    if as_json:
        click.echo(json.dumps(s))
        return
    width = max(len(k) for k in s)
    for k, v in s.items():
        click.echo(f"{k:<{width}}  {v:>8,}")


@click.command("ingest")
@db_option
@reader_options
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.argument("paths", nargs=-1, required=True)
def ingest_cmd(db, date, text_field, id_field, date_field, as_json, paths):
    """Read articles from PATH... (files, folders, globs, '-' for stdin) into the store."""
    con = _open(db)
    out = _do_ingest(con, paths, _opts(date, text_field, id_field, date_field), as_json, False)
    if as_json:
        click.echo(json.dumps(out, ensure_ascii=False))


@click.command("process")
@db_option
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Worker processes for the analysis.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def process_cmd(db, workers, as_json):
    """Analyse every stored article that has not been analysed yet."""
    con = _open(db)
    out = _do_process(con, workers, as_json, False)
    if as_json:
        click.echo(json.dumps(out, ensure_ascii=False))


@click.command("run")
@db_option
@reader_options
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Worker processes for the analysis.")
@click.option("--json", "as_json", is_flag=True, help="Print reports and stats as JSON.")
@click.argument("paths", nargs=-1, required=True)
def run_cmd(db, date, text_field, id_field, date_field, workers, as_json, paths):
    """The main job: ingest PATH... and analyse what is new, then print a summary."""
    con = _open(db)
    ing = _do_ingest(con, paths, _opts(date, text_field, id_field, date_field), as_json, False)
    proc = _do_process(con, workers, as_json, False)
    if as_json:
        from ..jobs import stats
        click.echo(json.dumps({"ingest": ing, "process": proc, "stats": stats(con)}, ensure_ascii=False))
    else:
        click.echo(f"\n{db}:")
        _print_stats(con, False)


@click.command("extract")
@reader_options
@click.option("--format", "fmt", type=click.Choice(["json"]), default="json", show_default=True,
              help="Output format: JSON Lines, one document-contract record per article.")
@click.argument("paths", nargs=-1, required=True)
def extract_cmd(date, text_field, id_field, date_field, fmt, paths):
    """Analyse PATH... without a database; print one JSON record per article (JSON Lines)."""
    from ..ingest.readers import read_paths
    from ..pipeline import analyse, default_pipeline

    nlp = default_pipeline()
    problems = 0
    for item in read_paths(paths, _opts(date, text_field, id_field, date_field)):
        if isinstance(item, InputProblem):
            click.echo(str(item), err=True)
            problems += 1
            continue
        try:
            record = analyse(item, nlp)
        except Exception as exc:  # one bad article never stops a batch
            click.echo(f"{item.source}:{item.location or ''}: analysis failed: {exc}", err=True)
            problems += 1
            continue
        click.echo(json.dumps(record, ensure_ascii=False))
    if problems:
        click.echo(f"{problems} input problem(s)", err=True)


@click.command("stats")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the counts as one JSON object.")
def stats_cmd(db, as_json):
    """Count what the store holds: articles, sentences, entities, timexes, quotes, events.

    While another process writes the store, the counts are those of its last published snapshot."""
    import duckdb

    from ..store.db import open_db
    from ..store.snapshot import SnapshotReader
    try:
        con = open_db(db, read_only=True) if os.path.exists(db) else _open(db)
    except duckdb.IOException:  # a writer holds the file: read what it last published
        reader = SnapshotReader(db)
        try:
            con = reader.cursor()
        except Exception as exc:
            raise click.ClickException(f"cannot open database {db}: {exc}") from None
        click.echo(f"{db} is being written; counts of its last snapshot ({reader.version})", err=True)
    _print_stats(con, as_json)


COMMANDS = [ingest_cmd, process_cmd, run_cmd, extract_cmd, stats_cmd]
__all__ = ["COMMANDS", "LagebildError"]
