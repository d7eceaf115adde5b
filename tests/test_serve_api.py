"""`/api/…` through FastAPI's TestClient: shapes, filters, paging, errors, read-only."""
from __future__ import annotations

import json
import pytest
from fastapi.testclient import TestClient

from serve_data import build_store
from sitroom.fuse import clusters as cli_clusters
from sitroom.fuse import contradictions as cli_contradictions
from sitroom.cli._output import jsonable  # the JSON shape the commands print
from sitroom.fuse import figure_series
from sqlalchemy.exc import OperationalError

from sitroom.model import Document, Event, Evidence, Extraction, event_to_dict
from sitroom.serve import create_app
from sitroom.store import QueryTimeout, Store

PROBLEM = "application/problem+json"


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build_store(tmp_path_factory.mktemp("serve") / "serve.db")


@pytest.fixture(scope="module")
def client(db):
    return TestClient(create_app(db))


def _all(client, url):
    """Follow `next` links to the end; returns every row and the number of pages."""
    rows, pages = [], 0
    while url:
        body = client.get(url).json()
        rows += body["rows"]
        pages += 1
        url = body["next"]
    return rows, pages


def _problem(res, status):
    assert res.status_code == status
    assert res.headers["content-type"].startswith(PROBLEM)
    body = res.json()
    assert body["status"] == status and body["title"] and body["type"] == "about:blank"
    return body


# ------------------------------------------------------------------------------------------------ events

def test_event_rows_have_the_extract_shape_with_document_and_links(client):
    body = client.get("/api/events").json()
    assert body["count"] == 10 and body["next"] is None
    ev = next(r for r in body["rows"] if r["type"] == "ASSAULT" and r["document"]["outlet"] == "Kharkiv Today")
    shape = event_to_dict(Event(id="x", type="AID", evidence=Evidence("s", 0, 1)))
    assert set(ev) == set(shape) | {"document", "date_sort", "links"}
    assert ev["evidence"]["sentence"].startswith("Russian missiles struck a power station in Kharkiv")
    assert ev["actor"]["country"] == "RUS" and ev["location"]["name"] == "Kharkiv"
    assert ev["quantities"] == [{"text": "three", "lower": 3.0, "upper": 3.0, "qualifier": "exact",
                                 "unit": "civilians"}]
    assert ev["source"]["name"] == "regional governor"
    assert ev["document"]["outlet"] == "Kharkiv Today" and ev["document"]["published"].startswith("2022-10-17")
    assert ev["links"]["document"] == f"/documents/{ev['document']['id']}#ev-{ev['id']}"
    assert client.get(ev["links"]["api"]).json()["event"]["id"] == ev["id"]


def test_events_oldest_first_with_undated_last_and_newest_first(client):
    rows = client.get("/api/events").json()["rows"]
    dates = [r["date_sort"] for r in rows]
    assert dates[0] == "2022-09-01" and dates[-1] is None          # the month-precision drill, then the undated rally
    assert dates[:-1] == sorted(dates[:-1])
    newest = [r["date_sort"] for r in client.get("/api/events?order=-date").json()["rows"]]
    assert newest[:-1] == sorted(newest[:-1], reverse=True) and newest[-1] is None


@pytest.mark.parametrize("order", ["date", "-date"])
def test_keyset_paging_visits_every_event_once(client, order):
    whole = [r["id"] for r in client.get(f"/api/events?order={order}").json()["rows"]]
    paged, pages = _all(client, f"/api/events?order={order}&limit=3")
    assert [r["id"] for r in paged] == whole
    assert pages == 4


def test_next_link_keeps_the_filters(client):
    body = client.get("/api/events?type=MOBILIZE&limit=2").json()
    assert "type=MOBILIZE" in body["next"] and "after=" in body["next"]
    rows, _ = _all(client, "/api/events?type=MOBILIZE&limit=2")
    assert len(rows) == 5 and {r["type"] for r in rows} == {"MOBILIZE"}


@pytest.mark.parametrize("query,expected", [
    ("type=assault", {"Kharkiv Today", "Agence Wire", "Black Sea News"}),
    ("location_country=ukr", {"Kharkiv Today", "Agence Wire", "Black Sea News"}),
    ("actor_country=BLR", {"Minsk Daily"}),
    ("recipient_country=RUS", {"Minsk Daily"}),
    ("source=general staff of the armed forces of ukraine", {"Reuters", "Kyiv Wire", "Lviv Herald"}),
    ("outlet=Minsk Daily", {"Minsk Daily"}),
    ("modality=planned", {"Minsk Daily"}),
    ("since=2022-10-17", {"Kharkiv Today", "Agence Wire", "Black Sea News"}),
    ("until=2022-09-30", {"Minsk Daily"}),
    ("since=2022-10-13&until=2022-10-13", {"Reuters", "Kyiv Wire", "Eastern Monitor", "Lviv Herald"}),
    ("q=power", {"Kharkiv Today", "Agence Wire"}),
    ("q=Kharkiv power station", {"Kharkiv Today"}),
    ("type=ASSAULT&q=drone", {"Black Sea News"}),
])
def test_event_filters(client, query, expected):
    rows = client.get(f"/api/events?{query}").json()["rows"]
    assert {r["document"]["outlet"] for r in rows} == expected


def test_filters_are_echoed_and_blank_values_mean_any(client):
    body = client.get("/api/events?type=ASSAULT&modality=&since=").json()
    assert body["filters"] == {"type": "ASSAULT"} and body["count"] == 3


def test_document_filter(client):
    doc = client.get("/api/documents?outlet=Odesa").json()["rows"]
    assert doc == []
    any_doc = client.get("/api/events?type=PROTEST").json()["rows"][0]["document"]["id"]
    rows = client.get(f"/api/events?document={any_doc}").json()["rows"]
    assert [r["type"] for r in rows] == ["PROTEST"]


# ------------------------------------------------------------------------------------------------ errors

@pytest.mark.parametrize("url,needle", [
    ("/api/events?type=BOGUS", "type"),
    ("/api/events?since=13/10/2022", "since"),
    ("/api/events?since=2022-13-01", "since"),
    ("/api/events?actor_country=Russia", "actor_country"),
    ("/api/events?modality=perhaps", "modality"),
    ("/api/events?after=not-a-cursor", "cursor"),
    ("/api/events?limit=0", "limit"),
    ("/api/events?limit=100000", "limit"),
    ("/api/events?order=sideways", "order"),
    ("/api/search", "q"),
    ("/api/clusters?min_size=0", "min_size"),
])
def test_bad_parameters_are_400_problems_naming_the_parameter(client, url, needle):
    assert needle in _problem(client.get(url), 400)["detail"]


@pytest.mark.parametrize("url", ["/api/events/nope", "/api/documents/nope", "/api/clusters/nope",
                                 "/api/series/nothing%7C-%7C-", "/api/nothing-here"])
def test_missing_things_are_404_problems(client, url):
    body = _problem(client.get(url), 404)
    assert body["instance"] == url.split("?")[0].replace("%7C", "|")


def test_time_limit_exceeded_is_a_503_problem(db, monkeypatch):
    app = create_app(db)

    def slow(*args, **kwargs):
        raise QueryTimeout("query took longer than 2 s")
    monkeypatch.setattr(app.state.sitroom.store, "event_page", slow)
    body = _problem(TestClient(app).get("/api/events"), 503)
    assert "longer than" in body["detail"]


def test_a_server_error_is_a_problem_without_traceback(db, monkeypatch):
    app = create_app(db)

    def broken(*args, **kwargs):
        raise RuntimeError("secret internals")
    monkeypatch.setattr(app.state.sitroom.store, "event_page", broken)
    res = TestClient(app, raise_server_exceptions=False).get("/api/events")
    body = _problem(res, 500)
    assert "secret internals" not in res.text and "Traceback" not in res.text and body["detail"]


# ------------------------------------------------------------------------------------------------ figures

def test_series_list_and_counted_filter(client):
    rows = client.get("/api/series").json()["rows"]
    assert [r["topic_key"] for r in rows] == sorted(r["topic_key"] for r in rows)
    troops = next(r for r in rows if r["topic_key"] == "personnel|RUS|BLR")
    assert troops["subject"] == "Russian personnel in Belarus" and troops["claims"] == 5
    assert [r["topic_key"] for r in client.get("/api/series?counted=civilians").json()["rows"]] == ["civilians|UKR|UKR"]
    paged, pages = _all(client, "/api/series?limit=1")
    assert [r["topic_key"] for r in paged] == [r["topic_key"] for r in rows] and pages == len(rows)


def test_series_is_the_figures_command_shape(client, db):
    api = client.get("/api/series/personnel%7CRUS%7CBLR").json()
    (cli,) = json.loads(json.dumps(jsonable(figure_series(Store(db), "personnel|RUS|BLR"))))
    for key in ("subject", "topic_key", "counted", "owner_country", "location_country", "statuses"):
        assert api[key] == cli[key]
    key = lambda a: a["document_id"]  # noqa: E731 (repeats: the command lists them in storage order)
    for mine, theirs in zip(api["points"], cli["points"], strict=True):
        assert sorted(mine["also_reported_by"], key=key) == sorted(theirs["also_reported_by"], key=key)
        assert {k: mine[k] for k in theirs if k != "also_reported_by"} == {
            k: v for k, v in theirs.items() if k != "also_reported_by"}
    assert [ln["source"] for ln in api["lines"]] == [ln["source"] for ln in cli["lines"]]
    assert api["truncated"] is False


def test_claims_filters_and_repeats(client):
    rows = client.get("/api/claims?counted=personnel").json()["rows"]
    assert len(rows) == 5 and {r["subject"] for r in rows} == {"Russian personnel in Belarus"}
    assert [r["date"] for r in rows] == sorted((r["date"] for r in rows), reverse=True)
    once = client.get("/api/claims?counted=personnel&repeats=false").json()["rows"]
    assert len(once) == 3 and all(r["duplicate_of"] is None for r in once)
    assert {r["source"] for r in client.get("/api/claims?status=planned").json()["rows"]} == {
        "Ministry of Defence of Belarus"}
    assert client.get("/api/claims?source=BELARUSIAN HAJUN").json()["rows"][0]["figure"] == "about 4,300"
    assert client.get("/api/claims?owner_country=UKR&location_country=UKR").json()["count"] == 3


def test_contradictions_carry_both_evidences_like_the_command(client, db):
    (x,) = client.get("/api/contradictions").json()["rows"]
    (cli,) = jsonable(cli_contradictions(Store(db)))
    assert (x["id"], x["subject"], x["reason"]) == (cli["id"], cli["subject"], cli["reason"])
    assert {x["a"]["figure"], x["b"]["figure"]} == {"up to 1,000", "about 4,300"}
    assert all(side["evidence"] and side["links"]["document"].startswith("/documents/") for side in (x["a"], x["b"]))
    assert client.get("/api/contradictions?topic=civilians%7CUKR%7CUKR").json()["rows"] == []


# ------------------------------------------------------------------------------------------------ clusters

def test_clusters_match_the_command(client, db):
    rows, _ = _all(client, "/api/clusters?limit=2")
    cli = jsonable(cli_clusters(Store(db)))
    assert {(c["id"], c["size"], c["independent_documents"]) for c in rows} == {
        (c["id"], c["size"], c["independent_documents"]) for c in cli}
    assert [c["size"] for c in rows] == [c["size"] for c in cli] == [4, 2, 1, 1, 1, 1]     # largest first
    big = client.get(f"/api/clusters/{rows[0]['id']}").json()
    assert {m["event_id"] for m in big["members"]} == {m["event_id"] for m in cli[0]["members"]}
    assert all(m["reasons"] and m["evidence"] for m in big["members"])
    assert [c["size"] for c in client.get("/api/clusters?min_size=2").json()["rows"]] == [4, 2]
    assert {c["type"] for c in client.get("/api/clusters?type=assault").json()["rows"]} == {"ASSAULT"}


def test_event_detail_lists_the_other_outlets_versions(client):
    rows = client.get("/api/events?type=ASSAULT&q=missiles").json()["rows"]
    detail = client.get(rows[0]["links"]["api"]).json()
    assert detail["cluster"]["size"] == 2
    assert [m["outlet"] for m in detail["other_versions"]] == ["Agence Wire"]
    assert [c["figure"] for c in detail["claims"]] == ["3"]


# ------------------------------------------------------------------------------------------------ read-only

def test_read_only_by_default(client, db):
    cid = client.get("/api/clusters?min_size=2").json()["rows"][0]["id"]
    body = _problem(client.post(f"/api/clusters/{cid}/split", json={"event_ids": ["x"]}), 403)
    assert "--allow-edits" in body["detail"]
    store = create_app(db).state.sitroom.store
    with pytest.raises(OperationalError, match="readonly"):
        store.save(Extraction(Document(id="new-doc", text="Something new happened.")))


def test_split_with_edits_allowed(tmp_path):
    db = build_store(tmp_path / "edit.db")
    client = TestClient(create_app(db, allow_edits=True))
    big = client.get("/api/clusters?min_size=2").json()["rows"][0]
    moved = [m["event_id"] for m in big["members"] if m["outlet"] == "Eastern Monitor"]
    res = client.post(f"/api/clusters/{big['id']}/split", json={"event_ids": moved})
    assert res.status_code == 201
    new = client.get(res.json()["links"]["html"] + ".json").json()
    assert new["split_from"] == big["id"] and [m["event_id"] for m in new["members"]] == moved
    assert client.get(f"/api/clusters/{big['id']}").json()["size"] == big["size"] - 1
    assert _problem(client.post(f"/api/clusters/{big['id']}/split", json={"event_ids": ["not-there"]}), 400)
    assert _problem(client.post("/api/clusters/nope/split", json={"event_ids": moved}), 404)


# ------------------------------------------------------------------------------------------------ documents, search

def test_documents_newest_first_and_detail(client):
    rows, _ = _all(client, "/api/documents?limit=4")
    assert len(rows) == 10
    assert [r["published"] for r in rows] == sorted((r["published"] for r in rows), reverse=True)
    assert {r["outlet"] for r in client.get("/api/documents?outlet=Minsk Daily").json()["rows"]} == {"Minsk Daily"}
    assert len(client.get("/api/documents?since=2022-10-18&until=2022-10-19").json()["rows"]) == 2
    copy = next(r for r in rows if r["outlet"] == "Kyiv Wire")
    doc = client.get(f"/api/documents/{copy['id']}").json()
    assert doc["near_duplicate_of"] is not None and doc["events"][0]["type"] == "MOBILIZE"
    assert "".join(s["text"] for s in doc["segments"]) == doc["text"]
    marked = {layer: "".join(s["text"] for s in doc["segments"] if layer in s["layers"])
              for layer in ("figure", "source", "evidence")}
    assert marked["figure"] == "up to 1,000"
    assert marked["evidence"] == doc["events"][0]["evidence"]["sentence"]
    assert doc["claims"][0]["duplicate_reason"] == "near_duplicate_document"


def test_search_events_and_documents(client):
    ev = client.get("/api/search?q=Kharkiv").json()
    assert ev["kind"] == "events" and {r["document"]["outlet"] for r in ev["rows"]} == {"Kharkiv Today", "Agence Wire"}
    docs = client.get("/api/search?q=Kharkiv&kind=documents").json()["rows"]
    assert {d["outlet"] for d in docs} == {"Kharkiv Today", "Agence Wire"}
    assert all("Kharkiv" in d["snippet"] for d in docs)
    paged, pages = _all(client, "/api/search?q=Belarus&limit=1")
    whole = client.get("/api/search?q=Belarus").json()["rows"]
    assert [r["id"] for r in paged] == [r["id"] for r in whole] and pages == len(whole) > 1


@pytest.mark.parametrize("q", ['"Kharkiv', "Kharkiv OR", "NEAR(", "-", "col:umn", "*"])
def test_search_syntax_in_the_words_is_plain_text(client, q):
    res = client.get("/api/search", params={"q": q})
    assert res.status_code == 200


def test_openapi_lists_every_api_route(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/events", "/api/events/{event_id}", "/api/claims", "/api/series", "/api/series/{topic_key}",
            "/api/contradictions", "/api/clusters", "/api/clusters/{cluster_id}", "/api/clusters/{cluster_id}/split",
            "/api/documents", "/api/documents/{document_id}", "/api/search"} <= set(paths)


def test_event_detail_shows_the_evidence_in_its_document(client):
    rows = client.get("/api/events?type=ASSAULT&q=drone").json()["rows"]
    ctx = client.get(rows[0]["links"]["api"]).json()["in_document"]
    assert ctx["evidence"] == rows[0]["evidence"]["sentence"]
    assert ctx["before"] == "" and ctx["after"].strip() == "Firefighters put out the blaze within an hour."
