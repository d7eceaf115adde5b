"""The public surface: names exported on purpose stay, nothing private leaks (httpx style)."""
import sitroom
import sitroom.api
import sitroom.store


def test_package_exports_exactly_its_records():
    assert set(sitroom.__all__) == {
        "SCHEMA_VERSION", "Document", "Event", "Extraction", "Quantity", "Timex", "Entity", "Place",
        "EventDate", "Evidence", "__version__",
    }
    for name in sitroom.__all__:
        assert hasattr(sitroom, name)


def test_library_functions_behind_every_command():
    for name in ("extract", "ingest", "save_document", "read_source", "iter_input_files"):
        assert callable(getattr(sitroom.api, name))
    assert set(sitroom.store.__all__) == {"DEFAULT_DB", "SaveResult", "Store", "Transaction",
                                          "ClaimFilter", "EventFilter", "EventRecord", "Page", "QueryTimeout"}


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
        "read_tg_archive", "read_warc", "sniff_format", "sniff_media_type"}
    assert set(sitroom.ingest.FORMATS) == {"html", "text", "telegram", "tg-archive", "feed", "warc"}
    for name in sitroom.ingest.__all__:
        assert hasattr(sitroom.ingest, name) and not name.startswith("_")
