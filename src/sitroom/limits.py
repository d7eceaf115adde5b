"""The one options object for how much sitroom reads and parses per document, with sensible defaults.

A feed hands over hostile input as often as broken input: a 1 MB `.gz` that expands to 1 GiB, a multi-megabyte
dump posing as a page. Over a cap a document is refused with its path and a reason (`IngestError`), memory stays
bounded (compressed input is stream-decompressed and stopped at the cap), and a batch goes on.

Long texts are not refused up to `max_text_chars`: a text longer than `parse_chunk_chars` is analysed in chunks cut
at paragraph breaks (line breaks, then sentence ends, for a paragraph longer than a chunk), each parsed on its own,
with every offset mapped back into the whole text. A paragraph never spans two chunks, so narrative dates (which
run within a paragraph) are unchanged; a short reference ("the ministry") whose full mention is in an earlier chunk
is not resolved to it. Parse memory grows with `parse_chunk_chars`, not with the document.

    from sitroom.limits import Limits
    extract("big.html.gz", limits=Limits(max_decompressed_bytes=200 * 2**20))
"""
from __future__ import annotations

from dataclasses import dataclass

__all__ = ["DEFAULT_LIMITS", "Limits", "SPACY_MAX_LENGTH", "human_size"]

SPACY_MAX_LENGTH = 1_000_000       # spaCy's default nlp.max_length: a longer text ends in its error E088


@dataclass(frozen=True)
class Limits:
    """Caps per document (bytes, characters).

    max_file_bytes: a file larger than this on disk (or on standard input) is refused without reading it all.
    max_decompressed_bytes: a compressed file (.gz) whose content expands past this is refused ("gzip bomb"); the
        decompression stops at the cap, so memory stays bounded whatever the ratio.
    max_text_chars: a document whose clean text is longer than this is refused before analysis (about 3 minutes of
        analysis per million characters on one core).
    parse_chunk_chars: texts longer than this are parsed in chunks of at most this many characters (<= spaCy's
        max_length), cut at paragraph breaks; offsets stay those of the whole text.
    """
    max_file_bytes: int = 64 * 2**20
    max_decompressed_bytes: int = 64 * 2**20
    max_text_chars: int = 2_000_000
    parse_chunk_chars: int = 100_000

    def __post_init__(self) -> None:
        for name in ("max_file_bytes", "max_decompressed_bytes", "max_text_chars", "parse_chunk_chars"):
            value = getattr(self, name)
            if not isinstance(value, int) or value <= 0:
                raise ValueError(f"Limits.{name} must be a positive integer, not {value!r}")
        if self.parse_chunk_chars > SPACY_MAX_LENGTH:
            raise ValueError(f"Limits.parse_chunk_chars must be at most {SPACY_MAX_LENGTH:,} (spaCy's max_length), "
                             f"not {self.parse_chunk_chars:,}")


DEFAULT_LIMITS = Limits()


def human_size(n: int) -> str:
    """1536 -> '1.5 KiB' (for refusal messages)."""
    size = float(n)
    for unit in ("bytes", "KiB", "MiB", "GiB"):
        if size < 1024 or unit == "GiB":
            return f"{int(size)} bytes" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{n} bytes"  # pragma: no cover
