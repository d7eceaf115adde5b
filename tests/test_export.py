"""`sitroom export`: every table in every format, in the shapes the CLI prints, streamed a page at a time."""
from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from sitroom import api, lexicon
from sitroom.cli import EXIT_INPUT_FAILED, EXIT_USAGE, app
from sitroom.export import ExportError, acled_categories, export, export_columns
from sitroom.model import EVENT_TYPES
from sitroom.store import Store

runner = CliRunner()

DOCS = {   # file name -> (publication date, text)
    "kherson.txt": ("2022-10-12", "Russian forces shelled Kherson on 12 October 2022, killing three civilians, "
                                  "the governor said.\n"),
    "bakhmut.txt": ("2023-03-06", "Ukraine's defence ministry said on 5 March 2023 that 200 Russian soldiers were "
                                  "killed near Bakhmut.\n"),
    "tbilisi.txt": ("2023-03-04", "Thousands of protesters rallied in Tbilisi on 3 March 2023 against a draft law, "
                                  "police said. The French foreign minister met his Georgian counterpart in Paris on "
                                  "3 March 2023.\n"),
}
ACLED_EVENT_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
                     "Strategic developments"}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    root = tmp_path_factory.mktemp("export")
    path = root / "store.db"
    with Store(path) as store:
        for name, (published, text) in DOCS.items():
            (root / name).write_text(text)
            assert api.ingest([root / name], store, published=published).ok
    return path


def _cli_json(*args) -> list:
    r = runner.invoke(app, list(args))
    assert r.exit_code == 0, r.output
    return json.loads(r.stdout)


def _export(db, table, fmt, **kw) -> bytes:
    buf = io.BytesIO()
    with Store(db) as store:
        export(store, table, fmt, buf, **kw)
    return buf.getvalue()


def _jsonl(db, table, **kw) -> list[dict]:
    return [json.loads(line) for line in _export(db, table, "jsonl", **kw).decode().splitlines()]


def _by(key, rows):
    return sorted(rows, key=lambda r: r[key])


def _flatten(record: dict, prefix: str = "") -> dict:
    """A record flattened the way the README says: nested keys joined with `_`, a list of objects one list per key."""
    out = {}
    for k, v in record.items():
        name = prefix + k
        if isinstance(v, dict):
            out |= _flatten(v, name + "_")
        elif isinstance(v, list) and v and isinstance(v[0], dict):
            for sub in v[0]:
                out[f"{name}_{sub}"] = [x[sub] for x in v]
        else:
            out[name] = v
    return out


# ------------------------------------------------------------------ jsonl: the CLI's JSON shapes

def test_jsonl_events_are_the_events_command_json(db):
    lines = _jsonl(db, "events")
    assert len(lines) >= 4
    assert _by("id", lines) == _by("id", _cli_json("events", "--db", str(db), "-f", "json"))


def test_jsonl_claims_are_the_claims_command_json(db):
    lines = _jsonl(db, "claims")
    assert {c["status"] for c in lines} >= {"killed"}
    assert _by("id", lines) == _by("id", _cli_json("claims", "--db", str(db), "-f", "json"))


def test_jsonl_documents_are_the_extract_document_with_their_origin(db, tmp_path):
    lines = {d["title"] or d["text"][:20]: d for d in _jsonl(db, "documents")}
    assert len(lines) == 3
    (tmp_path / "kherson.txt").write_text(DOCS["kherson.txt"][1])
    extracted = _cli_json("extract", str(tmp_path / "kherson.txt"), "--published", "2022-10-12")
    doc = next(d for d in lines.values() if d["id"] == extracted["document"]["id"])
    assert doc.pop("origin").endswith("kherson.txt")
    assert doc == extracted["document"]


def test_jsonl_series_are_the_points_of_the_figures_command(db):
    series = _cli_json("figures", "--db", str(db), "-f", "json")
    expected = [{k: s[k] for k in ("subject", "topic_key", "counted", "owner_country", "location_country",
                                   "location_place", "location_name")} | p
                for s in series for p in s["points"]]
    assert expected and _by("claim_id", _jsonl(db, "series")) == _by("claim_id", expected)


# ------------------------------------------------------------------ csv and parquet: the same records, flat

def test_csv_has_stable_documented_columns_and_one_row_per_record(db):
    lines = {r["id"]: r for r in _jsonl(db, "events")}
    rows = list(csv.DictReader(io.StringIO(_export(db, "events", "csv").decode())))
    assert list(rows[0]) == export_columns("events", "csv")
    assert export_columns("events", "csv")[:8] == ["id", "type", "mode", "actor_text", "actor_name", "actor_country",
                                                   "actor_sector", "recipient_text"]
    assert {"location_lat", "date_value", "evidence_sentence", "quantities_text", "claim_ids", "document_title"} \
        <= set(rows[0])
    assert len(rows) == len(lines)
    for row in rows:
        rec = lines[row["id"]]
        assert row["actor_name"] == ((rec["actor"] or {}).get("name") or "")
        assert row["evidence_sentence"] == rec["evidence"]["sentence"]
        assert row["claim_ids"] == ";".join(rec["claim_ids"])
        assert row["quantities_text"] == ";".join(q["text"] for q in rec["quantities"])
        assert row["document_id"] == rec["document"]["id"]


@pytest.mark.parametrize("table, key", [("events", "id"), ("claims", "id"), ("documents", "id"),
                                        ("series", "claim_id")])
def test_parquet_reads_back_as_the_jsonl_records_flattened(db, tmp_path, table, key):
    import pyarrow.parquet as pq

    path = tmp_path / f"{table}.parquet"
    with Store(db) as store:
        report = export(store, table, "parquet", path)
    got = pq.read_table(path).to_pylist()
    assert report.rows == len(got) > 0
    assert list(got[0]) == export_columns(table, "parquet")
    expected = [_flatten(r) for r in _jsonl(db, table)]
    assert len(got) == len(expected)
    for g, e in zip(_by(key, got), _by(key, expected)):
        for k, v in e.items():
            if k in g:
                assert g[k] == v, k
            else:       # a missing object (None) or an empty list of objects: all its columns empty
                assert v in (None, []) and all(g[c] in (None, []) for c in g if c.startswith(k + "_")), k


# ------------------------------------------------------------------ acled

def test_acled_rows_carry_mapped_types_dates_places_and_fatalities(db):
    events = {r["id"]: r for r in _jsonl(db, "events")}
    killed = {}
    for c in _jsonl(db, "claims"):
        if c["status"] == "killed" and c["event_id"]:
            killed[c["event_id"]] = killed.get(c["event_id"], 0) + int(c["lower"])
    with Store(db) as store:
        buf = io.BytesIO()
        report = export(store, "events", "acled", buf)
    rows = list(csv.DictReader(io.StringIO(buf.getvalue().decode())))
    assert list(rows[0])[:7] == ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type",
                                 "event_type", "sub_event_type"]
    uncoded = [e for e in events.values() if e["type"] not in lexicon.load_json("acled.json")["plover"]]
    assert report.skipped == len(uncoded) and report.rows == len(rows) == len(events) - len(uncoded)
    assert any(r["fatalities"] for r in rows)
    for r in rows:
        ev = events[r["event_id_cnty"][-16:]]
        cats = acled_categories(ev["type"], ev["mode"], r["inter2"] or None)
        assert (r["disorder_type"], r["event_type"], r["sub_event_type"]) == cats
        assert r["event_type"] in ACLED_EVENT_TYPES
        assert r["event_date"] == (ev["date"] or {}).get("value", "")[:10]
        assert r["year"] == r["event_date"][:4]
        assert r["location"] == ((ev["location"] or {}).get("name") or "")
        assert r["notes"] == ev["evidence"]["sentence"]
        assert r["fatalities"] == str(killed.get(ev["id"], ""))
        assert r["iso"] == r["assoc_actor_1"] == r["timestamp"] == ""


def test_acled_mapping_covers_real_types_with_acled_categories():
    table = lexicon.load_json("acled.json")["plover"]
    assert set(table) <= set(EVENT_TYPES)
    assert acled_categories("ASSAULT", "heavy-weapons", None) == (
        "Political violence", "Explosions/Remote violence", "Shelling/artillery/missile attack")
    assert acled_categories("ASSAULT", None, "Civilians")[1] == "Violence against civilians"
    assert acled_categories("PROTEST", "riot", None)[1] == "Riots"
    assert acled_categories("CONSULT", None, None) is None
    for entry in table.values():
        for triple in [entry["default"], *entry.get("modes", {}).values()]:
            assert len(triple) == 3 and triple[1] in ACLED_EVENT_TYPES


# ------------------------------------------------------------------ --since / --until

def test_since_and_until_bound_each_tables_day(db):
    events = _jsonl(db, "events")
    later = _jsonl(db, "events", since="2023-03-01")
    assert 0 < len(later) < len(events)
    assert all(e["date"]["value"] >= "2023-03-01" for e in later)
    docs = _jsonl(db, "documents", until="2023-03-04")
    assert sorted(d["published"][:10] for d in docs) == ["2022-10-12", "2023-03-04"]
    assert all(c["published"][:10] >= "2023-03-05" for c in _jsonl(db, "claims", since="2023-03-05"))
    assert all("2023-03-01" <= p["date"] <= "2023-03-31" for p in _jsonl(db, "series", since="2023-03-01",
                                                                            until="2023-03-31"))


def test_cli_since_takes_a_month_and_writes_a_file(db, tmp_path):
    out = tmp_path / "ev.jsonl"
    r = runner.invoke(app, ["export", "--db", str(db), "-t", "events", "--since", "2023-03", "-o", str(out)])
    assert r.exit_code == 0, r.output
    lines = [json.loads(x) for x in out.read_text().splitlines()]
    assert lines == _jsonl(db, "events", since="2023-03-01")
    assert f"{len(lines)} events exported as jsonl" in r.stderr


# ------------------------------------------------------------------ streaming

def test_export_reads_page_by_page(db, monkeypatch):
    pages = []
    original = Store.event_batches

    def spy(self, **kw):
        for page in original(self, **kw):
            pages.append(len(page))
            yield page
    monkeypatch.setattr(Store, "event_batches", spy)
    small = _export(db, "events", "jsonl", page_size=1)
    assert len(pages) == len(small.splitlines()) > 2 and set(pages) == {1}
    assert small == _export(db, "events", "jsonl")


@pytest.mark.parametrize("table", ["claims", "documents", "series"])
def test_every_table_is_the_same_in_small_pages(db, table):
    assert _export(db, table, "jsonl", page_size=1) == _export(db, table, "jsonl")


def test_keyset_pages_on_every_backend(db_url, tmp_path):
    (tmp_path / "a.txt").write_text(DOCS["kherson.txt"][1])
    (tmp_path / "b.txt").write_text(DOCS["bakhmut.txt"][1])
    with Store(db_url) as store:
        assert api.ingest([tmp_path], store).ok
        pages = list(store.event_batches(page_size=1))
        assert len(pages) == len(store.events()) > 1
        assert sorted(se.event.id for p in pages for se in p) == sorted(se.event.id for se in store.events())


# ------------------------------------------------------------------ errors

@pytest.mark.parametrize("args, message", [
    (["-t", "places"], "Invalid value for '--table'"),
    (["-t", "events", "-f", "xlsx"], "Invalid value for '--format'"),
    (["-t", "claims", "-f", "acled"], "the acled format is a table of events"),
    (["-t", "events", "--since", "last week"], "is not a calendar date"),
])
def test_bad_requests_are_usage_errors(db, args, message):
    r = runner.invoke(app, ["export", "--db", str(db), *args])
    assert r.exit_code == EXIT_USAGE and message in r.output and "Traceback" not in r.output


def test_library_refuses_what_cannot_be_exported(db):
    with Store(db) as store, pytest.raises(ExportError, match="unknown table"):
        export(store, "places", "csv", io.BytesIO())


def test_missing_store_and_unwritable_out_say_so(db, tmp_path):
    r = runner.invoke(app, ["export", "--db", str(tmp_path / "none.db"), "-t", "events"])
    assert r.exit_code == EXIT_USAGE and "no database at" in r.output
    out = tmp_path / "no" / "such" / "dir" / "x.csv"
    r = runner.invoke(app, ["export", "--db", str(db), "-t", "events", "-f", "csv", "-o", str(out)])
    assert r.exit_code == EXIT_INPUT_FAILED and f"cannot write {out}" in r.output and "Traceback" not in r.output
    r = runner.invoke(app, ["export", "--db", str(db), "-t", "events", "-o", str(tmp_path)])
    assert r.exit_code == EXIT_INPUT_FAILED and "is a folder" in r.output


def test_a_failed_export_leaves_no_partial_file(db, tmp_path, monkeypatch):
    original = Store.event_batches

    def broken(self, **kw):
        yield next(original(self, **kw))
        raise RuntimeError("disk I/O error")
    monkeypatch.setattr(Store, "event_batches", broken)
    out = tmp_path / "ev.csv"
    out.write_text("an older export\n")
    with Store(db) as store, pytest.raises(RuntimeError):
        export(store, "events", "csv", out, page_size=1)
    assert out.read_text() == "an older export\n" and list(tmp_path.iterdir()) == [out]


def test_readme_documents_every_column_and_mapped_type():
    import pathlib

    readme = (pathlib.Path(__file__).resolve().parents[1] / "README.md").read_text()
    section = readme[readme.index("## Exports"):readme.index("## Web UI and API")]
    for table in ("events", "claims", "documents", "series"):
        missing = [c for c in export_columns(table, "csv") if f"`{c}`" not in section]
        assert missing == [], f"{table} columns not in README: {missing}"
    assert [c for c in export_columns("events", "acled") if f"`{c}`" not in section] == []
    for plover in lexicon.load_json("acled.json")["plover"]:
        assert f"| {plover}" in section or f", {plover}" in section
