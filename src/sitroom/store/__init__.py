"""sitroom.store: SQLite (default, WAL + FTS5) or PostgreSQL persistence."""
from sitroom.store.db import DEFAULT_DB, SaveResult, Store, date_sort_key

__all__ = ["DEFAULT_DB", "SaveResult", "Store", "date_sort_key"]
