"""The command line as a user meets it: progress that moves while one big file is read, counts that agree in
number, help that speaks the user's words, and a store in a read-only place that can still be read."""
from __future__ import annotations

import json

from typer.testing import CliRunner

from sitroom.api import ingest
from sitroom.cli import app
from sitroom.store import Store
from test_telegram import CHAT


def test_every_document_of_one_export_is_reported_as_it_is_done(tmp_path):
    (tmp_path / "result.json").write_text(json.dumps(CHAT), encoding="utf-8")
    files, documents = [], []
    with Store(tmp_path / "t.db") as store:
        report = ingest([tmp_path / "result.json"], store, on_file=files.append, on_document=documents.append)
    assert files == [tmp_path / "result.json"]
    assert len(documents) == len(report.added) == 4                 # one Telegram export, four posts with text
    assert all(o.startswith(str(tmp_path / "result.json")) for o in documents)
    assert len(set(documents)) == 4


def test_export_counts_its_rows_in_words_that_agree(tmp_path):
    (tmp_path / "one.txt").write_text("Russian forces shelled Nikopol on Monday, killing two civilians, the "
                                      "regional governor said.\n", encoding="utf-8")
    db = str(tmp_path / "s.db")
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(tmp_path / "one.txt"), "--db", db, "--published", "2022-11-01"]).exit_code == 0
    r = runner.invoke(app, ["export", "--table", "documents", "--db", db, "--out", str(tmp_path / "d.jsonl")])
    assert r.exit_code == 0, r.output
    assert "1 document exported as jsonl" in r.stderr
    r = runner.invoke(app, ["export", "--table", "series", "--db", db, "--out", str(tmp_path / "s.jsonl")])
    assert "series point" in r.stderr and " series exported" not in r.stderr


def test_help_speaks_of_what_the_user_gets_not_of_internal_names():
    runner = CliRunner()
    for command in ["claims", "contradictions", "ingest", "events"]:
        text = runner.invoke(app, [command, "--help"], env={"COLUMNS": "200"}).output
        assert "stored_claim_to_dict" not in text and "model." not in text, command
    text = runner.invoke(app, ["contradictions", "--help"], env={"COLUMNS": "200"}).output
    line = next(x for x in text.splitlines() if "--subject" in x)
    assert len(line.split("<str>", 1)[1].strip(" │")) > 10          # --subject says what it filters
    ingest_help = runner.invoke(app, ["ingest", "--help"], env={"COLUMNS": "200"}).output
    assert "lack one" not in ingest_help                            # --published wins over the page's own date


def test_the_key_prefix_the_help_gives_as_an_example_finds_its_series(tmp_path):
    import re
    from pathlib import Path
    runner = CliRunner()
    db = str(tmp_path / "s.db")
    example = Path(__file__).resolve().parents[1] / "examples" / "kyiv-wire-2022-10-18-belarus-buildup.txt"
    assert runner.invoke(app, ["ingest", str(example), "--db", db]).exit_code == 0
    for command in ["figures", "contradictions"]:
        text = runner.invoke(app, [command, "--help"], env={"COLUMNS": "200"}).output
        key = re.search(r"key prefix \('([^']+)'\)", text).group(1)
        if command == "figures":
            r = runner.invoke(app, ["figures", "--db", db, "--subject", key, "--format", "json"])
            assert json.loads(r.stdout), (command, key)


def _unwritable(monkeypatch, folder):
    """`folder` and what is in it as a read-only mount shows them to this process (root can write anything, so the
    test cannot chmod its way there): os.access says no writing below it."""
    import os
    real = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, *a, **k: False if mode & os.W_OK and
                        str(p).startswith(str(folder)) else real(p, mode, *a, **k))


def _rows(db):
    import sqlite3
    with sqlite3.connect(db) as c:
        return [c.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("documents", "events", "briefings")]


def test_a_store_in_a_read_only_place_is_read_and_never_half_written(tmp_path, monkeypatch):
    from pathlib import Path
    example = Path(__file__).resolve().parents[1] / "examples" / "kyiv-wire-2022-10-18-belarus-buildup.txt"
    shelf = tmp_path / "shelf"
    shelf.mkdir()
    db = str(shelf / "s.db")
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(example), "--db", db]).exit_code == 0
    before = _rows(db)
    _unwritable(monkeypatch, shelf)
    store = Store(db)
    assert store.read_only and "mode=ro" in str(store._engine.url)
    store.close()
    r = runner.invoke(app, ["events", "--db", db, "--format", "json"])
    assert r.exit_code == 0 and len(json.loads(r.stdout)) >= 1
    assert runner.invoke(app, ["brief", "--db", db]).exit_code == 0
    r = runner.invoke(app, ["ingest", str(example), "--db", db])
    assert r.exit_code == 2 and "read-only here" in r.stderr and "Traceback" not in r.output
    r = runner.invoke(app, ["brief", "--db", db, "--atom", str(tmp_path / "feed.atom")])
    assert r.exit_code == 2 and "read-only here" in r.stderr
    r = runner.invoke(app, ["ingest", str(example), "--db", str(shelf / "new.db")])
    assert r.exit_code == 2 and "folder is not writable" in r.stderr
    assert _rows(db) == before and not (shelf / "new.db").exists()


def test_table_captions_agree_in_number(tmp_path):
    from pathlib import Path
    runner = CliRunner()
    db = str(tmp_path / "s.db")
    examples = Path(__file__).resolve().parents[1] / "examples"
    assert runner.invoke(app, ["ingest", str(examples), "--db", db]).exit_code == 0
    caption = runner.invoke(app, ["contradictions", "--db", db]).stdout.strip().splitlines()[0].strip()
    assert caption == "1 contradiction"                   # the examples hold one: about 4,300 vs at most 1,000
    caption = runner.invoke(app, ["claims", "--db", db, "--limit", "1"]).stdout.strip().splitlines()[0].strip()
    assert caption == "1 claim"


def test_an_unknown_kind_lists_the_stored_ones_without_an_empty_table(tmp_path):
    from pathlib import Path
    runner = CliRunner()
    db = str(tmp_path / "s.db")
    example = Path(__file__).resolve().parents[1] / "examples" / "kyiv-wire-2022-10-18-belarus-buildup.txt"
    assert runner.invoke(app, ["ingest", str(example), "--db", db]).exit_code == 0
    r = runner.invoke(app, ["claims", "--db", db, "--kind", "nonsense"])
    assert r.exit_code == 0 and r.stdout.strip() == ""
    assert "no claims of kind nonsense; stored kinds: personnel" in r.stderr
