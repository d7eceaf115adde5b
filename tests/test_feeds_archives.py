"""RSS / Atom feeds and WARC web archives, written for these tests (a WARC made with warcio here)."""
import gzip
import io

import pytest

from sitroom.api import ingest
from sitroom.ingest import IngestError, ReadOptions, read_documents, read_feed, read_warc, sniff_format
from sitroom.store import Store

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Example Wire</title><link>https://wire.example/</link>
<item><title>Talks collapse in Geneva</title><link>https://wire.example/a</link>
<pubDate>Sun, 05 Mar 2023 14:20:00 +0100</pubDate>
<description>Short teaser.</description>
<content:encoded><![CDATA[<p>Peace talks between the two delegations collapsed in Geneva on Sunday, diplomats said.</p>
<p>The foreign ministry accused the other side of making demands that could never be accepted.</p>]]></content:encoded>
</item>
<item><title>Troops cross the river</title><link>https://wire.example/b</link>
<pubDate>Mon, 06 Mar 2023 08:00:00 GMT</pubDate>
<description><![CDATA[Ukrainian troops crossed the Dnipro river near Kherson <b>overnight</b>]]></description>
</item>
<item><title></title><link>https://wire.example/c</link></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Front Notes</title><id>urn:x</id>
<updated>2023-03-07T10:00:00Z</updated>
<entry><title>Drones downed over Kyiv</title><id>urn:1</id><link href="https://notes.example/1"/>
<updated>2023-03-07T09:30:00+02:00</updated>
<summary>Air defence shot down 12 drones over Kyiv overnight, the city administration said.</summary></entry>
</feed>"""


def test_rss_full_content_else_summary_and_publication_time():
    items = list(read_feed(RSS, "wire.xml"))
    full, teaser, empty = items
    assert full.content.decode().startswith("Peace talks between") and "foreign ministry" in full.content.decode()
    assert (full.title, full.outlet, full.url) == ("Talks collapse in Geneva", "Example Wire", "https://wire.example/a")
    assert full.published == "2023-03-05T13:20:00+00:00"
    assert teaser.content.decode() == "Ukrainian troops crossed the Dnipro river near Kherson overnight"
    assert isinstance(empty, IngestError) and empty.origin == "wire.xml#https://wire.example/c"


def test_atom_updated_stands_in_for_published():
    (entry,) = read_feed(ATOM, "notes.atom")
    assert entry.published == "2023-03-07T07:30:00+00:00" and entry.outlet == "Front Notes"
    assert sniff_format(ATOM) == "feed" and sniff_format(RSS) == "feed"


def test_feed_entries_are_stored_and_the_bad_entry_is_reported(tmp_path):
    (tmp_path / "wire.rss").write_bytes(RSS)
    with Store(tmp_path / "t.db") as store:
        report = ingest([tmp_path / "wire.rss"], store)
    assert len(report.added) == 2 and report.events >= 1
    assert [why for _, why in report.failed] == ["feed entry without content, summary or title"]


def test_a_file_that_is_no_feed_is_reported():
    with pytest.raises(IngestError):
        list(read_feed(b"<rss><channel></channel></rss>", "empty.rss"))


# --------------------------------------------------------------------------- WARC

def page(title, body, lang="en"):
    return (f'<!DOCTYPE html><html lang="{lang}"><head><title>{title}</title></head><body><article><h1>{title}</h1>'
            f"<p>{body}</p><p>{body}</p></article></body></html>").encode("utf-8")


PAGES = [
    ("https://news.example/kherson", page("Kherson shelled", "Russian forces shelled Kherson on Monday, killing two "
                                          "people, the regional governor said in a statement.")),
    ("https://news.example/style.css", b"body { color: red }", "text/css"),
    ("https://news.example/uk", page("Obstrily", "Rosiiski viiska obstrilialy Kherson u ponedilok vvecheri.", "uk")),
    ("https://news.example/minsk", page("Minsk arrests", "Police detained forty protesters in Minsk on Sunday "
                                        "evening, a rights group said in a statement.")),
]


def write_warc(path, pages, gz=True, extra_404=True):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=gz)
        for item in pages:
            url, body = item[0], item[1]
            ctype = item[2] if len(item) > 2 else "text/html; charset=utf-8"
            req = w.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
            w.write_record(req)
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))
        if extra_404:
            headers = StatusAndHeaders("404 Not Found", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record("https://news.example/gone", "response",
                                                payload=io.BytesIO(b"<html>gone</html>"), http_headers=headers))


@pytest.mark.parametrize("gz", [True, False])
def test_warc_html_responses_only(tmp_path, gz):
    path = tmp_path / ("a.warc.gz" if gz else "a.warc")
    write_warc(path, PAGES, gz=gz)
    docs = list(read_documents(path))
    assert [d.url for d in docs] == ["https://news.example/kherson", "https://news.example/uk",
                                     "https://news.example/minsk"]
    assert all(d.media_type == "text/html" for d in docs)


def test_warc_language_and_pattern_filters(tmp_path):
    path = tmp_path / "a.warc.gz"
    write_warc(path, PAGES)
    en = list(read_documents(path, ReadOptions(languages=("en",))))
    assert [d.url for d in en] == ["https://news.example/kherson", "https://news.example/minsk"]
    minsk = list(read_documents(path, ReadOptions(match=r"protesters")))
    assert [d.url for d in minsk] == ["https://news.example/minsk"]
    by_url = list(read_documents(path, ReadOptions(match=r"/kherson$")))
    assert [d.url for d in by_url] == ["https://news.example/kherson"]


def test_warc_oversized_record_is_reported_and_the_rest_read(tmp_path):
    path = tmp_path / "a.warc.gz"
    big = ("https://news.example/big", page("Big", "word " * 5000))
    write_warc(path, [big] + PAGES[:1])
    items = list(read_documents(path, ReadOptions(max_bytes=10_000)))
    assert isinstance(items[0], IngestError) and items[0].origin.endswith("#https://news.example/big")
    assert items[1].url == "https://news.example/kherson"


def test_warc_is_streamed_record_by_record():
    """The reader pulls records from the stream as they are asked for: the first document comes out before the
    stream has been read to its end."""
    buf = io.BytesIO()
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    w = WARCWriter(buf, gzip=True)
    for i in range(200):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record(f"https://x.example/{i}", "response", http_headers=headers,
                                            payload=io.BytesIO(page(f"P{i}", "Troops crossed the river. " * 40))))
    size = buf.tell()
    buf.seek(0)
    first = next(iter(read_warc(buf, "x.warc.gz", ReadOptions())))
    assert first.url == "https://x.example/0" and buf.tell() < size / 4


def test_truncated_warc_keeps_what_was_read_and_reports_the_file(tmp_path):
    path = tmp_path / "a.warc.gz"
    write_warc(path, PAGES, extra_404=False)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 150])          # the file now ends inside the last page
    with Store(tmp_path / "t.db") as store:
        report = ingest([path], store)
    assert len(report.added) == 2
    assert len(report.failed) == 1 and report.failed[0][0].startswith(str(path))
    assert "truncated" in report.failed[0][1]


def test_formats_by_content_not_suffix_and_forced(tmp_path):
    warc = tmp_path / "archive.bin"
    write_warc(warc, PAGES[:1])
    assert len(list(read_documents(warc))) == 1
    feed = tmp_path / "feed.txt"
    feed.write_bytes(gzip.compress(ATOM))
    assert [d.outlet for d in read_documents(feed)] == ["Front Notes"]
    as_text = list(read_documents(feed, ReadOptions(format="text")))
    assert len(as_text) == 1 and as_text[0].media_type == "text/plain"
    with pytest.raises(ValueError):
        ReadOptions(format="pdf")
