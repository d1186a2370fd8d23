"""A file cache of the shipped actor KB, so a new process loads it instead of building it.

Building :class:`~lagebild.kb.lookup.ActorKB` from its data files (some 30,000 index entries from
countries, places, organisations and persons, with their inflected forms) takes about 0.11 s of
every process that analyses: ``extract``, each spawned Dask worker, the fork server of a local
cluster (whose start is the serial part of ``scale run``). Reading the pickled KB takes about a
quarter of that.

The cache file's name is a hash of everything the build reads or is: the code of ``lagebild/kb``,
the KB data files (``lagebild/kb/data``, ``lagebild/resources/de/actors``), the version of
``pycountry`` (its German country names), the build's switches in :mod:`lagebild.kb.lookup`, the
Python version and the pickle protocol. Any change gives another name, so a stale KB is never
read: it is rebuilt and written on first use. The file is written atomically (a reader sees a
whole file or none) and a file that cannot be read is rebuilt. Only the shipped KB is cached;
a KB with an overlay (imported dictionaries) is built as before.

Where: ``$LAGEBILD_CACHE`` if set (``off`` turns the cache off), else ``$XDG_CACHE_HOME/lagebild``
or ``~/.cache/lagebild``. A folder that cannot be written only means the KB is built each time.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

log = logging.getLogger(__name__)

CACHE_ENV = "LAGEBILD_CACHE"
PROTOCOL = pickle.HIGHEST_PROTOCOL
KB_DIR = Path(__file__).resolve().parent
# the data files the build reads (see lagebild.kb.loader.data_path)
DATA_DIRS = (KB_DIR / "data", KB_DIR.parent / "resources" / "de" / "actors")

T = TypeVar("T")


def cache_dir() -> Path | None:
    """The cache folder, or None when ``$LAGEBILD_CACHE`` is ``off``."""
    env = os.environ.get(CACHE_ENV)
    if env:
        return None if env.strip().lower() == "off" else Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "lagebild"


def kb_sources() -> Iterator[Path]:
    """Every file whose content goes into the shipped KB: the KB's code and its data files."""
    yield from sorted(KB_DIR.glob("*.py"))
    for folder in DATA_DIRS:
        yield from sorted(p for p in folder.iterdir() if p.is_file())


def _pycountry_version() -> str:
    try:
        from importlib.metadata import version
        return version("pycountry")
    except Exception:  # noqa: BLE001  not installed: the build uses no pycountry names either
        return "-"


def kb_key(settings: tuple = ()) -> str:
    """The hash naming the cache file of a KB built from the current sources with ``settings``
    (the build's switches, e.g. ``lookup.CITY_ADJECTIVES``)."""
    h = hashlib.sha256()
    h.update(repr((sys.version_info[:3], PROTOCOL, _pycountry_version(), settings)).encode())
    for path in kb_sources():
        h.update(path.name.encode() + b"\0")
        h.update(hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()[:32]


def cached(name: str, key: str, build: Callable[[], T]) -> T:
    """Return the object cached as ``name``-``key``, else ``build()`` it and cache it.

    The pickle is read with the garbage collector paused: unpickling makes tens of thousands of
    objects, and the collector's passes over them would double the time and free nothing.
    """
    folder = cache_dir()
    if folder is None:
        return build()
    path = folder / f"{name}-{key}.pickle"
    try:
        data = path.read_bytes()
    except OSError:
        data = None
    if data is not None:
        paused = gc.isenabled()
        gc.disable()
        try:
            return pickle.loads(data)
        except Exception as exc:  # noqa: BLE001  a damaged file is rebuilt below
            log.info("cache file %s unreadable (%s): rebuilding", path, exc)
        finally:
            if paused:
                gc.enable()
    value = build()
    _write(path, pickle.dumps(value, protocol=PROTOCOL))
    for old in folder.glob(f"{name}-*.pickle"):
        if old != path:  # an earlier version's file is never read again
            old.unlink(missing_ok=True)
    return value


def _write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically; a failure is logged, never raised."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError as exc:
        log.info("could not write cache file %s: %s", path, exc)
