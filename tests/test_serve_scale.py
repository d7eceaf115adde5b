"""What keeps `sitroom serve` fast on a large store (issue 13), as behaviour: the outlet filter reads the outlet kept
on events (also in a store written before it was kept there), and a long figure series comes a bounded page at a
time with totals and an aggregate chart of the whole series. On SQLite and, when configured, PostgreSQL."""
from __future__ import annotations

from datetime import date, timedelta
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text

from sitroom.fuse import figure_series
from sitroom.model import Document, Event, Evidence, Extraction, FigureClaim, FigureContradiction, content_id
from sitroom.serve import create_app
from sitroom.store import EventFilter, Store
from sitroom.store import _browse_fuse

OUTLETS = {"Harbour Post": 3, "Valley Gazette": 2, None: 1}      # outlet: documents (two events each)


def _save_documents(store: Store) -> dict[str | None, set[str]]:
    """Documents of OUTLETS, two events each; returns the event ids of each outlet."""
    by_outlet: dict[str | None, set[str]] = {}
    n = 0
    for outlet, docs in OUTLETS.items():
        for _ in range(docs):
            n += 1
            sentences = [f"Shelling hit village {n} overnight.", f"Convoy {n} reached the bridge."]
            body = " ".join(sentences)
            doc = Document(id=content_id("doc", n), text=body, outlet=outlet, published=f"2023-05-{n:02d}")
            evs, pos = [], 0
            for i, s in enumerate(sentences):
                evs.append(Event(id=content_id(doc.id, i), type="ASSAULT" if i == 0 else "MOBILIZE",
                                 evidence=Evidence(s, pos, pos + len(s))))
                pos += len(s) + 1
            store.save(Extraction(doc, tuple(evs)))
            by_outlet.setdefault(outlet, set()).update(e.id for e in evs)
    return by_outlet


def _all_pages(store: Store, f: EventFilter, limit: int) -> list[str]:
    ids, after = [], None
    while True:
        page = store.event_page(f, after=after, limit=limit)
        ids += [r.event.id for r in page.rows]
        if page.next is None:
            return ids
        after = page.next


def test_outlet_filter_pages_through_the_events_of_that_outlet(db_url):
    with Store(db_url) as s:
        expected = _save_documents(s)
        for outlet in ("Harbour Post", "Valley Gazette"):
            ids = _all_pages(s, EventFilter(outlet=outlet), limit=2)
            assert sorted(ids) == sorted(expected[outlet]) and len(ids) == len(set(ids))
            recs = s.event_page(EventFilter(outlet=outlet, type="ASSAULT")).rows
            assert {r.document["outlet"] for r in recs} == {outlet} and len(recs) == OUTLETS[outlet]
        assert s.event_page(EventFilter(outlet="Nobody Weekly")).rows == []


def test_outlet_is_backfilled_for_documents_stored_before_events_kept_it(db_url):
    with Store(db_url) as s:
        expected = _save_documents(s)
        with s._engine.begin() as conn:                 # the store as it was before migration 008
            conn.execute(text("DROP INDEX IF EXISTS ix_events_outlet_date"))
            conn.execute(text("ALTER TABLE events DROP COLUMN outlet"))
            conn.execute(text("DELETE FROM migrations WHERE name = '009_events_outlet'"))
    with Store(db_url) as s:                            # opening it migrates
        assert sorted(_all_pages(s, EventFilter(outlet="Valley Gazette"), limit=3)) == sorted(expected["Valley Gazette"])
        with s._engine.connect() as conn:
            outlets = dict(conn.execute(text("SELECT id, outlet FROM events")).all())
        assert {i for i, o in outlets.items() if o is None} == expected[None]
    client = TestClient(create_app(db_url))
    body = client.get("/api/events", params={"outlet": "Harbour Post", "limit": 4}).json()
    rows = body["rows"] + client.get(body["next"]).json()["rows"]
    assert body["filters"] == {"outlet": "Harbour Post"} and len(body["rows"]) == 4
    assert {r["id"] for r in rows} == expected["Harbour Post"]
    assert {r["document"]["outlet"] for r in rows} == {"Harbour Post"}


def test_new_documents_carry_their_outlet_onto_events(tmp_path):
    with Store(tmp_path / "s.db") as s:
        expected = _save_documents(s)
        with s._engine.connect() as conn:
            rows = conn.execute(text("SELECT id, outlet FROM events WHERE outlet = 'Harbour Post'")).all()
    assert {i for i, _ in rows} == expected["Harbour Post"]


# ------------------------------------------------------------------------------------------------ long series

TOPIC = "personnel|RUS|BLR"
SOURCES = ["General Staff of Ukraine", "Belarusian Hajun", "Ministry of Defence of Belarus"]
DATED, UNDATED = 128, 2


def _claim(i: int, *, dated: bool = True, duplicate_of: str | None = None, outlet: str = "Wire") -> FigureClaim:
    day = date(2023, 1, 1) + timedelta(days=i // 3)
    status = "planned" if i % 7 == 0 else "present"
    value = float(1000 + 10 * (i % 11))
    source = SOURCES[i % len(SOURCES)]
    cid = content_id("claim", i, duplicate_of or "")
    return FigureClaim(
        id=cid, event_id=None, document_id=content_id("doc", i, outlet), subject_key=f"{TOPIC}|{status}",
        topic_key=TOPIC, counted="personnel", counted_text="troops", owner_country="RUS", location_country="BLR",
        status=status, lower=value, upper=value, qualifier="exact", quantity_text=f"{value:,.0f}",
        modality="asserted", source_key=source.lower(), source=source, outlet=outlet,
        claim_date=(day + timedelta(days=1)).isoformat(), as_of=day.isoformat() if dated else None,
        as_of_relation="on", as_of_lo=day.isoformat() if dated else None,
        as_of_hi=day.isoformat() if dated else None, evidence=f"{source} counted {value:,.0f} troops.",
        evidence_start=0, duplicate_of=duplicate_of, duplicate_reason="near_duplicate_document" if duplicate_of else None)


@pytest.fixture
def long_series(db_url):
    """130 points (128 dated over 43 days, 2 undated), a repeat of every tenth, one contradiction pair."""
    points = [_claim(i) for i in range(DATED)] + [_claim(DATED + i, dated=False) for i in range(UNDATED)]
    repeats = [_claim(i, duplicate_of=points[i].id, outlet="Copy Desk") for i in range(0, DATED, 10)]
    with Store(db_url) as s:
        with s.transaction() as tx:
            for c in points + repeats:
                tx.add_figure_claim(c)
            tx.add_contradiction(FigureContradiction("x1", points[60].id, points[61].id, points[60].subject_key,
                                                     "bounds cannot both hold", "2023-06-01T00:00:00+00:00"))
    return db_url, points, repeats


def _follow(client, url):
    pages = []
    while url:
        pages.append(client.get(url).json())
        url = pages[-1]["next"]
    return pages


def test_a_long_series_comes_in_bounded_pages_that_join_up_to_the_whole_series(long_series):
    db_url, points, repeats = long_series
    client = TestClient(create_app(db_url))
    pages = _follow(client, f"/api/series/{quote(TOPIC, safe='')}?limit=50")
    assert [p["count"] for p in pages] == [50, 50, 30] and all(len(p["points"]) <= 50 for p in pages)
    assert all("limit=50" in p["next"] for p in pages[:-1]) and pages[-1]["next"] is None
    first = pages[0]
    assert first["totals"] == {"points": 130, "claims": 130 + len(repeats), "repeats": len(repeats),
                               "first": "2023-01-01", "last": (date(2023, 1, 1) + timedelta(days=42)).isoformat(),
                               "as_of_words": "1 January 2023 to 12 February 2023"}
    assert first["shown"] == "50 of 130 points shown" and first["truncated"] is True
    # the pages in a row are the command's whole series: same order, same change notes across page boundaries
    (whole,) = figure_series(Store(db_url), TOPIC)
    api_points = [p for page in pages for p in page["points"]]
    assert [p["claim_id"] for p in api_points] == [p.claim_id for p in whole.points]
    assert [p["change"] for p in api_points] == [p.change for p in whole.points]
    assert [p["date"] for p in api_points][-UNDATED:] == [None] * UNDATED            # undated last
    by_id = {p["claim_id"]: p for p in api_points}
    assert [a["outlet"] for a in by_id[points[10].id]["also_reported_by"]] == ["Copy Desk"]
    assert by_id[points[61].id]["contradicts"] == [points[60].id]


def test_a_long_series_chart_is_an_aggregate_of_every_dated_point(long_series):
    db_url, points, _ = long_series
    client = TestClient(create_app(db_url))
    body = client.get(f"/api/series/{quote(TOPIC, safe='')}?limit=20").json()
    chart = body["chart"]
    assert chart["by"] == "day" and not chart["cut"]
    assert sum(m["points"] for m in chart["marks"]) == DATED
    day0 = [m for m in chart["marks"] if m["date"] == "2023-01-01"]
    expected = {(c.source, c.status, c.lower) for c in points[:3]}      # the first day's three points
    assert {(m["source"], m["status"], m["lower"]) for m in day0} == expected
    assert body["statuses"] == ["planned", "present"]
    assert chart["note"] == ("128 of 130 points (the dated ones), as the smallest and largest figure per day, "
                             "source and status")
    html = client.get(f"/figures/{quote(TOPIC, safe='')}?limit=20").text
    assert "20 of 130 points shown" in html and 'class="next"' in html


def test_a_chart_too_fine_by_day_goes_by_month_then_says_it_is_cut(long_series, monkeypatch):
    db_url, _, _ = long_series
    with Store(db_url) as s:
        monkeypatch.setattr(_browse_fuse, "MAX_CHART_MARKS", 20)       # 43 days x sources > 20; 2 months x ... fits
        sl = s.series_slice(TOPIC, limit=10)
        assert sl.chart_by == "month" and not sl.chart_cut and len(sl.chart) <= 20
        assert {m["date"] for m in sl.chart} == {"2023-01-01", "2023-02-01"}
        assert {m["source"] for m in sl.chart} == {None}                   # all sources together
        assert sum(m["points"] for m in sl.chart) == DATED
        monkeypatch.setattr(_browse_fuse, "MAX_CHART_MARKS", 3)
        sl = s.series_slice(TOPIC, limit=10)
        assert sl.chart_cut and len(sl.chart) == 3
        assert sl.points_total == 130 and len(sl.points.rows) == 10


def test_a_short_series_is_one_page_drawn_from_its_points(long_series):
    db_url, _, _ = long_series
    client = TestClient(create_app(db_url))
    body = client.get(f"/api/series/{quote(TOPIC, safe='')}?limit=500").json()
    assert body["count"] == 130 and body["next"] is None and body["truncated"] is False
    assert body["chart"] == {"by": "point", "marks": [], "cut": False, "note": "every point of the series"}
    assert client.get(f"/api/series/{quote(TOPIC, safe='')}?after=bogus").status_code == 400
