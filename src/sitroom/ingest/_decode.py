"""Bytes to text: BOMs, strict UTF-8, a declared charset, then charset-normalizer over the legacy code pages
news pages still use (Cyrillic cp1251/KOI8, Western and Central European cp1252/latin-1/cp1250).

A file glued together from sources in different encodings (a UTF-8 header over a cp1251 body, a scraper's log of
pages) is decoded per block: words (runs between ASCII whitespace and tag brackets) that are valid UTF-8 are read as
UTF-8, the others with the legacy code page guessed from those others alone. A UTF-8 sequence never contains an
ASCII byte, so no character is ever split."""
from __future__ import annotations

import codecs
import re

from sitroom.ingest._errors import IngestError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
# Code pages worth considering when a page is not UTF-8. A small set keeps charset-normalizer
# from picking exotic pages (cp1006, mac_*) for short texts.
LEGACY_CODEPAGES = ("cp1251", "cp1252", "koi8_r", "koi8_u", "cp1250", "latin_1", "iso8859_2", "cp1253", "cp1254")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a <meta> tag within its first 4 KB, if any."""
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii", "replace").lower() if m else None


def _known(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _cyrillic_or_latin(data: bytes) -> str:
    """Single-byte fallback: runs of bytes >= 0xC0 are Cyrillic letters in cp1251, while Western
    text has isolated accented letters between ASCII ones."""
    high = sum(1 for b in data if b >= 0xC0)
    letters = sum(1 for b in data if 0x41 <= (b | 0x20) <= 0x7A) + high
    return "cp1251" if letters and high / letters > 0.3 else "cp1252"


def _check_text(text: str, origin: str) -> str:
    if "\x00" in text or (text and len(_CONTROL.findall(text[:20000])) > 0.01 * min(len(text), 20000) + 2):
        raise IngestError(origin, "binary content (control characters), not a text or HTML document")
    return text


def decode(data: bytes, declared: str | None = None, *, origin: str = "<bytes>") -> str:
    """Decode a document's bytes. `declared` is a charset from HTTP headers or the caller.
    Raises IngestError for binary data (NUL bytes outside a UTF-16/32 BOM, many control characters)."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return _check_text(data.decode(enc), origin)
            except UnicodeDecodeError as exc:
                raise IngestError(origin, f"undecodable {enc} after its byte-order mark: {exc.reason}") from None
    if b"\x00" in data:
        raise IngestError(origin, "binary content (NUL bytes), not a text or HTML document")
    try:
        return _check_text(data.decode("utf-8"), origin)
    except UnicodeDecodeError:
        pass
    mixed = _mixed_blocks(data)
    if mixed is not None:
        return _check_text(mixed, origin)
    for name in (_known(declared), _known(declared_charset(data))):
        if name and name not in ("utf-8",):
            try:
                return _check_text(data.decode(name), origin)
            except UnicodeDecodeError:
                continue
    # a byte the guessed code page leaves undefined (0x98 in cp1251) becomes U+FFFD rather than failing the document
    return _check_text(data.decode(_guess_legacy(data), errors="replace"), origin)


_BLOCK_SPLIT = re.compile(rb"([\s<>]+)")
MIXED_MIN_BLOCKS = 2        # valid-UTF-8 non-ASCII words needed to call a file mixed rather than legacy throughout
MIXED_MIN_SHARE = 0.2       # ... or this share of its non-ASCII words


def _mixed_blocks(data: bytes) -> str | None:
    """Decode per word when some non-ASCII words are valid UTF-8 and others are not; None when the file is not
    mixed (a legacy-encoded word is valid UTF-8 only by rare accident: a lone 'Д—' in cp1251)."""
    parts = _BLOCK_SPLIT.split(data)
    kinds: list[str | None] = []          # None: ASCII or separator; "u": UTF-8; "b": legacy
    utf, legacy = 0, 0
    for i, part in enumerate(parts):
        if i % 2 or part.isascii():
            kinds.append(None)
            continue
        try:
            part.decode("utf-8")
        except UnicodeDecodeError:
            kinds.append("b")
            legacy += 1
        else:
            kinds.append("u")
            utf += 1
    if not utf or not legacy or (utf < MIXED_MIN_BLOCKS and utf < MIXED_MIN_SHARE * (utf + legacy)):
        return None
    codec = _guess_legacy(b" ".join(p for p, k in zip(parts, kinds) if k == "b"))
    return "".join(p.decode(codec, errors="replace") if k == "b" else p.decode("utf-8" if k else "ascii")
                   for p, k in zip(parts, kinds))


def _guess_legacy(data: bytes) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000], cp_isolation=list(LEGACY_CODEPAGES)).best()
    if best is None or len(data) < 400:
        # Too little text for a statistical guess to be reliable; the byte pattern decides.
        return _cyrillic_or_latin(data)
    enc = best.encoding
    # cp1251 and KOI8 only when the bytes look Cyrillic; Western pages otherwise.
    cyr = _cyrillic_or_latin(data) == "cp1251"
    if enc.startswith("koi8") or enc == "cp1251":
        return enc if cyr else "cp1252"
    if cyr and enc in ("cp1252", "latin_1", "iso8859_2", "cp1250"):
        return "cp1251"
    return enc
