"""Fixtures: a read-only sample store and a TestClient over it (``store`` and ``store_file``
live in tests/conftest.py)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def shared_store():
    """One sample store for a module's read-only tests (cheaper than one per test)."""
    from lagebild.api.sample import load_sample
    from lagebild.store.db import open_db
    con = open_db(":memory:")
    load_sample(con)
    yield con
    con.close()


@pytest.fixture(scope="module")
def client(shared_store):
    """A TestClient of the read-only app over :func:`shared_store`."""
    from fastapi.testclient import TestClient

    from lagebild.api.app import create_app
    return TestClient(create_app(shared_store))
