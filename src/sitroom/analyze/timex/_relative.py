"""Resolvers for relative expressions: deictic (today, last week, Sunday), narrative (the next day,
two days earlier) and clock times; durations, sets and vague references are in `_spans`."""
from __future__ import annotations

import re
from datetime import date, timedelta

from sitroom.analyze.timex._calendar import (
    UNIT_GRAIN, GRAINS, Point, add_months, nearest_year, shift, value_of, weekday_near,
)
from sitroom.analyze.timex._patterns import lexicon
from sitroom.analyze.timex._resolve import (
    PLUPERFECT_PLAN, POD_CODE, Context, Resolved, _dct_point, deadline_ahead, duration_value, number, unit_code,
)
from sitroom.analyze.timex._tense import NOT_AFTER_LINKING, ahead_of_report, target_ahead
from sitroom.lexicon import load_json, word_set, words

_REL_STEP = load_json("en/timex.json")["relative_steps"]
_NARRATIVE_RELS = word_set("en/timex.json", "narrative_relatives")


def _unit_grain(unit: str) -> str:
    return UNIT_GRAIN.get(unit, "day")


def _regrain(p: Point, grain: str) -> Point:
    return Point(p.day, grain)


def _finer(a: str, b: str) -> bool:
    return GRAINS.index(a) < GRAINS.index(b)


def _unknown(type_: str = "DATE") -> Resolved:
    return Resolved(type_, "XXXX-XX-XX", None)


def _narrative_or_dct(ctx: Context, want_day: bool) -> tuple[Point | None, str]:
    anchor = ctx.last_day if want_day else ctx.last
    if anchor is not None:
        return anchor, "narrative"
    return _dct_point(ctx), "dct"


def edge_rel(m: re.Match, ctx: Context) -> Resolved | None:
    unit = unit_code(m["unit"])
    rel = (m["rel"] or "").lower()
    grain = _unit_grain(unit)
    based = _base(ctx, grain, rel in _NARRATIVE_RELS)
    if based is None:
        return _unknown()
    base, anchor = based
    p = shift(base, unit, _REL_STEP.get(rel, 0))
    return Resolved("DATE", value_of(p), anchor, anchor == "dct", p)


def _base(ctx: Context, grain, narrative: bool) -> tuple[Point, str] | None:
    """The reference point: the narrative's last date when the expression refers back, else the DCT (None: no DCT)."""
    if narrative and ctx.last is not None:
        return _regrain(ctx.last, grain), "narrative"
    if ctx.dct is None:
        return None
    return Point(ctx.dct, grain), "dct"


def rel_unit(m: re.Match, ctx: Context) -> Resolved | None:
    if m.group(0).startswith("This W"):
        return None     # "This Week" in title case mid-text: a programme or column name
    unit = unit_code(m["unit"].split()[-1])
    rel = m["rel"].lower()
    grain = _unit_grain(unit)
    narrative = rel in _NARRATIVE_RELS and m.group(0).lower().startswith(("the", "that"))
    if rel == "next" and m.group(0).lower().startswith("the") and ctx.last is not None and ctx.future() is False:
        narrative = True    # "In 2019 it lost money; the next year it recovered": the year after the story's
    based = _base(ctx, grain, narrative)
    if based is None:
        return _unknown()
    base, anchor = based
    p = shift(base, unit, _REL_STEP.get(rel, 0))
    return Resolved("DATE", value_of(p), anchor, rel not in ("last", "past", "previous", "preceding", "prior"), p)


_ENDED_AFTER = re.compile(r"(?i:\s+(?:that\s+|which\s+)?(?:ended|ending|ends|to\s+end)\s+(?:on\s+)?[A-Z][a-z]{2})")
_QUARTER_ENDED_AFTER = re.compile(r"(?i:\s+(?:that\s+|which\s+)?(?:ended|ending|ends|to\s+end)\s+(?:on\s+|in\s+)?)(?P<qmon>"
                                  + "|".join(sorted((w.capitalize() for w in lexicon()["months"]), key=len, reverse=True))
                                  + r")(?![a-z])")
# "in the year to February" (British results and statistics usage): the twelve months up to that month
_TO_MONTH_AFTER = re.compile(r"\s+to\s+(?:end-|the\s+end\s+of\s+)?(?:" + "|".join(
    sorted((w.capitalize() for w in lexicon()["months"] if "." not in w), key=len, reverse=True)) + r")\b")


def rel_unit_bare(m: re.Match, ctx: Context) -> Resolved | None:
    unit_word = m["unit"].split()[-1].lower()
    latest = (m["latest"] or "").lower()
    if unit_word == "period":
        if latest in ("latest", "same", "current", "most recent") and ctx.last and ctx.last.grain in ("quarter", "half", "month"):
            return Resolved("DATE", value_of(ctx.last), "narrative", False, ctx.last)
        return None
    if (_SPOKEN_YEAR_AFTER.match(ctx.text, m.end()) or _TITLE_OR_COMPOUND_AFTER.match(ctx.text, m.end())
            or _NAMED_AFTER.match(ctx.text, m.end())):
        return None     # "the year two thousand", "the month of August" (the named time is tagged), "quarter-to-quarter"
    unit = unit_code(unit_word)
    grain = _unit_grain(unit)
    if unit == "Y" and not latest and (_ENDED_AFTER.match(ctx.text, m.end()) or _TO_MONTH_AFTER.match(ctx.text, m.end())):
        return Resolved("DURATION", "P1Y", None)   # "the year ended March 31": a twelve-month span, not a calendar year
    ended = _QUARTER_ENDED_AFTER.match(ctx.text, m.end()) if grain == "quarter" and not latest else None
    if ended is not None and ctx.dct is not None and ctx.last_period is None:
        # "the quarter ended Sept. 30", "the quarter ending in June": the calendar quarter of that month (after a
        # quarter the story named, that one: a fiscal first quarter may end in September)
        mon = lexicon()["months"][ended["qmon"].lower().rstrip(".")]
        y = nearest_year(ctx.dct, mon, None, ctx.future())
        p = Point(date(y, 3 * ((mon - 1) // 3) + 1, 1), "quarter")
        return Resolved("DATE", value_of(p), "dct", True, p)
    if grain == "weekend":
        if ctx.dct is None:
            return _unknown()
        # "rain would continue through the weekend", "flights are suspended until the weekend": ahead, as a weekday
        ahead = (bool(ctx.future()) or deadline_ahead(ctx.text, m.start())
                 or (ahead_of_report(ctx.text, m.start(), m.end())
                     and not _PAST_VERB_BEFORE_SPAN.search(ctx.text, max(0, m.start() - 30), m.start())))
        p = Point(weekday_near(ctx.dct, 6, ahead), "weekend")
        return Resolved("DATE", value_of(p), "dct", False, p)
    if latest in ("latest", "most recent") and ctx.dct is not None:
        p = shift(Point(ctx.dct, grain), unit, -1)
        return Resolved("DATE", value_of(p), "dct", False, p)
    # "Fourth-quarter profit rose 4%. For the full year, ...": the year of the quarter or half the story reports
    if latest == "full" and grain == "year" and ctx.last_period is not None:
        p = _regrain(ctx.last_period, "year")
        return Resolved("DATE", value_of(p), "narrative", False, p)
    # the story's last period, unless "the current year" / "the full year" (the document's, whatever year came last)
    if ctx.last is not None and latest not in ("current", "full") and (
            ctx.last.grain == grain or (not latest and not _finer(grain, ctx.last.grain))):
        p = _regrain(ctx.last, grain)
        return Resolved("DATE", value_of(p), "narrative", False, p)
    if ctx.dct is None:
        return _unknown()
    p = Point(ctx.dct, grain)
    if grain in ("quarter", "half") and latest != "current" and m["the"].lower() == "the":
        p = shift(p, unit, -1)      # "the (latest) quarter" in a report: the last completed one
    return Resolved("DATE", value_of(p), "dct", False, p)


def year_ago(m: re.Match, ctx: Context) -> Resolved | None:
    if m["yq"] and (ctx.last_period or ctx.dct):      # "the year-ago third quarter": that quarter, a year before
        year = (ctx.last_period.day.year if ctx.last_period else ctx.dct.year) - 1
        p = Point(date(year, 3 * lexicon()["ordinals"][m["yq"].lower()] - 2, 1), "quarter")
        return Resolved("DATE", value_of(p), "narrative" if ctx.last_period else "dct", False, p)
    if (m["yago_noun"] or "").lower() == "quarter":
        base = ctx.last if ctx.last is not None and ctx.last.grain in ("quarter", "day", "month") else (
            shift(Point(ctx.dct, "quarter"), "Q", -1) if ctx.dct else None)
        if base is None:
            return _unknown()
        p = shift(Point(base.day, "quarter"), "Y", -1)
        return Resolved("DATE", value_of(p), "narrative" if base is ctx.last else "dct", False, p)
    if ctx.last is not None and ctx.last.grain in ("quarter", "half", "month", "week", "day"):
        p = shift(ctx.last, "Y", -1)
        return Resolved("DATE", value_of(p), "narrative", False, p)
    if ctx.dct is None:
        return _unknown()
    p = shift(Point(ctx.dct, "year"), "Y", -1)
    return Resolved("DATE", value_of(p), "dct", False, p)


def period_last_year(m: re.Match, ctx: Context) -> Resolved | None:
    """'from the same period last year': the period the story names last (a quarter, a half, a month), a year back;
    without one, the report's last completed quarter (or half, or month) a year back."""
    noun = (m["pnoun"] or m["pnoun2"] or m["pnoun3"]).lower()
    grain = {"quarter": "quarter", "half": "half", "month": "month"}.get(noun)
    base = ctx.last_period if ctx.last_period is not None else ctx.last
    if m["pyear"]:
        # "the same period of 2024": the period the story names last, in that year (without one, the report's last
        # completed quarter, half or month, in that year)
        year = int(m["pyear"])
        if base is None or not (grain is None and base.grain in ("quarter", "half", "month") or base.grain == grain):
            if ctx.dct is None:
                return Resolved("DATE", m["pyear"], None)
            grain = grain or "quarter"
            base = shift(Point(ctx.dct, grain), "M", -{"quarter": 3, "half": 6, "month": 1}[grain])
        p = shift(base, "Y", year - base.day.year)
        return Resolved("DATE", value_of(p), "narrative", False, p)
    if base is not None and (grain is None and base.grain in ("quarter", "half", "month") or base.grain == grain):
        p = shift(base, "Y", -1)
        return Resolved("DATE", value_of(p), "narrative", False, p)
    if ctx.dct is None:
        return _unknown()
    grain = grain or "quarter"
    p = shift(Point(ctx.dct, grain), "M", -{"quarter": 3, "half": 6, "month": 1}[grain] - 12)
    return Resolved("DATE", value_of(p), "dct", False, p)


def time_last_year(m: re.Match, ctx: Context) -> Resolved | None:
    """'compared with 58% at this time last year', 'the same time a year ago': the report's day, a year back."""
    if ctx.dct is None:
        return _unknown()
    p = shift(Point(ctx.dct, "day"), "Y", -1)
    return Resolved("DATE", value_of(p), "dct", False, p)


_APPOSITION_GAP = re.compile(r",\s*")
_APPOSITION_END = re.compile(r"\s*[,;.]")


_THAN_AFTER = re.compile(r"(?i:\s+than\b)")


def offset(m: re.Match, ctx: Context) -> Resolved | None:
    if _THAN_AFTER.match(ctx.text, m.end()):
        return None     # "three weeks earlier than usual": a difference of time (the count is a duration)
    n = number(m["num"])
    if n is not None and m["half"]:
        n += 0.5        # "a minute and a half later": the span itself (TimeML annotates the duration)
    unit = unit_code(m["unit"])
    direction = re.sub(r"\s+", " ", m["dir"].lower())
    if m["today"]:
        direction = "ago"
        if ctx.dct is not None and n is not None and n == int(n) and int(n) > 0:
            # "a year ago today", "a week ago today": the report's own day, that far back
            p = shift(Point(ctx.dct), unit_code(m["unit"]), -int(n))
            return Resolved("DATE", p.day.isoformat(), "dct", True, Point(p.day))
    sign = 1 if direction in ("later", "after", "hence", "from now") else -1
    if n is None:
        return Resolved("DATE", "FUTURE_REF" if sign > 0 else "PAST_REF", "dct")
    if n != int(n):
        return Resolved("DURATION", duration_value(n, unit), None)
    steps = int(n)
    grain = _unit_grain(unit)
    if direction in ("ago", "back", "hence", "from now", "previously"):
        if unit == "Y" and steps == 1 and ctx.last_period is not None:
            p = shift(ctx.last_period, unit, sign * steps)
            return Resolved("DATE", value_of(p), "narrative", False, p)
        if ctx.dct is None:
            return _unknown()
        base, anchor = Point(ctx.dct, grain), "dct"
    else:
        if (grain == "day" and ctx.last_day is not None and _APPOSITION_GAP.fullmatch(ctx.text, ctx.last_day_end, m.start())
                and _APPOSITION_END.match(ctx.text, m.end())):
            # "on March 6, two days later, ...": the offset restates the date just named (counted from the one before)
            return Resolved("DATE", value_of(ctx.last_day), "narrative", False, ctx.last_day)
        base, anchor = _narrative_or_dct(ctx, want_day=grain == "day")
        if unit == "Y" and steps == 1 and ctx.last_period is not None:
            base, anchor = ctx.last_period, "narrative"
        if base is None:
            return _unknown()
        if anchor == "dct" or not _finer(base.grain, grain):
            base = _regrain(base, grain if anchor == "dct" or _finer(grain, base.grain) else base.grain)
    if unit in ("H", "MIN", "S"):
        return Resolved("DATE", value_of(Point(base.day)), anchor, False, Point(base.day))
    p = shift(base, unit, sign * steps)
    if steps and p == base:
        return Resolved("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", anchor)   # "2,500 years ago": before year 1
    # "Two days ago, the minister visited the front. He returned the following day.": a day counted back from the
    # report is the story's day too (a week or a year ago is too coarse to anchor "the next day")
    moves = (sign > 0 and anchor == "narrative") or (direction == "ago" and grain == "day")
    return Resolved("DATE", value_of(p), anchor, moves, p)


def _with_pod(p: Point, pod: str | None, anchor: str, moves: bool = True) -> Resolved:
    if pod:
        return Resolved("TIME", f"{p.day.isoformat()}T{POD_CODE[pod.lower()]}", anchor, moves, p)
    return Resolved("DATE", p.day.isoformat(), anchor, moves, p)


# "today's youth", "the world of tomorrow": the present or future era, not a calendar day
_GENERIC_ERA_AFTER = re.compile(r"(?i:'s\s+(?:\w+\s+)?(?:world|youth|society|generation|children|young|kids|economy|"
                                r"computers?|technology|culture|standards|politics|market\s+place)\b)")
_GENERIC_ERA_BEFORE = re.compile(r"(?i:\b(?:of|for)\s+$)")
_TITLE_BEFORE = re.compile(r"(?<![.!?:]\s)(?<![.!?:]\s\s)\b(?:[A-Z]{2,}|[A-Z][a-z]+)\s+$")
_SPOKEN_YEAR_AFTER = re.compile(r"(?i:\s+(?:two\s+thousand|nineteen[\s-]+\w+)\b)")
_TITLE_OR_COMPOUND_AFTER = re.compile(r"-(?:to|on|over)-|-(?:old|long)\b")   # "quarter-on-quarter", "year-over-year"
_NAMED_AFTER = re.compile(r"\s+(?:of\s+)?(?:(?:1[6-9]|20)\d\d\b|(?:" + "|".join(
    m.capitalize() for m in lexicon()["months"] if len(m) > 3 and not m.endswith(".")) + r")\b)")


def deictic(m: re.Match, ctx: Context) -> Resolved | None:
    word = re.sub(r"\s+", " ", m["deictic"].lower())
    if word in ("today", "tomorrow") and (_GENERIC_ERA_AFTER.match(ctx.text, m.end())
                                         or (word == "tomorrow" and _GENERIC_ERA_BEFORE.search(ctx.text, max(0, m.start() - 6), m.start())
                                             and re.match(r"\s*[,.;:!?'\"]", ctx.text[m.end():m.end() + 2]))):
        return None
    if m["deictic"] == "Today" and _TITLE_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()):
        return None     # "USA Today", "VOA Today": a newspaper or a programme
    if ctx.dct is None:
        return _unknown("TIME" if word == "tonight" or m["pod"] else "DATE")
    step = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}.get(word, -2 if "before" in word else 2)
    p = Point(ctx.dct + timedelta(days=step))
    pod = m["pod"] or (m["pod0"] and m["pod0"].split()[-1].split("-")[-1])   # "mid-afternoon yesterday"
    return _with_pod(p, "night" if word == "tonight" else pod, "dct")


def this_pod(m: re.Match, ctx: Context) -> Resolved | None:
    rel = m["rel"].lower().split()[-1]
    pod = m["pod"]
    if rel in ("this", "last"):
        if ctx.dct is None:
            return _unknown("TIME")
        step = -1 if rel == "last" else 0      # "last night" is the night before the DCT
        return _with_pod(Point(ctx.dct + timedelta(days=step)), pod, "dct")
    if rel == "the" and ctx.dct is not None and (ctx.future() or ahead_of_report(ctx.text, m.start(), m.end())):
        return _with_pod(Point(ctx.dct), pod, "dct")     # "power will be back by the evening": the report's day
    base, anchor = _narrative_or_dct(ctx, want_day=True)
    if base is None:
        return _unknown("TIME")
    if rel == "the" and anchor == "dct" and pod.lower() == "night" and ctx.future() is False:
        # "Throughout the night, drones attacked the city": with no day named before, the report's last night, as
        # "overnight" (a future clause keeps the report's own night, above)
        return _with_pod(Point(base.day - timedelta(days=1)), pod, "dct")
    p = Point(base.day + timedelta(days=_REL_STEP.get(rel, 0)))
    return _with_pod(p, pod, anchor)


def overnight(m: re.Match, ctx: Context) -> Resolved | None:
    """'Russia launched 40 drones overnight': the night before the report (the report's own night in a clause about
    the future: 'temperatures will fall overnight'), as 'last night' / 'tonight'."""
    if ctx.dct is None:
        return Resolved("TIME", "XXXX-XX-XXTNI", None)
    step = 0 if ctx.future() else -1
    return Resolved("TIME", f"{(ctx.dct + timedelta(days=step)).isoformat()}TNI", "dct")


def narrative(m: re.Match, ctx: Context) -> Resolved | None:
    rel = m["nrel"].lower()
    unit = m["unit"].lower()
    if rel in ("before", "after") and re.match(r"\s+(?!that\b)[A-Za-z]", ctx.text[m.end():m.end() + 6]):
        return None     # "the day before authorities issued a warrant": "before" heads a clause, not an anchor
    base, anchor = _narrative_or_dct(ctx, want_day=True)
    if base is None:
        return _unknown("DATE" if unit == "day" else "TIME")
    step = _REL_STEP.get(rel, 0)
    p = Point(base.day + timedelta(days=step))
    return _with_pod(p, None if unit == "day" else unit, anchor, step >= 0)


def part_century(m: re.Match, ctx: Context) -> Resolved | None:
    """'half a century' P50Y, 'the past quarter-century' P25Y; with ago / earlier / later the year so far away."""
    years = 25 if m["cpart"].lower() == "quarter" else 50
    if not m["cdir"]:
        return Resolved("DURATION", f"P{years}Y", None)
    if m["cdir"].lower() == "ago":
        base, anchor = _dct_point(ctx), "dct"
    else:
        base, anchor = _narrative_or_dct(ctx, want_day=False)
    if base is None:
        return _unknown()
    p = shift(_regrain(base, "year"), "Y", years if m["cdir"].lower() == "later" else -years)
    return Resolved("DATE", value_of(p), anchor, False, p)


def day_of_month(m: re.Match, ctx: Context) -> Resolved | None:
    """'on the 20th': that day of the story's month (the last day named, else the DCT's), the next month's when the
    clause looks ahead and the day has passed, the previous month's when it looks back and the day is to come."""
    n = int(m["oday"])
    if ctx.last_day is not None:
        base, anchor = ctx.last_day.day, "narrative"
    elif ctx.dct is not None:
        base, anchor = ctx.dct, "dct"
    else:
        return _unknown()
    try:
        d = base.replace(day=n)
        future = ctx.future()
        if anchor == "dct" and future and n < base.day:
            d = add_months(d, 1)
        elif future is False and ctx.dct is not None and d > ctx.dct:
            d = add_months(d, -1)   # told as past, the day cannot lie after the report
    except ValueError:
        return None
    return Resolved("DATE", d.isoformat(), anchor, True, Point(d))


def unit_before(m: re.Match, ctx: Context) -> Resolved | None:
    """'up from 980 the week before', 'the year before', 'the month after': one unit from the story's last point (or
    the DCT), at the unit's grain; 'the week before the vote' (an event follows) is no date of its own."""
    if re.match(r"\s+(?!that\b)[A-Za-z]", ctx.text[m.end():m.end() + 6]):
        return None
    unit = unit_code(m["unit"])
    sign = 1 if m["nrel"].lower() == "after" else -1
    grain = _unit_grain(unit)
    # the story's last point, whether it was told from the DCT or not ("last week ... the week before")
    base, anchor = (ctx.last_seen, "narrative") if ctx.last_seen is not None else (_dct_point(ctx), "dct")
    if base is None:
        return _unknown()
    if _finer(base.grain, grain) and not (unit == "Y" and base.grain != "day"):
        base = _regrain(base, grain)    # a year before a month or a quarter is that month or quarter a year back
    p = shift(base, unit, sign)
    return Resolved("DATE", value_of(p), anchor, sign > 0 and anchor == "narrative", p)


_TODAY_IS = re.compile(r"(?i:\b(?:today|it|this)\s*(?:\s+is|'s)\s+$)")


def ordinal_day(m: re.Match, ctx: Context) -> Resolved | None:
    """'Today is the eighth day of the blockade': the day of the report (in the present tense only)."""
    if ctx.dct is None or not _TODAY_IS.search(ctx.text, max(0, m.start() - 16), m.start()):
        return None
    return Resolved("DATE", ctx.dct.isoformat(), "dct", False, Point(ctx.dct))


# A verb in the past tense right before a weekday governs it ("ruled Wednesday", "met on Monday").
_PAST_VERB = (r"(?i:" + NOT_AFTER_LINKING + r"\b(?!(?:need|based|planned|scheduled|expected|slated|set)\b)(?:\w{3,}ed|"
              + "|".join(words("en/timex.json", "past_verbs_before_weekday")) + r")\s+")
_PAST_VERB_BEFORE = re.compile(_PAST_VERB + r"(?:on\s+|late\s+|early\s+)?$)")
# "said over the weekend", "arrived during the weekend": the span's own verb is past
_PAST_VERB_BEFORE_SPAN = re.compile(_PAST_VERB + r"(?:(?:over|during|at|on|in|through)\s+)?$)")
_FUTURE_BEFORE = re.compile(r"(?i:\b(?:as\s+(?:soon|early)\s+as\s+|(?:planned|scheduled|slated|set|expected)\s+to\s+\w+"
                            r"(?:\s+\w+){0,3}?\s+(?:on\s+)?|(?:will|would|'ll)\s+\w+\s+(?:on\s+)?)$)")


# A weekday inside a name: "The Sunday Times", "the Good Friday Agreement", "Black Monday", "Saturday Night Live"
_NAME_BEFORE_WEEKDAY = re.compile(r"\b(?:Good|Black|Bloody|Super|Ash|Palm|Holy|Cyber|Maundy|Shrove)\s+$")
_NAME_AFTER_WEEKDAY = re.compile(r"\s+(?:Times|Telegraph|Mirror|Express|Post|Herald|Tribune|Independent|Observer|"
                                 r"Sport|Night\s+Live|Agreement|Accord)\b")


# a weekday that opens its sentence as the subject of a present verb
_SUBJECT_IN_PRESENT = re.compile(r"\s+(?:is|marks|will)\b")
_SENTENCE_OPEN = re.compile(r"(?:^|[.!?]['\"\u201d]?\s+|\n)$")


def weekday_ahead(ctx: Context, wd_start: int, wd_end: int, end: int) -> bool:
    """Whether a bare weekday (the word at wd_start..wd_end, its expression ending at `end`) lies ahead of the DCT."""
    if deadline_ahead(ctx.text, wd_start):
        return True         # "postponed until Tuesday", "effective Monday"
    if _PAST_VERB_BEFORE.search(ctx.text, max(0, wd_start - 24), wd_start):
        return False        # "ruled Wednesday", "met on Monday"
    if _FUTURE_BEFORE.search(ctx.text, max(0, wd_start - 40), wd_start):
        return True         # "as early as Tuesday"
    if _SUBJECT_IN_PRESENT.match(ctx.text, end) and _SENTENCE_OPEN.search(ctx.text, max(0, wd_start - 4), wd_start):
        return True         # "Saturday marks the anniversary", "Monday is a public holiday": the coming one
    # "would meet on Thursday", "are leaving on Friday": still to come
    return bool(ctx.future()) or ahead_of_report(ctx.text, wd_start, end) or (
        target_ahead(ctx.text, wd_start, wd_end) and not PLUPERFECT_PLAN.search(ctx.text, max(0, wd_start - 80), wd_start))


_WEEKDAY_AND_BEFORE = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?:and|or)\s+"
                                 r"(?:(?i:on)\s+)?$")


def weekday(m: re.Match, ctx: Context) -> Resolved | None:
    wd = lexicon()["weekdays"][m["wd"].lower()]
    if not m["rel"] and (_NAME_BEFORE_WEEKDAY.search(ctx.text, max(0, m.start() - 10), m.start())
                         or _NAME_AFTER_WEEKDAY.match(ctx.text, m.m.end("wd") if hasattr(m, "m") else m.end())):
        return None
    if m["plural"]:
        pod = POD_CODE.get((m["pod"] or "").lower(), "")
        return Resolved("SET", f"XXXX-WXX-{wd}" + (f"T{pod}" if pod else ""), None)
    rel = (m["rel"] or "").lower()
    if rel == "that" and ctx.last_day is not None:
        base = ctx.last_day.day
        return _with_pod(Point(base + timedelta(days=(wd - base.isoweekday()) % 7)), None, "narrative")
    if ctx.dct is None:
        return Resolved("TIME" if m["pod"] else "DATE", f"XXXX-WXX-{wd}", None)
    wd_start = m.m.start("wd") if hasattr(m, "m") else m.start()
    if rel == "last":
        d = weekday_near(ctx.dct - timedelta(days=1), wd, future=False)
    elif rel in ("next", "coming"):
        d = weekday_near(ctx.dct + timedelta(days=1), wd, future=True)
        # "next Thursday" said on a Wednesday is the Thursday of the following week ("this Thursday" or "Thursday"
        # is tomorrow's): "next" skips the days left in the report's own week; "coming" does not
        if rel == "next" and d.isocalendar()[:2] == ctx.dct.isocalendar()[:2]:
            d += timedelta(days=7)
    elif rel == "this":
        d = weekday_near(ctx.dct, wd, future=ctx.future() or wd >= ctx.dct.isoweekday())
    elif (not rel and ctx.last_day is not None and ctx.last_day_end is not None
          and _WEEKDAY_AND_BEFORE.search(ctx.text, max(0, wd_start - 24), wd_start)
          and ctx.last_day_end >= wd_start - 24):
        # "snow is forecast for Saturday and Sunday": the second day follows the first, whichever way it went
        base = ctx.last_day.day
        d = base + timedelta(days=(wd - base.isoweekday()) % 7 or 7)
    else:
        d = weekday_near(ctx.dct, wd, future=weekday_ahead(ctx, wd_start, m.m.end("wd") if hasattr(m, "m") else m.end(),
                                                           m.end()))
    pod = (m["pod"] or "").lower()
    # "Friday evening" names a part of that day; "Friday night/morning" is mostly annotated as the day itself
    return _with_pod(Point(d), pod if pod in ("evening", "afternoon") else None, "dct")


_HIGH_BEFORE = re.compile(r"(?i:\bhigh\s+$)")
# A capitalised Noon / Midnight after a capitalised word inside a sentence is a name ("Steadfast Noon", "Operation
# Midnight Hammer"), unless that word is a time cue or a day ("At Noon", "Friday Midnight").
_NAME_WORD_BEFORE = re.compile(r"(?<![.!?:;\"'`]\s)(?<![.!?:;\"'`])(?<=\s)(?P<w>[A-Z][a-z]+)\s+$")
_NOT_NAME_WORDS = {"At", "By", "Until", "Till", "Before", "After", "Around", "About", "From", "Since", "On", "Today",
                   "Tomorrow", "Yesterday", "Tonight", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                   "Saturday", "Sunday", "Local", "Approximately", "Shortly", "Just"}
# The day of a clock time written after the time's conversion in brackets, as news agencies write it
# (or inside them: "at 4 in the morning (4 a.m. EDT Thursday)")
_DAYWORD = r"(?i:today|yesterday|tomorrow)|" + "|".join(w.capitalize() for w in lexicon()["weekdays"] if len(w) > 4)
_DAY_AFTER_ASIDE = re.compile(r"\s*\((?:[^()\n]{1,30}\)\s*,?\s*(?:on\s+)?(?P<day>" + _DAYWORD + r")\b|"
                              r"[^()\n]{0,30}?\b(?P<day_in>" + _DAYWORD + r")\s*\))")


# The first end of a range of clock times whose second end carries the day: "between 18:00 and 22:00 on Friday",
# "from 8 a.m. to 5 p.m. Tuesday", "06:00-09:00 on May 8"
_MONTH_WORD = "|".join(sorted((w.capitalize() for w in lexicon()["months"]), key=len, reverse=True))
_RANGE_END_WITH_DAY = re.compile(
    r"\s*(?:-|\u2013|(?i:to|and|until|till))\s*(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?"
    r"(?:\s*(?i:[ap]\.\s?m\.?|[ap]m\b|hours|hrs))?(?:\s+(?:[A-Z]{2,4}T|GMT|UTC|(?i:local\s+time)))?,?\s+"
    r"(?:(?i:on)\s+)?(?:(?P<day>" + _DAYWORD + r")\b|(?P<mon>" + _MONTH_WORD + r")\.?\s+(?P<dnum>[0-3]?\d)\b)")


_DAY_OF_PART = {"this": "today", "last": "yesterday", "yesterday": "yesterday", "tomorrow": "tomorrow"}


def _day_group(m) -> str | None:
    """The group of a time's own weekday word ("7 a.m. on Saturday", "Friday at 10:00"), if the match has one."""
    if not hasattr(m, "m"):
        return None
    for g in ("dayref", "dayref0"):
        if m[g] and m[g][0].isalpha():
            return g
    return None


def time(m: re.Match, ctx: Context) -> Resolved | None:
    if m["noon"] and _HIGH_BEFORE.search(ctx.text, max(0, m.start() - 6), m.start()):
        return None     # "High Noon", "high noon comes today": the idiom (or the film), not a clock time
    if m["noon"] and m["noon"][0].isupper():
        name = _NAME_WORD_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start())
        if name and name["w"] not in _NOT_NAME_WORDS:
            return None
    if m["noon"]:
        hh, mm = {"noon": (12, 0), "midday": (12, 0), "midnight": (24, 0)}[m["noon"].lower()], None
        hh, mm = hh
    elif m["wclock"]:
        n = number(m["wclock"])
        if n is None:
            return None
        hh, mm = int(n) % 12 + (0 if m["wpod"].lower() == "morning" else 12), 0
    elif m["clock24"] is not None:
        hh, mm = int(m["clock24"]), int(m["min24"])
    elif m["clock4"] is not None:       # "by 1530 GMT": the wire's four-digit clock, always with its zone
        hh, mm = int(m["clock4"]), int(m["min4"])
    elif m["oclock"]:
        n = number(m["oclock"])
        if n is None:
            return None
        hh, mm = int(n), 0
    else:
        hh, mm = int(m["clock"]), int(m["min"] or 0)
        pm = m["ampm"].lower().startswith("p")
        if not 1 <= hh <= 12:
            return None
        hh = (hh % 12) + (12 if pm else 0)
    groups = dict(m.groupdict())
    day_word = (groups.get("dayref") or groups.get("dayref0") or "").lower().rstrip(".")
    # "05:30 this morning", "11 p.m. last night", "9 a.m. yesterday morning": the clock on that day
    day_word = _DAY_OF_PART.get(day_word.split()[0], day_word) if " " in day_word else day_word
    if not day_word and not groups.get("mon2"):
        after = _DAY_AFTER_ASIDE.match(ctx.text, m.end())    # "at 10:35 a.m. (0735 GMT) Friday"
        day_word = (after["day"] or after["day_in"]).lower().rstrip(".") if after else ""
    if not day_word and not groups.get("mon2"):
        after = _RANGE_END_WITH_DAY.match(ctx.text, m.end())  # "between 06:00 and 09:00 on May 8": the end's day
        if after:
            day_word = (after["day"] or "").lower()
            groups.update(mon2=after["mon"], day2=after["dnum"], year2=None)
    base = None
    anchor = "dct"
    if groups.get("mon2"):
        from sitroom.analyze.timex._resolve import _day_value, _month_num
        r = _day_value(ctx, _month_num(groups["mon2"]), int(groups["day2"]), groups["year2"])   # "18:00 on March 9"
        base = r.point.day if r and r.point else None
    elif day_word in ("today", "tonight", "yesterday", "tomorrow") and ctx.dct:
        base = ctx.dct + timedelta(days={"yesterday": -1, "tomorrow": 1}.get(day_word, 0))
    elif day_word and ctx.dct:
        wd = lexicon()["weekdays"].get(day_word)
        deadline = deadline_ahead(ctx.text, m.start())     # "until 9 a.m. Tuesday"
        # "Polls open at 7 a.m. on Saturday": the time's weekday goes the way a bare weekday there would
        at = m.m.start(group) if (group := _day_group(m)) else None
        future = True if deadline else ctx.future()
        if future is None and at is not None:      # no tense cue in the clause
            future = weekday_ahead(ctx, at, m.m.end(group), m.end())
        ahead = bool(future)
        base = weekday_near(ctx.dct, wd, ahead) if wd else None
    elif ctx.last_day is not None and m.start() - ctx.last_day_end < 150:
        base, anchor = ctx.last_day.day, "narrative"
    elif ctx.dct:
        base = ctx.dct
    clock = f"T{hh:02d}:{mm:02d}"
    if base is None:
        return Resolved("TIME", "XXXX-XX-XX" + clock, None)
    return Resolved("TIME", base.isoformat() + clock, anchor, True, Point(base))
