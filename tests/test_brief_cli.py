"""`sitroom brief` and the stand-in `sitroom serve` options, through the real CLI app."""
from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from typer.testing import CliRunner

from brief_reports import ALL, built_store
from sitroom.brief import make_briefing, render_briefing
from sitroom.cli import app
from test_brief import EXPECTED_18_OCTOBER
from test_brief_delivery import smtp  # noqa: F401 (the aiosmtpd fixture)

runner = CliRunner()


@pytest.fixture
def db(tmp_path):
    built_store(tmp_path, ALL).close()
    return str(tmp_path / "sitroom.db")


def test_brief_prints_the_briefing(db):
    r = runner.invoke(app, ["brief", "--db", db, "--date", "2022-10-18", "--since", "2022-10-18"])
    assert r.exit_code == 0, r.output
    assert r.stdout == EXPECTED_18_OCTOBER


def test_brief_writes_markdown_to_a_file(db, tmp_path):
    out = tmp_path / "brief.md"
    r = runner.invoke(app, ["brief", "--db", db, "--date", "2022-10-18", "--format", "md", "--out", str(out)])
    assert r.exit_code == 0, r.output
    assert r.stdout == ""
    assert f"briefing for 2022-10-18 (2022-10-16..2022-10-18) → {out}" in r.stderr
    from sitroom.store import Store
    with Store(db) as s:
        assert out.read_text(encoding="utf-8") == render_briefing(make_briefing(s, date="2022-10-18"), "md")


def test_brief_atom_adds_the_briefing_once(db, tmp_path):
    feed = tmp_path / "briefings.atom"
    first = runner.invoke(app, ["brief", "--db", db, "--date", "2022-10-18", "--atom", str(feed)])
    assert first.exit_code == 0 and "feed: briefing for 2022-10-18 added" in first.stderr
    again = runner.invoke(app, ["brief", "--db", db, "--date", "2022-10-18", "--atom", str(feed)])
    assert again.exit_code == 0 and "already in the feed" in again.stderr
    entries = ET.fromstring(feed.read_bytes()).findall("{http://www.w3.org/2005/Atom}entry")
    assert len(entries) == 1


def test_brief_email_is_sent_once(db, smtp):  # noqa: F811
    inbox, settings = smtp
    args = ["brief", "--db", db, "--date", "2022-10-18", "--email-to", "ana@desk.example",
            "--smtp", f"127.0.0.1:{settings.port}", "--email-from", "briefings@sitroom.example"]
    first = runner.invoke(app, args)
    assert first.exit_code == 0, first.output
    assert "sent briefing for 2022-10-18 to ana@desk.example" in first.stderr
    again = runner.invoke(app, args)
    assert again.exit_code == 0 and "skipped ana@desk.example" in again.stderr
    assert len(inbox.messages) == 1


def test_a_failed_email_exits_1(db, tmp_path):
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    r = runner.invoke(app, ["brief", "--db", db, "--email-to", "ana@desk.example", "--smtp", f"127.0.0.1:{port}"])
    assert r.exit_code == 1 and "failed ana@desk.example" in r.stderr


@pytest.mark.parametrize("args, message", [
    (["--date", "yesterday"], "--date must be a day YYYY-MM-DD, not 'yesterday'"),
    (["--date", "2022-10-16", "--since", "2022-10-18"], "--since 2022-10-18 is after --date 2022-10-16"),
    (["--smtp", "host:port", "--email-to", "a@b.example"], "--smtp must be HOST or HOST:PORT, not 'host:port'"),
])
def test_bad_options_are_reported_without_a_traceback(db, args, message):
    r = runner.invoke(app, ["brief", "--db", db, *args])
    assert r.exit_code == 2
    assert message in " ".join(r.stderr.split())
    assert "Traceback" not in r.output


def test_no_store_is_reported(tmp_path):
    r = runner.invoke(app, ["brief", "--db", str(tmp_path / "none.db")])
    assert r.exit_code == 2 and "no database at" in r.stderr


def test_serve_refuses_email_without_a_time(db):
    r = runner.invoke(app, ["serve", "--db", db, "--email-to", "ana@desk.example"])
    assert r.exit_code == 2 and "--email-to needs --brief-at" in r.stderr
    r = runner.invoke(app, ["serve", "--db", db, "--brief-at", "09:00", "--tz", "Mars/Olympus"])
    assert r.exit_code == 2 and "unknown time zone 'Mars/Olympus'" in r.stderr
