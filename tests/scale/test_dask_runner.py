"""The Dask runner: same records as the in-process analysis, Parquet output, idempotent load."""

import pyarrow.parquet as pq
import pytest

from lagebild.article import Article
from lagebild.jobs import stats
from lagebild.pipeline import analyse
from lagebild.scale.dask_runner import analyse_to_parquet, load_parquet

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
    import json
    rows = [r for f in sorted(tmp_path.glob("part-*.parquet")) for r in pq.read_table(f).to_pylist()]
    assert [json.loads(r["record"]) for r in rows] == [analyse(a) for a in articles]


def test_one_parquet_file_per_partition(tmp_path, articles):
    report = analyse_to_parquet(articles, tmp_path, scheduler="synchronous", partition_size=2)
    assert len(report.files) == 2 and report.analysed == 3


def test_loading_twice_changes_nothing(tmp_path, articles, mem_db):
    analyse_to_parquet(articles, tmp_path, scheduler="synchronous")
    load_parquet(mem_db, tmp_path)
    first = stats(mem_db)
    load_parquet(mem_db, tmp_path)
    assert stats(mem_db) == first and first["analysed"] == 3


@pytest.mark.slow
def test_local_cluster_of_processes_gives_the_same_output(tmp_path, articles):
    report = analyse_to_parquet(articles, tmp_path, scheduler="local", workers=2, partition_size=1)
    assert report.analysed == 3 and report.failed == 0
