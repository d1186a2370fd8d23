"""Compute TIMEX3 values from a rule's value template, its match and the reference dates.

Conventions (what a value may claim):

* A relative expression is resolved against a reference: the article date (DCT) for deictic
  expressions in news mode ("gestern", "vergangene Woche"), the last date mentioned in the text
  for anaphoric ones ("am folgenden Tag") and for everything in narrative mode.
* The value never claims more than the reference allows. With a month-precision article date
  (``2022-03``) a day-level expression ("am Samstag", "gestern") becomes ``2022-03-XX`` (the
  month of the article; a shift of up to a week is assumed not to leave it), a week-level one
  becomes ``2022-WXX`` and a weekend ``2022-WXX-WE``; month and year shifts stay exact
  ("vergangenen Monat" = ``2022-02``). Without any reference the value stays underspecified
  (``XXXX-XX-XX``, ``XXXX-WXX``, ``XXXX``); it is never taken from the clock.
* Years before Christ are written ``BC0260`` and kept internally as negative numbers.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

_VALUE_DATE = re.compile(r"^(BC)?(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_TIME_UNITS = {"H": "H", "MIN": "M", "S": "S"}
# A month named without a year this few months after the story's month, across the new year,
# is the next year's (see year_for_month).
WRAP_MONTHS = 3
_SEASON_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


@dataclass(frozen=True)
class RefDate:
    """A reference date; month and day are None when unknown (month- or year-precision)."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, value: str | None) -> RefDate | None:
        """Parse the leading calendar part of a TIMEX3 value or article date; None if absent."""
        if not value:
            return None
        m = _VALUE_DATE.match(value)
        if not m:
            return None
        year = int(m.group(2)) * (-1 if m.group(1) else 1)
        month = int(m.group(3)) if m.group(3) else None
        day = int(m.group(4)) if m.group(4) and month else None
        return cls(year, month, day)

    def date(self) -> _dt.date | None:
        """The day as a ``datetime.date`` if the day is known and in the Christian era."""
        if self.day is None or self.month is None or self.year < 1:
            return None
        try:
            return _dt.date(self.year, self.month, self.day)
        except ValueError:
            return None


def fmt_year(year: int) -> str:
    """Format a year, before Christ as ``BCnnnn``."""
    return f"BC{-year:04d}" if year < 0 else f"{year:04d}"


@dataclass
class Context:
    """What a value function may look at for one expression."""

    mode: str                  # "news" | "narrative"
    dct: RefDate | None        # the article date
    last: RefDate | None       # the last date mentioned before this expression
    tense: str | None          # "past" | "future" | None, from the sentence
    anaphoric: bool = False    # the rule asks for the text reference
    used: str | None = None    # which reference was used: "dct" | "text"
    narrative: RefDate | None = None  # in a dated article: the passage's own time, when the
    #                                   text has moved away from the article's present
    ahead: int | None = None   # the next year, named in passing since the story's day

    def ref(self) -> RefDate | None:
        """Return the reference date for this expression and remember which one it was."""
        if self.mode == "narrative" or self.anaphoric:
            if self.last is not None:
                self.used = "text"
                return self.last
        if self.narrative is not None:
            self.used = "text"
            return self.narrative
        if self.dct is not None:
            self.used = "dct"
            return self.dct
        self.used = "dct" if self.mode == "news" else "text"
        return None

    def direction(self) -> int:
        """+1 if an unspecific reference ("am Samstag") points forward, else -1.

        News: future or present tense forward ("am Samstag beginnt" announces), otherwise back
        (news mostly report the past). Histories narrate forward, so a weekday after a date is
        the next one.
        """
        if self.tense in ("future", "present"):
            return 1
        if self.tense == "past":
            return -1
        return 1 if self.mode == "narrative" else -1


class Unresolvable(Exception):
    """A value cannot be computed from this match (a missing group): try the next alternative."""


def _int(x: str | None) -> int:
    if x is None or x == "":
        raise Unresolvable("missing number")
    return int(x)


def shift(ctx: Context, unit: str, n: str) -> str:
    """The period ``n`` units of ``unit`` (D, W, M, Q, Y, DE, CE) from the reference."""
    if n.lstrip("-+") == "X":
        return "PAST_REF" if n.startswith("-") else "FUTURE_REF"
    k = int(n)
    ref = ctx.ref()
    if unit in ("H", "MIN", "S"):
        unit = "D"
    if ref is None:
        return {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "M": "XXXX-XX", "Q": "XXXX-QX",
                "Y": "XXXX", "DE": "XXX", "CE": "XX"}[unit]
    y = ref.year
    if unit == "Y":
        return fmt_year(y + k)
    if unit == "DE":
        return f"{(y // 10) + k:03d}"
    if unit == "CE":
        return f"{(y // 100) + k:02d}"
    if unit in ("M", "Q"):
        if ref.month is None:
            return f"{fmt_year(y)}-XX" if unit == "M" else f"{fmt_year(y)}-QX"
        if unit == "Q":
            q = (ref.month - 1) // 3 + k
            return f"{fmt_year(y + q // 4)}-Q{q % 4 + 1}"
        m = ref.month - 1 + k
        return f"{fmt_year(y + m // 12)}-{m % 12 + 1:02d}"
    day = ref.date()
    if unit == "W":
        if day is None:
            return f"{fmt_year(y)}-WXX"
        iy, iw, _ = (day + _dt.timedelta(weeks=k)).isocalendar()
        return f"{iy:04d}-W{iw:02d}"
    # days
    if day is None:
        if ref.month is not None and abs(k) <= 7:
            return f"{fmt_year(y)}-{ref.month:02d}-XX"
        return f"{fmt_year(y)}-XX-XX"
    return (day + _dt.timedelta(days=k)).isoformat()


def later(ctx: Context, unit: str, n: str) -> str:
    """``n`` units after (before, if negative) the reference, as precise as the reference.

    "eine Woche später" after a day is a day; after a month-precision date it is that month's
    week (``XXXX-WXX``-like) as :func:`shift` gives it.
    """
    if n.lstrip("-+") == "X":
        return shift(ctx, unit, n)
    ref = ctx.ref()
    day = ref.date() if ref else None
    if day is None or unit not in ("D", "W", "M"):
        return shift(ctx, unit, n)
    k = int(n)
    if unit == "M":
        m = day.month - 1 + k
        y, mo = day.year + m // 12, m % 12 + 1
        try:
            return _dt.date(y, mo, day.day).isoformat()
        except ValueError:
            return f"{y:04d}-{mo:02d}"
    return (day + _dt.timedelta(days=k * (7 if unit == "W" else 1))).isoformat()


def weekday(ctx: Context, wd: str, offset: str = "0", direction: str = "0", strict: str = "0") -> str:
    """The day named by a weekday, before or after the reference.

    ``direction`` > 0 forces the next such day, < 0 the last one ("kommenden Freitag",
    "seit Montag"); 0 leaves it to the tense. ``offset`` moves the result by days ("in der
    Nacht zum Sonntag" is Saturday's night). ``strict`` (with a direction) never names the
    reference day itself: "am vergangenen Sonntag" in a Sunday's article is a week back.
    """
    ref = ctx.ref()
    if ref is None:
        return "XXXX-XX-XX"
    day = ref.date()
    if day is None:
        return f"{fmt_year(ref.year)}-{ref.month:02d}-XX" if ref.month else \
            f"{fmt_year(ref.year)}-XX-XX"
    target = int(wd)
    forward = int(direction) > 0 if int(direction) else ctx.direction() > 0
    if forward:
        delta = (target - day.isoweekday()) % 7
    else:
        delta = -((day.isoweekday() - target) % 7)
    if int(strict) and int(direction) and delta == 0:
        delta = 7 if forward else -7
    return (day + _dt.timedelta(days=delta + int(offset))).isoformat()


def weekend(ctx: Context, n: str) -> str:
    """The weekend before (n=-1), after (n=1) or, for n=0, as the tense says."""
    k = int(n) or ctx.direction()
    ref = ctx.ref()
    if ref is None:
        return "XXXX-WXX-WE"
    day = ref.date()
    if day is None:
        return f"{fmt_year(ref.year)}-WXX-WE"
    wd = day.isoweekday()
    if k < 0:  # the last Saturday up to the reference day (a Sunday belongs to its weekend)
        sat = day - _dt.timedelta(days=(wd - 6) % 7)
    else:
        sat = day + _dt.timedelta(days=(6 - wd) % 7 if wd <= 6 else -1)
    iy, iw, _ = sat.isocalendar()
    return f"{iy:04d}-W{iw:02d}-WE"


def year_for_month(ctx: Context, month: str, wrap: bool = True) -> str:
    """The year of a month named without a year: the reference year, moved by the tense in news.

    In a story (the reference is a date of the text) a month shortly after the story's month
    across the new year is the next year's; ``wrap=False`` turns that off (seasons, which are
    looked back on as often as ahead).
    """
    ref = ctx.ref()
    if ref is None:
        return "XXXX"
    m = int(month)
    y = ref.year
    if ctx.mode == "news" and ctx.used == "dct" and ref.month is not None:
        if ctx.tense == "past" and m > ref.month:
            y -= 1
        elif ctx.tense in ("future", "present") and m < ref.month:
            y += 1
    elif ctx.used == "text" and not ctx.anaphoric and ctx.ahead == ref.year + 1 \
            and ref.month is not None and m < ref.month:
        # the text named the next year in passing: a month before the story's is that year's
        y += 1
    elif wrap and ctx.used == "text" and not ctx.anaphoric and ref.month is not None \
            and 0 < m + 12 - ref.month <= WRAP_MONTHS:
        # a story told forward crosses the new year: "Am 20. Dezember 1944 begann die
        # Offensive. Am 3. Januar griffen die Alliierten an." is 1945, not eleven months back
        y += 1
    return fmt_year(y)


def year_for_season(ctx: Context, season: str) -> str:
    """The year of a season named without a year (see :func:`year_for_month`)."""
    return year_for_month(ctx, str(_SEASON_MONTH[season]), wrap=False)


def year_for_holiday(ctx: Context, month_day: str) -> str:
    """The year of a holiday named without a year ("an Silvester", value ``MM-DD``), as for its month."""
    return year_for_month(ctx, month_day.split("-")[0])


def year_for_next_season(ctx: Context, season: str) -> str:
    """The year of "im folgenden / nächsten Frühjahr": the first such season after the reference.

    After a month, a season that starts later in its year is that year's, any other the next
    year's; after a bare year (or a season, which a reference keeps as its year) the next year's,
    except for a winter, which starts at that year's end.
    """
    ref = ctx.ref()
    if ref is None:
        return "XXXX"
    start = _SEASON_MONTH[season]
    if ref.month is not None:
        return fmt_year(ref.year if start > ref.month else ref.year + 1)
    return fmt_year(ref.year if season == "WI" else ref.year + 1)


def year_turn(ctx: Context) -> str:
    """The year whose end is meant by "Jahreswechsel": this one ahead, the last one looking back."""
    return shift(ctx, "Y", "0" if ctx.direction() > 0 else "-1")


def today(ctx: Context) -> str:
    """"heute": the reference day in news; in histories the present as a whole."""
    if ctx.mode == "narrative":
        return "PRESENT_REF"
    return shift(ctx, "D", "0")


def duration(ctx: Context, num: str | None, unit: str) -> str:
    """``P<num><unit>``; time units after ``T``; an unknown number is ``X``."""
    n = num if num not in (None, "") else "X"
    if unit in _TIME_UNITS:
        return f"PT{n}{_TIME_UNITS[unit]}"
    return f"P{n}{unit}"


def one_and_half(ctx: Context, unit: str) -> str:
    """"anderthalb Stunden/Jahre" without fractions: ``PT1H30M``, ``P18M``."""
    return {"H": "PT1H30M", "Y": "P18M", "D": "PT36H", "M": "P6W"}.get(unit, f"P1.5{unit}")


def clock(ctx: Context, hour: str, minute: str | None) -> str:
    """A clock time on the reference day (day parts left ``XX`` where unknown)."""
    h = _int(hour)
    mm = int(minute) if minute else 0
    return f"{shift(ctx, 'D', '0')}T{h:02d}:{mm:02d}"


def part_of_day(ctx: Context, part: str | None) -> str:
    """``T`` + a part-of-day code, or nothing when the rule matched without one."""
    if not part:
        raise Unresolvable("no part of day")
    return f"T{part}"


def complete_year(ctx: Context, yy: str, full: str | None = None) -> str:
    """A two-digit year after a full one ("1912/13"): the first year's century ("1999/00" ->
    2000); without the first year, the reference's."""
    if full:
        first = int(full)
    else:
        ref = ctx.ref()
        if ref is None:
            raise Unresolvable("no year to complete")
        first = ref.year
    y = (first // 100) * 100 + int(yy)
    return fmt_year(y if y > first else y + 100)


def decade(ctx: Context, d: str) -> str:
    """"90er" -> ``199``, "1940er" -> ``194`` (two digits are read as the 20th century)."""
    return d[:3] if len(d) == 4 else f"19{d[0]}"


def century(ctx: Context, n: str) -> str:
    """The n-th century as TIMEX3 writes it: "20. Jahrhundert" -> ``19``."""
    return f"{int(n) - 1:02d}"


def before_christ(ctx: Context, year: str) -> str:
    """A year before Christ: ``BC0260``."""
    return f"BC{int(year):04d}"


def era_year(ctx: Context, year: str) -> str:
    """A year of three digits without its era ("das Jahr 149"): before Christ when the story
    is, after Christ otherwise."""
    ref = ctx.last if ctx.last is not None else ctx.narrative
    y = int(year)
    return fmt_year(-y if ref is not None and ref.year < 0 else y)


def two_digits(ctx: Context, x: str) -> str:
    """A number with two digits."""
    return f"{int(x):02d}"


FUNCTIONS = {
    "shift": shift, "later": later, "wd": weekday, "we": weekend, "ym": year_for_month, "ys": year_for_season,
    "ynext": year_for_next_season,
    "yh": year_for_holiday,
    "yturn": year_turn, "today": today, "dur": duration, "half": one_and_half, "time": clock,
    "pod": part_of_day, "yy": complete_year, "dec": decade, "cent": century,
    "bc": before_christ, "era": era_year, "d2": two_digits,
}
