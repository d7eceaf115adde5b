"""sitroom.ingest: read files and bytes into RawDocuments (encoding and media type detected)."""
from sitroom.ingest._decode import declared_charset, decode
from sitroom.ingest._errors import IngestError
from sitroom.ingest._read import HTML, TEXT, html_has_text, read_bytes, read_path, sniff_media_type

__all__ = ["HTML", "TEXT", "IngestError", "declared_charset", "decode", "html_has_text", "read_bytes", "read_path",
           "sniff_media_type"]
