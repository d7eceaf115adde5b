"""The pages as a reader sees them, on a store of the bundled examples (`examples/`, ingested through `api.ingest`):
no page scrolls sideways on a phone or a desktop, a table row on a phone shows each value under its column's name,
figures dated by a month or year stand where their date says on the chart, and the words of the pages agree in
number and never double a quotation mark.

The browser tests drive Debian's /usr/bin/chromium through Playwright (no browser download); the others use
FastAPI's TestClient.
"""
from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from browser import ARGS, ARTIFACTS, CHROMIUM, MISSING

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    from sitroom import api
    from sitroom.store import Store
    folder = tmp_path_factory.mktemp("layout")
    german = folder / "bundeswehr.txt"
    german.write_text("Die russische Armee hat am Montag nach Angaben des ukrainischen Generalstabs rund 9.000 Soldaten "
                      "nach Belarus verlegt. Das Verteidigungsministerium in Minsk bestätigte die Verlegung am Dienstag "
                      "und sprach von einer gemeinsamen Übung.\n", encoding="utf-8")
    path = folder / "examples.db"
    with Store(path) as store:
        assert api.ingest([EXAMPLES], store).ok
        assert api.ingest([german], store, published="2022-10-21").ok
    return str(path)


@pytest.fixture(scope="module")
def client(db):
    from sitroom.serve import create_app
    return TestClient(create_app(db))


# --------------------------------------------------------------------------- words (no browser)

def test_storyline_cards_agree_in_number_and_say_nothing_after_a_colon(client):
    html = client.get("/").text
    cards = re.findall(r"<p>(\d+ reports? from \d+ independent documents?[^<]*)</p>", html)
    assert cards, "the overview lists storylines"
    for line in cards:
        n = int(re.search(r"from (\d+)", line).group(1))
        assert ("documents" in line) == (n != 1), line
        assert not line.rstrip().endswith(":"), line          # text files have no outlet: no empty list after ':'


def test_a_quotation_is_not_quoted_twice(client):
    from sitroom.serve import create_app  # noqa: F401  (the app's template environment)
    env = client.app.state.templates.env
    tpl = env.from_string('{% from "_partials.html" import quoted %}[{{ quoted(t) }}]')
    assert tpl.render(t='"The reservists will report," the ministry said.') == \
        '[&#34;The reservists will report,&#34; the ministry said.]'
    assert tpl.render(t="«Кроме того», — отметил генерал.") == "[«Кроме того», — отметил генерал.]"
    assert tpl.render(t="Troops arrived.") == "[“Troops arrived.”]"


def test_documents_show_day_and_time_and_the_order_menu_says_what_it_does(client):
    html = client.get("/documents").text
    assert re.search(r">2022-10-18 16:05<", html)
    assert not re.search(r">\d{4}-\d\d-\d\dT\d\d:\d\d<", html)
    timeline = client.get("/timeline").text
    options = re.findall(r'<option value="([^"]*)"[^>]*>([^<]*)</option>',
                         timeline[timeline.index('id="f-order"'):])[:2]
    assert options == [("", "oldest first"), ("-date", "newest first")]


def test_a_document_in_a_language_not_analysed_says_so(client):
    docs = client.get("/api/documents").json()["rows"]
    german = next(d for d in docs if d["language"] == "de")
    html = unescape(client.get(german["links"]["html"]).text)
    assert "Not analysed:" in html and "'de'" in html
    assert "<li class=\"muted\">No events.</li>" not in html and "No events." in html   # not a numbered "1. No events."
    assert "0 events, 0 figure claims" in html
    listing = client.get("/documents").text
    row = next(r for r in listing.split("<tr>") if german["links"]["html"] in r)
    assert "(not analysed)" in row
    english = next(d for d in docs if d["language"] == "en")
    assert "Not analysed" not in client.get(english["links"]["html"]).text


def test_an_event_page_counts_its_cluster_in_words_that_agree(client):
    for ev in client.get("/api/events").json()["rows"]:
        html = client.get(ev["links"]["html"]).text
        assert not re.search(r"\b1 (reports|independent documents)\b", html), ev["links"]["html"]


def test_a_series_of_one_figure_says_one_figure(client):
    series = client.get("/api/series").json()["rows"]
    one = next(s for s in series if s["claims"] == 1)
    html = client.get(one["links"]["html"]).text
    assert "1 figure (1 claim with repeats)" in html


# --------------------------------------------------------------------------- in the browser

pw = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
needs_chromium = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=MISSING)


@pytest.fixture(scope="module")
def site(db):
    from sitroom.serve import create_app
    from test_serve_browser import Server
    with Server(create_app(db)) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with pw.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


WIDE = """(() => { const W = document.documentElement.clientWidth; return [...document.querySelectorAll('body *')]
  .filter(e => e.getBoundingClientRect().right > W + 1).slice(0, 5)
  .map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)); })()"""


def _pages(client) -> list[str]:
    event = client.get("/api/events").json()["rows"][0]
    series = client.get("/api/series").json()["rows"][0]
    cluster = client.get("/api/clusters").json()["rows"][0]
    return ["/", "/timeline", "/documents", "/figures", "/claims", "/contradictions", "/clusters",
            "/search?q=Belarus", event["links"]["html"], event["links"]["document"].split("#")[0],
            series["links"]["html"], cluster["links"]["html"], "/nowhere"]


@needs_chromium
@pytest.mark.parametrize("width", [390, 1024])
def test_no_page_scrolls_sideways(browser, site, client, width):
    page = browser.new_page(viewport={"width": width, "height": 900})
    wide = {}
    for path in _pages(client):
        page.goto(site + path)
        page.wait_for_load_state("networkidle")
        sw = page.evaluate("document.documentElement.scrollWidth")
        if sw > width:
            wide[path] = page.evaluate(WIDE)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.goto(site + "/timeline")
    page.screenshot(path=str(ARTIFACTS / f"timeline-{width}.png"), full_page=True)
    page.close()
    assert wide == {}


@needs_chromium
def test_a_table_row_on_a_phone_names_each_value(browser, site):
    page = browser.new_page(viewport={"width": 390, "height": 900})
    page.goto(site + "/timeline")
    cell = page.locator("tr.ev td[data-label='According to']").first
    label = cell.evaluate("td => getComputedStyle(td, '::before').content")
    assert label == '"According to"'
    assert cell.evaluate("td => getComputedStyle(td).display") == "block"
    assert page.locator("table.events thead").evaluate("t => t.getBoundingClientRect().height") <= 1
    page.close()


@needs_chromium
def test_a_figure_by_the_end_of_a_year_stands_at_the_end_of_it(browser, site, client):
    series = client.get("/api/series").json()["rows"]
    pledged = next(s for s in series if s["topic_key"].startswith("air_defence|"))
    points = client.get(pledged["links"]["html"] + ".json").json()["points"]
    assert [(p["as_of"], p["as_of_relation"]) for p in points] == [("2022", "until")]   # "by the end of the year"
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(site + pledged["links"]["html"])
    page.wait_for_selector("#figure-chart .uplot canvas")
    x_min, x_max = page.evaluate("(() => { const s = document.getElementById('figure-chart').uplot.scales.x;"
                                 " return [s.min, s.max]; })()")
    import datetime as dt
    end = dt.datetime(2022, 12, 31, tzinfo=dt.timezone.utc).timestamp()
    start = dt.datetime(2022, 1, 1, tzinfo=dt.timezone.utc).timestamp()
    assert x_min <= start and x_max >= end               # the axis covers the year the date names
    label = page.locator("#figure-chart .u-axis, #figure-chart .u-label").all_inner_texts()
    assert "air_defence" not in " ".join(label)
    page.close()


def test_a_cluster_without_a_place_says_so_and_its_days_do_not_break(client):
    html = client.get("/clusters?min_size=1").text
    cells = re.findall(r'<td data-label="Where, when">(.*?)</td>', html, re.S)
    assert cells and not any(c.startswith("—,") for c in cells)
    assert all(re.search(r'<span class="day">(\d{4}-\d\d-\d\d|undated)</span>', c) for c in cells)
