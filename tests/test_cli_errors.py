"""The command line on bad input: clear errors, exit codes (1 input failed, 2 usage, 3 sitroom failed), no
traceback, paths with markup characters printed as they are."""
import gzip

import pytest
from typer.testing import CliRunner

from sitroom.cli import EXIT_INPUT_FAILED, EXIT_INTERNAL, EXIT_USAGE, app, main

runner = CliRunner()
STORY = "Russian forces shelled Kherson on 12 October 2022, killing three civilians, the governor said.\n"


@pytest.fixture()
def store_db(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(STORY)
    db = tmp_path / "s.db"
    assert runner.invoke(app, ["ingest", str(tmp_path / "in"), "--db", str(db)]).exit_code == 0
    return db


@pytest.mark.parametrize("args", [["--since", "yesterday"], ["--until", "2022-13-45"], ["--since", "2022-02-30"],
                                  ["--limit", "-1"], ["--limit", "0"], ["--limit", "many"]])
def test_bad_dates_and_limits_are_usage_errors(store_db, args):
    r = runner.invoke(app, ["events", "--db", str(store_db), *args])
    assert r.exit_code == EXIT_USAGE
    assert "Invalid value" in r.output and "Traceback" not in r.output


def test_month_and_year_bounds_cover_the_whole_period(store_db):
    assert "Kherson" in runner.invoke(app, ["events", "--db", str(store_db), "--until", "2022-10", "-f", "csv"]).stdout
    assert "Kherson" in runner.invoke(app, ["events", "--db", str(store_db), "--since", "2022", "-f", "csv"]).stdout
    r = runner.invoke(app, ["events", "--db", str(store_db), "--since", "2022-10-13", "-f", "csv"])
    assert r.exit_code == 0 and "Kherson" not in r.stdout


@pytest.mark.parametrize("args", [["extract", "-", "--published", "last week"], ["annotate", "-", "--dct", "2022-1"]])
def test_bad_document_dates_are_usage_errors(args):
    r = runner.invoke(app, args, input=STORY)
    assert r.exit_code == EXIT_USAGE and "Invalid value" in r.output


def test_a_path_with_markup_characters_is_printed_as_it_is(tmp_path):
    p = tmp_path / "[bold]report[/] [x].txt"
    r = runner.invoke(app, ["extract", str(p)])
    assert r.exit_code == EXIT_INPUT_FAILED
    assert "[bold]report[/] [x].txt" in r.output and "no such file" in r.output


def test_ingest_reports_bad_inputs_with_exit_1_and_goes_on(tmp_path):
    folder = tmp_path / "in [raw]"
    folder.mkdir()
    (folder / "good.txt").write_text(STORY)
    with gzip.open(folder / "bomb [1].gz", "wb") as f:      # ~65 KB on disk, past the default 64 MiB cap inside
        for _ in range(65):
            f.write(bytes(2**20))
    (folder / "empty.txt").write_text("")
    r = runner.invoke(app, ["ingest", str(folder), "--db", str(tmp_path / "s.db")])
    assert r.exit_code == EXIT_INPUT_FAILED, r.output
    assert "bomb [1].gz" in r.output and "max_decompressed_bytes" in r.output
    assert "1 document added" in r.output and "2 failed" in r.output
    assert "Traceback" not in r.output


def test_a_failure_of_sitroom_itself_exits_3_with_one_line(store_db, monkeypatch, capsys):
    from sitroom.store import Store

    def broken(self, **kw):
        raise RuntimeError("disk I/O error")
    monkeypatch.setattr(Store, "events", broken)
    with pytest.raises(SystemExit) as e:
        main(["events", "--db", str(store_db)])
    assert e.value.code == EXIT_INTERNAL
    err = capsys.readouterr().err
    assert "internal error" in err and "disk I/O error" in err and "Traceback" not in err
    monkeypatch.setenv("SITROOM_DEBUG", "1")
    with pytest.raises(RuntimeError):
        main(["events", "--db", str(store_db)])


def test_backup_writes_a_consistent_copy_and_refuses_to_overwrite(store_db, tmp_path):
    from sitroom.store import Store, dump_tables
    dest = tmp_path / "backup.db"
    r = runner.invoke(app, ["backup", str(dest), "--db", str(store_db)])
    assert r.exit_code == 0, r.output
    with Store(store_db) as a, Store(dest) as b:
        assert dump_tables(a) == dump_tables(b) and b.counts()["events"] >= 1
        assert [x["id"] for x in b.search("Kherson")] == [x["id"] for x in a.search("Kherson")]
    again = runner.invoke(app, ["backup", str(dest), "--db", str(store_db)])
    assert again.exit_code == EXIT_USAGE and "exists already" in again.output


@pytest.mark.parametrize("what", ["folder", "not a database"])
def test_a_db_that_is_a_folder_or_not_a_database_is_a_clear_usage_error(tmp_path, what):
    # found by tests/test_fuzz_cli.py: a folder given as --db raised sqlite's "unable to open database file"
    db = tmp_path / "in [1]"
    if what == "folder":
        db.mkdir()
    else:
        db.write_text("these are not the pages of an SQLite file\n" * 200)
    r = runner.invoke(app, ["events", "--db", str(db)])
    assert r.exit_code == EXIT_USAGE
    assert r.exception is None or isinstance(r.exception, SystemExit)
    assert "Traceback" not in r.output
    assert ("is a folder" if what == "folder" else "cannot open the database") in r.output
    assert "in [1]" in r.output


@pytest.mark.parametrize("command", [["brief"], ["events"], ["figures"], ["export", "--table", "events"]])
def test_a_folder_or_a_non_database_as_store_is_a_clear_usage_error(tmp_path, command):
    folder = tmp_path / "in [1]"                  # found by the long CLI fuzz run: `brief --db FOLDER` raised
    folder.mkdir()
    junk = tmp_path / "notes [x] [b].txt"
    junk.write_text("not a database\n")
    for db in (folder, junk):
        r = runner.invoke(app, [*command, "--db", str(db)])
        assert r.exit_code == EXIT_USAGE, (command, db, r.exit_code, r.output)
        assert r.exception is None or isinstance(r.exception, SystemExit)
        assert str(db) in r.output.replace("\n", "") and "Traceback" not in r.output


def test_brief_prints_an_output_path_with_markup_characters_as_it_is(store_db, tmp_path):
    out = tmp_path / "brief [b] [i].txt"
    r = runner.invoke(app, ["brief", "--db", str(store_db), "--out", str(out)])
    assert r.exit_code == 0, r.output
    assert out.read_text(encoding="utf-8").strip()
    assert str(out) in r.output.replace("\n", "")


@pytest.mark.parametrize("url", ["https://", "nosuch://host/db", "postgresql+nodriver://x/y"])
def test_a_database_url_we_cannot_use_is_a_clear_usage_error(url):
    r = runner.invoke(app, ["events", "--db", url])    # found by the long CLI fuzz run: raised NoSuchModuleError
    assert r.exit_code == EXIT_USAGE, (url, r.exit_code, r.output)
    assert r.exception is None or isinstance(r.exception, SystemExit)
    assert "cannot open the database" in r.output and "Traceback" not in r.output
