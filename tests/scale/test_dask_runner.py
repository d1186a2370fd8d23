"""The Dask runner: same records as the in-process analysis, per-table Parquet, idempotent load,
and `scale run` building the same store as `run`."""

import json
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from lagebild.article import Article
from lagebild.cli import main
from lagebild.jobs import stats
from lagebild.pipeline import analyse
from lagebild.scale.dask_runner import TABLES, analyse_to_parquet, load_parquet
from lagebild.store.writer import insert_article

REPO = Path(__file__).resolve().parents[2]
TEXTS = [
    "Die Außenminister der G7 haben am Freitag in Tokio über neue Sanktionen beraten.",
    "In Santiago de Chile demonstrierten am Sonntag Tausende gegen höhere Fahrpreise.",
    "Die Zentralbank hob den Leitzins an. Analysten hatten damit gerechnet.",
]


@pytest.fixture(scope="module")
def articles():
    return [Article(text=t, date="2023-02-10", date_precision="day", source=f"t{i}.txt")
            for i, t in enumerate(TEXTS)]


def test_dask_records_equal_in_process_records(tmp_path, articles):
    analyse_to_parquet(articles, tmp_path, scheduler="synchronous", partition_size=2)
    rows = [r for f in sorted((tmp_path / "documents").glob("part-*.parquet")) for r in pq.read_table(f).to_pylist()]
    got = {r["article_id"]: json.loads(r["record"]) for r in rows}
    assert got == {a.id: analyse(a) for a in articles}


def test_one_parquet_file_per_partition_and_table(tmp_path, articles):
    report = analyse_to_parquet(articles, tmp_path, scheduler="synchronous", partition_size=2)
    assert len(report.files) == 2 * len(TABLES) and report.analysed == 3


def test_loading_twice_changes_nothing(tmp_path, articles, mem_db):
    for a in articles:
        insert_article(mem_db, a)
    analyse_to_parquet(articles, tmp_path, scheduler="synchronous")
    load_parquet(mem_db, tmp_path)
    first = stats(mem_db)
    load_parquet(mem_db, tmp_path)
    assert stats(mem_db) == first and first["analysed"] == 3


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    for f in sorted((REPO / "examples" / "corpus").glob("*.txt"))[:5]:
        shutil.copy(f, folder / f.name)
    (folder / "broken.jsonl").write_text('{"text": "Die Regierung tagte."}\n{kaputt\n', encoding="utf-8")
    return folder


@pytest.mark.slow
def test_scale_run_builds_the_same_store_as_run(corpus, tmp_path, store_snapshot):
    runner = CliRunner()
    assert runner.invoke(main, ["run", "--db", str(tmp_path / "a.duckdb"), str(corpus)]).exit_code == 0
    result = runner.invoke(main, ["scale", "run", "--db", str(tmp_path / "b.duckdb"), "--scheduler", "synchronous",
                                  "--partition-size", "2", "--parquet", str(tmp_path / "pq"), str(corpus)])
    assert result.exit_code == 0, result.output
    a, b = store_snapshot(tmp_path / "a.duckdb"), store_snapshot(tmp_path / "b.duckdb")
    assert {t: len(rows) for t, rows in a.items()} == {t: len(rows) for t, rows in b.items()}
    assert a == b


@pytest.mark.slow
def test_scale_run_twice_changes_nothing(corpus, tmp_path, store_snapshot):
    args = ["scale", "run", "--db", str(tmp_path / "b.duckdb"), "--scheduler", "synchronous",
            "--parquet", str(tmp_path / "pq"), str(corpus)]
    CliRunner().invoke(main, args)
    first = store_snapshot(tmp_path / "b.duckdb")
    CliRunner().invoke(main, args)
    assert store_snapshot(tmp_path / "b.duckdb") == first


@pytest.mark.slow
def test_local_cluster_of_processes_gives_the_same_output(tmp_path, articles):
    report = analyse_to_parquet(articles, tmp_path, scheduler="local", workers=2, partition_size=1)
    assert report.analysed == 3 and report.failed == 0


@pytest.mark.slow
def test_a_started_cluster_warms_every_worker_and_analyses(tmp_path, articles):
    from lagebild.scale.dask_runner import DaskCluster

    with DaskCluster("local", workers=2) as cluster:
        client = cluster.client()
        cluster.wait()  # workers up, warm-up tasks submitted
        assert [f.result() for f in cluster._warm] == [True, True]
        report = analyse_to_parquet(articles, tmp_path, cluster=cluster)
        assert client.status == "running"  # a cluster passed in stays open for the caller
    assert report.analysed == 3 and report.failed == 0


@pytest.mark.parametrize("n,slots,size", [(250, 2, 16), (2000, 2, 25), (10, 2, 5), (100, 1, 13)])
def test_tasks_are_sized_so_the_workers_finish_together(n, slots, size):
    from lagebild.scale.dask_runner import auto_partition_size

    assert auto_partition_size(n, slots) == size


@pytest.mark.slow
def test_scale_run_against_an_external_scheduler_builds_the_same_store(corpus, tmp_path, store_snapshot):
    """`--scheduler tcp://…`: a scheduler and worker started outside lagebild (here a cluster of
    worker processes on loopback, as `dask scheduler` / `dask worker` would be)."""
    from distributed import LocalCluster

    runner = CliRunner()
    assert runner.invoke(main, ["run", "--db", str(tmp_path / "a.duckdb"), str(corpus)]).exit_code == 0
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        result = runner.invoke(main, ["scale", "run", "--db", str(tmp_path / "b.duckdb"), "--scheduler",
                                      cluster.scheduler_address, "--parquet", str(tmp_path / "pq"), str(corpus)])
        assert result.exit_code == 0, result.output
    assert store_snapshot(tmp_path / "a.duckdb") == store_snapshot(tmp_path / "b.duckdb")


@pytest.mark.parametrize("n,slots", [(850, 2), (250, 2), (2000, 2), (37, 1), (3, 2)])
def test_tasks_shrink_towards_the_end_and_cover_every_article(n, slots):
    from lagebild.scale.dask_runner import MIN_PARTITION, partition_sizes

    sizes = partition_sizes(n, slots)
    assert sum(sizes) == n and sizes == sorted(sizes, reverse=True) and sizes[-1] <= MIN_PARTITION


ROLE_TEXTS = [
    "Die Sprecherin des Außenministeriums, Clara Brandt, sagte am Montag, die Gespräche gingen weiter.",
    "Der Innenminister von Chile, Tomás Ibarra, kündigte am Dienstag strengere Kontrollen an.",
]


def test_roles_learned_by_the_workers_equal_those_consolidation_derives(tmp_path, mem_db):
    from lagebild.kb.store import relearn_roles

    role_articles = [Article(text=t, date="2023-02-10", date_precision="day", source=f"r{i}.txt")
                     for i, t in enumerate(ROLE_TEXTS)]
    for a in role_articles:
        insert_article(mem_db, a)
    analyse_to_parquet(role_articles, tmp_path, scheduler="synchronous")
    load_parquet(mem_db, tmp_path)
    query = "SELECT * FROM actor_roles WHERE origin = 'learned' ORDER BY ALL"
    from_workers = mem_db.execute(query).fetchall()
    relearn_roles(mem_db)
    assert from_workers and from_workers == mem_db.execute(query).fetchall()


def test_a_released_cluster_closes_in_the_background(tmp_path, articles):
    from lagebild.scale.dask_runner import DaskCluster

    cluster = DaskCluster("local", workers=1)
    client = cluster.client()
    cluster.release()
    cluster.close()
    assert client.status == "closed"


def _pipeline_built_before_any_task() -> bool:
    import gc
    import sys

    from lagebild.pipeline import default_pipeline
    from lagebild.scale.dask_runner import _WARM
    # forked from the warm server: pipeline built, first analysis done, the server's objects frozen
    return ("lagebild.scale.warm" in sys.modules and default_pipeline.cache_info().currsize == 1
            and bool(_WARM) and gc.get_freeze_count() > 0 and gc.isenabled() and gc.get_threshold()[0] > 0)


@pytest.mark.parametrize("start, forked", [("forkserver", True), ("spawn", False)])
def test_local_workers_are_forked_with_a_built_pipeline_unless_spawn_is_asked(start, forked, monkeypatch,
                                                                              tmp_path, articles):
    from lagebild.scale.dask_runner import WORKER_START_ENV, DaskCluster

    monkeypatch.setenv(WORKER_START_ENV, start)
    with DaskCluster("local", workers=1) as cluster:
        client = cluster.client()
        cluster.wait()
        # the probe runs in the worker's event loop and imports this module (and so spaCy): in a
        # spawned worker that must not race the warm-up task importing spaCy in its own thread
        assert all(f.result() for f in cluster._warm)
        assert list(client.run(_pipeline_built_before_any_task).values()) == [forked]
        # a forked worker writes its rows through pyarrow without having imported pandas
        report = analyse_to_parquet(articles, tmp_path, cluster=cluster, partition_size=2)
        assert report.analysed == len(TEXTS) and report.failed == 0
        assert list(client.run(_pandas_imported).values()) == [not forked]


def _pandas_imported() -> bool:
    import sys
    return "pandas" in sys.modules


def _profiler_enabled() -> bool:
    import dask
    return dask.config.get("distributed.worker.profile.enabled")


def _tick_ms(dask_worker) -> float:
    return dask_worker.periodic_callbacks["tick"].callback_time


def test_local_workers_run_without_the_sampling_profiler():
    from lagebild.scale.dask_runner import DaskCluster

    # the profiler samples the worker's stacks every 10 ms under the GIL: 5-10 % of the analysis
    with DaskCluster("local", workers=1) as cluster:
        cluster.wait()
        assert all(f.result() for f in cluster._warm)  # no import racing the warm-up (see above)
        assert list(cluster.client().run(_profiler_enabled).values()) == [False]
        # the health checks of the scheduler (in this process) and the worker run at 1 s, not 20 ms
        assert list(cluster.client().run(_tick_ms).values()) == [1000]
        assert cluster.client().run_on_scheduler(_tick_ms) == 1000


def test_a_failed_task_leaves_the_store_as_it_was(tmp_path, articles, mem_db, monkeypatch):
    """Tasks are loaded while the others run, in one transaction: a task that fails after another
    was loaded leaves no analysis and no consolidation mark, and the articles stay pending."""
    from lagebild.jobs import consolidation_pending, count_pending
    from lagebild.scale import dask_runner

    for a in articles:
        insert_article(mem_db, a)
    real, calls = dask_runner._analyse_partition, []

    def second_fails(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("worker lost")
        return real(*args, **kwargs)

    monkeypatch.setattr(dask_runner, "_analyse_partition", second_fails)
    threads = _threads(mem_db)
    with pytest.raises(RuntimeError, match="worker lost"):
        dask_runner.scale_process(mem_db, tmp_path, scheduler="synchronous", partition_size=1)
    assert stats(mem_db)["analysed"] == 0 and count_pending(mem_db) == 3 and not consolidation_pending(mem_db)
    assert _threads(mem_db) == threads  # the loader's single thread was only for the run


def _threads(con) -> int:
    return con.execute("SELECT current_setting('threads')").fetchone()[0]


def test_tasks_load_on_one_thread_and_the_connection_gets_its_threads_back(tmp_path, articles, mem_db,
                                                                          monkeypatch):
    from lagebild.scale import dask_runner

    for a in articles:
        insert_article(mem_db, a)
    mem_db.execute("SET threads = 2")
    seen, add = [], dask_runner._PartitionLoader.add

    def add_and_look(self, result):
        seen.append(_threads(self.con))
        add(self, result)

    monkeypatch.setattr(dask_runner._PartitionLoader, "add", add_and_look)
    report = dask_runner.scale_process(mem_db, tmp_path, scheduler="synchronous", partition_size=1)
    assert report.loaded == len(articles) and seen == [1] * len(articles) and _threads(mem_db) == 2


@pytest.mark.slow
def test_tasks_loaded_in_batches_build_the_same_store_as_run(corpus, tmp_path, store_snapshot, monkeypatch):
    from lagebild.scale import dask_runner

    monkeypatch.setattr(dask_runner, "LOAD_BATCH", 2)  # 3 tasks: two appended together, one at the commit
    batches, append = [], dask_runner._PartitionLoader._append_waiting

    def append_and_count(self):
        batches.append(len(self._waiting))
        append(self)

    monkeypatch.setattr(dask_runner._PartitionLoader, "_append_waiting", append_and_count)
    runner = CliRunner()
    assert runner.invoke(main, ["run", "--db", str(tmp_path / "a.duckdb"), str(corpus)]).exit_code == 0
    result = runner.invoke(main, ["scale", "run", "--db", str(tmp_path / "b.duckdb"), "--scheduler", "synchronous",
                                  "--partition-size", "2", "--parquet", str(tmp_path / "pq"), str(corpus)])
    assert result.exit_code == 0, result.output
    assert batches == [2, 1]
    assert store_snapshot(tmp_path / "a.duckdb") == store_snapshot(tmp_path / "b.duckdb")


@pytest.mark.slow
def test_tasks_submitted_before_the_workers_are_up_run_once_they_are(tmp_path, articles):
    from lagebild.scale.dask_runner import DaskCluster

    with DaskCluster("local", workers=2) as cluster:
        assert cluster.slots() == 2  # known before the workers register: sizes need not wait
        report = analyse_to_parquet(articles, tmp_path, cluster=cluster, partition_size=1)
    assert report.analysed == 3 and report.failed == 0


@pytest.mark.slow
def test_tasks_run_in_the_order_of_their_sizes_and_are_reported_as_they_finish(tmp_path, articles):
    from lagebild.scale.dask_runner import DaskCluster

    reported = []
    with DaskCluster("local", workers=1) as cluster:
        report = analyse_to_parquet(articles, tmp_path, cluster=cluster, partition_size=1,
                                    on_partition=lambda r: reported.append(Path(r["files"][0]).name))
    assert reported == ["part-00000.parquet", "part-00001.parquet", "part-00002.parquet"]
    assert report.analysed == 3
