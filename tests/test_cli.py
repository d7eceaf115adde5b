"""End to end through the command line, on reports written for these tests."""
import json
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from sitroom.cli import app

runner = CliRunner()
SCHEMA = json.loads((Path(__file__).parents[1] / "src/sitroom/data/extract.schema.json").read_text())
SHARED_SCHEMA = Path(__file__).parents[2] / "shared/spec/extract.schema.json"

REPORT = """Poland reports Russian drones over its border

3 March 2023, 11:20 AM

The Polish Defence Ministry said on Thursday that two Russian drones had crossed into Polish airspace on March 1.

The following day, Warsaw summoned the Russian ambassador, according to the foreign ministry.

Officials said up to 300 soldiers would be sent to the border region.

Follow us on Twitter and Facebook
Subscribe to our newsletter
"""


@pytest.fixture()
def report(tmp_path):
    p = tmp_path / "report.txt"
    p.write_text(REPORT, encoding="utf-8")
    return p


def test_extract_json_is_valid_against_the_schema(report):
    r = runner.invoke(app, ["extract", str(report), "--format", "json"])
    assert r.exit_code == 0, r.output
    out = json.loads(r.stdout)
    jsonschema.validate(out, SCHEMA)
    doc = out["document"]
    assert doc["title"] == "Poland reports Russian drones over its border"
    assert doc["published"].startswith("2023-03-03T11:20")
    assert doc["language"] == "en"
    assert "Follow us" not in doc["text"] and "newsletter" not in doc["text"]
    for ev in out["events"]:
        s = ev["evidence"]
        assert doc["text"][s["start"]:s["end"]] == s["sentence"]
    assert out["events"], "the report has events"


def _extends(ours, theirs, path="$"):
    """Every field of the shared contract is in ours as it defines it; ours may add fields (never rename or drop)."""
    if isinstance(theirs, dict):
        assert isinstance(ours, dict), path
        for k, v in theirs.items():
            assert k in ours, f"{path}.{k} dropped"
            _extends(ours[k], v, f"{path}.{k}")
    elif path.endswith(".required"):
        assert set(theirs) <= set(ours), path
    else:
        assert ours == theirs, path


def test_vendored_schema_extends_the_shared_spec():
    if not SHARED_SCHEMA.exists():
        pytest.skip("../shared not present")
    _extends(SCHEMA, json.loads(SHARED_SCHEMA.read_text()))


def test_the_schema_check_notices_a_dropped_or_changed_field():
    shared = {"properties": {"a": {"type": "string"}, "b": {"type": "number"}}, "required": ["a"]}
    _extends({"properties": {"a": {"type": "string"}, "b": {"type": "number"}, "c": {}}, "required": ["a"]}, shared)
    for broken in ({"properties": {"a": {"type": "string"}}, "required": ["a"]},
                   {"properties": {"a": {"type": "integer"}, "b": {"type": "number"}}, "required": ["a"]},
                   {"properties": {"a": {"type": "string"}, "b": {"type": "number"}}, "required": []}):
        with pytest.raises(AssertionError):
            _extends(broken, shared)


def test_extract_reads_stdin_and_published_override(report):
    r = runner.invoke(app, ["extract", "-", "--published", "2023-03-05"], input=REPORT.replace("3 March 2023, 11:20 AM", ""))
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["document"]["published"].startswith("2023-03-05")


def test_ingest_reports_bad_files_goes_on_and_is_idempotent(tmp_path, report):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(REPORT, encoding="utf-8")
    (folder / "empty.txt").write_text("  \n", encoding="utf-8")
    (folder / "binary.bin").write_bytes(bytes(range(256)) * 4)
    (folder / "truncated.html").write_text("<html><head><title>x</title></head><body><div", encoding="utf-8")
    db = tmp_path / "s.db"
    r = runner.invoke(app, ["ingest", str(folder), "--db", str(db)])
    assert r.exit_code == 1
    for name in ("empty.txt", "binary.bin", "truncated.html"):
        assert name in r.stderr.replace("\n", "")       # the console wraps long paths at its width
    assert "1 document added" in r.stderr
    r2 = runner.invoke(app, ["ingest", str(folder / "good.txt"), "--db", str(db)])
    assert r2.exit_code == 0, r2.output
    assert "0 documents added" in r2.stderr and "1 already stored" in r2.stderr

    ev = runner.invoke(app, ["events", "--db", str(db), "--format", "json"])
    rows = json.loads(ev.stdout)
    assert rows and all(r["document"]["id"] for r in rows)
    only = runner.invoke(app, ["events", "--db", str(db), "--format", "json", "--type", rows[0]["type"]])
    assert {r["type"] for r in json.loads(only.stdout)} == {rows[0]["type"]}
    csv_out = runner.invoke(app, ["events", "--db", str(db), "--format", "csv"]).stdout
    assert csv_out.splitlines()[0].startswith("id,date,")
    assert len(csv_out.splitlines()) >= len(rows) + 1
    table = runner.invoke(app, ["events", "--db", str(db)], env={"COLUMNS": "250"}).stdout
    assert "[up_to ..300]" in table          # figure bounds printed literally, not eaten as console markup
    tl = runner.invoke(app, ["timeline", "--db", str(db), "--format", "json"])
    dates = [r["date"] for r in json.loads(tl.stdout)]
    assert dates and all(dates)


def test_stored_events_print_in_the_shape_extract_prints_them(tmp_path, report):
    db = str(tmp_path / "s.db")
    assert runner.invoke(app, ["ingest", str(report), "--db", db]).exit_code == 0
    extracted = json.loads(runner.invoke(app, ["extract", str(report), "--format", "json"]).stdout)
    stored = json.loads(runner.invoke(app, ["events", "--db", db, "--format", "json"]).stdout)
    for ev in stored:
        jsonable = dict(ev)
        doc = jsonable.pop("document")
        assert doc["id"] == extracted["document"]["id"] and doc["title"] == extracted["document"]["title"]
        jsonschema.validate(ev, {"$defs": SCHEMA["$defs"], **SCHEMA["$defs"]["event"]})
    by_id = {ev["id"]: ev for ev in extracted["events"]}
    assert sorted(by_id) == sorted(ev["id"] for ev in stored)
    for ev in stored:
        assert {k: v for k, v in ev.items() if k != "document"} == by_id[ev["id"]]


def test_missing_file_is_a_clear_error(tmp_path):
    r = runner.invoke(app, ["extract", str(tmp_path / "nope.txt")])
    assert r.exit_code != 0
    assert "nope.txt" in r.stderr


def test_events_without_a_database_is_a_clear_error(tmp_path):
    r = runner.invoke(app, ["events", "--db", str(tmp_path / "none.db")])
    assert r.exit_code == 2 and "no database" in r.stderr


def test_annotate_timex_offsets_point_into_the_input():
    text = "Talks were held on Oct. 13, and the following day the ministry confirmed them."
    r = runner.invoke(app, ["annotate", "-", "--dct", "2022-10-24", "--layers", "timex"], input=text)
    assert r.exit_code == 0, r.output
    items = json.loads(r.stdout)
    assert {"start", "end", "text", "type", "value"} <= set(items[0])
    assert all(text[i["start"]:i["end"]] == i["text"] for i in items)
    assert [i["value"] for i in items][:2] == ["2022-10-13", "2022-10-14"]


def test_annotate_rejects_unknown_layer():
    r = runner.invoke(app, ["annotate", "-", "--layers", "nonsense"], input="x")
    assert r.exit_code == 2 and "unknown layer" in r.stderr


def test_ingest_format_and_filter_options(tmp_path):
    post = tmp_path / "post.html"          # a one-line post that a suffix would call HTML
    post.write_text("Russian forces shelled Kharkiv overnight #Kharkiv", encoding="utf-8")
    db = tmp_path / "s.db"
    r = runner.invoke(app, ["ingest", str(post), "--db", str(db), "--format", "text", "--match", "Kharkiv"])
    assert r.exit_code == 0, r.output
    assert "1 document added" in r.stderr
    skipped = runner.invoke(app, ["ingest", str(post), "--db", str(tmp_path / "t.db"), "--match", "Odesa"])
    assert skipped.exit_code == 0 and "0 documents added" in skipped.stderr
    for bad in (["--format", "pdf"], ["--match", "(unclosed"]):
        r = runner.invoke(app, ["ingest", str(post), "--db", str(db), *bad])
        assert r.exit_code == 2 and "error" in r.stderr and "Traceback" not in r.output
    r = runner.invoke(app, ["ingest", "--urls", str(tmp_path / "none.txt"), "--db", str(db)])
    assert r.exit_code == 2 and "none.txt" in r.stderr


def test_ingest_url_refused_without_allow_private(tmp_path):
    r = runner.invoke(app, ["ingest", "http://127.0.0.1:9/x", "--db", str(tmp_path / "s.db")])
    assert r.exit_code == 1 and "loopback" in r.stderr and "--allow-private" in r.stderr


def test_the_timeline_is_the_shared_table_as_wide_as_its_cells_when_piped(tmp_path, report, monkeypatch):
    from rich.console import Console

    from sitroom.cli import _output

    db = str(tmp_path / "s.db")
    assert runner.invoke(app, ["ingest", str(report), "--db", db]).exit_code == 0
    rows = json.loads(runner.invoke(app, ["timeline", "--db", db, "--format", "json"]).stdout)
    console = Console(width=80, record=True, color_system=None, force_terminal=False)    # `sitroom timeline > f`
    monkeypatch.setattr(_output, "out", console)
    runner.invoke(app, ["timeline", "--db", db])
    lines = console.export_text().splitlines()
    what = max((" ".join(x for x in (r["type"], (r.get("actor") or {}).get("name")) if x) for r in rows), key=len)
    assert len(what) > 15 and any(what in line for line in lines)       # a short cell whole, not folded at 80



def test_the_timeline_folds_a_page_copied_word_for_word_into_one_row(tmp_path, report, monkeypatch):
    from rich.console import Console

    from sitroom.cli import _output

    copy = tmp_path / "copy.txt"        # another outlet runs the same text under its own name
    copy.write_text(REPORT.replace("Poland reports", "Warsaw says") + "\n(c) Other Outlet 2023\n", encoding="utf-8")
    db = str(tmp_path / "s.db")
    assert runner.invoke(app, ["ingest", str(report), str(copy), "--db", db]).exit_code == 0
    rows = json.loads(runner.invoke(app, ["timeline", "--db", db, "--format", "json"]).stdout)
    assert len({r["document"]["id"] for r in rows}) == 2               # JSON keeps every stored event
    console = Console(width=400, record=True, color_system=None, force_terminal=False)
    monkeypatch.setattr(_output, "out", console)
    runner.invoke(app, ["timeline", "--db", db])
    text = console.export_text()
    shown = len({r["evidence"]["sentence"] for r in rows if r.get("evidence")})
    assert f"Timeline: {shown} dated events" in text and "folded" in text
    assert "(also in 1 copy)" in text
    assert text.count("summoned the Russian ambassador") == 1
