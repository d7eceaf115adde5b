import sqlite3

import pytest

from sitroom.model import Document, Entity, Event, EventDate, Evidence, Extraction, Place, Quantity
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


def test_save_is_idempotent_and_counts(db_url):
    s = Store(db_url)
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


def test_events_ordered_by_date_with_undated_last_and_filters(db_url):
    s = Store(db_url)
    s.save(_extraction())
    rows = s.events()
    assert [r.event.type for r in rows] == ["CONSULT", "MOBILIZE", "ASSAULT"]   # W42 starts 2022-10-17 < 10-23
    assert [r.date_sort for r in rows] == ["2022-10-17", "2022-10-23", None]
    assert rows[1].event.quantities == (Quantity(0, 6, "up to 1,000", None, 1000.0, "up_to", "troops"),)
    assert [r.event.type for r in s.events(type="mobilize")] == ["MOBILIZE"]
    assert [r.event.type for r in s.events(since="2022-10-20")] == ["MOBILIZE"]
    assert [r.event.type for r in s.events(until="2022-10-20")] == ["CONSULT"]
    assert [r.event.type for r in s.events(limit=2)] == ["CONSULT", "MOBILIZE"]


# --------------------------------------------------------------------------- transactions and records

def test_a_transaction_that_raises_keeps_nothing(db_url):
    s = Store(db_url)
    with pytest.raises(RuntimeError):
        with s.transaction() as tx:
            assert tx.save(_extraction()).new
            assert tx.has_document("d1")                  # visible inside the unit ...
            raise RuntimeError("later step failed")
    assert not s.has_document("d1")                       # ... and gone after it
    assert s.counts() == {"documents": 0, "events": 0, "quantities": 0, "sources": 0}
    assert s.search("arrived") == []
    assert s.save(_extraction()).new                      # so the same document can be stored afresh


def test_work_asked_for_inside_a_transaction_joins_it(db_url):
    s = Store(db_url)
    with pytest.raises(RuntimeError):
        with s.transaction() as tx:
            with tx.transaction() as inner:               # what fuse_document does when handed a transaction
                inner.save(_extraction())
            raise RuntimeError("after the inner block")
    assert not s.has_document("d1")


def test_stored_events_come_back_as_the_events_saved(db_url):
    doc = Document(id="d9", text="Reuters, citing the ministry, said 300 soldiers reached Pskov on Oct. 2.",
                   title="T", published="2022-10-03T08:00")
    ev = Event(id="e9", type="MOBILIZE", evidence=Evidence(doc.text, 0, len(doc.text)), modality="reported",
               mode="troops", actor=Entity("Russia", "Russia", "RUS", "GOV"),
               location=Place("Pskov", "Pskov", "RUS", 57.8, 28.3, "city"),
               date=EventDate("2022-10-02", "on Oct. 2", "day", "on"),
               quantities=(Quantity(35, 38, "300", 300.0, 300.0, "exact", "soldiers", 39, 47),),
               source=Entity("the ministry", "Ministry of Defence", "RUS", "MIL"),
               carrier=Entity("Reuters", "Reuters", "GBR", "MEDIA"), trigger="reached", trigger_start=48, cue="move")
    s = Store(db_url)
    s.save(Extraction(doc, (ev,)))
    (got,) = s.events()
    assert got.event == ev
    assert (got.document_id, got.document_title, got.document_published, got.date_sort) == (
        "d9", "T", "2022-10-03T08:00", "2022-10-02")


def test_an_older_store_gets_the_new_columns_and_keeps_what_it_fused(tmp_path):
    from sitroom.fuse import fuse_document
    db = tmp_path / "old.db"
    s = Store(db)
    fused, unfused = _extraction("d1"), _extraction("d2", text="Other troops arrived. Other talks began.")
    s.save(fused)
    fuse_document(s, fused)
    s.save(unfused)
    s.close()
    con = sqlite3.connect(db)                             # make it look like a store from before these columns
    for table, column in [("documents", "fused_at"), ("events", "carrier_text"), ("events", "location_kind"),
                          ("quantities", "start"), ("quantities", "unit_end")]:
        con.execute(f'ALTER TABLE {table} DROP COLUMN "{column}"')
    con.execute("DELETE FROM migrations WHERE name IN ('002_added_columns', '003_fused_before')")
    con.commit()
    con.close()
    s = Store(db)
    assert s.is_fused("d1") and not s.is_fused("d2")      # signature and cluster links tell what was fused
    got = [r.event for r in s.events() if r.document_id == "d1"]
    assert [e.type for e in got] == ["CONSULT", "MOBILIZE", "ASSAULT"]
    assert got[1].quantities[0].text == "up to 1,000" and got[1].quantities[0].start is None
    s.save(_extraction("d3"))                              # and it takes new documents with every column
    assert [r.event.quantities[0].start for r in s.events() if r.document_id == "d3" and r.event.quantities] == [0]
