"""Resolvers for calendar periods: quarters and halves (of a named, relative or narrative year), "the 1988 period",
seasons, holidays and the year's end."""
from __future__ import annotations

import re
from datetime import date, timedelta

from sitroom.analyze.timex._calendar import Point, nth_weekday, value_of
from sitroom.analyze.timex._patterns import lexicon
from sitroom.analyze.timex._resolve import Context, Resolved, spoken_year_number
from sitroom.analyze.timex._tense import ahead_of_report, past_in_clause


def _year_phrase(ctx: Context, phrase: str | None) -> tuple[int | None, str]:
    if not phrase:
        return None, "dct"
    p = phrase.lower().split()
    if p[0].isdigit():
        return int(p[0]), "absolute"
    base = ctx.dct.year if ctx.dct else None
    if base is None:
        return None, "dct"
    if p[0] == "the" and ctx.last and not (ctx.last.day.year < base and ctx.future()):
        # (a period ahead "of the year" after last year's quarter is this year's: "swung to a loss in the fourth
        # quarter and expects a profit in the first half of the year", said in March)
        return ctx.last.day.year, "narrative"
    return base + {"last": -1, "next": 1}.get(p[0], 0), "dct"


def _period(ctx: Context, m_: re.Match, months: int, index: int, explicit: str | None, grain: str) -> Resolved | None:
    y, anchor = _year_phrase(ctx, explicit)
    if y is None:
        if ctx.dct is None:
            return Resolved("DATE", "XXXX-" + ("Q" if grain == "quarter" else "H") + str(index), None)
        y = ctx.dct.year
        start = date(y, months * (index - 1) + 1, 1)
        if start > ctx.dct + timedelta(days=20) and not ctx.future():
            y -= 1      # a period that has not begun is last year's unless the clause is about the future
        elif start.month + months + 4 <= ctx.dct.month and ctx.future():
            y += 1      # "expects to close the sale in the first quarter" (in October): next year's; a period
            #             that ended lately is still reported on ("will report third-quarter results", in November)
    p = Point(date(y, months * (index - 1) + 1, 1), grain)
    return Resolved("DATE", value_of(p), anchor, True, p)


def quarter(m: re.Match, ctx: Context) -> Resolved | None:
    if m["qcode"]:
        return _period(ctx, m, 3, int(m["qcode"][1]), m["qyear"], "quarter")
    idx = lexicon()["ordinals"].get(m["qord"].lower(), -1)
    return _period(ctx, m, 3, 4 if idx == -1 else idx, m["qyear"] or m["qyear0"], "quarter")


def month_quarter(m: re.Match, ctx: Context) -> Resolved | None:
    """'the October-December quarter': the calendar quarter those three months make (else no span of its own)."""
    first, last = (lexicon()["months"][m[g].lower()] for g in ("m1", "m2"))
    if first % 3 != 1 or last != first + 2:
        return None
    return _period(ctx, m, 3, (first - 1) // 3 + 1, m["qyear"], "quarter")


def year_period(m: re.Match, ctx: Context) -> Resolved | None:
    """'the 1988 quarter': the quarter or half last named, moved to that year (else the year itself)."""
    y = int(m["pyear"])
    if ctx.last_period is not None:
        p = Point(ctx.last_period.day.replace(year=y), ctx.last_period.grain)
        return Resolved("DATE", value_of(p), "narrative", False, p)
    return Resolved("DATE", str(y), "absolute", False, Point(date(y, 1, 1), "year"))


def fiscal_short(m: re.Match, ctx: Context) -> Resolved | None:
    """'FY25', "fiscal '24": the fiscal year by its two digits (this century's; TimeML writes it as the year)."""
    y = 2000 + int(m["yy"])
    return Resolved("DATE", str(y), "absolute", True, Point(date(y, 1, 1), "year"))


def half(m: re.Match, ctx: Context) -> Resolved | None:
    idx = (1 if m["hord"].lower() in ("first", "1st") else 2) if m["hord"] else int(m["hcode"][1])
    return _period(ctx, m, 6, idx, m["hyear"], "half")


# A bare season ("the summer") is a time after a preposition of time only ("the spring" of a watch is not), with
# "at least"/"as early as" between ("until at least the summer", "as early as next spring" has its own "next")
# ("the fall" after "for", "after", "before" is mostly the noun: "blamed for the fall", "after the fall")
_SEASON_CUE = re.compile(r"(?i:\b(?:in|during|this|last|next|through|until|till|by|since|over|into|throughout)\s+"
                         r"(?:(?:at\s+least|as\s+early\s+as)\s+)?(?:the\s+)?$)")
_SEASON_CUE_NOT_FALL = re.compile(r"(?i:\b(?:before|after|ahead\s+of|for|from|towards?|around)\s+"
                                  r"(?:(?:at\s+least|as\s+early\s+as)\s+)?(?:the\s+)?$)")
_SEASON_TARGET_BEFORE = re.compile(r"(?i:\b(?:before|by|until|till|ahead\s+of|through|throughout)\s+"
                                  r"(?:(?:at\s+least|as\s+early\s+as)\s+)?(?:the\s+)?$)")
_SEASON_NOUN_AFTER = re.compile(r"(?i:\s+of\b)")
_FALL_NOUN_AFTER = re.compile(r"(?i:\s+(?:in|to|from|was|is|has|had|would|will)\b)")   # "the fall in prices"


def season(m: re.Match, ctx: Context) -> Resolved | None:
    code = lexicon()["seasons"][m["season"].lower()]
    rel = (m["srel"] or "").lower()
    if m["syear"] or m["sspoken"]:       # "winter 1994", "the winter of nineteen ninety-four"
        y = m["syear"] or spoken_year_number(m["sspoken"])
        return Resolved("DATE", f"{y}-{code}", "absolute", True, Point(date(int(y), 1, 1), "year")) if y else None
    if not rel and not (_SEASON_CUE.search(ctx.text, max(0, m.start() - 30), m.start())
                        or m["season"].lower() != "fall"
                        and _SEASON_CUE_NOT_FALL.search(ctx.text, max(0, m.start() - 30), m.start())):
        return None
    if not rel and (_SEASON_NOUN_AFTER.match(ctx.text, m.end())
                    or m["season"].lower() == "fall" and _FALL_NOUN_AFTER.match(ctx.text, m.end())):
        return None     # "the fall of the city", "after the fall in prices": the noun, not the season
    if ctx.dct is None:
        return Resolved("DATE", f"XXXX-{code}", None)
    if m["syrel"]:      # "the summer of last year", "this year's spring" aside: the season in that year
        y = ctx.dct.year + {"last": -1, "this": 0, "next": 1}[m["syrel"].lower()]
        return Resolved("DATE", f"{y}-{code}", "dct", True, Point(date(y, 1, 1), "year"))
    last = ctx.last
    if (rel in ("", "that") and last is not None and last.grain == "year" and last.day.year != ctx.dct.year
            and not ctx.future()):
        # "in the summer of 2022 ... By autumn, ...": a bare season after a year the story named is that year's
        return Resolved("DATE", f"{last.day.year}-{code}", "narrative")
    start_month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
    y = ctx.dct.year
    begun = ctx.dct.month >= start_month
    target = _SEASON_TARGET_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start())
    if (not rel and not begun and not ctx.future()
            and (ahead_of_report(ctx.text, m.start(), m.end())
                 or target is not None and not past_in_clause(ctx.text, target.start()))):
        # "signalled it would keep rates on hold through the summer", "little chance of a rebound before the
        # summer" (in February): a season still to come this year
        return Resolved("DATE", f"{y}-{code}", "dct")
    if rel in ("last", "past") or (not rel and not ctx.future() and not begun):
        y = y if begun and rel not in ("last", "past") else y - 1
        if rel in ("last", "past") and begun and ctx.dct.month >= start_month + 3:
            y = ctx.dct.year
    elif rel in ("next", "coming"):
        y = y + 1 if begun else y
    elif not rel and ctx.future():      # a season under way is the one still ahead ("will end in the summer" in July)
        y = y + 1 if begun and ctx.dct.month >= start_month + 3 else y
    return Resolved("DATE", f"{y}-{code}", "dct")


_HOLIDAY_NAME_AFTER = re.compile(r"(?i:\s+(?:island|islanders?|eggs?|bunny|rising|uprising|offensive|agreement|accords?)\b)")
_EASTER_OFFSET = {"easter": 0, "easter sunday": 0, "easter week": 0, "easter monday": 1, "good friday": -2}


def easter(y: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * l_) // 433
    month = (h + l_ - 7 * m + 90) // 25
    return date(y, month, (h + l_ - 7 * m + 33 * month + 19) % 32)


def orthodox_easter(y: int) -> date:
    """Orthodox Easter Sunday: the Julian computus, written in the Gregorian calendar (1900-2099: 13 days later)."""
    a, b, c = y % 4, y % 7, y % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    return date(y, month, day + 1) + timedelta(days=13)


def holiday(m: re.Match, ctx: Context) -> Resolved | None:
    name = re.sub(r"\s+", " ", m["holiday"].lower())
    if _HOLIDAY_NAME_AFTER.match(ctx.text, m.end()):
        return None     # "Easter Island", "the Good Friday Agreement", "the Easter Rising": a name, no day
    md = lexicon()["holidays"].get(name)
    if ctx.dct is None and not m["hyear"]:
        return Resolved("DATE", f"XXXX-{md}" if md else "XXXX-XX-XX", None)
    rel = (m["hrel"] or "").lower()

    def on(y: int) -> date:
        if md:
            return date(y, int(md[:2]), int(md[3:]))
        if name.startswith("thanksgiving"):
            return nth_weekday(y, 11, 4, 4)
        if name == "memorial day":
            return nth_weekday(y, 5, 1, -1)
        if name == "orthodox easter":
            return orthodox_easter(y)
        if name in _EASTER_OFFSET:
            return easter(y) + timedelta(days=_EASTER_OFFSET[name])
        return nth_weekday(y, 9, 1, 1)

    if m["hyear"]:
        d = on(int(m["hyear"]))
        if m["hwe"]:
            return _holiday_weekend(d, "absolute")
        return Resolved("DATE", d.isoformat(), "absolute", True, Point(d))
    y = ctx.dct.year
    # Easter week has begun once its Monday has come
    start = (lambda yy: on(yy) - timedelta(days=6)) if name == "easter week" else on
    future = True if rel == "next" else False if rel == "last" else ctx.future()
    if future is None and not rel:
        # no tense cue ("Orthodox Easter falls on April 20 this year"): the nearest, days ahead counting 2.5 times
        def cost(yy: int) -> float:
            delta = (start(yy) - ctx.dct).days
            return delta * 2.5 if delta > 2 else -delta if delta < 0 else 0
        y = min((y - 1, y, y + 1), key=cost)
    elif future and on(y) < ctx.dct:
        y += 1
    elif not future and start(y) > ctx.dct + timedelta(days=2):
        y -= 1
    d = on(y)
    if name == "easter week":       # the week that ends on Easter Sunday
        p = Point(d, "week")
        return Resolved("DATE", value_of(p), "dct", False, p)
    if m["hwe"]:
        return _holiday_weekend(d, "dct")
    return Resolved("DATE", d.isoformat(), "dct", True, Point(d))


def _holiday_weekend(d: date, anchor: str) -> Resolved:
    """'Thanksgiving weekend', 'the Easter weekend', 'Labor Day weekend': the weekend the holiday ends or opens (a
    Monday holiday's is the Saturday and Sunday before it)."""
    saturday = d - timedelta(days=d.weekday() + 2) if d.weekday() < 3 else d + timedelta(days=5 - d.weekday())
    p = Point(saturday, "weekend")
    return Resolved("DATE", value_of(p), anchor, False, p)


def year_end(m: re.Match, ctx: Context) -> Resolved | None:
    if ctx.dct is None:
        return Resolved("DATE", "XXXX", None)
    y = ctx.dct.year + {"last": -1, "next": 1}.get((m["yrel"] or "").lower(), 0)
    return Resolved("DATE", str(y), "dct", False, Point(date(y, 1, 1), "year"))
