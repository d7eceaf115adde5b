"""Tables of the briefing stage (issue 14): briefings as delivered, and one row per (date, recipient) delivery.

Declared on the shared metadata, so a new store gets them from `create_all`; migration 003 adds them to older stores.
"""
from __future__ import annotations

from sqlalchemy import Column, Index, String, Text, Table

from sitroom.store._schema import metadata

briefings = Table(
    "briefings", metadata,
    Column("id", String(32), primary_key=True),            # content hash of (date, since, text)
    Column("date", String(10), nullable=False),             # last publication day the briefing covers
    Column("since", String(10), nullable=False),            # first publication day it covers
    Column("title", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("markdown", Text, nullable=False),
    Column("html", Text, nullable=False),
    Column("created_at", String(40), nullable=False),
)
Index("ix_briefings_date", briefings.c.date)

# The primary key is the guarantee that a (date, recipient) pair is sent at most once: a sender claims the row before
# it sends and keeps it once sent; a failed send gives the claim back.
briefing_deliveries = Table(
    "briefing_deliveries", metadata,
    Column("date", String(10), primary_key=True),
    Column("recipient", String(320), primary_key=True),     # an email address, or "feed" for the Atom feed
    Column("briefing_id", String(32), nullable=False),
    Column("channel", String(16), nullable=False),          # email | feed
    Column("status", String(16), nullable=False),           # sending | sent
    Column("message_id", Text),
    Column("claimed_at", String(40), nullable=False),
    Column("delivered_at", String(40)),
)
Index("ix_briefing_deliveries_status_date", briefing_deliveries.c.status, briefing_deliveries.c.date)


def migrate_briefings(conn, is_sqlite: bool) -> None:
    """005: the briefing and delivery tables, for stores made before them."""
    for table in (briefings, briefing_deliveries):
        table.create(conn, checkfirst=True)         # with its indexes
