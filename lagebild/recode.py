"""Re-code stored articles with the current KB, and say what changed.

The KB a store codes with is the shipped KB plus what ``lagebild actors import`` brought in
(:mod:`lagebild.kb.overlay`); every analysis records the version of the KB it used
(``documents.kb_version``). :func:`recode` analyses again every article coded with another
version (or every article, with ``everything``), compares the new record with the stored one and
writes it only when it differs, then consolidates as ``process`` does. Running it twice changes
nothing the second time: all articles then carry the current version.

Analysis is a pure function of the article and the KB, so re-analysing is how a KB change reaches
entities, quote speakers and event participants alike (events read actors through
:func:`lagebild.nlp.extensions.actor_at` while they are extracted).
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field

import duckdb

from .crashpoints import crash_point
from .errors import ErrorCode, InputProblem
from .jobs import Progress, analyse_stream, finish_consolidation, mark_consolidation_pending
from .kb.overlay import kb_version, load_overlay
from .store.writer import ARTICLE_FIELDS, load_article, write_problem, write_record

MAX_EXAMPLES = 20


@dataclass
class RecodeReport:
    """What one recode did: how many articles it analysed again, how many records changed and
    how (entities whose actor changed, events and quotes that differ), with examples."""

    kb_version: str
    analysed_before: int = 0      # articles with an analysis in the store
    up_to_date: int = 0           # coded with the current KB already: not touched
    recoded: int = 0
    changed: int = 0              # articles whose record differs now
    entities_changed: int = 0
    events_changed: int = 0
    quotes_changed: int = 0
    examples: list[dict] = field(default_factory=list)
    problems: list[InputProblem] = field(default_factory=list)
    seconds: float = 0.0

    def to_dict(self) -> dict:
        """JSON-ready summary."""
        return {"kb_version": self.kb_version, "analysed_before": self.analysed_before,
                "up_to_date": self.up_to_date, "recoded": self.recoded, "changed": self.changed,
                "entities_changed": self.entities_changed, "events_changed": self.events_changed,
                "quotes_changed": self.quotes_changed, "examples": self.examples,
                "problems": [p.to_dict() for p in self.problems], "seconds": round(self.seconds, 2)}


def _entity_key(e: dict) -> tuple:
    return (e.get("actor_id"), e.get("name"), e.get("actor_code"), e.get("country"))


def _party_codes(side: list[dict] | None) -> list[tuple]:
    return [(p.get("name"), p.get("actor_code")) for p in side or []]


def _quote_key(q: dict) -> tuple:
    return json.dumps(q, sort_keys=True)


def compare_records(article_id: str, old: dict, new: dict, report: RecodeReport) -> bool:
    """Count into ``report`` how ``new`` differs from ``old`` (entity actors, events, quotes) and
    keep a few examples; return True if the records differ at all."""
    if old == new:
        return False
    before = {(e["start"], e["end"]): e for e in old.get("entities") or []}
    for e in new.get("entities") or []:
        was = before.get((e["start"], e["end"]))
        if was is not None and _entity_key(was) == _entity_key(e):
            continue
        report.entities_changed += 1
        if len(report.examples) < MAX_EXAMPLES:
            report.examples.append({
                "article_id": article_id, "what": "entity", "text": e.get("text"),
                "start": e["start"], "end": e["end"],
                "before": None if was is None else dict(zip(("actor_id", "name", "actor_code", "country"),
                                                            _entity_key(was))),
                "after": dict(zip(("actor_id", "name", "actor_code", "country"), _entity_key(e)))})
    old_events = {json.dumps(e, sort_keys=True) for e in old.get("events") or []}
    for e in new.get("events") or []:
        if json.dumps(e, sort_keys=True) in old_events:
            continue
        report.events_changed += 1
        if len(report.examples) < MAX_EXAMPLES:
            report.examples.append({
                "article_id": article_id, "what": "event", "text": (e.get("trigger") or {}).get("text"),
                "type": e.get("type"), "source": _party_codes(e.get("source")),
                "target": _party_codes(e.get("target"))})
    old_quotes = {_quote_key(q) for q in old.get("quotes") or []}
    report.quotes_changed += sum(_quote_key(q) not in old_quotes for q in new.get("quotes") or [])
    return True


def stale_count(con: duckdb.DuckDBPyConnection, everything: bool = False) -> int:
    """How many analysed articles :func:`recode` would analyse again."""
    version = kb_version(load_overlay(con))
    where = "" if everything else "WHERE d.kb_version IS DISTINCT FROM ?"
    return con.execute(f"SELECT count(*) FROM documents d {where}",
                       [] if everything else [version]).fetchone()[0]


def recode(con: duckdb.DuckDBPyConnection, workers: int = 1, everything: bool = False,
           progress: Progress | None = None) -> RecodeReport:
    """Analyse stored articles again with the store's current KB (see the module docstring)."""
    from .kb.consolidate import consolidate

    started = time.perf_counter()
    overlay = load_overlay(con)
    version = kb_version(overlay)
    report = RecodeReport(version)
    report.analysed_before = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    where = "" if everything else "WHERE d.kb_version IS DISTINCT FROM ?"
    cols = ", ".join(f"a.{c}" for c in ARTICLE_FIELDS)
    rows = con.execute(f"SELECT {cols}, d.record::VARCHAR FROM articles a JOIN documents d "
                       f"ON d.article_id = a.id {where} ORDER BY a.ingested_at, a.id",
                       [] if everything else [version]).fetchall()
    report.up_to_date = report.analysed_before - len(rows)
    old_records = {r[0]: r[-1] for r in rows}
    articles = [load_article(r[:-1]) for r in rows]
    interrupted = con.execute("SELECT count(*) FROM runs WHERE command = 'consolidate' "
                              "AND finished_at IS NULL").fetchone()[0] > 0
    changed_ids: list[str] = []
    if articles:
        mark_consolidation_pending(con)
    for article, record, error in analyse_stream(articles, workers, overlay):
        if error is not None:
            problem = InputProblem(ErrorCode.E010_ANALYSIS, article.source or article.id, article.location,
                                   f"recode failed for article {article.id}: {error}", stage="recode")
            report.problems.append(problem)
            write_problem(con, problem)
        else:
            report.recoded += 1
            old = json.loads(old_records[article.id]) if old_records.get(article.id) else {}
            con.execute("BEGIN")
            try:
                if compare_records(article.id, old, record, report):
                    write_record(con, record, version)
                    changed_ids.append(article.id)
                else:  # same record: only note that the current KB has seen it
                    con.execute("UPDATE documents SET kb_version = ? WHERE article_id = ?",
                                [version, article.id])
                con.execute("COMMIT")
            except duckdb.Error:
                con.execute("ROLLBACK")
                raise
            crash_point("after-write")
        if progress:
            progress(1)
    report.changed = len(changed_ids)
    if changed_ids or interrupted:
        consolidate(con, article_ids=None if interrupted else changed_ids)
    if articles or interrupted:
        finish_consolidation(con)
    report.seconds = time.perf_counter() - started
    return report
