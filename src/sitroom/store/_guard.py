"""Guards for a store that answers requests: read-only connections and a time limit on every query.

SQLite: each connection gets `PRAGMA query_only` and a progress handler (called every few thousand virtual-machine
steps) that interrupts the running statement once the calling thread's deadline has passed; SQLite then raises
"interrupted", which `time_limit` turns into `QueryTimeout`. The deadline is per thread because a connection is used by
one thread at a time (the thread that checked it out of the pool).
PostgreSQL: `default_transaction_read_only` and `statement_timeout` are set on each new connection (the server cancels
the statement itself).
"""
from __future__ import annotations

import threading
import time
from contextlib import contextmanager
from typing import Any, Iterator

from sqlalchemy import event as sa_event
from sqlalchemy.exc import OperationalError

PROGRESS_STEPS = 4000          # VM instructions between deadline checks (~tens of microseconds)
_local = threading.local()


class QueryTimeout(Exception):
    """A query ran past the time limit and was interrupted."""


def _check_deadline() -> int:
    deadline = getattr(_local, "deadline", None)
    return 1 if deadline is not None and time.monotonic() > deadline else 0


def guard_engine(engine, *, read_only: bool, statement_timeout_ms: int) -> None:
    """Make every new connection of `engine` read-only (when asked) and interruptible; drops pooled connections."""
    if engine.dialect.name == "sqlite":
        def on_connect(dbapi_conn, _record):
            if read_only:
                dbapi_conn.execute("PRAGMA query_only=ON")
            dbapi_conn.set_progress_handler(_check_deadline, PROGRESS_STEPS)
    else:
        def on_connect(dbapi_conn, _record):
            cur = dbapi_conn.cursor()
            if read_only:
                cur.execute("SET default_transaction_read_only = on")
            cur.execute(f"SET statement_timeout = {int(statement_timeout_ms)}")
            cur.close()
            dbapi_conn.commit()
    sa_event.listen(engine, "connect", on_connect)
    engine.dispose()


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Queries run by this thread inside the block are interrupted after `seconds` (raising `QueryTimeout`)."""
    previous = getattr(_local, "deadline", None)
    _local.deadline = time.monotonic() + seconds
    try:
        yield
    except OperationalError as exc:
        text = str(exc.orig if exc.orig is not None else exc).lower()
        if "interrupted" in text or "statement timeout" in text or "canceling statement" in text:
            raise QueryTimeout(f"query took longer than {seconds:g} s") from None
        raise
    finally:
        _local.deadline = previous


class RequestGuards:
    """`Store.guard()` and `Store.time_limit()` (mixed into `Store`)."""

    _engine: Any

    def guard(self, *, read_only: bool = True, statement_timeout_ms: int = 2000) -> None:
        """From now on every connection is read-only (unless `read_only=False`) and interruptible by `time_limit`."""
        guard_engine(self._engine, read_only=read_only, statement_timeout_ms=statement_timeout_ms)

    @staticmethod
    def time_limit(seconds: float):
        return time_limit(seconds)
