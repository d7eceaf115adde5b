"""The Atom feed of briefings (feedgen): every briefing published to the feed, newest first, its HTML as content."""
from __future__ import annotations

from datetime import datetime, timezone

from sitroom.brief._deliver import record_briefing
from sitroom.brief._records import Briefing

FEED_RECIPIENT = "feed"
FEED_ID = "urn:sitroom:briefings"


def publish_to_feed(store, briefing: Briefing, *, now: datetime | None = None) -> bool:
    """Put the briefing of its date in the feed; False when that date's briefing is in the feed already (an entry,
    once published, is not replaced)."""
    bid = record_briefing(store, briefing, now=now)
    if not store.claim_delivery(date=briefing.date, recipient=FEED_RECIPIENT, briefing_id=bid, channel="feed",
                                now=now):
        return False
    store.complete_delivery(date=briefing.date, recipient=FEED_RECIPIENT, message_id=None, now=now)
    return True


def _instant(value: str) -> datetime:
    d = datetime.fromisoformat(value)
    return d if d.tzinfo else d.replace(tzinfo=timezone.utc)


def atom_feed(store, *, title: str = "sitroom briefings", self_url: str | None = None,
              link_base: str | None = None, limit: int = 30) -> bytes:
    """The feed document (UTF-8 XML). Its `updated` is the newest entry's, so the same store gives the same bytes."""
    from feedgen.feed import FeedGenerator

    rows = store.delivered_briefings(recipient=FEED_RECIPIENT, limit=limit)
    fg = FeedGenerator()
    fg.id(FEED_ID)
    fg.title(title)
    fg.language("en")
    fg.generator("sitroom")
    if self_url:
        fg.link(href=self_url, rel="self", type="application/atom+xml")
    if link_base:
        fg.link(href=link_base, rel="alternate", type="text/html")
    newest = max((_instant(r["delivered_at"]) for r in rows), default=datetime(1970, 1, 1, tzinfo=timezone.utc))
    fg.updated(newest)
    for r in rows:                                   # newest date first
        fe = fg.add_entry(order="append")
        fe.id(f"urn:sitroom:briefing:{r['date']}")
        fe.title(r["title"])
        fe.published(_instant(r["delivered_at"]))
        fe.updated(_instant(r["delivered_at"]))
        paragraphs = r["text"].split("\n\n")
        fe.summary(" ".join(paragraphs[1].split()) if len(paragraphs) > 1 else r["title"])
        fe.content(r["html"], type="html")
    return fg.atom_str(pretty=True)
