"""NewsQuant benchmark for the quantities layer (sitroom.analyze.quantities._reader).

    python benchmarks/newsquant.py ../shared/data/quantities/NewsQuant.json [--min-value-f1 0.92]
        [--min-qualifier-acc 0.90] [--show 20]

Data: NewsQuant (CQE paper, Almasian et al., EMNLP 2023): news sentences, each gold quantity with
`value` ("9000.0", or "lo-hi" for a range), `unit`, `normalized_unit` and `change`.

Matching (as in the CQE evaluation: value equality, one prediction per gold quantity):
- our value is (lower, upper) for a range (qualifier range, or a vague amount), otherwise the one
  bound that is set; a gold "lo-hi" matches a range with the same ends (order ignored, since gold
  writes a fall "208-193" high to low), a single gold value a single value; numbers equal within a
  relative 1e-5. Within a sentence each gold quantity takes at most one prediction, preferring one
  whose unit also matches. value P/R/F1 = matched / predictions, matched / gold.
- unit: ours matches when the gold unit or normalized unit shares a word with ours after folding
  plurals and symbols ($ -> dollar, % / percentage -> percent, € -> euro, £ -> pound); both empty also
  match. unit_f1 counts value-and-unit matches.
- qualifier accuracy, over value matches, maps NewsQuant `change` to our qualifiers:
      "="   -> exact or range      (a stated figure; gold writes ranges and vague amounts with "=")
      "~"   -> approx
      ">"   -> more_than or at_least
      "<"   -> less_than, up_to or at_most
      "up", "down" -> exact or range
  "up"/"down" mark a change ("rose 8%"), not a bound: the figure itself is stated exactly, and the
  direction of change is the event's business (coder), not the quantity's, so they score as "=".
Error categories printed: missed gold quantities by kind (range, approximate/bounded, word number,
digits), spurious predictions by kind, unit misses and qualifier confusions (gold change -> ours).
Last line: RESULT newsquant value_f1=... qualifier_acc=... unit_f1=... ms_per_sentence=...
"""
from __future__ import annotations

import argparse
import json
import math
import re
import sys
import time
from collections import Counter

QUALIFIER_OF_CHANGE = {
    "=": {"exact", "range"}, "~": {"approx"}, ">": {"more_than", "at_least"},
    "<": {"less_than", "up_to", "at_most"}, "up": {"exact", "range"}, "down": {"exact", "range"},
}
_SYMBOLS = {"$": "dollar", "%": "percent", "percentage": "percent", "€": "euro", "£": "pound", "¥": "yen",
            "us$": "dollar", "pct": "percent"}


def gold_value(v: str) -> tuple[float, ...]:
    v = v.strip()
    if "-" in v[1:] and "e" not in v.lower():
        lo, hi = v[0] + v[1:].split("-", 1)[0], v[1:].split("-", 1)[1]
        return tuple(sorted((float(lo), float(hi))))
    return (float(v),)


def our_value(q) -> tuple[float, ...] | None:
    if q.lower is not None and q.upper is not None and q.lower != q.upper:
        return (q.lower, q.upper)
    v = q.lower if q.lower is not None else q.upper
    return None if v is None else (v,)


def values_equal(a: tuple[float, ...], b: tuple[float, ...] | None) -> bool:
    return b is not None and len(a) == len(b) and all(math.isclose(x, y, rel_tol=1e-5, abs_tol=1e-8)
                                                      for x, y in zip(a, b))


def _fold(word: str) -> str:
    w = word.lower()
    w = _SYMBOLS.get(w, w)
    if len(w) > 3 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        return w[:-1]
    return w


def _unit_words(s: str | None) -> set[str]:
    if not s or s == "-":
        return set()
    return {_fold(w) for w in re.findall(r"[$%€£¥]|\w+", s)}


def units_equal(gold: dict, unit: str | None) -> bool:
    g = _unit_words(gold.get("unit")) | _unit_words(gold.get("normalized_unit"))
    ours = _unit_words(unit)
    if not g and not ours:
        return True
    return bool(g & ours)


def gold_kind(g: dict, text: str) -> str:
    if len(gold_value(g["value"])) == 2:
        return "range"
    if g["change"] in ("~", ">", "<"):
        return "approx_or_bound"
    if not re.search(r"\d", text):
        return "word_number"
    return "digits"


def pred_kind(q) -> str:
    if re.fullmatch(r"(?:\D*?)(1[89]\d\d|20\d\d)", q.text):
        return "year_like"
    if not re.search(r"\d", q.text):
        return "word_number"
    if q.qualifier == "range":
        return "range"
    return "digits"


def score(path: str, show: int) -> dict:
    from sitroom.analyze.quantities import find_quantities
    from sitroom.nlp import load_nlp
    nlp = load_nlp()
    data = json.load(open(path, encoding="utf-8"))
    n_gold = n_pred = n_value = n_unit = n_qual = 0
    errors: Counter = Counter()
    examples: dict[str, list[str]] = {}
    elapsed = 0.0
    for item in data:
        text = item["text"]
        t0 = time.perf_counter()
        preds = find_quantities(nlp(text))
        elapsed += time.perf_counter() - t0
        golds = item["quantities"]
        n_gold += len(golds)
        n_pred += len(preds)
        free = list(preds)
        for g in golds:
            gv = gold_value(g["value"])
            cands = [p for p in free if values_equal(gv, our_value(p))]
            if not cands:
                cat = "missed_" + gold_kind(g, text)
                errors[cat] += 1
                examples.setdefault(cat, []).append(f"{g['change']} {g['value']} {g['unit']} | {text}")
                continue
            best = next((p for p in cands if units_equal(g, p.unit)), cands[0])
            free.remove(best)
            n_value += 1
            if units_equal(g, best.unit):
                n_unit += 1
            else:
                errors["unit_wrong"] += 1
                examples.setdefault("unit_wrong", []).append(f"{g['unit']} vs {best.unit} | {text}")
            if best.qualifier in QUALIFIER_OF_CHANGE[g["change"]]:
                n_qual += 1
            else:
                cat = f"qualifier {g['change']}->{best.qualifier}"
                errors[cat] += 1
                examples.setdefault(cat, []).append(f"{best.text!r} | {text}")
        for p in free:
            cat = "spurious_" + pred_kind(p)
            errors[cat] += 1
            examples.setdefault(cat, []).append(f"{p.text!r} {our_value(p)} {p.unit} | {text}")

    def f1(tp: int) -> tuple[float, float, float]:
        pr = tp / n_pred if n_pred else 0.0
        rc = tp / n_gold if n_gold else 0.0
        return pr, rc, (2 * pr * rc / (pr + rc) if pr + rc else 0.0)

    vp, vr, vf = f1(n_value)
    up, ur, uf = f1(n_unit)
    print(f"sentences={len(data)} gold={n_gold} predicted={n_pred} value_matches={n_value}")
    print(f"value     P={vp:.3f} R={vr:.3f} F1={vf:.3f}")
    print(f"value+unit P={up:.3f} R={ur:.3f} F1={uf:.3f}")
    qa = n_qual / n_value if n_value else 0.0
    print(f"qualifier accuracy on matched = {qa:.3f} ({n_qual}/{n_value})")
    print("error categories:")
    for cat, n in errors.most_common():
        print(f"  {cat:32s} {n}")
        for ex in examples.get(cat, [])[:show]:
            print(f"      {ex}")
    ms = 1000 * elapsed / max(len(data), 1)
    return {"value_f1": vf, "qualifier_acc": qa, "unit_f1": uf, "ms_per_sentence": ms}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("path", help="NewsQuant.json")
    ap.add_argument("--min-value-f1", type=float, default=None)
    ap.add_argument("--min-qualifier-acc", type=float, default=None)
    ap.add_argument("--min-unit-f1", type=float, default=None)
    ap.add_argument("--show", type=int, default=0, help="examples to print per error category")
    args = ap.parse_args(argv)
    r = score(args.path, args.show)
    failed = [(name, r[key], floor) for name, key, floor in (
        ("value_f1", "value_f1", args.min_value_f1), ("qualifier_acc", "qualifier_acc", args.min_qualifier_acc),
        ("unit_f1", "unit_f1", args.min_unit_f1)) if floor is not None and r[key] < floor]
    for name, got, floor in failed:
        print(f"FAIL {name}={got:.3f} < {floor}", flush=True)
    print(f"RESULT newsquant value_f1={r['value_f1']:.3f} qualifier_acc={r['qualifier_acc']:.3f} "
          f"unit_f1={r['unit_f1']:.3f} ms_per_sentence={r['ms_per_sentence']:.1f}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
