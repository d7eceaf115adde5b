"""TempEval-3 style scoring of `sitroom.analyze.timex.tag_timexes` on TimeML (.tml) files, corpus by corpus.

Usage: python benchmarks/tempeval.py ../shared/data/temporal/tbaq [--develop TimeBank|AQUAINT]
       [--min-value-f1 0.80] [--min-relaxed-f1 0.88] [--min-heldout-value-f1 F] [--min-corpus-value-f1 F]
       [--max-ms-per-doc 25] [--errors N] [--dev-only]

Each file is scored as a whole document: the text is the content of <TEXT> with tags removed, the document
creation time is the value of the CREATION_TIME timex (not itself scored). Scores follow TempEval-3:
strict extent = same offsets, relaxed extent = overlapping spans (one-to-one), value/type F1 = attribute
correct over relaxed matches, divided by the number of system (precision) and gold (recall) timexes.
When the gold marks a TIMEX3 `mod` (START, END, APPROX, ...), an extra line scores it: a mod is correct when a relaxed
match has the gold's mod, over the system timexes with a mod (precision) and the gold ones (recall); the other
numbers do not depend on it.

Protocol (one corpus to develop on, the other to check that a rule generalises):
- Every corpus (a folder under PATH: TimeBank, AQUAINT) is split by document name into a dev part and a held-out
  fifth: a file is held out when sha1("sitroom-tempeval-heldout/" + file name) is 0 mod 5 (fixed, seedless,
  independent of the file order). The held-out fifth stands in for an unseen test set: its errors are never
  printed and it is never tuned on; it is scored once, separately, at the end.
- `--develop TimeBank` prints the errors of TimeBank's dev part only (`--errors N`); AQUAINT's dev part is the check
  (a rule that helps one corpus and hurts the other shows in the two dev lines). Swap with `--develop AQUAINT`.
- `--dev-only` tags and scores the dev parts alone (RESULT tempeval_dev ...: per corpus value/relaxed F1 and the
  count of value-correct timexes), so that the held-out fifth is not seen while developing.
Speed (ms_per_doc, --max-ms-per-doc) is the tagger's CPU time per document (time.process_time), so that a loaded
machine does not fail the floor; the wall-clock time is printed beside it.
The floors --min-value-f1 / --min-relaxed-f1 apply to all documents (as before the split), --min-corpus-value-f1 to
each corpus's dev part, --min-heldout-value-f1 to the held-out part.
Last line: RESULT tempeval value_f1=... relaxed_f1=... strict_f1=... type_f1=... timebank_value_f1=...
aquaint_value_f1=... heldout_value_f1=... heldout_relaxed_f1=... [mod_f1=...] ms_per_doc=...
"""
from __future__ import annotations

import argparse
import hashlib
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
HELD_OUT_SALT = "sitroom-tempeval-heldout/"
HELD_OUT_EVERY = 5


@dataclass(frozen=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str = ""


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
            gold.append(GoldTimex(s, length, "", attrs.get("type", ""), attrs.get("value", ""), attrs.get("mod", "")))
            open_timex = None
    parts.append(html.unescape(body_text[pos:]))
    text = "".join(parts)
    gold = [GoldTimex(g.start, g.end, text[g.start:g.end], g.type, g.value, g.mod) for g in gold]
    return text, dct, gold


def is_held_out(path: Path) -> bool:
    """The fixed held-out fifth: chosen by a hash of the file name alone."""
    digest = hashlib.sha1((HELD_OUT_SALT + path.name).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % HELD_OUT_EVERY == 0


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


@dataclass
class Score:
    """Counts of one part (a corpus's dev part, the held-out part, everything) and, optionally, its errors."""
    counts: Counter
    missed: Counter
    spurious: Counter
    wrong_value: Counter
    examples: dict[str, list[str]]

    @classmethod
    def empty(cls) -> "Score":
        return cls(Counter(), Counter(), Counter(), Counter(), {"missed": [], "spurious": [], "value": []})

    def f1s(self) -> dict[str, float]:
        c = self.counts
        return {k: f1(c[k], c["sys"], c["gold"])[2] for k in ("value", "relaxed", "strict", "type")}


def score_document(score: Score, name: str, text: str, dct: str | None, gold: list, system: list,
                   keep_errors: bool) -> None:
    c = score.counts
    c["docs"] += 1
    c["gold"] += len(gold)
    c["sys"] += len(system)
    gold_spans = {(g.start, g.end) for g in gold}
    c["strict"] += sum((s.start, s.end) in gold_spans for s in system)
    pairs = match_relaxed(gold, system)
    c["relaxed"] += len(pairs)
    matched_g = {id(g) for g, _ in pairs}
    matched_s = {id(s) for _, s in pairs}
    c["gold_mod"] += sum(bool(g.mod) for g in gold)
    c["sys_mod"] += sum(bool(getattr(s, "mod", None)) for s in system)
    for g, s in pairs:
        c["mod"] += bool(g.mod) and g.mod == getattr(s, "mod", None)
        c["type"] += g.type == s.type
        if g.value == s.value:
            c["value"] += 1
        else:
            score.wrong_value[g.type] += 1
            if keep_errors:
                ctx = text[max(0, g.start - 50):g.end + 30].replace("\n", " ")
                score.examples["value"].append(f"{name} dct={dct} {g.type} {g.text!r}={g.value} | "
                                               f"{s.text!r}={s.value}  [{ctx}]")
    for g in gold:
        if id(g) not in matched_g:
            score.missed[g.type] += 1
            if keep_errors:
                ctx = text[max(0, g.start - 30):g.end + 20].replace("\n", " ")
                score.examples["missed"].append(f"{name} {g.type} {g.text!r}={g.value}  [{ctx}]")
    for s in system:
        if id(s) not in matched_s:
            score.spurious[s.type] += 1
            if keep_errors:
                ctx = text[max(0, s.start - 30):s.end + 20].replace("\n", " ")
                score.examples["spurious"].append(f"{name} {s.type} {s.text!r}={s.value}  [{ctx}]")


def _line(label: str, score: Score) -> str:
    c = score.counts
    vp, vr, vf = f1(c["value"], c["sys"], c["gold"])
    _, _, rf = f1(c["relaxed"], c["sys"], c["gold"])
    _, _, sf = f1(c["strict"], c["sys"], c["gold"])
    return (f"{label:24s} docs {c['docs']:3d} gold {c['gold']:4d} sys {c['sys']:4d}  value P={vp:.3f} R={vr:.3f} "
            f"F1={vf:.3f}  relaxed F1={rf:.3f}  strict F1={sf:.3f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", type=Path, help="folder with one sub-folder of .tml files per corpus (searched recursively)")
    ap.add_argument("--develop", default=None, help="corpus (sub-folder name) whose dev-part errors are printed")
    ap.add_argument("--min-value-f1", type=float, default=None)
    ap.add_argument("--min-relaxed-f1", type=float, default=None)
    ap.add_argument("--min-strict-f1", type=float, default=None)
    ap.add_argument("--min-corpus-value-f1", type=float, default=None, help="floor for each corpus's dev part")
    ap.add_argument("--min-heldout-value-f1", type=float, default=None)
    ap.add_argument("--max-ms-per-doc", type=float, default=None)
    ap.add_argument("--errors", type=int, default=0, help="print up to N errors of each kind (dev part of --develop)")
    ap.add_argument("--dev-only", action="store_true",
                    help="tag and score the dev parts only (while developing: the held-out fifth is measured once, "
                         "at the end); only --min-corpus-value-f1 and --max-ms-per-doc apply")
    args = ap.parse_args(argv)

    files = sorted(args.path.rglob("*.tml"))
    if not files:
        print(f"no .tml files under {args.path}", file=sys.stderr)
        return 2
    corpora = sorted({f.parent.name for f in files})
    if args.develop is not None and args.develop not in corpora:
        print(f"--develop {args.develop}: no such corpus under {args.path} (have: {', '.join(corpora)})", file=sys.stderr)
        return 2
    if args.errors and args.develop is None:
        print("--errors needs --develop CORPUS (errors of the held-out part are never printed)", file=sys.stderr)
        return 2
    docs = [(f, *read_tml(f)) for f in files if not (args.dev_only and is_held_out(f))]
    tag_timexes("warm up on 3 May 2001, two days later.", "2001-05-04")
    everything, held_out = Score.empty(), Score.empty()
    dev = {name: Score.empty() for name in corpora}
    held_by_corpus = {name: Score.empty() for name in corpora}
    elapsed = cpu = 0.0
    for f, text, dct, gold in docs:
        t0, c0 = time.perf_counter(), time.process_time()
        system = tag_timexes(text, dct)
        elapsed += time.perf_counter() - t0
        cpu += time.process_time() - c0
        corpus, held = f.parent.name, is_held_out(f)
        score_document(everything, f.name, text, dct, gold, system, False)
        if held:
            score_document(held_out, f.name, text, dct, gold, system, False)
            score_document(held_by_corpus[corpus], f.name, text, dct, gold, system, False)
        else:
            score_document(dev[corpus], f.name, text, dct, gold, system, corpus == args.develop)
    ms, wall_ms = 1000 * cpu / len(docs), 1000 * elapsed / len(docs)

    if args.develop:
        d = dev[args.develop]
        for kind, items in d.examples.items():
            for line in items[: args.errors]:
                print(f"{kind.upper():9s} {line}")
        print(f"errors of {args.develop} dev by gold/system type: missed "
              + " ".join(f"{k}={v}" for k, v in sorted(d.missed.items()))
              + " | spurious " + " ".join(f"{k}={v}" for k, v in sorted(d.spurious.items()))
              + " | wrong value " + " ".join(f"{k}={v}" for k, v in sorted(d.wrong_value.items())))
    for name in corpora:
        role = "develop" if name == args.develop else ("check" if args.develop else "dev")
        print(_line(f"{name} dev ({role})", dev[name]))
    if args.dev_only:
        return _dev_only_result(args, corpora, dev, ms, wall_ms)
    all_f = everything.f1s()
    c = everything.counts
    sp, sr, sf = f1(c["strict"], c["sys"], c["gold"])
    rp, rr, rf = f1(c["relaxed"], c["sys"], c["gold"])
    vp, vr, vf = f1(c["value"], c["sys"], c["gold"])
    tp, tr, tf = f1(c["type"], c["sys"], c["gold"])
    print(f"all documents {c['docs']}  gold timexes {c['gold']}  system timexes {c['sys']}")
    print(f"strict extent   P={sp:.3f} R={sr:.3f} F1={sf:.3f}")
    print(f"relaxed extent  P={rp:.3f} R={rr:.3f} F1={rf:.3f}")
    print(f"value           P={vp:.3f} R={vr:.3f} F1={vf:.3f}")
    print(f"type            P={tp:.3f} R={tr:.3f} F1={tf:.3f}")
    mp, mr, mf = f1(c["mod"], c["sys_mod"], c["gold_mod"])
    if c["gold_mod"]:
        print(f"mod (extra)     P={mp:.3f} R={mr:.3f} F1={mf:.3f}  (gold timexes with a MOD {c['gold_mod']}, system {c['sys_mod']}, "
              f"same MOD on a relaxed match {c['mod']})")
    print(f"speed {ms:.2f} ms CPU per document ({wall_ms:.2f} ms wall clock, which other processes on the machine inflate)")
    print("held-out fifth (never tuned on, errors never printed):")
    for name in corpora:
        print(_line(f"  {name} held-out", held_by_corpus[name]))
    print(_line("  held-out (both)", held_out))
    held_f = held_out.f1s()
    metrics = {"value_f1": all_f["value"], "relaxed_f1": all_f["relaxed"], "strict_f1": all_f["strict"],
               "type_f1": all_f["type"]}
    for name in corpora:
        metrics[f"{name.lower()}_value_f1"] = dev[name].f1s()["value"]
        metrics[f"{name.lower()}_relaxed_f1"] = dev[name].f1s()["relaxed"]
    metrics.update(heldout_value_f1=held_f["value"], heldout_relaxed_f1=held_f["relaxed"])
    if c["gold_mod"]:
        metrics["mod_f1"] = mf      # an extra number: the TIMEX3 mod, scored only when the gold marks some
    print("RESULT tempeval " + " ".join(f"{k}={v:.3f}" for k, v in metrics.items()) + f" ms_per_doc={ms:.2f}")
    failed = []
    floors = [("value_f1", args.min_value_f1), ("relaxed_f1", args.min_relaxed_f1), ("strict_f1", args.min_strict_f1),
              ("heldout_value_f1", args.min_heldout_value_f1)]
    floors += [(f"{name.lower()}_value_f1", args.min_corpus_value_f1) for name in corpora]
    for key, floor in floors:
        if floor is not None and metrics[key] < floor:
            failed.append(f"{key} {metrics[key]:.3f} < {floor}")
    if args.max_ms_per_doc is not None and ms > args.max_ms_per_doc:
        failed.append(f"ms_per_doc {ms:.2f} > {args.max_ms_per_doc}")
    if failed:
        print("FAILED: " + "; ".join(failed), file=sys.stderr)
        return 1
    return 0


def _dev_only_result(args, corpora, dev, ms: float, wall_ms: float) -> int:
    print(f"speed {ms:.2f} ms CPU per dev document ({wall_ms:.2f} ms wall clock); held-out fifth not tagged")
    metrics = {}
    for name in corpora:
        metrics[f"{name.lower()}_value_f1"] = dev[name].f1s()["value"]
        metrics[f"{name.lower()}_relaxed_f1"] = dev[name].f1s()["relaxed"]
        metrics[f"{name.lower()}_value_correct"] = dev[name].counts["value"]
    print("RESULT tempeval_dev " + " ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}"
                                            for k, v in metrics.items()) + f" ms_per_doc={ms:.2f}")
    failed = [f"{name.lower()}_value_f1 {metrics[f'{name.lower()}_value_f1']:.3f} < {args.min_corpus_value_f1}"
              for name in corpora if args.min_corpus_value_f1 is not None
              and metrics[f"{name.lower()}_value_f1"] < args.min_corpus_value_f1]
    if args.max_ms_per_doc is not None and ms > args.max_ms_per_doc:
        failed.append(f"ms_per_doc {ms:.2f} > {args.max_ms_per_doc}")
    if failed:
        print("FAILED: " + "; ".join(failed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
