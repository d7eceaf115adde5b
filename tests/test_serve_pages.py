"""HTML pages through TestClient: each page and its `.json` twin, readable without JavaScript, escaped, no CDN."""
from __future__ import annotations

import re
from importlib import resources
from urllib.parse import quote

import pytest
from fastapi import APIRouter, FastAPI
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from serve_data import build_store
from sitroom.model import Document, Entity, Event, EventDate, Evidence, Extraction, content_id
from sitroom.serve import _labels as L
from sitroom.serve import create_app, render_page
from sitroom.serve.commands import is_loopback, register
from sitroom.store import Store

TOPIC = quote("personnel|RUS|BLR", safe="")


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build_store(tmp_path_factory.mktemp("pages") / "pages.db")


@pytest.fixture(scope="module")
def client(db):
    return TestClient(create_app(db))


def _ids(client):
    ev = client.get("/api/events?type=ASSAULT&q=missiles").json()["rows"][0]
    cluster = client.get("/api/clusters?min_size=2").json()["rows"][0]["id"]
    return ev["id"], ev["document"]["id"], cluster


def _pages(client):
    ev, doc, cluster = _ids(client)
    return ["/", "/timeline", "/timeline?type=ASSAULT", f"/events/{ev}", "/figures", f"/figures/{TOPIC}", "/claims",
            "/contradictions", "/clusters", f"/clusters/{cluster}", "/documents", f"/documents/{doc}",
            "/search?q=Kharkiv", "/search?q=Kharkiv&kind=documents"]


def test_every_page_renders_and_has_a_json_twin_with_its_data(client):
    for url in _pages(client):
        page = client.get(url)
        assert page.status_code == 200 and page.headers["content-type"].startswith("text/html"), url
        path, _, query = url.partition("?")
        twin_url = ("/index" if path == "/" else path) + ".json" + (f"?{query}" if query else "")
        assert f'href="{twin_url.replace("&", "&amp;")}"' in page.text, url
        twin = client.get(twin_url)
        assert twin.status_code == 200 and twin.headers["content-type"] == "application/json", twin_url


def test_api_and_twin_agree(client):
    ev, doc, cluster = _ids(client)
    for api, twin in [("/api/events?type=ASSAULT", "/timeline.json?type=ASSAULT"), (f"/api/events/{ev}", f"/events/{ev}.json"),
                      (f"/api/series/{TOPIC}", f"/figures/{TOPIC}.json"), ("/api/contradictions", "/contradictions.json"),
                      (f"/api/documents/{doc}", f"/documents/{doc}.json"), ("/api/search?q=Kharkiv", "/search.json?q=Kharkiv")]:
        a, b = client.get(api).json(), client.get(twin).json()
        a.pop("next", None), b.pop("next", None)       # the next link points at its own path
        assert a == b, api


def test_pages_hold_their_content_without_javascript(client):
    ev, doc, _ = _ids(client)
    html = client.get("/timeline?type=ASSAULT").text
    assert html.count('<tr class="ev t-ASSAULT">') == 3 and "Russian missiles struck a power station" in html
    assert '<form class="filters" action="/timeline" method="get"' in html          # plain GET form
    assert 'hx-get="/timeline"' in html                                              # htmx only swaps in place
    assert 'selected>ASSAULT' in html
    figure = client.get(f"/figures/{TOPIC}").text
    assert "Russian personnel in Belarus" in figure and "about 4,300" in figure and "contradicted" in figure
    page = client.get(f"/events/{ev}").text
    assert "Agence Wire" in page and f'href="/documents/{doc}#ev-{ev}"' in page
    document = client.get(f"/documents/{doc}").text
    assert f'id="ev-{ev}"' in document and '<mark class="l-figure' in document and '<mark class="l-source' in document
    contra = client.get("/contradictions").text
    assert "up to 1,000" in contra and "about 4,300" in contra and contra.count('class="side"') == 2


def test_paging_links_work_without_javascript(client):
    html = client.get("/timeline?limit=4&type=MOBILIZE").text
    nxt = re.search(r'<a class="next" href="([^"]+)"', html).group(1).replace("&amp;", "&")
    assert "type=MOBILIZE" in nxt and "after=" in nxt
    assert client.get(nxt).text.count('<tr class="ev t-MOBILIZE">') == 1


def test_html_errors_are_pages_and_json_errors_are_problems(client):
    res = client.get("/events/nope")
    assert res.status_code == 404 and "no event nope" in res.text and res.headers["content-type"].startswith("text/html")
    res = client.get("/events/nope.json")
    assert res.status_code == 404 and res.headers["content-type"] == "application/problem+json"
    res = client.get("/timeline?since=yesterday")
    assert res.status_code == 400 and "since" in res.text


def test_security_headers(client):
    res = client.get("/")
    csp = res.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "object-src 'none'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    assert res.headers["x-content-type-options"] == "nosniff"
    assert "immutable" in client.get("/static/vendor/htmx-2.0.8.min.js").headers["cache-control"]


def test_nothing_is_loaded_from_another_origin():
    root = resources.files("sitroom.serve")
    for folder in ("templates",):
        for f in root.joinpath(folder).iterdir():
            text = f.read_text(encoding="utf-8")
            assert not re.search(r'(src|href)="(https?:)?//', text), f.name
    vendor = {f.name for f in root.joinpath("static", "vendor").iterdir()}
    assert {"htmx-2.0.8.min.js", "uPlot-1.6.32.iife.min.js", "vis-timeline-graph2d-8.5.4.min.js",
            "swagger-ui-bundle-5.35.0.min.js"} <= vendor
    licences = {f.name for f in root.joinpath("static", "vendor", "licences").iterdir()}
    assert {"htmx-2.0.8.LICENSE.txt", "uPlot-1.6.32.LICENSE.txt", "vis-timeline-8.5.4.LICENSE-MIT.txt",
            "swagger-ui-5.35.0.LICENSE.txt"} <= licences


def test_docs_use_the_vendored_swagger_ui(client):
    html = client.get("/docs").text
    assert 'src="/static/vendor/swagger-ui-bundle-5.35.0.min.js"' in html and "<script>" not in html
    assert client.get("/static/docs-init.js").status_code == 200


HOSTILE = ('Russian troops shelled Kharkiv on Monday <script>window.__xss = 1</script> '
           'officials said <img src=x onerror="window.__xss = 2"> and '
           '<a href="javascript:window.__xss = 3">click</a>.')


def hostile_store(path) -> str:
    text = HOSTILE
    doc = Document(id=content_id("doc", text), text=text, title='<script>window.__xss = 4</script>Report',
                   outlet='<b onmouseover="window.__xss = 5">Outlet</b>', url="javascript:window.__xss = 6",
                   published="2022-10-20T10:00:00+00:00")
    ev = Event(id=content_id(doc.id, "ev"), type="ASSAULT", evidence=Evidence(text, 0, len(text)),
               modality="reported", source=Entity('<svg onload="window.__xss = 7">', '<svg onload="window.__xss = 7">'),
               actor=Entity("<i>Russian</i> troops", "<i>Russian</i> troops", "RUS", "MIL"), trigger="shelled",
               date=EventDate("2022-10-17", "on Monday", "day"))
    with Store(path) as s:
        s.save(Extraction(doc, (ev,)))
    return str(path)


def test_stored_markup_is_escaped_and_non_web_urls_are_not_links(tmp_path):
    client = TestClient(create_app(hostile_store(tmp_path / "x.db")))
    ev = client.get("/api/events").json()["rows"][0]
    for url in ["/", "/timeline", f"/events/{ev['id']}", ev["links"]["document"].split("#")[0], "/documents",
                "/search?q=Kharkiv", "/search?q=Kharkiv&kind=documents"]:
        html = client.get(url).text
        assert "<script>window" not in html and "<img src=x" not in html and "<svg onload" not in html, url
        assert 'href="javascript:' not in html and "<b onmouseover" not in html, url
        assert "&lt;script&gt;" in html or "\\u003cscript\\u003e" in html, url


def test_extensions_mount_routes_and_menu_entries(db):
    def briefings(app: FastAPI) -> None:
        router = APIRouter()

        @router.get("/briefings.atom")
        def feed():
            n = app.state.sitroom.store.counts()["events"]
            return {"events": n}
        app.include_router(router)
        app.state.sitroom.nav.append(("Briefings", "/briefings.atom"))

    client = TestClient(create_app(db, extensions=[briefings]))
    assert client.get("/briefings.atom").json() == {"events": 10}
    assert 'href="/briefings.atom"' in client.get("/").text
    assert callable(render_page)


def test_serve_command_refuses_a_missing_database(tmp_path):
    import typer
    app = typer.Typer()
    register(app)

    @app.command("noop")
    def noop() -> None:  # a second command, so typer keeps `serve` as a subcommand
        pass
    res = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "none.db")])
    assert res.exit_code == 2 and "no database" in res.output


@pytest.mark.parametrize("host,loop", [("127.0.0.1", True), ("localhost", True), ("::1", True), ("[::1]", True),
                                       ("0.0.0.0", False), ("192.168.1.4", False), ("example.org", False)])
def test_loopback_hosts(host, loop):
    assert is_loopback(host) is loop


@pytest.mark.parametrize("value,precision,relation,said", [
    ("2022-10-13", "day", "as_of", "as of 13 October 2022"), ("2022-09", "month", "on", "September 2022"),
    ("2022-W42", "week", "since", "since the week of 17 October 2022"), ("2022", "year", None, "2022"), (None, None, None, "undated"),
    ("PAST_REF", None, "on", "PAST_REF"), ("2022", "year", "until", "until the end of 2022"),
    ("2022-10-20", "day", "until", "until 20 October 2022"),
])
def test_dates_are_shown_with_their_precision(value, precision, relation, said):
    assert L.when(value, precision, relation) == said


@pytest.mark.parametrize("lower,upper,qualifier,said", [
    (None, 1000, "up_to", "up to 1,000"), (4300, 4300, "approx", "about 4,300"), (9000, 9000, "exact", "9,000"),
    (5, 7, "range", "5-7"), (200, None, "more_than", "more than 200"), (2.5, 2.5, "exact", "2.5"),
])
def test_figures_are_worded_like_the_command(lower, upper, qualifier, said):
    assert L.figure(lower, upper, qualifier) == said


@pytest.mark.parametrize("url,ok", [("https://a.example/x", True), ("http://a.example", True),
                                    ("javascript:alert(1)", False), (" JavaScript:alert(1)", False),
                                    ("data:text/html,x", False), ("ftp://a.example", False), (None, False)])
def test_only_web_urls_become_links(url, ok):
    assert (L.safe_url(url) is not None) is ok


def test_a_series_without_any_dated_claim_reads_undated_not_none():
    from sitroom.serve._app import _templates
    row = {"subject": "Ukrainian civilians in Ukraine", "claims": 1, "first": None, "last": None,
           "topic_key": "civilians|UKR|UKR", "links": {"html": "/figures/civilians%7CUKR%7CUKR"}}
    dated = {**row, "first": "2022-10-17", "last": "2022-10-18", "topic_key": "personnel|RUS|BLR",
             "as_of_words": "17 October 2022 to 18 October 2022"}
    html = _templates().env.get_template("figures.html").render(data={"count": 2, "rows": [row, dated]}, params={})
    assert "None" not in html
    assert re.search(r"<td[^>]*>\s*<span class=\"muted\">undated</span>\s*</td>", html)
    assert "17 October 2022 to 18 October 2022" in html


@pytest.mark.parametrize("ends, said", [
    # a year-precision "by the end of the year" is stored as until 2022, its span starting 2022-01-01
    ({"first": "2022-01-01", "last": "2022-01-01", "first_as_of": "2022", "last_as_of": "2022",
      "first_relation": "until", "last_relation": "until"}, "until the end of 2022"),
    ({"first": "2022-10-17", "last": "2022-10-17", "first_as_of": "2022-10-17", "last_as_of": "2022-10-17",
      "first_relation": "as_of", "last_relation": "as_of"}, "as of 17 October 2022"),
    ({"first": "2022-10-17", "last": "2022-10-24", "first_as_of": "2022-10-17", "last_as_of": "2022-W43",
      "first_relation": "as_of", "last_relation": None}, "17 October 2022 to the week of 24 October 2022"),
    ({"first": "2022-10-19", "last": "2022-10-19", "first_as_of": None, "last_as_of": None}, "19 October 2022"),
    ({"first": None, "last": None}, None),
])
def test_a_series_span_is_said_as_precisely_as_its_claims_date_them(ends, said):
    from sitroom.serve._records import span_words
    assert span_words(ends) == said


def test_the_figures_index_and_a_series_say_a_year_not_its_first_day(tmp_path):
    from sitroom.api import ingest

    page = tmp_path / "pledge.txt"
    page.write_text("Germany to send air defence\n\nGermany will deliver four more air defence systems to Ukraine "
                    "by the end of the year, the German defence ministry said on Tuesday.\n", encoding="utf-8")
    db = tmp_path / "s.db"
    with Store(db) as st:
        assert ingest([page], st, published="2022-10-18").ok
    client = TestClient(create_app(db))
    def shown(url):          # the page as read: no script data (the chart's points keep their calendar days)
        return re.sub(r"(?s)<script.*?</script>", "", client.get(url).text)

    index = shown("/figures")
    assert "until the end of 2022" in index and "2022-01-01" not in index
    series = shown(client.get("/figures.json").json()["rows"][0]["links"]["html"])
    assert "until the end of 2022" in series and "2022-01-01" not in series
