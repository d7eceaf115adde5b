"""Summaries of the figure series, kept current when a claim is written (issue 13: the series list and a long
series' totals and chart read a few summary rows instead of aggregating every claim of the series on each request).

`figure_series`: one row per topic key (counted|owner|location) with its claims (repeats included), its points (claims
counted once: no `duplicate_of`) and its as-of span (smallest and largest `as_of_lo` of all its claims).
`figure_series_days`: per topic, as-of day and status, the dated points, the smallest figure (lower bound, else upper)
and the largest (upper bound, else lower): the series chart by day over all sources, and by month once summed up.

Both are exactly what a GROUP BY over `figure_claims` gives (`summary_selects`, which `rebuild_series_summary`
and the tests use): `add_claim_to_summary` adds one claim to them with an UPDATE of the row (atomic on every
backend, so concurrent writers do not lose counts), inserting it when the series or day is new.
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import (
    Column, Connection, Float, Integer, String, Table, and_, case, delete, func, insert, or_, select, update,
)

from sitroom.store import _fusion_schema as fs
from sitroom.store._schema import metadata

figure_series = Table(
    "figure_series", metadata,
    Column("topic_key", String(120), primary_key=True),
    Column("claims", Integer, nullable=False),           # every claim of the series (repeats too)
    Column("points", Integer, nullable=False),           # claims counted once (duplicate_of IS NULL)
    Column("first", String(10)),                          # min(as_of_lo) over its claims
    Column("last", String(10)),                           # max(as_of_lo)
)

figure_series_days = Table(
    "figure_series_days", metadata,
    Column("topic_key", String(120), primary_key=True),
    Column("day", String(10), primary_key=True),          # as_of_lo of the points
    Column("status", String(16), primary_key=True),
    Column("points", Integer, nullable=False),            # dated points counted once
    Column("lower", Float),                               # min(coalesce(lower, upper))
    Column("upper", Float),                               # max(coalesce(upper, lower))
)


def _least(col, v):
    """`col` lowered to `v` (NULL counts as no value, as in min())."""
    return col if v is None else case((or_(col.is_(None), col > v), v), else_=col)


def _greatest(col, v):
    return col if v is None else case((or_(col.is_(None), col < v), v), else_=col)


def _upsert(conn: Connection, table: Table, key: dict[str, Any], changes: dict[str, Any], new: dict[str, Any]) -> None:
    """UPDATE the row of `key` with `changes`; when there is none, INSERT `new` (and, should another writer have
    inserted it in between, UPDATE after all)."""
    where = and_(*[table.c[k] == v for k, v in key.items()])
    if conn.execute(update(table).where(where).values(**changes)).rowcount:
        return
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert
        stmt = pg_insert(table).on_conflict_do_nothing()
    else:
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert
        stmt = sqlite_insert(table).on_conflict_do_nothing()
    if not conn.execute(stmt, key | new).rowcount:       # one row, not a list: psycopg counts no batch (-1)
        conn.execute(update(table).where(where).values(**changes))


def add_claim_to_summary(conn: Connection, claim: dict[str, Any]) -> None:
    """Count a newly stored claim (a `figure_claims` row) in the summaries."""
    s, dd = figure_series.c, figure_series_days.c
    point = claim["duplicate_of"] is None
    lo = claim["as_of_lo"]
    _upsert(conn, figure_series, {"topic_key": claim["topic_key"]},
            {"claims": s.claims + 1, "points": s.points + (1 if point else 0),
             "first": _least(s.first, lo), "last": _greatest(s.last, lo)},
            {"claims": 1, "points": 1 if point else 0, "first": lo, "last": lo})
    if not point or lo is None:
        return
    lower, upper = claim["lower"], claim["upper"]
    small = lower if lower is not None else upper
    large = upper if upper is not None else lower
    _upsert(conn, figure_series_days, {"topic_key": claim["topic_key"], "day": lo, "status": claim["status"]},
            {"points": dd.points + 1, "lower": _least(dd.lower, small), "upper": _greatest(dd.upper, large)},
            {"points": 1, "lower": small, "upper": large})


def summary_selects():
    """The two summaries computed from `figure_claims` (what the tables must always equal)."""
    c = fs.figure_claims.c
    series = (select(c.topic_key, func.count().label("claims"),
                     func.coalesce(func.sum(case((c.duplicate_of.is_(None), 1), else_=0)), 0).label("points"),
                     func.min(c.as_of_lo).label("first"), func.max(c.as_of_lo).label("last"))
              .group_by(c.topic_key))
    days = (select(c.topic_key, c.as_of_lo.label("day"), c.status, func.count().label("points"),
                   func.min(func.coalesce(c.lower, c.upper)).label("lower"),
                   func.max(func.coalesce(c.upper, c.lower)).label("upper"))
            .where(c.duplicate_of.is_(None), c.as_of_lo.is_not(None))
            .group_by(c.topic_key, c.as_of_lo, c.status))
    return series, days


def rebuild_series_summary(conn: Connection) -> None:
    """Recompute both summaries from the claims (after a bulk load that bypassed the writers; migration 011)."""
    from sitroom.store._series_join import rejoin_all
    rejoin_all(conn)                                     # which series a partial key is on (issue 10)
    series, days = summary_selects()
    conn.execute(delete(figure_series_days))
    conn.execute(delete(figure_series))
    conn.execute(insert(figure_series).from_select(["topic_key", "claims", "points", "first", "last"], series))
    conn.execute(insert(figure_series_days).from_select(["topic_key", "day", "status", "points", "lower", "upper"],
                                                        days))
