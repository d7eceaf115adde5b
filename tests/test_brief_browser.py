"""The HTML briefing in headless Chromium (Debian's /usr/bin/chromium driven by Playwright; no browser download).

A screenshot is kept as a test artefact in $SITROOM_TEST_ARTIFACTS (default: test-artifacts/ in the repo).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from brief_reports import ALL, built_store
from sitroom.brief import (
    Briefing, Contradiction, Development, Figure, Report, Storyline, When, make_briefing, render_briefing,
)

from browser import ARGS, ARTIFACTS, CHROMIUM, MISSING

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=MISSING)
sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


def _open(browser, html: str, path: Path, width: int = 900):
    path.write_text(html, encoding="utf-8")
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.goto(path.as_uri())
    return page


def test_the_html_briefing_renders_and_is_kept_as_a_screenshot(browser, tmp_path):
    store = built_store(tmp_path, ALL)
    try:
        html = render_briefing(make_briefing(store, date="2022-10-18", since="2022-10-18"), "html")
    finally:
        store.close()
    page = _open(browser, html, tmp_path / "briefing.html")
    assert page.title() == "sitroom briefing: 18 October 2022"
    assert [h.text_content() for h in page.query_selector_all("h2")] == [
        "Developments", "Changed since the last briefing", "Doesn't add up"]
    assert [h.text_content() for h in page.query_selector_all("h3")] == [
        "1. Deployments of Armed Forces of Russia in Belarus", "2. Attacks by Armed Forces of Russia in Nikopol"]
    hrefs = {a.get_attribute("href") for a in page.query_selector_all("a")}
    assert hrefs == {"https://kyiv-wire.example/2022/10/18/troops-belarus",
                     "https://baltic-daily.example/world/russian-troops-in-belarus",
                     "https://minsk-monitor.example/news/hajun-count", "https://south-desk.example/nikopol-shelling",
                     "https://minsk-daily.example/2022/10/16/joint-force"}
    quotes = [q.text_content() for q in page.query_selector_all("section.contradictions q")]
    assert quotes[0].startswith("Ukraine's military intelligence said on Tuesday that about 4,300")
    assert quotes[1].startswith("The monitoring group Belaruski Hajun said on Tuesday that no more than 1,000")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shot = ARTIFACTS / "briefing.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000
    # on a phone-sized screen nothing runs off the side
    narrow = _open(browser, html, tmp_path / "narrow.html", width=380)
    assert narrow.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    narrow.screenshot(path=str(ARTIFACTS / "briefing-narrow.png"), full_page=True)


def _hostile_briefing() -> Briefing:
    bad = "<script>window.__pwned = 1</script><img src=x onerror=\"window.__pwned = 2\">"
    r = Report("d1", "e1", f"Outlet {bad}", f"source {bad}", "2022-10-18", "javascript:window.__pwned = 3",
               evidence=f"Evidence {bad}")
    f = Figure("c1", f"things {bad}", "about 5", "present", When("2022-10-17", "day", "as_of"), r)
    dev = Development("k1", "ASSAULT", f"Actor {bad}", None, "Place", When("2022-10-17", "day", "on"), "reported",
                      (r,), (f,))
    st = Storyline("s1", "ASSAULT", f"Actor {bad}", "Place", (dev,), 1, 1, 1)
    return Briefing("2022-10-18", "2022-10-18", None, 1, 0, 1, 0, (st,), (), (Contradiction("x", f.subject,
                    "present", f, f),), 0)


def test_store_text_cannot_run_in_the_html_briefing(browser, tmp_path):
    html = render_briefing(_hostile_briefing(), "html")
    assert "<script>window" not in html and "javascript:" not in html
    page = _open(browser, html, tmp_path / "hostile.html")
    assert page.evaluate("window.__pwned === undefined")
    assert page.query_selector_all("script, img") == []
    assert "Actor <script>window.__pwned = 1</script>" in page.text_content("h3")
    assert page.query_selector_all("a") == []                 # a javascript: link is shown as text, not linked
