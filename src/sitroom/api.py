"""The public library surface: everything the CLI does is a function here."""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from sitroom.model import Extraction, FuseResult, RawDocument

if TYPE_CHECKING:
    from sitroom.store import SaveResult

SKIP_SUFFIXES = {".db", ".db-wal", ".db-shm", ".pyc", ".json.gz"}


def read_source(source: str | Path | bytes, *, published: str | None = None, url: str | None = None,
                origin: str | None = None) -> RawDocument:
    """Read a path, "-" (standard input) or bytes into a RawDocument."""
    from sitroom.ingest import read_bytes, read_path

    if isinstance(source, bytes):
        return read_bytes(source, origin or "<bytes>", url=url, published=published)
    if str(source) == "-":
        return read_bytes(sys.stdin.buffer.read(), "-", url=url, published=published)
    return read_path(source, url=url, published=published)


def extract(source: str | Path | bytes | RawDocument, *, published: str | None = None, url: str | None = None,
            clean_options=None, analyze_options=None) -> Extraction:
    """Clean and analyse one document: a path, "-", bytes, or a RawDocument."""
    from sitroom.analyze import analyze
    from sitroom.clean import clean_document

    raw = source if isinstance(source, RawDocument) else read_source(source, published=published, url=url)
    return analyze(clean_document(raw, clean_options), analyze_options)


def iter_input_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files named, and the files below folders named (hidden files and our own databases skipped), in order."""
    for p in map(Path, paths):
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                rel = f.relative_to(p).parts
                if f.is_file() and not any(part.startswith(".") for part in rel) and \
                        not any(str(f).endswith(s) for s in SKIP_SUFFIXES):
                    yield f
        else:
            yield p


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)          # document ids newly stored (and fused)
    unchanged: list[str] = field(default_factory=list)      # already in the store (and fused)
    resumed: list[str] = field(default_factory=list)        # stored before but never fused: fused now
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, reason): nothing of it was kept
    events: int = 0

    @property
    def ok(self) -> bool:
        return not self.failed


def save_document(store, ex: Extraction, *, fuse: bool = True) -> tuple[SaveResult, FuseResult | None]:
    """Store one extraction and fuse it in one transaction: when anything fails, nothing of the document is kept.

    A document stored before but never fused (by an older store, or with ``fuse=False``) is fused now. Returns
    what was saved and what fusing it added (None when it was not fused now).
    """
    from sitroom.fuse import fuse_document

    with store.transaction() as tx:
        saved = tx.save(ex)
        fused = None
        if fuse and (saved.new or not tx.is_fused(saved.document_id)):
            fused = fuse_document(tx, ex)
    return saved, fused


def ingest(paths: Iterable[str | Path], store, *, published: str | None = None,
           on_file: Callable[[Path], None] | None = None, fuse: bool = True) -> IngestReport:
    """Extract, store and fuse every file, each in one transaction; a file that fails anywhere is reported with its
    reason, nothing of it is kept (a rerun ingests it afresh), and the batch goes on."""
    from sitroom.ingest import IngestError      # CleanError is one too

    report = IngestReport()
    for path in iter_input_files(paths):
        try:
            saved, fused = save_document(store, extract(path, published=published), fuse=fuse)
        except IngestError as exc:
            report.failed.append((str(path), getattr(exc, "reason", str(exc))))
        except Exception as exc:  # a bug in one document must not lose the batch
            report.failed.append((str(path), f"{type(exc).__name__}: {exc}"))
        else:
            if saved.new:
                report.added.append(saved.document_id)
                report.events += saved.events
            elif fused is not None:
                report.resumed.append(saved.document_id)
            else:
                report.unchanged.append(saved.document_id)
        if on_file:
            on_file(path)
    return report
