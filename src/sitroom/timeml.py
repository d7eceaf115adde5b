"""TimeML date values and the calendar they name — one home for every stage (timex writes them, the pipeline gives
events their precision, the store sorts by them, fusion compares their spans).

A value is ISO 8601 plus TimeML's tokens, each field digits or X's when unknown:

    2022-10-16T14:30, 2022-10-16TEV   time (a clock time or a part of day)
    2022-10-16                        day
    2022-W42, 2022-W42-WE             week, weekend (ISO weeks)
    2022-10                           month
    2022-Q4, 2022-H2                  quarter, half
    2022-SP, -SU, -FA (-AU), -WI      season (northern meteorological: Mar-May, Jun-Aug, Sep-Nov, Dec-Feb)
    2022, 202, 20                     year, decade (2020s), century (2000s)
    XXXX-10-23                        a day of unknown year (grain "day", no span)

Durations (P3D, PT2H), references (PRESENT_REF, PAST_REF, FUTURE_REF) and anything else have no grain and no span.

- `grain_of(value)`: the unit of the finest field as written (one of `GRAINS`).
- `precision_of(value)`: the same in the extraction schema's vocabulary (`PRECISIONS`: time, day, week, month,
  year): a weekend is a week; quarters, halves, seasons, decades and centuries are "year" (the schema has nothing
  coarser, and a finer word would claim more than the value knows).
- `span_of(value)`: (first day, last day) the value covers; None when a field is unknown or it is not a date.
- `edge_span(value, text)`: the span of a month said by its edge ("early October", "the end of October", "mid-
  October"): that third of the month; otherwise `span_of`.
- `sort_key(value)`: the first day as YYYY-MM-DD (store order), or None.
- `value_of(day, grain)`: the value of the `grain`-long period that contains `day` (the inverse).
- `calendar_words(value, precision)`: the value as a reader says it, only as precise as it is ("13 October 2022",
  "the week of 17 October 2022", "October 2022", "the fourth quarter of 2022", "2022"), with whether it is vaguer
  than a day; the one date wording of the pages, the CLI and the briefings.
- `relation_words(relation, value)`: how a reader says the relation in front of the value ("as of", "since"): an
  "until" over a period longer than a day bounds it at the period's end ("by the end of the year" is stored as
  until 2022, and "until 2022" would read as the year's start), so it says "until the end of".
"""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from sitroom.model import PRECISIONS

__all__ = ["GRAINS", "PRECISIONS", "SEASON_MONTHS", "calendar_words", "date_words", "edge_span", "grain_of", "precision_of",
           "span_of",
           "sort_key", "value_of", "relation_words", "PARTS_OF_DAY"]

GRAINS = ("time", "day", "week", "weekend", "month", "quarter", "half", "season", "year", "decade", "century")
SEASON_MONTHS = {"SP": 3, "SU": 6, "FA": 9, "AU": 9, "WI": 12}     # first month; each season is three months
_PRECISION = {"time": "time", "day": "day", "week": "week", "weekend": "week", "month": "month", "quarter": "year",
              "half": "year", "season": "year", "year": "year", "decade": "year", "century": "year"}

_D2, _Y4 = r"(?:\d{2}|XX)", r"(?:\d{4}|XXXX)"
_VALUE = re.compile(rf"""
    (?P<year>{_Y4})
    (?: -(?P<month>{_D2}) (?:-(?P<day>{_D2}))?
      | -W(?P<week>{_D2}) (?:-(?P<weekday>[1-7X]|WE))?
      | -Q(?P<quarter>[1-4X])
      | -H(?P<half>[12X])
      | -(?P<season>SP|SU|FA|AU|WI)
    )?
    (?:T(?P<time>.+))?
    """, re.X)
# TimeML's parts of a day ("2022-11-01TNI": the night of 1 November)
PARTS_OF_DAY = {"MO": "morning", "MI": "mid-day", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"}
_DECADE = re.compile(r"\d{3}")
_CENTURY = re.compile(r"\d{2}")


def _match(value: str | None) -> re.Match[str] | None:
    return _VALUE.fullmatch(value) if value else None


def grain_of(value: str | None) -> str | None:
    """The unit of the value's finest field as written: time, day, week, weekend, month, quarter, half, season,
    year, decade or century; None for durations, references, sets written as P…, and anything unparseable."""
    if not value:
        return None
    m = _match(value)
    if m is None:
        if _DECADE.fullmatch(value):
            return "decade"
        return "century" if _CENTURY.fullmatch(value) else None
    if m["time"]:
        return "time"
    if m["day"] or (m["weekday"] and m["weekday"] != "WE"):
        return "day"
    if m["weekday"] == "WE":
        return "weekend"
    for grain in ("week", "month", "quarter", "half", "season"):
        if m[grain]:
            return grain
    return "year"


def precision_of(value: str | None) -> str | None:
    """time | day | week | month | year (the schema's precisions), None when the value is not a calendar date."""
    g = grain_of(value)
    return _PRECISION[g] if g else None


def _last_of_month(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def span_of(value: str | None) -> tuple[date, date] | None:
    """First and last calendar day the value covers; None without a known year (or any unknown field), for
    durations and references, and for impossible dates (2022-02-30, 2021-W53)."""
    g = grain_of(value)
    if g is None or "X" in value.split("T")[0]:
        return None
    try:
        if g == "decade":
            return date(int(value) * 10, 1, 1), date(int(value) * 10 + 9, 12, 31)
        if g == "century":
            return date(max(int(value) * 100, 1), 1, 1), date(int(value) * 100 + 99, 12, 31)
        m = _match(value)
        y = int(m["year"])
        if m["day"]:
            d = date(y, int(m["month"]), int(m["day"]))
            return d, d
        if m["month"]:
            return date(y, int(m["month"]), 1), _last_of_month(y, int(m["month"]))
        if m["week"]:
            monday = date.fromisocalendar(y, int(m["week"]), 1)
            if m["weekday"] == "WE":
                return monday + timedelta(days=5), monday + timedelta(days=6)
            if m["weekday"]:
                d = monday + timedelta(days=int(m["weekday"]) - 1)
                return d, d
            return monday, monday + timedelta(days=6)
        if m["quarter"] or m["half"]:
            months = 3 if m["quarter"] else 6
            first = (int(m["quarter"] or m["half"]) - 1) * months + 1
            return date(y, first, 1), _last_of_month(y, first + months - 1)
        if m["season"]:
            first = SEASON_MONTHS[m["season"]]
            end_y, end_m = (y + 1, first + 2 - 12) if first + 2 > 12 else (y, first + 2)
            return date(y, first, 1), _last_of_month(end_y, end_m)
        return date(y, 1, 1), date(y, 12, 31)
    except ValueError:
        return None


_MONTH_EDGE = re.compile(r"(?i)\b(?:(?P<early>early|the\s+(?:beginning|start)\s+of)|(?P<mid>mid|the\s+middle\s+of)|"
                         r"(?P<late>late|the\s+(?:end|close)\s+of))\b")


def edge_span(value: str | None, text: str | None) -> tuple[date, date] | None:
    """`span_of`, narrowed to a third of the month when a month value is said by its edge: "early October" /
    "the beginning of October" days 1-10, "mid-October" 11-20, "late October" / "the end of October" 21 to the last."""
    span = span_of(value)
    if span is None or not text or grain_of(value) != "month":
        return span
    m = _MONTH_EDGE.search(text)
    if m is None:
        return span
    first, last = span
    if m["early"]:
        return first, first.replace(day=10)
    if m["mid"]:
        return first.replace(day=11), first.replace(day=20)
    return first.replace(day=21), last


def sort_key(value: str | None) -> str | None:
    """First calendar day (YYYY-MM-DD) the value covers, or None when it has no calendar anchor."""
    span = span_of(value)
    return span[0].isoformat() if span else None


def value_of(day: date, grain: str = "day") -> str:
    """The TimeML value of the `grain` period containing `day` (2022-10-16 at "quarter" is 2022-Q4)."""
    if grain in ("week", "weekend"):
        y, w, _ = day.isocalendar()
        return f"{y:04d}-W{w:02d}" + ("-WE" if grain == "weekend" else "")
    if grain == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if grain == "quarter":
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    if grain == "half":
        return f"{day.year:04d}-H{1 if day.month <= 6 else 2}"
    if grain == "season":
        month_of = {3: "SP", 6: "SU", 9: "FA", 12: "WI"}
        first = 12 if day.month in (12, 1, 2) else day.month - (day.month % 3)
        year = day.year - 1 if day.month in (1, 2) else day.year
        return f"{year:04d}-{month_of[first]}"
    if grain == "year":
        return f"{day.year:04d}"
    if grain == "decade":
        return f"{day.year // 10:03d}"
    if grain == "century":
        return f"{day.year // 100:02d}"
    return day.isoformat()


def relation_words(relation: str | None, value: str | None) -> str:
    """The relation as words ("on", "as of", "since", "until", "before", "after"); "until the end of" when the value
    is a period longer than a day, since a stored "until" includes the whole period (a deadline "by the end of the
    year" or "by May" is met on its last day, not its first)."""
    words = (relation or "on").replace("_", " ")
    if relation == "until" and grain_of(value) not in (None, "time", "day"):
        return "until the end of"
    return words


def date_words(value: str | None, precision: str | None = None, relation: str | None = None) -> str | None:
    """A TimeML date value as a reader says it, as precise as it is ('13 October 2022', 'the week of 17 October
    2022', '2022', never a year's first day), with the relation in front ('as of', 'since', 'until the end of')
    unless it is 'on'; a value `calendar_words` cannot say stays as written; None when there is no value."""
    if not value:
        return None
    found = calendar_words(value, precision)
    text = found[0] if found else value
    rel = relation_words(relation, value)
    return text if rel == "on" else f"{rel} {text}"


_QUARTERS = ("first", "second", "third", "fourth")
_SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "AU": "autumn", "WI": "winter"}
_PREFIX = {"time": 16, "day": 10, "week": 8, "month": 7, "year": 4}     # a value cut to a coarser precision


def day_words(day: date) -> str:
    """'17 October 2022'."""
    return f"{day.day} {calendar.month_name[day.month]} {day.year}"


def calendar_words(value: str | None, precision: str | None = None) -> tuple[str, bool] | None:
    """(the value in words, whether it is vaguer than a day), at the value's own precision or the coarser
    `precision` given ("2022-10-13" at "month": "October 2022"); None for durations, references and values with
    an unknown field. A year-precision "2022" is "2022", never its first day."""
    g = grain_of(value)
    if g is None or "X" in value.split("T")[0]:
        return None
    if precision in _PREFIX and precision != "week" and g in ("time", "day", "month") \
            and len(value) > _PREFIX[precision]:
        value = value[:_PREFIX[precision]]
        g = grain_of(value)
    m = _match(value)
    try:
        if g in ("time", "day") and m is not None and m["day"]:
            words = day_words(date(int(m["year"]), int(m["month"]), int(m["day"])))
            if m["time"] in PARTS_OF_DAY:
                return f"the {PARTS_OF_DAY[m['time']]} of {words}", False
            return (f"{words}, {m['time']}" if m["time"] else words), False
        if g in ("week", "weekend"):
            first = date.fromisocalendar(int(m["year"]), int(m["week"]), 6 if g == "weekend" else 1)
            return f"the {'weekend' if g == 'weekend' else 'week'} of {day_words(first)}", True
        if g == "month" and 1 <= int(m["month"]) <= 12:
            return f"{calendar.month_name[int(m['month'])]} {m['year']}", True
        if g == "quarter":
            return f"the {_QUARTERS[int(m['quarter']) - 1]} quarter of {m['year']}", True
        if g == "half":
            return f"the {'first' if m['half'] == '1' else 'second'} half of {m['year']}", True
        if g == "year":
            return m["year"], True
        if g == "season":
            return f"{_SEASONS[m['season']]} {m['year']}", True
        if g == "decade":
            return f"the {value}0s", True
    except (ValueError, IndexError, TypeError):
        return None
    return None
