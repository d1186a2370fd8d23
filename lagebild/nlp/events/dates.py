"""The date of an event: a valid TIMEX3 date value of the event's own time, or the article date.

A candidate value (from a timex in the event's clause or sentence) is kept only when it is a
well-formed TIMEX3 date (``1999``, ``2008-05``, ``2008-05-21``, ``2008-W36``, ``2008-Q2``) with a
plausible year: never a century fragment (``19``), a placeholder (``0001-01-01``), a year far after
the article, or, for an event told as having happened, a day after the article date. Unknown parts
are dropped rather than kept as ``XX`` (``2022-03-XX`` -> ``2022-03``). When nothing valid is
left the event takes the article date, which is what a news report means by an act with no time.
"""

from __future__ import annotations

import re

_VALID = re.compile(r"^(\d{4})(?:-(?:(\d{2})(?:-(\d{2}))?|W\d{2}(?:-WE)?|Q[1-4]|H[12]|SP|SU|FA|WI))?$")
_EARLIEST_YEAR = 1800
# a planned or demanded act may lie a few years ahead ("bis 2030 abziehen"); none lies further
_FUTURE_YEARS = 10


def clean(value) -> str | None:
    """Return ``value`` as a valid TIMEX3 date value (unknown trailing parts dropped), or None."""
    if not value:
        return None
    value = str(value).split("T")[0]
    parts = value.split("-")
    known = next((k for k, p in enumerate(parts) if "X" in p), len(parts))
    value = "-".join(parts[:known])  # "2022-03-XX", "2022-WXX-WE" -> the known prefix
    m = _VALID.match(value)
    if not m or int(m.group(1)) < _EARLIEST_YEAR:
        return None
    if m.group(2) and not 1 <= int(m.group(2)) <= 12 or m.group(3) and not 1 <= int(m.group(3)) <= 31:
        return None
    return value


def _after(value: str, dct: str) -> bool:
    """True if ``value`` lies after ``dct`` at their common precision (plain ISO prefixes only)."""
    n = min(len(value), len(dct))
    if not re.match(r"^\d{4}(-\d{2}){0,2}$", value[:n]) or not re.match(r"^\d{4}(-\d{2}){0,2}$", dct[:n]):
        return value[:4] > dct[:4]
    return value[:n] > dct[:n]


def event_date(value, dct, modality: str = "asserted") -> str | None:
    """The event's date: ``value`` when it is valid and fits the article date, else the article
    date (``dct``, possibly None)."""
    dct_clean = clean(dct)
    v = clean(value)
    if v is not None and dct_clean is not None and "X" in str(value) and dct_clean.startswith(v):
        return dct_clean  # "am Samstag" in an article of 2022-03: no more than the article date says
    if v is None:
        return dct_clean if dct_clean is not None else None
    if dct_clean is not None:
        if int(v[:4]) > int(dct_clean[:4]) + _FUTURE_YEARS:
            return dct_clean
        if modality == "asserted" and _after(v, dct_clean):
            return dct_clean  # a reported act has happened by the article's date
    return v
