"""RSS and Atom feeds through feedparser: one RawDocument per entry, with its full content when the feed carries it,
else its summary, else its title; `updated` stands in for a missing `published`."""
from __future__ import annotations

import calendar
import re
from datetime import datetime, timezone
from typing import Any, Iterator

from sitroom.ingest._errors import IngestError
from sitroom.ingest._markup import fragment_text
from sitroom.model import RawDocument

_FEED_START = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*|<\?[^>]*>\s*)*"
                         rb"<(?:rss|feed|rdf:RDF)\b", re.S)


def looks_like_feed(head: bytes) -> bool:
    """An XML document whose root element is <rss>, an Atom <feed> or RSS 1.0 <rdf:RDF>."""
    return bool(_FEED_START.match(head[:4096]))


def _iso(parsed: Any) -> str | None:
    if not parsed:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(parsed), timezone.utc).isoformat()
    except (TypeError, ValueError, OverflowError):
        return None


def _entry_text(entry: Any) -> str:
    contents = [c for c in entry.get("content") or [] if (c.get("value") or "").strip()]
    if contents:
        best = max(contents, key=lambda c: len(c.get("value") or ""))
        return fragment_text(best["value"])
    summary = entry.get("summary") or entry.get("description") or ""
    return fragment_text(summary) if summary.strip() else ""


def read_feed(data: bytes, origin: str) -> Iterator[RawDocument | IngestError]:
    """Entries of an RSS/Atom feed. An entry without any text is reported (yielded as an IngestError)."""
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.entries:
        why = parsed.get("bozo_exception")
        raise IngestError(origin, f"a feed without entries{f' ({why})' if why else ''}")
    outlet = (parsed.feed.get("title") or "").strip() or None
    for i, entry in enumerate(parsed.entries):
        link = entry.get("link") or None
        where = f"{origin}#{link or i + 1}"
        title = fragment_text(entry.get("title") or "") or None
        text = _entry_text(entry) or title or ""
        if not text.strip():
            yield IngestError(where, "feed entry without content, summary or title")
            continue
        yield RawDocument(
            origin=where, content=text.encode("utf-8"), media_type="text/plain", url=link,
            published=_iso(entry.get("published_parsed")) or _iso(entry.get("updated_parsed")),
            title=title, outlet=outlet, author=(entry.get("author") or None),
        )
