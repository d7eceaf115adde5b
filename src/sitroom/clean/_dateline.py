"""Publication date lines near the top of a scraped page: "24 October 2022, 10:18 AM", "Oct. 24, 2022",
"2022-10-24 10:18", "Monday, 24 October 2022", "Updated: 24.10.2022 10:18". Parsed to ISO 8601 as precise
as the line gives (date, or date and minutes).

Month and weekday names come from data/en/common.json. Our own rules rather than dateparser: on the pages with a
known date (benchmarks/dates.py, page text of the seed, ISW and ScrapingHub pages) both find the same 38 of 76
datelines, dateparser adds two wrong ones and takes five times as long."""
from __future__ import annotations

import re

from sitroom.lexicon import load_json

_COMMON = load_json("en/common.json")
_MONTHS = {**_COMMON["months"], **_COMMON["month_abbreviations"]}
_WEEKDAYS = [*_COMMON["weekdays"], *_COMMON["weekday_abbreviations"]]
_MON = r"(?P<mon>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DATES = [
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MON},?\s+{_YEAR}\b", re.I),
    re.compile(rf"\b{_MON}\s+{_DAY},?\s+{_YEAR}\b", re.I),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?=$|[T\s,|])", re.I),
    re.compile(r"\b(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>(?:19|20)\d\d)\b"),
]
_TIME = re.compile(r"(?<![\d:])(?P<h>[0-2]?\d)[:.](?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?\s*(?P<ampm>[ap]\.?\s?m\.?)?(?![\d:])", re.I)
_TIME_ISO = re.compile(r"T(?P<h>[0-2]\d):(?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?")
_FILLER = re.compile(
    r"\b(?:updated|update|published|posted|last|first|modified|on|at|date|time|am|pm|a\.m\.|p\.m\.|"
    + "|".join(_WEEKDAYS) + "|"
    r"utc|gmt|bst|cet|cest|eet|eest|msk|et|est|edt|ct|cst|cdt|pt|pst|pdt|kyiv|kiev|moscow|london|time)\b\.?|"
    r"[|,:;/·•\-–—()\[\]+]|\d+", re.I)


def parse_time(text: str) -> tuple[int, int] | None:
    m = _TIME_ISO.search(text) or _TIME.search(text)
    if not m:
        return None
    h, mi = int(m.group("h")), int(m.group("m"))
    ampm = (m.groupdict().get("ampm") or "").lower().replace(".", "").replace(" ", "")
    if ampm == "pm" and h < 12:
        h += 12
    elif ampm == "am" and h == 12:
        h = 0
    return (h, mi) if h < 24 else None


def parse_date(text: str) -> tuple[tuple[int, int, int], re.Match[str]] | None:
    for rx in _DATES:
        m = rx.search(text)
        if not m:
            continue
        g = m.groupdict()
        month = _MONTHS[g["mon"].lower().rstrip(".")] if g.get("mon") else int(g["month"])
        day, year = int(g["day"]), int(g["year"])
        if 1 <= month <= 12 and 1 <= day <= 31:
            return (year, month, day), m
    return None


def _leftover_words(line: str, date_match: re.Match[str]) -> int:
    rest = line[:date_match.start()] + " " + line[date_match.end():]
    rest = _FILLER.sub(" ", rest)
    return len([w for w in rest.split() if w.strip(".")])


def parse_dateline(line: str, *, max_other_words: int = 4) -> str | None:
    """ISO date ("2022-10-24") or date-time ("2022-10-24T10:18") when the line is essentially a date
    (at most `max_other_words` words besides date, time, weekday, zone and "Updated"/"Published" labels)."""
    found = parse_date(line)
    if not found:
        return None
    (y, mo, d), m = found
    if _leftover_words(line, m) > max_other_words:
        return None
    iso = f"{y:04d}-{mo:02d}-{d:02d}"
    t = parse_time(line[m.end():]) or parse_time(line[:m.start()])
    return f"{iso}T{t[0]:02d}:{t[1]:02d}" if t else iso


def parse_timeline(line: str) -> tuple[int, int] | None:
    """A line that is only a time of day ("5:50 PM", "10:18 GMT"), as (hour, minute)."""
    t = _TIME.search(line)
    if not t or len(_FILLER.sub(" ", line).split()) > 0:
        return None
    return parse_time(line)
