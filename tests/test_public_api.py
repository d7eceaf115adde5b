"""The public surface: names exported on purpose stay, nothing private leaks (httpx style), and the library
functions behind the commands do what the commands promise."""
import importlib
import pkgutil

import pytest

import sitroom
import sitroom.api
import sitroom.store

REPORT = ("Russian troops shelled Kharkiv on Monday, the regional governor said.\n\n"
          "Polish troops arrived in Lithuania on March 1.\n")


def test_package_exports_exactly_its_records():
    assert set(sitroom.__all__) == {
        "SCHEMA_VERSION", "Document", "Event", "Extraction", "Quantity", "Timex", "Entity", "Place",
        "EventDate", "Evidence", "__version__",
    }
    for name in sitroom.__all__:
        assert hasattr(sitroom, name)


def _packages():
    yield sitroom
    for info in pkgutil.walk_packages(sitroom.__path__, "sitroom."):
        if info.ispkg:
            yield importlib.import_module(info.name)


@pytest.mark.parametrize("package", list(_packages()), ids=lambda p: p.__name__)
def test_every_package_declares_a_public_surface_that_exists(package):
    exported = getattr(package, "__all__", None)
    assert exported, f"{package.__name__} has no __all__"
    assert len(exported) == len(set(exported))
    for name in exported:
        assert hasattr(package, name), f"{package.__name__}.__all__ names {name}, which it does not define"
        assert not name.startswith("_") or name == "__version__", f"{package.__name__} exports private {name}"
    assert package.__doc__, f"{package.__name__} has no docstring saying what it does"


def test_store_exports():
    assert set(sitroom.store.__all__) == {"DEFAULT_DB", "SaveResult", "Store", "Transaction", "BackupError", "backup",
                                          "ClaimFilter", "EventFilter", "EventRecord", "Page", "QueryTimeout", "SeriesSlice", "StoreOpenError",
                                          "dump_tables", "integrity_problems"}


def test_read_source_reads_bytes_and_paths(tmp_path):
    raw = sitroom.api.read_source(REPORT.encode(), published="2023-03-05")
    assert raw.content == REPORT.encode() and raw.published == "2023-03-05" and raw.origin == "<bytes>"
    p = tmp_path / "r.txt"
    p.write_text(REPORT, encoding="utf-8")
    raw = sitroom.api.read_source(p)
    assert raw.content == REPORT.encode() and raw.origin == str(p)


def test_extract_gives_the_events_of_one_document():
    ex = sitroom.api.extract(REPORT.encode(), published="2023-03-05")
    assert isinstance(ex, sitroom.Extraction)
    assert ex.document.published.startswith("2023-03-05")
    assert [(e.type, e.trigger) for e in ex.events] == [("ASSAULT", "shelled"), ("MOBILIZE", "arrived")]
    assert ex.events[0].date.value == "2023-02-27" and ex.events[0].source.text == "the regional governor"


def test_ingest_stores_reports_failures_and_skips_what_it_has(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(REPORT, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    seen = []
    with sitroom.store.Store(tmp_path / "s.db") as store:
        first = sitroom.api.ingest([folder], store, published="2023-03-05", on_file=seen.append)
        assert len(first.added) == 1 and first.events == 2 and not first.ok
        assert [p for p, _ in first.failed] == [str(folder / "empty.txt")]
        assert [p.name for p in seen] == ["empty.txt", "good.txt"]
        again = sitroom.api.ingest([folder / "good.txt"], store, published="2023-03-05")
        assert again.added == [] and again.unchanged == first.added and again.ok
        assert store.counts()["events"] == 2


def test_input_folders_are_walked_in_order_skipping_hidden_files_and_databases(tmp_path):
    (tmp_path / "b.txt").write_text("x")
    (tmp_path / "a.html").write_text("x")
    (tmp_path / ".hidden.txt").write_text("x")
    (tmp_path / "sitroom.db").write_text("x")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.txt").write_text("x")
    names = [p.relative_to(tmp_path).as_posix() for p in sitroom.api.iter_input_files([tmp_path])]
    assert names == ["a.html", "b.txt", "sub/c.txt"]


def test_ingest_exports_its_readers_and_nothing_private():
    import sitroom.ingest

    assert set(sitroom.ingest.__all__) == {
        "FORMATS", "HTML", "TEXT", "IngestError", "ReadOptions", "declared_charset", "decode", "fetch",
        "html_has_text", "is_url", "read_bytes", "read_documents", "read_feed", "read_path", "read_telegram_export",
        "read_tg_archive", "read_warc", "sniff_format", "sniff_media_type", "gunzip_capped", "read_capped"}
    assert set(sitroom.ingest.FORMATS) == {"html", "text", "telegram", "tg-archive", "feed", "warc"}
    for name in sitroom.ingest.__all__:
        assert hasattr(sitroom.ingest, name) and not name.startswith("_")
