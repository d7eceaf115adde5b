"""Speed and memory of `sitroom export` on a large store (issue 12, item 7).

Builds (or reuses, --db with --reuse) the generated store of `api_load.py` (--events events; its `claims` table is
filled from the generated figure claims so claims and ACLED fatalities have rows), then runs `sitroom export` once per
(table, format) as a child process, polling the child's /proc status for its peak anonymous memory (the heap: what
streaming must keep flat) beside its peak resident set (which also counts the store's memory-mapped pages).

Streaming is checked against a baseline measured in the same run: the same export bounded to the first tenth of the
events (--until); the peak heap of the whole export over that of the tenth must stay near 1 (a materialising export
grows ~10x).

    python benchmarks/export_scale.py [--events 200000] [--db PATH [--reuse]] [--max-heap-ratio 1.5]

Last line: RESULT export_scale events=... events_jsonl_rows_s=... heap_ratio=... heap_budget=...
(heap_budget = max-heap-ratio / heap_ratio; the floor is 1.0).
"""
from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _report import finish  # noqa: E402

RUNS = [("events", "jsonl"), ("events", "csv"), ("events", "parquet"), ("events", "acled"), ("claims", "jsonl"),
        ("series", "jsonl"), ("documents", "jsonl")]


def _status_kb(pid: int) -> dict[str, int]:
    out = {}
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "RssAnon"):
                out[key] = int(rest.split()[0])
    except (FileNotFoundError, ProcessLookupError, ValueError):
        pass
    return out


def run(db: Path, table: str, fmt: str, out: Path, extra: list[str] = ()) -> dict[str, float]:
    """One `sitroom export` child: rows, seconds, peak RSS and peak anonymous RSS (MB)."""
    cmd = [sys.executable, "-m", "sitroom", "export", "--db", str(db), "-t", table, "-f", fmt, "-o", str(out), *extra]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True)
    peak = {"VmRSS": 0, "RssAnon": 0}
    while proc.poll() is None:
        for k, v in _status_kb(proc.pid).items():
            peak[k] = max(peak[k], v)
        time.sleep(0.05)
    secs = time.perf_counter() - t0
    err = proc.stderr.read()
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}): {err}")
    rows = int(err.strip().splitlines()[-1].split()[0].replace(",", ""))     # "100,000 events exported …"
    return {"rows": rows, "seconds": secs, "rows_s": rows / secs, "rss_mb": peak["VmRSS"] / 1024,
            "heap_mb": peak["RssAnon"] / 1024, "file_mb": out.stat().st_size / 2**20}


def fill_claims(db: Path) -> None:
    """The generator writes figure claims only: give the `claims` table the same rows (one per figure claim)."""
    con = sqlite3.connect(db)
    if con.execute("SELECT count(*) FROM claims").fetchone()[0] == 0:
        con.execute(
            'INSERT INTO claims (id, document_id, event_id, section, text, start, "end", lower, upper, qualifier, '
            "kind, counted_text, owner_country, location_country, status, source_name, claim_date, as_of, "
            "as_of_relation, modality, evidence, evidence_start, evidence_end) "
            "SELECT id, document_id, event_id, 'body', quantity_text, evidence_start, evidence_start + 3, lower, "
            "upper, qualifier, counted, counted_text, owner_country, location_country, status, source, claim_date, "
            "as_of, as_of_relation, modality, evidence, evidence_start, evidence_start + length(evidence) "
            "FROM figure_claims")
        con.commit()
    con.close()


def tenth_day(db: Path) -> str:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    n = con.execute("SELECT count(*) FROM events WHERE date_sort IS NOT NULL").fetchone()[0]
    day = con.execute("SELECT date_sort FROM events WHERE date_sort IS NOT NULL ORDER BY date_sort LIMIT 1 OFFSET ?",
                      (n // 10,)).fetchone()[0]
    con.close()
    return day


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--events", type=int, default=200_000)
    ap.add_argument("--db", default=None, help="SQLite file to build (kept; default: a temporary file, removed)")
    ap.add_argument("--reuse", action="store_true", help="use --db as it is (built by an earlier run)")
    ap.add_argument("--max-heap-ratio", type=float, default=1.5)
    args = ap.parse_args()

    tmp = tempfile.TemporaryDirectory(prefix="export_scale_")
    db = Path(args.db) if args.db else Path(tmp.name) / "store.db"
    if not (args.reuse and db.exists()):
        import api_load
        for suffix in ("", "-wal", "-shm"):
            Path(str(db) + suffix).unlink(missing_ok=True)
        api_load.generate(db, args.events)
    from sitroom.store import Store
    with Store(db) as store:
        store.rebuild_indexes()
    fill_claims(db)
    out_dir = Path(tmp.name)
    results = {}
    for table, fmt in RUNS:
        r = run(db, table, fmt, out_dir / f"{table}.{fmt}")
        results[(table, fmt)] = r
        print(f"{table:9} {fmt:8} {r['rows']:>8,} rows  {r['seconds']:7.1f} s  {r['rows_s']:7,.0f} rows/s  "
              f"peak RSS {r['rss_mb']:6.0f} MB (heap {r['heap_mb']:5.0f} MB)  file {r['file_mb']:6.1f} MB", flush=True)
        (out_dir / f"{table}.{fmt}").unlink()
    base = run(db, "events", "jsonl", out_dir / "tenth.jsonl", ["--until", tenth_day(db)])
    print(f"baseline: events jsonl to the first tenth: {base['rows']:,} rows, heap {base['heap_mb']:.0f} MB")
    ratio = results[("events", "jsonl")]["heap_mb"] / base["heap_mb"]
    worst = max(r["heap_mb"] for r in results.values()) / base["heap_mb"]
    print(f"peak heap, whole export / first tenth: events jsonl {ratio:.2f}x, worst of all runs {worst:.2f}x")
    return finish("export_scale", {"events": args.events,
                                   "events_jsonl_rows_s": results[("events", "jsonl")]["rows_s"],
                                   "heap_ratio": ratio, "heap_budget": args.max_heap_ratio / ratio},
                  {"heap_budget": 1.0})


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    raise SystemExit(main())
