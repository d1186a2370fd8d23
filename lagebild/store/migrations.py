"""Numbered schema migrations.

Each migration is a small function registered with :func:`migration`; :func:`apply_migrations`
runs those not yet recorded in ``schema_migrations``, in order. Never edit a released migration:
add a new one.
"""

from __future__ import annotations

from collections.abc import Callable

import duckdb

MIGRATIONS: list[tuple[int, str, Callable[[duckdb.DuckDBPyConnection], None]]] = []


def migration(version: int, name: str):
    """Register ``fn`` as migration number ``version``."""
    def wrap(fn):
        MIGRATIONS.append((version, name, fn))
        return fn
    return wrap


@migration(1, "initial schema")
def _m001(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("""
    CREATE TABLE articles (
        id VARCHAR PRIMARY KEY,          -- content hash of text (or the JSONL record id)
        text VARCHAR NOT NULL,           -- exactly the text all offsets point into
        date VARCHAR,                    -- ISO date of date_precision, NULL when unknown
        date_precision VARCHAR,          -- day | month | year
        dateline_place VARCHAR,
        dateline_agency VARCHAR,
        title VARCHAR,
        url VARCHAR,
        source VARCHAR,                  -- file path or '-' for stdin
        location VARCHAR,                -- line or record within source
        near_duplicate_of VARCHAR,       -- id of the article this one is an edited copy of
        minhash BLOB,                    -- MinHash signature for near-duplicate detection
        ingested_at TIMESTAMP DEFAULT current_timestamp
    );
    CREATE TABLE documents (             -- one analysis record per article
        article_id VARCHAR PRIMARY KEY,
        record JSON NOT NULL,            -- the lagebild.document/1 record
        n_sentences INTEGER,
        n_tokens INTEGER,
        pipeline_version VARCHAR,
        analysed_at TIMESTAMP DEFAULT current_timestamp
    );
    CREATE TABLE entities (
        article_id VARCHAR, idx INTEGER, start_char INTEGER, end_char INTEGER, text VARCHAR,
        label VARCHAR, actor_id VARCHAR, name VARCHAR, actor_code VARCHAR, country VARCHAR,
        PRIMARY KEY (article_id, idx)
    );
    CREATE TABLE timexes (
        article_id VARCHAR, idx INTEGER, start_char INTEGER, end_char INTEGER, text VARCHAR,
        type VARCHAR, value VARCHAR, anchor VARCHAR,
        PRIMARY KEY (article_id, idx)
    );
    CREATE TABLE quotes (
        article_id VARCHAR, idx INTEGER, type VARCHAR,
        quote_start INTEGER, quote_end INTEGER, quote_text VARCHAR,
        speaker_start INTEGER, speaker_end INTEGER, speaker_text VARCHAR,
        speaker_actor_id VARCHAR, speaker_name VARCHAR,
        cue_text VARCHAR, cue_start INTEGER, cue_end INTEGER,
        record JSON,
        PRIMARY KEY (article_id, idx)
    );
    CREATE TABLE events (
        article_id VARCHAR, idx INTEGER, type VARCHAR, mode VARCHAR,
        negated BOOLEAN, modality VARCHAR,
        source_names VARCHAR[], source_codes VARCHAR[], source_countries VARCHAR[],
        target_names VARCHAR[], target_codes VARCHAR[], target_countries VARCHAR[],
        date VARCHAR, location_name VARCHAR, location_country VARCHAR,
        trigger_start INTEGER, trigger_end INTEGER, trigger_text VARCHAR,
        evidence_start INTEGER, evidence_end INTEGER, attributed_to VARCHAR,
        cluster_id VARCHAR,              -- same real event across articles (consolidate)
        record JSON,
        PRIMARY KEY (article_id, idx)
    );
    CREATE TABLE actors (
        actor_id VARCHAR PRIMARY KEY, name VARCHAR, actor_code VARCHAR, country VARCHAR,
        kind VARCHAR,                    -- person | organisation | country | place | group
        origin VARCHAR                   -- kb | learned | import
    );
    CREATE TABLE actor_roles (
        actor_id VARCHAR, role VARCHAR, actor_code VARCHAR, country VARCHAR,
        start_date VARCHAR, end_date VARCHAR,
        origin VARCHAR,                  -- kb | learned | import
        article_id VARCHAR, start_char INTEGER, end_char INTEGER, evidence VARCHAR
    );
    CREATE TABLE problems (              -- bad input and failed analyses, never silently lost
        source VARCHAR, location VARCHAR, code VARCHAR, stage VARCHAR, reason VARCHAR,
        run_id VARCHAR, created_at TIMESTAMP DEFAULT current_timestamp
    );
    CREATE TABLE runs (
        run_id VARCHAR PRIMARY KEY, command VARCHAR, started_at TIMESTAMP, finished_at TIMESTAMP,
        articles_added INTEGER, articles_analysed INTEGER, problems INTEGER
    );
    """)


@migration(2, "actor names, import sources, the KB an analysis used")
def _m002(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("""
    CREATE TABLE actor_names (           -- every name an actor is known by beyond actors.name
        actor_id VARCHAR, name VARCHAR,
        origin VARCHAR,                  -- kb | learned | import
        source VARCHAR                   -- the imported file (origin import)
    );
    CREATE TABLE kb_imports (            -- one row per imported dictionary file (by file name)
        source VARCHAR PRIMARY KEY, path VARCHAR, sha256 VARCHAR, entries INTEGER,
        actors INTEGER, roles INTEGER, imported_at TIMESTAMP DEFAULT current_timestamp
    );
    -- the KB version (kb.overlay.kb_version) an article was coded with: recode skips articles
    -- coded with the current one
    ALTER TABLE documents ADD COLUMN kb_version VARCHAR;
    """)


def apply_migrations(con: duckdb.DuckDBPyConnection) -> list[int]:
    """Apply pending migrations in order; return the versions applied now."""
    con.execute("CREATE TABLE IF NOT EXISTS schema_migrations ("
                "version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMP DEFAULT current_timestamp)")
    done = {row[0] for row in con.execute("SELECT version FROM schema_migrations").fetchall()}
    applied = []
    for version, name, fn in sorted(MIGRATIONS, key=lambda m: m[0]):
        if version in done:
            continue
        con.execute("BEGIN")
        try:
            fn(con)
            con.execute("INSERT INTO schema_migrations (version, name) VALUES (?, ?)", [version, name])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        applied.append(version)
    return applied
