"""Throughput (issue 12, item 5): a bare spaCy parse, our analysis on one core, and 2 Dask workers against 1.

    python benchmarks/throughput.py ../shared/data/extraction/isw-2022-10 [--limit N] [--min-single 0.8] [--min-scale 1.7]

Every page is read and cleaned first (not timed). Then, in one run:
- bare: `nlp(text)` with the full English pipeline, docs/s;
- single: our `analyze(document)` (every layer on one parse), timed page by page *interleaved* with the bare parse
  of the same page, so that a shared machine's changing speed falls on both alike; the ratio single/bare in docs/s
  is the share of a bare parse's speed we keep (goal >= 0.8);
- batched: `analyze_batch` (texts through `nlp.pipe`) over all pages, docs/s;
- workers: the pages through `sitroom.parallel` on a LocalCluster of 1 worker, then of 2 (cleaning and analysis
  on the workers, results back in order; tasks of `--worker-batch` pages, default 1, so that a dozen pages split
  evenly; cluster start, model load and the layers' first-use loads (`warm`) not timed), rounds interleaved
  (1, 2, 1, 2 …) and the median of each taken; ratio 2 workers / 1 worker in docs/s (goal >= 1.7 on two free cores).
The load average is printed: on a machine shared with other jobs, two workers do not get two cores.

Last line: RESULT throughput bare_docs_s=... single_docs_s=... single_vs_bare=... batched_docs_s=...
workers1_docs_s=... workers2_docs_s=... scale_2_vs_1=...
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _report import finish  # noqa: E402

from sitroom.analyze import analyze, analyze_batch  # noqa: E402
from sitroom.api import iter_input_files, read_source  # noqa: E402
from sitroom.clean import clean_document  # noqa: E402
from sitroom.nlp import load_nlp  # noqa: E402


def _workers_round(raws, workers: int, batch_size: int, rounds: int) -> list[float]:
    """docs/s of each of `rounds` passes over the raw pages on a cluster of `workers`."""
    from sitroom.parallel import dask_client
    from sitroom.parallel._ordered import batched, extract_in_order
    from sitroom.parallel._work import warm

    out = []
    with dask_client(workers) as client:
        client.run(warm)
        for _ in range(rounds):
            t = time.perf_counter()
            n = sum(len(b) for b in extract_in_order(client, batched(raws, batch_size), batch_size=batch_size))
            out.append(n / (time.perf_counter() - t))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dir", type=Path, help="a folder of pages (HTML or text)")
    ap.add_argument("--limit", type=int, default=None, help="at most this many pages")
    ap.add_argument("--rounds", type=int, default=2, help="interleaved rounds of 1 and 2 workers")
    ap.add_argument("--batch-size", type=int, default=4, help="texts per nlp.pipe batch")
    ap.add_argument("--worker-batch", type=int, default=1,
                    help="pages per Dask task (a few pages over 2 workers: 3 tasks of 4 cannot split evenly)")
    ap.add_argument("--no-workers", action="store_true", help="skip the Dask part")
    ap.add_argument("--min-single", type=float, default=None, help="floor on single/bare")
    ap.add_argument("--min-scale", type=float, default=None, help="floor on 2 workers / 1 worker")
    a = ap.parse_args(argv)
    files = list(iter_input_files([a.dir]))[: a.limit]
    raws = [read_source(p) for p in files]
    docs = [clean_document(r) for r in raws]
    chars = sum(len(d.text) for d in docs)
    print(f"{len(docs)} pages, {chars:,} characters of clean text; load average {os.getloadavg()[0]:.1f} "
          f"on {os.cpu_count()} cores", flush=True)
    nlp = load_nlp()
    analyze(docs[0])                      # warm: lexicons, gazetteer, matcher caches
    bare = ours = 0.0
    for d in docs:                        # interleaved, page by page
        t0 = time.perf_counter()
        nlp(d.text)
        t1 = time.perf_counter()
        analyze(d)
        t2 = time.perf_counter()
        bare += t1 - t0
        ours += t2 - t1
    t = time.perf_counter()
    list(analyze_batch(docs, batch_size=a.batch_size))
    batched_s = time.perf_counter() - t
    n = len(docs)
    m = {"bare_docs_s": n / bare, "single_docs_s": n / ours, "single_vs_bare": bare / ours,
         "batched_docs_s": n / batched_s}
    print(f"bare parse {m['bare_docs_s']:.2f} docs/s; our analysis {m['single_docs_s']:.2f} docs/s "
          f"= {m['single_vs_bare']:.2f}x the bare parse; batched (nlp.pipe) {m['batched_docs_s']:.2f} docs/s", flush=True)
    floors = {"single_vs_bare": a.min_single}
    if not a.no_workers:
        one, two = [], []
        for _ in range(a.rounds):          # interleaved: a cluster of 1, then of 2, again
            one += _workers_round(raws, 1, a.worker_batch, 1)
            two += _workers_round(raws, 2, a.worker_batch, 1)
            print(f"  round: 1 worker {one[-1]:.2f} docs/s, 2 workers {two[-1]:.2f} docs/s "
                  f"(load average {os.getloadavg()[0]:.1f})", flush=True)
        m["workers1_docs_s"], m["workers2_docs_s"] = statistics.median(one), statistics.median(two)
        m["scale_2_vs_1"] = m["workers2_docs_s"] / m["workers1_docs_s"]
        print(f"workers: 1 -> {m['workers1_docs_s']:.2f} docs/s, 2 -> {m['workers2_docs_s']:.2f} docs/s, "
              f"x{m['scale_2_vs_1']:.2f}")
        floors["scale_2_vs_1"] = a.min_scale
    return finish("throughput", m, floors)


if __name__ == "__main__":
    sys.exit(main())
