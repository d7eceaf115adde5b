"""Russian and Ukrainian time expressions: one rule set, each language's words in `data/<lang>/timex.json`.

`tag(text, dct, language, style)` finds dates ("16 октября", "1 вересня 1939", "вересень 1939", "у 1941 році",
"влітку 1942", "XX століття", "500 до н. е."), weekdays ("у неділю"), relative days ("наступного дня", "вчора"),
references ("нині"), and durations ("три роки", "кількох днів"), resolved to TimeML values. The relation comes from
the cue in front ("з 24 лютого" since, "станом на 13 жовтня" / "по состоянию на" as of); the cue and the year word
("року", "года") stay outside the extent, as in TimeML.

A date without a year takes its year from the text before it or from the document date: `style="news"` prefers the
document date (the nearest such day to it), `style="narrative"` (histories, timelines) prefers the last year the
text named — HeidelTime's news / narrative split. Calendar word forms are written out in the data; morphology
(pymorphy3, `_slavic_morph`) reads only ordinal day words ("двадцать четвертого февраля") and the tense of the verb
nearest a weekday ("пройдут в среду" = the coming Wednesday). News forms: ranges ("с 10 по 16 октября": two
timexes, since / until), clock times ("около 05:00", on the day named just before, else the report's), numeric
dates ("24.10.2022"), the nights and parts of day ("минувшей ночью", "вчора ввечері"), the report's 24 hours ("за
последние сутки" P1D), and parts of a period ("в конце октября", "з початку року": the period's value).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from sitroom import lexicon, timeml
from sitroom.analyze.timex._calendar import Point, nearest_year, parse_dct, safe_date, shift, value_of, weekday_near
from sitroom.analyze.timex._slavic_morph import is_future, ordinal_value
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
    parts: dict
    current_units: dict
    pods: dict
    fixed: dict
    tens: dict
    ordinals: dict
    nights: dict
    pod_after: re.Pattern
    pod_before: re.Pattern
    pod_codes_before: dict
    single: dict


@lru_cache(maxsize=None)
def _rules(language: str) -> _Rules:
    data = lexicon.load_json(f"{language}/timex.json")
    month = {_norm(f): int(n) for n, forms in data["months"].items() for f in forms}
    weekday = {_norm(f): int(n) for n, forms in data["weekdays"].items() for f in forms}
    season = {_norm(f): code for code, forms in data["seasons"].items() for f in forms}
    unit = {_norm(f): code for code, forms in data["units"].items() for f in forms}
    number = {_norm(k): v for k, v in data["numbers"].items()}
    parts = {_norm(f): mod for mod, forms in data["period_parts"].items() for f in forms}
    cur = {_norm(f): u for u, forms in data["current_units"].items() for f in forms}
    pods = {_norm(f): code for code, forms in data["parts_of_day"].items() for f in forms}
    fixed = {_norm(k): v for k, v in data["fixed_durations"].items()}
    tens = {_norm(k): v for k, v in data["ordinal_tens"].items()}
    nights = {_norm(k): v for k, v in data["night_relative"].items()}
    before = {_norm(f): code for code, forms in data["pod_before"].items() for f in forms}
    single = {_norm(f): u for u, forms in data["single_units"].items() for f in forms}
    pod_after = re.compile(r"\s+(?P<pod>" + _alt(pods) + ")" + _WORD_END, re.I)
    pod_before = re.compile(_WORD_START + "(?P<pod>" + _alt(before) + r")\s+(?:[ву]\s+)?$", re.I)
    M, W, S = _alt(month), _alt(weekday), _alt(season)
    yw = r"(?:\s+" + _alt(data["year_words"]) + ")"
    bc = r"(?P<bc>\s+(?:" + _alt(data["year_words"]) + r"\s+)?" + data["era_bc"] + ")"
    day = r"(?P<day>[0-3]?\d)(?:-?(?:го|е|ого|а))?"
    year = r"(?P<year>\d{3,4})"       # "21 листопада 1" is a day and a list number, not the year 1
    year4 = r"(?P<year>1\d{3}|20\d{2})(?:-(?:м|му|й|го|ом|им))?"     # "в 2019-м"
    clock = r"(?P<hh>[01]?\d|2[0-3]):(?P<mm>[0-5]\d)"
    numdate = r"(?P<nd>[0-3]?\d)\.(?P<nm>0?[1-9]|1[0-2])\.(?P<ny>(?:19|20)\d\d)"
    dsuf = r"(?:-?(?:го|е|ого|а))?"
    num = r"(?P<num>\d+(?:[.,]5)?|" + _alt(number) + "|" + _alt(data["vague_numbers"]) + r")(?:-?(?:х|ти|ох|ьох|и))?"
    kinds = [
        # "с 10 по 16 октября", "10-16 жовтня": two timexes, the first day's month and year from the second's
        ("range", rf"(?P<d1>[0-3]?\d){dsuf}(?:\s*[-–—]\s*|\s+(?:по|до)\s+)(?P<d2>[0-3]?\d){dsuf}\s+(?P<month>{M})"
         rf"(?:\s+{year})?"),
        ("time_date", rf"{clock}\s+{numdate}"),
        ("numdate", numdate),
        ("part", "(?P<part>" + _alt(parts) + r")\s+(?:" + rf"(?P<month>{M})(?:\s+{year})?|(?P<pyear>1\d{{3}}|20\d{{2}})"
         + "|(?P<cur>" + _alt(cur) + "))"),
        ("ordinal", r"(?:(?P<tens>" + _alt(tens) + r")\s+)?(?P<ord>[^\W\d_][\w" + _APOSTROPHES + r"]*(?:ого|его|ього|ое|е))\s+"
         + rf"(?P<month>{M})(?:\s+{year})?"),
        ("night", _alt(nights)),
        ("fixed", _alt(fixed)),
        ("single", _alt(data["single_cues"]) + r"\s+(?P<unit>" + _alt(single) + ")"),
        ("clock", clock),
        ("dmy", rf"{day}\s+(?P<month>{M})\s+{year}{bc}?"),
        ("dm", rf"{day}\s+(?P<month>{M})"),
        ("my", rf"(?P<month>{M})\s+{year}{bc}?"),
        ("sy", rf"(?P<season>{S})\s+{year}{bc}?"),
        ("century", r"(?P<cent>[IVXLC]+|\d{1,2})(?:-?(?:го|му|й|м|ому|ий|е))?\s+" + _alt(data["century_words"])
         + rf"{bc}?"),
        # "1990-х"; "90-х годах", "90-ті роки" (two digits only before a year word: "20-е заседание" is no decade)
        ("decade", r"(?P<dec>\d{2,3}0|[2-9]0(?=-?(?:х|ті|е)\s+(?:год|рок|рр)))-?(?:х|ті|их|ых|е)" + r"(?=\s|\W)"),
        ("year_bc", rf"(?P<year>\d{{1,4}}){bc}"),
        ("year", rf"{year4}(?={yw}|\s*[-–—]\s*\d{{4}}|\s*[.,;:)»\"]|\s*$)"),
        ("relative", "(?P<rel>" + _alt(data["relative"]) + r")(?:\s+(?P<pod>" + _alt(pods) + "))?"),
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
                  {_norm(k): v for k, v in data["references"].items()}, cue, tuple(cues),
                  parts, cur, pods, fixed, tens, {_norm(k): v for k, v in data["ordinals"].items()}, nights,
                  pod_after, pod_before, before, single)


def tag(text: str, dct, language: str, style: str = "news") -> list[Timex]:
    """Time expressions of a Russian or Ukrainian `text`, resolved against the document date `dct`."""
    if language not in LANGUAGES:
        raise ValueError(f"no time rules for language {language!r} (have {', '.join(LANGUAGES)})")
    rules = _rules(language)
    state = _State(parse_dct(dct), style, text, language)
    out: list[Timex] = []
    pos = 0
    while (m := rules.pattern.search(text, pos)) is not None:
        pos = m.end()
        kind = m.lastgroup[2:]
        state.at = m.start()
        if kind == "range":
            out += _range(rules, state, text, m)
            continue
        resolved = state.resolve(rules, m)
        if resolved is None:
            if kind == "ordinal":       # the word before the month was no ordinal: read on from the month
                pos = m.start("month__ordinal")
            continue
        type_, value = resolved
        start, end = m.start("unit__single") if kind == "single" else m.start(), m.end()
        if type_ == "DATE" and re.fullmatch(r"\d{4}-\d\d-\d\d", value):
            start, end, value, pod = _part_of_day(rules, text, start, end, value)
            type_ = "TIME" if pod else type_
            pos = max(pos, end)
        if kind in _NAMES_A_YEAR and re.match(r"\d{4}(?!-W)" if kind != "relative" else r"\d{4}$", value):
            state.sentence_year = (int(value[:4]), m.end())
        out.append(_timex(text, start, end, type_, value, _relation(rules, text, start), state.anchor))
        state.prev_end = end
    return out


# kinds whose year is written out or named ("в прошлом году"): a month later in the same sentence takes that year
_NAMES_A_YEAR = frozenset({"dmy", "my", "sy", "year", "numdate", "time_date", "relative"})


def _part_of_day(rules: _Rules, text: str, start: int, end: int, value: str):
    """'субботу вечером', 'утром в понедельник', 'ранок 30 травня': the day's part joins the span (value <day>T<part>)."""
    after = rules.pod_after.match(text, end)
    if after:
        return start, after.end(), f"{value}T{rules.pods[_norm(after.group('pod'))]}", True
    before = rules.pod_before.search(text[max(0, start - 20):start])
    if before:
        code = rules.pod_codes_before[_norm(before.group("pod"))]
        return start - len(before.group(0)), end, f"{value}T{code}", True
    return start, end, value, False


def _timex(text, s, e, type_, value, relation, anchor) -> Timex:
    return Timex(start=s, end=e, text=text[s:e], type=type_, value=value,
                 precision=timeml.precision_of(value) if type_ in ("DATE", "TIME") else None,
                 relation=relation, anchor=anchor)


def _range(rules: _Rules, state: "_State", text: str, m: re.Match) -> list[Timex]:
    """'с 10 по 16 октября': the first day (since, unless a cue says otherwise) and the second with its month (until)."""
    month = rules.month[_norm(m.group("month__range"))]
    year = int(m.group("year__range")) if m.group("year__range") else state._year_for(month, int(m.group("d2__range")))
    d1, d2 = (safe_date(year, month, int(m.group(g))) if year else None for g in ("d1__range", "d2__range"))
    if d1 is None or d2 is None or d1 > d2:
        return []
    state.last_day = d2
    state.prev_end = m.end()
    rel = _relation(rules, text, m.start())
    s1, e1 = m.span("d1__range")
    s2 = m.start("d2__range")
    e2 = m.end("month__range")
    return [_timex(text, s1, e1, "DATE", d1.isoformat(), "since" if rel == "on" else rel, state.anchor),
            _timex(text, s2, e2, "DATE", d2.isoformat(), "until", state.anchor)]


def _relation(rules: _Rules, text: str, start: int) -> str:
    m = rules.cue.search(text[max(0, start - 30):start])
    if not m:
        return "on"
    return next(n for n in rules.cue_names if m.group(n))


class _State:
    """The document date, the last date and year resolved (the narrative anchors), and the anchor just used."""

    def __init__(self, dct: date | None, style: str, text: str = "", language: str = "ru"):
        self.dct, self.style, self.text, self.language = dct, style, text, language
        self.prev_end: int | None = None
        self.at = 0                                  # where the expression being resolved starts
        self.sentence_year: tuple[int, int] | None = None    # the last year written out (or "в прошлом году"), its end
        self.last_day: date | None = None
        self.last_year: int | None = None
        self.anchor: str | None = None

    def _year_for(self, month: int, day: int | None) -> int | None:
        if self.style == "narrative" and self.last_year is not None:
            self.anchor = "narrative"
            return self.last_year
        if self.sentence_year is not None and not re.search(r"[.!?\n]", self.text[self.sentence_year[1]:self.at]):
            self.anchor = "narrative"        # "У 2022 році місто окупували, а звільнили його в листопаді"
            return self.sentence_year[0]
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
        if kind in ("time_date", "numdate"):
            d = safe_date(int(g["ny"]), int(g["nm"]), int(g["nd"]))
            if d is None:
                return None
            self.last_day = d
            return ("TIME", f"{d.isoformat()}T{int(g['hh']):02d}:{g['mm']}") if kind == "time_date" else \
                ("DATE", d.isoformat())
        if kind == "clock":
            # the day of a date just before it ("вчера около 05:00", "3 серпня близько 05:00"), else the report's
            gap = self.text[self.prev_end:m.start()] if self.prev_end is not None else None
            if gap is not None and len(gap) <= 12 and not re.search(r"[.;!?\n]", gap) and self.last_day:
                d, self.anchor = self.last_day, "narrative"
            elif self.dct is not None:
                d, self.anchor = self.dct, "dct"
            else:
                return None
            return "TIME", f"{d.isoformat()}T{int(g['hh']):02d}:{g['mm']}"
        if kind == "night":
            if self.dct is None:
                return None
            self.anchor = "dct"
            return "TIME", (self.dct + timedelta(days=rules.nights[_norm(text)])).isoformat() + "TNI"
        if kind == "fixed":
            return "DURATION", rules.fixed[_norm(text)]
        if kind == "single":
            return "DURATION", f"P1{rules.single[_norm(g['unit'])]}"
        if kind == "ordinal":
            n = ordinal_value(g["ord"], self.language, rules.ordinals)
            if n is None:
                return None
            n += rules.tens[_norm(g["tens"])] if "tens" in g else 0
            month = rules.month[_norm(g["month"])]
            y = int(g["year"]) if "year" in g else self._year_for(month, n)
            d = safe_date(y, month, n) if y else None
            if d is None:
                return ("DATE", f"XXXX-{month:02d}-{n:02d}") if 0 < n <= 31 else None
            self.last_day = d
            return "DATE", d.isoformat()
        if kind == "part":
            if "month" in g:
                month = rules.month[_norm(g["month"])]
                y = int(g["year"]) if "year" in g else self._year_for(month, None)
                return "DATE", (f"{y:04d}-{month:02d}" if y else f"XXXX-{month:02d}")
            if "pyear" in g:
                return "DATE", g["pyear"]
            if self.dct is None:
                return None
            self.anchor = "dct"
            unit = rules.current_units[_norm(g["cur"])]
            return "DATE", value_of(Point(self.dct, unit))
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
            d = weekday_near(self.dct, wd, future=is_future(self.text, m.start(), m.end(), self.language))
            self.last_day = d
            return "DATE", d.isoformat()
        if kind == "relative":
            anchor, unit, offset = rules.relative[_norm(g["rel"])]
            base = self.last_day if anchor == "narrative" and self.last_day else self.dct
            if base is None:
                return None
            self.anchor = "narrative" if base is self.last_day and anchor == "narrative" else "dct"
            p = shift(Point(base, unit), _UNIT_SHIFT[unit], offset)
            if unit == "day":
                self.last_day = p.day
                if "pod" in g:
                    return "TIME", f"{value_of(p)}T{rules.pods[_norm(g['pod'])]}"
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
