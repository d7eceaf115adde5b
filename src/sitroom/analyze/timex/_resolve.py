"""Normalize one matched time expression to a TimeML type and value.

Each resolver takes the regex match and a `Context` (DCT, narrative anchor, tense of the clause) and returns
a `Resolved` or None (the match was not temporal after all). Anchors: "absolute" (the text names the
calendar time), "dct" (relative to the document date), "narrative" (relative to the last date in the text).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Callable

from sitroom.analyze.timex._calendar import Point, deadline_year, nearest_year, safe_date, value_of
from sitroom.analyze.timex._patterns import TEMPORAL_PREP, lexicon
from sitroom.analyze.timex._tense import scheduled_verb_before, target_ahead, told_as_past
from sitroom.lexicon import load_json

POD_CODE = load_json("en/timex.json")["part_of_day_codes"]
_TIME_UNITS = {"S", "MIN", "H"}
_YEAR_LIKE_NOUN = re.compile(r"\s+(?:percent|per|people|troops|soldiers|dollars|km|kilometers|miles|points|shares|"
                             r"tons|tonnes|feet|meters|metres|residents|civilians|refugees|deaths|cases|votes|units|"
                             r"barrels|acres|members|workers|employees|jobs|prisoners|pounds|euros|rubles|roubles|hryvnias?|yen|yuan|"
                             r"francs|pesos|rupees|rand|lira)\b"
                             # "(1800 GMT)": a four-digit wire clock, not a year
                             r"|\s*(?-i:GMT|UTC|Z|[A-Z]{1,3}T)\b|\s*hours\b")
_NOT_YEAR_BEFORE = re.compile(r"(?i:\b(?:no\.|number|resolution|flight|route|room|article|section|chapter|highway|"
                              r"interstate|bill|decree|order|code|version|page|pages|about|nearly|some|over|"
                              r"than)\s+)$")


# Words that make the following date a deadline or a start in force ("effective Dec. 7", "extended to Nov. 20",
# "payable Jan. 2 to holders of record Nov. 16"): its tense is that of the arrangement, not of the reporting verb.
_DEADLINE_BEFORE = re.compile(r"(?i:\b(?:effective|payable|of\s+record|record\s+date\s+(?:is|was)|expires?|expiring|"
                              r"deadline(?:\s+is)?|due|until(?:\s+at\s+(?:least|the\s+earliest))?|(?:extend(?:ed|s|ing)?|postpone[ds]?|delay(?:ed|s)?|defer(?:red|s)?|"
                              r"adjourn(?:ed|s)?|push(?:ed|es)?\s+back|mov(?:ed|es)|set\s+back)\b[^.;]{0,30}?\b(?:to|until))"
                              r"(?:\s+(?:on|in))?\s+(?:the\s+)?$)")

# A deadline noun right after the date ("a Jan. 14 return date", "the Nov. 6 deadline")
_DEADLINE_AFTER = re.compile(r"(?i:\s+(?:[a-z]+\s+)?(?:deadline|due\s+date|return\s+date|target\s+date|cutoff|cut-off)\b"
                             # a scheduled event named by its date ("before the Nov. 5 election", "the March 3 summit"):
                             # the nearest one, whatever the tense of the verb that tells of it
                             r"|\s+(?:(?:presidential|parliamentary|general|local|snap|party|leadership|emergency|"
                             r"runoff|run-off)\s+)?(?:elections?|votes?|referendum|runoff|run-off|ballot|summit|"
                             r"primary|primaries|caucus(?:es)?|hearing|inauguration)\b)")

# An arrangement told in the pluperfect ("had been due to expire Friday", "had been scheduled for May") lay ahead of a
# past moment: the date it names is past, whatever deadline word stands before it.
PLUPERFECT_PLAN = re.compile(r"(?i:\bhad\s+(?:(?:previously|originally|earlier|once)\s+)?(?:been\s+)?"
                             r"(?:due|scheduled|set|expected|slated|planned|supposed|meant)\s+(?:to|for)\b)")


_RETROSPECTIVE_BEFORE = re.compile(r"(?i:(?:^|[.!?;]['\"]?\s+|\n\s*|\b(?:up|not|only)\s+)$)")


def deadline_ahead(text: str, start: int) -> bool:
    """A deadline cue right before `start` ("until", "effective", "postponed to") that is not told as past: not in
    the pluperfect, and not a clause-opening "Until Thursday, ..." / "not until" / "up until" that looks back."""
    m = _DEADLINE_BEFORE.search(text, max(0, start - 40), start)
    if m is None or PLUPERFECT_PLAN.search(text, max(0, start - 80), start):
        return False
    return not _RETROSPECTIVE_BEFORE.search(text, max(0, m.start() - 10), m.start())


@dataclass
class Context:
    text: str
    dct: date | None
    future: Callable[[], bool]
    tense_adjacent: Callable[[], bool] = lambda: False   # the tense cue is the expression's own verb
    last: Point | None = None          # last calendar point resolved in the text (any grain)
    last_day: Point | None = None      # last day-precision point
    last_day_end: int = -1
    last_end: int = -1                 # where the expression of `last` ends
    last_period: Point | None = None   # last quarter or half named (financial reports compare periods)
    last_seen: Point | None = None     # last point resolved, from the DCT too ("last week ... the week before")


@dataclass(frozen=True)
class Resolved:
    type: str
    value: str
    anchor: str | None
    moves_narrative: bool = False
    point: Point | None = field(default=None, compare=False)


def number(word: str | None) -> float | None:
    """'3' -> 3, 'twenty-four' -> 24, 'a' -> 1; vague words ('several') -> None."""
    if not word:
        return 1
    w = re.sub(r"\s+", " ", word.lower().strip())
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", w):
        return float(w.replace(",", ""))     # "1,000 days"
    if w.endswith(" 1/2") and w[:-4].isdigit():
        return int(w[:-4]) + 0.5
    if w.replace(".", "", 1).isdigit():
        return float(w)
    nums = lexicon()["numbers"]
    if w in nums:
        return nums[w]
    parts = re.split(r"[\s-]", w)
    if len(parts) == 2 and parts[0] in nums and parts[1] in nums:
        return nums[parts[0]] + nums[parts[1]]
    return None


def unit_code(word: str) -> str:
    w = word.lower().strip()
    if w.startswith("minute"):
        return "MIN"
    if w.startswith("centur"):
        return "100Y"
    w = w[:-1] if w.endswith("s") else w
    return lexicon()["units"].get(w, "D")


def duration_value(n: float | None, unit: str) -> str:
    code = {"MIN": "M", "10Y": "DE", "100Y": "CE", "2W": "W", "WE": "D"}.get(unit, unit)
    if unit == "10Y" and n is not None:
        code, n = "Y", n * 10
    if unit == "100Y" and n is not None:
        code, n = "Y", n * 100
    if unit == "2W" and n is not None:
        n = n * 2
    if unit == "WE" and n is not None:
        n = n * 2
    if n is None:
        amount = "X"
    elif n == int(n):
        amount = str(int(n))
    else:
        whole, part = int(n), n - int(n)
        smaller = {"H": ("M", 60), "MIN": ("S", 60), "D": ("H", 24), "Y": ("M", 12), "M": ("D", 30), "W": ("D", 7)}.get(unit)
        if smaller and (part * smaller[1]) == int(part * smaller[1]):
            head = f"{whole}{code}" if whole else ""
            # "5 1/2 hours" -> PT5H30M, "2 1/2 years" -> P2Y6M, "a day and a half" -> P1DT12H
            sep = "T" if code == "D" else ""
            return ("PT" if unit in _TIME_UNITS else "P") + head + sep + f"{int(part * smaller[1])}{smaller[0]}"
        amount = f"{n:g}"
    return ("PT" if unit in _TIME_UNITS else "P") + amount + code


def _dct_point(ctx: Context, grain: str = "day") -> Point | None:
    return Point(ctx.dct, grain) if ctx.dct else None


def _month_num(word: str) -> int:
    return lexicon()["months"][word.lower().rstrip(".")]


def _full_year(y: str) -> int:
    n = int(y)
    return n if len(y) == 4 else (1900 + n if n >= 50 else 2000 + n)


# The end of what an infinitive of purpose or a plan sets out to do ("a bill to fund the government through Sept. 30",
# "a deal to extend the truce until May 2"): ahead of the past verb that tells of the bill or the deal.
_TARGET_END_BEFORE = re.compile(r"(?i:\b(?:through|until|till|by)\s+$)")
_PURPOSE_TO = re.compile(r"(?i:\b(?:bill|plan|measure|deal|law|legislation|proposal|budget|resolution|decree|agreement|"
                         r"order|vote|voted|agreed|decided)\s+to\s+(?!(?:be|have|the|a|an|his|her|its|their|this|that)\b)"
                         r"[a-z]+\b[^,;.]{0,60}$)")


def _purpose_target(text: str, start: int) -> bool:
    prep = _TARGET_END_BEFORE.search(text, max(0, start - 8), start)
    return prep is not None and _PURPOSE_TO.search(text, max(0, prep.start() - 90), prep.start()) is not None


def _day_value(ctx: Context, month: int, day: int, year: str | None, pod: str | None = None,
               start: int | None = None, end: int | None = None) -> Resolved | None:
    if not 1 <= day <= 31:
        return None
    if year:
        d = safe_date(int(year), month, day)
        if d is None:
            return None
        return Resolved("DATE", d.isoformat(), "absolute", True, Point(d))
    if ctx.dct is None:
        if safe_date(2000, month, day) is None:
            return None
        return Resolved("DATE", f"XXXX-{month:02d}-{day:02d}", None)
    if start is not None and (_DEADLINE_BEFORE.search(ctx.text, max(0, start - 40), start)
                              or _DEADLINE_AFTER.match(ctx.text, end or start)):
        y = deadline_year(ctx.dct, month, day)
    else:
        future = ctx.future()
        if future is None and start is not None and scheduled_verb_before(ctx.text, start):
            future = True       # "the law takes effect Jan. 1", "talks resume on Feb. 3": a schedule in the present
        if (future is None and start is not None and _TARGET_BEFORE.search(ctx.text, max(0, start - 24), start)
                and not told_as_past(ctx.text, start)):
            y = deadline_year(ctx.dct, month, day)   # "the target is 90% by Nov. 1": a target, mostly ahead
        elif start is not None and future is not True and _purpose_target(ctx.text, start):
            y = deadline_year(ctx.dct, month, day)   # "approved a bill to fund the government through Sept. 30"
        elif (start is not None and future is not True and target_ahead(ctx.text, start, end or start)
              and not PLUPERFECT_PLAN.search(ctx.text, max(0, start - 80), start)):
            y = deadline_year(ctx.dct, month, day)   # "called a snap election for May 10": an appointment, as a weekday
        else:
            y = nearest_year(ctx.dct, month, day, future, ctx.tense_adjacent())
    d = safe_date(y, month, day)
    if d is None:
        return None
    return Resolved("DATE", d.isoformat(), "dct", True, Point(d))


def iso(m: re.Match, ctx: Context) -> Resolved | None:
    d = safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    if d is None:
        return None
    if m["hh"]:
        return Resolved("TIME", f"{d.isoformat()}T{m['hh']}:{m['mm']}", "absolute", True, Point(d))
    return Resolved("DATE", d.isoformat(), "absolute", True, Point(d))


def numeric(m: re.Match, ctx: Context) -> Resolved | None:
    a, b = int(m["a"]), int(m["b"])
    if m["sep"] == "/":     # US order unless the first number cannot be a month
        month, day = (a, b) if a <= 12 else (b, a)
    else:                   # day.month.year unless the second number cannot be a month
        day, month = (a, b) if b <= 12 else (b, a)
    if not (1 <= month <= 12):
        return None
    return _day_value(ctx, month, day, str(_full_year(m["y"])))


def month_day(m: re.Match, ctx: Context) -> Resolved | None:
    return _day_value(ctx, _month_num(m["mon"]), int(m["day"]), m["year"], start=m.start(), end=m.end())


def week_of(m: re.Match, ctx: Context) -> Resolved | None:
    r = _day_value(ctx, _month_num(m["mon"]), int(m["day"]), m["year"], start=m.start(), end=m.end())
    if r is None or r.point is None:
        return r
    p = Point(r.point.day, "week")
    return Resolved("DATE", value_of(p), r.anchor, False, p)


_WEEK_OF_MONTH_DAY = {"first": 4, "second": 11, "third": 18, "fourth": 25}


def month_week(m: re.Match, ctx: Context) -> Resolved | None:
    """'the first week of March': the ISO week holding that month's 4th (11th, 18th, 25th; 'last': its last day
    less 3), as ISO counts a year's first week; the month's year as the month alone would resolve."""
    r = month_year(m, ctx) if m["year"] else month(m, ctx)
    if r is None or r.point is None:
        return r
    first = r.point.day
    nth = m["nth"].lower()
    if nth in _WEEK_OF_MONTH_DAY:
        d = first.replace(day=_WEEK_OF_MONTH_DAY[nth])
    else:
        d = date(first.year + first.month // 12, first.month % 12 + 1, 1) - timedelta(days=4)
    p = Point(d, "week")
    return Resolved("DATE", value_of(p), r.anchor, r.moves_narrative, p)


_RANGE_JOINS = (" and ", " or ", " to ", "-", "\u2013")


def range_day_first(m: re.Match, ctx: Context) -> Resolved | None:
    """'3' in 'on 3-4 April', '10' in 'the night of 10 to 11 March': the day of the month (and year) the range's second
    end names, resolved as that date would be."""
    day, second = int(m["day"]), int(m["rday"])
    if not 1 <= day < second <= 31:
        return None
    return _day_value(ctx, _month_num(m["rmon"]), day, m["ryear"], start=m.start(), end=m.end())


def range_day(m: re.Match, ctx: Context) -> Resolved | None:
    """'25' in 'April 24 and 25', '14' in 'Oct. 12-14': a later day of the month of the date just before."""
    last = ctx.last_day
    if last is None or ctx.text[ctx.last_day_end:m.start()] not in _RANGE_JOINS or last.grain != "day":
        return None
    d = safe_date(last.day.year, last.day.month, int(m["day"]))
    if d is None or d <= last.day:
        return None
    return Resolved("DATE", d.isoformat(), "narrative", False, Point(d))


def month_year(m: re.Match, ctx: Context) -> Resolved | None:
    y = int(m["year"]) if m["year"] else spoken_year_number(m["spoken"])     # "January nineteen ninety-seven"
    if y is None:
        return None
    d = date(y, _month_num(m["mon"]), 1)
    return Resolved("DATE", value_of(Point(d, "month")), "absolute", True, Point(d, "month"))


# A month after "by"/"until" in a clause with no tense cue is a target or a deadline
_TARGET_BEFORE = re.compile(r"(?i:\b(?:by|until|till)\s+(?:(?:the\s+)?(?:end|middle|start|beginning)\s+of\s+|early\s+|late\s+|mid-?)?$)")
_BETWEEN = re.compile(r"(?i:\bbetween\b)")
_MONTH_LIST_JOIN = re.compile(r"(?i:,?\s+(?:and|or)\s+(?:(?:in|on)\s+)?|,\s+)")
_RANGE_SECOND = re.compile(r"(?i:\s*(?:and|to|through|until|till|-|\u2013)\s*$)")


def _range_end_after(ctx: Context, start: int) -> date | None:
    """The first end of a range ("between January and March", "from May to July") when `start` is its second."""
    if ctx.last is None or ctx.last.grain not in ("day", "month") or not 0 <= start - ctx.last_end <= 10:
        return None
    join = _RANGE_SECOND.match(ctx.text, ctx.last_end, start)
    if join is None or ("and" in join.group(0).lower()
                        and not _BETWEEN.search(ctx.text, max(0, ctx.last_end - 40), ctx.last_end)):
        return None     # "in September and March": two months, not a range
    return ctx.last.day


def month(m: re.Match, ctx: Context) -> Resolved | None:
    word = m["mon"].lower()
    if word in ("may", "march") and not (m["mod"] or m["mrel"] or m["myear"]) and not TEMPORAL_PREP.search(ctx.text[max(0, m.start() - 20):m.start()]):
        return None
    mon = _month_num(word)
    if ctx.dct is None:
        return Resolved("DATE", f"XXXX-{mon:02d}", None)
    rel = (m["mrel"] or (m["myear"] or "").split(" ")[0]).lower()
    y = ctx.dct.year
    if m["myear"] and rel in ("that", "the"):
        # "in October of that year", "in May the following year": the story's year, not the document's
        words = m["myear"].lower().split()
        base = ctx.last.day.year if ctx.last is not None else ctx.dct.year
        y = base + {"following": 1, "next": 1, "previous": -1}.get(words[-2], 0)
        p = Point(date(y, mon, 1), "month")
        return Resolved("DATE", value_of(p), "narrative" if ctx.last is not None else "dct", True, p)
    if m["myear"]:
        y += {"last": -1, "next": 1}.get(rel, 0)
    elif rel in ("last", "past"):
        y = y - 1 if mon >= ctx.dct.month - 1 else y
    elif rel in ("next", "coming"):
        y = y + 1 if mon <= ctx.dct.month + 1 else y
    elif (ctx.last is not None and ctx.last.grain == "month" and _MONTH_LIST_JOIN.fullmatch(ctx.text, ctx.last_end, m.start())
          and mon > ctx.last.day.month):
        y = ctx.last.day.year     # "in April and October": a later month of the list is the first one's year
    elif _range_end_after(ctx, m.start()) is not None:
        first = _range_end_after(ctx, m.start())      # "between January and March": on or after the first end
        y = first.year if mon >= first.month else first.year + 1
    elif (rel != "this" and ctx.future() is None and _TARGET_BEFORE.search(ctx.text, max(0, m.start() - 24), m.start())
          and not told_as_past(ctx.text, m.start())):
        y = deadline_year(ctx.dct, mon, 15)     # "markets now see a cut by December": a target, mostly ahead
    elif rel != "this":
        future = ctx.future()
        if future is None and scheduled_verb_before(ctx.text, m.start()):
            future = True   # "the fiscal year ends in September", "talks resume in June": a schedule in the present
        y = nearest_year(ctx.dct, mon, None, future, ctx.tense_adjacent())
    p = Point(date(y, mon, 1), "month")
    return Resolved("DATE", value_of(p), "dct", True, p)


def year(m: re.Match, ctx: Context) -> Resolved | None:
    before = ctx.text[max(0, m.start() - 20):m.start()]
    if not m["fiscal"] and not m["mod"]:
        if _NOT_YEAR_BEFORE.search(before) or _YEAR_LIKE_NOUN.match(ctx.text, m.end()):
            return None
    p = Point(date(int(m["year"]), 1, 1), "year")
    return Resolved("DATE", m["year"], "absolute", True, p)


def decade(m: re.Match, ctx: Context) -> Resolved | None:
    if m["dec"]:
        return Resolved("DATE", m["dec"][:3], "absolute")
    if m["decw"]:
        tens = _TENS[m["decw"].lower()[:-3] + "y"]      # "nineties" -> ninety -> 90
        return _decade_of(ctx, tens // 10)
    return _decade_of(ctx, int(m["dec2"]) // 10)


def _decade_of(ctx: Context, digit: int) -> Resolved:
    """'the '80s', 'the eighties': the latest such decade not after the document date."""
    two = digit * 10
    now = ctx.dct.year if ctx.dct else 2000
    century = now // 100 if two <= now % 100 else now // 100 - 1
    return Resolved("DATE", f"{century}{digit}", "dct")


def century(m: re.Match, ctx: Context) -> Resolved | None:
    n = int(m["cent"])
    return Resolved("DATE", f"{n - 1:02d}", "absolute") if 1 <= n <= 30 else None


_TENS = {w: v for w, v in load_json("en/common.json")["number_words"].items() if 10 <= v <= 90}


def spoken_year(m: re.Match, ctx: Context) -> Resolved | None:
    """'nineteen ninety-six' -> 1996, 'two thousand' -> 2000 (broadcast transcripts spell years out)."""
    y = spoken_year_number(m["spoken"])
    if y is None:
        return None
    return Resolved("DATE", str(y), "absolute", True, Point(date(y, 1, 1), "year"))


def spoken_year_number(spoken: str) -> int | None:
    """The year a spoken-year phrase names ('nineteen ninety-six' -> 1996), None when it names none."""
    words = re.split(r"[\s-]+", spoken.lower())
    if words[:2] == ["two", "thousand"]:
        rest = words[2:] and number(" ".join(w for w in words[2:] if w != "and"))
        y = 2000 + int(rest or 0)
    else:
        century = _TENS[words[0]]           # eighteen, nineteen (the pattern admits no other)
        tail = [w for w in words[1:]]
        n = 0
        for w in tail:
            n += _TENS.get(w, lexicon()["numbers"].get(w, 0) if w not in ("a", "an") else 0)
        if not 10 <= n <= 99:
            return None
        y = century * 100 + n
    return y
