"""Temporal layer: find TIMEX3 expressions in raw text and resolve them to TimeML values.

`tag_timexes(text, dct)` runs compiled regexes over the text (no parse needed, a few ms per document),
keeps the longest non-overlapping candidates, then resolves them left to right so that narrative
expressions ("the following day", "two days later") anchor on the last date resolved before them.
Each Timex also gets the relation of its governing cue ("since Feb. 24" -> since); the cue itself is
outside the extent, as in TimeML.
"""
from __future__ import annotations

import re
from datetime import date, datetime
from typing import Callable

from sitroom import lexicon, timeml
from sitroom.analyze.timex import _periods as per
from sitroom.analyze.timex import _relative as rel
from sitroom.analyze.timex import _resolve as res
from sitroom.analyze.timex import _slavic
from sitroom.analyze.timex import _spans as spans
from sitroom.analyze.timex._calendar import parse_dct
from sitroom.analyze.timex._mods import mod_of
from sitroom.analyze.timex._patterns import patterns
from sitroom.analyze.timex._tense import NOT_AFTER_LINKING
from sitroom.model import Timex

__all__ = ["tag_timexes", "relation_before", "is_future_clause"]

RESOLVERS: dict[str, Callable] = {
    "iso": res.iso, "numeric": res.numeric, "month_day": res.month_day, "week_of": res.week_of, "month_week": res.month_week, "day_month": res.month_day, "range_day": res.range_day, "range_day_first": res.range_day_first,
    "month_year": res.month_year, "month": res.month, "year": res.year, "decade": res.decade,
    "century": res.century, "quarter": per.quarter, "month_quarter": per.month_quarter, "year_period": per.year_period, "half": per.half, "fiscal_short": per.fiscal_short, "season": per.season,
    "holiday": per.holiday, "edge_rel": rel.edge_rel, "rel_unit": rel.rel_unit,
    "rel_unit_bare": rel.rel_unit_bare, "year_ago": rel.year_ago, "period_last_year": rel.period_last_year, "time_last_year": rel.time_last_year, "offset": rel.offset,
    "deictic": rel.deictic, "ordinal_day": rel.ordinal_day, "this_pod": rel.this_pod, "overnight": rel.overnight, "narrative": rel.narrative, "unit_before": rel.unit_before, "day_of_month": rel.day_of_month, "part_century": rel.part_century, "weekday": rel.weekday,
    "time": rel.time, "duration": spans.duration, "duration_vague": spans.duration_vague,
    "duration_past": spans.duration_past, "duration_unknown": spans.duration_unknown,
    "duration_long": spans.duration_long, "set": spans.set_, "set_adverb": spans.set_adverb,
    "reference": spans.reference, "year_end": per.year_end,
    "spoken_year": res.spoken_year,
}

# Governing cue just before the expression -> relation (cue words stay outside the extent).
_RELATION_CUES = (
    ("as_of", r"as\s+of|as\s+at"),
    ("since", r"since|starting(?:\s+(?:on|from|in))?|beginning(?:\s+(?:on|in))?|effective(?:\s+from)?|from"),
    ("until", r"until|till|til|through|thru|by|up\s+to|up\s+until|no\s+later\s+than|not\s+later\s+than|to|and"),
    ("before", r"before|prior\s+to|ahead\s+of|earlier\s+than"),
    ("after", r"after|following|later\s+than"),
)
_CUE = re.compile(r"(?i:\b(?P<cue>" + "|".join(f"(?P<{name}>{rx})" for name, rx in _RELATION_CUES)
                  + r")\s+(?:(?:on|in|at|the\s+end\s+of|the\s+start\s+of)\s+)?$)")
_RANGE_OPEN = re.compile(r"(?i:\b(?:from|between)\b)")
_SINCE = re.compile(r"(?i:\bsince\s+(?:(?:on|in|at)\s+)?$)")

# An arrangement in the pluperfect ("had been due to expire Friday", "had been scheduled for May") lay ahead of a
# past moment and is over by now: those cues count as past (the "had" itself is a past form).
_FUTURE = re.compile(r"(?i:(?<!\bhad\sbeen\s)(?<!\bhad\s)(?<!\bpreviously\s)\b(?:will|won't|shall|'ll|going\s+to|"
                     r"plans?\s+to|planning\s+to|scheduled|due\s+to|is\s+due|are\s+due|set\s+to|expect(?:s|ed)?\s+to|"
                     # a forecast in the present looks ahead: "analysts expect little change before winter"
                     r"(?<!\bdid\s)(?<!\bnot\s)(?<!\bdidn't\s)\b(?:expects?|anticipates?|predicts?)(?!\s+to\b)|"
                     # a weather or an economic forecast: "the storm is forecast to reach the coast late on Friday"
                     r"(?:is|are)\s+forecast\b|forecast\s+for\b|"
                     r"hopes?\s+to|aims?\s+to|(?:un)?likely\s+to(?!\s+have\b)|"
                     r"(?:planned|slated|set)\s+for|intends?\s+to|is\s+to|are\s+to|"
                     r"to\s+be\s+held|upcoming|payable|expires?|must|should|"

                     # a present tense after when/once/if speaks of the future: "when the case is heard in May"
                     r"(?:when|once|if|unless|until|as\s+soon\s+as)\s+(?:[a-z'-]+\s+){0,4}?(?:is|are|takes?|"
                     r"begins?|starts?|resumes?|opens?|comes?|meets?|returns?|arrives?))\b)")
# A decision's or a request's complement lies ahead of it ("decided to admit ... in March", "subpoenaed the boy to
# testify on Feb. 10"): a cue for what follows it only.
_FUTURE_COMPLEMENT = re.compile(
    r"(?i:\b(?:warn(?:s|ed|ing)?|warnings?)\s+of\b"      # "warned of a new wave in the autumn": a risk ahead
    r"|\b(?:(?:decided|agreed|voted|promised|vowed|pledged|threatened|resolved)\s+"
    r"|(?:ordered|asked|urged|invited|summoned|subpoenaed|required|called\s+on|expects?|expected|forecasts?|"
    r"predicts?|predicted)\s+(?:[\w'-]+\s+){1,4}?)"
    r"to\s+(?!have\b)[a-z]+\b)")
_REPORTING_FORMS = lexicon.words("en/attribution.json", "reporting_forms")
_REPORTING = r"(?:" + "|".join(_REPORTING_FORMS) + ")"
_REPORTING_BEFORE = re.compile(r"(?i:\b" + _REPORTING + r"\s+(?:(?:on|in|at|late|early|last|this)\s+)?$)")
# "Officials on Friday said": the saying's time. After a comma ("will stay shut until Friday, the mayor said") the
# expression ends the reported clause, which keeps its own tense.
_REPORTING_AFTER = re.compile(r"(?i:\s+(?:(?:it|he|she|they|the\s+\w+)\s+)?" + _REPORTING + r"\b)")
# no past form after a linking verb ("will stay closed") or a determiner ("the proposed", "to ask")
_NOT_AFTER = NOT_AFTER_LINKING + "".join(rf"(?<!\b{w}\s)" for w in ("the", "a", "an", "its", "to"))
# ("will last 48 hours": after a modal, "last" is the verb, no past adverb)
_NOT_AFTER_MODAL = "".join(rf"(?<!\b{w}\s)" for w in ("will", "would", "could", "can", "may", "might", "should", "must",
                                                       "'ll", "not"))
_PAST = re.compile(r"(?i:" + _NOT_AFTER + _NOT_AFTER_MODAL + r"\b(?:" + "|".join(lexicon.words("en/timex.json", "past_forms"))
                   + r")\b)")
# Regular past forms are weaker evidence: many -ed words are adjectives or participles ("preferred stock").
_NOT_PAST_EVIDENCE = "|".join(f for f in _REPORTING_FORMS if f.endswith("ed") or f == "said")   # said, reported, ...
_PAST_WEAK = re.compile(r"(?i:" + _NOT_AFTER + r"\b(?!(?:" + _NOT_PAST_EVIDENCE
                        + r"|need|based|proposed|planned|expected|scheduled|reduced|limited|related|interested|"
                        r"concerned|united|armed|preferred|unspecified|listed|owned|\w*eed)\b)\w{3,}ed\b(?!\s+by\b))")   # "tendered by": a participle
# (the stop of "a.m."/"p.m." ends a sentence only before a capital: "from 9 a.m. to 4 p.m. Thursday" is one clause)
_SENTENCE_END = re.compile(r"(?<!\b[ap]\.m)(?<!\b[AP]\.M)[.!?;]\s+(?=[A-Za-z\"'(])|(?<=\b[apAP]\.[mM]\.)\s+(?=[A-Z\"'(])"
                           r"|\n\s*\n")


def relation_before(text: str, start: int) -> str:
    """Relation named by the cue right before `start` ("since", "as of", "by" ...), else "on"."""
    m = _CUE.search(text[max(0, start - 30):start])
    if not m:
        return "on"
    name = next(n for n, _ in _RELATION_CUES if m.group(n))
    cue = m["cue"].lower()
    if name == "since" and cue == "from":
        return "since"
    if name == "until" and cue in ("to", "and"):
        # only the second end of "from X to Y" / "between X and Y"
        window = text[max(0, start - 60):start - len(m.group(0))]
        return "until" if _RANGE_OPEN.search(window) else "on"
    return name


def is_future_clause(text: str, start: int, end: int, doc=None) -> bool | None:
    """Tense of the clause around an expression: True (future), False (past) or None (no cue).

    With a spaCy doc, the governing verb decides; otherwise the nearest tense cue in the sentence wins.
    A reporting verb right next to the expression ("said Friday", "announced on Dec. 7") makes it past;
    elsewhere reporting verbs are ignored, since the reported clause keeps its own tense."""
    relation = relation_before(text, start)
    if relation == "as_of" or relation == "since" and _SINCE.search(text, max(0, start - 12), start):
        return False    # "since Monday" looks back; "from Monday", "starting Monday" go by the clause's tense
    if doc is not None:
        verdict = _future_from_doc(doc, start)
        if verdict is not None:
            return verdict
    if _REPORTING_BEFORE.search(text, max(0, start - 16), start) or _REPORTING_AFTER.match(text, end):
        return False
    lo = max(0, start - 160)
    ends = list(_SENTENCE_END.finditer(text, lo, start))
    lo = ends[-1].end() if ends else lo
    if res.PLUPERFECT_PLAN.search(text, lo, start):
        return False    # "it had been due to expire Friday": the arrangement is told as past
    nxt = _SENTENCE_END.search(text, end, end + 160)
    hi = nxt.start() if nxt else min(len(text), end + 160)
    hi_future = hi
    coord = _COORDINATION.search(text, end, hi)
    if coord is not None and not _FUTURE.search(text, lo, start):
        # "Missiles hit the plants on Wednesday, and blackouts will last until the weekend": a future cue in a
        # coordinated clause after the expression is that clause's, when none comes before the expression
        hi_future = coord.start()

    def nearest(rx: re.Pattern) -> int | None:
        best = None
        for m in rx.finditer(text, lo, hi_future if rx is _FUTURE else hi):
            d = start - m.end() if m.end() <= start else m.start() - end
            best = d if best is None else min(best, d)
        return best

    f, p = nearest(_FUTURE), nearest(_PAST)
    if f is not None and _own_clause_cue(text, lo, start, end, hi, past=True):
        return False
    if f is not None and _own_clause_cue(text, lo, start, end, hi, past=False):
        return True
    if f is not None and p is not None:
        # "The minister, who took office in January, will visit ...": a past form in the expression's own stretch
        # between commas outweighs a future cue beyond them
        left = text.rfind(",", lo, start)
        right = text.find(",", end, hi)
        if left >= 0 and right >= 0:
            inside = lambda rx: any(left < m.start() and m.end() <= right for m in rx.finditer(text, left, right))
            if inside(_PAST) and not inside(_FUTURE):
                return False
    for m in _FUTURE_COMPLEMENT.finditer(text, lo, start):
        f = start - m.end() if f is None else min(f, start - m.end())
    if f is not None:               # weighed against a future cue, a regular past form counts too:
        weak = nearest(_PAST_WEAK)  # "In January, the agency ruled that he should go back" (the ruling is past)
        p = weak if p is None or (weak is not None and weak < p) else p
    if f is None:
        if p is None and nearest(_PAST_WEAK) is None or relation in ("until", "before"):
            return None
        return False
    return p is None or f <= p


_COORDINATION = re.compile(r"(?:,|;)\s+(?:and|but|while|whereas)\s|;\s")
_CLAUSE_BOUNDARY = re.compile(r"[,;:()\u2014]|\s(?:and|but|while|whereas)\s")


def _past_cues(text: str, lo: int, hi: int) -> list[re.Match]:
    return sorted([*_PAST.finditer(text, lo, hi), *_PAST_WEAK.finditer(text, lo, hi)], key=lambda m: m.end())


def _own_clause_cue(text: str, lo: int, start: int, end: int, hi: int, past: bool) -> bool:
    """A tense cue in the expression's own clause, before it, with the other tense's cues only in a later clause:
    the expression keeps its own clause's tense ('Rebels shelled the town on Sunday, and troops will respond'; 'The
    company will report on Thursday, after it delayed the report on Monday')."""
    own = _past_cues(text, lo, start) if past else list(_FUTURE.finditer(text, lo, start))
    if not own or _CLAUSE_BOUNDARY.search(text, own[-1].end(), start):
        return False
    other = (lambda a, b: list(_FUTURE.finditer(text, a, b))) if past else (lambda a, b: _past_cues(text, a, b))
    if any(m.start() >= own[-1].end() for m in other(lo, start)):
        return False
    stop = _CLAUSE_BOUNDARY.search(text, end, hi)
    if stop is None:
        return False
    return not other(end, stop.start())


# The expression's own verb right before it ("had left on Jan. 14", "will meet in March", "arrived Friday"):
# a tense cue strong enough to move a date a few days away to the other year.
_OWN_VERB = re.compile(r"(?i:\b[a-z']+\s+(?:(?:on|in|at|by|until|till)\s+)?$)")


# "will reopen in February", "will take effect on Feb. 20", "will not resume until May": the future auxiliary of
# the expression's own verb (one or two words before the preposition)
_OWN_FUTURE_VERB = re.compile(r"(?i:\b(?:will|shall|'ll|won't)\s+(?:not\s+)?(?:be\s+)?(?:[a-z]+\s+){1,2}"
                              r"(?:(?:on|in|at|by|until|till)\s+)?$)")


def tense_is_adjacent(text: str, start: int) -> bool:
    if _OWN_FUTURE_VERB.search(text, max(0, start - 40), start):
        return True
    m = _OWN_VERB.search(text, max(0, start - 30), start)
    if m is None:
        return False
    word = m.group(0).split()[0]
    return any(rx.fullmatch(word) for rx in (_FUTURE, _PAST, _PAST_WEAK))


def _future_from_doc(doc, start: int) -> bool | None:
    span = doc.char_span(start, start + 1, alignment_mode="expand")   # O(log n), not a scan of the doc
    tok = span[0] if span is not None and len(span) else None
    seen = 0
    while tok is not None and seen < 8:
        if tok.pos_ in ("VERB", "AUX"):
            aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
            if any(a.lower_ in ("will", "shall", "'ll", "wo") for a in aux) or tok.lower_ in ("will", "shall"):
                return True
            if any(a.lower_ == "going" for a in aux):
                return True
            if tok.tag_ in ("VBD", "VBN") or any(a.tag_ == "VBD" for a in aux):
                return False
            return None
        if tok.head is tok:
            return None
        tok, seen = tok.head, seen + 1
    return None


def _candidates(text: str) -> list[tuple[int, int, int, str, re.Match]]:
    found = []
    for p in patterns():
        for m in p.regex.finditer(text):
            if m.end() > m.start():
                found.append((m.start(), m.end(), p.priority, p.kind, m))
    found.sort(key=lambda c: (c[0], -(c[1] - c[0]), c[2]))
    return found


def tag_timexes(text: str, dct: date | datetime | str | None, *, doc=None, language: str = "en",
                style: str = "news") -> list[Timex]:
    """TIMEX3 expressions in `text`, sorted by start, offsets into `text`, values resolved against `dct`.

    `language` picks the rules: "en" (these), "ru" or "uk" (`_slavic`, where `style` "news" or "narrative" says
    whether a date without a year leans on the document date or on the last year the text named)."""
    if not text:
        return []
    if language != "en":
        return _slavic.tag(text, dct, language, style)
    day = parse_dct(dct)
    ctx = res.Context(text=text, dct=day, future=lambda: False)
    found = _candidates(text)
    out: list[Timex] = []
    for s, e, kind, r in _select_lazy(found, text, ctx, doc):
        out.append(Timex(start=s, end=e, text=text[s:e], type=r.type, value=r.value,
                         precision=timeml.precision_of(r.value) if r.type in ("DATE", "TIME") else None,
                         relation=relation_before(text, s), anchor=r.anchor, mod=mod_of(text, s, e, r.type)))
    return out


class _Match:
    """A regex match whose missing named groups read as None (patterns of one kind differ in groups)."""
    __slots__ = ("m", "groups")

    def __init__(self, m: re.Match):
        self.m = m
        self.groups = m.groupdict()

    def __getitem__(self, name: str):
        return self.groups.get(name)

    def groupdict(self):
        return self.groups

    def group(self, i=0):
        return self.m.group(i)

    def start(self):
        return self.m.start()

    def end(self):
        return self.m.end()


_COARSE = ("month", "quarter", "half", "year")


def _report_day_after_period(text: str, s: int, e: int, point, last) -> bool:
    """A day that dates the report ("Prices rose 9% in December, the group said Wednesday") after a month, quarter or
    year the story told of: the story's period stays the anchor of what refers back to a period ("the month", "a
    month earlier"); the day is still the anchor of what refers back to a day ("the next day")."""
    return (point.grain == "day" and last is not None and last.grain in _COARSE
            and bool(_REPORTING_BEFORE.search(text, max(0, s - 16), s) or _REPORTING_AFTER.match(text, e)))


def _select_lazy(found, text: str, ctx: res.Context, doc):
    chosen = []
    taken_until = -1
    for s, e, _, kind, m in found:
        if s < taken_until:
            continue
        ctx.future = lambda s=s, e=e: is_future_clause(text, s, e, doc)
        ctx.tense_adjacent = lambda s=s: tense_is_adjacent(text, s)
        r = RESOLVERS[kind](_Match(m), ctx)
        if r is None:
            continue
        chosen.append((s, e, kind, r))
        taken_until = e
        if r.point is not None and r.type == "DATE":
            ctx.last_seen = r.point
        if r.moves_narrative and r.point is not None:
            if not _report_day_after_period(text, s, e, r.point, ctx.last):
                ctx.last = r.point
                ctx.last_end = e
            if r.point.grain in ("quarter", "half"):
                ctx.last_period = r.point
            elif r.type == "DURATION":
                ctx.last_period = None      # "the nine months": the story now compares that span, not a quarter
            if r.point.grain == "day":
                ctx.last_day = r.point
                ctx.last_day_end = e
    return chosen
