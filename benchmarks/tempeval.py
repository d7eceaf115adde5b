"""TempEval-3 style scoring of `sitroom.analyze.timex._tagger.tag_timexes` on TimeML (.tml) files.

Usage: python benchmarks/tempeval.py ../shared/data/temporal/tbaq [--min-value-f1 0.80] [--min-relaxed-f1 0.88]
       [--max-ms-per-doc 25] [--errors N]

Each file is scored as a whole document: the text is the content of <TEXT> with tags removed, the document
creation time is the value of the CREATION_TIME timex (not itself scored). Scores follow TempEval-3:
strict extent = same offsets, relaxed extent = overlapping spans (one-to-one), value/type F1 = attribute
correct over relaxed matches, divided by the number of system (precision) and gold (recall) timexes.
Last line: RESULT tempeval value_f1=... relaxed_f1=... strict_f1=... type_f1=... ms_per_doc=...
"""
from __future__ import annotations

import argparse
import html
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from sitroom.analyze.timex import tag_timexes

_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass(frozen=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str


def read_tml(path: Path) -> tuple[str, str | None, list[GoldTimex]]:
    """(text, dct value, gold timexes) of one TimeML file."""
    raw = path.read_text(encoding="utf-8")
    dct = None
    m = re.search(r"<TIMEX3([^>]*functionInDocument=\"CREATION_TIME\"[^>]*)>", raw)
    if m:
        dct = dict(_ATTR.findall(m.group(1))).get("value")
    body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
    body_text = body.group(1) if body else ""
    parts: list[str] = []
    length = 0
    gold: list[GoldTimex] = []
    open_timex: tuple[int, dict[str, str]] | None = None
    pos = 0
    for t in _TAG.finditer(body_text):
        chunk = html.unescape(body_text[pos:t.start()])
        parts.append(chunk)
        length += len(chunk)
        pos = t.end()
        if t.group(2) != "TIMEX3":
            continue
        if not t.group(1):
            open_timex = (length, dict(_ATTR.findall(t.group(3))))
        elif open_timex:
            s, attrs = open_timex
            gold.append(GoldTimex(s, length, "", attrs.get("type", ""), attrs.get("value", "")))
            open_timex = None
    parts.append(html.unescape(body_text[pos:]))
    text = "".join(parts)
    gold = [GoldTimex(g.start, g.end, text[g.start:g.end], g.type, g.value) for g in gold]
    return text, dct, gold


def match_relaxed(gold: list, system: list) -> list[tuple]:
    """One-to-one pairs of overlapping spans (greedy by overlap size)."""
    cands = []
    for i, g in enumerate(gold):
        for j, s in enumerate(system):
            ov = min(g.end, s.end) - max(g.start, s.start)
            if ov > 0:
                cands.append((-ov, i, j))
    cands.sort()
    used_g, used_s, pairs = set(), set(), []
    for _, i, j in cands:
        if i not in used_g and j not in used_s:
            used_g.add(i)
            used_s.add(j)
            pairs.append((gold[i], system[j]))
    return pairs


def f1(correct: int, n_sys: int, n_gold: int) -> tuple[float, float, float]:
    p = correct / n_sys if n_sys else 0.0
    r = correct / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", type=Path, help="folder with .tml files (searched recursively)")
    ap.add_argument("--min-value-f1", type=float, default=None)
    ap.add_argument("--min-relaxed-f1", type=float, default=None)
    ap.add_argument("--min-strict-f1", type=float, default=None)
    ap.add_argument("--max-ms-per-doc", type=float, default=None)
    ap.add_argument("--errors", type=int, default=0, help="print up to N errors of each kind")
    args = ap.parse_args(argv)

    files = sorted(args.path.rglob("*.tml"))
    if not files:
        print(f"no .tml files under {args.path}", file=sys.stderr)
        return 2
    docs = [(f, *read_tml(f)) for f in files]
    tag_timexes("warm up on 3 May 2001, two days later.", "2001-05-04")
    n_gold = n_sys = strict = relaxed = value_ok = type_ok = 0
    missed, spurious, wrong_value = Counter(), Counter(), Counter()
    examples: dict[str, list[str]] = {"missed": [], "spurious": [], "value": []}
    elapsed = 0.0
    by_corpus: dict[str, Counter] = {}
    for f, text, dct, gold in docs:
        t0 = time.perf_counter()
        system = tag_timexes(text, dct)
        elapsed += time.perf_counter() - t0
        n_gold += len(gold)
        n_sys += len(system)
        gold_spans = {(g.start, g.end) for g in gold}
        strict += sum((s.start, s.end) in gold_spans for s in system)
        pairs = match_relaxed(gold, system)
        relaxed += len(pairs)
        matched_g = {id(g) for g, _ in pairs}
        matched_s = {id(s) for _, s in pairs}
        part = by_corpus.setdefault(f.parent.name, Counter())
        part["gold"] += len(gold)
        part["sys"] += len(system)
        part["relaxed"] += len(pairs)
        part["value"] += sum(g.value == s.value for g, s in pairs)
        for g, s in pairs:
            type_ok += g.type == s.type
            if g.value == s.value:
                value_ok += 1
            else:
                wrong_value[g.type] += 1
                examples["value"].append(f"{f.name} dct={dct} {g.type} {g.text!r}={g.value} | {s.text!r}={s.value}")
        for g in gold:
            if id(g) not in matched_g:
                missed[g.type] += 1
                ctx = text[max(0, g.start - 30):g.end + 20].replace("\n", " ")
                examples["missed"].append(f"{f.name} {g.type} {g.text!r}={g.value}  [{ctx}]")
        for s in system:
            if id(s) not in matched_s:
                spurious[s.type] += 1
                ctx = text[max(0, s.start - 30):s.end + 20].replace("\n", " ")
                examples["spurious"].append(f"{f.name} {s.type} {s.text!r}={s.value}  [{ctx}]")
    ms = 1000 * elapsed / len(docs)
    sp, sr, sf = f1(strict, n_sys, n_gold)
    rp, rr, rf = f1(relaxed, n_sys, n_gold)
    vp, vr, vf = f1(value_ok, n_sys, n_gold)
    tp, tr, tf = f1(type_ok, n_sys, n_gold)
    for kind, items in examples.items():
        for line in items[: args.errors]:
            print(f"{kind.upper():9s} {line}")
    for name, c in sorted(by_corpus.items()):
        cp, cr, cf = f1(c["value"], c["sys"], c["gold"])
        _, _, crf = f1(c["relaxed"], c["sys"], c["gold"])
        print(f"corpus {name:10s} gold {c['gold']:4d} sys {c['sys']:4d}  value P={cp:.3f} R={cr:.3f} F1={cf:.3f}"
              f"  relaxed F1={crf:.3f}")
    print(f"documents {len(docs)}  gold timexes {n_gold}  system timexes {n_sys}")
    print(f"strict extent   P={sp:.3f} R={sr:.3f} F1={sf:.3f}")
    print(f"relaxed extent  P={rp:.3f} R={rr:.3f} F1={rf:.3f}")
    print(f"value           P={vp:.3f} R={vr:.3f} F1={vf:.3f}")
    print(f"type            P={tp:.3f} R={tr:.3f} F1={tf:.3f}")
    print("errors by gold/system type: missed " + " ".join(f"{k}={v}" for k, v in sorted(missed.items()))
          + " | spurious " + " ".join(f"{k}={v}" for k, v in sorted(spurious.items()))
          + " | wrong value " + " ".join(f"{k}={v}" for k, v in sorted(wrong_value.items())))
    print(f"speed {ms:.2f} ms per document")
    print(f"RESULT tempeval value_f1={vf:.3f} relaxed_f1={rf:.3f} strict_f1={sf:.3f} type_f1={tf:.3f} ms_per_doc={ms:.2f}")
    failed = []
    if args.min_value_f1 is not None and vf < args.min_value_f1:
        failed.append(f"value_f1 {vf:.3f} < {args.min_value_f1}")
    if args.min_relaxed_f1 is not None and rf < args.min_relaxed_f1:
        failed.append(f"relaxed_f1 {rf:.3f} < {args.min_relaxed_f1}")
    if args.min_strict_f1 is not None and sf < args.min_strict_f1:
        failed.append(f"strict_f1 {sf:.3f} < {args.min_strict_f1}")
    if args.max_ms_per_doc is not None and ms > args.max_ms_per_doc:
        failed.append(f"ms_per_doc {ms:.2f} > {args.max_ms_per_doc}")
    if failed:
        print("FAILED: " + "; ".join(failed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
