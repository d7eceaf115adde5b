"""Table definitions (SQLAlchemy Core). One metadata object; SQLite by default, PostgreSQL for servers.

Columns added after a store was first created are listed in `_migrations.ADDED_COLUMNS` as well, so that older
stores get them.
"""
from __future__ import annotations

from sqlalchemy import (
    Column, Float, ForeignKey, Index, Integer, MetaData, String, Table, Text,
)

metadata = MetaData()

migrations = Table(
    "migrations", metadata,
    Column("name", String(100), primary_key=True),
    Column("applied_at", String(40), nullable=False),
)

documents = Table(
    "documents", metadata,
    Column("id", String(32), primary_key=True),          # content hash of the clean text
    Column("origin", Text),
    Column("url", Text),
    Column("outlet", Text),
    Column("title", Text),
    Column("published", String(40)),
    Column("language", String(8)),
    Column("author", Text),
    Column("captions", Text),                             # JSON list
    Column("text", Text, nullable=False),
    Column("ingested_at", String(40), nullable=False),
    Column("fused_at", String(40)),                       # set in the transaction that fused it (None: not yet)
)

sources = Table(
    "sources", metadata,
    Column("id", String(32), primary_key=True),          # hash of the canonical name (or text)
    Column("name", Text, nullable=False),
    Column("country", String(8)),
    Column("sector", String(16)),
)

events = Table(
    "events", metadata,
    Column("id", String(32), primary_key=True),
    Column("document_id", String(32), ForeignKey("documents.id"), nullable=False),
    Column("type", String(16), nullable=False),
    Column("mode", String(40)),
    Column("modality", String(16), nullable=False),
    Column("actor_text", Text), Column("actor_name", Text),
    Column("actor_country", String(8)), Column("actor_sector", String(16)),
    Column("recipient_text", Text), Column("recipient_name", Text),
    Column("recipient_country", String(8)), Column("recipient_sector", String(16)),
    Column("location_text", Text), Column("location_name", Text), Column("location_country", String(8)),
    Column("location_kind", String(16)),
    Column("lat", Float), Column("lon", Float),
    Column("date_value", String(40)), Column("date_text", Text),
    Column("date_precision", String(8)), Column("date_relation", String(8)),
    Column("date_mod", String(16)),                       # TIMEX3 mod of the date ("late March" END)
    Column("date_sort", String(10)),                      # first calendar day the date covers, for ordering
    Column("source_id", String(32), ForeignKey("sources.id")),
    Column("source_text", Text),
    Column("carrier_name", Text),
    Column("carrier_text", Text), Column("carrier_country", String(8)), Column("carrier_sector", String(16)),
    Column("trigger", Text), Column("trigger_start", Integer), Column("cue", Text),
    Column("evidence", Text, nullable=False),
    Column("evidence_start", Integer, nullable=False),
    Column("evidence_end", Integer, nullable=False),
    # the document's outlet, copied onto its events so the outlet filter walks an index of events (issue 13):
    # events of one document share it, and a stored document never changes
    Column("outlet", Text),
)
Index("ix_events_type", events.c.type)
Index("ix_events_date", events.c.date_sort)
Index("ix_events_document", events.c.document_id)

quantities = Table(
    "quantities", metadata,
    Column("id", String(32), primary_key=True),
    Column("event_id", String(32), ForeignKey("events.id"), nullable=False),
    Column("document_id", String(32), ForeignKey("documents.id"), nullable=False),
    Column("text", Text, nullable=False),
    Column("lower", Float), Column("upper", Float),
    Column("qualifier", String(16), nullable=False),
    Column("unit", Text),
    Column("start", Integer), Column("end", Integer),     # offsets into the document text
    Column("unit_start", Integer), Column("unit_end", Integer),
)
Index("ix_quantities_event", quantities.c.event_id)

# Versions of one source item (a Telegram message edited between two exports): the first version stored is the
# document; a later one with other text is linked to it here, its text kept, instead of becoming a second document.
document_versions = Table(
    "document_versions", metadata,
    Column("id", String(32), primary_key=True),          # hash of (key, version_id)
    Column("key", String(200), nullable=False),           # Document.key, e.g. telegram:<chat id>/<message id>
    Column("document_id", String(32), ForeignKey("documents.id"), nullable=False),   # the stored version
    Column("version_id", String(32), nullable=False),     # the id this version's document would have
    Column("edited", String(40)),                         # when the source says it was edited
    Column("origin", Text),
    Column("text", Text),                                 # the version's text (None for the stored one itself)
    Column("created_at", String(40), nullable=False),
)
Index("ix_document_versions_key", document_versions.c.key)
