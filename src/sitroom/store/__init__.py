"""sitroom.store: SQLite (default, WAL + FTS5) or PostgreSQL persistence."""
from sitroom.store.db import DEFAULT_DB, SaveResult, Store

__all__ = ["DEFAULT_DB", "SaveResult", "Store"]
