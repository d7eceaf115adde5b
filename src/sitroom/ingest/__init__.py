"""sitroom.ingest: read files, archives, channels, feeds and URLs into RawDocuments (format, encoding and media type
recognised by content)."""
from sitroom.ingest._decode import declared_charset, decode
from sitroom.ingest._errors import IngestError
from sitroom.ingest._feed import read_feed
from sitroom.ingest._options import FORMATS, ReadOptions
from sitroom.ingest._gzip import gunzip_capped, read_capped
from sitroom.ingest._read import HTML, TEXT, html_has_text, read_bytes, read_path, sniff_media_type
from sitroom.ingest._sniff import read_documents, sniff_format
from sitroom.ingest._telegram import read_telegram_export, read_tg_archive
from sitroom.ingest._url import fetch, is_url
from sitroom.ingest._warc import read_warc

__all__ = ["FORMATS", "HTML", "TEXT", "IngestError", "ReadOptions", "declared_charset", "decode", "fetch",
           "gunzip_capped", "html_has_text", "is_url", "read_bytes", "read_capped", "read_documents", "read_feed",
           "read_path", "read_telegram_export", "read_tg_archive", "read_warc", "sniff_format", "sniff_media_type"]
