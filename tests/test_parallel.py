"""Parallel ingest on Dask (issue 12): the store equals a sequential run's; Parquet shards resume and load."""
import gzip
import json

import pytest

pytest.importorskip("distributed")
pytest.importorskip("pyarrow")

from sitroom.api import ingest  # noqa: E402
from sitroom.parallel import (analyze_to_shards, extract_batch, ingest_parallel, ingest_shards, is_shard_dir,  # noqa: E402
                              load_shards)
from sitroom.store import Store, dump_tables  # noqa: E402

ACTORS = ["Russian forces", "Ukrainian troops", "Belarusian police", "Polish border guards", "Moldovan officials"]
ACTS = ["shelled", "captured", "arrested 40 protesters in", "deployed 300 soldiers to", "evacuated civilians from"]
PLACES = ["Kherson", "Bakhmut", "Minsk", "Przemysl", "Chisinau"]


def _corpus(root, n=10):
    root.mkdir()
    for i in range(n):
        a, v, p = ACTORS[i % 5], ACTS[(i // 5) % 5], PLACES[(i * 3) % 5]
        text = (f"{a} {v} {p} on {1 + i % 27} October 2022, officials said.\n\n"
                f"The governor said {2 + i} people were wounded in {p} the next day.\n")
        (root / f"report-{i:02d}.txt").write_text(text)
    # a syndicated copy (near-duplicate for fusion), an unreadable file, an empty one, a compressed one
    (root / "report-00-copy.txt").write_text((root / "report-00.txt").read_text() + "\n(Distributed by Wire.)\n")
    (root / "broken.gz").write_bytes(gzip.compress(b"Troops arrived in Kherson on Monday.")[:20])
    (root / "empty.txt").write_text("  \n")
    (root / "z-compressed.txt.gz").write_bytes(gzip.compress(b"Police arrested 12 activists in Minsk on 3 October "
                                                              b"2022, the Viasna group said.\n"))
    return root


@pytest.fixture(scope="module")
def scheduler():
    from distributed import LocalCluster
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                           scheduler_kwargs={"dashboard": False}, memory_limit=0)
    yield cluster.scheduler_address
    cluster.close()


def test_parallel_ingest_stores_what_a_sequential_run_stores(tmp_path, scheduler):
    corpus = _corpus(tmp_path / "in")
    with Store(tmp_path / "seq.db") as seq, Store(tmp_path / "par.db") as par:
        r1 = ingest([corpus], seq)
        r2 = ingest_parallel([corpus], par, scheduler=scheduler, batch_size=3)
        assert r2.added == r1.added and r2.events == r1.events > 10
        assert sorted(r2.failed) == sorted(r1.failed) and len(r1.failed) == 2
        a, b = dump_tables(seq), dump_tables(par)
        assert a.keys() == b.keys()
        for table in a:
            assert a[table] == b[table], table
        assert a["documents"] and a["events"]


def test_worker_results_come_back_in_input_order_with_failures_in_place(tmp_path):
    from sitroom.api import read_source
    raws = [read_source(f"Troops number {i} arrived in Kherson on Monday, officials said.".encode(), origin=f"d{i}")
            for i in range(5)]
    bad = read_source(b"<html><body><div>x</div></body></html>", origin="bad")       # no body text after cleaning
    out = extract_batch(raws[:2] + [bad] + raws[2:], batch_size=2)
    assert [getattr(r, "origin", None) or r.document.origin for r in out] == ["d0", "d1", "bad", "d2", "d3", "d4"]
    assert out[2].reason and not hasattr(out[2], "events")


def test_shards_are_written_skipped_on_rerun_and_loaded_in_order(tmp_path, scheduler):
    corpus = _corpus(tmp_path / "in")
    out = tmp_path / "shards"
    stats = analyze_to_shards([corpus], out, scheduler=scheduler, shard_size=5, batch_size=2)
    assert stats["written"] == 3 and stats["skipped"] == 0 and len(stats["failed"]) == 2
    assert is_shard_dir(out) and not is_shard_dir(corpus)
    names = sorted(p.name for p in out.glob("*.parquet"))
    assert len(names) == 3 and not list(out.glob("*.tmp"))
    # rerun: nothing to do; a removed shard is redone, the others skipped
    assert analyze_to_shards([corpus], out, scheduler=scheduler, shard_size=5)["skipped"] == 3
    (out / names[1]).unlink()
    again = analyze_to_shards([corpus], out, scheduler=scheduler, shard_size=5)
    assert again["written"] == 1 and again["skipped"] == 2
    origins = [getattr(r, "origin", None) or r.document.origin for r in load_shards(out)]
    assert origins == json.loads((out / "manifest.json").read_text())["shards"][0]["inputs"] + \
        [p for s in json.loads((out / "manifest.json").read_text())["shards"][1:] for p in s["inputs"]]
    with Store(tmp_path / "seq.db") as seq, Store(tmp_path / "shards.db") as sh:
        ingest([corpus], seq)
        report = ingest_shards(out, sh)
        assert len(report.failed) == 2
        assert dump_tables(seq) == dump_tables(sh)


def test_a_changed_input_redoes_its_shard_only(tmp_path, scheduler):
    corpus = _corpus(tmp_path / "in", n=4)
    out = tmp_path / "shards"
    analyze_to_shards([corpus], out, scheduler=scheduler, shard_size=5)
    (corpus / "report-03.txt").write_text("Moldovan officials closed the border on 9 October 2022, the ministry said.\n")
    again = analyze_to_shards([corpus], out, scheduler=scheduler, shard_size=5)
    assert again["written"] == 1 and again["skipped"] == 1


def test_the_default_local_cluster(tmp_path):
    corpus = _corpus(tmp_path / "in", n=2)
    with Store(tmp_path / "par.db") as par:
        report = ingest_parallel([corpus], par, workers=1)
    assert len(report.added) + len(report.unchanged) == 4 and len(report.added) >= 3 and len(report.failed) == 2


def test_an_extraction_survives_the_shard_record_round_trip():
    from sitroom.api import extract
    from sitroom.parallel import extraction_from_record, extraction_record
    ex = extract(b"Up to 9,000 Russian soldiers are in Belarus, the Belarusian defence ministry said on 20 October "
                 b"2022. Police arrested 40 protesters in Minsk, according to the Viasna rights group.",
                 published="2022-10-21")
    assert ex.events and ex.claims
    assert extraction_from_record(extraction_record(ex)) == ex
