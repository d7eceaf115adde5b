"""The Atom feed of briefings (feedgen), and its `/briefings.atom` route for `sitroom serve`."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import datetime, timezone

import pytest

from brief_reports import ALL, built_store
from sitroom.brief import atom_feed, atom_router, make_briefing, publish_to_feed, render_briefing

A = "{http://www.w3.org/2005/Atom}"
DAY1 = datetime(2022, 10, 17, 13, 0, tzinfo=timezone.utc)
DAY3 = datetime(2022, 10, 19, 13, 0, tzinfo=timezone.utc)


@pytest.fixture
def store(tmp_path):
    s = built_store(tmp_path, ALL)
    yield s
    s.close()


def test_feed_lists_published_briefings_newest_first_with_their_html(store):
    b16 = make_briefing(store, date="2022-10-16")
    assert publish_to_feed(store, b16, now=DAY1) is True
    b18 = make_briefing(store, date="2022-10-18")
    assert publish_to_feed(store, b18, now=DAY3) is True
    feed = ET.fromstring(atom_feed(store))
    assert feed.find(f"{A}id").text == "urn:sitroom:briefings"
    assert feed.find(f"{A}updated").text == "2022-10-19T13:00:00+00:00"
    entries = feed.findall(f"{A}entry")
    assert [e.find(f"{A}id").text for e in entries] == ["urn:sitroom:briefing:2022-10-18",
                                                       "urn:sitroom:briefing:2022-10-16"]
    assert [e.find(f"{A}title").text for e in entries] == ["sitroom briefing: 18 October 2022",
                                                          "sitroom briefing: 16 October 2022"]
    content = entries[0].find(f"{A}content")
    assert content.get("type") == "html" and content.text == render_briefing(b18, "html")
    assert entries[0].find(f"{A}summary").text == ("Reports published from 17 to 18 October 2022: 4 documents from "
                                                   "4 outlets, including 1 copy, in 2 storylines. Last briefing: "
                                                   "16 October 2022.")
    assert entries[1].find(f"{A}updated").text == "2022-10-17T13:00:00+00:00"


def test_an_entry_once_published_stays_as_it_was(store):
    first = make_briefing(store, date="2022-10-18", since="2022-10-18")
    publish_to_feed(store, first, now=DAY3)
    before = atom_feed(store)
    wider = make_briefing(store, date="2022-10-18", since="2022-10-16")
    assert publish_to_feed(store, wider, now=DAY3) is False
    assert atom_feed(store) == before                      # the same store gives the same bytes


def test_an_empty_feed_is_still_a_valid_feed(store):
    feed = ET.fromstring(atom_feed(store, self_url="http://127.0.0.1:8000/briefings.atom"))
    assert feed.findall(f"{A}entry") == []
    assert feed.find(f"{A}link").get("href") == "http://127.0.0.1:8000/briefings.atom"
    assert feed.find(f"{A}updated").text == "1970-01-01T00:00:00+00:00"


def test_the_serve_route_returns_the_feed(store):
    fastapi = pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    publish_to_feed(store, make_briefing(store, date="2022-10-18"), now=DAY3)
    app = fastapi.FastAPI()
    app.include_router(atom_router(lambda: store))
    with TestClient(app) as client:
        r = client.get("/briefings.atom")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/atom+xml")
    feed = ET.fromstring(r.content)
    assert [e.find(f"{A}id").text for e in feed.findall(f"{A}entry")] == ["urn:sitroom:briefing:2022-10-18"]
    links = {l.get("rel"): l.get("href") for l in feed.findall(f"{A}link")}
    assert links == {"self": "http://testserver/briefings.atom", "alternate": "http://testserver"}
