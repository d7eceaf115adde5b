"""PLOVER event coder on the PLOVER gold-standard records (CAMEO manual example sentences).

    python benchmarks/plover_gsr.py PATH/PLOVER_GSR_CAMEO.txt [--min-type-acc 0.85]
        [--min-source-country-acc 0.85] [--min-target-country-acc 0.80] [--show-misses]

Records: every entry with a `text` (the DOCUMENT entry has none and is skipped). Curly braces some
records wrap their text in are removed. The GSR uses PLOVER 0.6 names; they are mapped to the 16 types of
the current manual as its CAMEO-to-PLOVER table does:
    DEMAND -> REQUEST, FIGHT -> ASSAULT, DISAPPROVE -> ACCUSE, INVESTIGATE -> ACCUSE (mode investigate);
all other names are unchanged.

Scoring, per record (each record is one sentence, parsed and coded on its own):
- best event: among the coder's events for the sentence, the one whose trigger is closest to the root of the
  dependency tree, ties to the first (`sitroom.analyze.coder._coder.main_event`); the gold is never looked at.
- type_acc: best event's type == gold type (a record with no event counts as wrong).
- any_type_acc (secondary): some event of the sentence has the gold type.
- source_country_acc: over records whose gold source has a usable code, the best event's source is right:
  its country is one of the gold source codes, or the gold code is IGO/NGO and the actor's sector is IGO/NGO.
  The source is `sitroom.analyze.coder.country_source`: the named actor, or for an attack, arrest or
  accusation by no one known the host state (the GSR codes such events by place; our records name no actor).
  Old CAMEO country codes are mapped to ISO 3166 (JAP->JPN, ITL->ITA, VTN->VNM); codes that are not
  countries (ISM, IMG: transnational militants) are skipped. No event or no actor counts as wrong. IGO and NGO
  count as one class (an international organisation, no country): the GSR codes e.g. Amnesty International
  as IGO where our actor dictionary says NGO.
- target_country_acc: the same for the best event's target against the gold targets. The GSR codes country-level
  dyads, where an event with no target named has its host state (or a protest its own state) as target; our
  records name a recipient only when the text does, so the target is `sitroom.analyze.coder.country_target`
  (the recipient, else that implied state). recipient_country_acc (secondary): the named recipient only.
Prints the type confusion matrix (gold rows, coded columns; "-" = no event).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter

import pycountry

from _report import finish  # benchmarks/ is on sys.path when a benchmark runs as a script

RENAME = {"DEMAND": "REQUEST", "FIGHT": "ASSAULT", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE"}
OLD_CODES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
GROUP_CODES = {"IGO", "NGO"}


def gold_codes(v) -> set[str]:
    out = set()
    for a in v if isinstance(v, list) else [v]:
        if not isinstance(a, dict):
            continue
        code = OLD_CODES.get(a.get("code"), a.get("code"))
        if code in GROUP_CODES or (code and pycountry.countries.get(alpha_3=code) is not None):
            out.add(code)
    return out


def entity_ok(ent, codes: set[str]) -> bool:
    if ent is None:
        return False
    if ent.country and ent.country in codes:
        return True
    return ent.sector in GROUP_CODES and bool(codes & GROUP_CODES) and not ent.country


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("path")
    ap.add_argument("--min-type-acc", type=float)
    ap.add_argument("--min-source-country-acc", type=float)
    ap.add_argument("--min-target-country-acc", type=float)
    ap.add_argument("--show-misses", action="store_true")
    args = ap.parse_args()

    from sitroom.analyze.coder import code_events, country_source, country_target, main_event
    from sitroom.nlp import parse

    records = [r for r in json.load(open(args.path, encoding="utf-8")) if r.get("text")]
    n = type_ok = any_ok = n_src = src_ok = n_tgt = tgt_ok = rec_ok = 0
    confusion: Counter = Counter()
    for r in records:
        gold = RENAME.get(r["event"], r["event"])
        text = re.sub(r"[{}]", "", r["text"]).strip()
        doc = parse(text)
        events = code_events(doc)
        best = main_event(events, doc)
        got = best.type if best else "-"
        n += 1
        type_ok += got == gold
        any_ok += any(e.type == gold for e in events)
        confusion[(gold, got)] += 1
        src, tgt = gold_codes(r.get("source")), gold_codes(r.get("target"))
        s_ok = t_ok = None
        if src:
            n_src += 1
            s_ok = entity_ok(country_source(best) if best else None, src)
            src_ok += s_ok
        if tgt:
            n_tgt += 1
            t_ok = entity_ok(country_target(best) if best else None, tgt)
            tgt_ok += t_ok
            rec_ok += entity_ok(best.recipient if best else None, tgt)
        if args.show_misses and (got != gold or s_ok is False or t_ok is False):
            a = country_source(best) if best else None
            rc = country_target(best) if best else None
            print(f"MISS {r['id']} gold={gold} got={got} cue={best.cue if best else None} "
                  f"src={sorted(src)}{'' if s_ok is not False else ' X'} actor={a and (a.text, a.country, a.sector)} "
                  f"tgt={sorted(tgt)}{'' if t_ok is not False else ' X'} rec={rc and (rc.text, rc.country, rc.sector)}"
                  f"\n     {text[:200]}")
    types = sorted({g for g, _ in confusion} | {c for _, c in confusion})
    width = max(len(t) for t in types) + 1
    print("confusion (rows gold, columns coded):")
    print(" " * width + "".join(f"{t[:4]:>5}" for t in types))
    for g in types:
        if any(confusion[(g, c)] for c in types):
            print(f"{g:<{width}}" + "".join(f"{confusion[(g, c)] or '.':>5}" for c in types))
    m = {"type_acc": type_ok / max(n, 1), "any_type_acc": any_ok / max(n, 1),
         "source_country_acc": src_ok / max(n_src, 1), "target_country_acc": tgt_ok / max(n_tgt, 1),
         "recipient_country_acc": rec_ok / max(n_tgt, 1)}
    print(f"records={n} with_source={n_src} with_target={n_tgt}")
    return finish("plover", m, {"type_acc": args.min_type_acc, "source_country_acc": args.min_source_country_acc,
                                "target_country_acc": args.min_target_country_acc})


if __name__ == "__main__":
    sys.exit(main())
