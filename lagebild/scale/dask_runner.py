"""Run the analysis on a Dask cluster and write partitioned Parquet.

The per-article analysis (:func:`lagebild.pipeline.analyse`) is a pure function, so it maps over a
``dask.bag`` of articles unchanged; each worker process builds the pipeline once
(:func:`lagebild.pipeline.default_pipeline` is cached per process). Each partition becomes one
Parquet file ``part-NNNNN.parquet`` with the article fields, the document record (JSON) and any
error. :func:`load_parquet` then writes the records into a DuckDB store, idempotently.

``scheduler`` is a Dask scheduler address (``tcp://host:8786``), ``"local"`` for a local cluster of
worker processes, or ``"synchronous"`` (one process; tests and debugging).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from ..article import Article
from ..errors import InputProblem

log = logging.getLogger(__name__)

SCHEMA = pa.schema([
    ("id", pa.string()), ("source", pa.string()), ("location", pa.string()),
    ("date", pa.string()), ("date_precision", pa.string()),
    ("record", pa.string()), ("error", pa.string()),
])


@dataclass
class ScaleReport:
    """What a Dask run produced."""

    articles: int = 0
    analysed: int = 0
    failed: int = 0
    files: list[str] = field(default_factory=list)
    problems: list[InputProblem] = field(default_factory=list)

    def to_dict(self) -> dict:
        """JSON-ready summary."""
        return {"articles": self.articles, "analysed": self.analysed, "failed": self.failed,
                "files": self.files, "problems": [p.to_dict() for p in self.problems]}


def _analyse_partition(article_dicts: list[dict], out_dir: str, index: int) -> dict:
    """Analyse one partition in a worker and write its Parquet file; return counts."""
    from ..pipeline import analyse_many
    rows = {name: [] for name in SCHEMA.names}
    ok = failed = 0
    # analyse_many contains failures: one bad article never stops a partition
    for article, record, error in analyse_many(Article.from_dict(d) for d in article_dicts):
        ok += error is None
        failed += error is not None
        record = json.dumps(record, ensure_ascii=False) if record is not None else None
        for name, value in (("id", article.id), ("source", article.source), ("location", article.location),
                            ("date", article.date), ("date_precision", article.date_precision),
                            ("record", record), ("error", error)):
            rows[name].append(value)
    path = Path(out_dir) / f"part-{index:05d}.parquet"
    pq.write_table(pa.table(rows, schema=SCHEMA), path)
    return {"file": str(path), "analysed": ok, "failed": failed}


def analyse_to_parquet(articles: Iterable[Article], out_dir: str | Path, scheduler: str = "local",
                       partition_size: int = 50, workers: int = 2) -> ScaleReport:
    """Analyse ``articles`` with Dask and write one Parquet file per partition to ``out_dir``."""
    import dask
    import dask.bag as db

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("part-*.parquet"):
        old.unlink()  # a re-run replaces its output rather than adding to it
    items = [a.to_dict() for a in articles]
    report = ScaleReport(articles=len(items))
    if not items:
        return report
    npart = max(1, (len(items) + partition_size - 1) // partition_size)
    bag = db.from_sequence(items, npartitions=npart)
    parts = bag.to_delayed()
    tasks = [dask.delayed(_analyse_partition)(p, str(out), i) for i, p in enumerate(parts)]
    if scheduler == "synchronous":
        results = dask.compute(*tasks, scheduler="synchronous")
    else:
        from distributed import Client, LocalCluster
        if scheduler == "local":
            with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                              dashboard_address=None) as cluster, Client(cluster) as client:
                results = client.gather(client.compute(tasks))
        else:
            with Client(scheduler) as client:
                results = client.gather(client.compute(tasks))
    for r in results:
        report.files.append(r["file"])
        report.analysed += r["analysed"]
        report.failed += r["failed"]
    return report


def load_parquet(con, out_dir: str | Path) -> int:
    """Write the records of a Dask run's Parquet files into the store; return how many."""
    from ..store.writer import insert_article, write_record
    files = sorted(Path(out_dir).glob("part-*.parquet"))
    if not files:
        return 0
    n = 0
    for f in files:
        for row in pq.read_table(f).to_pylist():
            if row["record"] is None:
                continue
            rec = json.loads(row["record"])
            dl = rec.get("dateline") or {}
            insert_article(con, Article(text=rec["text"], id=rec["id"], date=rec["date"],
                                        date_precision=rec["date_precision"],
                                        dateline_place=dl.get("place"), dateline_agency=dl.get("agency"),
                                        title=rec.get("title"), url=rec.get("url"),
                                        source=row["source"], location=row["location"]))
            con.execute("BEGIN")
            write_record(con, rec)
            con.execute("COMMIT")
            n += 1
    return n
