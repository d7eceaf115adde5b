"""A consistent copy of a live store. A plain copy of a SQLite file in WAL mode is not a backup: the last writes sit
in the -wal file and a copy taken mid-write can be torn. `VACUUM INTO` writes a complete, compacted database from one
read transaction, while other connections go on writing."""
from __future__ import annotations

from pathlib import Path


class BackupError(RuntimeError):
    """The backup cannot be made (the destination exists, the store is not SQLite): `str()` says why."""


def backup(store, dest: str | Path) -> Path:
    """Write a consistent copy of a SQLite store to `dest` (which must not exist yet); returns its path."""
    if not store.is_sqlite:
        raise BackupError("only SQLite stores are backed up by sitroom; for PostgreSQL use pg_dump")
    out = Path(dest)
    if out.exists():
        raise BackupError(f"{out} exists already; name a new file")
    if not out.parent.is_dir():
        raise BackupError(f"no folder {out.parent} to write {out.name} into")
    from sqlalchemy import text
    with store._engine.connect() as conn:           # VACUUM cannot run inside a transaction
        conn.execution_options(isolation_level="AUTOCOMMIT").execute(text("VACUUM INTO :dest"), {"dest": str(out)})
    return out
