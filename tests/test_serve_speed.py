"""What keeps the API fast on a large store (issue 13, benchmarks/api_load.py), as behaviour: the series summaries
kept at claim write always equal a recomputation from the claims (new stores, migrated stores, bulk loads), the word
filter of the events list finds the same events whichever plan it picks and never scans the events table, the
place + type filter has its own index, and the hand-written conversions give exactly the `extract` shapes.
On SQLite and, when configured, PostgreSQL."""
from __future__ import annotations

import sqlite3
from urllib.parse import quote

import pytest
from sqlalchemy import delete, event as sa_event, insert, select, text

from sitroom.model import (
    Document, Entity, Event, EventDate, Evidence, Extraction, FigureClaim, Place, Quantity, content_id, event_to_dict,
)
from sitroom.serve import _records as R
from sitroom.store import EventFilter, Store
from sitroom.store import _browse
from sitroom.store import _fusion_schema as fs
from sitroom.store import _schema as schema
from sitroom.store._series_summary import figure_series, figure_series_days, summary_selects

TOPIC_A, TOPIC_B = "personnel|RUS|BLR", "civilians|UKR|UKR"


def _claim(n: int, topic: str = TOPIC_A, *, day: str | None = "2023-03-01", status: str = "present",
           lower: float | None = 100.0, upper: float | None = 100.0, source: str = "Ministry",
           duplicate_of: str | None = None) -> FigureClaim:
    counted, owner, loc = topic.split("|")
    return FigureClaim(
        id=f"c{n:03d}", event_id=None, document_id=f"d{n:03d}", subject_key=f"{topic}|{status}", topic_key=topic,
        counted=counted, counted_text=counted, owner_country=owner, location_country=loc, status=status,
        lower=lower, upper=upper, qualifier="exact", quantity_text="x", modality="asserted",
        source_key=source.lower(), source=source, outlet="Post", claim_date="2023-03-05", as_of=day,
        as_of_relation="on", as_of_lo=day, as_of_hi=day, evidence="e", evidence_start=0, duplicate_of=duplicate_of,
        duplicate_reason="same_source_figure" if duplicate_of else None)


CLAIMS = [
    _claim(1, day="2023-03-01", lower=100.0, upper=100.0),
    _claim(2, day="2023-03-01", lower=80.0, upper=120.0, source="Governor"),
    _claim(3, day="2023-03-01", lower=None, upper=300.0),                     # "up to 300"
    _claim(4, day="2023-03-01", lower=500.0, upper=None, status="planned"),   # "more than 500"
    _claim(5, day="2023-03-02", lower=90.0, upper=90.0),
    _claim(6, day="2023-03-02", lower=9000.0, upper=9000.0, duplicate_of="c005"),   # a repeat: not a point
    _claim(7, day=None, lower=70.0, upper=70.0),                               # undated point
    _claim(8, TOPIC_B, day="2023-02-27", lower=12.0, upper=12.0),
    _claim(9, TOPIC_B, day="2023-02-27", lower=None, upper=None),              # a figure without bounds
]


def _summaries(store: Store) -> tuple[list[tuple], list[tuple]]:
    with store._engine.connect() as conn:
        s = sorted(tuple(r) for r in conn.execute(select(figure_series)))
        d = sorted(tuple(r) for r in conn.execute(select(figure_series_days)))
    return s, d


def _recomputed(store: Store) -> tuple[list[tuple], list[tuple]]:
    series, days = summary_selects()
    with store._engine.connect() as conn:
        return (sorted(tuple(r) for r in conn.execute(series)), sorted(tuple(r) for r in conn.execute(days)))


def _write(store: Store, claims: list[FigureClaim]) -> None:
    with store.transaction() as tx:
        for c in claims:
            tx.add_figure_claim(c)


def test_series_summaries_count_each_claim_as_it_is_written(db_url):
    with Store(db_url) as store:
        _write(store, CLAIMS[:5])
        _write(store, CLAIMS[5:] + CLAIMS[:2])                  # the first two again: already stored, not recounted
        series, days = _summaries(store)
        assert series == [
            (TOPIC_B, 2, 2, "2023-02-27", "2023-02-27"),
            (TOPIC_A, 7, 6, "2023-03-01", "2023-03-02"),        # 7 claims, the repeat is not a point
        ]
        assert days == [
            (TOPIC_B, "2023-02-27", "present", 2, 12.0, 12.0),  # the figure without bounds widens nothing
            (TOPIC_A, "2023-03-01", "planned", 1, 500.0, 500.0),
            (TOPIC_A, "2023-03-01", "present", 3, 80.0, 300.0),
            (TOPIC_A, "2023-03-02", "present", 1, 90.0, 90.0),  # the repeat's 9000 is not drawn
        ]
        assert (series, days) == _recomputed(store)


def test_series_list_and_totals_read_the_summaries(db_url):
    with Store(db_url) as store:
        _write(store, CLAIMS)
        page = store.series_page(limit=1)
        assert page.rows == [{"topic_key": TOPIC_B, "claims": 2, "first": "2023-02-27", "last": "2023-02-27",
                              "first_as_of": "2023-02-27", "first_relation": "on", "last_as_of": "2023-02-27",
                              "last_relation": "on"}]
        rest = store.series_page(after=page.next)
        assert [r["topic_key"] for r in rest.rows] == [TOPIC_A] and rest.next is None
        assert [r["topic_key"] for r in store.series_page(counted="personnel").rows] == [TOPIC_A]
        sl = store.series_slice(TOPIC_A, limit=2)           # more than a page: totals and chart of the whole series
        assert (sl.claims, sl.points_total, sl.first, sl.last) == (7, 6, "2023-03-01", "2023-03-02")
        assert sl.chart_by == "day" and sum(m["points"] for m in sl.chart) == 5


def test_long_series_charts_by_day_and_month_come_from_the_day_summary(db_url, monkeypatch):
    from sitroom.store import _browse_fuse
    with Store(db_url) as store:
        _write(store, CLAIMS)
        monkeypatch.setattr(_browse_fuse, "MAX_CHART_MARKS", 3)    # 6 points > 3: all sources together, by day
        sl = store.series_slice(TOPIC_A, limit=2)
        assert sl.chart_by == "day" and not sl.chart_cut
        assert [(m["date"], m["source"], m["status"], m["points"], m["lower"], m["upper"]) for m in sl.chart] == [
            ("2023-03-01", None, "planned", 1, 500.0, 500.0), ("2023-03-01", None, "present", 3, 80.0, 300.0),
            ("2023-03-02", None, "present", 1, 90.0, 90.0)]
        monkeypatch.setattr(_browse_fuse, "MAX_CHART_MARKS", 2)    # 3 day groups > 2: by month
        sl = store.series_slice(TOPIC_A, limit=2)
        assert sl.chart_by == "month" and not sl.chart_cut
        assert [(m["date"], m["status"], m["points"], m["lower"], m["upper"]) for m in sl.chart] == [
            ("2023-03-01", "planned", 1, 500.0, 500.0), ("2023-03-01", "present", 4, 80.0, 300.0)]


def test_the_summary_migration_fills_the_summaries_of_an_older_store(db_url):
    with Store(db_url) as store:
        _write(store, CLAIMS)
        with store._engine.begin() as conn:                   # as a store written before migration 011
            conn.execute(delete(figure_series_days))
            conn.execute(delete(figure_series))
            conn.execute(delete(schema.migrations).where(schema.migrations.c.name == "011_series_summary"))
    with Store(db_url) as store:
        series, days = _summaries(store)
        assert len(series) == 2 and len(days) == 4
        assert (series, days) == _recomputed(store)


def test_rebuilding_the_summaries_after_a_bulk_load(db_url):
    with Store(db_url) as store:
        _write(store, CLAIMS[:3])
        rows = [{k: getattr(c, k) for k in FigureClaim.__dataclass_fields__} for c in CLAIMS[3:]]
        with store._engine.begin() as conn:                   # written past the claim writer, like api_load's load
            conn.execute(insert(fs.figure_claims), rows)
        assert _summaries(store) != _recomputed(store)
        store.rebuild_series_summary()
        store.rebuild_series_summary()                        # idempotent
        assert _summaries(store) == _recomputed(store)
        assert _summaries(store)[0][1] == (TOPIC_A, 7, 6, "2023-03-01", "2023-03-02")


def test_a_fused_store_keeps_its_summaries_equal_to_its_claims(tmp_path):
    """Through the fuse stage (claims found in documents, repeats of copied documents), not only the writer."""
    from serve_data import build_store
    with Store(build_store(tmp_path / "s.db")) as store:
        series, days = _summaries(store)
        assert series and days
        assert (series, days) == _recomputed(store)


# ---------------------------------------------------------------------------------------------- the word filter

WORDS = {"shelling": 30, "convoy": 3, "bridge": 12}          # word: in how many of the 40 events


def _word_store(path) -> Store:
    store = Store(path)
    evs, pos, sentences = [], 0, []
    for i in range(40):
        words = [w for w, n in WORDS.items() if i < n] or ["quiet"]
        s = f"Report {i}: {' '.join(words)} near Izium."
        day = None if i % 9 == 4 else f"2022-10-{i % 28 + 1:02d}"
        evs.append(Event(id=f"e{i:02d}", type="ASSAULT" if i % 2 else "AID", evidence=Evidence(s, pos, pos + len(s)),
                         date=EventDate(day, None, "day") if day else None,
                         location=Place("Izium", "Izium", "UKR" if i % 3 else "RUS")))
        sentences.append(s)
        pos += len(s) + 1
    store.save(Extraction(Document(id="doc", text=" ".join(sentences), published="2022-10-30"), tuple(evs)))
    return store


def _ids(store: Store, f: EventFilter, limit: int, newest: bool = False) -> list[str]:
    ids, after = [], None
    while True:
        page = store.event_page(f, after=after, limit=limit, newest_first=newest)
        ids += [r.event.id for r in page.rows]
        if not page.next:
            return ids
        after = page.next


@pytest.mark.parametrize("plan", ["rowid", "walk", "probe"])
@pytest.mark.parametrize("words,type_", [("shelling", None), ("convoy", None), ("bridge shelling", "ASSAULT"),
                                         ("brid*", None), ("nowhere", None)])
def test_the_word_filter_finds_the_same_events_in_every_plan(tmp_path, monkeypatch, plan, words, type_):
    store = _word_store(tmp_path / "w.db")
    expected_all = _ids(store, EventFilter(type=type_), 500)
    want = [w.rstrip("*") for w in words.split()]
    sentences = {r.event.id: r.event.evidence.sentence for r in store.event_page(limit=500).rows}
    expected = [i for i in expected_all if all(w in sentences[i] for w in want)]
    monkeypatch.setattr(_browse, "_text_plan", lambda conn, w: plan)
    for limit in (1, 4, 50):
        assert _ids(store, EventFilter(type=type_, text=words), limit) == expected
    assert _ids(store, EventFilter(type=type_, text=words), 3, newest=True) == (
        [i for i in _ids(store, EventFilter(type=type_), 500, newest=True) if i in expected])


def test_the_word_filter_plans_by_how_many_events_have_the_words(tmp_path, monkeypatch):
    store = _word_store(tmp_path / "w.db")
    asked = []
    monkeypatch.setattr(_browse, "choose_plan", lambda expected, total: asked.append((expected, total)) or "walk")
    with store._engine.connect() as conn:
        for words in ("convoy", "SHELLING", "shelling convoy", "shell*", "nowhere", "Convoy*"):
            assert _browse._text_plan(conn, words) == "walk"
    assert asked == [(3, 40), (30, 40), (30 / 40 * 3 / 40 * 40, 40), (30, 40), (0, 40), (3, 40)]


@pytest.mark.parametrize("expected,total,plan", [
    (0, 40, "rowid"), (3, 40, "rowid"), (30, 40, "walk"),            # a small store: collect, at most walk
    (279, 1_000_000, "rowid"), (4_764, 1_000_000, "walk"), (35_597, 1_000_000, "walk"),
    (505_670, 1_000_000, "probe"),                                     # half the store: look rows up
])
def test_the_cheapest_plan_for_rare_middling_and_common_words(expected, total, plan):
    assert _browse.choose_plan(expected, total) == plan


def _plans(store: Store, call) -> list[str]:
    seen = []

    def capture(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append((statement, parameters))
    sa_event.listen(store._engine, "before_cursor_execute", capture)
    try:
        call()
    finally:
        sa_event.remove(store._engine, "before_cursor_execute", capture)
    con = sqlite3.connect(store.url.removeprefix("sqlite:///"))
    return [" | ".join(r[3] for r in con.execute("EXPLAIN QUERY PLAN " + sql, params)) for sql, params in seen]


@pytest.mark.parametrize("plan", ["rowid", "walk", "probe"])
def test_no_word_filter_plan_scans_the_events_table(tmp_path, monkeypatch, plan):
    store = _word_store(tmp_path / "w.db")
    monkeypatch.setattr(_browse, "_text_plan", lambda conn, w: plan)
    for f in (EventFilter(text="bridge"), EventFilter(text="bridge", type="AID")):
        for p in _plans(store, lambda: store.event_page(f, limit=5)):
            steps = p.split(" | ")
            assert not [s for s in steps if s.startswith("SCAN events") and not s.startswith("SCAN events_fts")], p
            if plan == "rowid" and "FROM events JOIN" not in p:
                continue
            if plan != "rowid":                                 # the list's keyset order comes from an index
                assert "TEMP B-TREE FOR ORDER BY" not in p, p


def test_place_and_type_filter_walks_its_own_index(tmp_path):
    store = _word_store(tmp_path / "w.db")
    plans = _plans(store, lambda: store.event_page(EventFilter(type="ASSAULT", location_country="UKR"), limit=5))
    assert any("ix_events_location_type_date (location_country=? AND type=?" in p for p in plans), plans
    ids = _ids(store, EventFilter(type="ASSAULT", location_country="UKR"), 2)
    assert ids == [i for i in _ids(store, EventFilter(), 500) if int(i[1:]) % 2 and int(i[1:]) % 3]


def test_the_filter_plan_migration_adds_the_index_and_vocabulary_to_an_older_store(tmp_path):
    store = _word_store(tmp_path / "w.db")
    with store._engine.begin() as conn:
        conn.execute(text("DROP INDEX ix_events_location_type_date"))
        conn.execute(text("DROP TABLE events_fts_vocab"))
        conn.execute(delete(schema.migrations).where(schema.migrations.c.name == "012_filter_plans"))
    store.close()
    store = Store(tmp_path / "w.db")
    with store._engine.connect() as conn:
        names = set(conn.execute(text("SELECT name FROM sqlite_master")).scalars())
        assert {"ix_events_location_type_date", "events_fts_vocab"} <= names
        assert conn.execute(text("SELECT doc FROM events_fts_vocab WHERE term = 'convoy'")).scalar() == 3


def test_the_word_filter_works_on_every_backend(db_url):
    store = _word_store(db_url) if db_url.startswith("postgresql") else _word_store(db_url)
    ids = _ids(store, EventFilter(text="convoy"), 2)
    assert ids == ["e00", "e01", "e02"]
    assert _ids(store, EventFilter(text="bridge", type="AID"), 50) == [f"e{i:02d}" for i in range(0, 12, 2)
                                                                        if i % 9 != 4] + ["e04"]


# ---------------------------------------------------------------------------------------------- conversions

@pytest.mark.parametrize("ev", [
    Event(id="e1", type="ASSAULT", evidence=Evidence("Shelling hit Izium.", 3, 22)),
    Event(id="e/2 ü", type="MOBILIZE", evidence=Evidence("Troops moved.", 0, 13), modality="claimed", mode="troops",
          actor=Entity("Russian troops", "Russia", "RUS", "MIL"), recipient=Entity("Kyiv", None, "UKR"),
          location=Place("near Izium", "Izium", "UKR", 49.2, 37.3, "city"),
          date=EventDate("2022-10-03", "on Monday", "day", "since"),
          quantities=(Quantity(1, 4, "300 tanks", 300.0, None, "more_than", "tanks"),
                      Quantity(5, 9, "about 40", 40.0, 40.0, "approx")),
          source=Entity("the ministry", "Ministry of Defence", "UKR", "GOV"), carrier=Entity("Channel", "Channel"),
          trigger="moved", cue="said", claim_ids=("k1", "k2")),
])
def test_event_dict_is_the_extract_shape(ev):
    assert R.event_dict(ev) == event_to_dict(ev)
    rec = _browse.EventRecord(ev, {"id": "doc 1/ä", "title": None, "published": None, "url": None, "outlet": None,
                                   "origin": None}, None)
    links = R.event_json(rec)["links"]
    assert links == {"html": f"/events/{quote(ev.id, safe='')}", "api": f"/api/events/{quote(ev.id, safe='')}",
                     "document": f"/documents/{quote('doc 1/ä', safe='')}#ev-{quote(ev.id, safe='')}"}


@pytest.mark.parametrize("value", ["a1b2c3", "with space", "slash/and?query", "ü", "a.b-c_d~e", "", "%41"])
def test_quote_is_urllib_quote(value):
    assert R.quote(value) == quote(value, safe="")


def test_content_id_ids_take_the_quick_path():
    assert R.quote(content_id("doc", 1)) == content_id("doc", 1)


def test_security_headers_on_api_answers_errors_and_vendored_files(tmp_path):
    from fastapi.testclient import TestClient
    from sitroom.serve import create_app
    client = TestClient(create_app(str(_word_store(tmp_path / "w.db").url.removeprefix("sqlite:///"))))
    for res in (client.get("/api/events?limit=1"), client.get("/api/events/nope"), client.get("/api/events?since=x")):
        assert res.headers["x-content-type-options"] == "nosniff" and res.headers["referrer-policy"] == "no-referrer"
        assert "script-src 'self'" in res.headers["content-security-policy"]
    res = client.get("/static/vendor/htmx-2.0.8.min.js")
    assert res.headers.get_list("cache-control") == ["public, max-age=31536000, immutable"]
    assert len(res.headers.get_list("content-security-policy")) == 1


# ---------------------------------------------------------------------------------------------- claim filters

def _claims_store(path) -> Store:
    store = Store(path)
    rows = []
    for i in range(60):
        topic = ["personnel|RUS|BLR", "civilians|UKR|UKR", "tanks|RUS|UKR"][i % 3]
        c = _claim(i, topic, day=f"2023-03-{i % 28 + 1:02d}", source=["Ministry", "GOVERNOR", "Red Cross"][i % 4 % 3])
        rows.append(c.__class__(**{**c.__dict__, "outlet": ["Post", "Herald"][i % 2]}))
    _write(store, rows)
    return store


def _claim_ids(store: Store, f) -> list[str]:
    ids, after = [], None
    while True:
        page = store.claim_page(f, after=after, limit=7)
        ids += [r["id"] for r in page.rows]
        if not page.next:
            return ids
        after = page.next


@pytest.mark.parametrize("field,value,index", [
    ("source", "governor", "ix_figure_claims_source_date"), ("source", "RED cross", "ix_figure_claims_source_date"),
    ("outlet", "Herald", "ix_figure_claims_outlet_date"), ("owner_country", "rus", "ix_figure_claims_owner_date"),
    ("location_country", "UKR", "ix_figure_claims_location_date"),
])
def test_claim_filters_walk_their_own_index_and_find_every_claim(tmp_path, field, value, index):
    from sitroom.store import ClaimFilter
    store = _claims_store(tmp_path / "c.db")
    f = ClaimFilter(**{field: value})
    plans = _plans(store, lambda: store.claim_page(f, limit=5))
    assert any(f"USING INDEX {index}" in p for p in plans), plans
    assert not any("TEMP B-TREE" in p for p in plans), plans
    everything = [r["id"] for r in store.claim_page(limit=500).rows]
    rows = {r["id"]: r for r in store.claim_page(limit=500).rows}
    want = value.lower() if field == "source" else value.upper() if field.endswith("country") else value
    got = (lambda r: r[field].lower()) if field == "source" else (lambda r: r[field])
    assert _claim_ids(store, f) == [i for i in everything if got(rows[i]) == want]


def test_the_claim_filter_migration_adds_the_indexes_to_an_older_store(db_url):
    from sitroom.store import ClaimFilter
    from sitroom.store._browse_schema import CLAIM_FILTER_INDEXES
    with Store(db_url) as store:
        with store._engine.begin() as conn:
            for ix in CLAIM_FILTER_INDEXES:
                conn.execute(text(f"DROP INDEX {ix.name}"))
            conn.execute(delete(schema.migrations).where(schema.migrations.c.name == "013_claim_filter_indexes"))
    with Store(db_url) as store:
        with store._engine.connect() as conn:       # (SQLite's reflection leaves out indexes on an expression)
            sql = ("SELECT name FROM sqlite_master WHERE type = 'index'" if store.is_sqlite else
                   "SELECT indexname FROM pg_indexes WHERE tablename = 'figure_claims'")
            names = set(conn.execute(text(sql)).scalars())
        assert {ix.name for ix in CLAIM_FILTER_INDEXES} <= names
        assert store.claim_page(ClaimFilter(source="x")).rows == []


def test_an_events_request_makes_one_thread_pool_hop(tmp_path, monkeypatch):
    """Only the endpoint (which queries the store) runs in the thread pool: the validating dependencies (filters,
    paging, order) run on the event loop, since a hop per dependency cost more than the query under load."""
    from fastapi.dependencies import utils as dep_utils
    from fastapi.testclient import TestClient
    from sitroom.serve import create_app
    client = TestClient(create_app(str(tmp_path / "w.db")))
    _word_store(tmp_path / "w.db").close()
    hops = []
    real = dep_utils.run_in_threadpool

    async def counting(func, *args, **kwargs):
        hops.append(getattr(func, "__name__", repr(func)))
        return await real(func, *args, **kwargs)
    monkeypatch.setattr(dep_utils, "run_in_threadpool", counting)
    res = client.get("/api/events?type=ASSAULT&location_country=UKR&order=-date&limit=2")
    assert res.status_code == 200 and res.json()["count"] == 2
    assert hops == []                                             # no dependency went to the thread pool
