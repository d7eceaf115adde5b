"""Small named migrations, recorded in the `migrations` table (sqlite-utils style), run when a store is opened.

`metadata.create_all` creates what is missing in a new store; a migration brings an older store to the same shape.
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Callable

from sqlalchemy import Connection, inspect, insert, select, text

from sitroom.store import _fusion_schema  # (the fusion tables register on the metadata)
from sitroom.store import _series_summary  # noqa: F401 (so do the series summaries)
from sitroom.store import _schema as schema
from sitroom.store._query import PG_DOCUMENT_VECTOR

# columns added to tables after their first release: (table, column, SQL type)
ADDED_COLUMNS = [
    ("documents", "fused_at", "VARCHAR(40)"),
    ("events", "location_kind", "VARCHAR(16)"),
    ("events", "carrier_text", "TEXT"),
    ("events", "carrier_country", "VARCHAR(8)"),
    ("events", "carrier_sector", "VARCHAR(16)"),
    ("events", "trigger_start", "INTEGER"),
    ("quantities", "start", "INTEGER"),
    ("quantities", "end", "INTEGER"),
    ("quantities", "unit_start", "INTEGER"),
    ("quantities", "unit_end", "INTEGER"),
]


def _m001_fts(conn: Connection, is_sqlite: bool) -> None:
    if is_sqlite:
        conn.execute(text("CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(title, text)"))


def _m002_columns(conn: Connection, is_sqlite: bool) -> None:
    """Columns that keep a stored event as complete as `extract` gave it, and the fused mark of a document."""
    _add_columns(conn, ADDED_COLUMNS)


def _add_columns(conn: Connection, columns: list[tuple[str, str, str]]) -> None:
    prep = conn.dialect.identifier_preparer
    for table, column, sql_type in columns:
        if column not in {c["name"] for c in inspect(conn).get_columns(table)}:
            conn.execute(text(f"ALTER TABLE {prep.quote(table)} ADD COLUMN {prep.quote(column)} {sql_type}"))


def _m003_fused_before(conn: Connection, is_sqlite: bool) -> None:
    """Documents an older store fused (they have a signature or a cluster link) are marked fused; the others are
    fused when they are next ingested."""
    conn.execute(text(
        "UPDATE documents SET fused_at = ingested_at WHERE fused_at IS NULL AND ("
        "id IN (SELECT document_id FROM doc_minhash) OR id IN (SELECT document_id FROM cluster_links))"))


def _m004_browse(conn: Connection, is_sqlite: bool) -> None:
    """The read side's indexes for `sitroom serve`, and (SQLite) full-text search over event evidence."""
    from sitroom.store._browse_schema import migrate_browse
    migrate_browse(conn, is_sqlite)


def _m005_briefings(conn: Connection, is_sqlite: bool) -> None:
    """The briefing and delivery tables of `sitroom brief`."""
    from sitroom.store._briefing_schema import migrate_briefings
    migrate_briefings(conn, is_sqlite)


def _m006_figure_claims_without_event(conn: Connection, is_sqlite: bool) -> None:
    """A figure claim need not hang off an event (fusion reads claims): `figure_claims.event_id` may be NULL."""
    cols = {c["name"]: c for c in inspect(conn).get_columns("figure_claims")}
    if cols.get("event_id", {}).get("nullable", True):
        return
    if not is_sqlite:
        conn.execute(text("ALTER TABLE figure_claims ALTER COLUMN event_id DROP NOT NULL"))
        return
    from sitroom.store import _browse_schema  # noqa: F401 (its indexes on figure_claims are rebuilt too)
    table = _fusion_schema.figure_claims                   # SQLite cannot drop NOT NULL: rebuild the table
    for ix in table.indexes:
        conn.execute(text(f"DROP INDEX IF EXISTS {ix.name}"))
    conn.execute(text("ALTER TABLE figure_claims RENAME TO figure_claims_old"))
    table.create(conn)
    kept = {c["name"] for c in inspect(conn).get_columns("figure_claims_old")}     # (later migrations add the rest)
    names = ", ".join(f'"{c.name}"' for c in table.columns if c.name in kept)
    conn.execute(text(f"INSERT INTO figure_claims ({names}) SELECT {names} FROM figure_claims_old"))
    conn.execute(text("DROP TABLE figure_claims_old"))


def _m007_pg_tsvector(conn: Connection, is_sqlite: bool) -> None:
    """PostgreSQL searches documents by a tsvector of title and text: an index on it (SQLite has FTS5)."""
    if conn.dialect.name == "postgresql":
        conn.execute(text(f"CREATE INDEX IF NOT EXISTS documents_tsv ON documents USING gin (({PG_DOCUMENT_VECTOR}))"))


def _m008_claims_event_index(conn: Connection, is_sqlite: bool) -> None:
    """Claims are looked up by their event (each page of events read back, or exported, asks for its claims)."""
    from sitroom.store._claims_table import claims
    for ix in claims.indexes:
        ix.create(conn, checkfirst=True)


def _m009_events_outlet(conn: Connection, is_sqlite: bool) -> None:
    """Events carry their document's outlet (backfilled here), indexed for the outlet filter of the events list."""
    from sitroom.store._browse_schema import migrate_events_outlet
    _add_columns(conn, [("events", "outlet", "TEXT")])
    migrate_events_outlet(conn)


def _m010_series_index(conn: Connection, is_sqlite: bool) -> None:
    """A covering index for series pages: points, their repeats and the chart's aggregate by topic."""
    from sitroom.store._browse_schema import migrate_series_index
    migrate_series_index(conn)


def _m011_series_summary(conn: Connection, is_sqlite: bool) -> None:
    """Summaries of the figure series (claims, points, span; points and figure range per day and status), kept
    current by the claim writer; filled here from the claims an older store holds."""
    from sitroom.store._series_summary import rebuild_series_summary
    rebuild_series_summary(conn)


def _m012_filter_plans(conn: Connection, is_sqlite: bool) -> None:
    """An index for the place + type filter, and (SQLite) the search vocabulary the word filter plans with."""
    from sitroom.store._browse_schema import migrate_filter_plans
    migrate_filter_plans(conn, is_sqlite)


def _m013_claim_filter_indexes(conn: Connection, is_sqlite: bool) -> None:
    """Indexes for the claim list's source (any case), outlet, owner and location filters."""
    from sitroom.store._browse_schema import migrate_claim_filters
    migrate_claim_filters(conn)


def _m014_sub_country_places(conn: Connection, is_sqlite: bool) -> None:
    """A claim keeps its place below the country (kind and id: "BIH:doboj"), and so does its series point; the
    claims an older store holds keep their country only (their place id is unknown until they are ingested again)."""
    _add_columns(conn, [("claims", "location_kind", "VARCHAR(16)"), ("claims", "location_place", "TEXT"),
                        ("figure_claims", "location_place", "TEXT"), ("figure_claims", "location_name", "TEXT")])


def _m015_event_date_mod(conn: Connection, is_sqlite: bool) -> None:
    """An event's date keeps its TIMEX3 mod ("late March" END); the events an older store holds have none."""
    _add_columns(conn, [("events", "date_mod", "VARCHAR(16)")])


def _m016_claim_part_and_mod(conn: Connection, is_sqlite: bool) -> None:
    """A stored claim keeps the whole it is a part of ("12 of them T-72s") and its as-of date's mod, as `extract`
    gives them; the claims an older store holds have neither."""
    _add_columns(conn, [("claims", "as_of_mod", "VARCHAR(16)"), ("claims", "part_of", "VARCHAR(32)")])


MIGRATIONS: list[tuple[str, Callable[[Connection, bool], None]]] = [
    ("001_documents_fts", _m001_fts),
    ("002_added_columns", _m002_columns),
    ("003_fused_before", _m003_fused_before),
    ("004_browse_indexes", _m004_browse),
    ("005_briefings", _m005_briefings),
    ("006_figure_claims_without_event", _m006_figure_claims_without_event),
    ("007_documents_tsvector", _m007_pg_tsvector),
    ("008_claims_event_index", _m008_claims_event_index),
    ("009_events_outlet", _m009_events_outlet),
    ("010_series_index", _m010_series_index),
    ("011_series_summary", _m011_series_summary),
    ("012_filter_plans", _m012_filter_plans),
    ("013_claim_filter_indexes", _m013_claim_filter_indexes),
    ("014_sub_country_places", _m014_sub_country_places),
    ("015_event_date_mod", _m015_event_date_mod),
    ("016_claim_part_and_mod", _m016_claim_part_and_mod),
]


def migrate(conn: Connection, is_sqlite: bool) -> None:
    """Create missing tables, then run the migrations this store has not had."""
    schema.metadata.create_all(conn)
    done = {r[0] for r in conn.execute(select(schema.migrations.c.name))}
    for name, fn in MIGRATIONS:
        if name not in done:
            fn(conn, is_sqlite)
            conn.execute(insert(schema.migrations).values(
                name=name, applied_at=datetime.now(timezone.utc).isoformat(timespec="seconds")))
