"""The one options object of the ingest stage (trafilatura style): how inputs are read, filtered and fetched."""
from __future__ import annotations

from dataclasses import dataclass

FORMATS = ("html", "text", "telegram", "tg-archive", "feed", "warc")


@dataclass(frozen=True)
class ReadOptions:
    """How `read_documents` reads one input (a path or a URL).

    format: force one of FORMATS instead of recognising the content.
    published, url: hints for every document read (the user's word wins over the page's).
    languages: keep only documents in these ISO 639-1 languages (WARC: tested before any NLP).
    match: keep only documents whose URL or text matches this regular expression (WARC: before any NLP).
    allow_private: fetch URLs whose address is private, loopback or link-local (off: refused, SSRF guard).
    timeout: seconds to connect and between bytes of a fetched URL.
    max_bytes: largest document (a fetched page, a WARC record) read; larger ones are reported and skipped.
    max_redirects: redirects followed per URL.
    """
    format: str | None = None
    published: str | None = None
    url: str | None = None
    languages: tuple[str, ...] = ()
    match: str | None = None
    allow_private: bool = False
    timeout: float = 20.0
    max_bytes: int = 10_000_000
    max_redirects: int = 5
    user_agent: str = "sitroom/0.1 (+https://github.com/sitroom)"

    def __post_init__(self) -> None:
        if self.format is not None and self.format not in FORMATS:
            raise ValueError(f"unknown format {self.format!r}; one of: {', '.join(FORMATS)}")
