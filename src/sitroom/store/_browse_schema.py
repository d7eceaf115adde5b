"""Indexes and full-text tables the read side (`sitroom serve`, issue 13) needs, added by a named migration.

Every list the API pages through is ordered by a (sort column, id) pair, so each filter it offers leads an index that
ends with that pair: a page is then one index range walk, not a sort of the whole table. Filters without their own
index (recipient country, mode, modality) are checked while walking the date index.

Event evidence gets an FTS5 table on SQLite (external content, kept current by an insert trigger, so the writers in
`db.py` and `fuse/` need not know about it); PostgreSQL searches with ILIKE.
"""
from __future__ import annotations

from sqlalchemy import Index, func, text
from sqlalchemy.schema import CreateIndex

from sitroom.store import _fusion_schema as fs
from sitroom.store import _schema as schema

e, c, d = schema.events.c, fs.figure_claims.c, schema.documents.c

# Declared on the shared metadata, so a new store gets them from create_all; the migration adds them to old ones.
BROWSE_INDEXES = (
    Index("ix_events_date_id", e.date_sort, e.id),
    Index("ix_events_type_date", e.type, e.date_sort, e.id),
    Index("ix_events_actor_date", e.actor_country, e.date_sort, e.id),
    Index("ix_events_location_date", e.location_country, e.date_sort, e.id),
    Index("ix_events_source_date", e.source_id, e.date_sort, e.id),
    Index("ix_documents_published_id", d.published, d.id),
    Index("ix_documents_outlet", d.outlet, d.published, d.id),
    Index("ix_figure_claims_date_id", c.as_of_lo, c.id),
    Index("ix_figure_claims_topic_date", c.topic_key, c.as_of_lo, c.id),
    Index("ix_figure_claims_counted_date", c.counted, c.as_of_lo, c.id),
    Index("ix_figure_contradictions_created", fs.figure_contradictions.c.created_at, fs.figure_contradictions.c.id),
    Index("ix_event_clusters_size", fs.event_clusters.c.size, fs.event_clusters.c.id),
)

# events.outlet came after migration 004, so 008 (which adds the column) creates its index, not `migrate_browse`
OUTLET_INDEX = Index("ix_events_outlet_date", e.outlet, e.date_sort, e.id)

# The place and type filters together (the timeline's commonest pair): walked in the list's keyset order
PLACE_TYPE_INDEX = Index("ix_events_location_type_date", e.location_country, e.type, e.date_sort, e.id)

# The claim list's filters on who gives the figure, where it was published and whose / where it is (issue 13): each
# leads an index in the list's keyset order (as-of date, id), so a rare source is a range walk, not a walk of every
# claim by date (1.2 s on a store of 300k claims). The source filter matches any case: its index is on lower(source).
CLAIM_FILTER_INDEXES = (
    Index("ix_figure_claims_source_date", func.lower(c.source), c.as_of_lo, c.id),
    Index("ix_figure_claims_outlet_date", c.outlet, c.as_of_lo, c.id),
    Index("ix_figure_claims_owner_date", c.owner_country, c.as_of_lo, c.id),
    Index("ix_figure_claims_location_date", c.location_country, c.as_of_lo, c.id),
)

# A series page (issue 13): a topic's points (no duplicate_of) in series order (as-of date, claim date, source, id),
# their repeats (duplicate_of IN the page) and the chart's aggregate, read from this one index (migration 009)
SERIES_INDEX = Index("ix_figure_claims_topic_series", c.topic_key, c.duplicate_of, c.as_of_lo, c.claim_date, c.source,
                     c.id, c.status, c.lower, c.upper)

_EVENTS_FTS = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS events_fts USING fts5(evidence, content='events', content_rowid='rowid')",
    "CREATE TRIGGER IF NOT EXISTS events_fts_insert AFTER INSERT ON events BEGIN "
    "INSERT INTO events_fts(rowid, evidence) VALUES (new.rowid, new.evidence); END",
    "INSERT INTO events_fts(events_fts) VALUES ('rebuild')",
]

# How many events each word of the evidence is in, for choosing the plan of a word filter (migration 012)
EVENTS_FTS_VOCAB = "CREATE VIRTUAL TABLE IF NOT EXISTS events_fts_vocab USING fts5vocab(events_fts, 'row')"



def migrate_events_outlet(conn) -> None:
    """008: copy each document's outlet onto its events (older stores filtered by joining documents, which walked
    the whole date index for a rare outlet), and index it in the events list's keyset order."""
    conn.execute(text("UPDATE events SET outlet = (SELECT d.outlet FROM documents d WHERE d.id = events.document_id) "
                      "WHERE outlet IS NULL"))
    create_index(conn, OUTLET_INDEX)


def migrate_series_index(conn) -> None:
    """009: the index a bounded series page reads (see SERIES_INDEX)."""
    create_index(conn, SERIES_INDEX)


def migrate_filter_plans(conn, is_sqlite: bool) -> None:
    """012: the index of the place + type filter, and (SQLite) the evidence search index's vocabulary."""
    create_index(conn, PLACE_TYPE_INDEX)
    if is_sqlite:
        conn.execute(text(EVENTS_FTS_VOCAB))


def create_index(conn, ix: Index) -> None:
    """CREATE INDEX IF NOT EXISTS (SQLAlchemy's checkfirst reflects the table's indexes, and SQLite's reflection
    leaves out those on an expression such as lower(source), so it would create them twice)."""
    conn.execute(CreateIndex(ix, if_not_exists=True))


def migrate_claim_filters(conn) -> None:
    """013: the indexes of the claim list's filters (see CLAIM_FILTER_INDEXES)."""
    for ix in CLAIM_FILTER_INDEXES:
        create_index(conn, ix)


def migrate_browse(conn, is_sqlite: bool) -> None:
    """002: the read side's indexes, and (SQLite) full-text search over event evidence."""
    for ix in BROWSE_INDEXES:
        create_index(conn, ix)
    if is_sqlite:
        for stmt in _EVENTS_FTS:
            conn.execute(text(stmt))
