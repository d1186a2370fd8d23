"""The main jobs over a store: ingest, process, stats. The CLI and the API call these.

- :func:`ingest` reads inputs into the ``articles`` table (exact duplicates skipped, near-duplicates
  linked, bad input recorded in ``problems``);
- :func:`process` analyses every stored article that has no analysis yet, in this process or in
  ``workers`` processes, and stores the records;
- :func:`stats` counts what the store holds.
Re-running either job on the same input changes nothing.
"""

from __future__ import annotations

import logging
import multiprocessing as mp
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

import duckdb
import pyarrow as pa

from .article import Article, content_id
from .crashpoints import crash_point
from .errors import ErrorCode, InputProblem
from .ingest.dedup import NearDuplicateIndex, from_bytes, signature, to_bytes
from .ingest.readers import ReaderOptions, read_paths
from .store.snapshot import Publisher, publish
from .store.writer import (
    ARTICLE_COLUMNS,
    ARTICLE_FIELDS,
    insert_article,
    load_article,
    replace_records,
    stored_text_id,
    write_problem,
    write_record,
)

log = logging.getLogger(__name__)
Progress = Callable[[int], None]


@dataclass
class IngestReport:
    """What one ingest did."""

    run_id: str
    added: int = 0
    duplicates: int = 0
    near_duplicates: int = 0
    problems: list[InputProblem] = field(default_factory=list)

    def to_dict(self) -> dict:
        """JSON-ready summary."""
        return {"run_id": self.run_id, "added": self.added, "duplicates": self.duplicates,
                "near_duplicates": self.near_duplicates,
                "problems": [p.to_dict() for p in self.problems]}


@dataclass
class ProcessReport:
    """What one process run did."""

    analysed: int = 0
    tokens: int = 0
    seconds: float = 0.0
    problems: list[InputProblem] = field(default_factory=list)

    def to_dict(self) -> dict:
        """JSON-ready summary."""
        return {"analysed": self.analysed, "tokens": self.tokens, "seconds": round(self.seconds, 2),
                "problems": [p.to_dict() for p in self.problems]}


def _near_duplicate_index(con: duckdb.DuckDBPyConnection) -> NearDuplicateIndex:
    index = NearDuplicateIndex()
    for aid, blob in con.execute("SELECT id, minhash FROM articles WHERE minhash IS NOT NULL").fetchall():
        index.add(aid, from_bytes(blob))
    return index


# articles stored per transaction: one commit per article cost ~2 ms each (DuckDB writes its log
# at every commit), which made ingest the largest serial step of ``scale run``
INGEST_BATCH = 256


def ingest(con: duckdb.DuckDBPyConnection, paths: Iterable[str], opts: ReaderOptions | None = None,
           progress: Progress | None = None) -> IngestReport:
    """Read ``paths`` into the store; see the module docstring.

    Articles are checked and stored :data:`INGEST_BATCH` at a time, one transaction each; should
    the store refuse a batch, that batch is stored again article by article, so one record the
    store refuses still never stops the others.
    """
    report = IngestReport(run_id=uuid.uuid4().hex[:12])
    index = _near_duplicate_index(con)
    batch: list[Article] = []
    for item in read_paths(paths, opts):
        if isinstance(item, InputProblem):
            report.problems.append(item)
            write_problem(con, item, report.run_id)
            continue
        batch.append(item)
        if len(batch) >= INGEST_BATCH:
            index = _ingest_batch(con, batch, index, report, progress)
            batch = []
    if batch:
        _ingest_batch(con, batch, index, report, progress)
    con.execute("INSERT INTO runs VALUES (?, 'ingest', current_timestamp, current_timestamp, ?, 0, ?)",
                [report.run_id, report.added, len(report.problems)])
    publish(con)  # readers (serve) see the new articles
    return report


def _id_conflict(item: Article, report: IngestReport) -> InputProblem:
    problem = InputProblem(ErrorCode.E013_ID_REUSED, item.source or "-", item.location,
                           f"id {item.id!r} is stored already with another text; give this record its own id")
    report.problems.append(problem)
    return problem


def _ingest_batch(con: duckdb.DuckDBPyConnection, batch: list[Article], index: NearDuplicateIndex,
                  report: IngestReport, progress: Progress | None) -> NearDuplicateIndex:
    """Store one batch in one transaction; return the near-duplicate index to go on with."""
    before = (report.added, report.duplicates, report.near_duplicates, len(report.problems))
    con.execute("BEGIN")
    try:
        stored = {aid: content_id(text) for aid, text in con.execute(
            "SELECT id, text FROM articles WHERE id IN (SELECT unnest(?))", [[a.id for a in batch]]
        ).fetchall()}
        rows, problems = [], []
        for item in batch:
            known, text_id = stored.get(item.id), content_id(item.text)
            if known is not None and known != text_id:
                # the same id with another text is a conflict to report, not a duplicate to skip
                problems.append(_id_conflict(item, report))
            elif known is not None:
                report.duplicates += 1
            else:
                mh = signature(item.text)
                original = index.original_of(mh)
                rows.append([getattr(item, f) for f in ARTICLE_FIELDS] + [original, to_bytes(mh)])
                index.add(item.id, mh)
                stored[item.id] = text_id
                report.added += 1
                report.near_duplicates += original is not None
        for problem in problems:
            write_problem(con, problem, report.run_id)
        if rows:
            # one Arrow table per batch: DuckDB inserts it as a whole, where executemany goes row by row
            names = list(ARTICLE_FIELDS) + ["near_duplicate_of", "minhash"]
            new_rows = pa.table({n: [r[i] for r in rows] for i, n in enumerate(names)})  # noqa: F841
            con.execute(f"INSERT INTO articles ({', '.join(names)}) SELECT * FROM new_rows")
        con.execute("COMMIT")
    except duckdb.Error:
        con.execute("ROLLBACK")
        # undo this batch's counts and index entries, then store it one article at a time
        report.added, report.duplicates, report.near_duplicates = before[:3]
        del report.problems[before[3]:]
        index = _near_duplicate_index(con)
        for item in batch:
            _ingest_one(con, item, index, report)
    if progress:
        progress(len(batch))
    return index


def _ingest_one(con: duckdb.DuckDBPyConnection, item: Article, index: NearDuplicateIndex,
                report: IngestReport) -> None:
    """Store one article in its own transaction (the fallback of :func:`_ingest_batch`)."""
    stored = stored_text_id(con, item.id)
    if stored is not None and stored != content_id(item.text):
        write_problem(con, _id_conflict(item, report), report.run_id)
    elif stored is not None:
        report.duplicates += 1
    else:
        mh = signature(item.text)
        original = index.original_of(mh)
        try:
            insert_article(con, item, near_duplicate_of=original, minhash=to_bytes(mh))
        except duckdb.Error as exc:  # one record the store refuses never stops the batch
            problem = InputProblem(ErrorCode.E011_READ, item.source or "-", item.location,
                                   f"could not store the article: {exc}")
            report.problems.append(problem)
            write_problem(con, problem, report.run_id)
            return
        index.add(item.id, mh)
        report.added += 1
        report.near_duplicates += original is not None


_PENDING = "FROM articles a WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.article_id = a.id)"


def count_pending(con: duckdb.DuckDBPyConnection) -> int:
    """How many stored articles have no analysis record yet."""
    return con.execute(f"SELECT count(*) {_PENDING}").fetchone()[0]


def pending_articles(con: duckdb.DuckDBPyConnection, limit: int | None = None) -> list[Article]:
    """Return stored articles without an analysis record."""
    sql = f"SELECT {ARTICLE_COLUMNS} {_PENDING} ORDER BY a.ingested_at, a.id"
    if limit:
        sql += f" LIMIT {int(limit)}"
    return [load_article(r) for r in con.execute(sql).fetchall()]


# --- worker processes -------------------------------------------------------------------------

def _worker_init(overlay=None) -> None:
    from .pipeline import default_pipeline
    nlp = default_pipeline()
    if overlay is not None and overlay.fingerprint():
        # a worker process codes only for this job: the store's KB stays on its pipeline
        from .kb.lookup import UsesKB
        from .kb.overlay import kb_for
        kb = kb_for(overlay)
        for _, comp in nlp.pipeline:
            if isinstance(comp, UsesKB):
                comp._kb = kb


def _worker_analyse(article_dict: dict) -> tuple[dict, dict | None, str | None]:
    from .pipeline import analyse
    article = Article.from_dict(article_dict)
    try:
        return article_dict, analyse(article), None
    except Exception as exc:  # contained: the batch goes on
        return article_dict, None, f"{type(exc).__name__}: {exc}"


def analyse_stream(articles: list[Article], workers: int = 1,
                   overlay=None) -> Iterator[tuple[Article, dict | None, str | None]]:
    """Analyse ``articles`` in this process or ``workers`` processes, yielding results in order.

    ``overlay``: a store's imported actors (:class:`lagebild.kb.overlay.KBOverlay`) to code with,
    on top of the shipped KB.
    """
    if workers <= 1 or len(articles) < 2:
        from .kb.overlay import kb_for
        from .pipeline import analyse_many, default_pipeline, using_kb
        kb = kb_for(overlay) if overlay is not None and overlay.fingerprint() else None
        with using_kb(default_pipeline(), kb) as nlp:
            yield from analyse_many(articles, nlp)
        return
    ctx = mp.get_context("spawn")  # fork after DuckDB/threads is unsafe
    with ctx.Pool(workers, initializer=_worker_init, initargs=(overlay,)) as pool:
        for adict, record, error in pool.imap(_worker_analyse, (a.to_dict() for a in articles), chunksize=4):
            yield Article.from_dict(adict), record, error


# --- crash safety -----------------------------------------------------------------------------
# Consolidation (actors, learned roles, event clusters) is store-wide and runs after the per-article
# writes. A run killed between the two would leave analysed articles that no later run
# consolidates ("analysed 0" -> nothing to do). So a row in ``runs`` (command 'consolidate',
# finished_at NULL) marks the store as needing consolidation before the first write, and is
# closed only after consolidation has committed; the next ``process`` finishes the job.

def consolidation_pending(con: duckdb.DuckDBPyConnection) -> bool:
    """True if a consolidation was started (or owed) and never finished."""
    return con.execute("SELECT count(*) FROM runs WHERE command = 'consolidate' AND finished_at IS NULL"
                       ).fetchone()[0] > 0


def mark_consolidation_pending(con: duckdb.DuckDBPyConnection) -> None:
    """Record that the store needs consolidation (once)."""
    if not consolidation_pending(con):
        con.execute("INSERT INTO runs VALUES (?, 'consolidate', current_timestamp, NULL, 0, 0, 0)",
                    [uuid.uuid4().hex[:12]])


def finish_consolidation(con: duckdb.DuckDBPyConnection) -> None:
    """Close the pending consolidation mark."""
    con.execute("UPDATE runs SET finished_at = current_timestamp "
                "WHERE command = 'consolidate' AND finished_at IS NULL")


# analyses stored per transaction by ``process``: one write per table for the lot instead of ten
# statements per article; a killed run analyses at most this many articles again
WRITE_BATCH = 32


def _store_records(con: duckdb.DuckDBPyConnection, items: list[tuple[Article, dict]],
                   version: str | None) -> list[tuple[Article, str | None]]:
    """Store analysed records in one transaction, or one by one if the store refuses the lot;
    return each article with the store's error (None when stored)."""
    if not items:
        return []
    con.execute("BEGIN")
    try:
        replace_records(con, [record for _, record in items], version)
        con.execute("COMMIT")
        return [(article, None) for article, _ in items]
    except (duckdb.Error, pa.ArrowException):  # a value the store cannot hold, in some record
        con.execute("ROLLBACK")
    results = []
    for article, record in items:  # find the record the store refuses; keep the others
        con.execute("BEGIN")
        try:
            write_record(con, record, version)
            con.execute("COMMIT")
            results.append((article, None))
        except (duckdb.Error, pa.ArrowException) as exc:
            con.execute("ROLLBACK")
            results.append((article, str(exc)))
    return results


def process(con: duckdb.DuckDBPyConnection, workers: int = 1, limit: int | None = None,
            progress: Progress | None = None) -> ProcessReport:
    """Analyse every stored article without an analysis and store the records."""
    import time

    from .kb.consolidate import consolidate
    from .kb.overlay import kb_version, load_overlay

    report = ProcessReport()
    started = time.perf_counter()
    articles = pending_articles(con, limit)
    interrupted = consolidation_pending(con)  # a run killed before its consolidation finished
    overlay = load_overlay(con) if articles else None  # imported actors code new articles too
    version = kb_version(overlay) if overlay is not None else None
    if articles:
        mark_consolidation_pending(con)
    analysed_ids: list[str] = []
    publisher = Publisher(con)  # a snapshot for readers every PUBLISH_EVERY seconds of a long run
    batch: list[tuple[Article, dict]] = []

    def store_batch() -> None:
        tokens = {article.id: len(record["text"].split()) for article, record in batch}
        for article, error in _store_records(con, batch, version):
            if error is not None:  # the store refused this record: report it, go on
                problem = InputProblem(ErrorCode.E010_ANALYSIS, article.source or article.id,
                                       article.location, f"could not store the analysis of article "
                                       f"{article.id}: {error}", stage="store")
                report.problems.append(problem)
                write_problem(con, problem)
                continue
            report.analysed += 1
            report.tokens += tokens[article.id]
            analysed_ids.append(article.id)
            crash_point("after-write")
        batch.clear()
        publisher.tick()

    for article, record, error in analyse_stream(articles, workers, overlay):
        if error is not None:
            problem = InputProblem(ErrorCode.E010_ANALYSIS, article.source or article.id,
                                   article.location, f"analysis failed for article {article.id}: {error}",
                                   stage="analyse")
            report.problems.append(problem)
            write_problem(con, problem)
        else:
            batch.append((article, record))
            if len(batch) >= WRITE_BATCH:
                store_batch()
        if progress:
            progress(1)
    store_batch()
    if report.analysed or interrupted:
        # only the new articles' roles are re-derived, unless an earlier run died mid-way
        consolidate(con, article_ids=None if interrupted else analysed_ids)
        crash_point("after-consolidate")
    if articles or interrupted:
        finish_consolidation(con)
        publish(con)
    report.seconds = time.perf_counter() - started
    return report


STAT_TABLES = {"articles": "articles", "analysed": "documents", "entities": "entities",
               "timexes": "timexes", "quotes": "quotes", "events": "events",
               "problems": "problems"}


def stats(con: duckdb.DuckDBPyConnection) -> dict:
    """Count what the store holds: articles, sentences, entities, actors named, timexes, quotes, events, …"""
    out = {name: con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
           for name, table in STAT_TABLES.items()}
    # actors the corpus names; actors_stored also counts the seeded knowledge base and imports
    out["actors"] = con.execute(
        "SELECT count(DISTINCT actor_id) FROM entities WHERE actor_id IS NOT NULL").fetchone()[0]
    out["actors_stored"] = con.execute("SELECT count(*) FROM actors").fetchone()[0]
    out["sentences"] = con.execute("SELECT coalesce(sum(n_sentences), 0) FROM documents").fetchone()[0]
    out["near_duplicates"] = con.execute(
        "SELECT count(*) FROM articles WHERE near_duplicate_of IS NOT NULL").fetchone()[0]
    out["event_clusters"] = con.execute(
        "SELECT count(DISTINCT cluster_id) FROM events WHERE cluster_id IS NOT NULL").fetchone()[0]
    order = ["articles", "analysed", "sentences", "entities", "actors", "timexes", "quotes", "events",
             "event_clusters", "near_duplicates", "problems", "actors_stored"]
    return {k: int(out[k]) for k in order}
