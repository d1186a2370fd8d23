"""Marked points where a test can make the process die as ``kill -9`` would.

Crash-safety tests (tests/store/test_crash_safety.py) set ``LAGEBILD_CRASH_AT=<point>[:<n>]`` and
check that a rerun leaves the store equal to an uninterrupted run. Unset, a point costs one
dictionary lookup.
"""

from __future__ import annotations

import os


def crash_point(name: str) -> None:
    """Exit at once (status 137, no clean-up) when ``LAGEBILD_CRASH_AT`` names this point.

    ``LAGEBILD_CRASH_AT=after-write:3`` dies the third time the point ``after-write`` is passed."""
    want = os.environ.get("LAGEBILD_CRASH_AT")
    if not want:
        return
    point, _, nth = want.partition(":")
    if point != name:
        return
    count = int(os.environ.get("_LAGEBILD_CRASH_COUNT", "0")) + 1
    os.environ["_LAGEBILD_CRASH_COUNT"] = str(count)
    if count >= int(nth or 1):
        os._exit(137)
