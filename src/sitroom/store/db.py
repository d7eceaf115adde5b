"""`Store`: the one class that owns database connections.

SQLite (WAL, FTS5) by default at ``./sitroom.db``; any SQLAlchemy URL (``postgresql+psycopg://…``) for servers.
Ids are content hashes, so writing the same extraction twice adds nothing.
"""
from __future__ import annotations

import json
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from sqlalchemy import Connection, Engine, Select, create_engine, event as sa_event, func, insert, literal_column, select, text, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import ArgumentError, DatabaseError, NoSuchModuleError

from sitroom import timeml
from sitroom.model import Event, Extraction, StoredEvent, content_id
from sitroom.store import _schema as schema
from sitroom.store._fusion import FusionQueries
from sitroom.store._migrations import migrate
from sitroom.store._query import PG_DOCUMENT_VECTOR, check_limit, fts5_query, like_pattern, tsquery
from sitroom.store._records import stored_event_select, stored_events
from sitroom.store import _claims_table as claims_table
from sitroom.store._browse import BrowseQueries
from sitroom.store._export import ExportQueries
from sitroom.store._briefings import BriefingRecords

DEFAULT_DB = "sitroom.db"


def _url(target: str | Path) -> str:
    s = str(target)
    return s if "://" in s else f"sqlite:///{s}"


def _read_only_url(target: str | Path) -> str | None:
    """The URL that opens an SQLite file sitroom may read but not write (a read-only mount, a file or folder without
    write permission) read-only, or None when it is writable (or not a file). SQLite must write a WAL database's
    -shm beside it even to read; where it cannot, the file is opened immutable (no one can change it there), unless
    a -wal file holds changes not yet checkpointed into it, which an immutable reader would miss."""
    import os
    from urllib.parse import quote

    s = str(target)
    if "://" in s or s == ":memory:":
        return None
    path = Path(s)
    if not path.is_file() or (os.access(path, os.W_OK) and os.access(path.parent or Path("."), os.W_OK)):
        return None
    immutable = not os.access(path.parent or Path("."), os.W_OK) and not Path(s + "-wal").exists()
    return f"sqlite:///file:{quote(str(path.resolve()))}?mode=ro{'&immutable=1' if immutable else ''}&uri=true"


@dataclass(frozen=True)
class SaveResult:
    document_id: str
    new: bool
    events: int
    edit: bool = False           # a new version of an item stored before (same key): linked to it, not stored


class StoreOpenError(RuntimeError):
    """The store cannot be opened: the file is not a database, cannot be read or created, or the server refuses."""


class Store(BrowseQueries, BriefingRecords, ExportQueries):
    """Documents, events, quantities, sources and the fusion tables in one database.

    The one class that owns connections: every read and write is a method of a `Transaction` (from
    ``store.transaction()``) or of the store itself, which runs it in a transaction of its own.
    """

    def __init__(self, target: str | Path = DEFAULT_DB, *, engine: Engine | None = None):
        self.url = _url(target)
        ro_url = None if engine else _read_only_url(target)
        self.read_only = ro_url is not None        # an SQLite file this process cannot write: opened read-only
        try:
            self._engine = engine or create_engine(ro_url or self.url)
        except (ArgumentError, NoSuchModuleError, ImportError, ValueError) as e:   # "https://", "nosuch://x", no driver
            raise StoreOpenError(f"cannot open the database at {target}: not a database URL we can use ({e})") from e
        self.is_sqlite = self._engine.dialect.name == "sqlite"
        if self.is_sqlite:
            sa_event.listen(self._engine, "connect", _sqlite_read_pragmas if self.read_only else _sqlite_pragmas)
        try:
            with self._engine.begin() as conn:
                migrate(conn, self.is_sqlite)
        except DatabaseError as e:                          # not a database, unreadable, a folder, no server …
            if self.read_only:
                raise StoreOpenError(f"cannot open the database at {target}: it is read-only here and needs an "
                                     f"upgrade first (open it once where it can be written): {e.orig or e}") from e
            raise StoreOpenError(f"cannot open the database at {target}: {e.orig or e}") from e

    @contextmanager
    def transaction(self) -> Iterator["Transaction"]:
        """One unit of work: committed when the block ends, rolled back (nothing kept) when it raises."""
        with self._engine.begin() as conn:
            yield Transaction(conn, self.is_sqlite)

    # ------------------------------------------------------------------ one transaction each
    def save(self, ex: Extraction) -> SaveResult:
        """Store one document with its events; returns whether the document was new."""
        with self.transaction() as tx:
            return tx.save(ex)

    def has_document(self, document_id: str) -> bool:
        with self.transaction() as tx:
            return tx.has_document(document_id)

    def is_fused(self, document_id: str) -> bool:
        with self.transaction() as tx:
            return tx.is_fused(document_id)

    def events(self, *, type: str | None = None, since: str | None = None, until: str | None = None,
               limit: int | None = None) -> list[StoredEvent]:
        """Events with their document, source and figures, ordered by resolved date (undated last)."""
        with self.transaction() as tx:
            return tx.events(type=type, since=since, until=until, limit=limit)

    def documents(self) -> list[dict[str, Any]]:
        with self.transaction() as tx:
            return tx.documents()

    def versions(self, document_id: str) -> list[dict[str, Any]]:
        """The versions of a stored document's item (an edited Telegram post): its own first, then later edits
        with their text (see `Transaction.save`)."""
        with self.transaction() as tx:
            return tx.versions(document_id)

    def event_rows(self) -> list[dict[str, Any]]:
        """Every event as its stored row (column names of `events`, plus its document's title, publication date,
        url and origin, and `quantities` as dicts), in date order: for readers that work on rows (the briefing)."""
        with self.transaction() as tx:
            return tx.event_rows()

    def claims(self, *, kind: str | Iterable[str] | None = None, source: str | None = None,
               limit: int | None = None) -> list[dict[str, Any]]:
        """Stored figure claims, optionally of one counted kind (or of several) or whose source name contains
        `source`."""
        with self.transaction() as tx:
            return tx.claims(kind=kind, source=source, limit=limit)

    def claim_kinds(self) -> dict[str, int]:
        """Counted kinds of the stored claims -> how many claims each, most claimed first."""
        with self.transaction() as tx:
            return tx.claim_kinds()

    def counts(self) -> dict[str, int]:
        with self.transaction() as tx:
            return tx.counts()

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        """Full-text search over documents (SQLite FTS5; LIKE elsewhere)."""
        with self.transaction() as tx:
            return tx.search(query, limit)

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class Transaction(FusionQueries):
    """Reads and writes on one connection inside one transaction (see `Store.transaction`)."""

    def __init__(self, conn: Connection, is_sqlite: bool):
        self._conn = conn
        self.is_sqlite = is_sqlite

    @contextmanager
    def transaction(self) -> Iterator["Transaction"]:
        """Already in one: work asked for inside it belongs to the same unit."""
        yield self

    def _insert_ignore(self, table, rows: list[dict[str, Any]]) -> int:
        if not rows:
            return 0
        conn = self._conn
        if self.is_sqlite:
            stmt = sqlite.insert(table).on_conflict_do_nothing()
        elif conn.dialect.name == "postgresql":
            stmt = postgresql.insert(table).on_conflict_do_nothing()
        else:  # pragma: no cover - other dialects: check first
            existing = {r[0] for r in conn.execute(select(table.c.id).where(table.c.id.in_([r["id"] for r in rows])))}
            rows = [r for r in rows if r["id"] not in existing]
            stmt = insert(table)
            if not rows:
                return 0
        if conn.dialect.name == "postgresql":
            # psycopg reports no row count for a batch (-1): count the rows RETURNING gives instead
            return len(conn.execute(stmt.returning(*list(table.primary_key.columns)[:1]), rows).all())
        return conn.execute(stmt, rows).rowcount or 0

    # ------------------------------------------------------------------ documents
    def has_document(self, document_id: str) -> bool:
        return self._conn.execute(
            select(schema.documents.c.id).where(schema.documents.c.id == document_id)).first() is not None

    def is_fused(self, document_id: str) -> bool:
        """Whether the document is stored and the fuse stage has run on it."""
        return self._conn.execute(select(schema.documents.c.fused_at).where(
            schema.documents.c.id == document_id)).scalar_one_or_none() is not None

    def mark_fused(self, document_id: str, at: str | None = None) -> None:
        self._conn.execute(update(schema.documents).where(schema.documents.c.id == document_id)
                           .values(fused_at=at or _now()))

    def save(self, ex: Extraction) -> SaveResult:
        """Store one document with its events; returns whether the document was new. A document whose `key` names
        an item stored before under other text (a Telegram post edited between two exports) is not stored again:
        it is linked to the stored version as one of its `versions` (result: `edit`, the stored document's id)."""
        d = ex.document
        conn = self._conn
        first = self._first_version(d.key) if d.key else None
        if first is not None and first != d.id:
            return SaveResult(first, False, 0, edit=self._link_version(first, d))
        new = self._insert_ignore(schema.documents, [{
            "id": d.id, "origin": d.origin, "url": d.url, "outlet": d.outlet, "title": d.title,
            "published": d.published, "language": d.language, "author": d.author,
            "captions": json.dumps(list(d.captions), ensure_ascii=False), "text": d.text,
            "ingested_at": _now(),
        }]) > 0
        if d.key:
            self._link_version(d.id, d)
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
            ev_rows.append(_event_row(d.id, ev, source_id) | {"outlet": d.outlet})
            for q in ev.quantities:
                q_rows.append({"id": content_id(ev.id, q.start, q.text), "event_id": ev.id, "document_id": d.id,
                               "text": q.text, "lower": q.lower, "upper": q.upper,
                               "qualifier": q.qualifier, "unit": q.unit, "start": q.start, "end": q.end,
                               "unit_start": q.unit_start, "unit_end": q.unit_end})
        self._insert_ignore(schema.sources, _unique(src_rows))
        self._insert_ignore(schema.events, _unique(ev_rows))
        self._insert_ignore(schema.quantities, _unique(q_rows))
        self._insert_ignore(claims_table.claims, _unique(claims_table.claim_rows(ex)))
        if self.is_sqlite:
            conn.execute(text("INSERT INTO documents_fts(rowid, title, text) "
                              "SELECT rowid, title, text FROM documents WHERE id = :id"), {"id": d.id})
        return SaveResult(d.id, True, len(ev_rows))

    def _first_version(self, key: str) -> str | None:
        """The stored document of an item key (the version stored first), or None."""
        v = schema.document_versions
        return self._conn.execute(select(v.c.document_id).where(v.c.key == key).limit(1)).scalar()

    def _link_version(self, document_id: str, d) -> bool:
        """Record `d` as a version of the stored `document_id` (its text kept unless it is that document);
        True when it was not linked before."""
        return self._insert_ignore(schema.document_versions, [{
            "id": content_id("version", d.key, d.id), "key": d.key, "document_id": document_id, "version_id": d.id,
            "edited": d.edited, "origin": d.origin, "text": None if d.id == document_id else d.text,
            "created_at": _now()}]) > 0

    def versions(self, document_id: str) -> list[dict[str, Any]]:
        """The versions of a stored document's item (its own first), oldest edit first."""
        v = schema.document_versions
        rows = self._conn.execute(select(v).where(v.c.document_id == document_id)).mappings().all()
        return sorted((dict(r) for r in rows), key=lambda r: (r["version_id"] != document_id, r["edited"] or "",
                                                               r["created_at"]))

    # ------------------------------------------------------------------ reading
    def events(self, *, type: str | None = None, since: str | None = None, until: str | None = None,
               limit: int | None = None) -> list[StoredEvent]:
        """Events with their document, source and figures, ordered by resolved date (undated last)."""
        e, d = schema.events, schema.documents

        def narrow(q):
            if type:
                q = q.where(e.c.type == type.upper())
            if since:
                q = q.where(e.c.date_sort >= since)
            if until:
                q = q.where(e.c.date_sort <= until)
            q = q.order_by(e.c.date_sort.is_(None), e.c.date_sort, d.c.published, e.c.document_id,
                           e.c.evidence_start)
            return q.limit(limit) if check_limit(limit) else q
        return self._stored_events(narrow)

    def _stored_events(self, narrow: Callable[[Select], Select]) -> list[StoredEvent]:
        return stored_events(self._conn, self._conn.execute(narrow(stored_event_select())).mappings().all())

    def event_rows(self) -> list[dict[str, Any]]:
        e, d = schema.events, schema.documents
        q = (select(e, d.c.title.label("document_title"), d.c.published.label("document_published"),
                    d.c.url.label("document_url"), d.c.origin.label("document_origin"))
             .join(d, d.c.id == e.c.document_id)
             .order_by(e.c.date_sort.is_(None), e.c.date_sort, d.c.published, e.c.document_id, e.c.evidence_start))
        rows = [dict(r._mapping) for r in self._conn.execute(q)]
        by_event: dict[str, list[dict[str, Any]]] = {}
        if rows:
            for qr in self._conn.execute(select(schema.quantities)).mappings():
                by_event.setdefault(qr["event_id"], []).append(
                    {k: qr[k] for k in ("text", "lower", "upper", "qualifier", "unit")})
        for r in rows:
            r["quantities"] = by_event.get(r["id"], [])
        return rows

    def claims(self, *, kind: str | Iterable[str] | None = None, source: str | None = None,
               limit: int | None = None) -> list[dict[str, Any]]:
        """Stored figure claims, optionally of one counted kind (or of several) or whose source name contains
        `source`."""
        return claims_table.select_claims(self._conn, kind=kind, source=source, limit=limit)

    def claim_kinds(self) -> dict[str, int]:
        return claims_table.claim_kinds(self._conn)

    def documents(self) -> list[dict[str, Any]]:
        d = schema.documents
        return [dict(r._mapping) for r in self._conn.execute(
            select(d.c.id, d.c.origin, d.c.title, d.c.published, d.c.language, d.c.outlet).order_by(d.c.published))]

    def counts(self) -> dict[str, int]:
        return {t.name: self._conn.execute(select(func.count()).select_from(t)).scalar_one()
                for t in (schema.documents, schema.events, schema.quantities, schema.sources)}

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        """Full-text search over documents (SQLite FTS5; LIKE elsewhere)."""
        limit = check_limit(limit)
        if self.is_sqlite:
            match = fts5_query(query)          # the user's words, quoted: no FTS5 syntax error can reach them
            if match is None:
                return []
            sql = text("SELECT d.id, d.title, d.published FROM documents_fts f JOIN documents d "
                       "ON d.rowid = f.rowid WHERE documents_fts MATCH :q ORDER BY rank LIMIT :n")
            return [dict(r._mapping) for r in self._conn.execute(sql, {"q": match, "n": limit or -1})]
        d = schema.documents
        if self._conn.dialect.name == "postgresql":     # the words, matched as FTS5 does (no stemming)
            tsq = tsquery(query)
            if tsq is None:
                return []
            vector, q_ = literal_column(PG_DOCUMENT_VECTOR), func.to_tsquery("simple", tsq)
            q = select(d.c.id, d.c.title, d.c.published).where(vector.op("@@")(q_)) \
                .order_by(func.ts_rank(vector, q_).desc(), d.c.id)
        else:
            q = select(d.c.id, d.c.title, d.c.published).where(d.c.text.ilike(like_pattern(query), escape="\\"))
        return [dict(r._mapping) for r in self._conn.execute(q.limit(limit))]


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
        "date_relation": dt and dt.relation, "date_mod": dt and dt.mod, "date_sort": dt and timeml.sort_key(dt.value),
        "source_id": source_id, "source_text": ev.source and ev.source.text,
        "carrier_name": ev.carrier and (ev.carrier.name or ev.carrier.text),
        "carrier_text": ev.carrier and ev.carrier.text, "carrier_country": ev.carrier and ev.carrier.country,
        "carrier_sector": ev.carrier and ev.carrier.sector, "location_kind": loc and loc.kind,
        "trigger": ev.trigger, "trigger_start": ev.trigger_start, "cue": ev.cue,
        "evidence": ev.evidence.sentence, "evidence_start": ev.evidence.start, "evidence_end": ev.evidence.end,
    }


def _unique(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: dict[str, dict[str, Any]] = {}
    for r in rows:
        seen.setdefault(r["id"], r)
    return list(seen.values())


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _sqlite_common_pragmas(cur) -> None:
    cur.execute("PRAGMA foreign_keys=ON")
    # a page cache and memory map big enough for the indexes that take random-key inserts (64 MB cache; a 1 GB
    # map, which a store of 100k documents, ~400 MB, fits in), temp B-trees in memory: the cost of a write stays
    # flat as the tables grow
    cur.execute("PRAGMA cache_size=-65536")
    cur.execute("PRAGMA mmap_size=1073741824")
    cur.execute("PRAGMA temp_store=MEMORY")


def _sqlite_read_pragmas(dbapi_conn, _record) -> None:
    """A read-only file's connection: no journal mode change (that is a write), the same cache and map."""
    cur = dbapi_conn.cursor()
    _sqlite_common_pragmas(cur)
    cur.close()


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    _sqlite_common_pragmas(cur)
    # checkpoint every ~64 MB of WAL rather than 4 MB: in a large store each random-key insert dirties its own page,
    # and a longer interval lets repeated touches of one page be written back once
    cur.execute("PRAGMA wal_autocheckpoint=16384")
    cur.close()
