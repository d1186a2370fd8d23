"""Progress for logs: periodic lines when stderr is not a terminal (issue 15)."""

from lagebild.cli.core import LogProgress


class Clock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


def test_log_progress_writes_a_line_every_interval_with_rate_and_time_left():
    clock, lines = Clock(), []
    progress = LogProgress("analyse", total=100, every=10, clock=clock, write=lines.append)
    for _ in range(20):
        clock.now += 1
        progress(1)
    assert lines == ["analyse: 10/100 articles, 1.0 articles/s, about 1 min 30 s left",
                     "analyse: 20/100 articles, 1.0 articles/s, about 1 min 20 s left"]


def test_log_progress_ends_with_the_total_time():
    clock, lines = Clock(), []
    progress = LogProgress("ingest", total=None, every=10, clock=clock, write=lines.append)
    clock.now = 4
    progress(8)
    progress.close()
    assert lines == ["ingest: 8 articles, 2.0 articles/s — done in 4.0 s"]


def test_run_redirected_to_a_log_prints_progress_lines(tmp_path):
    from click.testing import CliRunner

    from lagebild.cli import main
    (tmp_path / "a.txt").write_text("Die Regierung in Rom hat am Montag neue Hilfen beschlossen.", encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", "--db", str(tmp_path / "s.duckdb"), str(tmp_path / "a.txt")])
    assert result.exit_code == 0 and "ingest: 1 articles" in result.output
