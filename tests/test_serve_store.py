"""The store's read side for `sitroom serve`: keyset pages, cursors, search words, guards, and that every list query
walks an index (EXPLAIN QUERY PLAN of the statements the store actually runs)."""
from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import event as sa_event
from sqlalchemy import text

from serve_data import build_store
from sitroom.model import Document, Event, EventDate, Evidence, Extraction, content_id
from sitroom.store import ClaimFilter, EventFilter, QueryTimeout, Store
from sitroom.store._browse import fts_query


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = build_store(tmp_path_factory.mktemp("store") / "s.db")
    with Store(path) as s:
        yield s


def _dated_and_undated(tmp_path, dated: int, undated: int) -> Store:
    doc = Document(id="d", text="x" * 10, published="2022-10-01")
    evs = [Event(id=f"e{i:02d}", type="AID", evidence=Evidence("x", i, i + 1),
                 date=EventDate(f"2022-10-{i % 28 + 1:02d}", None, "day") if i < dated else None)
           for i in range(dated + undated)]
    s = Store(tmp_path / "p.db")
    s.save(Extraction(doc, tuple(evs)))
    return s


@pytest.mark.parametrize("limit", [1, 2, 3, 5, 7, 50])
@pytest.mark.parametrize("newest", [False, True])
def test_pages_cross_from_dated_to_undated_events_without_loss(tmp_path, limit, newest):
    s = _dated_and_undated(tmp_path, dated=5, undated=2)
    seen, after = [], None
    while True:
        page = s.event_page(after=after, limit=limit, newest_first=newest)
        seen += [r.event.id for r in page.rows]
        assert len(page.rows) <= limit
        if page.next is None:
            break
        after = page.next
    dated = sorted((r for r in seen if int(r[1:]) < 5), key=lambda i: (f"{int(i[1:]) % 28 + 1:02d}", i),
                   reverse=newest)
    assert seen == dated + ["e05", "e06"]


def test_malformed_cursors_and_limits_are_value_errors(store):
    for bad in ("", "!!!", "W10", "WzAsMV0"):           # not base64 JSON / wrong arity
        with pytest.raises(ValueError):
            store.event_page(after=bad or "=")
    with pytest.raises(ValueError):
        store.event_page(limit=0)
    with pytest.raises(ValueError):
        store.claim_page(limit=501)


@pytest.mark.parametrize("words,query", [
    ("Kharkiv power", '"Kharkiv" "power"'), ('"quoted" OR -x', '"quoted" "OR" "x"'), ("drone*", '"drone"*'),
    ("***", None), ("", None), ("col:umn NEAR(", '"col" "umn" "NEAR"'),
])
def test_search_words_become_a_quoted_fts_query(words, query):
    assert fts_query(words) == query


def test_evidence_search_index_follows_new_events(tmp_path):
    s = _dated_and_undated(tmp_path, 1, 0)
    doc = Document(id="d2", text="Convoy reached Kherson.", published="2022-10-02")
    s.save(Extraction(doc, (Event(id="k", type="MOBILIZE", evidence=Evidence("Convoy reached Kherson.", 0, 23)),)))
    assert [r.event.id for r in s.search_events("kherson").rows] == ["k"]
    assert [r.event.id for r in s.event_page(EventFilter(text="convoy")).rows] == ["k"]


def test_the_browse_migration_adds_indexes_and_search_to_an_older_store(tmp_path):
    path = tmp_path / "old.db"
    Store(path).close()
    con = sqlite3.connect(path)
    con.execute("DROP INDEX ix_events_type_date")
    con.execute("DROP TABLE events_fts")
    con.execute("DROP TRIGGER IF EXISTS events_fts_insert")
    con.execute("DELETE FROM migrations WHERE name = '004_browse_indexes'")
    con.execute("INSERT INTO documents (id, text, ingested_at) VALUES ('d', 'Tanks moved.', 'now')")
    con.execute("INSERT INTO events (id, document_id, type, modality, evidence, evidence_start, evidence_end) "
                "VALUES ('e', 'd', 'MOBILIZE', 'asserted', 'Tanks moved.', 0, 12)")
    con.commit()
    con.close()
    with Store(path) as s:
        assert [r.event.id for r in s.search_events("tanks").rows] == ["e"]      # existing rows indexed too
    names = {r[0] for r in sqlite3.connect(path).execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert "ix_events_type_date" in names


def test_time_limit_interrupts_a_runaway_query(tmp_path):
    s = _dated_and_undated(tmp_path, 1, 0)
    s.guard()
    with pytest.raises(QueryTimeout):
        with s.time_limit(0.05):
            with s._engine.connect() as conn:
                conn.execute(text("WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r) "
                                  "SELECT count(*) FROM r")).all()
    assert len(s.event_page().rows) == 1                 # the connection is usable afterwards


def test_guarded_store_is_read_only_unless_asked(tmp_path):
    s = _dated_and_undated(tmp_path, 1, 0)
    s.guard()
    with pytest.raises(Exception, match="readonly"):
        s.save(Extraction(Document(id="z", text="z")))
    w = Store(tmp_path / "p.db")
    w.guard(read_only=False)
    assert w.save(Extraction(Document(id="z", text="z"))).new


def _plans(store: Store, call) -> list[tuple[str, str]]:
    """(statement, query plan) of every SELECT the store runs inside `call`."""
    seen: list[tuple[str, tuple]] = []

    def capture(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append((statement, parameters))
    sa_event.listen(store._engine, "before_cursor_execute", capture)
    try:
        call()
    finally:
        sa_event.remove(store._engine, "before_cursor_execute", capture)
    con = sqlite3.connect(store.url.removeprefix("sqlite:///"))
    return [(sql, " | ".join(r[3] for r in con.execute("EXPLAIN QUERY PLAN " + sql, params)))
            for sql, params in seen]


@pytest.mark.parametrize("name,call", [
    ("events", lambda s: s.event_page(limit=5)),
    ("events newest", lambda s: s.event_page(limit=5, newest_first=True)),
    ("type", lambda s: s.event_page(EventFilter(type="ASSAULT"), limit=5)),
    ("location", lambda s: s.event_page(EventFilter(location_country="UKR"), limit=5)),
    ("actor", lambda s: s.event_page(EventFilter(actor_country="RUS"), limit=5)),
    ("source", lambda s: s.event_page(EventFilter(source="officials"), limit=5)),
    ("outlet", lambda s: s.event_page(EventFilter(outlet="Minsk Daily"), limit=5)),
    ("dates", lambda s: s.event_page(EventFilter(since="2022-10-13", until="2022-10-20"), limit=5)),
    ("search", lambda s: s.search_events("Kharkiv", limit=5)),
    ("documents", lambda s: s.document_page(limit=5)),
    ("claims", lambda s: s.claim_page(limit=5)),
    ("claims counted", lambda s: s.claim_page(ClaimFilter(counted="personnel"), limit=5)),
    ("series list", lambda s: s.series_page(limit=5)),
    ("series", lambda s: s.series_slice("personnel|RUS|BLR")),
    ("series paged", lambda s: s.series_slice("personnel|RUS|BLR", limit=1)),
    ("series deep", lambda s: s.series_slice("personnel|RUS|BLR", limit=1,
                                             after=s.series_slice("personnel|RUS|BLR", limit=1).points.next)),
    ("contradictions", lambda s: s.contradiction_page(limit=5)),
    ("clusters", lambda s: s.cluster_page(limit=5)),
])
def test_list_queries_walk_an_index_and_never_sort_the_table(store, name, call):
    for sql, plan in _plans(store, lambda: call(store)):
        assert "TEMP B-TREE FOR ORDER BY" not in plan, (name, sql, plan)
        scans = [p for p in plan.split(" | ") if p.startswith("SCAN") and "VIRTUAL TABLE" not in p
                 and "USING INDEX" not in p and "USING COVERING INDEX" not in p]
        assert not scans, (name, sql, plan)


def test_claim_and_series_pages(store):
    page = store.series_page(limit=2)
    rest = store.series_page(after=page.next, limit=50)
    keys = [r["topic_key"] for r in page.rows + rest.rows]
    assert keys == sorted(keys) and len(set(keys)) == len(keys) and rest.next is None
    sl = store.series_slice("personnel|RUS|BLR")
    assert len(sl.points.rows) + len(sl.repeats) == 5 == sl.claims and sl.points.next is None and len(sl.pairs) == 1
    assert [r["as_of_lo"] for r in sl.points.rows] == sorted(r["as_of_lo"] for r in sl.points.rows)


def test_document_excerpt(store):
    rec = store.event_page(EventFilter(type="ASSAULT", text="drone")).rows[0]
    ev = rec.event.evidence
    before, mid, after = store.document_excerpt(rec.document["id"], ev.start, ev.end, around=12)
    assert mid == ev.sentence and before == "" and after == " Firefighter"
    assert store.document_excerpt("nope", 0, 1) == ("", "", "")


def test_records_carry_figures_and_canonical_sources(store):
    rec = store.event_page(EventFilter(type="MOBILIZE", modality="planned")).rows[0]
    assert rec.event.source.name == "Ministry of Defence of Belarus"
    assert [(q.text, q.upper, q.qualifier) for q in rec.event.quantities] == [("9,000", 9000.0, "exact")]
    assert rec.document["outlet"] == "Minsk Daily" and rec.date_sort == "2022-10-16"
    assert content_id("x") and store.event_record("nope") is None
