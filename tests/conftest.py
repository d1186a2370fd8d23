"""Shared fixtures: paths, the shared data folder, cheap pipelines and an in-memory store."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO.parent / "shared" / "data"


@pytest.fixture(scope="session")
def repo_root() -> Path:
    """The checkout's root folder."""
    return REPO


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """``../shared/data``; tests that need it skip when it is absent."""
    if not SHARED_DATA.exists():
        pytest.skip("../shared/data is not present beside the checkout")
    return SHARED_DATA


@pytest.fixture(scope="session")
def blank_nlp():
    """The lagebild tokenizer and sentence segmenter only: cheap."""
    from lagebild.pipeline import build_pipeline
    return build_pipeline(["lb_sentences"])


@pytest.fixture(scope="session")
def full_nlp():
    """The full analysis pipeline, built once per test session."""
    from lagebild.pipeline import build_pipeline
    return build_pipeline()


@pytest.fixture()
def mem_db():
    """A migrated in-memory DuckDB store."""
    from lagebild.store.db import open_db
    con = open_db(":memory:")
    yield con
    con.close()
