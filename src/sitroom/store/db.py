"""`Store`: the one class that owns database connections.

SQLite (WAL, FTS5) by default at ``./sitroom.db``; any SQLAlchemy URL (``postgresql+psycopg://…``) for servers.
Ids are content hashes, so writing the same extraction twice adds nothing.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable

from sqlalchemy import Engine, create_engine, event as sa_event, func, insert, select, text
from sqlalchemy.dialects import postgresql, sqlite

from sitroom.model import Event, Extraction, content_id
from sitroom.store import fusion_schema, schema  # noqa: F401 (fusion tables register on import)
from sitroom.store._briefing_schema import migrate_briefings
from sitroom.store._briefings import BriefingRecords

DEFAULT_DB = "sitroom.db"


def _url(target: str | Path) -> str:
    s = str(target)
    return s if "://" in s else f"sqlite:///{s}"


def date_sort_key(value: str | None) -> str | None:
    """First calendar day (YYYY-MM-DD) a TimeML date value covers, or None when it has no calendar anchor."""
    if not value or not value[:4].isdigit():
        return None
    parts = value.split("T")[0]
    if len(parts) >= 10 and parts[4] == "-" and parts[7] == "-":
        return parts[:10]
    if len(parts) == 7 and parts[4] == "-" and parts[5:7].isdigit():
        return parts + "-01"
    if "-W" in parts:
        try:
            return datetime.strptime(parts[:8] + "-1", "%G-W%V-%u").date().isoformat()
        except ValueError:
            return parts[:4] + "-01-01"
    if "-Q" in parts and parts[-1].isdigit():
        return f"{parts[:4]}-{(int(parts[-1]) - 1) * 3 + 1:02d}-01"
    return parts[:4] + "-01-01"


@dataclass(frozen=True)
class SaveResult:
    document_id: str
    new: bool
    events: int


class Store(BriefingRecords):
    """Documents, events, quantities and sources in one database."""

    def __init__(self, target: str | Path = DEFAULT_DB, *, engine: Engine | None = None):
        self.url = _url(target)
        self.engine = engine or create_engine(self.url)
        self.is_sqlite = self.engine.dialect.name == "sqlite"
        if self.is_sqlite:
            sa_event.listen(self.engine, "connect", _sqlite_pragmas)
        self._migrate()

    # ------------------------------------------------------------------ schema
    def _migrate(self) -> None:
        schema.metadata.create_all(self.engine)
        with self.engine.begin() as conn:
            done = {r[0] for r in conn.execute(select(schema.migrations.c.name))}
            for name, fn in MIGRATIONS:
                if name in done:
                    continue
                fn(conn, self)
                conn.execute(insert(schema.migrations).values(name=name, applied_at=_now()))

    def _insert_ignore(self, table, rows: list[dict[str, Any]], conn) -> int:
        if not rows:
            return 0
        if self.is_sqlite:
            stmt = sqlite.insert(table).on_conflict_do_nothing()
        elif self.engine.dialect.name == "postgresql":
            stmt = postgresql.insert(table).on_conflict_do_nothing()
        else:  # pragma: no cover - other dialects: check first
            existing = {r[0] for r in conn.execute(select(table.c.id).where(table.c.id.in_([r["id"] for r in rows])))}
            rows = [r for r in rows if r["id"] not in existing]
            stmt = insert(table)
            if not rows:
                return 0
        return conn.execute(stmt, rows).rowcount or 0

    # ------------------------------------------------------------------ writing
    def has_document(self, document_id: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(
                select(schema.documents.c.id).where(schema.documents.c.id == document_id)
            ).first() is not None

    def save(self, ex: Extraction) -> SaveResult:
        """Store one document with its events; returns whether the document was new."""
        d = ex.document
        with self.engine.begin() as conn:
            new = self._insert_ignore(schema.documents, [{
                "id": d.id, "origin": d.origin, "url": d.url, "outlet": d.outlet, "title": d.title,
                "published": d.published, "language": d.language, "author": d.author,
                "captions": json.dumps(list(d.captions), ensure_ascii=False), "text": d.text,
                "ingested_at": _now(),
            }], conn) > 0
            if not new:
                return SaveResult(d.id, False, 0)
            src_rows, ev_rows, q_rows = [], [], []
            for ev in ex.events:
                source_id = None
                if ev.source is not None:
                    name = ev.source.name or ev.source.text
                    source_id = content_id("source", name.lower())
                    src_rows.append({"id": source_id, "name": name, "country": ev.source.country,
                                     "sector": ev.source.sector})
                ev_rows.append(_event_row(d.id, ev, source_id))
                for q in ev.quantities:
                    q_rows.append({"id": content_id(ev.id, q.start, q.text), "event_id": ev.id, "document_id": d.id,
                                   "text": q.text, "lower": q.lower, "upper": q.upper,
                                   "qualifier": q.qualifier, "unit": q.unit})
            self._insert_ignore(schema.sources, _unique(src_rows), conn)
            self._insert_ignore(schema.events, _unique(ev_rows), conn)
            self._insert_ignore(schema.quantities, _unique(q_rows), conn)
            if self.is_sqlite:
                conn.execute(text("INSERT INTO documents_fts(rowid, title, text) "
                                  "SELECT rowid, title, text FROM documents WHERE id = :id"), {"id": d.id})
        return SaveResult(d.id, True, len(ev_rows))

    # ------------------------------------------------------------------ reading
    def events(self, *, type: str | None = None, since: str | None = None, until: str | None = None,
               limit: int | None = None) -> list[dict[str, Any]]:
        """Events with their document, source and figures, ordered by resolved date (undated last)."""
        e, d = schema.events, schema.documents
        q = select(e, d.c.title.label("document_title"), d.c.published.label("document_published"),
                   d.c.url.label("document_url"), d.c.origin.label("document_origin")).join(d, d.c.id == e.c.document_id)
        if type:
            q = q.where(e.c.type == type.upper())
        if since:
            q = q.where(e.c.date_sort >= since)
        if until:
            q = q.where(e.c.date_sort <= until)
        q = q.order_by(e.c.date_sort.is_(None), e.c.date_sort, d.c.published, e.c.document_id, e.c.evidence_start)
        if limit:
            q = q.limit(limit)
        with self.engine.connect() as conn:
            rows = [dict(r._mapping) for r in conn.execute(q)]
            if rows:
                qs = conn.execute(select(schema.quantities).where(
                    schema.quantities.c.event_id.in_([r["id"] for r in rows]))).mappings().all()
        by_event: dict[str, list[dict[str, Any]]] = {}
        for qr in (qs if rows else []):
            by_event.setdefault(qr["event_id"], []).append(
                {k: qr[k] for k in ("text", "lower", "upper", "qualifier", "unit")})
        for r in rows:
            r["quantities"] = by_event.get(r["id"], [])
        return rows

    def documents(self) -> list[dict[str, Any]]:
        d = schema.documents
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(
                select(d.c.id, d.c.origin, d.c.title, d.c.published, d.c.language, d.c.outlet).order_by(d.c.published))]

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
                    for t in (schema.documents, schema.events, schema.quantities, schema.sources)}

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        """Full-text search over documents (SQLite FTS5; LIKE elsewhere)."""
        with self.engine.connect() as conn:
            if self.is_sqlite:
                sql = text("SELECT d.id, d.title, d.published FROM documents_fts f JOIN documents d "
                           "ON d.rowid = f.rowid WHERE documents_fts MATCH :q ORDER BY rank LIMIT :n")
                return [dict(r._mapping) for r in conn.execute(sql, {"q": query, "n": limit})]
            d = schema.documents
            return [dict(r._mapping) for r in conn.execute(
                select(d.c.id, d.c.title, d.c.published).where(d.c.text.ilike(f"%{query}%")).limit(limit))]

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _event_row(document_id: str, ev: Event, source_id: str | None) -> dict[str, Any]:
    a, r, loc, dt = ev.actor, ev.recipient, ev.location, ev.date
    return {
        "id": ev.id, "document_id": document_id, "type": ev.type, "mode": ev.mode, "modality": ev.modality,
        "actor_text": a and a.text, "actor_name": a and (a.name or a.text),
        "actor_country": a and a.country, "actor_sector": a and a.sector,
        "recipient_text": r and r.text, "recipient_name": r and (r.name or r.text),
        "recipient_country": r and r.country, "recipient_sector": r and r.sector,
        "location_text": loc and loc.text, "location_name": loc and (loc.name or loc.text),
        "location_country": loc and loc.country, "lat": loc and loc.lat, "lon": loc and loc.lon,
        "date_value": dt and dt.value, "date_text": dt and dt.text, "date_precision": dt and dt.precision,
        "date_relation": dt and dt.relation, "date_sort": dt and date_sort_key(dt.value),
        "source_id": source_id, "source_text": ev.source and ev.source.text,
        "carrier_name": ev.carrier and (ev.carrier.name or ev.carrier.text),
        "trigger": ev.trigger, "cue": ev.cue,
        "evidence": ev.evidence.sentence, "evidence_start": ev.evidence.start, "evidence_end": ev.evidence.end,
    }


def _unique(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: dict[str, dict[str, Any]] = {}
    for r in rows:
        seen.setdefault(r["id"], r)
    return list(seen.values())


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")
    # a page cache and memory map big enough for the indexes that take random-key inserts (64 MB cache; a 1 GB
    # map, which a store of 100k documents, ~400 MB, fits in), temp B-trees in memory: the cost of a write stays
    # flat as the tables grow
    cur.execute("PRAGMA cache_size=-65536")
    cur.execute("PRAGMA mmap_size=1073741824")
    cur.execute("PRAGMA temp_store=MEMORY")
    # checkpoint every ~64 MB of WAL rather than 4 MB: in a large store each random-key insert dirties its own page,
    # and a longer interval lets repeated touches of one page be written back once
    cur.execute("PRAGMA wal_autocheckpoint=16384")
    cur.close()


def _m001_fts(conn, store: Store) -> None:
    if store.is_sqlite:
        conn.execute(text("CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(title, text)"))


# Small named migrations, recorded in the `migrations` table (sqlite-utils style).
MIGRATIONS = [("001_documents_fts", _m001_fts), ("003_briefings", migrate_briefings)]
