"""Run the analysis on a Dask cluster: the same store as ``lagebild run``, built in parallel.

``lagebild scale run`` (:func:`scale_process` after the ordinary ingest):

0. the cluster (:class:`DaskCluster`) starts in the background before the ingest: the start-up of
   workers and models overlaps the serial ingest instead of adding to it (the serial part is what
   keeps 2 workers from being twice as fast as 1). A local cluster forks its workers from one
   server process that built the pipeline and ran a first analysis (:mod:`lagebild.scale.warm`,
   :func:`warm_process`), so imports, models and first-call costs are paid once, not once per worker;
1. **ingest** as ``run`` does (exact duplicates skipped, near-duplicates linked by MinHash,
   bad input recorded): the articles are in the store before any worker starts, so a worker
   killed mid-run loses nothing: a rerun analyses what is still pending;
2. **analyse** the pending articles as Dask tasks, one partition per task. The per-article
   analysis (:func:`lagebild.pipeline.analyse`) is a pure function; each worker process builds the
   pipeline once, codes with the store's KB (the shipped KB plus imported actors, shipped to the
   workers with the task) and writes its results with the store's own writer into an in-memory
   DuckDB, which saves each table as one Parquet file: ``<out>/<table>/part-NNNNN.parquet``.
   The workers also learn the roles of appositions ("die Sprecherin …, Jen Psaki") from each record,
   the step that made consolidation the largest serial part. Tasks shrink towards the end
   (:func:`partition_sizes`) and run in that order, so the workers finish together. Workers only
   write files, never the store;
3. **load** each task's tables into the store as soon as the task is done, while the workers go on
   (:class:`_PartitionLoader`: one transaction, committed after the last task with the problems
   and learned roles), replacing earlier rows of the same articles; the driver prepares the
   consolidation meanwhile (:func:`lagebild.kb.consolidate.prepare_consolidation`);
4. **consolidate** (actors, event clusters; the learned roles came from the workers) as ``process``
   does, under the same crash-safety mark (:func:`lagebild.jobs.mark_consolidation_pending`), while
   the cluster shuts down in the background (:meth:`DaskCluster.release`).

The resulting store equals the one ``lagebild run`` builds from the same input (a test compares
every table). ``scheduler`` is a Dask scheduler address (``tcp://host:8786``: start
``dask scheduler`` on one machine and ``dask worker tcp://host:8786 --nthreads 1`` on each worker
machine, with lagebild installed and the Parquet folder on a shared path), ``"local"`` for a local
cluster of worker processes, or ``"synchronous"`` (one process; tests and debugging).
"""

from __future__ import annotations

import logging
import os
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from ..article import Article
from ..errors import ErrorCode, InputProblem

log = logging.getLogger(__name__)

# the tables a worker fills, in load order: the store's per-article tables, then the roles learned
# from appositions (``actor_roles`` rows of origin ``learned`` with the person's name and the
# role's place in its article), which consolidation would otherwise re-derive in the driver
STORE_TABLES = ("documents", "entities", "timexes", "quotes", "events", "problems")
LEARNED = "learned_roles"
TABLES = STORE_TABLES + (LEARNED,)


@dataclass
class ScaleReport:
    """What a Dask run produced."""

    articles: int = 0
    analysed: int = 0
    failed: int = 0
    files: list[str] = field(default_factory=list)
    problems: list[InputProblem] = field(default_factory=list)
    loaded: int = 0

    def to_dict(self) -> dict:
        """JSON-ready summary."""
        return {"articles": self.articles, "analysed": self.analysed, "failed": self.failed,
                "loaded": self.loaded, "files": self.files, "problems": [p.to_dict() for p in self.problems]}


# a short article that takes every component's path once (dated speech, a role apposition, an
# event, a place): analysed by :func:`warm_process` so that lazily built tables exist before a task
WARM_TEXT = ("Berlin. Die Sprecherin des Auswärtigen Amts, Clara Brandt, sagte am Montag: "
             "„Wir verurteilen den Angriff auf Kiew.“ Russland kündigte für Dienstag neue Gespräche an.")


def warm_process() -> None:
    """Prepare this process for :func:`_analyse_partition`: build the pipeline and the shipped KB,
    import what a task imports, and analyse :data:`WARM_TEXT` once.

    A worker's first task otherwise paid about 0.9 s more than the next (850 Wikinews articles:
    pandas, pulled in by pyarrow's first conversion, the KB, the first call of each component);
    run in the fork server (:mod:`lagebild.scale.warm`) that cost is paid once for all workers and
    before the cluster is asked for work. No DuckDB database is opened and no Arrow table is made
    here: their thread pools must not exist in a process that forks.
    """
    if _WARM:
        return  # done in this process, or in the fork server it came from
    import duckdb  # noqa: F401
    import pyarrow

    pyarrow.array([0])  # pyarrow's first conversion: imports pandas unless told there is none

    from ..kb.lookup import default_kb
    from ..kb.store import learned_roles_of_record
    from ..pipeline import analyse_many, default_pipeline
    from ..store import db, writer  # noqa: F401

    default_kb()
    sample = Article(text=WARM_TEXT, id="warm-up", date="2024-03-04", date_precision="day")
    for article, record, _error in analyse_many([sample], default_pipeline()):
        if record is not None:
            learned_roles_of_record(record, article.date)
            writer.record_rows(record)
    _WARM.append(True)


_WARM: list = []  # non-empty once warm_process has run in this process


class _NoPandas:
    """An import hook under which ``import pandas`` fails (see :func:`pyarrow_without_pandas`)."""

    @staticmethod
    def find_spec(name, path=None, target=None):
        if name == "pandas" or name.startswith("pandas."):
            raise ModuleNotFoundError("pandas is kept out of this process", name=name)
        return None


def pyarrow_without_pandas() -> None:
    """Let pyarrow convert Python objects in this process without importing pandas.

    pyarrow imports pandas at its first conversion of Python objects (``pyarrow.array``), only to
    recognise pandas objects; a worker hands it lists, never a DataFrame. Importing pandas took
    0.16 s of the fork server's start-up, which every worker waits for. pyarrow asks once per
    process and keeps the answer, so the question is put here while ``import pandas`` fails; pandas
    itself stays importable. For the fork server and its workers only: a process that does
    convert between pyarrow and pandas must not call this.
    """
    import sys

    import pyarrow

    if "pandas" in sys.modules:
        return
    sys.meta_path.insert(0, _NoPandas)
    try:
        pyarrow.array([0])
    finally:
        sys.meta_path.remove(_NoPandas)


def _analyse_articles(articles: list[Article], overlay=None) -> Iterator[tuple[Article, dict | None, str | None]]:
    """Analyse ``articles`` in this process with the cached pipeline, coding with the shipped KB
    plus ``overlay``; failures are yielded, not raised (as :func:`lagebild.jobs.analyse_stream`
    does in one process, without importing the ingest's modules into every worker)."""
    from ..kb.overlay import kb_for
    from ..pipeline import analyse_many, default_pipeline, using_kb

    kb = kb_for(overlay) if overlay is not None and overlay.fingerprint() else None
    with using_kb(default_pipeline(), kb) as nlp:
        yield from analyse_many(articles, nlp)


_TASK_DB: list = []


def _task_db():
    """This process's in-memory DuckDB for the tasks' rows, with :data:`LEARNED` beside the store's
    tables; created once per process (its schema took 25-70 ms per task) and emptied after each
    task by :func:`_analyse_partition`."""
    from ..kb.store import ROLE_COLUMNS
    from ..store.db import open_db

    if not _TASK_DB:
        con = open_db(":memory:")
        con.execute(f"CREATE TABLE {LEARNED} AS SELECT {', '.join(ROLE_COLUMNS)}, NULL::VARCHAR AS name, "
                    "NULL::INTEGER AS seq FROM actor_roles LIMIT 0")
        _TASK_DB.append(con)
    return _TASK_DB[0]


def _analyse_partition(article_dicts: list[dict], out_dir: str, index: int, overlay=None,
                       kb_version: str | None = None) -> dict:
    """Analyse one partition in a worker and write one Parquet file per table; return counts."""
    from ..kb.store import learned_roles_of_record, role_row
    from ..store.writer import append_rows, write_new_records, write_problem

    articles = [Article.from_dict(d) for d in article_dicts]
    con = _task_db()
    ok = failed = 0
    roles: list[tuple] = []
    records: list[dict] = []
    try:
        # failures are contained: one bad article never stops a partition
        for article, record, error in _analyse_articles(articles, overlay):
            if error is not None:
                failed += 1
                write_problem(con, InputProblem(ErrorCode.E010_ANALYSIS, article.source or article.id,
                                                article.location,
                                                f"analysis failed for article {article.id}: {error}",
                                                stage="analyse"))
                continue
            records.append(record)
            roles.extend(role_row(article.id, r) + (r["name"], i)
                         for i, r in enumerate(learned_roles_of_record(record, article.date)))
            ok += 1
        write_new_records(con, records, kb_version=kb_version)
        append_rows(con, LEARNED, roles)
        files = []
        for table in TABLES:
            folder = Path(out_dir) / table
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / f"part-{index:05d}.parquet"
            con.execute(f"COPY (SELECT * FROM {table}) TO '{_sql_path(path)}' (FORMAT parquet)")
            files.append(str(path))
    finally:
        for table in TABLES:  # the next task of this process starts from empty tables
            con.execute(f"DELETE FROM {table}")
    return {"files": files, "analysed": ok, "failed": failed}


def _sql_path(path: Path) -> str:
    """A path as a SQL string literal body (quotes doubled)."""
    return str(path).replace("'", "''")


def _warm_worker() -> bool:
    """Prepare this worker process for its tasks (:func:`warm_process`; nothing left to do in a
    worker forked from the warm server)."""
    warm_process()
    return True


def _shut(client, cluster, forked: bool = False) -> None:
    """Close a Dask client, then its local cluster (either may be None); ``forked``: the cluster's
    workers came from the fork server, which is stopped too (:func:`_stop_fork_server`)."""
    for closable in (client, cluster):
        if closable is not None:
            closable.close()
    if forked:
        _stop_fork_server()


def _stop_fork_server() -> None:
    """Stop the fork server of a closed local cluster (its workers have exited).

    Waiting for it makes its CPU time and its workers' count as this process's children, as a
    spawned worker's does (``benchmarks/scale_cost.py`` reads them), and the next local cluster
    forks from a server built with the code and models of its own time. ``multiprocessing`` offers
    no public call for this; without the private one the server simply lives until this process ends.
    """
    from multiprocessing import forkserver

    stop = getattr(getattr(forkserver, "_forkserver", None), "_stop", None)
    if stop is not None:
        stop()


# Dask settings of a local cluster's workers (the nannies hand them to the worker processes).
# Dask's statistical profiler samples each worker's stacks every 10 ms under the GIL: with the
# analysis CPU-bound on every core, that cost 5-10 % of the workers' CPU time (850 Wikinews
# articles, 2 workers: 29.2-29.8 against 30.8-32.6 CPU-s; analysis 14.9-15.0 against 15.9-21.0 s).
# Workers of an external cluster take it from the environment of ``dask worker``:
# DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED=False (see the README).
# The other settings slow down Dask's own health checks, which run in every server's event loop:
# the scheduler and both nannies live in the driver process, whose CPU time competes with the two
# workers on a two-core machine. The 20 ms event-loop tick, the 500 ms system monitor and the
# nannies' 100 ms memory check took 0.45-0.55 of the driver's 0.7-0.85 event-loop CPU seconds
# during the analysis of 850 Wikinews articles (2 workers: analysis 13.5-13.6 -> 12.2-12.6 s). At
# these intervals a blocked event loop is still reported (after the 3 s tick limit) and a worker
# over its memory limit is still stopped, a second later at most.
WORKER_CONFIG = {"distributed.worker.profile.enabled": False,
                 "distributed.admin.tick.interval": "1s",
                 "distributed.admin.system-monitor.interval": "5s",
                 "distributed.worker.memory.monitor-interval": "1s"}

# the module a local cluster's fork server imports before it forks the workers
WARM_MODULE = "lagebild.scale.warm"
# how a local cluster starts its workers: "forkserver" (default) or "spawn"
WORKER_START_ENV = "LAGEBILD_WORKER_START"


def _start_fork_server() -> bool:
    """Start the server a local cluster's workers are forked from, now; return whether workers
    will be forked.

    The workers of a local cluster are started with ``multiprocessing``'s ``forkserver`` method, the
    server preloading :data:`WARM_MODULE`: imports and models load once instead of once per worker
    (see :mod:`lagebild.scale.warm`), and a forked worker analyses at once. Started before the
    driver imports Dask, the server builds the pipeline while the driver starts the scheduler and
    ingests (it is the longest part of the start). With ``LAGEBILD_WORKER_START=spawn``, and on
    platforms without ``forkserver`` (Windows), each worker is spawned and builds its own pipeline
    (Dask's default).
    """
    import multiprocessing
    from multiprocessing import forkserver

    if (os.environ.get(WORKER_START_ENV, "forkserver") != "forkserver"
            or "forkserver" not in multiprocessing.get_all_start_methods()):
        return False
    multiprocessing.get_context("forkserver").set_forkserver_preload([WARM_MODULE])
    forkserver.ensure_running()
    return True


@contextmanager
def _forked_workers(forked: bool) -> Iterator[None]:
    """Let Dask start a local cluster's workers from the fork server (when ``forked``). Dask sets
    its own preload list the first time it asks for the context; the server already runs with
    :data:`WARM_MODULE`'s, so that list changes nothing."""
    if not forked:
        yield
        return
    import dask
    from distributed import utils as dask_utils

    with dask.config.set({"distributed.worker.multiprocessing-method": "forkserver"}):
        dask_utils.get_mp_context()
        yield


class DaskCluster:
    """A Dask client whose cluster starts in a background thread and whose workers warm up at once.

    ``scheduler``: ``"local"`` (a local cluster of ``workers`` processes, one thread each), a
    scheduler address (``tcp://host:8786``) or ``"synchronous"`` (no cluster: one process).
    :meth:`client` waits until tasks can be submitted (a local cluster's workers may still be
    starting: tasks wait for them at the scheduler); :meth:`close` shuts a local cluster down. Use
    as a context manager around the work that can overlap the start, e.g. the ingest.
    """

    def __init__(self, scheduler: str = "local", workers: int = 2) -> None:
        self.scheduler, self.workers = scheduler, workers
        self._client = self._cluster = self._error = None
        self._forked = False
        self._warm: list = []
        self._thread = self._closer = None
        self._ready = threading.Event()  # set once the client exists (or the start failed)
        if scheduler == "local":
            self._forked = _start_fork_server()
        if scheduler != "synchronous":
            self._thread = threading.Thread(target=self._start, name="dask-start", daemon=True)
            self._thread.start()
        else:
            self._ready.set()  # no cluster: nothing to wait for

    def _start(self) -> None:
        t0 = time.perf_counter()
        try:
            import dask
            from distributed import Client, LocalCluster
            if self.scheduler == "local":
                with _forked_workers(self._forked), dask.config.set(WORKER_CONFIG):
                    # the scheduler and client first, the workers after: the caller can submit its
                    # tasks while the workers start, and a worker gets its first task the moment
                    # it registers (waiting for the workers before making the client cost 0.1-0.3 s)
                    self._cluster = LocalCluster(n_workers=0, threads_per_worker=1, processes=True,
                                                 dashboard_address=None)
                    self._client = Client(self._cluster)
                    self._ready.set()
                    self._cluster.scale(self.workers)
                    # inside the configuration: the nannies are made in the cluster's event loop
                    self._client.wait_for_workers(self.workers)
            else:
                self._client = Client(self.scheduler)
                self._ready.set()
            log.info("Dask cluster up after %.2f s", time.perf_counter() - t0)
            # one warm-up task per worker, before any partition (a forked worker has nothing to do)
            for address in self._client.scheduler_info()["workers"]:
                warm = self._client.submit(_warm_worker, workers=[address], pure=False,
                                           allow_other_workers=False, priority=WARM_PRIORITY)
                warm.add_done_callback(lambda _f, a=address: log.info(
                    "worker %s warm after %.2f s", a, time.perf_counter() - t0))
                self._warm.append(warm)
        except Exception as exc:  # surfaced by client(), in the caller's thread
            self._error = exc
        finally:
            self._ready.set()

    def client(self):
        """The client, once tasks can be submitted to it (None for ``synchronous``); raises what
        the start raised."""
        self._ready.wait()
        if self._error is not None:
            raise self._error
        return self._client

    def slots(self) -> int:
        """How many tasks the cluster runs at once: one per local worker, else the threads of the
        workers connected now (1 for ``synchronous``)."""
        client = self.client()
        if client is None:
            return 1
        if self.scheduler == "local":
            return self.workers
        return sum(client.nthreads().values())

    def wait(self) -> None:
        """Wait until the start is complete: workers up, warm-up tasks submitted."""
        if self._thread is not None:
            self._thread.join()
        if self._error is not None:
            raise self._error

    def close(self) -> None:
        """Close the client and a local cluster (after the start finished, and after a
        :meth:`release` under way)."""
        if self._thread is not None:
            self._thread.join()
        closer, self._closer = self._closer, None
        if closer is not None:
            closer.join()
        _shut(self._client, self._cluster, self._forked)
        self._client = self._cluster = None

    def release(self) -> None:
        """Start closing in a background thread: shutting worker processes down takes about half
        a second, which then overlaps the driver's own work (loading, consolidation)."""
        if self._thread is not None:
            self._thread.join()
        if self._closer is None and (self._client is not None or self._cluster is not None):
            self._closer = threading.Thread(target=_shut, args=(self._client, self._cluster, self._forked),
                                            name="dask-close", daemon=True)
            self._client = self._cluster = None
            self._closer.start()

    def __enter__(self) -> "DaskCluster":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


# the Dask priority of the warm-up tasks: above every partition's (those count down from their number)
WARM_PRIORITY = 1 << 30


# a task of a few seconds: small enough that the workers finish together, large enough that the
# per-task cost (shipping the articles, one Parquet file per table) stays small
MIN_PARTITION, MAX_PARTITION, TASKS_PER_SLOT = 5, 25, 8


def auto_partition_size(n_articles: int, slots: int) -> int:
    """Articles per Dask task for ``n_articles`` on ``slots`` worker threads: about
    :data:`TASKS_PER_SLOT` tasks per slot (250 articles on 2 workers: 16 per task, not 5 tasks of
    50 of which the last runs alone), within [:data:`MIN_PARTITION`, :data:`MAX_PARTITION`]."""
    per_task = -(-n_articles // max(1, slots * TASKS_PER_SLOT))
    return max(MIN_PARTITION, min(MAX_PARTITION, per_task))


def partition_sizes(n_articles: int, slots: int) -> list[int]:
    """The sizes of the Dask tasks for ``n_articles`` on ``slots`` worker threads, in order.

    Tasks shrink towards the end (guided scheduling): each takes a share of what is left, at most
    :func:`auto_partition_size`, at least :data:`MIN_PARTITION`, so the last tasks are small and the
    workers run out of work within a fraction of a task of each other, where equal tasks leave one
    worker idle for half a task on average.
    """
    top = auto_partition_size(n_articles, slots)
    sizes, left = [], n_articles
    while left > 0:
        size = max(MIN_PARTITION, min(top, -(-left // (2 * max(1, slots)))))
        sizes.append(min(size, left))
        left -= sizes[-1]
    return sizes


def analyse_to_parquet(articles: Iterable[Article], out_dir: str | Path, scheduler: str = "local",
                       partition_size: int | None = None, workers: int = 2, overlay=None,
                       kb_version: str | None = None, cluster: DaskCluster | None = None,
                       on_partition: Callable[[dict], None] | None = None,
                       while_waiting: Callable[[], None] | None = None) -> ScaleReport:
    """Analyse ``articles`` with Dask; write ``<out_dir>/<table>/part-NNNNN.parquet`` per partition.

    ``cluster``: an already started :class:`DaskCluster` to use (else one is started here from
    ``scheduler`` and ``workers`` and closed at the end). ``on_partition`` is called in this
    process with each task's result (``files``, ``analysed``, ``failed``) as soon as the task is
    done, in the order they finish; ``while_waiting`` once the tasks are submitted. Both let the
    caller do its own work while the workers analyse, instead of after them.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*/part-*.parquet"):
        old.unlink()  # a re-run replaces its output rather than adding to it
    items = [a.to_dict() for a in articles]
    report = ScaleReport(articles=len(items))
    if not items:
        return report
    own = cluster is None
    if own:
        cluster = DaskCluster(scheduler, workers)
    results: dict[int, dict] = {}
    try:
        client = cluster.client()
        if partition_size is None:
            sizes = partition_sizes(len(items), cluster.slots())
        else:
            sizes = [partition_size] * -(-len(items) // partition_size)
        bounds = [(sum(sizes[:i]), sum(sizes[:i + 1])) for i in range(len(sizes))]
        if client is None:
            if while_waiting is not None:
                while_waiting()
            for i, (start, end) in enumerate(bounds):  # in this process, one task after the other
                results[i] = _analyse_partition(items[start:end], str(out), i, overlay, kb_version)
                if on_partition is not None:
                    on_partition(results[i])
        else:
            from distributed import as_completed

            # one future per task, run in the order of ``sizes`` (largest first, the small ones
            # last so the workers finish together): Dask would otherwise order the independent
            # tasks by their keys, random ones, and a large task could start last and run alone
            run = uuid.uuid4().hex[:12]
            futures = {client.submit(_analyse_partition, items[start:end], str(out), i, overlay, kb_version,
                                     key=f"lagebild-partition-{run}-{i:05d}", priority=len(bounds) - i): i
                       for i, (start, end) in enumerate(bounds)}
            if while_waiting is not None:
                while_waiting()
            for future in as_completed(futures):
                results[futures[future]] = future.result()
                if on_partition is not None:
                    on_partition(results[futures[future]])
    finally:
        if own:
            cluster.close()
    for _, r in sorted(results.items()):
        report.files.extend(r["files"])
        report.analysed += r["analysed"]
        report.failed += r["failed"]
    return report


def load_parquet(con, out_dir: str | Path) -> int:
    """Load a Dask run's Parquet tables into the store in one transaction; return the number of
    analysed articles loaded. Rows of articles already analysed are replaced; problems already
    recorded are not repeated, so loading twice changes nothing."""
    from ..kb.store import load_learned_roles

    out = Path(out_dir)
    if not (out / "documents").is_dir() or not any((out / "documents").glob("part-*.parquet")):
        return 0

    def src(table: str) -> str:
        return f"read_parquet('{_sql_path(out / table)}/part-*.parquet')"

    con.execute("BEGIN")
    try:
        docs = src("documents")
        for table in STORE_TABLES[:-1]:
            con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT article_id FROM {docs})")
            con.execute(f"INSERT INTO {table} SELECT * FROM {src(table)}")
        con.execute(f"INSERT INTO problems SELECT * FROM {src('problems')} p WHERE NOT EXISTS ("
                    "SELECT 1 FROM problems q WHERE q.source = p.source AND coalesce(q.location, '') = "
                    "coalesce(p.location, '') AND q.code = p.code AND q.reason = p.reason)")
        if _has_learned_roles(out):
            load_learned_roles(con, src(LEARNED), docs)
        n = con.execute(f"SELECT count(*) FROM {docs}").fetchone()[0]
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return n


def _has_learned_roles(out: Path) -> bool:
    """True if a Dask run's output holds the learned roles (older outputs do not)."""
    return any((out / LEARNED).glob("part-*.parquet"))


# finished tasks appended to the store together (see :class:`_PartitionLoader`)
LOAD_BATCH = 4


class _PartitionLoader:
    """Loads a Dask run's output into the store while the workers still analyse.

    One transaction from :meth:`begin` to :meth:`commit`, as :func:`load_parquet` has: it marks
    consolidation as pending and drops the rows of the articles about to be analysed; finished
    tasks' tables are appended while the others run (:meth:`add`), so the load no longer waits for
    the last worker (it was 0.3-0.65 s of the serial end); problems and learned roles, which need
    every file, go in at :meth:`commit`. A run killed before the commit leaves the store as it was,
    with the articles still pending.

    Finished tasks are appended :data:`LOAD_BATCH` at a time, one ``INSERT`` per table reading all
    their files: the driver's CPU time is taken from the workers when every core analyses, and
    most of a task's insert was the statement's and the file's fixed cost (850 Wikinews articles,
    40 tasks: 0.33 CPU s one task at a time, 0.16 four at a time). The last batch, at most
    ``LOAD_BATCH - 1`` of the smallest tasks, is appended by :meth:`commit`."""

    def __init__(self, con, out_dir: str | Path, article_ids: list[str]) -> None:
        self.con, self.out, self.article_ids = con, Path(out_dir), article_ids
        self.loaded = 0
        self._open = False
        self._threads: int | None = None
        self._waiting: list[dict] = []  # finished tasks not appended yet

    def begin(self) -> None:
        """Open the transaction; mark the consolidation as owed and drop earlier rows of the articles.

        While the workers run (until :meth:`commit` or :meth:`rollback`) the connection runs its
        statements on one thread: a task's tables are a few hundred rows, too small to share, and
        DuckDB's second thread only took CPU from the workers (25 tasks of 850 Wikinews articles:
        0.20-0.24 CPU s of inserts on the default two threads, 0.15-0.17 on one).
        """
        from ..jobs import mark_consolidation_pending

        self._threads = self.con.execute("SELECT current_setting('threads')").fetchone()[0]
        self.con.execute("SET threads = 1")
        self.con.execute("BEGIN")
        self._open = True
        mark_consolidation_pending(self.con)
        for table in STORE_TABLES[:-1]:
            self.con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT unnest(?::VARCHAR[]))",
                             [self.article_ids])

    def add(self, result: dict) -> None:
        """Take one finished task (its ``files``); append the waiting tasks' per-article tables once
        there are :data:`LOAD_BATCH` of them."""
        self._waiting.append(result)
        if len(self._waiting) >= LOAD_BATCH:
            self._append_waiting()

    def _append_waiting(self) -> None:
        """Append the per-article tables of the waiting tasks, one statement per table."""
        if not self._waiting:
            return
        for table in STORE_TABLES[:-1]:
            files = [f for r in self._waiting for f in r["files"] if Path(f).parent.name == table]
            self.con.execute(f"INSERT INTO {table} SELECT * FROM read_parquet(?)", [files])
        self.loaded += sum(r["analysed"] for r in self._waiting)
        self._waiting = []

    def commit(self) -> int:
        """Add the problems and learned roles of every task and commit; return the articles loaded."""
        from ..kb.store import load_learned_roles

        def src(table: str) -> str:
            return f"read_parquet('{_sql_path(self.out / table)}/part-*.parquet')"

        self._append_waiting()
        self._restore_threads()  # the workers are done: what is left reads every task's files
        if any((self.out / "documents").glob("part-*.parquet")):
            self.con.execute(f"INSERT INTO problems SELECT * FROM {src('problems')} p WHERE NOT EXISTS ("
                             "SELECT 1 FROM problems q WHERE q.source = p.source AND coalesce(q.location, '') = "
                             "coalesce(p.location, '') AND q.code = p.code AND q.reason = p.reason)")
            load_learned_roles(self.con, src(LEARNED), src("documents"))
        self.con.execute("COMMIT")
        self._open = False
        return self.loaded

    def rollback(self) -> None:
        """Undo everything since :meth:`begin` (the analysis failed)."""
        self._waiting = []
        if self._open:
            self.con.execute("ROLLBACK")
            self._open = False
        self._restore_threads()

    def _restore_threads(self) -> None:
        """Give the connection back the threads it had before :meth:`begin`."""
        if self._threads is not None:
            self.con.execute(f"SET threads = {int(self._threads)}")
            self._threads = None


def scale_process(con, out_dir: str | Path, scheduler: str = "local", workers: int = 2,
                  partition_size: int | None = None, load: bool = True,
                  cluster: DaskCluster | None = None) -> ScaleReport:
    """Analyse the store's pending articles on Dask, load the results and consolidate.

    ``cluster``: a :class:`DaskCluster` started earlier (e.g. before the ingest), else one is
    started from ``scheduler`` and ``workers`` when there is work; it is released (closed in the
    background) once the analysis is done. While the workers analyse, this process loads each
    finished task (:class:`_PartitionLoader`) and prepares the consolidation
    (:func:`lagebild.kb.consolidate.prepare_consolidation`), so little is left after the last task."""
    from ..jobs import consolidation_pending, finish_consolidation, pending_articles
    from ..kb.consolidate import consolidate, prepare_consolidation
    from ..kb.overlay import kb_version, load_overlay

    t0 = time.perf_counter()
    articles = pending_articles(con)
    interrupted = consolidation_pending(con)
    overlay = load_overlay(con) if articles else None
    version = kb_version(overlay) if overlay is not None else None
    loader = _PartitionLoader(con, out_dir, [a.id for a in articles]) if load and articles else None
    if loader is not None:
        loader.begin()
    try:
        report = analyse_to_parquet(articles, out_dir, scheduler=scheduler, partition_size=partition_size,
                                    workers=workers, overlay=overlay if overlay and overlay.fingerprint() else None,
                                    kb_version=version, cluster=cluster,
                                    on_partition=loader.add if loader is not None else None,
                                    while_waiting=prepare_consolidation if load else None)
        if cluster is not None:
            cluster.release()  # the workers are done: they shut down while this process finishes
        log.info("analysed %d articles on Dask in %.2f s", report.analysed, time.perf_counter() - t0)
        if loader is not None:
            t0 = time.perf_counter()
            report.loaded = loader.commit()
            log.info("loaded %d articles from Parquet (problems, learned roles and commit after the "
                     "last task: %.2f s)", report.loaded, time.perf_counter() - t0)
    except BaseException:
        if loader is not None:
            loader.rollback()
        raise
    if not load:
        return report
    t0 = time.perf_counter()
    if report.loaded or interrupted:
        # the workers learned the roles of the loaded articles; after an interrupted run
        # consolidation re-derives them all
        consolidate(con, article_ids=None if interrupted else [])
    if articles or interrupted:
        finish_consolidation(con)
        from ..store.snapshot import publish
        publish(con)  # readers (serve) see the new analyses
    log.info("consolidated and published in %.2f s", time.perf_counter() - t0)
    return report
