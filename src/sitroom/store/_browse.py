"""Read methods for browsing a store (the API and web UI of `sitroom serve`): filtered, keyset-paged, index-backed.

Mixed into `Store`. Every list walks one of the indexes in `_browse_schema`; nothing here loads a whole table.
Events come back as `EventRecord`s (the `model.Event` plus its document), so callers print the `extract` contract
shape with `model.event_to_dict`.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import Select, and_, bindparam, exists, func, literal_column, select, text

from sitroom.model import Document, Entity, Event, EventDate, Evidence, Place, Quantity, content_id
from sitroom.store import _fusion_schema as fs
from sitroom.store import _schema as schema
from sitroom.store._browse_fuse import FuseQueries
from sitroom.store._guard import RequestGuards
from sitroom.store._paging import Page, check_limit, decode_cursor, encode_cursor, keyset_page, row_dicts

_WORD = re.compile(r"\w+\*?", re.UNICODE)


@dataclass(frozen=True)
class EventFilter:
    """What an event list can be narrowed to; None means any. Countries are ISO3, dates YYYY-MM-DD (inclusive)."""
    type: str | None = None
    mode: str | None = None
    actor_country: str | None = None
    recipient_country: str | None = None
    location_country: str | None = None
    source: str | None = None            # canonical source name, any case
    outlet: str | None = None
    modality: str | None = None
    since: str | None = None
    until: str | None = None
    document_id: str | None = None
    text: str | None = None              # words that must all occur in the evidence sentence

    def active(self) -> dict[str, str]:
        return {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name)}


@dataclass(frozen=True)
class EventRecord:
    """A stored event with the document it was found in."""
    event: Event
    document: dict[str, Any]             # id, title, published, url, outlet, origin
    date_sort: str | None                # first calendar day the date covers (None: undated)


def fts_query(words: str) -> str | None:
    """User words as an FTS5 query: every word must occur (quoted, so FTS syntax in the input is plain text)."""
    toks = _WORD.findall(words or "")
    parts = [f'"{t[:-1]}"*' if t.endswith("*") else f'"{t}"' for t in toks if t.strip("*")]
    return " ".join(parts) or None


def _event_select() -> Select:
    e, d, s = schema.events, schema.documents, schema.sources
    return (select(e, d.c.title.label("doc_title"), d.c.published.label("doc_published"), d.c.url.label("doc_url"),
                   d.c.outlet.label("doc_outlet"), d.c.origin.label("doc_origin"), s.c.name.label("src_name"),
                   s.c.country.label("src_country"), s.c.sector.label("src_sector"),
                   e.c.date_sort.label("sort_key"), e.c.id.label("id_key"))
            .join(d, d.c.id == e.c.document_id).outerjoin(s, s.c.id == e.c.source_id))


# Built once, so SQLAlchemy's statement cache serves it. No ORDER BY: with one, SQLite walks the whole quantities
# primary key instead of the event_id index.
_FIGURES_OF = select(schema.quantities).where(schema.quantities.c.event_id.in_(bindparam("ids", expanding=True)))


def _entity(r, prefix: str) -> Entity | None:
    if r[f"{prefix}_text"] is None and r[f"{prefix}_name"] is None:
        return None
    return Entity(r[f"{prefix}_text"] or r[f"{prefix}_name"], r[f"{prefix}_name"], r[f"{prefix}_country"],
                  r[f"{prefix}_sector"])


def _records(conn, rows: list[dict[str, Any]]) -> list[EventRecord]:
    """Rows of `_event_select` as EventRecords, with their figures and sources (two indexed lookups per page)."""
    if not rows:
        return []
    figures: dict[str, list[Quantity]] = {}
    found = conn.execute(_FIGURES_OF, {"ids": [r["id"] for r in rows]}).mappings().all()
    for q in sorted(found, key=lambda q: q["id"]):
        figures.setdefault(q["event_id"], []).append(
            Quantity(-1, -1, q["text"], q["lower"], q["upper"], q["qualifier"], q["unit"]))
    out = []
    for r in rows:
        loc = None
        if r["location_text"] is not None or r["location_name"] is not None:
            loc = Place(r["location_text"] or r["location_name"], r["location_name"], r["location_country"],
                        r["lat"], r["lon"])
        src = None
        if r["source_text"] is not None or r["source_id"]:
            src = Entity(r["source_text"] or r["src_name"] or "", r["src_name"], r["src_country"], r["src_sector"])
        date = None
        if r["date_value"] is not None:
            date = EventDate(r["date_value"], r["date_text"], r["date_precision"], r["date_relation"] or "on",
                             r["date_mod"])
        ev = Event(id=r["id"], type=r["type"], evidence=Evidence(r["evidence"], r["evidence_start"], r["evidence_end"]),
                   modality=r["modality"], mode=r["mode"], actor=_entity(r, "actor"),
                   recipient=_entity(r, "recipient"), location=loc, date=date,
                   quantities=tuple(figures.get(r["id"], ())), source=src,
                   carrier=r["carrier_name"] and Entity(r["carrier_name"], r["carrier_name"]),
                   trigger=r["trigger"], cue=r["cue"])
        doc = {"id": r["document_id"], "title": r["doc_title"], "published": r["doc_published"], "url": r["doc_url"],
               "outlet": r["doc_outlet"], "origin": r["doc_origin"]}
        out.append(EventRecord(ev, doc, r["date_sort"]))
    return out


class BrowseQueries(FuseQueries, RequestGuards):
    """Paged, filtered reads over events, documents and search, plus the fuse tables' and the request guards
    (mixed into `Store`)."""

    _engine: Any
    is_sqlite: bool

    def rebuild_indexes(self) -> None:
        """Create every declared index that is missing (and SQLite's evidence search index) again, e.g. after a bulk
        load that dropped them to load faster. Idempotent."""
        from sitroom.store._browse_schema import create_index, migrate_browse, migrate_filter_plans
        schema.metadata.create_all(self._engine)
        with self._engine.begin() as conn:
            for table in schema.metadata.sorted_tables:
                for ix in table.indexes:
                    create_index(conn, ix)
            migrate_browse(conn, self.is_sqlite)
            migrate_filter_plans(conn, self.is_sqlite)
            if self.is_sqlite:
                conn.execute(text("INSERT INTO documents_fts(documents_fts) VALUES ('rebuild')")
                             if _external_content(conn) else text("SELECT 1"))

    def rebuild_series_summary(self) -> None:
        """Recompute the figure series summaries (`figure_series`, `figure_series_days`) from the stored claims, e.g.
        after a bulk load that wrote `figure_claims` without `Transaction.add_figure_claim`. Idempotent."""
        from sitroom.store._series_summary import rebuild_series_summary
        with self._engine.begin() as conn:
            rebuild_series_summary(conn)

    # ------------------------------------------------------------------ events
    def _where_events(self, q: Select, f: EventFilter, conn=None) -> Select:
        e = schema.events.c
        for col in ("mode", "actor_country", "recipient_country", "location_country", "modality", "document_id"):
            v = getattr(f, col)
            if v:
                q = q.where(getattr(e, col) == (v.upper() if col.endswith("country") else v))
        if f.type:
            q = q.where(e.type == f.type.upper())
        if f.source:
            q = q.where(e.source_id == content_id("source", f.source.strip().lower()))
        if f.outlet:
            q = q.where(e.outlet == f.outlet)          # the document's outlet, kept on its events (migration 008)
        if f.since:
            q = q.where(e.date_sort >= f.since)
        if f.until:
            q = q.where(e.date_sort <= f.until)
        if f.text:
            q = q.where(self._evidence_matches(f.text, conn))
        return q

    def _evidence_matches(self, words: str, conn=None):
        """Events whose evidence has every word. SQLite: by the evidence search index, in the plan that suits how
        many events the words are expected in (`_text_plan`); PostgreSQL: ILIKE."""
        e = schema.events.c
        if self.is_sqlite:
            match = fts_query(words) or '""'
            plan = _text_plan(conn, words) if conn is not None else "walk"
            if plan == "probe":        # very common words: walk the list's index, look each row up in the search index
                return exists(select(literal_column("1")).select_from(text("events_fts")).where(
                    text("events_fts.rowid = events.rowid AND events_fts MATCH :m").bindparams(m=match)))
            rowids = (select(literal_column("rowid")).select_from(text("events_fts"))
                      .where(text("events_fts MATCH :m").bindparams(m=match)))
            # rare words: read their events by rowid and sort those; else walk the list's index, checking each row
            # against the matches collected once ("+" keeps SQLite from reading by rowid)
            return literal_column("events.rowid" if plan == "rowid" else "+events.rowid").in_(rowids)
        conds = [e.evidence.ilike(f"%{w.rstrip('*')}%") for w in _WORD.findall(words)]
        return and_(*conds) if conds else e.id.is_(None)

    def event_page(self, f: EventFilter = EventFilter(), *, after: str | None = None, limit: int = 50,
                   newest_first: bool = False) -> Page[EventRecord]:
        """Events matching `f` by resolved date (oldest first unless `newest_first`; undated ones last), one page."""
        e = schema.events.c
        nullable = not (f.since or f.until)      # a date range excludes undated events anyway
        with self._engine.connect() as conn:
            return keyset_page(conn, self._where_events(_event_select(), f, conn), e.date_sort, e.id, after=after,
                               limit=limit, desc=newest_first, nullable=nullable,
                               convert=lambda rows: _records(conn, rows))

    def event_record(self, event_id: str) -> EventRecord | None:
        with self._engine.connect() as conn:
            rows = row_dicts(conn.execute(_event_select().where(schema.events.c.id == event_id)))
            recs = _records(conn, rows)
        return recs[0] if recs else None

    def event_records(self, event_ids: list[str]) -> dict[str, EventRecord]:
        if not event_ids:
            return {}
        with self._engine.connect() as conn:
            rows = row_dicts(conn.execute(_event_select().where(schema.events.c.id.in_(event_ids))))
            return {r.event.id: r for r in _records(conn, rows)}

    def outlets(self, limit: int = 500) -> list[str]:
        d = schema.documents.c
        with self._engine.connect() as conn:
            return list(conn.execute(select(d.outlet).where(d.outlet.is_not(None)).distinct()
                                     .order_by(d.outlet).limit(limit)).scalars())

    # ------------------------------------------------------------------ documents
    def document_page(self, *, outlet: str | None = None, since: str | None = None, until: str | None = None,
                      after: str | None = None, limit: int = 50) -> Page[dict[str, Any]]:
        """Documents newest first (by publication), without their text."""
        d = schema.documents
        q = select(d.c.id, d.c.origin, d.c.url, d.c.outlet, d.c.title, d.c.published, d.c.language,
                   d.c.published.label("sort_key"), d.c.id.label("id_key"))
        if outlet:
            q = q.where(d.c.outlet == outlet)
        if since:
            q = q.where(d.c.published >= since)
        if until:
            q = q.where(d.c.published < until + "\uffff")
        with self._engine.connect() as conn:
            return keyset_page(conn, q, d.c.published, d.c.id, after=after, limit=limit, desc=True,
                               convert=_strip_keys)

    def document_record(self, document_id: str) -> tuple[Document, list[EventRecord], str | None] | None:
        """A document with its events (in text order) and the canonical document it copies, if it is a copy."""
        d = schema.documents
        with self._engine.connect() as conn:
            r = conn.execute(select(d).where(d.c.id == document_id)).mappings().first()
            if r is None:
                return None
            rows = row_dicts(conn.execute(_event_select().where(schema.events.c.document_id == document_id)
                                          .order_by(schema.events.c.evidence_start, schema.events.c.id)))
            events = _records(conn, rows)
            nd = fs.near_duplicates.c
            canonical = conn.execute(select(nd.canonical_id).where(nd.document_id == document_id)).scalar()
        doc = Document(id=r["id"], text=r["text"], title=r["title"], published=r["published"], language=r["language"],
                       url=r["url"], outlet=r["outlet"], author=r["author"],
                       captions=tuple(json.loads(r["captions"] or "[]")), origin=r["origin"])
        return doc, events, canonical

    def document_excerpt(self, document_id: str, start: int, end: int, around: int = 400) -> tuple[str, str, str]:
        """(text before, text from start to end, text after) of a document, `around` characters each side."""
        d = schema.documents
        lo = max(0, start - around)
        with self._engine.connect() as conn:
            row = conn.execute(select(func.substr(d.c.text, lo + 1, end + around - lo)).where(d.c.id == document_id)
                               ).scalar()
        if row is None:
            return "", "", ""
        return row[:start - lo], row[start - lo:end - lo], row[end - lo:]

    # ------------------------------------------------------------------ search
    def search_events(self, words: str, *, after: str | None = None, limit: int = 50) -> Page[EventRecord]:
        """Events whose evidence has every word, most recently stored first."""
        check_limit(limit)
        e = schema.events
        if not self.is_sqlite:
            return self.event_page(EventFilter(text=words), after=after, limit=limit, newest_first=True)
        match = fts_query(words)
        if match is None:
            return Page([])
        last = decode_cursor(after, 1)[0] if after else None
        sql = ("SELECT rowid FROM events_fts WHERE events_fts MATCH :m" + (" AND rowid < :last" if last else "")
               + " ORDER BY rowid DESC LIMIT :n")
        with self._engine.connect() as conn:
            rowids = list(conn.execute(text(sql), {"m": match, "last": last, "n": limit + 1}).scalars())
            page_ids = rowids[:limit]
            rows = row_dicts(conn.execute(_event_select().add_columns(literal_column("events.rowid").label("rid"))
                                          .where(literal_column("events.rowid").in_(page_ids))))
            rows.sort(key=lambda r: -r["rid"])
            recs = _records(conn, rows)
        return Page(recs, encode_cursor(page_ids[-1]) if len(rowids) > limit else None)

    def search_documents(self, words: str, *, after: str | None = None, limit: int = 20) -> Page[dict[str, Any]]:
        """Documents whose title or text has every word, most recently stored first, with a marked snippet
        (matched words between \\x02 and \\x03)."""
        check_limit(limit)
        d = schema.documents
        last = decode_cursor(after, 1)[0] if after else None
        if not self.is_sqlite:
            q = select(d.c.id, d.c.title, d.c.published, d.c.outlet, func.substr(d.c.text, 1, 200).label("snippet"))
            for w in _WORD.findall(words):
                q = q.where(d.c.text.ilike(f"%{w.rstrip('*')}%"))
            with self._engine.connect() as conn:
                rows = row_dicts(conn.execute(q.order_by(d.c.id).limit(limit)))
            return Page(rows)
        match = fts_query(words)
        if match is None:
            return Page([])
        sql = ("SELECT d.rowid AS rid, d.id, d.title, d.published, d.outlet, "
               "snippet(documents_fts, 1, char(2), char(3), '…', 16) AS snippet "
               "FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid "
               "WHERE documents_fts MATCH :m" + (" AND documents_fts.rowid < :last" if last else "")
               + " ORDER BY documents_fts.rowid DESC LIMIT :n")
        with self._engine.connect() as conn:
            rows = row_dicts(conn.execute(text(sql), {"m": match, "last": last, "n": limit + 1}))
        nxt = encode_cursor(rows[limit - 1]["rid"]) if len(rows) > limit else None
        return Page([{k: v for k, v in r.items() if k != "rid"} for r in rows[:limit]], nxt)


# Estimated cost of each plan of the word filter, in ms, for `expected` matching events of `total` (`share` of
# them), fitted to benchmarks/api_load.py's 1M-event store (one word, best of 3: 279 matches: rowid 6 ms, walk 32 ms;
# 937: 17 / 24 ms; 4,764: rowid 33, walk 8 ms; 35,597: walk 9, probe 26 ms; 505,670: walk 130, probe 7 ms):
# rowid reads and sorts every match; walk collects the matches once, then walks the list's index until a page is
# full (51 / share rows); probe looks each walked row up in the search index.
PLAN_COSTS = {
    "rowid": lambda expected, total, share: 0.012 * expected,
    "walk": lambda expected, total, share: 0.00025 * expected + 0.00017 * 51 / max(share, 1e-9),
    "probe": lambda expected, total, share: 0.02 * 51 / max(share, 1e-9),
}


def _word_key(word: str) -> str:
    """A word as the FTS5 unicode61 tokenizer stores it: lower case, without diacritics."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(ch))


def _text_plan(conn, words: str) -> str:
    """How to find the events whose evidence has every word, from how many events each word is in (the search
    index's vocabulary, `events_fts_vocab`) assuming words occur independently: "rowid" (few matches: read them
    and sort), "walk" (walk the list's index against the matches collected once) or "probe" (very common: walk
    the list's index and look each row up, so as not to collect a large share of the store): the cheapest by
    `PLAN_COSTS`."""
    toks = [t for t in _WORD.findall(words or "") if t.strip("*")]
    total = conn.execute(text("SELECT max(rowid) FROM events")).scalar() or 0
    if not toks or total == 0:
        return "rowid"
    share = 1.0
    for t in toks:
        key = _word_key(t.rstrip("*"))
        if t.endswith("*"):
            n = conn.execute(text("SELECT sum(doc) FROM (SELECT doc FROM events_fts_vocab WHERE term >= :a AND "
                                  "term < :b LIMIT 10000)"), {"a": key, "b": key + "\uffff"}).scalar()
        else:
            n = conn.execute(text("SELECT doc FROM events_fts_vocab WHERE term = :t"), {"t": key}).scalar()
        share *= min(1.0, (n or 0) / total)
    return choose_plan(share * total, total)


def choose_plan(expected: float, total: int) -> str:
    """The cheapest plan (`PLAN_COSTS`) for `expected` matching events of `total`."""
    share = expected / total if total else 0.0
    return min(PLAN_COSTS, key=lambda plan: PLAN_COSTS[plan](expected, total, share))


def _external_content(conn) -> bool:
    """Whether documents_fts reads its text from `documents` (then a rebuild re-reads it); today it holds its own
    copy, written by `Store.save`, so there is nothing to rebuild."""
    sql = conn.execute(text("SELECT sql FROM sqlite_master WHERE name = 'documents_fts'")).scalar() or ""
    return "content=" in sql


def _strip_keys(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: v for k, v in r.items() if k not in ("sort_key", "id_key")} for r in rows]
