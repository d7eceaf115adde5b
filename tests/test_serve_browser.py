"""End to end in headless Chromium (Debian's /usr/bin/chromium driven by Playwright; no browser download).

The app runs under uvicorn on a free loopback port. The walk: overview → filter the timeline → open an event → follow
it to its document → open a figure chart. XSS: a document holding `<script>`, `javascript:` links and `onerror=`
attributes goes through the real pipeline (`api.ingest`), its pages are opened with the Content-Security-Policy
bypassed (so escaping alone is under test) and a hook shows that nothing ran.

Screenshots of the main pages are written to $SITROOM_TEST_ARTIFACTS (default: test-artifacts/ in the repo).
"""
from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import pytest

from serve_data import build_store

from browser import ARGS, ARTIFACTS, CHROMIUM, MISSING

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=MISSING)
sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """uvicorn in a thread on 127.0.0.1, stopped at the end of the test module."""

    def __init__(self, app):
        import uvicorn
        self.port = _free_port()
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> str:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)
        return f"http://127.0.0.1:{self.port}"

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(10)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    from sitroom.serve import create_app
    db = build_store(tmp_path_factory.mktemp("e2e") / "e2e.db")
    with Server(create_app(db)) as url:
        yield url


def _shot(page, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def _page(browser, **ctx):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, **ctx)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    return context, page, errors


def test_analyst_walk(browser, site):
    context, page, errors = _page(browser)
    page.goto(site + "/")
    assert page.get_by_role("heading", name="Latest developments").is_visible()
    assert page.locator("ol.cards li.card").count() >= 2
    _shot(page, "overview")

    page.get_by_role("link", name="Timeline", exact=True).click()
    page.wait_for_selector("#timeline-chart .vis-timeline")          # vis-timeline drew the chart
    _shot(page, "timeline")
    page.get_by_label("Type", exact=True).select_option("ASSAULT")
    page.get_by_role("button", name="Filter").click()
    sync_api.expect(page.locator("tr.ev")).to_have_count(3)
    assert set(page.locator("tr.ev td:nth-child(2) .chip").all_inner_texts()) == {"ASSAULT"}
    assert "type=ASSAULT" in page.url                                  # htmx pushed the filtered URL
    page.wait_for_selector("#timeline-chart .vis-item")
    _shot(page, "timeline-assault")

    page.get_by_role("link", name="Russian missiles struck a power station in Kharkiv", exact=False).first.click()
    page.wait_for_url("**/events/*")
    assert page.get_by_role("heading", name="The other outlets' versions").is_visible()
    assert page.get_by_text("Agence Wire").first.is_visible()
    _shot(page, "event")

    page.get_by_role("link", name="Read it in its document").click()
    page.wait_for_url("**/documents/*")
    assert page.locator(".doc-text mark.l-figure").first.inner_text() == "three"
    assert page.locator(".doc-text mark.l-source").first.inner_text() == "regional governor"
    assert page.evaluate("location.hash").startswith("#ev-")
    _shot(page, "document")

    page.goto(site + "/figures")
    page.get_by_role("link", name="Russian personnel in Belarus").click()
    page.wait_for_selector("#figure-chart .uplot canvas")               # uPlot drew the chart
    assert page.locator("tr.contradicted").count() == 2
    _shot(page, "figure")

    page.goto(site + "/contradictions")
    assert page.locator(".side").count() == 2
    _shot(page, "contradictions")
    assert errors == []
    context.close()


def test_keyboard_reaches_the_skip_link_and_the_menu(browser, site):
    context, page, _ = _page(browser)
    page.goto(site + "/timeline")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"
    context.close()


HOSTILE = """Russian forces shelled Kharkiv on Monday, killing two civilians, the regional governor said.
<script>window.__xss = (window.__xss || 0) + 1; alert('script');</script>
Officials said <img src=x onerror="window.__xss = (window.__xss || 0) + 1; alert('img')"> more strikes followed.
Read the <a href="javascript:window.__xss = (window.__xss || 0) + 1">full report</a> from the ministry.
<svg onload="window.__xss = (window.__xss || 0) + 1"></svg> Ukraine's air force said it shot down three drones.
"""


def test_hostile_document_runs_nothing(browser, tmp_path):
    from sitroom import api
    from sitroom.serve import create_app
    from sitroom.store import Store
    src = tmp_path / "hostile.txt"
    src.write_text(HOSTILE, encoding="utf-8")
    db = tmp_path / "xss.db"
    with Store(db) as store:
        report = api.ingest([src], store, published="2022-10-17")
        assert report.ok and report.events >= 1
    with Server(create_app(str(db))) as url:
        context, page, _ = _page(browser, bypass_csp=True)
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.add_init_script("window.__xss = 0;")
        ev = page.request.get(url + "/api/events").json()["rows"][0]
        for path in ["/", "/timeline", ev["links"]["html"], ev["links"]["document"], "/search?q=Kharkiv",
                     "/search?q=report&kind=documents", "/documents"]:
            page.goto(url + path)
            page.wait_for_load_state("networkidle")
            for link in page.locator("main a").all()[:40]:
                link.hover()                                           # any on-hover handler would fire now
            assert page.evaluate("window.__xss") == 0, path
            assert page.evaluate("document.querySelectorAll('[onerror],[onload],[onmouseover]').length") == 0, path
            assert page.evaluate("document.querySelectorAll('a[href^=\"javascript:\" i]').length") == 0, path
            inline = page.evaluate("[...document.scripts].filter(s => !s.src && s.type !== 'application/json').length")
            assert inline == 0, path
        assert "&lt;script&gt;" in page.request.get(url + ev["links"]["document"].split("#")[0]).text()
        page.goto(url + ev["links"]["document"])
        _shot(page, "xss-document")
        assert dialogs == []
        context.close()
