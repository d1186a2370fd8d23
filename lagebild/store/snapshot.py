"""Reading while writing: writers publish snapshots of the store file, readers serve the newest.

DuckDB lets one process hold a database file for writing and no other process open it at the same
time, not even read-only; a reader, in turn, keeps writers out for as long as it holds the file.
So ``lagebild serve`` never keeps the store file open. Instead:

- a **writer** (``ingest``, ``process``, ``run``, ``scale run``/``load``, ``recode``, the API's own
  ingest) calls :func:`publish` when a job ends and, during a long ``process``, every
  :data:`PUBLISH_EVERY` seconds after a commit: ``CHECKPOINT`` (the file then holds every committed
  row and the WAL is empty), copy the file (in a child process, see :func:`_copy`) to
  ``<db>.snapshots/snap-<ns>.duckdb.tmp``, rename it,
  and point ``<db>.snapshots/CURRENT`` at it with an atomic rename. A copy is a plain file copy
  (about 1 GB/s), nothing a reader can delay. Older snapshots are deleted; a reader still reading
  one keeps its open file (POSIX unlink semantics);
- a **reader** (:class:`SnapshotReader`, what ``serve`` uses) opens the snapshot ``CURRENT`` names
  read-only, checks ``CURRENT`` at most every :data:`CHECK_EVERY` seconds and switches to a newer
  snapshot by opening it; requests in flight finish on the old one. The snapshot's name is the
  **store version**: the API's response cache is keyed on it, so a publish empties it.

What a reader sees is therefore at most one publish behind the store: a committed article shows up
in the API after the writer's next publish (the end of its job or ``PUBLISH_EVERY`` seconds).
A process that writes the file without publishing (a user's own DuckDB session) is seen when
``serve`` starts next (it publishes a stale store itself when the file is free).
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import duckdb

log = logging.getLogger(__name__)

PUBLISH_EVERY = 20.0  # seconds between snapshots during a long process run
CHECK_EVERY = 0.2  # seconds between a reader's looks at CURRENT
KEEP = 2  # snapshots kept on disk (the newest and the one before, for readers switching)


class StoreUnavailable(RuntimeError):
    """No snapshot of the store has been published yet and the store file is held by a writer."""


def snapshot_dir(db: str | Path) -> Path:
    """The folder that holds the snapshots of the store file ``db``."""
    return Path(str(db) + ".snapshots")


def db_path(con: duckdb.DuckDBPyConnection) -> str | None:
    """The file behind ``con`` (None for an in-memory database)."""
    row = con.execute("SELECT path FROM duckdb_databases() WHERE database_name = current_database()"
                      ).fetchone()
    return row[0] if row and row[0] else None


def _read_current(folder: Path) -> tuple[str, int] | None:
    """(snapshot file name, source mtime in ns) from CURRENT, or None."""
    try:
        name, _, mtime = (folder / "CURRENT").read_text(encoding="utf-8").strip().partition("\t")
    except FileNotFoundError:
        return None
    return (name, int(mtime or 0)) if name else None


def publish(con: duckdb.DuckDBPyConnection, db: str | Path | None = None, force: bool = False) -> str | None:
    """Publish a snapshot of the store behind ``con`` (a writer's connection, outside a transaction);
    return its name, or None when there is nothing to publish (in-memory store, no change since the
    last snapshot, or the checkpoint was refused: the next publish catches up)."""
    path = str(db) if db is not None else db_path(con)
    if not path or path == ":memory:":
        return None
    try:
        con.execute("CHECKPOINT")
    except duckdb.Error as exc:  # another cursor of this process is mid-transaction: skip this one
        log.debug("no snapshot of %s: %s", path, exc)
        return None
    folder = snapshot_dir(path)
    mtime = os.stat(path).st_mtime_ns
    current = _read_current(folder)
    if not force and current is not None and current[1] == mtime and (folder / current[0]).exists():
        return current[0]
    folder.mkdir(exist_ok=True)
    name = f"snap-{time.time_ns()}-{os.getpid()}.duckdb"
    tmp = folder / (name + ".tmp")
    _copy(path, tmp)
    os.replace(tmp, folder / name)
    pointer = folder / f"CURRENT.{os.getpid()}.tmp"
    pointer.write_text(f"{name}\t{mtime}\n", encoding="utf-8")
    os.replace(pointer, folder / "CURRENT")
    _prune(folder, keep=name)
    return name


def _copy(src: str, dst: Path) -> None:
    """Copy the store file in a child process. Never in this one: DuckDB's lock on the file is a POSIX
    record lock, which the kernel drops when the process closes *any* descriptor of the file, so a
    copy made here would leave the writer's file unlocked."""
    cp = shutil.which("cp")
    cmd = [cp, src, str(dst)] if cp else [sys.executable, "-c",
                                           "import shutil, sys; shutil.copyfile(sys.argv[1], sys.argv[2])",
                                           src, str(dst)]
    subprocess.run(cmd, check=True, capture_output=True)


def _prune(folder: Path, keep: str) -> None:
    snaps = sorted(folder.glob("snap-*.duckdb"), key=lambda p: p.name)
    for old in [p for p in snaps if p.name != keep][:-(KEEP - 1) or None]:
        try:
            old.unlink()
        except OSError:
            pass


class Publisher:
    """Publish at most every ``every`` seconds (a long writer calls :meth:`tick` after commits)."""

    def __init__(self, con: duckdb.DuckDBPyConnection, every: float = PUBLISH_EVERY) -> None:
        self.con, self.every = con, every
        self.path = db_path(con)
        self.last = time.monotonic()

    def tick(self) -> None:
        """Publish if the last snapshot is older than ``every`` seconds."""
        if self.path and time.monotonic() - self.last >= self.every:
            publish(self.con, self.path)
            self.last = time.monotonic()


def ensure_snapshot(db: str | Path) -> str | None:
    """Publish a snapshot of ``db`` if none is current and the file is free (creating and migrating
    a missing store); when a writer holds the file, keep whatever snapshot there is."""
    from .db import open_db

    path = str(db)
    folder = snapshot_dir(path)
    current = _read_current(folder)
    if (current is not None and (folder / current[0]).exists() and Path(path).exists()
            and os.stat(path).st_mtime_ns == current[1]):
        return current[0]
    try:
        con = open_db(path)
    except duckdb.IOException as exc:  # held by a writer: it publishes when its job ends
        log.info("store %s is being written (%s); serving its last snapshot", path, exc)
        return current[0] if current else None
    try:
        return publish(con, path)
    finally:
        con.close()


class SnapshotReader:
    """The newest published snapshot of a store file, read-only; used like a connection
    (:meth:`cursor`, :meth:`execute`) by the API. :attr:`version` names the snapshot."""

    def __init__(self, db: str | Path, check_every: float = CHECK_EVERY) -> None:
        self.db = str(db)
        self.folder = snapshot_dir(db)
        self.check_every = check_every
        self._lock = threading.Lock()
        self._con: duckdb.DuckDBPyConnection | None = None
        self._name: str | None = None
        self._checked = float("-inf")
        self._stamp: tuple[int, int] | None = None

    @property
    def version(self) -> str | None:
        """The name of the snapshot being served (changes with every publish)."""
        self.refresh()
        return self._name

    def refresh(self) -> None:
        """Switch to the newest snapshot if CURRENT has changed since the last look."""
        now = time.monotonic()
        if now - self._checked < self.check_every and self._con is not None:
            return
        with self._lock:
            self._checked = now
            try:
                st = os.stat(self.folder / "CURRENT")
            except FileNotFoundError:
                return
            stamp = (st.st_ino, st.st_mtime_ns)
            if stamp == self._stamp and self._con is not None:
                return
            for _ in range(5):  # the writer may prune the file CURRENT named a moment ago
                current = _read_current(self.folder)
                if current is None:
                    return
                try:
                    con = duckdb.connect(str(self.folder / current[0]), read_only=True)
                except duckdb.IOException:
                    time.sleep(0.01)
                    continue
                # the old connection is dropped, not closed: cursors of requests in flight keep it
                self._con, self._name, self._stamp = con, current[0], stamp
                return
            log.warning("could not open the current snapshot of %s", self.db)

    def cursor(self) -> duckdb.DuckDBPyConnection:
        """A cursor on the current snapshot."""
        self.refresh()
        con = self._con
        if con is None:
            raise StoreUnavailable(f"no snapshot of {self.db} yet: a writer holds the store and has not "
                                   "published; try again when its job has ended")
        return con.cursor()

    def execute(self, sql: str, params=None) -> duckdb.DuckDBPyConnection:
        """Run ``sql`` on a fresh cursor (for tests and one-off reads)."""
        return self.cursor().execute(sql, params)

    def close(self) -> None:
        """Close the current snapshot connection."""
        with self._lock:
            if self._con is not None:
                self._con.close()
            self._con, self._name, self._stamp = None, None, None
