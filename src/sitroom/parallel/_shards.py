"""Analysed corpora as Parquet shards: `analyze_to_shards` writes them (resumable), `load_shards` reads them back.

A shard holds the results of one fixed slice of the input files (`SHARD_SIZE` files, in input order): one row per
document, with its origin, whether it was extracted, the reason when not, a few columns for a look with any Parquet
tool (id, title, published, event count), and the full extraction as JSON (every offset kept). `manifest.json` lists
the shards in order with their inputs. A shard's name carries a hash of its inputs (path, size, modification time):
rerun over the same inputs and finished shards are skipped; a changed input is analysed again. A shard is written to
a temporary name and renamed when complete, so a killed run never leaves half a shard.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Callable, Iterable, Iterator

from sitroom.limits import DEFAULT_LIMITS, Limits
from sitroom.model import Extraction, content_id
from sitroom.parallel._records import extraction_from_record, extraction_record
from sitroom.parallel._work import Failure

SHARD_SIZE = 256
MANIFEST = "manifest.json"
FORMAT = "sitroom-shards/1"


def _fingerprint(path: Path) -> list:
    try:
        st = path.stat()
        return [str(path), st.st_size, st.st_mtime_ns]
    except OSError:
        return [str(path), None, None]


def plan_shards(paths: Iterable[str | Path], shard_size: int = SHARD_SIZE) -> list[dict]:
    """The shards for these inputs: [{"name", "inputs"}], in input order."""
    from sitroom.api import iter_input_files

    files = [Path(p) for p in iter_input_files(paths)]
    shards = []
    for k in range(0, len(files), shard_size):
        part = files[k:k + shard_size]
        digest = content_id(*(json.dumps(_fingerprint(p)) for p in part))
        shards.append({"name": f"shard-{k // shard_size:05d}-{digest[:12]}.parquet", "inputs": [str(p) for p in part]})
    return shards


def analyze_to_shards(paths: Iterable[str | Path], out: str | Path, *, workers: int = 2, scheduler: str | None = None,
                      published: str | None = None, limits: Limits | None = None, shard_size: int = SHARD_SIZE,
                      batch_size: int = 16, on_shard: Callable[[str, bool], None] | None = None) -> dict:
    """Analyse every input on Dask and write Parquet shards into `out`; returns {"written", "skipped", "documents",
    "failed"} (failed: [(path, reason)]). Shards already in `out` for the same inputs are skipped."""
    from sitroom.parallel._ingest import extract_parallel, read_inputs

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    shards = plan_shards(paths, shard_size)
    (out / MANIFEST).write_text(json.dumps({"format": FORMAT, "shards": shards}, indent=1), encoding="utf-8")
    todo = [s for s in shards if not (out / s["name"]).exists()]
    stats = {"written": 0, "skipped": len(shards) - len(todo), "documents": 0, "failed": []}
    if on_shard:
        for s in shards:
            if s not in todo:
                on_shard(s["name"], False)
    if not todo:
        return stats
    lim = limits or DEFAULT_LIMITS
    inputs = (x for s in todo for x in read_inputs(s["inputs"], published=published, limits=lim))
    results = extract_parallel(inputs, workers=workers, scheduler=scheduler, limits=lim, batch_size=batch_size)
    for s in todo:
        rows = [next(results) for _ in s["inputs"]]
        _write_shard(out / s["name"], rows)
        stats["written"] += 1
        stats["documents"] += sum(1 for r in rows if not isinstance(r, Failure))
        stats["failed"] += [(r.origin, r.reason) for r in rows if isinstance(r, Failure)]
        if on_shard:
            on_shard(s["name"], True)
    return stats


def _write_shard(path: Path, rows: list) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    cols: dict[str, list] = {k: [] for k in ("origin", "ok", "reason", "document_id", "title", "published", "events",
                                             "extraction")}
    for r in rows:
        ok = not isinstance(r, Failure)
        cols["origin"].append(r.origin if not ok else r.document.origin)
        cols["ok"].append(ok)
        cols["reason"].append(None if ok else r.reason)
        cols["document_id"].append(r.document.id if ok else None)
        cols["title"].append(r.document.title if ok else None)
        cols["published"].append(r.document.published if ok else None)
        cols["events"].append(len(r.events) if ok else 0)
        cols["extraction"].append(json.dumps(extraction_record(r), ensure_ascii=False) if ok else None)
    table = pa.table(cols).replace_schema_metadata({"format": FORMAT})
    tmp = path.with_name(path.name + ".tmp")
    pq.write_table(table, tmp, compression="zstd")
    os.replace(tmp, path)


def is_shard_dir(path: str | Path) -> bool:
    """Whether `path` is a folder written by `analyze_to_shards`."""
    m = Path(path) / MANIFEST
    if not m.is_file():
        return False
    try:
        return json.loads(m.read_text(encoding="utf-8")).get("format") == FORMAT
    except (OSError, ValueError, AttributeError):
        return False


def load_shards(path: str | Path) -> Iterator[Extraction | Failure]:
    """Every document of a shard folder, in input order: its Extraction, or the Failure recorded for it. A shard the
    manifest names but the folder lacks (an unfinished run) is one Failure naming it."""
    import pyarrow.parquet as pq

    root = Path(path)
    manifest = json.loads((root / MANIFEST).read_text(encoding="utf-8"))
    for s in manifest["shards"]:
        f = root / s["name"]
        if not f.exists():
            yield Failure(str(f), f"shard missing ({len(s['inputs'])} inputs not analysed): rerun `sitroom analyze`")
            continue
        table = pq.read_table(f, columns=["origin", "ok", "reason", "extraction"])
        for row in table.to_pylist():
            if row["ok"]:
                yield extraction_from_record(json.loads(row["extraction"]))
            else:
                yield Failure(row["origin"], row["reason"])


def ingest_shards(path: str | Path, store, *, fuse: bool = True, on_document: Callable[[str], None] | None = None,
                  report=None):
    """Store and fuse every document of a shard folder in order (what `sitroom ingest DIR` does); an IngestReport
    (`report`, when given, is added to)."""
    from sitroom.api import IngestReport
    from sitroom.parallel._ingest import store_result

    report = report if report is not None else IngestReport()
    for r in load_shards(path):
        if isinstance(r, Failure):
            report.failed.append((r.origin, r.reason))
        else:
            store_result(store, r, report, fuse)
        if on_document:
            on_document(r.origin if isinstance(r, Failure) else (r.document.origin or ""))
    return report
