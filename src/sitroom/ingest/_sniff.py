"""One ingest for every input: recognise the format of a path or URL by its content (the suffix only breaks ties),
or take the one forced with `ReadOptions.format`, and hand it to its reader. Every reader yields RawDocuments; a
document it cannot read is yielded as an IngestError (with its path and reason) so the batch goes on."""
from __future__ import annotations

import zlib
from pathlib import Path
from typing import Iterator

from sitroom.ingest._decode import decode
from sitroom.ingest._errors import IngestError
from sitroom.ingest._gzip import gunzip_capped
from sitroom.ingest._feed import looks_like_feed, read_feed
from sitroom.ingest._options import ReadOptions
from sitroom.ingest._read import read_bytes
from sitroom.ingest._telegram import looks_like_telegram_export, looks_like_tg_archive, read_telegram_export, \
    read_tg_archive
from sitroom.ingest._url import fetch, is_url
from sitroom.ingest._warc import looks_like_warc, read_warc, wanted
from sitroom.limits import DEFAULT_LIMITS, Limits, human_size
from sitroom.model import RawDocument

HEAD_BYTES = 65536


def _gunzip_head(data: bytes) -> bytes:
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data, HEAD_BYTES)
    except zlib.error:
        return b""


def sniff_format(head: bytes, name: str | None = None) -> str:
    """The format of a document from its first bytes (uncompressed): warc, telegram, feed, tg-archive, html or text."""
    if looks_like_warc(head):
        return "warc"
    if looks_like_telegram_export(head):
        return "telegram"
    if looks_like_feed(head):
        return "feed"
    from sitroom.ingest._read import HTML, sniff_media_type

    text = head.decode("utf-8", "replace")
    if looks_like_tg_archive(text):
        return "tg-archive"
    if name and Path(name).suffix.lower() in (".rss", ".atom") and "<" in text[:200]:
        return "feed"
    return "html" if sniff_media_type(text, name=name) == HTML else "text"


def _from_bytes(data: bytes, origin: str, fmt: str, opts: ReadOptions,
                url: str | None = None) -> Iterator[RawDocument | IngestError]:
    if fmt == "telegram":
        yield from read_telegram_export(data, origin)
    elif fmt == "feed":
        yield from read_feed(data, origin)
    elif fmt == "tg-archive":
        yield from read_tg_archive(decode(data, origin=origin), origin)
    elif fmt == "warc":
        import io
        yield from read_warc(io.BytesIO(data), origin, opts)
    else:
        if (opts.languages or opts.match) and not wanted(data, opts.url or url, opts):
            return
        raw = read_bytes(data, origin, url=opts.url or url, published=opts.published)
        if fmt == "text" and raw.media_type != "text/plain":
            raw = RawDocument(origin=raw.origin, content=raw.content, media_type="text/plain", url=raw.url,
                              published=raw.published)
        elif fmt == "html" and raw.media_type != "text/html":
            raw = RawDocument(origin=raw.origin, content=raw.content, media_type="text/html", url=raw.url,
                              published=raw.published)
        yield raw


def _with_hints(items: Iterator[RawDocument | IngestError], opts: ReadOptions) -> Iterator[RawDocument | IngestError]:
    """The user's --published dates the documents that carry no date of their own (a message has its own)."""
    from dataclasses import replace

    for item in items:
        undated = isinstance(item, RawDocument) and item.published is None
        yield replace(item, published=opts.published) if opts.published and undated else item


def _read_file(path: Path, opts: ReadOptions, lim: Limits) -> Iterator[RawDocument | IngestError]:
    origin = str(path)
    if path.is_dir():
        raise IngestError(origin, "is a directory, not a file")
    if not path.exists():
        raise IngestError(origin, "no such file")
    try:
        with path.open("rb") as fh:
            head = fh.read(HEAD_BYTES)
        size = path.stat().st_size
    except OSError as exc:
        raise IngestError(origin, f"cannot read file: {exc.strerror or exc}") from None
    gz = head[:2] == b"\x1f\x8b"
    plain_head = _gunzip_head(head) if gz else head
    fmt = opts.format or sniff_format(plain_head, path.name[:-3] if gz and path.name.endswith(".gz") else path.name)
    if fmt == "warc":     # streamed: a web archive may be far larger than memory (warcio reads .gz itself)
        with path.open("rb") as fh:
            yield from read_warc(fh, origin, opts)
        return
    if size > lim.max_file_bytes:
        raise IngestError(origin, f"file of {human_size(size)} is larger than the {human_size(lim.max_file_bytes)} "
                                  "limit (Limits.max_file_bytes)")
    try:
        with path.open("rb") as fh:
            # stream-decompressed with a cap: a gzip bomb is refused with bounded memory
            data = gunzip_capped(fh, lim.max_decompressed_bytes, origin) if gz else fh.read()
    except OSError as exc:
        raise IngestError(origin, f"cannot read file: {getattr(exc, 'strerror', None) or exc}") from None
    yield from _from_bytes(data, origin, fmt, opts)


def _read_url(url: str, opts: ReadOptions) -> Iterator[RawDocument | IngestError]:
    got = fetch(url, opts)
    data = got.content
    if got.charset:
        try:      # the header's charset, so the document no longer depends on it
            data = decode(data, got.charset, origin=url).encode("utf-8")
        except IngestError:
            pass
    fmt = opts.format
    if fmt is None:
        fmt = sniff_format(_gunzip_head(data[:HEAD_BYTES]) if data[:2] == b"\x1f\x8b" else data[:HEAD_BYTES],
                           got.url.split("?")[0])
        if fmt == "text" and got.content_type in ("text/html", "application/xhtml+xml"):
            fmt = "html"
    yield from _from_bytes(data, url, fmt, opts, url=got.url)


def read_documents(source: str | Path, options: ReadOptions | None = None, *,
                   limits: Limits | None = None) -> Iterator[RawDocument | IngestError]:
    """The documents of one input - a file (HTML, text, a Telegram export or tg-archive page, a feed, a WARC) or an
    http(s) URL - in order. A document that cannot be read is yielded as an IngestError and reading goes on; an input
    that cannot be read at all (or is over a cap of `limits`) raises IngestError."""
    opts = options or ReadOptions()
    lim = limits or DEFAULT_LIMITS
    items = _read_url(str(source), opts) if is_url(source) else _read_file(Path(source), opts, lim)
    yield from _with_hints(items, opts)
