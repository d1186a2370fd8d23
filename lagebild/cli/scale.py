"""``lagebild scale``: the analysis on a Dask cluster."""

from __future__ import annotations

import atexit
import gc
import json
import logging
import time

import click

from ..store.db import DEFAULT_DB
from .core import _opts, reader_options

log = logging.getLogger(__name__)


@click.group("scale")
def scale_group() -> None:
    """Scale out on Dask: analyse a corpus into partitioned Parquet, then load it."""


@scale_group.command("run")
@click.option("--db", default=DEFAULT_DB, show_default=True, help="DuckDB file to build (the same store `run` builds).")
@click.option("--scheduler", default="local", show_default=True,
              help="Dask scheduler address (tcp://host:8786), 'local' (a local cluster) or 'synchronous'.")
@click.option("--workers", default=2, show_default=True, help="Workers of the local cluster.")
@click.option("--partition-size", type=int, default=None,
              help="Articles per Dask task [default: about eight tasks per worker, 5 to 25 articles each].")
@click.option("--parquet", "parquet_dir", default="lagebild-parquet", show_default=True,
              type=click.Path(file_okay=False),
              help="Folder for the per-table Parquet output (shared by all workers on a real cluster).")
@click.option("--no-load", is_flag=True, help="Only write Parquet; load it later with `scale load`.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@reader_options
@click.argument("paths", nargs=-1, required=True)
def scale_run(db, scheduler, workers, partition_size, parquet_dir, no_load, as_json, date, text_field,
              id_field, date_field, paths):
    """Ingest PATH..., analyse the new articles as Dask tasks, load the Parquet output into the
    store and consolidate: the store `lagebild run` would build, analysed in parallel."""
    from ..scale.dask_runner import DaskCluster

    t0 = time.perf_counter()
    # the cluster starts first: its workers start and load the models while this process imports
    # the ingest (DuckDB, the readers, the MinHash signatures) and ingests
    with DaskCluster(scheduler, workers) as cluster:
        from ..jobs import ingest, stats
        from ..scale.dask_runner import scale_process
        from ..store.db import open_db

        con = open_db(db)
        try:
            ingested = ingest(con, paths, _opts(date, text_field, id_field, date_field))
            log.info("ingested %d articles %.2f s after the start", ingested.added, time.perf_counter() - t0)
            for p in ingested.problems:
                click.echo(str(p), err=True)
            report = scale_process(con, parquet_dir, scheduler=scheduler, workers=workers,
                                   partition_size=partition_size, load=not no_load, cluster=cluster)
            summary = {"ingested": ingested.added, "duplicates": ingested.duplicates,
                       "input_problems": len(ingested.problems), **report.to_dict(), "stats": stats(con)}
        finally:
            con.close()
        t1 = time.perf_counter()
    log.info("done %.2f s after the start (%.2f s waiting for the cluster to close)",
             time.perf_counter() - t0, time.perf_counter() - t1)
    summary.pop("files")
    _skip_collections_at_exit()
    click.echo(json.dumps(summary, ensure_ascii=False) if as_json else
               f"ingested {summary['ingested']}, analysed {summary['analysed']} on Dask "
               f"({summary['failed']} failed), loaded {summary['loaded']}; "
               f"store: {summary['stats']['articles']} articles, {summary['stats']['events']} events")


def _skip_collections_at_exit() -> None:
    """Let the interpreter's shutdown skip its garbage collections over the objects alive at exit.

    After a run, the shutdown's full collections walk every object Dask, DuckDB, pandas and the KB
    left (0.3-0.4 s after 850 articles, a serial cost of every run) and free nothing that a process
    which ends needs freed. Frozen at exit (``gc.freeze``), not now: a caller in the same process
    (the tests) goes on collecting as before.
    """
    if not _FREEZE_AT_EXIT:
        _FREEZE_AT_EXIT.append(True)
        atexit.register(gc.freeze)


_FREEZE_AT_EXIT: list[bool] = []


@scale_group.command("load")
@click.option("--db", default=DEFAULT_DB, show_default=True, help="DuckDB file to load into.")
@click.option("--parquet", "parquet_dir", default="lagebild-parquet", show_default=True,
              type=click.Path(file_okay=False, exists=True), help="Folder a `scale run --no-load` wrote.")
def scale_load(db, parquet_dir):
    """Load the Parquet output of `scale run --no-load` into the store and consolidate."""
    from ..jobs import finish_consolidation, mark_consolidation_pending
    from ..kb.consolidate import consolidate
    from ..scale.dask_runner import load_parquet
    from ..store.db import open_db

    con = open_db(db)
    try:
        mark_consolidation_pending(con)
        n = load_parquet(con, parquet_dir)
        consolidate(con)
        finish_consolidation(con)
        from ..store.snapshot import publish
        publish(con)
    finally:
        con.close()
    click.echo(f"loaded {n} analysed article(s) from {parquet_dir}")


COMMANDS = [scale_group]
