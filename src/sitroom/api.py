"""The public library surface: everything the CLI does is a function here."""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from sitroom.limits import DEFAULT_LIMITS, Limits
from sitroom.model import Extraction, FuseResult, RawDocument

if TYPE_CHECKING:
    from sitroom.store import SaveResult

SKIP_SUFFIXES = {".db", ".db-wal", ".db-shm", ".pyc", ".json.gz"}


def read_source(source: str | Path | bytes, *, published: str | None = None, url: str | None = None,
                origin: str | None = None, limits: Limits | None = None,
                allow_private: bool = False) -> RawDocument:
    """Read a path, "-" (standard input), bytes or an http(s) URL (fetched; `allow_private` lifts the guard on
    private and loopback addresses) into a RawDocument (within `limits`, see `sitroom.limits`). A URL must hold one
    document: a feed's entries are read with `ingest`."""
    from sitroom.ingest import IngestError, ReadOptions, is_url, read_bytes, read_capped, read_documents, read_path

    lim = limits or DEFAULT_LIMITS
    if is_url(source):
        opts = ReadOptions(published=published, url=url, allow_private=allow_private)
        docs = list(read_documents(str(source), opts, limits=lim))
        for d in docs:
            if isinstance(d, IngestError):
                raise d
        if len(docs) != 1:
            raise IngestError(str(source), f"holds {len(docs)} documents, not one (a feed?); "
                                           "`sitroom ingest URL` reads them all")
        return docs[0]
    if isinstance(source, bytes):
        return read_bytes(source, origin or "<bytes>", url=url, published=published)
    if str(source) == "-":
        return read_bytes(read_capped(sys.stdin.buffer, lim.max_file_bytes, "-"), "-", url=url, published=published)
    return read_path(source, url=url, published=published, limits=lim)


def extract(source: str | Path | bytes | RawDocument, *, published: str | None = None, url: str | None = None,
            clean_options=None, analyze_options=None, limits: Limits | None = None,
            allow_private: bool = False) -> Extraction:
    """Clean and analyse one document: a path, "-", bytes, an http(s) URL (fetched, see `read_source`), or a
    RawDocument. Over a cap of `limits` the document is refused with an IngestError naming it and the limit."""
    from sitroom.analyze import analyze
    from sitroom.clean import clean_document
    from sitroom.ingest import IngestError

    lim = limits or DEFAULT_LIMITS
    raw = source if isinstance(source, RawDocument) else read_source(source, published=published, url=url, limits=lim,
                                                                           allow_private=allow_private)
    doc = clean_document(raw, clean_options)
    if len(doc.text) > lim.max_text_chars:
        raise IngestError(raw.origin, f"clean text of {len(doc.text):,} characters is longer than the "
                                      f"{lim.max_text_chars:,} limit (Limits.max_text_chars)")
    return analyze(doc, analyze_options, limits=lim)


def iter_input_files(paths: Iterable[str | Path]) -> Iterator[Path | str]:
    """Files named, the files below folders named (hidden files and our own databases skipped), in order; http(s)
    URLs are passed through as they are."""
    from sitroom.ingest import is_url

    for p in paths:
        if is_url(p):
            yield str(p)
            continue
        p = Path(p)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                rel = f.relative_to(p).parts
                if f.is_file() and not any(part.startswith(".") for part in rel) and \
                        not any(str(f).endswith(s) for s in SKIP_SUFFIXES):
                    yield f
        else:
            yield p


def read_url_list(path: str | Path) -> list[str]:
    """The URLs of a `--urls` file: one a line; blank lines and # comments skipped."""
    from sitroom.ingest import IngestError

    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise IngestError(str(path), f"cannot read the URL list: {getattr(exc, 'strerror', None) or exc}") from None
    return [s.strip() for s in lines if s.strip() and not s.lstrip().startswith("#")]


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)          # document ids newly stored (and fused)
    unchanged: list[str] = field(default_factory=list)      # already in the store (and fused)
    resumed: list[str] = field(default_factory=list)        # stored before but never fused: fused now
    edits: list[str] = field(default_factory=list)          # a new version of a stored item (an edited post):
    #                                                         the stored document's id; linked to it, not stored
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, reason): nothing of it was kept
    notes: list[tuple[str, str]] = field(default_factory=list)   # (path, note): stored, but not fully analysed
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
           on_file: Callable[[Path | str], None] | None = None, fuse: bool = True,
           options=None, limits: Limits | None = None,
           on_document: Callable[[str], None] | None = None) -> IngestReport:
    """Read every input (file, folder, URL; each format recognised by content, see `ingest.read_documents`), then
    extract, store and fuse each document in one transaction. A document that fails anywhere is reported with its
    origin and reason, nothing of it is kept (a rerun ingests it afresh), and the batch goes on. `options` is an
    `ingest.ReadOptions` (format, filters, fetching); `published` sets its date hint; `limits` caps sizes (see `sitroom.limits`).
    `on_file(path)` is called when an input is done, `on_document(origin)` after each document of it (a Telegram
    export, a feed or a WARC holds many), stored or failed: what a progress display counts."""
    from dataclasses import replace

    from sitroom.ingest import IngestError, ReadOptions, read_documents      # CleanError is an IngestError too

    opts = options or ReadOptions()
    if published:
        opts = replace(opts, published=published)
    report = IngestReport()
    for path in iter_input_files(paths):
        try:
            for item in read_documents(path, opts, limits=limits):
                if isinstance(item, IngestError):
                    report.failed.append((item.origin, item.reason))
                else:
                    _ingest_one(item, store, report, fuse, limits)
                if on_document:
                    on_document(item.origin)
        except IngestError as exc:
            report.failed.append((str(path), getattr(exc, "reason", str(exc))))
        except Exception as exc:  # a bug in one input must not lose the batch
            report.failed.append((str(path), f"{type(exc).__name__}: {exc}"))
        if on_file:
            on_file(path)
    return report


def _ingest_one(raw: RawDocument, store, report: IngestReport, fuse: bool, limits: Limits | None = None) -> None:
    from sitroom.ingest import IngestError

    try:
        ex = extract(raw, limits=limits)
    except IngestError as exc:
        report.failed.append((raw.origin, exc.reason))
        return
    except Exception as exc:  # a bug in one document must not lose the others of its input
        report.failed.append((raw.origin, f"{type(exc).__name__}: {exc}"))
        return
    store_extraction(store, ex, report, fuse=fuse, origin=raw.origin)


def store_extraction(store, ex: Extraction, report: IngestReport, *, fuse: bool, origin: str,
                     error_prefix: str = "") -> None:
    """Save and fuse one extraction in one transaction (`save_document`) and count it in `report`: added, resumed
    (stored before, fused now), an edit (a new version of a stored item, linked to it), unchanged, or failed with
    `origin` and the reason (nothing of it kept)."""
    try:
        saved, fused = save_document(store, ex, fuse=fuse)
    except Exception as exc:  # rolled back: nothing of this document is kept; the others go on
        report.failed.append((origin, f"{error_prefix}{type(exc).__name__}: {exc}"))
        return
    report.notes.extend((origin, note) for note in ex.notes)
    if saved.edit:
        report.edits.append(saved.document_id)
    elif saved.new:
        report.added.append(saved.document_id)
        report.events += saved.events
    elif fused is not None:
        report.resumed.append(saved.document_id)
    else:
        report.unchanged.append(saved.document_id)
