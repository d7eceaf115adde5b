"""Latency of the `sitroom serve` API on a large store (issue 13).

Generates a store of --events events (default 1,000,000; with documents, sources, figures, figure claims, clusters
and contradictions) shaped like a live store: two years of news, skewed countries, outlets and sources (a few are
very frequent, most rare), one figure claim for about every third event. Rows are generated in Python and loaded in
bulk with `executemany` into a schema the `Store` created, with its indexes dropped during the load and rebuilt after
by `Store.rebuild_indexes` (the same indexes the migration gives every store). No `ANALYZE`: a user's store
has no statistics either.

Then each endpoint is requested --requests times with parameters drawn from the data (random cursors deep in the
list, real type/country/source/outlet values, words of the evidence vocabulary, series keys weighted by size):
  1. in-process (FastAPI TestClient, one event loop for the run: routing, validation, the store query, JSON),
  2. through uvicorn on 127.0.0.1 (a separate process; one keep-alive HTTP client),
and, as the baseline measured in the same run, a plain SELECT of the same rows with the sqlite3 module (the page's
WHERE / ORDER BY / LIMIT, no joins, no JSON), the three ways interleaved call by call. p50 / p95 per endpoint, the
uvicorn server's CPU time per request (user + system, from /proc: unlike wall time it does not grow with the load of
the shared machine) and the ratio of the API's p50 to the
SELECT's p50 are printed, and the machine's load average (2 shared cores make the absolute numbers move). An endpoint
that answers anything but 200 (503: over the app's 2 s query limit) is reported as failed and fails the floor.

Series pages are the first page of a series (weighted by size, so mostly the long ones) and the page its `next` link
gives. With --reuse, opening the store runs the migrations it has not had (e.g. 008 backfills `events.outlet` of a
store built by an older version of this script) and the time they take is printed.

    python benchmarks/api_load.py [--events 1000000] [--db PATH] [--requests 200] [--max-p95-ms 50] [--check-plans]

With --check-plans, the SQL each endpoint runs is captured on its first request and its EXPLAIN QUERY PLAN printed when
it scans a whole table (events, documents, claims ...): then the run fails (`plans_without_table_scan=0`).

Last line: RESULT api_load events=... worst_p95_ms_inproc=... worst_p95_ms_uvicorn=... budget=...
(budget = max-p95-ms / worst p95 through uvicorn; the floor is 1.0 when --max-p95-ms is given).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _report import finish  # noqa: E402

from sitroom.model import EVENT_TYPES, MODALITIES, content_id  # noqa: E402
from sitroom.store import EventFilter, Store  # noqa: E402

START = date(2021, 1, 1)
DAYS = 730
COUNTRIES = ["UKR", "RUS", "SYR", "ISR", "PSE", "YEM", "SDN", "MMR", "AFG", "IRQ", "LBN", "IRN", "BLR", "POL", "MLI",
             "NER", "BFA", "SOM", "ETH", "MDA", "GEO", "ARM", "AZE", "PAK"]
UNITS = [("troops", "present"), ("civilians", "killed"), ("people", "wounded"), ("tanks", "present"),
         ("drones", "launched"), ("missiles", "launched"), ("soldiers", "arrived"), ("refugees", "displaced")]
QUALS = [("exact", "{n:,}"), ("approx", "about {n:,}"), ("up_to", "up to {n:,}"), ("more_than", "more than {n:,}")]
EVENTS_PER_DOC = 4
BATCH = 20000


def _zipf(rng: random.Random, items: list, s: float = 1.1) -> list:
    """`items` repeated by a Zipf-like weight, for rng.choice: a few frequent, a long tail."""
    weights = [1 / (i + 1) ** s for i in range(len(items))]
    return rng.choices(items, weights, k=20000)


# ------------------------------------------------------------------------------------------------ the store

def generate(path: Path, n_events: int, seed: int = 13) -> dict:
    """Build the store at `path`; returns what the request mix draws from."""
    rng = random.Random(seed)
    syl = ["ka", "ro", "vi", "ne", "sa", "to", "mi", "lu", "de", "pa", "zo", "ri", "ba", "go", "te", "ly", "ma", "so"]
    vocab = sorted({"".join(rng.choice(syl) for _ in range(rng.randint(2, 4))) for _ in range(6000)})
    vocab_z = _zipf(rng, vocab, 1.0)
    countries = _zipf(rng, COUNTRIES, 1.3)
    cities = {c: [f"{rng.choice(vocab).title()}grad" for _ in range(8)] for c in COUNTRIES}
    outlets = _zipf(rng, [f"Outlet {i}" for i in range(80)], 1.0)
    sources = _zipf(rng, [f"Source {i}" for i in range(500)], 1.0)
    types = _zipf(rng, list(EVENT_TYPES), 0.8)

    Store(path).close()                                   # schema and migrations
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=OFF")
    con.execute("PRAGMA cache_size=-262144")
    # indexes and the evidence-search trigger go during the load; Store.rebuild_indexes puts them back
    for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type='index' AND name LIKE 'ix_%'").fetchall():
        con.execute(f"DROP INDEX {name}")
    con.execute("DROP TRIGGER IF EXISTS events_fts_insert")

    src_rows = {content_id("source", s.lower()): (content_id("source", s.lower()), s, None, "GOV") for s in set(sources)}
    con.executemany("INSERT INTO sources (id, name, country, sector) VALUES (?,?,?,?)", list(src_rows.values()))
    n_docs = max(1, n_events // EVENTS_PER_DOC)
    ev_cols = ("id, document_id, type, mode, modality, actor_text, actor_name, actor_country, actor_sector, "
               "recipient_text, recipient_name, recipient_country, recipient_sector, location_text, location_name, "
               "location_country, lat, lon, date_value, date_text, date_precision, date_relation, date_sort, "
               "source_id, source_text, carrier_name, trigger, cue, evidence, evidence_start, evidence_end, outlet")
    ev_sql = f"INSERT INTO events ({ev_cols}) VALUES ({','.join('?' * 32)})"
    claim_cols = ("id, event_id, document_id, subject_key, topic_key, counted, counted_text, owner_country, "
                  "location_country, status, lower, upper, qualifier, quantity_text, modality, source_key, source, "
                  "outlet, claim_date, as_of, as_of_relation, as_of_lo, as_of_hi, evidence, evidence_start, "
                  "duplicate_of, duplicate_reason")
    claim_sql = f"INSERT INTO figure_claims ({claim_cols}) VALUES ({','.join('?' * 27)})"
    docs, fts, evs, qs, claims, links, clusters = [], [], [], [], [], [], []
    topics: dict[str, int] = {}
    claim_ids_by_subject: dict[str, list[str]] = {}
    cluster_id, cluster_left, now = None, 0, "2023-01-01T00:00:00+00:00"
    t0 = time.perf_counter()
    ev_count = 0

    def flush():
        con.executemany("INSERT INTO documents (id, origin, url, outlet, title, published, language, author, captions, "
                         "text, ingested_at, fused_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", docs)
        con.executemany("INSERT INTO documents_fts(rowid, title, text) VALUES (?,?,?)", fts)
        con.executemany(ev_sql, evs)
        con.executemany("INSERT INTO quantities (id, event_id, document_id, text, lower, upper, qualifier, unit) "
                         "VALUES (?,?,?,?,?,?,?,?)", qs)
        con.executemany(claim_sql, claims)
        con.executemany("INSERT INTO cluster_links (event_id, cluster_id, document_id, score, reasons, linked_at) "
                         "VALUES (?,?,?,?,?,?)", links)
        con.executemany("INSERT INTO event_clusters (id, type, actor_country, recipient_country, location_country, "
                         "location_name, date_lo, date_hi, keywords, size, created_at, split_from) "
                         "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", clusters)
        for b in (docs, fts, evs, qs, claims, links, clusters):
            b.clear()

    for di in range(n_docs):
        day = START + timedelta(days=di * DAYS // n_docs)
        published = f"{day.isoformat()}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00+00:00"
        outlet = rng.choice(outlets)
        doc_id = content_id("doc", di)
        sentences, pending = [], []
        for _ in range(EVENTS_PER_DOC if ev_count + EVENTS_PER_DOC <= n_events else n_events - ev_count):
            actor, where = rng.choice(countries), rng.choice(countries)
            city = rng.choice(cities[where] + [None])
            src = rng.choice(sources)
            typ = rng.choice(types)
            words = " ".join(rng.choice(vocab_z) for _ in range(6))
            fig = None
            if rng.random() < 0.3:
                unit, status = rng.choice(UNITS)
                qual, fmt = rng.choice(QUALS)
                value = rng.choice([3, 12, 40, 100, 300, 1000, 2500, 9000])
                fig = (fmt.format(n=value), unit, status, qual, value)
            ev_day = day - timedelta(days=rng.choice([0, 0, 1, 2, 5]))
            undated = rng.random() < 0.05
            s = (f"{words.capitalize()} {fig[0] + ' ' + fig[1] if fig else 'forces'} in {city or where} on "
                 f"{ev_day.isoformat()}, {src} said.")
            pending.append((typ, actor, where, city, src, fig, ev_day, undated, s))
            sentences.append(s)
        text = " ".join(sentences)
        docs.append((doc_id, f"bench/{di}", f"https://news.example/{di}", outlet, f"Report {di}", published, "en",
                     None, "[]", text, now, now))
        fts.append((di + 1, f"Report {di}", text))
        pos = 0
        for typ, actor, where, city, src, fig, ev_day, undated, s in pending:
            ev_id = content_id(doc_id, pos, typ)
            modality = rng.choice(MODALITIES[:4]) if rng.random() < 0.2 else "reported"
            dv = None if undated else ev_day.isoformat()
            evs.append((ev_id, doc_id, typ, None, modality, actor, actor, actor, "MIL", None, None, None, None,
                        city or where, city or where, where, None, None, dv, None, dv and "day", dv and "on", dv,
                        content_id("source", src.lower()), src, None, None, None, s, pos, pos + len(s), outlet))
            if fig:
                ftext, unit, status, qual, value = fig
                lo, hi = {"exact": (value, value), "approx": (value, value), "up_to": (None, value),
                          "more_than": (value, None)}[qual]
                qs.append((content_id(ev_id, ftext), ev_id, doc_id, ftext, lo, hi, qual, unit))
                topic = f"{unit}|{actor}|{where}"
                subject = f"{topic}|{status}"
                cid = content_id("claim", ev_id)
                asof = dv or day.isoformat()
                claims.append((cid, ev_id, doc_id, subject, topic, unit, unit, actor, where, status, lo, hi, qual,
                               ftext, modality, src.lower(), src, outlet, day.isoformat(), dv, dv and "on", asof,
                               asof, s, pos, None, None))
                topics[topic] = topics.get(topic, 0) + 1
                claim_ids_by_subject.setdefault(subject, []).append(cid)
            if cluster_left == 0:
                cluster_id, cluster_left = content_id("cluster", ev_id), rng.choice([1, 1, 1, 2, 2, 3, 4, 6])
                clusters.append((cluster_id, typ, actor, None, where, city, dv, dv, "[]", cluster_left, now, None))
            links.append((ev_id, cluster_id, doc_id, 1.0, "[]", now))
            cluster_left -= 1
            pos += len(s) + 1
            ev_count += 1
        if len(evs) >= BATCH:
            flush()
    flush()
    contra = []
    for subject, ids in claim_ids_by_subject.items():
        for a, b in zip(ids[::40], ids[1::40]):
            contra.append((content_id("contradiction", a, b), a, b, subject, "bounds cannot both hold", now))
    con.executemany("INSERT INTO figure_contradictions (id, claim_a, claim_b, subject_key, reason, created_at) "
                     "VALUES (?,?,?,?,?,?)", contra)
    con.commit()
    con.close()
    load_s = time.perf_counter() - t0
    t1 = time.perf_counter()
    with Store(path) as store:
        store.rebuild_indexes()
        store.rebuild_series_summary()                    # the claims were loaded without the claim writer
    print(f"generated {ev_count:,} events in {n_docs:,} documents, {sum(topics.values()):,} claims on "
          f"{len(topics):,} series, {len(contra):,} contradictions: load {load_s:.0f} s, indexes and summaries "
          f"{time.perf_counter() - t1:.0f} s, {path.stat().st_size / 1e6:.0f} MB", flush=True)
    return {"vocab": vocab_z, "countries": countries, "sources": sources, "outlets": outlets, "types": types,
            "topics": topics}


# ------------------------------------------------------------------------------------------------ the requests

def request_mix(db: Path, pool: dict, n: int, seed: int = 5) -> dict[str, list[tuple[str, str, tuple]]]:
    """Per endpoint: n (API url, baseline SQL, SQL parameters) drawn from the data."""
    rng = random.Random(seed)
    con = sqlite3.connect(db)
    maxrow = con.execute("SELECT max(rowid) FROM events").fetchone()[0]
    store = Store(db)
    mix: dict[str, list] = {k: [] for k in ("events first page", "events deep page", "filter type",
                                            "filter location", "filter type+location", "filter source",
                                            "filter outlet", "filter date range", "filter words", "search events",
                                            "claims by counted", "claims by source", "series list", "series page",
                                            "series next page")}
    page = "SELECT * FROM events WHERE date_sort IS NOT NULL {w} ORDER BY date_sort, id LIMIT 50"
    topics = list(pool["topics"])
    weights = [pool["topics"][t] for t in topics]
    for _ in range(n):
        mix["events first page"].append(("/api/events", page.format(w=""), ()))
        d, i = con.execute("SELECT date_sort, id FROM events WHERE rowid = ?", (rng.randint(1, maxrow),)).fetchone()
        if d:       # a cursor as a client gets it: the `next` of a one-row page ending at that event
            cursor = store.event_page(EventFilter(since=d, until=d), limit=1).next
            first = con.execute("SELECT id FROM events WHERE date_sort = ? ORDER BY id LIMIT 1", (d,)).fetchone()[0]
            mix["events deep page"].append((f"/api/events?after={cursor}",
                                            page.format(w="AND (date_sort, id) > (?, ?)"), (d, first)))
        t, c = rng.choice(pool["types"]), rng.choice(pool["countries"])
        mix["filter type"].append((f"/api/events?type={t}", page.format(w="AND type = ?"), (t,)))
        mix["filter location"].append((f"/api/events?location_country={c}", page.format(w="AND location_country = ?"),
                                       (c,)))
        mix["filter type+location"].append((f"/api/events?type={t}&location_country={c}",
                                            page.format(w="AND type = ? AND location_country = ?"), (t, c)))
        s = rng.choice(pool["sources"])
        mix["filter source"].append((f"/api/events?source={quote(s)}", page.format(w="AND source_id = ?"),
                                     (content_id("source", s.lower()),)))
        o = rng.choice(pool["outlets"])
        mix["filter outlet"].append((f"/api/events?outlet={quote(o)}", page.format(w="AND outlet = ?"), (o,)))
        lo = START + timedelta(days=rng.randint(0, DAYS - 8))
        hi = lo + timedelta(days=7)
        mix["filter date range"].append((f"/api/events?since={lo}&until={hi}",
                                         page.format(w="AND date_sort >= ? AND date_sort <= ?"),
                                         (lo.isoformat(), hi.isoformat())))
        w = rng.choice(pool["vocab"])
        mix["filter words"].append((f"/api/events?q={w}", page.format(
            w="AND rowid IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)"), (f'"{w}"',)))
        mix["search events"].append((f"/api/search?q={w}", "SELECT e.* FROM events e WHERE e.rowid IN (SELECT rowid "
                                     "FROM events_fts WHERE events_fts MATCH ? ORDER BY rowid DESC LIMIT 50) "
                                     "ORDER BY e.rowid DESC", (f'"{w}"',)))
        unit = rng.choice(UNITS)[0]
        mix["claims by counted"].append((f"/api/claims?counted={unit}",
                                         "SELECT * FROM figure_claims WHERE counted = ? "
                                         "ORDER BY as_of_lo DESC, id DESC LIMIT 50", (unit,)))
        mix["claims by source"].append((f"/api/claims?source={quote(s)}",
                                        "SELECT * FROM figure_claims WHERE lower(source) = ? "
                                        "ORDER BY as_of_lo DESC, id DESC LIMIT 50", (s.lower(),)))
        first = store.series_page(counted=unit, limit=1)
        after = first.rows[0]["topic_key"] if first.rows else ""
        mix["series list"].append((f"/api/series?after={first.next}" if first.next else "/api/series",
                                   "SELECT topic_key, count(*), min(as_of_lo), max(as_of_lo) FROM figure_claims "
                                   "WHERE topic_key > ? GROUP BY topic_key ORDER BY topic_key LIMIT 50", (after,)))
        topic = rng.choices(topics, weights)[0]
        series_sql = ("SELECT * FROM figure_claims WHERE topic_key = ? AND duplicate_of IS NULL AND as_of_lo "
                      "IS NOT NULL {w} ORDER BY as_of_lo, claim_date, source, id LIMIT 51")
        mix["series page"].append((f"/api/series/{quote(topic, safe='')}", series_sql.format(w=""), (topic,)))
        first_page = store.series_slice(topic, limit=50).points
        if first_page.next:     # the page after the first, as a client following `next` asks for it
            r = first_page.rows[-1]
            mix["series next page"].append((
                f"/api/series/{quote(topic, safe='')}?after={first_page.next}",
                series_sql.format(w="AND (as_of_lo, claim_date, source, id) > (?, ?, ?, ?)"),
                (topic, r["as_of_lo"], r["claim_date"], r["source"], r["id"])))
    con.close()
    store.close()
    return mix


def _pct(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(q * (len(xs) - 1))))]


def time_calls(calls, fns) -> list[list[float]]:
    """Milliseconds of each call done each way in `fns`, the ways interleaved call by call: a burst of load on the
    shared machine then slows all of them alike instead of one way's whole run."""
    out: list[list[float]] = [[] for _ in fns]
    for call in calls:
        for fn, times in zip(fns, out):
            t = time.perf_counter()
            fn(call)
            times.append((time.perf_counter() - t) * 1000)
    return out


def _cpu_ms(pid: int) -> float:
    """CPU time (user + system) a process has used, in ms: what a request costs the server whatever the load of the
    shared machine (which only stretches the wall time)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_uvicorn(db: Path) -> tuple[subprocess.Popen, str]:
    port = _free_port()
    code = ("import sys, uvicorn; from sitroom.serve import create_app; "
            "uvicorn.run(create_app(sys.argv[1]), host='127.0.0.1', port=int(sys.argv[2]), log_level='warning')")
    proc = subprocess.Popen([sys.executable, "-c", code, str(db), str(port)], env=os.environ.copy())
    base = f"http://127.0.0.1:{port}"
    import httpx
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(base + "/api/events?limit=1", timeout=5).status_code == 200:
                return proc, base
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError("uvicorn did not start")


# a plan step that reads a whole large table (an index range walk is "SEARCH ...", a full-text match "SCAN x_fts")
_TABLE_SCAN = re.compile(r"^SCAN (events|documents|figure_claims|quantities|figure_contradictions|event_clusters|"
                         r"cluster_links)\b(?! VIRTUAL)")


def check_plans(app, client, raw: sqlite3.Connection, mix: dict) -> list[str]:
    """EXPLAIN QUERY PLAN of every statement the first request of each endpoint runs; returns the endpoints one of
    whose statements scans a whole table (printed with the plan)."""
    from sqlalchemy import event as sa_event
    seen: list[tuple[str, Any]] = []

    def capture(conn, cursor, statement, parameters, context, executemany):
        seen.append((statement, parameters))
    engine = app.state.sitroom.store._engine
    sa_event.listen(engine, "before_cursor_execute", capture)
    bad = []
    try:
        for name, calls in mix.items():
            if not calls:
                continue
            seen.clear()
            client.get(calls[0][0])
            for sql, params in list(seen):
                if not sql.lstrip().upper().startswith("SELECT"):
                    continue
                plan = [r[3] for r in raw.execute("EXPLAIN QUERY PLAN " + sql, params)]
                if any(_TABLE_SCAN.match(step) for step in plan):
                    bad.append(name)
                    print(f"PLAN SCANS A TABLE ({name}): {' '.join(sql.split())[:200]}\n    " + "\n    ".join(plan))
        print(f"query plans checked: {len(mix)} endpoints, {len(set(bad))} with a table scan", flush=True)
    finally:
        sa_event.remove(engine, "before_cursor_execute", capture)
    return bad


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--db", default=None, help="SQLite file to build (kept; default: a temporary file, removed)")
    ap.add_argument("--reuse", action="store_true", help="use --db as it is (built by an earlier run)")
    ap.add_argument("--requests", type=int, default=200, help="requests per endpoint and way")
    ap.add_argument("--max-p95-ms", type=float, default=None, help="fail when an endpoint's p95 is above this")
    ap.add_argument("--check-plans", action="store_true",
                    help="print the query plan of each endpoint's queries and fail when one scans a whole table")
    args = ap.parse_args()

    print(f"load average at the start: {' '.join(f'{x:.2f}' for x in os.getloadavg())} ({os.cpu_count()} cores)")
    tmp = None
    if args.db:
        db = Path(args.db)
    else:
        tmp = tempfile.TemporaryDirectory(prefix="api_load_")
        db = Path(tmp.name) / "api_load.db"
    if not (args.reuse and db.exists()):
        for suffix in ("", "-wal", "-shm"):
            Path(str(db) + suffix).unlink(missing_ok=True)
        pool = generate(db, args.events)
        Path(str(db) + ".pool.json").write_text(json.dumps(pool))
    else:
        pool = json.loads(Path(str(db) + ".pool.json").read_text())
        t = time.perf_counter()
        with Store(db) as store:                          # migrations since the store was built (backfills) ...
            store.rebuild_indexes()                       # ... and indexes declared since
        print(f"reused {db}: migrations and indexes {time.perf_counter() - t:.0f} s", flush=True)
    mix = request_mix(db, pool, args.requests)

    from fastapi.testclient import TestClient

    from sitroom.serve import create_app
    app = create_app(str(db))
    # one event loop for all requests, as a server has (a TestClient outside `with` starts a thread and a loop for
    # every request, which is the test client's cost, not the app's)
    inproc = TestClient(app).__enter__()
    proc, base = start_uvicorn(db)
    import httpx
    http = httpx.Client(base_url=base, timeout=30)
    raw = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    raw.execute("PRAGMA mmap_size=1073741824")
    results, failed, scans = {}, [], []
    try:
        if args.check_plans:
            scans = check_plans(app, inproc, raw, mix)
        for name, calls in mix.items():
            for url, sql, params in calls[:5]:                 # warm the caches the same for all three ways
                inproc.get(url), http.get(url), raw.execute(sql, params).fetchall()
            if not calls:
                continue
            bad = [(url, code) for url, _, _ in calls[:20] if (code := inproc.get(url).status_code) != 200]
            if bad:          # e.g. 503: over the app's query time limit; reported, and the endpoint fails the floor
                print(f"{name:22s} FAILED: {len(bad)} of 20 requests answered non-200, e.g. {bad[0][0]} -> "
                      f"{bad[0][1]}", flush=True)
                failed.append(name)
                continue
            cpu0 = _cpu_ms(proc.pid)
            base_ms, in_ms, uv_ms = time_calls(calls, [lambda c: raw.execute(c[1], c[2]).fetchall(),
                                                       lambda c: inproc.get(c[0]).content,
                                                       lambda c: http.get(c[0]).content])
            cpu = (_cpu_ms(proc.pid) - cpu0) / len(calls)
            results[name] = (in_ms, uv_ms, base_ms, cpu)
            print(f"{name:22s} in-process p50 {_pct(in_ms, .5):6.1f} p95 {_pct(in_ms, .95):6.1f} ms | uvicorn p50 "
                  f"{_pct(uv_ms, .5):6.1f} p95 {_pct(uv_ms, .95):6.1f} ms, server CPU {cpu:5.1f} ms/request | plain "
                  f"SELECT p50 {_pct(base_ms, .5):6.2f} p95 {_pct(base_ms, .95):6.2f} ms | ratio p50 "
                  f"{_pct(uv_ms, .5) / max(_pct(base_ms, .5), 1e-3):6.1f}x", flush=True)
    finally:
        inproc.__exit__(None, None, None)
        proc.terminate()
        proc.wait(10)
        http.close()
        raw.close()
        if tmp:
            tmp.cleanup()
    inf = float("inf")
    worst_in = inf if failed else max(_pct(r[0], .95) for r in results.values())
    worst_uv = inf if failed else max(_pct(r[1], .95) for r in results.values())
    print(f"load average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())} ({os.cpu_count()} cores)")
    ratio = statistics.median(_pct(r[1], .5) / max(_pct(r[2], .5), 1e-3) for r in results.values())
    cpu = max((r[3] for r in results.values()), default=inf)
    metrics = {"events": float(args.events), "failed_endpoints": float(len(failed)), "worst_p95_ms_inproc": worst_in,
               "worst_p95_ms_uvicorn": worst_uv, "median_ratio_to_select": ratio, "worst_server_cpu_ms": cpu}
    floors: dict[str, float | None] = {}
    if args.check_plans:
        metrics["plans_without_table_scan"] = 0.0 if scans else 1.0
        floors["plans_without_table_scan"] = 1.0
        if scans:
            print(f"FAILED: {len(scans)} main queries scan a whole table: {', '.join(sorted(set(scans)))}")
    if args.max_p95_ms:
        metrics["budget"] = args.max_p95_ms / worst_uv
        floors["budget"] = 1.0
    return finish("api_load", metrics, floors)


if __name__ == "__main__":
    sys.exit(main())
