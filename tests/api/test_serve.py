"""Serving a store file: read-only unless the operator sets a token."""

from __future__ import annotations

import duckdb
import pytest
from click.testing import CliRunner

from lagebild.api.app import create_app
from lagebild.cli import main


def test_app_over_a_file_without_token_is_read_only(store_file):
    app = create_app(db=store_file)
    with pytest.raises(duckdb.Error):
        app.state.con.execute("DELETE FROM events")
    app.state.con.close()


def test_app_over_a_missing_file_creates_an_empty_store(tmp_path):
    app = create_app(db=tmp_path / "new.duckdb")
    assert app.state.con.execute("SELECT count(*) FROM articles").fetchone()[0] == 0
    app.state.con.close()


def test_serve_command_documents_the_token_option():
    result = CliRunner().invoke(main, ["serve", "--help"])
    assert result.exit_code == 0 and "--token" in result.output and "LAGEBILD_TOKEN" in result.output
