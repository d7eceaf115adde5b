"""Resolvers for spans and vague times: durations ("three days", "the past two years", "recent months"), sets
("every Monday", "daily") and references ("now", "recently", "the past")."""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from sitroom.analyze.timex._calendar import Point
from sitroom.analyze.timex._patterns import lexicon
from sitroom.analyze.timex._resolve import POD_CODE, Context, Resolved, duration_value, number, unit_code


def duration(m: re.Match, ctx: Context) -> Resolved | None:
    num = m["num"].lower()
    unit = unit_code(m["unit"])
    if num in ("a", "an") and m["unit"].lower() == "second":
        return None
    if num in ("a", "an") and m["unit"].lower().endswith("s"):
        return None     # "a decades-long feud": the article is the feud's, the count unknown
    if m["unit"][0].isupper() and (num[0].isdigit() or _CAPITAL_AFTER.match(ctx.text, m.end())):
        return None     # "CBS's 60 Minutes", "the Six-Day War": a title, not a span
    if unit == "Q" and num in ("a", "an", "one", "three") and _FRACTION_OF.match(ctx.text, m.end()):
        return None     # "three-quarters of its food": a fraction, not a period
    if num in ("a", "an", "one") and _AMOUNT_PER.search(ctx.text, max(0, m.start() - 30), m.start()):
        return None     # "$2 million a year", "four flights a week": a rate, not a duration
    clock = _MILITARY_CLOCK.fullmatch(m.group(0))
    if clock is not None and (clock["hh"][0] == "0" or _CLOCK_PREP_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start())):
        # "at 0400 hours": the military four-digit clock, a time of the report's day
        if ctx.dct is None:
            return Resolved("TIME", f"XXXX-XX-XXT{clock['hh']}:{clock['mm']}", None)
        return Resolved("TIME", f"{ctx.dct.isoformat()}T{clock['hh']}:{clock['mm']}", "dct")
    n = number(num)
    if n is not None and "and a half" in m.group(0).lower():
        n += 0.5
    if unit == "M" and n is not None and 1 < n < 12 and _REPORTING_PERIOD.match(m.group(0)) and (ctx.last or ctx.dct):
        # "for the nine months, net rose ... a year earlier": a results story's period so far this year becomes the
        # period it compares (the year, not the quarter named before it)
        year = (ctx.last.day if ctx.last else ctx.dct).year
        return Resolved("DURATION", duration_value(n, unit), None, True, Point(date(year, 1, 1), "year"))
    return Resolved("DURATION", duration_value(n, unit), None)


_MILITARY_CLOCK = re.compile(r"(?P<hh>[01]\d|2[0-3])(?P<mm>[0-5]\d)\s+hours")
_CLOCK_PREP_BEFORE = re.compile(r"(?i:\b(?:at|by|until|till|before|after|around|since)\s+$)")
_REPORTING_PERIOD = re.compile(r"(?i:the\s+(?:(?:first|latest|same|comparable|fiscal)\s+)?\S+\s+months$)")


_CAPITAL_AFTER = re.compile(r"'?s?'?\s+[A-Z][a-z]")
_FRACTION_OF = re.compile(r"(?i:\s+of\s+(?!(?:the\s+|this\s+|last\s+|next\s+|fiscal\s+|calendar\s+)*(?:year|\d{4})\b))")
# an amount just before "a year"/"a week": money, a number, a percentage ("5% a year"), or a number and its noun
# ("700 seats a week")
# (the number ends in a digit and its noun is no preposition: "in 2024, after a year of losses" is a span)
_AMOUNT_PER = re.compile(r"(?i:(?:[$£€]\s?[\d.,]+(?:\s+(?:million|billion|thousand))?|\b\d(?:[\d,.]*\d)?\s*%|\b\d(?:[\d,.]*\d)?(?:\s+(?:million|billion|thousand))?"
                         r"(?:\s+(?!(?:after|before|for|in|over|within|than|by|of|from|since)\b)[a-z]+)?|"
                         r"\b(?:hours|times|flights|seats|shares|barrels|units))\s+$)")


_OF_MONTH = re.compile(r"(?i:\s+of\s+(?:" + "|".join(sorted((w for w in lexicon()["months"] if "." not in w), key=len,
                                                              reverse=True)) + r")\b)")


def duration_vague(m: re.Match, ctx: Context) -> Resolved | None:
    lead = m.group(0).lower().split()
    if lead[:2] == ["the", "early"] and re.match(r"\s+of\b", ctx.text[m.end():m.end() + 4]):
        return None     # "the early hours of Thursday": a part of that day, not a span
    if (len(lead) > 1 and lead[-2] in ("first", "last", "final", "early") and m["unit"].lower() in ("days", "weeks")
            and _OF_MONTH.match(ctx.text, m.end())):
        return None     # "in the first days of March": that month (its own expression), not a span
    unit = unit_code(m["unit"])
    if lead[0] in ("recent", "past") and m["unit"].lower() == "years" and not m["ahead"]:
        return Resolved("DATE", "PAST_REF", "dct")   # "in recent years", "in past years": a vague past, not a span
    return Resolved("DURATION", duration_value(None, unit), None)


def duration_long(m: re.Match, ctx: Context) -> Resolved | None:
    return Resolved("DURATION", duration_value(None if m["plural"] else 1, unit_code(m["unit"])), None)


def duration_unknown(m: re.Match, ctx: Context) -> Resolved | None:
    return Resolved("DURATION", "PXX", None)


def duration_past(m: re.Match, ctx: Context) -> Resolved | None:
    return Resolved("DURATION", duration_value(1, unit_code(m["unit"])), None)


def set_(m: re.Match, ctx: Context) -> Resolved | None:
    lex = lexicon()
    w = m["sunit"].lower()
    step = 2 if m["other"] else 1
    if m["every"].lower() == "per":
        return None     # "3 million barrels per day", "instructions per second": a rate of an amount, no repetition
    if w in lex["weekdays"]:
        return Resolved("SET", f"XXXX-WXX-{lex['weekdays'][w]}", None)
    if w in lex["months"]:
        return Resolved("SET", f"XXXX-{lex['months'][w]:02d}", None)
    if w in lex["seasons"]:
        return Resolved("SET", f"XXXX-{lex['seasons'][w]}", None)
    if w in POD_CODE:
        return Resolved("SET", f"XXXX-XX-XXT{POD_CODE[w]}", None)
    if w == "weekend" and step == 1:
        return Resolved("SET", "XXXX-WXX-WE", None)     # "every weekend", as "every Saturday" is XXXX-WXX-6
    if m["snum"]:
        step = number(m["snum"])      # "every two hours"; "every few days" -> None -> PXD
    return Resolved("SET", duration_value(step, unit_code(w)), None)


_DETERMINER_BEFORE = re.compile(r"(?i:\b(?:a|an|the|its|their|his|her|our|this|that|these|those)\s+$|'s\s+$)")
_SENTENCE_START = re.compile(r"(?:^|[.!?]['\"]*\s+|\n\s*)$")
_CLAUSE_START = re.compile(r"(?:^|[.!?;:]\s+|\n\s*|,\s*|\b(?:and|but)\s+)$")


_AMOUNT_BEFORE = re.compile(r"(?i:(?:\d|%|\bpercent|\bmillion|\bbillion|\bunits|\bshares|\bprofits?|\brevenues?|\bsales)\s*$)")
_RATE_NOUN_BEFORE = re.compile(r"(?i:\baverage\s+$)")




def set_adverb(m: re.Match, ctx: Context) -> Resolved | None:
    word = m["adverb"].lower()
    before = ctx.text[max(0, m.start() - 12):m.start()]
    if word == "quarterly":
        return None     # "quarterly dividend / results / loss": a reporting period, not a repetition
    if word in ("annually", "yearly") and _AMOUNT_BEFORE.search(before):
        return None     # "rise 8.5% annually", "10,000 units annually": a rate of an amount
    if word == "daily" and _RATE_NOUN_BEFORE.search(before):
        return None     # "average daily volume": a per-day rate
    if word == "annually" and _DETERMINER_BEFORE.search(before):
        return None     # "the daily briefing"-like adjective use
    return Resolved("SET", lexicon()["sets"][m["adverb"].lower()], None)


@lru_cache(maxsize=1)
def _count_after() -> re.Pattern:
    counts = [w for w in list(lexicon()["numbers"]) + list(lexicon()["vague_numbers"]) if w not in ("a", "an")]
    return re.compile(r"(?i:\s+(?:\d|(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in
                                             sorted(counts, key=len, reverse=True)) + r")\b))")


_AS_BEFORE = re.compile(r"(?i:\bas\s+$)")
_SOON_LINK_AFTER = re.compile(r"(?i:\s+(?:after|afterwards?|before|thereafter|as)\b)")


def reference(m: re.Match, ctx: Context) -> Resolved | None:
    word = re.sub(r"\s+", " ", m["ref"].lower())
    value = lexicon()["references"][word]
    if word in ("the past", "the future") and _count_after().match(ctx.text, m.end()):
        return None     # "the past three summers": a span the reference word only opens
    if word in ("previously", "formerly", "once") and not _CLAUSE_START.search(ctx.text, max(0, m.start() - 8), m.start()):
        return None     # "previously reported", "the formerly state-run": manner, not a time of its own
    if word == "now" and _SENTENCE_START.search(ctx.text, max(0, m.start() - 4), m.start()) and ctx.text.startswith(
            ",", m.end()):
        return None     # "Now, he says, ...": the discourse marker that turns the story, not a time
    if word == "soon" and (_AS_BEFORE.search(ctx.text, max(0, m.start() - 4), m.start())
                           or _SOON_LINK_AFTER.match(ctx.text, m.end())):
        return None     # "as soon as he arrives", "soon after the vote": a link between events, not a time
    return Resolved("DATE", value, "dct")
