"""RawDocument -> Document: decode, route HTML to trafilatura and plain text to our cleaner, add language."""
from __future__ import annotations

import re

from sitroom.clean._html import clean_html
from sitroom.clean._language import detect_language
from sitroom.clean._options import CleanError, CleanOptions
from sitroom.clean._text import clean_plain_text
from sitroom.ingest import HTML, IngestError, decode
from sitroom.model import Document, RawDocument, content_id


# Reference markers ("...Svatove.[21] Russian sources...", "[3][4]") are page furniture of analytic and encyclopaedic
# pages; glued to a full stop they also hide the sentence boundary from the parser.
_FOOTNOTE_MARK = re.compile(r"\[\d{1,3}\]")
# Keycap digits ("1️⃣3️⃣ strikes": a digit, an emoji variation selector, the combining keycap), the figures of many
# Telegram channels, are the digits they show; left as emoji they would be blanked digit by digit.
_KEYCAP = re.compile("([0-9#*])\ufe0f?\u20e3")


def clean_document(raw: RawDocument, options: CleanOptions | None = None) -> Document:
    """Main text and metadata of one document. `raw.published` and `raw.url` (given by the user) win over
    what the page says. Raises CleanError when no body text remains."""
    opts = options or CleanOptions()
    try:
        text = decode(raw.content, origin=raw.origin)
    except IngestError as exc:
        raise CleanError(raw.origin, exc.reason) from None
    text = _KEYCAP.sub(r"\1", _FOOTNOTE_MARK.sub("", text))
    author = outlet = None
    url = raw.url
    if raw.media_type == HTML:
        page = clean_html(text, opts, url=raw.url)
        paragraphs, title, published = page.paragraphs, page.title, page.published
        author, outlet, url = page.author, page.outlet, raw.url or page.url
        captions, removed = page.captions, page.removed
    else:
        scraped = clean_plain_text(text, opts)
        paragraphs, title, published = scraped.paragraphs, scraped.title, scraped.published
        captions, removed = scraped.captions, scraped.removed
    body = "\n\n".join(paragraphs).strip()
    if not body:
        raise CleanError(raw.origin, "no body text left after cleaning")
    published = raw.published or published
    title, outlet, author = raw.title or title, raw.outlet or outlet, raw.author or author
    return Document(
        # identity is the content *as published by one outlet*: a syndicated copy under another title, date or URL is
        # a separate source (fusion links it as a near-duplicate); the same page read twice is the same document
        id=content_id(body, title, published, url, outlet),
        text=body,
        title=title,
        published=published,
        language=detect_language(body, opts.language_sample) if opts.detect_language else None,
        url=url,
        outlet=outlet,
        author=author,
        captions=tuple(captions) if opts.captions else (),
        origin=raw.origin,
        removed=tuple(removed),
        source=raw.source,
        carrier=raw.carrier,
        key=raw.key,
        edited=raw.edited,
    )
