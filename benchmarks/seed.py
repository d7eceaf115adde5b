"""Score sitroom on the hand-annotated seed article(s).

Usage: python benchmarks/seed.py ../shared/data/seed [--min-events 8] [--max-violations 0] [--min-doc-checks 12]

For every `X.gold.json` beside `X.txt`, runs `sitroom.api.extract` on the text and applies the matching rule stated in
the gold file's `about`: a system event matches a gold event when its evidence sentence contains the gold evidence, its
type is the same, and every other field the gold gives agrees (date value exactly; quantity bounds exactly; source and
actor by case-insensitive containment of any listed alias). Each gold event is matched at most once.
Document checks: title, published, language, each boilerplate line gone, each body sentence kept.
Must-not: no event whose evidence contains the must-not evidence (of the given type, unless its modality is allowed).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from sitroom.api import extract


def norm(s: str | None) -> str:
    return re.sub(r"\s+", " ", (s or "").replace("\u201c", '"').replace("\u201d", '"')
                  .replace("\u2019", "'").replace("\u2018", "'")).strip().lower()


def _names(ent: dict | None) -> list[str]:
    if not ent:
        return []
    return [norm(x) for x in (ent.get("text"), ent.get("name")) if x]


def _alias_ok(aliases: list[str], ent: dict | None) -> bool:
    names = _names(ent)
    return any(norm(a) in n for a in aliases for n in names)


def _quantity_ok(gq: dict, ev: dict) -> bool:
    for q in ev.get("quantities", []):
        if q.get("lower") == gq.get("lower") and q.get("upper") == gq.get("upper") \
                and q.get("qualifier") in gq.get("qualifier", [q.get("qualifier")]) \
                and ("unit" not in gq or norm(q.get("unit")) in [norm(u) for u in gq["unit"]]):
            return True
    return False


def mismatches(gold: dict, ev: dict) -> list[str]:
    """Fields of a gold event the system event gets wrong (empty list = match)."""
    bad = []
    if norm(gold["evidence"]) not in norm(ev["evidence"]["sentence"]):
        return ["evidence"]
    if ev["type"] != gold["type"]:
        bad.append(f"type={ev['type']}")
    for role in ("actor", "recipient", "source"):
        if role in gold and not _alias_ok(gold[role], ev.get(role)):
            got = ev.get(role) or {}
            bad.append(f"{role}={got.get('name') or got.get('text')}")
    if "location_country" in gold and (ev.get("location") or {}).get("country") != gold["location_country"]:
        bad.append(f"location={(ev.get('location') or {}).get('country')}")
    date = ev.get("date") or {}
    if "date" in gold and date.get("value") != gold["date"]:
        bad.append(f"date={date.get('value')}")
    if "date_relation" in gold and date.get("relation") != gold["date_relation"]:
        bad.append(f"relation={date.get('relation')}")
    if "quantity" in gold and not _quantity_ok(gold["quantity"], ev):
        bad.append("quantity=" + json.dumps([[q["lower"], q["upper"], q["qualifier"], q.get("unit")]
                                              for q in ev.get("quantities", [])]))
    if "modality" in gold and ev["modality"] not in gold["modality"]:
        bad.append(f"modality={ev['modality']}")
    return bad


def score_document(text_path: Path, gold: dict, verbose: bool = True) -> dict:
    out = extract(text_path).to_json_dict()
    doc, events = out["document"], out["events"]
    g = gold["document"]
    checks = {
        "title": norm(doc["title"]) == norm(g["title"]),
        "published": (doc["published"] or "").startswith(g["published"]),
        "language": doc["language"] == g["language"],
    }
    body = norm(doc["text"])
    for line in g.get("boilerplate_lines", []):
        checks[f"gone: {line}"] = norm(line) not in body
    for s in g.get("body_must_contain", []):
        checks[f"kept: {s[:40]}"] = norm(s) in body
    captions_ok = all(any(norm(c) == norm(x) for x in doc.get("captions", [])) for c in g.get("captions", []))

    matched, used = [], set()
    for ge in gold["events"]:
        best = None
        for i, ev in enumerate(events):
            if i in used:
                continue
            bad = mismatches(ge, ev)
            if not bad:
                best = (i, [])
                break
            if bad != ["evidence"] and (best is None or len(bad) < len(best[1])):
                best = (i, bad)
        if best and not best[1]:
            used.add(best[0])
            matched.append(ge["id"])
        if verbose:
            status = "ok " if best and not best[1] else "MISS"
            why = "" if best and not best[1] else (" no event on that sentence" if best is None else " " + ", ".join(best[1]))
            print(f"  {status} {ge['id']} {ge['type']:<9} {ge['evidence'][:60]!r}{why}")

    violations = []
    for mn in gold.get("must_not", []):
        for ev in events:
            if norm(mn["evidence"]) in norm(ev["evidence"]["sentence"]) and ev["type"] == mn.get("type", ev["type"]) \
                    and ev["modality"] not in mn.get("unless_modality", []):
                violations.append(f"{mn['why']}: {ev['type']} {ev['modality']}")
    if verbose:
        for k, v in checks.items():
            if not v:
                print(f"  doc check failed: {k}")
        for v in violations:
            print(f"  must-not violated: {v}")
        print(f"  captions kept apart: {captions_ok}; system events: {len(events)}")
    return {"events": len(matched), "gold_events": len(gold["events"]), "violations": len(violations),
            "doc_checks": sum(checks.values()), "doc_checks_total": len(checks), "captions_ok": captions_ok}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", type=Path)
    ap.add_argument("--min-events", type=int, default=0)
    ap.add_argument("--max-violations", type=int, default=10**6)
    ap.add_argument("--min-doc-checks", type=int, default=0)
    a = ap.parse_args(argv)
    golds = sorted(a.dir.glob("*.gold.json"))
    if not golds:
        print(f"no *.gold.json in {a.dir}", file=sys.stderr)
        return 2
    tot = {"events": 0, "gold_events": 0, "violations": 0, "doc_checks": 0, "doc_checks_total": 0}
    for gp in golds:
        tp = gp.with_name(gp.name.replace(".gold.json", ".txt"))
        print(tp.name)
        r = score_document(tp, json.loads(gp.read_text(encoding="utf-8")))
        for k in tot:
            tot[k] += r[k]
    print(f"RESULT seed events={tot['events']}/{tot['gold_events']} violations={tot['violations']} "
          f"doc_checks={tot['doc_checks']}/{tot['doc_checks_total']}")
    ok = tot["events"] >= a.min_events and tot["violations"] <= a.max_violations and tot["doc_checks"] >= a.min_doc_checks
    if not ok:
        print("FAILED: below the pinned floor", file=sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
