"""Hypothesis fuzzing of every reader and the cleaner behind them: whatever the bytes, reading a file never crashes
with anything but our IngestError (CleanError is one), and nothing is lost - every input gives a document or a
refusal naming its path. Budget: see tests/fuzzing.py (SITROOM_FUZZ=long for a long run by hand)."""
from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from fuzzing import any_input, feed, fuzz, html_page, telegram_export, tg_archive_page, warc
from sitroom.clean import clean_document
from sitroom.ingest import FORMATS, IngestError, ReadOptions, read_documents
from sitroom.model import Document, RawDocument

NAMES = st.sampled_from(["in.txt", "page [1].html", "result.json", "feed.rss", "a].warc", "x.warc.gz", "b[.gz",
                         "noext", "ü ñ.htm"])


def read_and_clean(data: bytes, name: str, options: ReadOptions | None = None) -> list[Document | IngestError]:
    """Everything one file gives, with the properties checked: only documents and IngestErrors, each naming the
    file; at least one of them (a refusal of the whole file counts)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        out: list[Document | IngestError] = []
        try:
            for item in read_documents(path, options):
                if isinstance(item, RawDocument):
                    assert item.origin.startswith(str(path)), item.origin
                    try:
                        item = clean_document(item)
                    except IngestError as exc:
                        item = exc
                assert isinstance(item, (Document, IngestError)), item
                if isinstance(item, IngestError):
                    assert item.origin.startswith(str(path)) and item.reason, item
                out.append(item)
        except IngestError as exc:
            assert exc.origin == str(path) and exc.reason
            out.append(exc)
        assert out, f"{name}: no document and no refusal"
        return out


@fuzz(150)
@given(telegram_export(), NAMES)
def test_telegram_exports(data, name):
    read_and_clean(data, name)


@fuzz(150)
@given(html_page(), NAMES)
def test_html_pages_deeply_nested_and_broken(data, name):
    read_and_clean(data, name)


@fuzz(100)
@given(tg_archive_page(), NAMES)
def test_tg_archive_pages(data, name):
    read_and_clean(data, name)


@fuzz(150)
@given(feed(), NAMES)
def test_feeds_with_odd_dates_and_encodings(data, name):
    read_and_clean(data, name)


@fuzz(150)
@given(warc(), NAMES)
def test_warc_records_truncated_and_odd(data, name):
    read_and_clean(data, name)


@fuzz(200)
@given(any_input(), NAMES, st.sampled_from([None, *FORMATS]))
def test_any_bytes_read_as_any_format(data, name, fmt):
    """Random bytes, gzip bombs cut short, and every format forced on every other format's content."""
    read_and_clean(data, name, ReadOptions(format=fmt))


def test_a_response_record_without_target_uri_is_refused_with_its_path(tmp_path):
    """Found by fuzzing: warcio raised AttributeError on it (it reads the URI to parse the HTTP headers)."""
    rec = (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
           b"Content-Type: application/http; msgtype=response\r\nContent-Length: 60\r\n\r\n"
           b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>Hello there</p>\r\n\r\n\r\n")
    [refusal] = read_and_clean(rec, "no-uri [1].warc")
    assert isinstance(refusal, IngestError) and "broken WARC record" in refusal.reason


def test_a_telegram_date_out_of_range_leaves_the_message_undated():
    """Found by fuzzing: datetime.fromtimestamp raised OverflowError and the whole export was lost."""
    data = (b'{"name": "C", "type": "public_channel", "id": 5, "messages": [{"id": 1, "type": "message", '
            b'"text": "Shelling in Sumy.", "date_unixtime": "99999999999999999999"}]}')
    [doc] = read_and_clean(data, "result.json")
    assert isinstance(doc, Document) and doc.published is None and doc.text == "Shelling in Sumy."
