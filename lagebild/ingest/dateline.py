"""The seed layout: `` date YYYY-MM[-DD] Place (Agency) - body``.

The first line of such a file starts with the word ``date``, an ISO date of year, month or day
precision, then a dateline ``Place (Agency) -`` (en dash and em dash too), then the body. The
dateline is not part of the analysed text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import ErrorCode, InputProblem

_SEED = re.compile(r"^\s*date\s+(?P<date>\S+)\s+(?P<rest>.*)$", re.S)
# "Washington (Reuters) - ", "Berlin/Kiew (dpa) – ", "Caracas (AFP/Reuters) — "
_DATELINE = re.compile(
    r"^(?P<place>[A-ZÄÖÜ][\w.'’/ -]{0,60}?)\s*\((?P<agency>[^()\n]{1,40})\)\s*[-–—]\s+(?P<body>.*)$", re.S)
# ASCII digits only: str.isdigit and \d accept Arabic-Indic and other digits, which no feed means
_ISO = re.compile(r"^(?P<y>[0-9]{4})(?:-(?P<m>[0-9]{2})(?:-(?P<d>[0-9]{2}))?)?$", re.A)
_GERMAN = re.compile(r"^(?P<d>[0-9]{1,2})\.(?P<m>[0-9]{1,2})\.(?P<y>[0-9]{4})$", re.A)


class DateError(ValueError):
    """An impossible or unparseable article date."""


def parse_iso_date(value: str) -> tuple[str, str]:
    """Return ``(date, precision)`` for ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.

    Also accepted and normalised to ISO: longer timestamps (``2022-03-08T10:00:00Z``, cut to the
    day as written), German dates (``06.03.2022``) and RSS/e-mail dates
    (``Sun, 06 Mar 2022 10:00:00 +0100``, the day as written, not converted to UTC).
    Raises :class:`DateError` for anything else or an impossible date (``2022-13``,
    ``2022-02-30``, year ``0000``).
    """
    import datetime as dt
    from email.utils import parsedate_tz

    value = value.strip()
    german = _GERMAN.match(value)
    if german:
        value = f"{german.group('y')}-{int(german.group('m')):02d}-{int(german.group('d')):02d}"
    elif value[:1].isalpha() and "," in value[:5] or re.match(r"^[0-9]{1,2} [A-Z][a-z]{2} [0-9]{4}", value):
        parsed = parsedate_tz(value)
        if parsed is None:
            raise DateError(f"not a date: {value!r}")
        value = f"{parsed[0]:04d}-{parsed[1]:02d}-{parsed[2]:02d}"
    if len(value) > 10 and value[10] in "T ":
        value = value[:10]
    m = _ISO.match(value)
    if not m:
        raise DateError(f"not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD): {value!r}")
    y, mo, d = m.group("y"), m.group("m"), m.group("d")
    try:
        if int(y) < 1:
            raise ValueError("there is no year 0000")
        if d:
            dt.date(int(y), int(mo), int(d))
            return value, "day"
        if mo:
            if not 1 <= int(mo) <= 12:
                raise ValueError("month must be in 1..12")
            return value, "month"
        return value, "year"
    except (ValueError, OverflowError) as exc:
        raise DateError(f"impossible date {value!r}: {exc}") from None


@dataclass
class SeedParts:
    """What the seed layout's first line gives."""

    date: str | None
    date_precision: str | None
    place: str | None
    agency: str | None
    body: str


def split_dateline(text: str) -> tuple[str | None, str | None, str]:
    """Split a leading ``Place (Agency) -`` dateline off ``text``; return (place, agency, body)."""
    m = _DATELINE.match(text)
    if not m:
        return None, None, text
    return m.group("place").strip(), m.group("agency").strip(), m.group("body")


def is_seed_layout(text: str) -> bool:
    """True if ``text`` starts with the seed layout's ``date`` marker."""
    return bool(_SEED.match(text[:200]))


def parse_seed(text: str, source: str = "<text>") -> tuple[SeedParts | None, InputProblem | None]:
    """Parse the seed layout. A bad date gives a problem (the article is not stored)."""
    m = _SEED.match(text)
    if not m:
        return None, InputProblem(ErrorCode.E005_DATE, source, "1", "no 'date YYYY-MM[-DD]' header")
    try:
        date, precision = parse_iso_date(m.group("date"))
    except DateError as exc:
        return None, InputProblem(ErrorCode.E005_DATE, source, "1", str(exc))
    place, agency, body = split_dateline(m.group("rest"))
    return SeedParts(date, precision, place, agency, body), None
