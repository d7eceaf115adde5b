"""The briefing in `sitroom serve`: `/briefing` (pick a day; the briefing; its figures with series, claimant,
evidence and contradictions), `/api/briefing` (JSON, Markdown, text), and what an empty store or an empty day shows."""
from __future__ import annotations

import html
import re
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from brief_reports import ALL, FIRST_DAY, built_store
from sitroom.brief import briefing_days, briefing_pages, make_briefing
from sitroom.serve import create_app
from sitroom.store import Store

SERIES = "/figures/" + quote("personnel|RUS|BLR", safe="")


@pytest.fixture()
def store(tmp_path):
    s = built_store(tmp_path, ALL)
    yield s
    s.close()


@pytest.fixture()
def client(store):
    return TestClient(create_app(store, extensions=[briefing_pages]))


def _rows(page: str) -> list[str]:
    body = page.split('<table class="claims brief-figures">', 1)[1].split("</table>", 1)[0]
    return re.findall(r"<tr[^>]*>\s*<td.*?</tr>", body, flags=re.S)


def _text(fragment: str) -> str:
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", fragment))).strip()


def _figure(row: str) -> str:
    return _text(row.split('<strong class="figure">', 1)[1].split("</strong>", 1)[0])


def test_the_menu_links_the_briefing_before_the_api(client):
    page = client.get("/").text
    nav = re.findall(r'<li><a href="([^"]+)"', page.split('<nav aria-label="Main">', 1)[1].split("</nav>", 1)[0])
    assert nav[-2:] == ["/briefing", "/docs"]


def test_the_page_defaults_to_the_newest_day_and_shows_the_briefing(client):
    r = client.get("/briefing")
    assert r.status_code == 200
    page = r.text
    assert "<title>sitroom briefing: 18 October 2022 · sitroom</title>" in page
    assert 'name="date" type="date" value="2022-10-18"' in page
    assert "<h3>1. Deployments of Armed Forces of Russia in Belarus</h3>" in page
    assert "<h3>2. Attacks by Armed Forces of Russia in Nikopol</h3>" in page
    assert "Reports published from 16 to 18 October 2022: 5 documents from 5 outlets, including 1 copy" in page
    # the evidence links open this server's event pages, not the outlets' sites
    article = page.split('<article class="briefing">', 1)[1].split("</article>", 1)[0]
    hrefs = set(re.findall(r'href="([^"]+)"', article))
    assert hrefs and all(h.startswith("/events/") for h in hrefs)
    assert 'href="/briefing?date=2022-10-16" rel="prev"' in page and 'rel="next"' not in page


def test_each_figure_has_its_series_claimant_evidence_link_and_contradiction(client, store):
    rows = {_figure(r): r for r in _rows(client.get("/briefing").text)}
    assert set(rows) == {"up to 9,000", "about 4,300", "at most 1,000", "2"}
    present = rows["about 4,300"]
    assert f'href="{SERIES}"' in present and "Russian personnel in Belarus" in present
    said = _text(present.split('data-label="According to">', 1)[1].split("</td>", 1)[0])
    assert said.startswith("Ukraine's military intelligence via Kyiv Wire 18 October 2022 also: Baltic Daily (a copy)")
    assert _text(present.split('<span class="contradicts">', 1)[1].split("</td>", 1)[0]) == \
        "contradicted by at most 1,000 (Belaruski Hajun)"
    assert _text(present.split('data-label="Figure">', 1)[1].split("<br>", 2)[1]) == "as of 17 October 2022"
    assert 'class="contradicted"' in present and 'class="contradicted"' not in rows["up to 9,000"]
    # the evidence link opens the document at the event, whose whole evidence the page marks
    link = re.search(r'data-label="Evidence"><a href="(/documents/[^"#]+)#ev-([0-9a-f]+)">([^<]+)</a>', present)
    doc_path, event_id, shown = link.groups()
    assert "about 4,300 Russian troops were present in Belarus" in html.unescape(shown)
    doc = client.get(doc_path)
    assert doc.status_code == 200 and f'#ev-{event_id}:target ~ mark[data-ev~="{event_id}"]' in doc.text
    marked = "".join(html.unescape(m) for m in re.findall(
        rf'<mark class="[^"]*" data-ev="[^"]*\b{event_id}\b[^"]*"[^>]*>([^<]*)</mark>', doc.text))
    assert marked == ("Ukraine's military intelligence said on Tuesday that about 4,300 Russian troops were present "
                      "in Belarus as of Oct. 17.")
    assert client.get(SERIES).status_code == 200


def test_picking_a_day_shows_that_days_briefing(client):
    page = client.get("/briefing", params={"date": "2022-10-16"}).text
    assert "<title>sitroom briefing: 16 October 2022 · sitroom</title>" in page
    assert [_figure(r) for r in _rows(page)] == ["up to 9,000"]
    assert 'rel="next"' in page and "latest (2022-10-18)" in page
    only = client.get("/briefing", params={"date": "2022-10-18", "since": "2022-10-18"}).text
    assert "Reports published on 18 October 2022: 4 documents" in only
    assert "Compared with 1 report published before 18 October 2022." in only


def test_the_api_gives_the_briefing_as_json(client):
    r = client.get("/api/briefing", params={"date": "2022-10-18"})
    assert r.status_code == 200 and r.headers["content-type"] == "application/json"
    b = r.json()
    assert (b["title"], b["date"], b["since"], b["documents"], b["copies"]) == \
        ("sitroom briefing: 18 October 2022", "2022-10-18", "2022-10-16", 5, 1)
    assert b["days"] == ["2022-10-16", "2022-10-18"]
    assert [s["type"] for s in b["storylines"]] == ["MOBILIZE", "ASSAULT"]
    [x] = b["contradictions"]
    assert {x["a"]["figure"], x["b"]["figure"]} == {"about 4,300", "at most 1,000"}
    fig = next(f for f in b["figures"] if f["figure"] == "about 4,300")
    assert (fig["claimant"], fig["outlet"], fig["status"], fig["when"]) == \
        ("Ukraine's military intelligence", "Kyiv Wire", "present", "as of 17 October 2022")
    assert fig["links"]["series"] == "http://testserver" + SERIES
    assert fig["links"]["document"].startswith("http://testserver/documents/")
    assert [c["figure"] for c in fig["contradicts"]] == ["at most 1,000"]
    assert b["links"]["markdown"] == "http://testserver/api/briefing.md?date=2022-10-18&since=2022-10-16"
    assert client.get("/briefing.json", params={"date": "2022-10-18"}).json()["figures"][0]["links"]["series"] == SERIES


def test_the_api_gives_the_markdown_and_text_forms(client):
    md = client.get("/api/briefing.md", params={"date": "2022-10-16"})
    assert md.status_code == 200 and md.headers["content-type"].startswith("text/markdown")
    assert md.text.startswith("# sitroom briefing: 16 October 2022\n")
    assert "up to 9,000 Russian personnel in Belarus, planned" in md.text and "(<http://testserver/events/" in md.text
    txt = client.get("/api/briefing.txt", params={"date": "2022-10-16"})
    assert txt.headers["content-type"].startswith("text/plain")
    assert txt.text.startswith("sitroom briefing: 16 October 2022\n=================================\n")
    assert "\nEVIDENCE\n" in txt.text and "    http://testserver/events/" in txt.text
    assert max(len(line) for line in txt.text.splitlines()) <= 72


def test_a_day_without_reports_says_so(client):
    r = client.get("/briefing", params={"date": "2022-09-01"})
    assert r.status_code == 200
    assert ("No reports were published on 1 September 2022. The store has reports from 16 October 2022 to 18 "
            "October 2022.") in r.text
    assert '<article class="briefing">' not in r.text and 'href="/briefing?date=2022-10-16" rel="next"' in r.text
    for url in ("/api/briefing", "/api/briefing.md", "/briefing.json"):
        p = client.get(url, params={"date": "2022-09-01"})
        assert p.status_code == 404 and p.headers["content-type"] == "application/problem+json", url
        assert p.json()["detail"].startswith("No reports were published on 1 September 2022.")


def test_bad_dates_are_a_400_that_says_which(client):
    r = client.get("/briefing", params={"date": "18/10/2022"})
    assert r.status_code == 400 and "date: expected a date YYYY-MM-DD, got &#39;18/10/2022&#39;" in r.text
    p = client.get("/api/briefing", params={"date": "2022-10-18", "since": "2022-10-19"})
    assert p.status_code == 400 and p.json()["detail"] == "since 2022-10-19 is after date 2022-10-18"


def test_an_empty_store_says_how_to_fill_it(tmp_path):
    with Store(tmp_path / "empty.db") as s:
        client = TestClient(create_app(s, extensions=[briefing_pages]))
        page = client.get("/briefing")
        assert page.status_code == 200 and "The store holds no reports yet" in page.text
        assert "sitroom ingest PATH" in page.text and 'name="date"' not in page.text   # no day to pick
        p = client.get("/api/briefing")
        assert p.status_code == 404 and "holds no reports yet" in p.json()["detail"]
        assert briefing_days(s) == []


def test_a_briefing_figure_knows_its_series(tmp_path):
    s = built_store(tmp_path, FIRST_DAY)
    try:
        b = make_briefing(s, date="2022-10-16")
        assert briefing_days(s) == ["2022-10-16"]
    finally:
        s.close()
    [f] = b.storylines[0].developments[0].figures
    assert f.topic_key == "personnel|RUS|BLR"


def test_sitroom_serve_mounts_the_briefing_page(tmp_path, monkeypatch, store):
    import uvicorn
    from typer.testing import CliRunner

    from sitroom.cli import app as cli_app

    served = {}
    monkeypatch.setattr(uvicorn, "run", lambda application, **kw: served.setdefault("app", application))
    res = CliRunner().invoke(cli_app, ["serve", "--db", str(tmp_path / "sitroom.db")])   # the `store` fixture's file
    assert res.exit_code == 0, res.output
    client = TestClient(served["app"])
    assert client.get("/briefing").status_code == 200 and 'href="/briefing"' in client.get("/").text
