"""`ingest` with the analysis on Dask workers and one writer that stores and fuses in input order."""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterable, Iterator

from sitroom.limits import DEFAULT_LIMITS, Limits
from sitroom.model import Extraction
from sitroom.parallel._cluster import dask_client
from sitroom.parallel._ordered import batched, extract_in_order
from sitroom.parallel._work import Failure, warm


def read_inputs(paths: Iterable[str | Path], *, published: str | None = None, limits: Limits | None = None,
                options=None) -> Iterator[object]:
    """Every document of every input (a file, a folder, a URL; Telegram exports, feeds and WARCs give many) as a
    RawDocument, or a Failure (origin, reason) when it cannot be read; in input order. Read here, in the writer's
    process, so that workers on other machines need no access to the files. `options`: an `ingest.ReadOptions`."""
    from dataclasses import replace

    from sitroom.api import iter_input_files
    from sitroom.ingest import IngestError, ReadOptions, read_documents

    opts = options or ReadOptions()
    if published:
        opts = replace(opts, published=published)
    for path in iter_input_files(paths):
        try:
            for item in read_documents(path, opts, limits=limits):
                yield Failure(item.origin, item.reason) if isinstance(item, IngestError) else item
        except IngestError as exc:
            yield Failure(str(path), exc.reason)
        except Exception as exc:  # noqa: BLE001 - one unreadable input must not lose the batch
            yield Failure(str(path), f"internal error: {type(exc).__name__}: {exc}")


def extract_parallel(items: Iterable[object], *, workers: int = 2, scheduler: str | None = None,
                     limits: Limits | None = None, batch_size: int = 16) -> Iterator[Extraction | Failure]:
    """Extractions (or Failures) of raw documents analysed on a Dask cluster, yielded in input order."""
    lim = limits or DEFAULT_LIMITS
    with dask_client(workers, scheduler) as client:
        client.run(warm)                                 # spaCy loaded once per worker, before the first batch
        for results in extract_in_order(client, batched(items, batch_size), limits=lim, batch_size=batch_size):
            yield from results


def ingest_parallel(paths: Iterable[str | Path], store, *, workers: int = 2, scheduler: str | None = None,
                    published: str | None = None, limits: Limits | None = None, fuse: bool = True,
                    batch_size: int = 16, on_file: Callable[[str], None] | None = None, options=None):
    """Like `sitroom.api.ingest`, with documents analysed on `workers` Dask worker processes (or the cluster at
    `scheduler`); this process is the one writer: each document is stored and fused in input order, so the store
    is the same as a sequential run's. Returns an `IngestReport`."""
    from sitroom.api import IngestReport

    report = IngestReport()
    items = read_inputs(paths, published=published, limits=limits, options=options)
    for result in extract_parallel(items, workers=workers, scheduler=scheduler, limits=limits, batch_size=batch_size):
        if isinstance(result, Failure):
            report.failed.append((result.origin, result.reason))
            origin = result.origin
        else:
            _store(store, result, report, fuse)
            origin = result.document.origin or ""
        if on_file:
            on_file(origin)
    return report


def store_result(store, ex: Extraction, report, fuse: bool = True) -> None:
    """Store and fuse one extraction in one transaction (`sitroom.api.store_extraction`), counted in `report`."""
    _store(store, ex, report, fuse)


def _store(store, ex: Extraction, report, fuse: bool) -> None:
    from sitroom.api import store_extraction
    store_extraction(store, ex, report, fuse=fuse, origin=ex.document.origin or ex.document.id,
                     error_prefix="internal error: ")
