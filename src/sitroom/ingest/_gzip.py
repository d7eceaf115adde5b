"""Compressed input read with a cap: a `.gz` that expands to gigabytes is refused, with memory bounded by the cap."""
from __future__ import annotations

import gzip
import io
import zlib
from typing import BinaryIO

from sitroom.ingest._errors import IngestError
from sitroom.limits import human_size

GZIP_MAGIC = b"\x1f\x8b"
_CHUNK = 1 << 20


def gunzip_capped(source: bytes | BinaryIO, cap: int, origin: str) -> bytes:
    """The uncompressed content of gzip data (all members), or IngestError when it is broken or expands past `cap`
    bytes. Decompression stops at the cap: whatever the ratio, at most `cap` + 1 MiB is ever held."""
    raw = io.BytesIO(source) if isinstance(source, (bytes, bytearray)) else source
    out = bytearray()
    try:
        with gzip.GzipFile(fileobj=raw, mode="rb") as f:
            while True:
                block = f.read(min(_CHUNK, cap + 1 - len(out)))
                if not block:
                    break
                out += block
                if len(out) > cap:
                    raise IngestError(origin, f"compressed content expands past the {human_size(cap)} limit "
                                              "(Limits.max_decompressed_bytes); refused as a possible gzip bomb")
    except (OSError, EOFError, zlib.error) as exc:       # BadGzipFile is an OSError
        raise IngestError(origin, f"broken gzip file: {exc}") from None
    return bytes(out)


def read_capped(f: BinaryIO, cap: int, origin: str) -> bytes:
    """At most `cap` bytes of a stream (standard input); IngestError when there are more."""
    data = f.read(cap + 1)
    if len(data) > cap:
        raise IngestError(origin, f"larger than the {human_size(cap)} limit (Limits.max_file_bytes)")
    return data
