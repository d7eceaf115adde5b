"""Every table of a store as plain rows, for comparing two stores (a parallel run with a sequential one, a rerun
after a crash with a clean run): clock columns and integer row ids, which differ between equal stores, are left out
by default, and rows are sorted so that insertion order does not matter."""
from __future__ import annotations

from typing import Any

from sqlalchemy import select

from sitroom.store import _fusion_schema  # noqa: F401 (the fusion tables register on the shared metadata)
from sitroom.store import _schema as schema

CLOCK_COLUMNS = frozenset({"applied_at", "ingested_at", "created_at", "linked_at"})


def dump_tables(store, *, skip_columns: frozenset[str] = CLOCK_COLUMNS) -> dict[str, list[tuple]]:
    """{table name: sorted rows (tuples of column values, without `skip_columns`)} for every table we define."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with store.transaction() as tx:
        conn = tx._conn
        for table in schema.metadata.sorted_tables:
            cols = [c for c in table.columns if c.name not in skip_columns]
            rows = conn.execute(select(*cols)).all()
            out[table.name] = sorted((tuple(r) for r in rows), key=repr)
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
