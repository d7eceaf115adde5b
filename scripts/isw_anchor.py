"""Turn hand annotations of ISW pages into the anchored gold of benchmarks/data/claims_isw (no ISW text kept).

The annotator writes, outside the repository (the notes quote ISW text: © ISW, local testing only), one file per
page, one claim a line, fields separated by " | ":

    evidence | figure | lower | upper | qualifier | claimant aliases (comma-separated, or -) | kind | status | owner | location

evidence is a piece of one sentence of the cleaned page text (it may end in "#2" for its second occurrence); figure
is the number as written, inside evidence. Empty or "-" owner/location/status mean null. Every value is the
annotator's judgement from reading the page; this script only finds offsets and hashes.

    python scripts/isw_anchor.py PAGES_DIR NOTES_DIR OUT.json
"""
from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from claims_isw import clean_page  # noqa: E402


def sha1(s: str) -> str:
    return hashlib.sha1(s.encode("utf-8")).hexdigest()


def _num(v: str):
    v = v.strip()
    if v in ("", "-", "null"):
        return None
    return float(v) if "." in v else int(v)


def anchor(text: str, line: str) -> dict:
    f = [x.strip() for x in line.split(" | ")]
    if len(f) != 10:
        raise ValueError(f"want 10 fields, got {len(f)}: {line[:60]!r}")
    ev, fig, lo, up, qual, who, kind, status, owner, loc = f
    nth, explicit = 1, False
    if "#" in ev and ev.rsplit("#", 1)[1].isdigit():
        ev, nth = ev.rsplit("#", 1)[0].rstrip(), int(ev.rsplit("#", 1)[1])
        explicit = True
    start = -1
    for _ in range(nth):
        start = text.find(ev, start + 1)
        if start < 0:
            raise ValueError(f"evidence not in page: {ev!r}")
    if not explicit and text.find(ev, start + 1) >= 0:
        raise ValueError(f"evidence occurs twice, add #N: {ev!r}")
    off = ev.find(fig)
    if off < 0:
        raise ValueError(f"figure {fig!r} not in evidence {ev!r}")
    fs = start + off
    nul = lambda v: None if v in ("", "-") else v  # noqa: E731
    return {"start": start, "len": len(ev), "sha1": sha1(ev),
            "figure": {"start": fs, "len": len(fig), "sha1": sha1(fig)},
            "lower": _num(lo), "upper": _num(up), "qualifier": qual,
            "claimant": None if who in ("", "-") else [a.strip().lower() for a in who.split(",")],
            "kind": kind, "status": nul(status), "owner": nul(owner), "location": nul(loc)}


def main(argv: list[str]) -> int:
    pages, notes, out = Path(argv[0]), Path(argv[1]), Path(argv[2])
    gold = json.loads(out.read_text(encoding="utf-8")) if out.exists() else {}
    bad = 0
    for note in sorted(notes.glob("*.txt")):
        text = clean_page(pages / f"{note.stem}.html").text
        claims = []
        for line in note.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            try:
                claims.append(anchor(text, line))
            except ValueError as exc:
                bad += 1
                print(f"{note.stem}: {exc}", file=sys.stderr)
        gold.setdefault("pages", {})[note.name.replace(".txt", ".html")] = claims
        print(f"{note.stem}: {len(claims)} claims")
    out.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
