"""Russian and Ukrainian time expressions: one rule set, each language's words in `data/<lang>/timex.json`.

`tag(text, dct, language, style)` finds dates ("16 октября", "1 вересня 1939", "вересень 1939", "у 1941 році",
"влітку 1942", "XX століття", "500 до н. е."), weekdays ("у неділю"), relative days ("наступного дня", "вчора"),
references ("нині"), and durations ("три роки", "кількох днів"), resolved to TimeML values. The relation comes from
the cue in front ("з 24 лютого" since, "станом на 13 жовтня" / "по состоянию на" as of); the cue and the year word
("року", "года") stay outside the extent, as in TimeML.

A date without a year takes its year from the text before it or from the document date: `style="news"` prefers the
document date (the nearest such day to it), `style="narrative"` (histories, timelines) prefers the last year the
text named — HeidelTime's news / narrative split. Word forms are written out in the data, so no morphology runs.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from sitroom import lexicon, timeml
from sitroom.analyze.timex._calendar import Point, nearest_year, parse_dct, safe_date, shift, value_of, weekday_near
from sitroom.model import Timex

__all__ = ["LANGUAGES", "tag"]

LANGUAGES = ("ru", "uk")
_APOSTROPHES = "'ʼ’`"
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_UNIT_SHIFT = {"day": "D", "week": "W", "month": "M", "year": "Y"}
_WORD_END = r"(?![\w" + _APOSTROPHES + r"])"
_WORD_START = r"(?<![\w" + _APOSTROPHES + r"])"


def _alt(forms) -> str:
    """A regex alternation of word forms, longest first, any apostrophe variant matching any other."""
    out = []
    for f in sorted(set(forms), key=len, reverse=True):
        rx = re.escape(f).replace("'", f"[{_APOSTROPHES}]").replace(r"\ ", r"\s+")
        out.append(rx)
    return "(?:" + "|".join(out) + ")"


def _suffixed(rx: str, kind: str) -> str:
    """Rename the named groups of one kind's regex `<name>__<kind>` (names must be unique in the joined regex)."""
    return re.sub(r"\(\?P<(\w+)>", lambda m: f"(?P<{m[1]}__{kind}>", rx)


def _norm(word: str) -> str:
    return re.sub(r"\s+", " ", re.sub(f"[{_APOSTROPHES}]", "'", word.lower()))


@dataclass(frozen=True)
class _Rules:
    pattern: re.Pattern
    month: dict
    weekday: dict
    season: dict
    unit: dict
    number: dict
    vague: frozenset
    relative: dict
    reference: dict
    cue: re.Pattern
    cue_names: tuple


@lru_cache(maxsize=None)
def _rules(language: str) -> _Rules:
    data = lexicon.load_json(f"{language}/timex.json")
    month = {_norm(f): int(n) for n, forms in data["months"].items() for f in forms}
    weekday = {_norm(f): int(n) for n, forms in data["weekdays"].items() for f in forms}
    season = {_norm(f): code for code, forms in data["seasons"].items() for f in forms}
    unit = {_norm(f): code for code, forms in data["units"].items() for f in forms}
    number = {_norm(k): v for k, v in data["numbers"].items()}
    M, W, S = _alt(month), _alt(weekday), _alt(season)
    yw = r"(?:\s+" + _alt(data["year_words"]) + ")"
    bc = r"(?P<bc>\s+(?:" + _alt(data["year_words"]) + r"\s+)?" + data["era_bc"] + ")"
    day = r"(?P<day>[0-3]?\d)(?:-?(?:го|е|ого|а))?"
    year = r"(?P<year>\d{3,4})"       # "21 листопада 1" is a day and a list number, not the year 1
    year4 = r"(?P<year>1\d{3}|20\d{2})"
    num = r"(?P<num>\d+(?:[.,]5)?|" + _alt(number) + "|" + _alt(data["vague_numbers"]) + r")(?:-?(?:х|ти|ох|ьох|и))?"
    kinds = [
        ("dmy", rf"{day}\s+(?P<month>{M})\s+{year}{bc}?"),
        ("dm", rf"{day}\s+(?P<month>{M})"),
        ("my", rf"(?P<month>{M})\s+{year}{bc}?"),
        ("sy", rf"(?P<season>{S})\s+{year}{bc}?"),
        ("century", r"(?P<cent>[IVXLC]+|\d{1,2})(?:-?(?:го|му|й|м|ому|ий|е))?\s+" + _alt(data["century_words"])
         + rf"{bc}?"),
        ("decade", r"(?P<dec>\d{2,3}0)-?(?:х|ті|их|ых|е)" + r"(?=\s|\W)"),
        ("year_bc", rf"(?P<year>\d{{1,4}}){bc}"),
        ("year", rf"{year4}(?={yw}|\s*[-–—]\s*\d{{4}}|\s*[.,;:)»\"]|\s*$)"),
        ("relative", _alt(data["relative"])),
        ("reference", _alt(data["references"])),
        ("duration", rf"{num}\s+(?P<unit>{_alt(unit)})"),
        ("weekday", rf"(?P<weekday>{W})"),
        ("month", rf"(?P<month>{M})"),
        ("season", rf"(?P<season>{S})"),
    ]
    # one regex, one alternative per kind: the kind's group is "k_<kind>", its inner groups "<name>__<kind>"
    pattern = re.compile("|".join(f"(?P<k_{k}>{_WORD_START}{_suffixed(rx, k)}{_WORD_END})" for k, rx in kinds),
                         re.IGNORECASE)
    cues = data["relation_cues"]
    cue = re.compile(r"(?i:" + _WORD_START + "(?:" + "|".join(
        f"(?P<{name}>{'|'.join(rxs)})" for name, rxs in cues.items()) + r")\s+(?:[ву]\s+)?$)")
    return _Rules(pattern, month, weekday, season, unit, number, frozenset(_norm(w) for w in data["vague_numbers"]),
                  {_norm(k): tuple(v) for k, v in data["relative"].items()},
                  {_norm(k): v for k, v in data["references"].items()}, cue, tuple(cues))


def tag(text: str, dct, language: str, style: str = "news") -> list[Timex]:
    """Time expressions of a Russian or Ukrainian `text`, resolved against the document date `dct`."""
    if language not in LANGUAGES:
        raise ValueError(f"no time rules for language {language!r} (have {', '.join(LANGUAGES)})")
    rules = _rules(language)
    state = _State(parse_dct(dct), style)
    out = []
    for m in _matches(rules.pattern, text):
        resolved = state.resolve(rules, m)
        if resolved is None:
            continue
        type_, value = resolved
        s, e = m.span()
        out.append(Timex(start=s, end=e, text=text[s:e], type=type_, value=value,
                         precision=timeml.precision_of(value) if type_ in ("DATE", "TIME") else None,
                         relation=_relation(rules, text, s), anchor=state.anchor))
    return out


def _matches(pattern: re.Pattern, text: str):
    """Leftmost matches; at one position the first kind in the table wins (longer kinds come first)."""
    return pattern.finditer(text)


def _relation(rules: _Rules, text: str, start: int) -> str:
    m = rules.cue.search(text[max(0, start - 30):start])
    if not m:
        return "on"
    return next(n for n in rules.cue_names if m.group(n))


class _State:
    """The document date, the last date and year resolved (the narrative anchors), and the anchor just used."""

    def __init__(self, dct: date | None, style: str):
        self.dct, self.style = dct, style
        self.last_day: date | None = None
        self.last_year: int | None = None
        self.anchor: str | None = None

    def _year_for(self, month: int, day: int | None) -> int | None:
        if self.style == "narrative" and self.last_year is not None:
            self.anchor = "narrative"
            return self.last_year
        if self.dct is not None:
            self.anchor = "dct"
            return nearest_year(self.dct, month, day, future=None)
        if self.last_year is not None:
            self.anchor = "narrative"
            return self.last_year
        return None

    def resolve(self, rules: _Rules, m: re.Match) -> tuple[str, str] | None:
        kind = m.lastgroup[2:]
        g = {k.split("__")[0]: v for k, v in m.groupdict().items() if v is not None and "__" in k}
        text = m.group(0)
        self.anchor = "absolute"
        bc = "bc" in g
        if kind in ("dmy", "my", "sy", "year_bc", "year"):
            year = int(g["year"])
            if bc:
                return "DATE", f"BC{year:04d}" + (f"-{rules.season[_norm(g['season'])]}" if kind == "sy" else "")
            if kind != "year":     # a bare year (a birth year, a list of years) rarely sets the narrative's year
                self.last_year = year
        if kind == "dmy":
            d = safe_date(year, rules.month[_norm(g["month"])], int(g["day"]))
            if d is None:
                return None
            self.last_day = d
            return "DATE", d.isoformat()
        if kind == "dm":
            month, day = rules.month[_norm(g["month"])], int(g["day"])
            y = self._year_for(month, day)
            d = safe_date(y, month, day) if y else None
            if d is None:
                return "DATE", f"XXXX-{month:02d}-{day:02d}"
            self.last_day = d
            return "DATE", d.isoformat()
        if kind == "my":
            return "DATE", f"{year:04d}-{rules.month[_norm(g['month'])]:02d}"
        if kind == "sy":
            return "DATE", f"{year:04d}-{rules.season[_norm(g['season'])]}"
        if kind in ("year", "year_bc"):
            return "DATE", f"{year:04d}"
        if kind == "century":
            n = _number(g["cent"])
            if n is None or not 0 < n <= 21:
                return None
            return "DATE", (f"BC{n - 1:02d}" if bc else f"{n - 1:02d}")
        if kind == "decade":
            dec = g["dec"]
            return "DATE", (dec[:3] if len(dec) == 4 else "19" + dec[0])
        if kind == "month":
            month = rules.month[_norm(text)]
            y = self._year_for(month, None)
            return "DATE", (f"{y:04d}-{month:02d}" if y else f"XXXX-{month:02d}")
        if kind == "season":
            code = rules.season[_norm(text)]
            y = self.last_year if self.style == "narrative" and self.last_year else (self.dct.year if self.dct else None)
            self.anchor = "narrative" if y == self.last_year else "dct"
            return "DATE", (f"{y:04d}-{code}" if y else f"XXXX-{code}")
        if kind == "weekday":
            wd = rules.weekday[_norm(text)]
            if self.dct is None:
                return "DATE", f"XXXX-WXX-{wd}"
            self.anchor = "dct"
            d = weekday_near(self.dct, wd, future=False)
            self.last_day = d
            return "DATE", d.isoformat()
        if kind == "relative":
            anchor, unit, offset = rules.relative[_norm(text)]
            base = self.last_day if anchor == "narrative" and self.last_day else self.dct
            if base is None:
                return None
            self.anchor = "narrative" if base is self.last_day and anchor == "narrative" else "dct"
            p = shift(Point(base, unit), _UNIT_SHIFT[unit], offset)
            if unit == "day":
                self.last_day = p.day
            return "DATE", value_of(p)
        if kind == "reference":
            return "DATE", rules.reference[_norm(text)]
        if kind == "duration":
            unit = rules.unit[_norm(g["unit"])]
            word = _norm(g["num"])
            if word in rules.vague:
                n = "X"
            else:
                v = rules.number.get(word)
                if v is None:
                    v = float(re.sub(r"-.*", "", word).replace(",", "."))
                n = f"{v:g}"
            return "DURATION", f"P{n}{unit}" if unit != "H" else f"PT{n}H"
        return None


def _number(s: str) -> int | None:
    if s.isdigit():
        return int(s)
    total, prev = 0, 0
    for ch in reversed(s.upper()):
        v = _ROMAN.get(ch)
        if v is None:
            return None
        total, prev = (total - v, prev) if v < prev else (total + v, v)
    return total
