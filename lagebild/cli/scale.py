"""``lagebild scale``: the analysis on a Dask cluster."""

from __future__ import annotations

import json

import click

from ..errors import InputProblem
from ..store.db import DEFAULT_DB
from .core import _opts, reader_options


@click.group("scale")
def scale_group() -> None:
    """Scale out on Dask: analyse a corpus into partitioned Parquet, then load it."""


@scale_group.command("run")
@click.option("--db", default=DEFAULT_DB, show_default=True, help="DuckDB file to load the results into.")
@click.option("--scheduler", default="local", show_default=True,
              help="Dask scheduler address, 'local' (a local cluster) or 'synchronous'.")
@click.option("--workers", default=2, show_default=True, help="Workers of the local cluster.")
@click.option("--partition-size", default=50, show_default=True, help="Articles per Dask partition.")
@click.option("--parquet", "parquet_dir", default="lagebild-parquet", show_default=True,
              type=click.Path(file_okay=False), help="Folder for the partitioned Parquet output.")
@click.option("--no-load", is_flag=True, help="Only write Parquet; do not load it into the database.")
@reader_options
@click.argument("paths", nargs=-1, required=True)
def scale_run(db, scheduler, workers, partition_size, parquet_dir, no_load, date, text_field, id_field,
              date_field, paths):
    """Analyse PATH... as Dask tasks, write Parquet, then load it into the store."""
    from ..ingest.readers import read_paths
    from ..scale.dask_runner import analyse_to_parquet, load_parquet

    articles, problems = [], []
    for item in read_paths(paths, _opts(date, text_field, id_field, date_field)):
        (problems if isinstance(item, InputProblem) else articles).append(item)
    report = analyse_to_parquet(articles, parquet_dir, scheduler=scheduler,
                                partition_size=partition_size, workers=workers)
    report.problems = problems
    for p in problems:
        click.echo(str(p), err=True)
    loaded = 0
    if not no_load:
        from ..store.db import open_db
        from ..store.writer import write_problem
        con = open_db(db)
        for p in problems:
            write_problem(con, p)
        loaded = load_parquet(con, parquet_dir)
    click.echo(json.dumps({**report.to_dict(), "loaded": loaded}, ensure_ascii=False))


COMMANDS = [scale_group]
