"""Read a file or bytes into a RawDocument: decode check, media type by sniffing the content."""
from __future__ import annotations

import re
from pathlib import Path

from sitroom.ingest._decode import decode
from sitroom.ingest._errors import IngestError
from sitroom.ingest._gzip import GZIP_MAGIC, gunzip_capped
from sitroom.limits import DEFAULT_LIMITS, Limits, human_size
from sitroom.model import RawDocument

HTML = "text/html"
TEXT = "text/plain"

_HTML_START = re.compile(r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b",
                         re.I | re.S)
_HTML_TAG = re.compile(r"</?(?:html|head|body|div|p|span|a|br|meta|script|style|article|section|table|li|ul|h[1-6])\b[^>]*>",
                       re.I)
_INVISIBLE = re.compile(r"<(script|style|head|noscript|template)\b.*?(?:</\1\s*>|\Z)", re.I | re.S)
_TAG = re.compile(r"<[^>]*(?:>|\Z)", re.S)
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
_HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}


def sniff_media_type(text: str, *, name: str | None = None) -> str:
    """text/html when the content looks like HTML (starts with a document tag, or is dense with tags);
    text/plain otherwise. The file extension only breaks ties for content with a few tags."""
    head = text[:8192]
    if _HTML_START.match(head):
        return HTML
    tags = len(_HTML_TAG.findall(head))
    if tags >= 5 or (tags >= 1 and name and Path(name).suffix.lower() in _HTML_SUFFIXES):
        return HTML
    return TEXT


def html_has_text(text: str) -> bool:
    """Whether an HTML page has any visible text outside scripts, styles and the <head>."""
    body = _INVISIBLE.sub(" ", _COMMENT.sub(" ", text))
    return bool(_TAG.sub(" ", body).strip())


def read_bytes(data: bytes, origin: str, *, url: str | None = None, published: str | None = None) -> RawDocument:
    """Bytes of one document (e.g. standard input, origin "-") to a RawDocument.
    The content stays as bytes; its decodability and media type are checked here."""
    if not data.strip():
        raise IngestError(origin, "empty document")
    text = decode(data, origin=origin)
    if not text.strip():
        raise IngestError(origin, "empty document (whitespace only)")
    media_type = sniff_media_type(text, name=origin)
    if media_type == HTML and not html_has_text(text):
        raise IngestError(origin, "HTML without any text (truncated or unparsable page)")
    return RawDocument(origin=origin, content=data, media_type=media_type, url=url, published=published)


def read_path(path: str | Path, *, url: str | None = None, published: str | None = None,
              limits: Limits | None = None) -> RawDocument:
    """Read one file (gzip-compressed files are uncompressed, up to `limits.max_decompressed_bytes`) into a
    RawDocument; a file over `limits.max_file_bytes` is refused unread."""
    lim = limits or DEFAULT_LIMITS
    p = Path(path)
    origin = str(path)
    if p.is_dir():
        raise IngestError(origin, "is a directory, not a file")
    if not p.exists():
        raise IngestError(origin, "no such file")
    try:
        size = p.stat().st_size
        if size > lim.max_file_bytes:
            raise IngestError(origin, f"file of {human_size(size)} is larger than the {human_size(lim.max_file_bytes)} "
                                      "limit (Limits.max_file_bytes)")
        with p.open("rb") as f:
            head = f.read(2)
            f.seek(0)
            if p.suffix.lower() == ".gz" or head == GZIP_MAGIC:
                data = gunzip_capped(f, lim.max_decompressed_bytes, origin)
            else:
                data = f.read()
    except OSError as exc:
        raise IngestError(origin, f"cannot read file: {exc.strerror or exc}") from None
    return read_bytes(data, origin, url=url, published=published)
