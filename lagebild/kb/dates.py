"""Date intervals of any precision, and whether a role holds at an article date.

An ISO date of precision year/month/day stands for the whole interval it names: ``2022-03`` is
``2022-03-01 … 2022-03-31``. A role holds *certainly* at an article date if its interval covers the
article's whole interval, and *possibly* if the two overlap. An article without a date is the
unbounded interval: only a role without bounds covers it (see :func:`role_state`).
"""

from __future__ import annotations

import calendar
import re

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
LOW = "0000-01-01"
HIGH = "9999-12-31"


def bounds(value: str | None) -> tuple[str, str]:
    """Return the first and last day (ISO) of the interval ``value`` names; None is unbounded.

    >>> bounds("2022-02")
    ('2022-02-01', '2022-02-28')
    """
    if not value:
        return LOW, HIGH
    m = _ISO.match(value.strip())
    if not m:
        raise ValueError(f"not an ISO date of year, month or day precision: {value!r}")
    year, month, day = m.group(1), m.group(2), m.group(3)
    if day:
        return f"{year}-{month}-{day}", f"{year}-{month}-{day}"
    if month:
        last = calendar.monthrange(int(year), int(month))[1]
        return f"{year}-{month}-01", f"{year}-{month}-{last:02d}"
    return f"{year}-01-01", f"{year}-12-31"


def role_state(start: str | None, end: str | None, date: str | None) -> str:
    """Return ``"certain"``, ``"possible"`` or ``"no"`` for a role ``start..end`` at ``date``.

    ``date`` None (an undated article) is never treated as today: any bounded role is only
    ``possible`` then.
    """
    role_lo = bounds(start)[0] if start else LOW
    role_hi = bounds(end)[1] if end else HIGH
    doc_lo, doc_hi = bounds(date)
    if role_lo <= doc_lo and role_hi >= doc_hi:
        return "certain"
    if role_lo <= doc_hi and role_hi >= doc_lo:
        return "possible"
    return "no"


def is_iso(value: str | None) -> bool:
    """True if ``value`` is an ISO date of year, month or day precision."""
    return bool(value and _ISO.match(value))
