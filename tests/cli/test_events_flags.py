"""`events` and `query events` share their flags (issue 15: one vocabulary)."""

import pytest
from click.testing import CliRunner

from lagebild.cli import main


@pytest.mark.parametrize("command", [["events"], ["query", "events"]])
@pytest.mark.parametrize("flags", [["--from", "2022-01", "--to", "2022-12"], ["--since", "2022-01", "--until", "2022-12"],
                                   ["--not-negated"], ["--type", "ACCUSE"]])
def test_event_listings_accept_the_same_flags(store_file, command, flags):
    result = CliRunner().invoke(main, [*command, "--db", str(store_file), *flags])
    assert result.exit_code == 0, result.output


def test_events_table_names_the_article(store_file):
    result = CliRunner().invoke(main, ["events", "--db", str(store_file)])
    assert "article_id" in result.output.splitlines()[0]
