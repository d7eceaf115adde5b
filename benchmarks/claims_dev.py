"""Figure claims on our own dev set: found with the right bounds and qualifier, and with the right claimant.

The dev set (benchmarks/data/claims_dev/: tuned.json, heldout.json and further batches such as batch2.json, each
file with its own "split" name) is short multi-sentence reports written by the
sitroom team in the styles of wire copy, ministry statements, monitoring channels and analyst notes, every counted
figure annotated. The held-out fifth is never tuned on; it is scored and printed separately, and its errors are never
shown. Every further batch is scored as its own part (metrics prefixed with its split name, e.g. batch2_claimant);
a batch's first score, before any rule was changed for it, is its "unseen" number. A batch whose file says
"heldout_fifth": true keeps a fifth of its reports (the ids with the smallest sha1, fixed before its first run) as
its own held-out part, scored and printed apart (<batch>_heldout_claimant …) and never shown with errors.

Scoring rule (the one of issue 10): a gold claim is found when some claim whose evidence sentence contains the gold
evidence has the same bounds ("about N" -> N..N) and a qualifier of the same group (approx | exact | lower bound:
more_than, at_least | upper bound: up_to, at_most, less_than | range); it is found with its claimant when, besides,
the claim's source names the claimant (one alias inside the source's name or text; a null claimant wants no source:
the outlet's own voice). Claims are matched one to one. Also printed: precision (matched claims / all claims) and,
over found claims, how often the counted kind, status, owner and location agree (diagnostics, no floor).

    python benchmarks/claims_dev.py [DIR] [--min-found F] [--min-claimant F] [--min-heldout-claimant F]
                                    [--min-batch-claimant F] [--min METRIC=F ...] [--show-errors]

Last line: RESULT claims_dev found=… claimant=… precision=… <batch>_found=… <batch>_claimant=… <batch>_precision=…
<batch>_heldout_found=… … heldout_found=… heldout_claimant=… heldout_precision=…
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _report import finish  # noqa: E402

DEFAULT = Path(__file__).parent / "data" / "claims_dev"
GROUPS = {"approx": "approx", "exact": "exact", "more_than": "lower", "at_least": "lower", "up_to": "upper",
          "at_most": "upper", "less_than": "upper", "range": "range"}


@dataclass
class Tally:
    gold: int = 0
    found: int = 0
    claimant: int = 0
    predicted: int = 0
    matched: int = 0
    agree: dict = field(default_factory=lambda: {"kind": 0, "status": 0, "owner": 0, "location": 0})
    # found claims whose gold states the facet; with `null_unscored` a null gold facet means "unclear" (claims_isw)
    # and is not scored, else null is a value like any other (claims_dev: no owner, no place)
    stated: dict = field(default_factory=lambda: {"kind": 0, "status": 0, "owner": 0, "location": 0})
    null_unscored: bool = False
    errors: list = field(default_factory=list)
    extras: list = field(default_factory=list)          # (report id, claim) of the claims no gold claim matched


def _same(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) < 1e-6


def claimant_ok(expected, source) -> bool:
    if expected is None:
        return source is None
    if source is None:
        return False
    hay = fold_spelling(f"{source.name or ''} | {source.text}")
    return any(fold_spelling(a) in hay for a in ([expected] if isinstance(expected, str) else expected))


def fold_spelling(name: str) -> str:
    """Lower case, British and US spellings of a ministry as one: "Ministry of Defense of Belarus", "Belarusian
    Ministry of Defence" and "the defence ministry" all hold "defence ministry" (a gold alias in either spelling
    matches a source in the other)."""
    low = name.lower().replace("defense", "defence")
    return re.sub(r"\bministry of (defence|foreign affairs|interior|health|justice)\b",
                  lambda m: f"{m.group(1)} ministry", low)


def _facet(claim, name: str):
    if name == "kind":
        return claim.counted
    if name == "status":
        return claim.status
    if name == "owner":
        return claim.owner.country if claim.owner is not None else None
    return claim.location.country if claim.location is not None else None


def facet_agrees(claim, name: str, want) -> bool:
    """The claim's facet is the gold's; a kind also when the gold names the broader kind it is part of (gold written
    before the taxonomy told helicopters from other aircraft says "aircraft" for "12 helicopters")."""
    got = _facet(claim, name)
    if got == want:
        return True
    from sitroom.analyze.claims import broader_kind
    return name == "kind" and want is not None and broader_kind(got) == want


def match_claim(g: dict, claims: list, used: set[int]) -> tuple[int | None, bool]:
    """The scoring rule for one gold claim: the index of the claim it matches (one not in `used`, which is marked;
    with its claimant when one qualifies) and whether the claimant is right; (None, False) when none matches."""
    cands = [i for i, c in enumerate(claims) if i not in used and g["evidence"] in c.evidence.sentence
             and _same(c.lower, g["lower"]) and _same(c.upper, g["upper"])
             and GROUPS.get(c.qualifier) == GROUPS[g["qualifier"]]]
    if not cands:
        return None, False
    with_src = [i for i in cands if claimant_ok(g["claimant"], claims[i].source)]
    i = (with_src or cands)[0]
    used.add(i)
    return i, bool(with_src)


def near_claims(g: dict, claims: list) -> list[str]:
    """The claims read in a missed gold claim's sentence (for error lines)."""
    return [f"{c.text!r} {c.lower}..{c.upper} {c.qualifier}" for c in claims if g["evidence"] in c.evidence.sentence]


def score_report(report: dict, tally: Tally, show: bool, doc=None) -> None:
    """`doc`: the report's Document when the caller built it (a web page read and cleaned); else one from its text."""
    from sitroom.analyze import analyze
    from sitroom.model import Document, content_id

    if doc is None:
        doc = Document(id=content_id(report["id"], report["text"]), text=report["text"], title=report.get("title"),
                       published=report.get("published"), outlet=report.get("outlet"),
                       language=report.get("language", "en"))
    claims = list(analyze(doc).claims)
    tally.predicted += len(claims)
    used: set[int] = set()
    for g in report["claims"]:
        tally.gold += 1
        i, with_src = match_claim(g, claims, used)
        if i is None:
            tally.errors.append(f"  {report['id']} MISSED {g['evidence']!r} {g['lower']}..{g['upper']} "
                                f"{g['qualifier']}; in that sentence: {near_claims(g, claims)}")
            continue
        c = claims[i]
        tally.found += 1
        tally.matched += 1
        if with_src:
            tally.claimant += 1
        else:
            tally.errors.append(f"  {report['id']} CLAIMANT {g['evidence']!r}: want {g['claimant']}, got "
                                f"{c.source and (c.source.text, c.source.name)}")
        for k in tally.agree:
            if tally.null_unscored and g.get(k) is None:
                continue
            tally.stated[k] += 1
            if facet_agrees(c, k, g.get(k)):
                tally.agree[k] += 1
            elif show:
                tally.errors.append(f"  {report['id']} {k} {g['evidence']!r}: want {g.get(k)!r}, got {_facet(c, k)!r}")
    for i, c in enumerate(claims):
        if i not in used:
            tally.extras.append((report["id"], c))
            tally.errors.append(f"  {report['id']} EXTRA {c.text!r} {c.counted} in {c.evidence.sentence[:90]!r}")


def run(reports: list[dict], show: bool) -> Tally:
    tally = Tally()
    for report in reports:
        score_report(report, tally, show)
    return tally


def _reports(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["reports"]


def heldout_fifth(reports: list[dict]) -> set[str]:
    """A batch's held-out part: the fifth of its report ids with the smallest sha1 (at least one)."""
    ids = sorted((r["id"] for r in reports), key=lambda i: hashlib.sha1(i.encode("utf-8")).hexdigest())
    return set(ids[:max(1, round(len(ids) / 5))])


def _floor(text: str) -> tuple[str, float]:
    key, _, value = text.partition("=")
    return key, float(value)


def _print(name: str, t: Tally, show: bool) -> dict[str, float]:
    found, claimant = t.found / max(t.gold, 1), t.claimant / max(t.gold, 1)
    precision = t.matched / max(t.predicted, 1)
    print(f"{name}: {t.gold} gold claims, {t.predicted} claims found by sitroom")
    print(f"  found (bounds + qualifier)   {t.found}/{t.gold} = {found:.3f}")
    print(f"  found with claimant          {t.claimant}/{t.gold} = {claimant:.3f}")
    print(f"  precision                    {t.matched}/{t.predicted} = {precision:.3f}")
    print("  over found" + (" (gold facet stated)" if t.null_unscored else "") + ": "
          + ", ".join(f"{k} {v}/{max(t.stated[k], 1)}" for k, v in t.agree.items()))
    if show:
        print("\n".join(t.errors))
    return {"found": found, "claimant": claimant, "precision": precision}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", nargs="?", default=str(DEFAULT))
    ap.add_argument("--min-found", type=float, default=None)
    ap.add_argument("--min-claimant", type=float, default=None)
    ap.add_argument("--min-heldout-claimant", type=float, default=None)
    ap.add_argument("--min-batch-claimant", type=float, default=None,
                    help="floor for found-with-claimant of every further batch's tuned part (batch2.json …) "
                         "that --min does not set")
    ap.add_argument("--min", type=_floor, action="append", default=[], metavar="METRIC=F",
                    help="a floor on any metric of the RESULT line (batch4_claimant=0.9 …)")
    ap.add_argument("--show-errors", action="store_true",
                    help="errors of the tuned part and further batches (never the held-out one)")
    args = ap.parse_args(argv)
    base = Path(args.dir)
    tuned = _print("tuned", run(_reports(base / "tuned.json"), args.show_errors), args.show_errors)
    metrics = dict(tuned)
    floors = {"found": args.min_found, "claimant": args.min_claimant}
    for path in sorted(base.glob("*.json")):
        if path.name in ("tuned.json", "heldout.json"):
            continue
        batch = json.loads(path.read_text(encoding="utf-8"))
        split, reports = batch.get("split") or path.stem, batch["reports"]
        aside = heldout_fifth(reports) if batch.get("heldout_fifth") else set()
        part = _print(split, run([r for r in reports if r["id"] not in aside], args.show_errors), args.show_errors)
        metrics.update({f"{split}_{k}": v for k, v in part.items()})
        floors[f"{split}_claimant"] = args.min_batch_claimant
        if aside:
            part = _print(f"{split} held-out (never tuned on)", run([r for r in reports if r["id"] in aside], False),
                          False)
            metrics.update({f"{split}_heldout_{k}": v for k, v in part.items()})
    held = _print("held-out (never tuned on)", run(_reports(base / "heldout.json"), False), False)
    metrics.update({f"heldout_{k}": v for k, v in held.items()})
    floors["heldout_claimant"] = args.min_heldout_claimant
    floors.update(dict(args.min))
    return finish("claims_dev", metrics, floors)


if __name__ == "__main__":
    sys.exit(main())
