"""The command line on odd input — an empty or binary file, a missing path, a folder, a URL where a file is read, an
empty file given as the store, a page in a language sitroom does not analyse: one clear line naming the input, the
documented exit code, no traceback, and nothing written where only reading was asked."""
from __future__ import annotations

import pytest
from typer.testing import CliRunner

from sitroom.cli import EXIT_INPUT_FAILED, EXIT_USAGE, app

runner = CliRunner()
STORY = "Russian forces shelled Kherson on 12 October 2022, killing three civilians, the governor said.\n"


def _one_error_line(r) -> str:
    lines = [ln for ln in r.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and "Traceback" not in r.output, r.output
    return lines[0]


def test_a_url_given_to_annotate_says_so():
    r = runner.invoke(app, ["annotate", "https://example.com/news/1"])
    assert r.exit_code == EXIT_INPUT_FAILED
    line = _one_error_line(r)
    assert line.startswith("error: https://example.com/news/1: ") and "URL" in line and "no such file" not in line


def test_annotate_names_the_binary_file_it_refuses(tmp_path):
    f = tmp_path / "blob.bin"
    f.write_bytes(b"\x00\x01\x02binary\x00" * 50)
    r = runner.invoke(app, ["annotate", str(f)])
    assert r.exit_code == EXIT_INPUT_FAILED
    assert _one_error_line(r) == f"error: {f}: binary content (NUL bytes), not a text or HTML document"


def test_annotate_refuses_a_folder(tmp_path):
    r = runner.invoke(app, ["annotate", str(tmp_path)])
    assert r.exit_code == EXIT_INPUT_FAILED and _one_error_line(r) == f"error: {tmp_path}: is a directory, not a file"


@pytest.mark.parametrize("command", [["figures"], ["events"], ["timeline"], ["brief"], ["serve"]])
def test_an_empty_file_is_not_taken_for_a_store_and_stays_empty(tmp_path, command):
    db = tmp_path / "notes.txt"
    db.write_bytes(b"")
    r = runner.invoke(app, [*command, "--db", str(db)])
    assert r.exit_code == EXIT_USAGE
    assert _one_error_line(r) == f"error: {db} is an empty file, not a sitroom database (run `sitroom ingest` first)"
    assert db.stat().st_size == 0


def test_ingest_into_an_empty_file_still_makes_a_store(tmp_path):
    (tmp_path / "a.txt").write_text(STORY)
    db = tmp_path / "new.db"
    db.write_bytes(b"")
    r = runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db", str(db)])
    assert r.exit_code == 0 and "1 document added" in r.stderr


def test_ingest_output_has_no_blank_line_when_standard_error_is_not_a_terminal(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    r = runner.invoke(app, ["ingest", str(tmp_path / "empty.txt"), "--db", str(tmp_path / "s.db")])
    assert r.exit_code == EXIT_INPUT_FAILED
    assert r.stderr.splitlines()[0] == f"failed {tmp_path / 'empty.txt'}: empty document"


def test_a_page_in_a_language_not_analysed_is_a_note_not_a_failure(tmp_path):
    # by design (tests/test_languages.py): stored and searchable, its events not extracted; the note says so
    f = tmp_path / "de.html"
    f.write_text('<html lang="de"><body><article><p>Die Bundesregierung hat am Montag angekündigt, dass 5.000 '
                 "Soldaten nach Litauen verlegt werden sollen, sagte das Verteidigungsministerium.</p></article>"
                 "</body></html>", encoding="utf-8")
    r = runner.invoke(app, ["extract", str(f), "--format", "table"])
    assert r.exit_code == 0 and "Traceback" not in r.output
    assert "note language 'de' is not supported" in r.stderr
