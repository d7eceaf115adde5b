"""Fixtures shared by the tests: a store URL on every backend (SQLite always; PostgreSQL when .ci/run started one)."""
from __future__ import annotations

import os
import uuid

import pytest

PG_URL = os.environ.get("SITROOM_TEST_PG_URL")      # e.g. postgresql+psycopg://sitroom@127.0.0.1:5432/sitroom_test


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """A fresh, empty store location: a SQLite file, or a new database on the PostgreSQL server of
    SITROOM_TEST_PG_URL (dropped afterwards). The PostgreSQL case is skipped, saying why, without that variable."""
    if request.param == "sqlite":
        yield str(tmp_path / "store.db")
        return
    if not PG_URL:
        pytest.skip("SITROOM_TEST_PG_URL is not set (.ci/run starts a throwaway PostgreSQL server)")
    import sqlalchemy as sa
    from sqlalchemy.engine import make_url

    name = f"sitroom_t_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
