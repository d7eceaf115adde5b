"""sitroom.ingest: reading files and bytes, encodings, media type sniffing, errors."""
import gzip

import pytest

from sitroom.ingest import IngestError, decode, read_bytes, read_path, sniff_media_type

UA = "Російські війська прибули до Білорусі, повідомило міністерство оборони."
RU = "Российские войска прибыли в Беларусь, сообщило министерство обороны."
FR = "Les forces armées ont été déployées à la frontière, a déclaré le ministère."


def test_utf8_with_and_without_bom():
    assert decode(UA.encode("utf-8")) == UA
    assert decode(b"\xef\xbb\xbf" + UA.encode("utf-8")) == UA


@pytest.mark.parametrize("text", [RU, UA])
def test_cp1251_cyrillic_is_detected(text):
    assert decode(text.encode("cp1251")) == text


def test_latin1_and_cp1252_western_text():
    assert decode(FR.encode("latin-1")) == FR
    assert decode("Café déjà vu – “quoted”".encode("cp1252")) == "Café déjà vu – “quoted”"


def test_declared_charset_in_html_meta_is_used():
    page = f'<html><head><meta charset="windows-1251"></head><body><p>{RU}</p></body></html>'
    assert RU in decode(page.encode("cp1251"))


def test_sniffing_content_not_extension(tmp_path):
    p = tmp_path / "page.txt"
    p.write_text("<!DOCTYPE html><html><body><p>Troops crossed the border on Monday.</p></body></html>")
    assert read_path(p).media_type == "text/html"
    q = tmp_path / "story.html"
    q.write_text("Troops crossed the border on Monday, officials said.\n\nThe talks failed.")
    assert read_path(q).media_type == "text/plain"
    assert sniff_media_type("Shelling hit the city; the mayor said 3 < 5 was not the issue.") == "text/plain"


def test_read_bytes_keeps_url_and_published():
    raw = read_bytes(b"Troops crossed the border on Monday.", "-", url="https://example.org/a", published="2022-10-24")
    assert (raw.origin, raw.url, raw.published, raw.media_type) == ("-", "https://example.org/a", "2022-10-24",
                                                                    "text/plain")


def test_gzip_file_is_uncompressed(tmp_path):
    p = tmp_path / "page.html.gz"
    p.write_bytes(gzip.compress(b"<html><body><p>Troops crossed the border.</p></body></html>"))
    assert read_path(p).media_type == "text/html"


@pytest.mark.parametrize("name,content,reason", [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"  \n\t\n", "empty"),
    ("binary.bin", bytes(range(256)) * 4, "binary"),
    ("truncated.html", b"<html><head><title>x</title></head><body><div", "HTML without any text"),
])
def test_unreadable_files_raise_ingest_error(tmp_path, name, content, reason):
    p = tmp_path / name
    p.write_bytes(content)
    with pytest.raises(IngestError) as info:
        read_path(p)
    assert info.value.origin == str(p)
    assert reason in info.value.reason
    assert str(info.value) == f"{p}: {info.value.reason}"


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(IngestError, match="no such file"):
        read_path(tmp_path / "nope.txt")
    with pytest.raises(IngestError, match="directory"):
        read_path(tmp_path)


def test_decode_of_a_short_text_is_fine():
    assert decode(b"x") == "x"
