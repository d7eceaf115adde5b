"""Web archives (WARC, WARC.gz) through warcio: HTML response records only, read one at a time from the stream so
memory stays bounded whatever the file size; the language and pattern filters run here, before any NLP."""
from __future__ import annotations

import re
from typing import BinaryIO, Iterator

from sitroom.ingest._errors import IngestError
from sitroom.ingest._options import ReadOptions
from sitroom.model import RawDocument

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_HTML_LANG = re.compile(rb"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})", re.I)
_INVISIBLE = re.compile(r"<(script|style|head|noscript|template)\b.*?(?:</\1\s*>|\Z)", re.I | re.S)
_TAG = re.compile(r"<[^>]*(?:>|\Z)", re.S)


def looks_like_warc(head: bytes) -> bool:
    """The first record starts with a WARC version line (head already uncompressed)."""
    return head.lstrip(b"\r\n")[:6] == b"WARC/1" or head.lstrip(b"\r\n")[:8] == b"WARC/0.1"


def visible_text(html: str, limit: int = 200_000) -> str:
    """Rough visible text of a page (tags out, no layout): enough for a language guess or a pattern filter."""
    return " ".join(_TAG.sub(" ", _INVISIBLE.sub(" ", html[:limit])).split())


def page_language(data: bytes, header_language: str | None, text: str) -> str | None:
    """The page's language: its <html lang>, else the Content-Language header, else a guess from its text."""
    m = _HTML_LANG.search(data[:8192])
    if m:
        return m.group(1).decode("ascii").lower()[:2]
    if header_language:
        return header_language.strip().split(",")[0].split("-")[0].lower()[:2] or None
    from sitroom.clean import detect_language     # the one language guesser; imported late (clean imports ingest)

    return detect_language(text)


def wanted(data: bytes, url: str | None, opts: ReadOptions, header_language: str | None = None) -> bool:
    """Whether a page passes the --lang and --match filters (cheap checks on bytes, no parse)."""
    if not opts.languages and not opts.match:
        return True
    from sitroom.ingest._decode import decode

    try:
        text = visible_text(decode(data, origin=url or "<record>"))
    except IngestError:
        return False
    if opts.match and not (re.search(opts.match, url or "") or re.search(opts.match, text)):
        return False
    if opts.languages and page_language(data, header_language, text) not in opts.languages:
        return False
    return True


def read_warc(stream: BinaryIO, origin: str, opts: ReadOptions) -> Iterator[RawDocument | IngestError]:
    """HTML response records of a (gzipped) WARC file, one at a time; bad or oversized records are yielded as errors."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    from sitroom.ingest._read import read_bytes

    last = None
    given = filtered = n = 0           # documents and errors yielded; pages the filters dropped; records read
    try:
        records = ArchiveIterator(stream)
        for n, record in enumerate(records, 1):
            last = record
            if record.rec_type not in ("response", "resource"):
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI")
            where = f"{origin}#{uri or n}"
            http = record.http_headers
            if record.rec_type == "response":
                if http is None:
                    continue
                status = http.get_statuscode() or ""
                if not status.startswith("2"):
                    continue
                ctype = (http.get_header("Content-Type") or "").lower()
            else:
                ctype = (record.rec_headers.get_header("Content-Type") or "").lower()
            if not ctype.startswith(_HTML_TYPES):
                continue
            stream_in = record.content_stream()
            data = stream_in.read(opts.max_bytes + 1)
            given += 1
            if len(data) > opts.max_bytes:
                yield IngestError(where, f"record larger than {opts.max_bytes} bytes, skipped")
                continue
            if _truncated(record):
                last = None                        # reported here, not again for the file
                yield IngestError(where, "truncated record: the file ends inside it")
                continue
            language = http.get_header("Content-Language") if http is not None else None
            if not wanted(data, uri, opts, language):
                given, filtered = given - 1, filtered + 1
                continue
            try:
                yield read_bytes(data, where, url=opts.url or uri, published=opts.published)
            except IngestError as exc:
                yield exc
        if last is not None:
            last.raw_stream.read()
            if _truncated(last):
                raise IngestError(origin, "truncated WARC file: it ends inside its last record")
        if not given and not filtered:     # nothing to store: said, so that the archive is not silently lost
            raise IngestError(origin, f"a WARC file without any HTML page ({n} records: requests, metadata, "
                                      "redirects, errors or other media)")
    except ArchiveLoadFailed as exc:
        raise IngestError(origin, f"broken WARC file: {exc}") from None
    except (OSError, EOFError) as exc:
        raise IngestError(origin, f"broken or truncated WARC file: {exc}") from None
    except (AttributeError, ValueError) as exc:     # warcio on a malformed record (a response without a target URI)
        raise IngestError(origin, f"broken WARC record: {type(exc).__name__}: {exc}") from None


def _truncated(record) -> bool:
    """warcio hands out a record cut short by the end of the file as it is; its reader then still expects bytes."""
    return getattr(record.raw_stream, "limit", 0) > 0
