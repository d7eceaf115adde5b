"""Keyset pagination: a page is an index range walk after the last row of the previous page, never an OFFSET.

Lists are ordered by (sort column, id). Rows whose sort column is NULL (undated events) come after all the others in
both directions, ordered by id; the cursor says which of the two parts it is in. The cursor is opaque to callers
(URL-safe base64 of a small JSON list) and a malformed one is a `ValueError`, which the API turns into a 400.
"""
from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from typing import Any, Callable, Generic, TypeVar

from sqlalchemy import Select, and_, or_, tuple_

T = TypeVar("T")
MAX_LIMIT = 500


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of a list; `next` is the cursor of the following page (None on the last one)."""
    rows: list[T]
    next: str | None = None


def row_dicts(result) -> list[dict[str, Any]]:
    """All rows of a result as dicts (column name -> value) in one fetch: `dict(r) for r in result.mappings()`
    fetches and wraps them one at a time, which cost more than the query on a page of 50 wide rows."""
    keys = list(result.keys())
    return [dict(zip(keys, r)) for r in result.fetchall()]


def encode_cursor(*values: Any) -> str:
    raw = json.dumps(list(values), separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(token: str, arity: int) -> list[Any]:
    try:
        values = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
    except (binascii.Error, ValueError, UnicodeDecodeError):
        raise ValueError(f"malformed cursor {token!r}") from None
    if not isinstance(values, list) or len(values) != arity:
        raise ValueError(f"malformed cursor {token!r}")
    return values


def check_limit(limit: int) -> int:
    if not 1 <= limit <= MAX_LIMIT:
        raise ValueError(f"limit must be between 1 and {MAX_LIMIT}, not {limit}")
    return limit


def keyset_page(conn, q: Select, sort, ident, *, after: str | None, limit: int, desc: bool = False,
                nullable: bool = True, convert: Callable[[list[dict[str, Any]]], list[T]] | None = None) -> Page[T]:
    """Run `q` ordered by (`sort`, `ident`) from cursor `after`; `sort`/`ident` must be selected as `sort_key`/`id_key`."""
    check_limit(limit)
    part, sort_v, id_v = decode_cursor(after, 3) if after else (0, None, None)
    if part not in (0, 1):
        raise ValueError(f"malformed cursor {after!r}")
    rows: list[dict[str, Any]] = []
    if part == 0:
        q0 = q.where(sort.is_not(None)) if nullable else q
        if id_v is not None:
            q0 = q0.where(tuple_(sort, ident) < tuple_(sort_v, id_v) if desc else tuple_(sort, ident) > tuple_(sort_v, id_v))
        q0 = q0.order_by(sort.desc(), ident.desc()) if desc else q0.order_by(sort, ident)
        rows = row_dicts(conn.execute(q0.limit(limit + 1)))
        if len(rows) > limit:
            rows = rows[:limit]
            return Page(_convert(convert, rows), encode_cursor(0, rows[-1]["sort_key"], rows[-1]["id_key"]))
        if not nullable:
            return Page(_convert(convert, rows), None)
        id_v = None
    q1 = q.where(sort.is_(None))
    if id_v is not None:
        q1 = q1.where(ident > id_v)
    need = limit - len(rows)
    more = row_dicts(conn.execute(q1.order_by(ident).limit(need + 1)))
    nxt = None
    if len(more) > need:
        more = more[:need]
        nxt = encode_cursor(1, None, more[-1]["id_key"]) if more else encode_cursor(1, None, id_v)
    return Page(_convert(convert, rows + more), nxt)


def _convert(convert, rows):
    return convert(rows) if convert else rows


def after_row(cols: list, values: list[Any]):
    """The condition "comes after `values`" in the ascending order of `cols`, NULL first (as SQLite orders; the
    last column must be unique and not NULL). The first column also gets a plain range, so that the walk starts at
    the cursor instead of checking every row before it."""
    ors, eqs = [], []
    for col, v in zip(cols, values, strict=True):
        ors.append(and_(*eqs, col.is_not(None) if v is None else col > v))
        eqs.append(col.is_(None) if v is None else col == v)
    cond = or_(*ors)
    return and_(cols[0] >= values[0], cond) if values[0] is not None else cond
