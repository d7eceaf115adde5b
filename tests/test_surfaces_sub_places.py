"""Every reader shows a claim's place below the country (issue 10): `sitroom claims` and `figures`, the exports'
claims and series tables, the REST API's claims, series and contradictions, and `extract`'s claim JSON (schema)."""
from __future__ import annotations

import csv
import io
import json
from urllib.parse import quote

import jsonschema
import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from sitroom.cli import app
from sitroom.export import export
from sitroom.fuse import fuse_document
from sitroom.model import claim_to_dict
from sitroom.serve import create_app
from sitroom.store import Store
from test_fuse_sub_places import DOBOJ, MAGLAJ, _report

runner = CliRunner()
TOWN = "refugees|-|BIH:doboj"


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("places") / "store.db"
    with Store(path) as store:
        for ex in (_report("d1", 12000, DOBOJ, "the mayor's office"), _report("d2", 2500, MAGLAJ, "the municipality"),
                   _report("d3", 2000, MAGLAJ, "a channel")):
            store.save(ex)
            fuse_document(store, ex)
    return str(path)


def _json(*args):
    r = runner.invoke(app, list(args))
    assert r.exit_code == 0, r.output
    return json.loads(r.stdout)


def test_the_claims_command_shows_the_town(db):
    rows = {r["document_id"]: r for r in _json("claims", "--db", db, "--format", "json")}
    assert (rows["d2"]["where"], rows["d2"]["where_country"], rows["d2"]["where_kind"], rows["d2"]["where_id"]) == (
        "Maglaj", "BIH", "city", "BIH:maglaj")
    table = runner.invoke(app, ["claims", "--db", db], terminal_width=250).stdout
    assert "Maglaj (BIH)" in table and "Doboj (BIH)" in table


def test_the_figures_command_has_one_series_per_town(db):
    series = {s["topic_key"]: s for s in _json("figures", "--db", db, "--format", "json")}
    assert set(series) == {TOWN, "refugees|-|BIH:maglaj"}
    s = series[TOWN]
    assert (s["subject"], s["location_country"], s["location_place"], s["location_name"]) == (
        "refugees in Doboj, Bosnia and Herzegovina", "BIH", "BIH:doboj", "Doboj")
    assert [p["place_name"] for p in s["points"]] == ["Doboj"]
    (flag,) = _json("contradictions", "--db", db, "--format", "json")      # Maglaj's two sources, not Doboj
    assert flag["subject_key"] == "refugees|-|BIH:maglaj|displaced"


def test_the_exports_carry_the_place(db):
    buf = io.BytesIO()
    with Store(db) as store:
        export(store, "claims", "csv", buf)
    rows = {r["document_id"]: r for r in csv.DictReader(io.StringIO(buf.getvalue().decode()))}
    assert (rows["d1"]["where_id"], rows["d1"]["where_kind"]) == ("BIH:doboj", "city")
    buf = io.BytesIO()
    with Store(db) as store:
        export(store, "series", "jsonl", buf)
    points = [json.loads(line) for line in buf.getvalue().decode().splitlines()]
    assert {(p["topic_key"], p["location_country"], p["location_place"], p["place"]) for p in points} == {
        (TOWN, "BIH", "BIH:doboj", "BIH:doboj"), ("refugees|-|BIH:maglaj", "BIH", "BIH:maglaj", "BIH:maglaj")}


def test_the_api_shows_the_place_and_keeps_location_country_a_country(db):
    client = TestClient(create_app(db))
    listed = {s["topic_key"]: s for s in client.get("/api/series").json()["rows"]}
    assert (listed[TOWN]["location_country"], listed[TOWN]["location_place"]) == ("BIH", "BIH:doboj")
    assert listed[TOWN]["subject"] == "refugees in Doboj, Bosnia and Herzegovina"
    page = client.get(f"/api/series/{quote(TOWN, safe='')}").json()
    assert (page["location_country"], page["location_place"], page["location_name"]) == ("BIH", "BIH:doboj", "Doboj")
    assert [(p["place"], p["place_name"]) for p in page["points"]] == [("BIH:doboj", "Doboj")]
    (flag,) = client.get("/api/contradictions").json()["rows"]
    assert flag["subject"].endswith(" in Maglaj, Bosnia and Herzegovina")


def test_extracts_claim_location_has_its_kind_and_id_in_the_schema():
    from importlib.resources import files
    schema = json.loads((files("sitroom") / "data" / "extract.schema.json").read_text())
    (claim,) = _report("d1", 12000, DOBOJ, "the mayor's office").claims
    d = claim_to_dict(claim)
    assert (d["location"]["kind"], d["location"]["id"]) == ("city", "BIH:doboj")
    place = schema["$defs"]["claim"]["properties"]["location"]
    jsonschema.validate(d["location"], place)
    assert {"kind", "id"} <= set(place["properties"])
