"""Kill -9 at marked points of `lagebild run`, rerun, and the store equals an uninterrupted run."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
LAGEBILD = [str(Path(sys.executable).with_name("lagebild"))]


def run(db: Path, corpus: Path, crash_at: str | None = None) -> int:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LAGEBILD_CRASH", "_LAGEBILD"))}
    if crash_at:
        env["LAGEBILD_CRASH_AT"] = crash_at
    proc = subprocess.run([*LAGEBILD, "run", "--db", str(db), str(corpus)], env=env, cwd=REPO,
                          capture_output=True, text=True, timeout=600)
    return proc.returncode


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    for f in sorted((REPO / "examples" / "corpus").glob("*.txt"))[:4]:
        shutil.copy(f, folder / f.name)
    return folder


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory, store_snapshot):
    db = tmp_path_factory.mktemp("ref") / "ref.duckdb"
    assert run(db, corpus) == 0
    return store_snapshot(db)


@pytest.mark.slow
@pytest.mark.parametrize("point", ["after-write:2", "in-consolidate", "after-consolidate"])
def test_killed_run_then_rerun_equals_uninterrupted(point, corpus, reference, tmp_path, store_snapshot):
    db = tmp_path / "s.duckdb"
    assert run(db, corpus, crash_at=point) == 137
    assert run(db, corpus) == 0
    assert store_snapshot(db) == reference
