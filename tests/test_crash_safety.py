"""`sitroom ingest` killed (SIGKILL) at random points and rerun to completion leaves the store a clean run leaves:
every table equal, the SQLite file sound, no document stored without being fused. Saving and fusing a document is
one transaction, so a kill loses at most the document being written, which the rerun ingests afresh."""
from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sitroom import api
from sitroom.store import Store, dump_tables, integrity_problems

SRC = str(Path(__file__).resolve().parents[1] / "src")
PLACES = ["Kherson", "Kharkiv", "Odesa", "Mykolaiv", "Sumy", "Izium", "Bakhmut", "Dnipro"]
ACTORS = ["Russian forces", "Ukrainian troops", "The army", "Police", "Protesters", "Rebels"]
N = 150                     # documents: enough that each kill lands mid-batch, cheap to analyse
VERBS = ["shelled", "attacked", "struck", "entered", "withdrew from", "bombed"]


def write_corpus(folder: Path, n: int, seed: int) -> None:
    """n one-line news items: some repeat each other exactly (a repost) or nearly (one figure changed)."""
    rng = random.Random(seed)
    for i in range(n):
        line = (f"{rng.choice(ACTORS)} {rng.choice(VERBS)} {rng.choice(PLACES)} on "
                f"{rng.choice(['Monday', 'Tuesday', 'Friday'])}, officials said. "
                f"{rng.randint(2, 9)} people were killed, the governor said.")
        (folder / f"item{i:04d}.txt").write_text(line, encoding="utf-8")


def stored_documents(db: Path) -> int:
    if not db.exists():
        return 0
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
    try:
        return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.Error:                      # not created yet, or locked for a moment
        return 0
    finally:
        conn.close()


def test_a_killed_ingest_rerun_to_completion_equals_a_clean_run(tmp_path):
    corpus = tmp_path / "news"
    corpus.mkdir()
    write_corpus(corpus, N, seed=11)
    env = {**os.environ, "PYTHONPATH": SRC + os.pathsep + os.environ.get("PYTHONPATH", "")}
    crashed = tmp_path / "crashed.db"
    rng = random.Random(2026)
    kills = 0
    for _ in range(3):
        before = stored_documents(crashed)
        proc = subprocess.Popen([sys.executable, "-m", "sitroom", "ingest", str(corpus), "--db", str(crashed)],
                                env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        # kill while documents are being written: once this run has committed one, after a random delay
        deadline = time.monotonic() + 120
        while proc.poll() is None and stored_documents(crashed) <= before and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(rng.uniform(0.0, 1.0))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            kills += 1
        proc.wait()
    assert kills >= 1, "no run was still going when it was to be killed"
    # the rerun to completion (in this process: `api.ingest` is what the command runs), and a clean run
    with Store(crashed) as got:
        rerun = api.ingest([corpus], got)
    assert rerun.ok and rerun.added                 # (the kills left work to do)
    clean = tmp_path / "clean.db"
    with Store(clean) as ref:
        report = api.ingest([corpus], ref)
    assert report.ok and report.events > 0
    with Store(crashed) as got, Store(clean) as ref:
        assert integrity_problems(got) == []
        conn = sqlite3.connect(crashed)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert conn.execute("SELECT count(*) FROM documents WHERE fused_at IS NULL").fetchone()[0] == 0
        finally:
            conn.close()
        a, b = dump_tables(got), dump_tables(ref)
        assert a.keys() == b.keys()
        for table in b:
            assert a[table] == b[table], table
