"""Calendar points at a granularity, and their TimeML values.

A `Point` is a date plus the granularity it is known to (day, week, weekend, month, quarter, half, year,
decade, century); `value_of` writes it the TimeML way (2022-10-16, 2022-W42, 2022-W42-WE, 2022-10,
2022-Q4, 2022-H2, 2022, 202, 20) through `sitroom.timeml`, and `shift` moves it by whole units.
"""
from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sitroom import timeml

GRAINS = ("day", "week", "weekend", "month", "quarter", "half", "year", "decade", "century")
# unit word -> granularity of the point it names
UNIT_GRAIN = {"S": "day", "M": "month", "H": "day", "D": "day", "W": "week", "WE": "weekend", "2W": "week",
              "Q": "quarter", "Y": "year", "10Y": "decade", "100Y": "century", "MIN": "day"}


@dataclass(frozen=True)
class Point:
    day: date
    grain: str = "day"


def parse_dct(dct: date | datetime | str | None) -> date | None:
    """Document creation time as a date: accepts date, datetime, ISO strings and YYYYMMDD."""
    if dct is None or dct == "":
        return None
    if isinstance(dct, datetime):
        return dct.date()
    if isinstance(dct, date):
        return dct
    s = str(dct).strip()
    try:
        if len(s) >= 8 and s[:8].isdigit():
            return date(int(s[:4]), int(s[4:6]), int(s[6:8]))
        return date.fromisoformat(s[:10])
    except ValueError:
        return None


def add_months(d: date, n: int) -> date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def shift(p: Point, unit: str, n: int) -> Point:
    """Move a point by n units (unit codes: D, W, WE, M, Q, Y, 10Y, 100Y, H, S); keeps its granularity."""
    d = p.day
    try:
        if unit in ("D", "H", "S", "MIN"):
            d = d + timedelta(days=n if unit == "D" else 0)
        elif unit in ("W", "WE"):
            d = d + timedelta(weeks=n)
        elif unit == "2W":
            d = d + timedelta(weeks=2 * n)
        elif unit == "M":
            d = add_months(d, n)
        elif unit == "Q":
            d = add_months(d, 3 * n)
        elif unit == "Y":
            d = add_months(d, 12 * n)
        elif unit == "10Y":
            d = add_months(d, 120 * n)
        elif unit == "100Y":
            d = add_months(d, 1200 * n)
    except (OverflowError, ValueError):
        return p
    return Point(d, p.grain)


def value_of(p: Point) -> str:
    return timeml.value_of(p.day, p.grain)


# grains a Point can stand at when read back from a value (seasons, decades and centuries are not anchors)
_POINT_GRAINS = frozenset({"time", "day", "week", "weekend", "month", "quarter", "half", "year"})


def point_of_value(value: str) -> Point | None:
    """Inverse of `value_of` for the values this module writes (used to anchor on earlier expressions)."""
    grain, span = timeml.grain_of(value), timeml.span_of(value)
    if span is None or grain not in _POINT_GRAINS:
        return None
    if grain == "weekend":                      # a week's point is its Monday, as `shift` and `value_of` expect
        return Point(span[0] - timedelta(days=5), grain)
    return Point(span[0], "day" if grain == "time" else grain)


# How far this year's date may lie on the wrong side of the DCT before a tense cue moves it to the other year.
_FLIP_DAYS = 31
_FLIP_MONTHS = 1


def nearest_year(dct: date, month: int, day: int | None, future: bool | None, adjacent: bool = False) -> int:
    """Year for a date written without one: the nearest occurrence before the DCT in past contexts, after it
    in future contexts, when this year's is more than a month (_FLIP_DAYS, _FLIP_MONTHS) on the wrong side, or more
    than two days when the tense cue is the expression's own verb (`adjacent`: "had left on Jan. 14"). With no tense
    cue, the nearest
    occurrence, counting days ahead of the DCT two and a half times (news mostly reports the past; a bare month
    name is more often a coming one, "talks resume in February", so its days ahead count one and a half times)."""
    y = dct.year
    cand = safe_date(y, month, day or 1)
    if cand is None:
        return y
    if future is None:
        def cost(yy: int) -> float:
            d = safe_date(yy, month, day or 15)
            if d is None:
                return 1e9
            delta = (d - dct).days
            if day is None and yy == y and month == dct.month:
                return 0
            ahead = 1.5 if day is None else 2.5
            return delta * ahead if delta > 2 else -delta if delta < 0 else 0
        return min((y - 1, y, y + 1), key=cost)
    # The tense moves a date to the other year only when this year's is far on the wrong side: a clause's tense
    # cue is often another verb's ("the cut agreed on Oct. 5 will tighten ...", "will hold drills from Oct. 17,
    # the alliance said"), and a date weeks away is far likelier than one a year away.
    months, days = (0, 2) if adjacent else (_FLIP_MONTHS, _FLIP_DAYS)
    if day is None:   # a month: the current month counts as both past and future
        if future and month < dct.month - months:
            return y + 1
        if not future and month > dct.month + months:
            return y - 1
        return y
    if future and cand < dct - timedelta(days=days):
        return y + 1
    if not future and cand > dct + timedelta(days=days):
        return y - 1
    return y


def deadline_year(dct: date, month: int, day: int) -> int:
    """Year of a deadline-like date without a year ("effective Dec. 7", "extended to Nov. 20", "payable Jan. 2"):
    the nearest occurrence, counting days ahead of the DCT at 0.6 since deadlines mostly lie ahead."""
    def cost(yy: int) -> float:
        d = safe_date(yy, month, day)
        if d is None:
            return 1e9
        delta = (d - dct).days
        return delta * 0.6 if delta >= 0 else -delta
    return min((dct.year - 1, dct.year, dct.year + 1), key=cost)


def weekday_near(dct: date, weekday: int, future: bool) -> date:
    """The named weekday (1=Monday) nearest the DCT: on or before it in the past, on or after it in the future."""
    delta = weekday - dct.isoweekday()
    if future:
        return dct + timedelta(days=delta % 7)
    return dct - timedelta(days=(-delta) % 7)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """n-th (1-based; -1 = last) given weekday (1=Monday) of a month."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    last = date(year, month, calendar.monthrange(year, month)[1])
    return last - timedelta(days=(last.isoweekday() - weekday) % 7)
