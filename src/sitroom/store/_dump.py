"""Every table of a store as plain rows, for comparing two stores (a parallel run with a sequential one, a rerun
after a crash with a clean run): a clock column, which differs between equal stores, shows only whether it is set
(a document fused or not), and rows are sorted so that insertion order does not matter."""
from __future__ import annotations

from typing import Any

from sqlalchemy import select

from sitroom.store import _fusion_schema  # noqa: F401 (the fusion tables register on the shared metadata)
from sitroom.store import _schema as schema

CLOCK_COLUMNS = frozenset({"applied_at", "ingested_at", "fused_at", "created_at", "linked_at"})


def dump_tables(store, *, clock_columns: frozenset[str] = CLOCK_COLUMNS) -> dict[str, list[tuple]]:
    """{table name: sorted rows (tuples of column values; a `clock_columns` value as set or not)} for every table."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with store.transaction() as tx:
        conn = tx._conn
        for table in schema.metadata.sorted_tables:
            clocks = [i for i, c in enumerate(table.columns) if c.name in clock_columns]
            rows = []
            for r in conn.execute(select(table)).all():
                r = list(r)
                for i in clocks:
                    r[i] = r[i] is not None
                rows.append(tuple(r))
            out[table.name] = sorted(rows, key=repr)
    return out


def integrity_problems(store) -> list[str]:
    """SQLite's `PRAGMA integrity_check` and `foreign_key_check` findings ([] when the file is sound; [] on other
    databases, which check themselves)."""
    if not store.is_sqlite:
        return []
    from sqlalchemy import text
    with store.transaction() as tx:
        conn = tx._conn
        found = [r[0] for r in conn.execute(text("PRAGMA integrity_check"))]
        problems = [] if found == ["ok"] else found
        problems += [f"foreign key: {tuple(r)}" for r in conn.execute(text("PRAGMA foreign_key_check"))]
    return problems
