import sqlite3

import pytest

from sitroom.model import Document, Entity, Event, EventDate, Evidence, Extraction, Quantity
from sitroom.store import Store


def _extraction(doc_id="d1", text="Troops arrived. Talks began.", published="2022-10-24T10:18"):
    doc = Document(id=doc_id, text=text, title="T", published=published, language="en")
    ev1 = Event(id=f"{doc_id}-e1", type="MOBILIZE", evidence=Evidence("Troops arrived.", 0, 15),
                date=EventDate("2022-10-23", "on Oct. 23", "day", "on"),
                quantities=(Quantity(0, 6, "up to 1,000", None, 1000, "up_to", "troops"),),
                source=Entity("the ministry", "Ministry of Defence of Belarus", "BLR", "MIL"), modality="reported")
    ev2 = Event(id=f"{doc_id}-e2", type="CONSULT", evidence=Evidence("Talks began.", 16, 28),
                date=EventDate("2022-W42", "last week", "week", "on"))
    ev3 = Event(id=f"{doc_id}-e3", type="ASSAULT", evidence=Evidence("Talks began.", 16, 28))
    return Extraction(doc, (ev1, ev2, ev3))


def test_save_is_idempotent_and_counts(tmp_path):
    s = Store(tmp_path / "x.db")
    first, again = s.save(_extraction()), s.save(_extraction())
    assert first.new and first.events == 3
    assert not again.new
    assert s.counts() == {"documents": 1, "events": 3, "quantities": 1, "sources": 1}


def test_sqlite_store_uses_wal_and_full_text_search(tmp_path):
    s = Store(tmp_path / "x.db")
    s.save(_extraction())
    con = sqlite3.connect(tmp_path / "x.db")
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert [r["id"] for r in s.search("arrived")] == ["d1"]
    assert s.search("nonexistentword") == []


def test_events_ordered_by_date_with_undated_last_and_filters(tmp_path):
    s = Store(tmp_path / "x.db")
    s.save(_extraction())
    rows = s.events()
    assert [r["type"] for r in rows] == ["CONSULT", "MOBILIZE", "ASSAULT"]   # W42 starts 2022-10-17 < 10-23
    assert rows[1]["quantities"] == [{"text": "up to 1,000", "lower": None, "upper": 1000.0,
                                      "qualifier": "up_to", "unit": "troops"}]
    assert [r["type"] for r in s.events(type="mobilize")] == ["MOBILIZE"]
    assert [r["type"] for r in s.events(since="2022-10-20")] == ["MOBILIZE"]
    assert [r["type"] for r in s.events(until="2022-10-20")] == ["CONSULT"]


