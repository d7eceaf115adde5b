"""Read methods over what the fuse stage stored: figure claims, series, contradictions, clusters (paged, indexed).

Mixed into `Store`. Figure claims live in the fusion tables today; when they become first-class records (issue 10)
only these methods change, not their callers. Rows are plain dicts with the table's column names.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from typing import Any

from sqlalchemy import and_, func, null, or_, select

from sitroom.model import own_topic
from sitroom.store import _fusion_schema as fs
from sitroom.store import _schema as schema
from sitroom.store._series_summary import figure_series, figure_series_days
from sitroom.store._paging import (
    Page, after_row, check_limit, decode_cursor, encode_cursor, keyset_page, row_dicts,
)

MAX_CHART_MARKS = 1000            # aggregate rows of a series chart (day or month x source x status)


@dataclass(frozen=True)
class SeriesSlice:
    """A page of one figure series and what the whole series holds (`Store.series_slice`).

    `points` are the page's claims counted once (no `duplicate_of`), by as-of date and id (undated last), and
    `repeats` the claims that repeat one of them; `previous` is the last point of the page before (None on the
    first page) and `pairs` the contradiction flags (claim id, claim id) that involve any of these. `claims` and
    `points_total` count the whole series with and without repeats; `first` / `last` are its as-of span.
    `chart` is the series' dated points aggregated by `chart_by` ("day" or "month"), source (None: all sources
    together, when per source would be too many marks) and status: date, source, status, points, lower = smallest
    figure, upper = largest; at most MAX_CHART_MARKS rows (`chart_cut`: there were more). It is empty, with
    `chart_by` "point", when the page holds the whole series.
    """
    points: Page[dict[str, Any]]
    repeats: list[dict[str, Any]]
    previous: dict[str, Any] | None
    pairs: list[tuple[str, str]]
    claims: int
    points_total: int
    first: str | None
    last: str | None
    chart: list[dict[str, Any]]
    chart_by: str
    chart_cut: bool
    ends: dict[str, Any] = field(default_factory=dict)   # first/last_as_of, first/last_relation (`_end_dates`)


@dataclass(frozen=True)
class ClaimFilter:
    """What a claim list can be narrowed to; None means any. `topic` is a series key (counted|owner|location)."""
    topic: str | None = None
    counted: str | None = None
    status: str | None = None
    source: str | None = None            # any case
    outlet: str | None = None
    modality: str | None = None
    owner_country: str | None = None
    location_country: str | None = None
    since: str | None = None             # as-of date, YYYY-MM-DD
    until: str | None = None
    repeats: bool = True                 # include claims counted once elsewhere (duplicate_of set)

    def active(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)
                if getattr(self, f.name) and f.name != "repeats"} | ({} if self.repeats else {"repeats": False})


def _prefix(col, prefix: str):
    """col starts with prefix, as an index range (keys are plain ASCII joined by '|')."""
    return and_(col >= prefix, col < prefix + "\uffff")


def _strip(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: v for k, v in r.items() if k not in ("sort_key", "id_key")} for r in rows]


def _cluster_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    for r in rows:
        r["keywords"] = json.loads(r["keywords"] or "[]")
    return _strip(rows)


class FuseQueries:
    """Paged reads over figure claims, series, contradictions and clusters (mixed into `Store`)."""

    _engine: Any
    is_sqlite: bool

    # ------------------------------------------------------------------ claims
    def claim_page(self, f: ClaimFilter = ClaimFilter(), *, after: str | None = None, limit: int = 50,
                   newest_first: bool = True) -> Page[dict[str, Any]]:
        """Figure claims by as-of date (newest first by default)."""
        t = fs.figure_claims
        c = t.c
        q = select(t, c.as_of_lo.label("sort_key"), c.id.label("id_key"))
        if f.topic:
            q = q.where(c.topic_key == f.topic)
        if f.counted:
            q = q.where(c.counted == f.counted.lower())
        for col in ("status", "modality", "outlet"):
            if getattr(f, col):
                q = q.where(getattr(c, col) == getattr(f, col))
        for col in ("owner_country", "location_country"):
            if getattr(f, col):
                q = q.where(getattr(c, col) == getattr(f, col).upper())
        if f.source:
            q = q.where(func.lower(c.source) == f.source.strip().lower())
        if f.since:
            q = q.where(c.as_of_lo >= f.since)
        if f.until:
            q = q.where(c.as_of_lo <= f.until)
        if not f.repeats:
            q = q.where(c.duplicate_of.is_(None))
        with self._engine.connect() as conn:
            return keyset_page(conn, q, c.as_of_lo, c.id, after=after, limit=limit, desc=newest_first,
                               convert=_strip)

    def claims_of_document(self, document_id: str) -> list[dict[str, Any]]:
        t = fs.figure_claims
        with self._engine.connect() as conn:
            return row_dicts(conn.execute(select(t).where(t.c.document_id == document_id)
                                          .order_by(t.c.evidence_start, t.c.id)))

    # ------------------------------------------------------------------ series
    def series_page(self, *, counted: str | None = None, after: str | None = None,
                    limit: int = 50) -> Page[dict[str, Any]]:
        """Series (one per topic key counted|owner|location) in key order, each with its claim count and date span.

        Reads the series summary (`figure_series`, kept current by the claim writer): a page is `limit` rows
        however many claims its series hold.
        """
        check_limit(limit)
        s = figure_series.c
        q = select(s.topic_key, s.claims, s.first, s.last).order_by(s.topic_key)
        if counted:
            q = q.where(_prefix(s.topic_key, counted.lower() + "|"))
        if after:
            q = q.where(s.topic_key > decode_cursor(after, 1)[0])
        with self._engine.connect() as conn:
            rows = row_dicts(conn.execute(q.limit(limit + 1)))
            for r in rows[:limit]:
                r.update(_end_dates(conn, r["topic_key"], r["first"], r["last"]))
        nxt = encode_cursor(rows[limit - 1]["topic_key"]) if len(rows) > limit else None
        return Page(rows[:limit], nxt)

    def series_slice(self, topic_key: str, *, after: str | None = None, limit: int = 50) -> SeriesSlice:
        """One page of a series' points (keyset in series order), with their repeats and flags, the series' totals
        and (when it does not fit on one page) its chart as an aggregate: bounded however long the series is."""
        check_limit(limit)
        t, x = fs.figure_claims, fs.figure_contradictions
        c = t.c
        with self._engine.connect() as conn:
            rows, nxt = self._series_points(conn, topic_key, after, limit)
            ids = [r["id"] for r in rows]
            previous = None
            if after:
                previous = conn.execute(select(t).where(c.id == decode_cursor(after, 5)[4],
                                                        c.topic_key == topic_key)).mappings().first()
                previous = dict(previous) if previous else None
            repeats = row_dicts(conn.execute(select(t).where(
                c.topic_key == topic_key, c.duplicate_of.in_(ids)))) if ids else []
            near = ids + ([previous["id"]] if previous else [])
            # a flag is between two claims of one own subject; joined claims (issue 10) bring their own keys
            owns = sorted({own_topic(r["subject_key"]) for r in rows + ([previous] if previous else [])})
            pairs = [(a, b) for a, b in conn.execute(select(x.c.claim_a, x.c.claim_b).where(
                or_(*[_prefix(x.c.subject_key, o + "|") for o in owns]),
                or_(x.c.claim_a.in_(near), x.c.claim_b.in_(near))))] if near else []
            page = Page(rows, nxt)
            if after is None and nxt is None:          # the whole series is on this page
                dates = [r["as_of_lo"] for r in rows + repeats if r["as_of_lo"]]
                first, last = min(dates, default=None), max(dates, default=None)
                return SeriesSlice(page, repeats, None, pairs, len(rows) + len(repeats), len(rows), first, last, [],
                                   "point", False, _end_dates(conn, topic_key, first, last))
            sm = figure_series.c
            claims, n_points, first, last = conn.execute(
                select(sm.claims, sm.points, sm.first, sm.last).where(sm.topic_key == topic_key)).first() \
                or (0, 0, None, None)
            chart, by, cut = self._series_chart(conn, topic_key, int(n_points or 0))
            ends = _end_dates(conn, topic_key, first, last)
        return SeriesSlice(page, repeats, previous, pairs, claims, int(n_points or 0), first, last, chart, by, cut,
                           ends)

    def _series_points(self, conn, topic_key: str, after: str | None,
                       limit: int) -> tuple[list[dict[str, Any]], str | None]:
        """A page of a series' points in series order: dated ones by (as-of date, claim date, source, id), then the
        undated by (claim date, source, id); NULL claim dates first. The cursor is [part, as_of_lo, claim_date,
        source, id] of the page's last point."""
        t = fs.figure_claims
        c = t.c
        part, *last = decode_cursor(after, 5) if after else (0, None, None, None, None)
        if part not in (0, 1):
            raise ValueError(f"malformed cursor {after!r}")
        claim_date = c.claim_date if self.is_sqlite else c.claim_date.nulls_first()
        base = select(t).where(c.topic_key == topic_key, c.duplicate_of.is_(None))
        rows: list[dict[str, Any]] = []
        if part == 0:
            q = base.where(c.as_of_lo.is_not(None))
            if after:
                q = q.where(after_row([c.as_of_lo, c.claim_date, c.source, c.id], last))
            rows = row_dicts(conn.execute(q.order_by(c.as_of_lo, claim_date, c.source, c.id)
                                          .limit(limit + 1)))
            last = [None, None, None, None]
        if len(rows) <= limit:
            q = base.where(c.as_of_lo.is_(None))
            if last[3] is not None:
                q = q.where(after_row([c.claim_date, c.source, c.id], last[1:]))
            rows += row_dicts(conn.execute(q.order_by(claim_date, c.source, c.id)
                                           .limit(limit + 1 - len(rows))))
        if len(rows) <= limit:
            return rows, None
        rows = rows[:limit]
        r = rows[-1]
        return rows, encode_cursor(0 if r["as_of_lo"] else 1, r["as_of_lo"], r["claim_date"], r["source"], r["id"])

    @staticmethod
    def _series_chart(conn, topic_key: str, points: int) -> tuple[list[dict[str, Any]], str, bool]:
        """The dated points of a series as at most MAX_CHART_MARKS groups: how many, the smallest and the largest
        figure per day, source and status when the series has no more points than that (one pass over its points,
        it fits); else per day and status over all sources (source None), or per month and status when that is
        still too many: both read from the day summary (`figure_series_days`), not from the claims."""
        c, dd = fs.figure_claims.c, figure_series_days.c
        if points <= MAX_CHART_MARKS:
            keys = [c.as_of_lo, c.source, c.status]
            q = (select(c.as_of_lo.label("date"), c.source, c.status, func.count().label("points"),
                        func.min(func.coalesce(c.lower, c.upper)).label("lower"),
                        func.max(func.coalesce(c.upper, c.lower)).label("upper"))
                 .where(c.topic_key == topic_key, c.duplicate_of.is_(None), c.as_of_lo.is_not(None))
                 .group_by(*keys).order_by(*keys).limit(MAX_CHART_MARKS + 1))
            rows = row_dicts(conn.execute(q))
            if len(rows) <= MAX_CHART_MARKS:
                return rows, "day", False
        rows = row_dicts(conn.execute(
            select(dd.day.label("date"), null().label("source"), dd.status, dd.points, dd.lower, dd.upper)
            .where(dd.topic_key == topic_key).order_by(dd.day, dd.status).limit(MAX_CHART_MARKS + 1)))
        if len(rows) <= MAX_CHART_MARKS:
            return rows, "day", False
        month = func.substr(dd.day, 1, 7) + "-01"
        rows = row_dicts(conn.execute(
            select(month.label("date"), null().label("source"), dd.status, func.sum(dd.points).label("points"),
                   func.min(dd.lower).label("lower"), func.max(dd.upper).label("upper"))
            .where(dd.topic_key == topic_key).group_by(month, dd.status).order_by(month, dd.status)
            .limit(MAX_CHART_MARKS + 1)))
        return rows[:MAX_CHART_MARKS], "month", len(rows) > MAX_CHART_MARKS

    # ------------------------------------------------------------------ contradictions
    def contradiction_page(self, *, topic: str | None = None, after: str | None = None,
                           limit: int = 50) -> Page[dict[str, Any]]:
        """Contradiction flags newest first, each with both claims (`a`, `b`) as full rows."""
        x = fs.figure_contradictions
        q = select(x, x.c.created_at.label("sort_key"), x.c.id.label("id_key"))
        if topic:
            q = q.where(_prefix(x.c.subject_key, topic + "|"))
        with self._engine.connect() as conn:
            page = keyset_page(conn, q, x.c.created_at, x.c.id, after=after, limit=limit, desc=True, nullable=False,
                               convert=_strip)
            ids = {r["claim_a"] for r in page.rows} | {r["claim_b"] for r in page.rows}
            t = fs.figure_claims
            claims = {r["id"]: dict(r) for r in conn.execute(select(t).where(t.c.id.in_(ids))).mappings()} if ids else {}
        rows = [r | {"a": claims.get(r["claim_a"]), "b": claims.get(r["claim_b"])} for r in page.rows]
        return Page([r for r in rows if r["a"] and r["b"]], page.next)

    # ------------------------------------------------------------------ clusters
    def cluster_page(self, *, type: str | None = None, min_size: int = 1, after: str | None = None,
                     limit: int = 50) -> Page[dict[str, Any]]:
        """Event clusters, largest first (summaries; members through `cluster_members`)."""
        t = fs.event_clusters
        q = select(t, t.c.size.label("sort_key"), t.c.id.label("id_key"))
        if type:
            q = q.where(t.c.type == type.upper())
        if min_size > 1:
            q = q.where(t.c.size >= min_size)
        with self._engine.connect() as conn:
            return keyset_page(conn, q, t.c.size, t.c.id, after=after, limit=limit, desc=True, nullable=False,
                               convert=_cluster_rows)

    def cluster_summary(self, cluster_id: str) -> dict[str, Any] | None:
        t = fs.event_clusters
        with self._engine.connect() as conn:
            rows = row_dicts(conn.execute(select(t).where(t.c.id == cluster_id)))
        return _cluster_rows(rows)[0] if rows else None

    def cluster_members(self, cluster_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
        """Links of each cluster (event id, document, score, reasons, copy-of), in the order they were made."""
        if not cluster_ids:
            return {}
        l, nd, d = fs.cluster_links, fs.near_duplicates, schema.documents
        q = (select(l, nd.c.canonical_id.label("near_duplicate_of"), d.c.outlet, d.c.published)
             .join(d, d.c.id == l.c.document_id).outerjoin(nd, nd.c.document_id == l.c.document_id)
             .where(l.c.cluster_id.in_(cluster_ids)).order_by(d.c.published, l.c.linked_at, l.c.event_id))
        out: dict[str, list[dict[str, Any]]] = {cid: [] for cid in cluster_ids}
        with self._engine.connect() as conn:
            for r in conn.execute(q).mappings():
                m = dict(r)
                m["reasons"] = json.loads(m["reasons"] or "[]")
                out[m["cluster_id"]].append(m)
        return out

    def cluster_of_event(self, event_id: str) -> str | None:
        l = fs.cluster_links
        with self._engine.connect() as conn:
            return conn.execute(select(l.c.cluster_id).where(l.c.event_id == event_id)).scalar()


def _end_dates(conn, topic_key: str, first: str | None, last: str | None) -> dict[str, Any]:
    """The as-of value and relation of a claim at either end of a series' span, so a page says "2022" or "the week
    of 17 October 2022" as the claims do, not the first day of their span (one indexed lookup each: topic_key,
    as_of_lo). Keys first_as_of, first_relation, last_as_of, last_relation."""
    c = fs.figure_claims.c
    out: dict[str, Any] = {}
    for end, day in (("first", first), ("last", last)):
        hit = conn.execute(select(c.as_of, c.as_of_relation).where(c.topic_key == topic_key, c.as_of_lo == day)
                           .order_by(c.id).limit(1)).first() if day else None
        out[f"{end}_as_of"], out[f"{end}_relation"] = (hit[0], hit[1]) if hit else (None, None)
    return out
