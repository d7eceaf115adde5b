"""Fetching URLs: pages served from a local server on 127.0.0.1, and the SSRF guard on every hop."""
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from sitroom.api import ingest, read_url_list
from sitroom.ingest import IngestError, ReadOptions, fetch, read_documents
from sitroom.store import Store

ARTICLE = ("<!DOCTYPE html><html lang='en'><head><title>Kherson shelled</title></head><body><article>"
           "<h1>Kherson shelled</h1><p>Russian forces shelled Kherson on Monday, killing two people, the regional "
           "governor said.</p><p>Rescue teams worked through the night to clear the rubble.</p></article></body></html>")
FEED = ("<?xml version='1.0'?><rss version='2.0'><channel><title>Local Wire</title>"
        "<item><title>Drones downed</title><link>http://x/1</link>"
        "<description>Air defence shot down 12 drones over Kyiv overnight</description></item></channel></rss>")


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def _send(self, code, body=b"", ctype="text/html; charset=utf-8", headers=()):
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        for k, v in headers:
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        if self.path == "/article":
            self._send(200, ARTICLE.encode())
        elif self.path == "/feed":
            self._send(200, FEED.encode(), "application/rss+xml")
        elif self.path == "/feed2":
            two = FEED.replace("</channel>", "<item><title>Border closed</title><link>http://x/2</link>"
                                             "<description>Poland closed two border crossings on Friday</description>"
                                             "</item></channel>")
            self._send(200, two.encode(), "application/rss+xml")
        elif self.path == "/moved":
            self._send(302, headers=[("Location", "/article")])
        elif self.path == "/loop":
            self._send(302, headers=[("Location", "/loop")])
        elif self.path == "/big":
            self._send(200, b"<html><body><p>" + b"word " * 50_000 + b"</p></body></html>")
        elif self.path == "/slow":
            time.sleep(2)
            self._send(200, ARTICLE.encode())
        else:
            self._send(404, b"<html><body>not here</body></html>")


class QuietServer(ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        pass        # the client of /slow and /big hangs up on purpose


@pytest.fixture(scope="module")
def server():
    httpd = QuietServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


LOCAL = ReadOptions(allow_private=True, timeout=1.0)


def test_loopback_is_refused_unless_allowed(server):
    with pytest.raises(IngestError) as info:
        fetch(f"{server}/article")
    assert info.value.origin == f"{server}/article" and "loopback" in info.value.reason
    assert "--allow-private" in info.value.reason
    assert b"Kherson" in fetch(f"{server}/article", LOCAL).content


def test_a_fetched_page_is_a_document_with_its_final_url(server):
    (doc,) = read_documents(f"{server}/moved", LOCAL)
    assert doc.url == f"{server}/article" and doc.media_type == "text/html"


def test_a_fetched_feed_is_read_as_a_feed(server):
    (entry,) = read_documents(f"{server}/feed", LOCAL)
    assert entry.outlet == "Local Wire" and entry.title == "Drones downed"


@pytest.mark.parametrize("path, reason", [
    ("/loop", "more than 5 redirects"),
    ("/missing", "HTTP 404"),
    ("/big", "larger than 100000 bytes"),
    ("/slow", "timed out"),
])
def test_clear_error_per_url(server, path, reason):
    with pytest.raises(IngestError) as info:
        fetch(server + path, ReadOptions(allow_private=True, timeout=0.5, max_bytes=100_000))
    assert info.value.origin == server + path and reason in info.value.reason


def test_ingest_urls_from_a_list_and_the_batch_goes_on(server, tmp_path):
    urls = tmp_path / "urls.txt"
    urls.write_text(f"# reading list\n{server}/article\n\n{server}/missing\n{server}/feed\n", encoding="utf-8")
    assert read_url_list(urls) == [f"{server}/article", f"{server}/missing", f"{server}/feed"]
    with Store(tmp_path / "t.db") as store:
        report = ingest(read_url_list(urls), store, options=LOCAL)
    assert len(report.added) == 2 and report.events >= 1
    assert report.failed == [(f"{server}/missing", "HTTP 404 Not Found")]


def test_extract_fetches_a_url_and_analyses_the_page(server):
    from sitroom.api import extract

    ex = extract(f"{server}/moved", allow_private=True)
    assert ex.document.url == f"{server}/article" and ex.document.title == "Kherson shelled"
    assert any(e.type == "ASSAULT" for e in ex.events)


def test_extract_refuses_a_feed_of_several_documents_and_loopback_unless_allowed(server):
    from sitroom.api import extract

    with pytest.raises(IngestError) as info:
        extract(f"{server}/article")
    assert "loopback" in info.value.reason
    with pytest.raises(IngestError) as info:
        extract(f"{server}/feed2", allow_private=True)
    assert "holds 2 documents" in info.value.reason and "sitroom ingest" in info.value.reason
    assert extract(f"{server}/feed", allow_private=True).document.title == "Drones downed"     # one entry: read
    with pytest.raises(IngestError) as info:
        extract(f"{server}/missing", allow_private=True)
    assert info.value.origin == f"{server}/missing" and "HTTP 404" in info.value.reason


def test_sitroom_extract_url_on_the_command_line(server):
    import json

    from typer.testing import CliRunner

    from sitroom.cli import app

    runner = CliRunner()
    r = runner.invoke(app, ["extract", f"{server}/article", "--allow-private"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["document"]["url"] == f"{server}/article"
    r = runner.invoke(app, ["extract", f"{server}/article"])
    assert r.exit_code == 1 and "loopback" in r.stderr and "--allow-private" in r.stderr and "Traceback" not in r.output


# --------------------------------------------------------------------------- the guard on resolved addresses

@pytest.fixture
def fake_dns(monkeypatch):
    table = {"news.example": ["93.184.216.34"], "intranet.example": ["10.1.2.3"],
             "meta.example": ["169.254.169.254"], "split.example": ["93.184.216.35", "192.168.0.7"]}

    def getaddrinfo(host, port, *args, **kwargs):
        if host not in table:
            raise socket.gaierror(f"unknown host {host}")
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (ip, port)) for ip in table[host]]

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)


def transport(seen):
    def handle(request: httpx.Request) -> httpx.Response:
        seen.append((str(request.url), request.headers["Host"]))
        if request.url.path == "/to-intranet":
            return httpx.Response(302, headers={"Location": "http://intranet.example/admin"})
        return httpx.Response(200, html=ARTICLE)
    return httpx.MockTransport(handle)


def test_the_checked_address_is_the_one_connected_to(fake_dns):
    seen = []
    got = fetch("http://news.example/a", transport=transport(seen))
    assert got.url == "http://news.example/a" and seen == [("http://93.184.216.34/a", "news.example")]


def test_redirect_to_a_private_address_is_refused(fake_dns):
    seen = []
    with pytest.raises(IngestError) as info:
        fetch("http://news.example/to-intranet", transport=transport(seen))
    assert "private address 10.1.2.3" in info.value.reason and len(seen) == 1


@pytest.mark.parametrize("url, why", [("http://meta.example/latest", "link-local"),
                                      ("http://split.example/", "private"),          # one bad answer is enough
                                      ("http://[::1]:8080/", "loopback")])
def test_non_public_targets_are_refused(fake_dns, url, why):
    with pytest.raises(IngestError) as info:
        fetch(url, transport=transport([]))
    assert why in info.value.reason
