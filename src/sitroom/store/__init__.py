"""sitroom.store: SQLite (default, WAL + FTS5) or PostgreSQL persistence.

The only package that talks SQL. `Store` owns the connections; `Store.transaction()` gives a `Transaction` whose
methods (documents and events, and the fuse stage's tables) all run in one unit of work. Records go in and come
out as the dataclasses of `sitroom.model`. `dump_tables` and `integrity_problems` compare and check whole stores; `backup` copies a live SQLite store.
"""
from sitroom.store._backup import BackupError, backup
from sitroom.store._browse import EventFilter, EventRecord
from sitroom.store._browse_fuse import ClaimFilter, SeriesSlice
from sitroom.store._dump import dump_tables, integrity_problems
from sitroom.store._guard import QueryTimeout
from sitroom.store._paging import Page
from sitroom.store.db import DEFAULT_DB, SaveResult, Store, StoreOpenError, Transaction

__all__ = ["DEFAULT_DB", "BackupError", "ClaimFilter", "EventFilter", "EventRecord", "Page", "QueryTimeout", "SaveResult", "StoreOpenError",
           "SeriesSlice", "Store", "Transaction", "backup", "dump_tables", "integrity_problems"]
