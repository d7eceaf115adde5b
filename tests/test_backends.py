"""The store, fusion and the library API on every backend (SQLite; PostgreSQL when SITROOM_TEST_PG_URL is set):
the same documents ingested give the same tables, and every read and search works alike."""
import pytest

from sitroom.api import ingest
from sitroom.store import Store, dump_tables

REPORTS = {
    "kyiv.txt": "Kyiv Wire, 18 October 2022\n\nUkraine's General Staff said on Tuesday that about 4,300 Russian "
                "troops had arrived in Belarus. Russian forces shelled Kherson on Monday, killing three civilians, "
                "the governor said.\n",
    "riga.txt": "Baltic Daily, 19 October 2022\n\nUkraine's General Staff said on Tuesday that about 4,300 Russian "
                "troops had arrived in Belarus. Russian forces shelled Kherson on Monday, killing three civilians, "
                "the governor said.\n\n(Distributed by Baltic Daily.)\n",
    "minsk.txt": "Minsk Monitor, 20 October 2022\n\nUp to 9,000 Russian soldiers are in Belarus, the Belarusian "
                 "defence ministry said on Thursday. Police arrested 40 protesters in Minsk on Wednesday, "
                 "according to the Viasna rights group.\n",
    "odesa.txt": "South Desk, 2 November 2022\n\nRussian drones struck Odesa on Tuesday, the regional governor said. "
                 "More than 20 people were wounded, officials said.\n",
}


@pytest.fixture()
def corpus(tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    for name, text in REPORTS.items():
        (root / name).write_text(text, encoding="utf-8")
    return root


def test_ingest_reads_and_fuses_alike(db_url, corpus, tmp_path):
    with Store(db_url) as store:
        report = ingest([corpus], store)
        assert len(report.added) == 4 and report.events >= 6 and not report.failed
        assert store.counts()["events"] == report.events
        again = ingest([corpus], store)                           # idempotent
        assert again.added == [] and len(again.unchanged) == 4
        events = store.events()
        assert {e.event.type for e in events} >= {"MOBILIZE", "ASSAULT"}
        dated = [e.date_sort for e in events if e.date_sort]
        assert dated == sorted(dated)
        assert [e.date_sort for e in store.events(since="2022-10-20")] == [d for d in dated if d >= "2022-10-20"]
        assert len(store.events(limit=2)) == 2
        assert store.events(type="mobilize") and all(e.event.type == "MOBILIZE" for e in store.events(type="mobilize"))
        with Store(tmp_path / "reference.db") as ref:             # the same ingest on SQLite: the same tables
            ingest([corpus], ref)
            assert dump_tables(store) == dump_tables(ref)


def test_search_works_alike(db_url, corpus):
    with Store(db_url) as store:
        ingest([corpus], store)
        assert len(store.search("Kherson")) == 2
        assert len(store.search("kherson governor")) == 2
        assert len(store.search("Viasna")) == 1
        assert len(store.search("Vias*")) == 1
        assert store.search("Viasna Odesa") == []
        for hostile in ["'", "%", "*", '"', "NEAR(", "a & b | !c", "x:*", "\\", ""]:
            assert isinstance(store.search(hostile), list)
        assert len(store.search("said", limit=1)) == 1
