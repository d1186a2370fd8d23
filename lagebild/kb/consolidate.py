"""Cross-article consolidation after analysis: actors, learned roles and event clusters.

Placeholder until the entities and events issues land: stores nothing beyond what the
per-article records hold.
"""

from __future__ import annotations

import duckdb


def consolidate(con: duckdb.DuckDBPyConnection) -> dict:
    """Merge per-article results into store-wide actors and event clusters; return counts."""
    return {}
