"""The TIMEX3 `mod` of an expression: the part of the period or the bound its words name ("late March" -> END,
"early 2024" -> START, "mid-October" -> MID, "more than two years" -> MORE_THAN, "about three weeks" -> APPROX).

The words are data/en/timex.json's "mods": those that open the span, then those right before it (cue words such as
"about" stay outside the span, as TimeBank and AQUAINT mark them). The value is not changed by the mod ("late March"
is 2022-03 with END), as in TimeML.
"""
from __future__ import annotations

import re
from functools import lru_cache

from sitroom.lexicon import load_json


def _alternation(pairs) -> tuple[re.Pattern, dict[str, str]]:
    table = {w.lower(): mod for w, mod in pairs}
    words = sorted(table, key=len, reverse=True)
    # a phrase ending in a hyphen ("mid-") joins the next word directly; others need a word boundary after them
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") + ("" if w.endswith("-") else r"\b") for w in words)
    return re.compile(r"(?i:(" + alt + "))"), table


@lru_cache(maxsize=1)
def _tables():
    mods = load_json("en/timex.json")["mods"]
    inside, inside_table = _alternation(mods["in_span"])
    before, before_table = _alternation(mods["before_span"])
    before = re.compile(r"(?i:\b" + before.pattern + r"\s+$)")
    after, after_table = _alternation(mods["after_span"])
    after = re.compile(r"(?i:\s+" + after.pattern + ")")
    return inside, inside_table, before, before_table, after, after_table, mods["ago_more"], mods["ago_less"]


_AGO = re.compile(r"(?i:\bago\b)")
_CLOSE_TO = ("nearly", "almost", "barely")
_NO = re.compile(r"(?i:\bno\s+$)")
_OR_SO = re.compile(r"(?i:\s+or\s+so\b)")
_DIGIT = re.compile(r"\d")
_SPACES = re.compile(r"\s+")


def mod_of(text: str, start: int, end: int, type_: str) -> str | None:
    """The mod of the expression text[start:end] of TIMEX3 type `type_`, or None."""
    inside, inside_table, before, before_table, after, after_table, ago_more, ago_less = _tables()
    span = text[start:end]
    m = inside.match(span)
    if m:
        phrase = _SPACES.sub(" ", m.group(1).lower())
        mod = inside_table[phrase]
        if phrase in _CLOSE_TO and type_ == "DATE" and _AGO.search(span):
            return "APPROX"     # "nearly four years ago": about then
        if mod in ("MORE_THAN", "LESS_THAN") and _NO.search(text, max(0, start - 4), start):
            mod = "EQUAL_OR_LESS" if mod == "MORE_THAN" else "EQUAL_OR_MORE"    # "no more than sixty days"
    elif _OR_SO.search(span):
        return "APPROX"         # "a week or so ago"
    elif (a := after.match(text, end)) is not None:
        return after_table[_SPACES.sub(" ", a.group(1).lower())]       # "the next year or so", "1994 or later"
    else:
        b = before.search(text, max(0, start - 20), start)
        if b is None:
            return None
        phrase = _SPACES.sub(" ", b.group(1).lower())
        mod = before_table[phrase]
        # a cue outside the span bounds a count ("about three weeks", "at about 10:35 a.m.") or a written date
        # ("around Nov. 1"), not a word ("talking about the future", "a way around Wednesday"); "late", "earlier"
        # place a day ("late yesterday", "earlier Sunday")
        if mod in ("START", "END"):
            if type_ not in ("DATE", "TIME"):
                return None
        elif type_ not in ("DURATION", "TIME") and not (type_ == "DATE" and _DIGIT.search(span)):
            return None
    if mod in ("MORE_THAN", "LESS_THAN") and type_ == "DATE" and _AGO.search(span):
        return ago_more if mod == "MORE_THAN" else ago_less
    if mod in ("MORE_THAN", "LESS_THAN", "EQUAL_OR_MORE", "EQUAL_OR_LESS") and type_ not in ("DURATION", "DATE"):
        return None
    return mod
