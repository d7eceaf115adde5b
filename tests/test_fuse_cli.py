"""The fuse commands of the `sitroom` CLI: clusters, figures, contradictions, split-cluster."""
from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from sitroom.cli import app as sitroom_app
from sitroom.fuse import fuse_document
from sitroom.store import Store
from test_fuse_reports import all_reports

runner = CliRunner()


@pytest.fixture
def app():
    return sitroom_app


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "cli.db"
    with Store(path) as s:
        for ex in all_reports():
            s.save(ex)
            fuse_document(s, ex)
    return str(path)


def test_clusters_json_and_table(app, db):
    res = runner.invoke(app, ["clusters", "--db", db, "--format", "json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert [c["size"] for c in data] == [4, 2, 1, 1]
    assert data[0]["independent_documents"] == 3          # the syndicated copy is not an independent report
    res = runner.invoke(app, ["clusters", "--db", db, "--min-size", "2"])
    assert res.exit_code == 0 and "Kharkiv" in res.stdout and "Black Sea News" not in res.stdout


def test_figures_csv_with_subject(app, db):
    res = runner.invoke(app, ["figures", "--db", db, "--subject", "in Belarus", "--format", "csv"])
    assert res.exit_code == 0, res.output
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    assert [(r["date"], r["status"], r["figure"], r["source"]) for r in rows] == [
        ("2022-10-13", "present", "up to 1,000", "General Staff of the Armed Forces of Ukraine"),
        ("2022-10-13", "present", "about 4,300", "Belarusian Hajun"),
        ("2022-10-16", "planned", "9,000", "Ministry of Defence of Belarus"),
    ]
    assert json.loads(rows[0]["also_reported_by"]) == ["Kyiv Wire", "Lviv Herald"]


def test_contradictions_formats(app, db):
    res = runner.invoke(app, ["contradictions", "--db", db, "--format", "json"])
    assert res.exit_code == 0
    (flag,) = json.loads(res.stdout)
    assert {flag["a"]["figure"], flag["b"]["figure"]} == {"up to 1,000", "about 4,300"}
    res = runner.invoke(app, ["contradictions", "--db", db])
    assert res.exit_code == 0 and "Belarusian Hajun" in res.stdout


def test_split_cluster_command(app, db):
    data = json.loads(runner.invoke(app, ["clusters", "--db", db, "--format", "json"]).stdout)
    big = data[0]
    ev = next(m["event_id"] for m in big["members"] if m["outlet"] == "Eastern Monitor")
    res = runner.invoke(app, ["split-cluster", big["id"], ev, "--db", db])
    assert res.exit_code == 0, res.output
    new_id = res.stdout.strip()
    data = {c["id"]: c for c in json.loads(runner.invoke(app, ["clusters", "--db", db, "-f", "json"]).stdout)}
    assert data[new_id]["size"] == 1 and data[big["id"]]["size"] == 3
    assert runner.invoke(app, ["split-cluster", "nope", ev, "--db", db]).exit_code == 1


def test_missing_database(app, tmp_path):
    res = runner.invoke(app, ["figures", "--db", str(tmp_path / "none.db")])
    assert res.exit_code == 2


def test_the_figures_table_says_each_date_as_the_claim_does(app, tmp_path):
    from sitroom.api import ingest

    page = tmp_path / "pledge.txt"
    page.write_text("Germany to send air defence\n\nGermany will deliver four more air defence systems to Ukraine by "
                    "the end of the year, the German defence ministry said on Tuesday.\n", encoding="utf-8")
    db = str(tmp_path / "p.db")
    with Store(db) as st:
        assert ingest([page], st, published="2022-10-18").ok
    table = runner.invoke(app, ["figures", "--db", db])
    assert "until the end of 2022" in table.stdout and "2022-01-01" not in table.stdout
    rows = list(csv.DictReader(io.StringIO(runner.invoke(app, ["figures", "--db", db, "--format", "csv"]).stdout)))
    assert [(r["date"], r["as_of"], r["as_of_relation"]) for r in rows] == [("2022-01-01", "2022", "until")]
