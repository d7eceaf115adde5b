"""sitroom.store: SQLite (default, WAL + FTS5) or PostgreSQL persistence."""
from sitroom.store._browse import EventFilter, EventRecord
from sitroom.store._browse_fuse import ClaimFilter
from sitroom.store._guard import QueryTimeout
from sitroom.store._paging import Page
from sitroom.store.db import DEFAULT_DB, SaveResult, Store, date_sort_key

__all__ = ["DEFAULT_DB", "ClaimFilter", "EventFilter", "EventRecord", "Page", "QueryTimeout", "SaveResult", "Store",
           "date_sort_key"]
