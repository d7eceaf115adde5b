"""Robustness run over long analytic prose: every ISW assessment page through the whole pipeline.

Usage: python benchmarks/isw.py ../shared/data/extraction/isw-2022-10 [--min-dated 0.5] [--min-located 0.3]

Prints, per page, characters of clean text, events, share with a resolved date, share with a location; then totals and
documents per second (wall clock, one process, model load excluded), and the ratio of analysis time to a
bare spaCy parse of the same clean texts, measured in the same run. Any page that raises is a failure (exit 1).
The page date is taken from the file name (YYYY-MM-DD.html) when the page itself gives none.
"""
from __future__ import annotations

import argparse
import re
import sys
import time
import traceback
from collections import Counter
from dataclasses import replace
from pathlib import Path

from sitroom.analyze import analyze
from sitroom.api import read_source
from sitroom.clean import clean_document
from sitroom.nlp import load_nlp


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", type=Path)
    ap.add_argument("--min-dated", type=float, default=0.0, help="floor on the share of events with a date")
    ap.add_argument("--min-located", type=float, default=0.0, help="floor on the share of events with a location")
    ap.add_argument("--limit", type=int, default=None)
    a = ap.parse_args(argv)
    pages = sorted(a.dir.glob("*.html"))[: a.limit]
    if not pages:
        print(f"no .html pages in {a.dir}", file=sys.stderr)
        return 2
    load_nlp()
    failures, n_events, n_dated, n_located, chars = [], 0, 0, 0, 0
    types: Counter[str] = Counter()
    modalities: Counter[str] = Counter()
    texts: list[str] = []
    analyze_s = 0.0
    t0 = time.perf_counter()
    for p in pages:
        m = re.match(r"(\d{4}-\d{2}-\d{2})", p.name)
        try:
            doc = clean_document(read_source(p))
            if doc.published is None and m:
                doc = replace(doc, published=m.group(1))
            ta = time.perf_counter()
            ex = analyze(doc)
            analyze_s += time.perf_counter() - ta
            texts.append(doc.text)
        except Exception as exc:  # noqa: BLE001 - a robustness run counts every failure
            failures.append((p.name, f"{type(exc).__name__}: {exc}"))
            traceback.print_exc(limit=3)
            continue
        evs = ex.events
        dated = sum(1 for e in evs if e.date is not None)
        located = sum(1 for e in evs if e.location is not None)
        n_events += len(evs)
        n_dated += dated
        n_located += located
        chars += len(ex.document.text)
        types.update(e.type for e in evs)
        modalities.update(e.modality for e in evs)
        print(f"{p.name}  chars={len(ex.document.text):6d}  events={len(evs):4d}  "
              f"dated={dated / max(len(evs), 1):.2f}  located={located / max(len(evs), 1):.2f}  "
              f"published={ex.document.published}")
    dt = time.perf_counter() - t0
    nlp = load_nlp()
    tb = time.perf_counter()
    for text in texts:            # baseline measured in the same run: a bare spaCy parse of the same clean texts
        nlp(text)
    bare_s = time.perf_counter() - tb
    ok_pages = len(pages) - len(failures)
    dated_share = n_dated / max(n_events, 1)
    located_share = n_located / max(n_events, 1)
    print("types:", dict(types.most_common()))
    print("modalities:", dict(modalities.most_common()))
    for name, why in failures:
        print(f"FAILED {name}: {why}")
    print(f"RESULT isw pages={ok_pages}/{len(pages)} events_per_page={n_events / max(ok_pages, 1):.1f} "
          f"dated_share={dated_share:.3f} located_share={located_share:.3f} docs_per_s={len(pages) / dt:.2f} "
          f"kchars_per_s={chars / dt / 1000:.1f} analyze_vs_bare_parse={analyze_s / max(bare_s, 1e-9):.2f}")
    ok = not failures and dated_share >= a.min_dated and located_share >= a.min_located
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
