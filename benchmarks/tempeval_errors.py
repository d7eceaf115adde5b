"""Categorised count of the tagger's errors on the dev parts of TimeBank and AQUAINT (never the held-out fifth).

Usage: python benchmarks/tempeval_errors.py ../shared/data/temporal/tbaq [--show PATTERN-PREFIX]

Every error of `benchmarks/tempeval.py` on a dev part is one of: missed (gold timex with no overlapping system one),
spurious (the reverse), extent-only (overlapping, same value, other offsets: costs strict F1 only) or value (wrong
value; value F1 counts it whatever the extent). Each gets a pattern by its words and values (a heuristic, first
rule that fits wins), so that the table shows which errors are one convention the annotators follow and which
are annotation that varies (a phrase marked in one document and not in the next). Two tables: pattern x corpus,
and gold type (system type for spurious) x failure x corpus. `--show P` prints the errors whose pattern starts
with P (dev parts only).
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from tempeval import is_held_out, match_relaxed, read_tml  # noqa: E402

from sitroom.analyze.timex import tag_timexes  # noqa: E402

_WD = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
# (pattern name, test on (failure, gold text, gold value, system text, system value, type)), first match wins
_RULES = [
    ("vague reference (now, current, recent(ly), future, previously)",
     lambda k, gt, gv, st, sv, ty: "_REF" in gv + sv),
    ("part of day (weekday + morning/night, TMO/TNI/TEV)",
     lambda k, gt, gv, st, sv, ty: re.search(r"\b(?:morning|afternoon|evening|night|tonight)\b", gt + " " + st)
     or re.search(r"T(?:MO|AF|EV|NI)", gv + sv)),
    ("'N units later/earlier/before' (DATE or DURATION)",
     lambda k, gt, gv, st, sv, ty: k != "extent-only" and re.search(r"\b(?:later|earlier|after|before)\b", gt + " " + st)
     and re.search(r"\b(?:minute|hour|day|week|month)s?\b", gt + st)),
    ("extent: article/possessive in the system span only",
     lambda k, gt, gv, st, sv, ty: k == "extent-only" and re.match(r"(?:the|its|a)\b", st) and not re.match(r"(?:the|its|a)\b", gt)),
    ("extent: article in the gold span only",
     lambda k, gt, gv, st, sv, ty: k == "extent-only" and re.match(r"(?:the|its|a|each of)\b", gt) and not re.match(r"(?:the|its|a)\b", st)),
    ("extent: modifier or other (about, early, earlier, night)", lambda k, *_: k == "extent-only"),
    ("week (last/this/next week: Wnn, WXX or a month)",
     lambda k, gt, gv, st, sv, ty: "WXX" in gv or (re.search(r"\bweeks?\b", gt) and "W" in gv + sv)),
    ("financial period (quarter, year-ago, last year: grain)",
     lambda k, gt, gv, st, sv, ty: re.search(r"\b(?:quarter|period|year[- ](?:ago|earlier)|last year|the year|fiscal|this year|latest)\b", gt)),
    ("weekday resolved to another week",
     lambda k, gt, gv, st, sv, ty: k == "value" and re.match(_WD, gt)),
    ("decade, century, 'ago' grain (198 or 198X, 1968-XX)",
     lambda k, gt, gv, st, sv, ty: re.search(r"\b(?:decade|century|centuries|\d{3}0s|ago)\b", gt) or re.search(r"-XX$|^\d{3}X?$", gv)),
    ("SET marked or not (daily, annually, per second)", lambda k, gt, gv, st, sv, ty: k in ("missed", "spurious") and ty == "SET"),
    ("duration marked or not (months, several years, a week)",
     lambda k, gt, gv, st, sv, ty: k in ("missed", "spurious") and (gv + sv).startswith("P")),
    ("DATE or DURATION (the past year, the weekend, this month)",
     lambda k, gt, gv, st, sv, ty: k == "value" and gv.startswith("P") != sv.startswith("P")),
    ("duration value (PXY or P10Y, P1D or PT24H)", lambda k, gt, gv, st, sv, ty: k == "value" and gv.startswith("P")),
    ("month or day given another year",
     lambda k, gt, gv, st, sv, ty: k == "value" and re.match(r"\d{4}-\d\d", gv) and re.match(r"\d{4}-\d\d", sv) and gv[4:] == sv[4:]),
    ("clock time (format, day)", lambda k, gt, gv, st, sv, ty: k == "value" and "T" in gv + sv),
    ("missed: bare noun, ordinal day, holiday, other", lambda k, *_: k == "missed"),
    ("spurious: date or year not marked, other", lambda k, *_: k == "spurious"),
    ("value: other (end of month, year-end, annotator's date)", lambda *_: True),
]


def pattern(kind: str, gt: str, gv: str, st: str, sv: str, type_: str) -> str:
    return next(name for name, test in _RULES if test(kind, gt.lower(), gv, st.lower(), sv, type_))


def dev_errors(root: Path):
    """(corpus, failure, type, gold text, gold value, system text, system value, file) per error of a dev part."""
    for f in sorted(root.rglob("*.tml")):
        if is_held_out(f):
            continue
        text, dct, gold = read_tml(f)
        system = tag_timexes(text, dct)
        pairs = match_relaxed(gold, system)
        for g, s in pairs:
            if g.value != s.value:
                yield f.parent.name, "value", g.type, g.text, g.value, s.text, s.value, f.name
            elif (g.start, g.end) != (s.start, s.end):
                yield f.parent.name, "extent-only", g.type, g.text, g.value, s.text, s.value, f.name
        matched_g, matched_s = {id(g) for g, _ in pairs}, {id(s) for _, s in pairs}
        for g in gold:
            if id(g) not in matched_g:
                yield f.parent.name, "missed", g.type, g.text, g.value, "", "", f.name
        for s in system:
            if id(s) not in matched_s:
                yield f.parent.name, "spurious", s.type, "", "", s.text, s.value, f.name


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", type=Path)
    ap.add_argument("--show", default=None, help="print the dev errors whose pattern starts with this")
    args = ap.parse_args(argv)
    by_pattern, by_type, corpora = Counter(), Counter(), set()
    for corpus, kind, type_, gt, gv, st, sv, name in dev_errors(args.path):
        corpora.add(corpus)
        p = pattern(kind, gt, gv, st, sv, type_)
        by_pattern[(p, corpus)] += 1
        by_type[(type_, kind, corpus)] += 1
        if args.show and p.startswith(args.show):
            print(f"{corpus:9s} {kind:11s} {type_:8s} gold {gt!r}={gv} | system {st!r}={sv}  {name}")
    cols = sorted(corpora)
    print(f"{'pattern':62s} " + " ".join(f"{c[:9]:>9s}" for c in cols))
    for p in sorted({p for p, _ in by_pattern}, key=lambda p: -sum(by_pattern[(p, c)] for c in cols)):
        print(f"{p:62s} " + " ".join(f"{by_pattern[(p, c)]:9d}" for c in cols))
    print(f"{'all':62s} " + " ".join(f"{sum(v for (p, c), v in by_pattern.items() if c == col):9d}" for col in cols))
    print()
    print(f"{'type':9s} {'failure':12s} " + " ".join(f"{c[:9]:>9s}" for c in cols))
    for t in ("DATE", "TIME", "DURATION", "SET"):
        for k in ("missed", "spurious", "extent-only", "value"):
            print(f"{t:9s} {k:12s} " + " ".join(f"{by_type[(t, k, c)]:9d}" for c in cols))
    return 0


if __name__ == "__main__":
    sys.exit(main())
