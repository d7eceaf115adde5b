"""Whole tables read in pages for `sitroom export`: events, claims, documents and figure series, in a stable order.

Mixed into `Store`. Each method is a generator of pages (lists of at most `page_size` records): every page is one
keyset query (`_paging.keyset_page`, an index range walk after the last row of the page before) on a connection of its
own, so an export of any size holds one page in memory and keeps no read transaction open between pages (a SQLite
writer is never blocked for the length of an export). A row stored while an export runs appears in it when its key
sorts after the page being read.
"""
from __future__ import annotations

import json
from typing import Any, Iterator

from sqlalchemy import and_, or_, select

from sitroom.model import Document, FigureClaim, FigureContradiction, StoredEvent, own_topic
from sitroom.store import _claims_table as claims_table
from sitroom.store import _fusion_schema as fs
from sitroom.store import _schema as schema
from sitroom.store._fusion import _claim
from sitroom.store._paging import MAX_LIMIT, keyset_page
from sitroom.store._records import stored_event_select, stored_events

PAGE_SIZE = MAX_LIMIT


def _day_range(q, col, since: str | None, until: str | None):
    """`col` (an ISO date or date-time string) on or after `since` and on or before the day `until`."""
    if since:
        q = q.where(col >= since)
    if until:
        q = q.where(col < until + "\uffff")       # every time of the last day too
    return q


class ExportQueries:
    """Paged whole-table reads (mixed into `Store`)."""

    _engine: Any

    def _pages(self, q, sort, ident, *, page_size: int, nullable: bool, convert) -> Iterator[list[Any]]:
        after = None
        while True:
            with self._engine.connect() as conn:
                page = keyset_page(conn, q, sort, ident, after=after, limit=page_size, nullable=nullable,
                                   convert=lambda rows: convert(conn, rows))
            if page.rows:
                yield page.rows
            if page.next is None:
                return
            after = page.next

    def event_batches(self, *, since: str | None = None, until: str | None = None,
                      page_size: int = PAGE_SIZE) -> Iterator[list[StoredEvent]]:
        """Every event (dated on or after `since`, on or before `until`: YYYY-MM-DD) with its document, source,
        figures and claim ids, by resolved date then id (undated events last, when no date bound is given)."""
        e = schema.events.c
        q = stored_event_select().add_columns(e.date_sort.label("sort_key"), e.id.label("id_key"))
        if since:
            q = q.where(e.date_sort >= since)
        if until:
            q = q.where(e.date_sort <= until)
        return self._pages(q, e.date_sort, e.id, page_size=page_size, nullable=not (since or until),
                           convert=stored_events)

    def claim_batches(self, *, since: str | None = None, until: str | None = None,
                      page_size: int = PAGE_SIZE) -> Iterator[list[dict[str, Any]]]:
        """Every stored figure claim as the row `Store.claims` returns, by id; `since`/`until` bound the
        publication day of its document (the claims table keeps no resolved as-of day)."""
        c, d = claims_table.claims, schema.documents
        q = select(claims_table.claims, d.c.title.label("document_title"), d.c.published.label("document_published"),
                   d.c.outlet.label("document_outlet"), c.c.id.label("sort_key"), c.c.id.label("id_key")) \
            .join(d, d.c.id == c.c.document_id)
        q = _day_range(q, d.c.published, since, until)
        return self._pages(q, c.c.id, c.c.id, page_size=page_size, nullable=False,
                           convert=lambda conn, rows: [_without_keys(r) for r in rows])

    def document_batches(self, *, since: str | None = None, until: str | None = None,
                         page_size: int = PAGE_SIZE) -> Iterator[list[Document]]:
        """Every document with its text, by publication date then id (undated ones last, when no bound is given)."""
        d = schema.documents
        q = _day_range(select(d, d.c.published.label("sort_key"), d.c.id.label("id_key")), d.c.published, since, until)
        return self._pages(q, d.c.published, d.c.id, page_size=page_size, nullable=not (since or until),
                           convert=lambda conn, rows: [_document(r) for r in rows])

    def killed_claims_of_events(self, event_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
        """event id -> its claims whose status is `killed` (id, lower, upper, qualifier, kind), in text order."""
        c = claims_table.claims.c
        out: dict[str, list[dict[str, Any]]] = {}
        if not event_ids:
            return out
        q = (select(c.event_id, c.id, c.lower, c.upper, c.qualifier, c.kind)
             .where(and_(c.event_id.in_(event_ids), c.status == "killed")).order_by(c.event_id, c.start, c.id))
        with self._engine.connect() as conn:
            for r in conn.execute(q).mappings():
                out.setdefault(r["event_id"], []).append(dict(r))
        return out

    def topic_keys(self, *, page_size: int = PAGE_SIZE) -> Iterator[list[str]]:
        """Every figure-series topic key (counted|owner|location), in key order, a page at a time."""
        after = None
        while True:
            page = self.series_page(after=after, limit=page_size)
            if page.rows:
                yield [r["topic_key"] for r in page.rows]
            if page.next is None:
                return
            after = page.next

    def topic_figures(self, topic_key: str) -> tuple[list[FigureClaim], list[FigureContradiction]]:
        """The figure claims of one series topic and the contradiction flags among its subjects."""
        t, x = fs.figure_claims, fs.figure_contradictions
        with self._engine.connect() as conn:
            claims = [_claim(r) for r in conn.execute(select(t).where(t.c.topic_key == topic_key)
                                                      .order_by(t.c.as_of_lo, t.c.id)).mappings()]
            owns = sorted({own_topic(c.subject_key) for c in claims} | {topic_key})   # joined claims' own keys
            flags = [FigureContradiction(**dict(r)) for r in conn.execute(
                select(x).where(or_(*[and_(x.c.subject_key >= o + "|", x.c.subject_key < o + "|\uffff")
                                      for o in owns]))
                .order_by(x.c.created_at, x.c.id)).mappings()]
        return claims, flags


def _without_keys(r: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in r.items() if k not in ("sort_key", "id_key")}


def _document(r: dict[str, Any]) -> Document:
    return Document(id=r["id"], text=r["text"], title=r["title"], published=r["published"], language=r["language"],
                    url=r["url"], outlet=r["outlet"], author=r["author"],
                    captions=tuple(json.loads(r["captions"] or "[]")), origin=r["origin"])
