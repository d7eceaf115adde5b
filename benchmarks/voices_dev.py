"""Regression benchmark for the attribution and modality layers on the hand-written voices dev set.

Each line of the dev set (default benchmarks/data/voices_dev.jsonl) gives a short text in the style of wire and
conflict reporting, an event trigger word (first occurrence), the expected source (an alias or list of aliases, one of which must occur,
case-insensitively, in the found source's name or text; null = the outlet's own voice) and the expected modality.

    python benchmarks/voices_dev.py [DEVSET] [--min-source-acc 0.9] [--min-modality-acc 0.9] [--show-errors]

Last line: RESULT voices source_acc=… modality_acc=… n=…
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

DEFAULT = Path(__file__).parent / "data" / "voices_dev.jsonl"


def trigger_token(doc, word: str):
    m = re.search(r"(?<![\w-])" + re.escape(word) + r"(?![\w])", doc.text)
    if m is None:
        return None
    span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
    return span[0] if span is not None else None


def source_matches(expected: str | list[str] | None, found) -> bool:
    """Expected is one alias or a list of aliases; any of them inside the found name or text matches."""
    if expected is None:
        return found is None
    if found is None:
        return False
    hay = f"{found.name or ''} | {found.text}".lower()
    aliases = [expected] if isinstance(expected, str) else expected
    return any(a.lower() in hay for a in aliases)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("devset", nargs="?", default=str(DEFAULT))
    ap.add_argument("--min-source-acc", type=float, default=None)
    ap.add_argument("--min-modality-acc", type=float, default=None)
    ap.add_argument("--show-errors", action="store_true")
    args = ap.parse_args(argv)

    from sitroom.analyze.attribution import find_attributions, source_for
    from sitroom.analyze.modality import PRIORITY, classify
    from sitroom.nlp import parse

    rows = [json.loads(line) for line in Path(args.devset).read_text(encoding="utf-8").splitlines() if line.strip()]
    src_ok = mod_ok = 0
    confusion: Counter = Counter()
    per_rule_err: list[str] = []
    for row in rows:
        doc = parse(row["text"])
        tok = trigger_token(doc, row["trigger"])
        if tok is None:
            raise SystemExit(f"trigger {row['trigger']!r} not in {row['id']}")
        atts = find_attributions(doc)
        att = source_for(atts, tok.idx, tok.idx + len(tok.text))
        source = att.source if att is not None else None
        mood = classify(doc, tok.i, att)
        s_ok = source_matches(row["source"], source)
        m_ok = mood == row["modality"]
        src_ok += s_ok
        mod_ok += m_ok
        confusion[(row["modality"], mood)] += 1
        if not (s_ok and m_ok):
            got = None if source is None else f"{source.text} [{source.name}]"
            per_rule_err.append(f"  {row['id']}: source {row['source']!r} got {got!r}; modality {row['modality']} got "
                                f"{mood}\n      {row['text']!r}")
    n = len(rows)
    s_acc, m_acc = src_ok / n, mod_ok / n
    print(f"voices dev set: {n} items from {args.devset}")
    print(f"source accuracy   {src_ok}/{n} = {s_acc:.3f}")
    print(f"modality accuracy {mod_ok}/{n} = {m_acc:.3f}")
    labels = [m for m in PRIORITY if any(k[0] == m or k[1] == m for k in confusion)]
    print("modality confusion (rows = expected, columns = found):")
    print(" " * 13 + " ".join(f"{m[:6]:>6}" for m in labels))
    for e in labels:
        print(f"{e:>12} " + " ".join(f"{confusion[(e, f)] or '.':>6}" for f in labels))
    if args.show_errors and per_rule_err:
        print("errors:")
        print("\n".join(per_rule_err))
    print(f"RESULT voices source_acc={s_acc:.3f} modality_acc={m_acc:.3f} n={n}")
    failed = (args.min_source_acc is not None and s_acc < args.min_source_acc) or (
        args.min_modality_acc is not None and m_acc < args.min_modality_acc)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
