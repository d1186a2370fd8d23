"""Cross-article consolidation after analysis: actors, learned roles and event clusters.

:func:`consolidate` runs after every ``process`` (see :func:`lagebild.jobs.process`):

1. seeds ``actors``/``actor_roles`` from the shipped KB (origin ``kb``; replaced each time);
2. re-derives the roles learned from appositions ("die Sprecherin des Weißen Hauses, Jen Psaki")
   from the stored text and entity rows (:func:`lagebild.kb.store.relearn_roles`; origin
   ``learned`` with article id and character offsets): the document record needs no extra key
   and worker processes need not send anything back; with ``article_ids`` only those articles
   are re-read (incremental; about 1 s per 1,000 articles in full);
3. inserts every other actor an entity names (learned persons, sector actors like VENGOV) and
   deletes learned actors nothing names any more (after a ``recode``);
4. calls event clustering when :mod:`lagebild.kb.event_clusters` exists.

Every step is idempotent: running it twice leaves the same rows.
"""

from __future__ import annotations

import logging

import duckdb

from ..crashpoints import crash_point
from .store import prune_unseen_actors, relearn_roles, seed_kb, upsert_seen_actors

log = logging.getLogger(__name__)


def _event_clustering():
    """The event clustering function, or None until its module lands."""
    try:
        from .event_clusters import cluster_events
    except ImportError:
        return None
    return cluster_events


def prepare_consolidation() -> None:
    """Build ahead what :func:`consolidate` needs besides the store: the shipped KB and its rows,
    the event clustering code. ``scale run`` calls it while its workers analyse, which takes this
    (about 0.3 s) out of the serial end of the run; calling it is never needed for correctness."""
    from .store import default_kb_rows

    default_kb_rows()
    _event_clustering()


def consolidate(con: duckdb.DuckDBPyConnection, article_ids: list[str] | None = None) -> dict:
    """Merge per-article results into store-wide actors and event clusters; return counts.

    ``article_ids``: the articles analysed since the last run, to re-derive learned roles only
    for them (None: all articles, the safe default).
    """
    counts: dict = {}
    con.execute("BEGIN")
    try:
        counts.update(seed_kb(con))
        counts["learned_roles"] = relearn_roles(con, article_ids=article_ids)
        counts["seen_actors"] = upsert_seen_actors(con)
        counts["pruned_actors"] = prune_unseen_actors(con)
        con.execute("COMMIT")
        crash_point("in-consolidate")
    except Exception:
        con.execute("ROLLBACK")
        raise
    cluster_events = _event_clustering()
    if cluster_events is not None:  # hook for the events engineer
        counts["event_clusters"] = cluster_events(con)
    return counts
