"""Limits and clear refusals (issue 12): size caps, gzip bombs, long texts in chunks, mixed encodings, deep HTML."""
import gzip
import io

import pytest

from sitroom.api import extract
from sitroom.clean import clean_html
from sitroom.ingest import IngestError, decode, gunzip_capped, read_capped, read_path
from sitroom.limits import Limits

STORY = ("Russian forces shelled Kherson on 12 October, killing three civilians, the governor said.\n\n"
         "Ukrainian troops captured the village of Davydiv Brid on 13 October, the General Staff reported.\n\n"
         "Police arrested 40 protesters in Minsk on 14 October, according to the Viasna rights group.\n\n")


def _varied(n: int) -> str:
    """n copies of STORY told on different days (identical lines would be dropped as duplicates)."""
    return "".join(STORY.replace("October", f"October {2000 + i}") for i in range(n))


def _gz(data: bytes) -> bytes:
    return gzip.compress(data, compresslevel=9)


# ------------------------------------------------------------------ sizes and compression

def test_a_gzip_bomb_is_refused_with_its_path_and_the_limit(tmp_path):
    p = tmp_path / "bomb.txt.gz"
    p.write_bytes(_gz(b"A" * (3 * 2**20)))
    with pytest.raises(IngestError) as e:
        read_path(p, limits=Limits(max_decompressed_bytes=2**20))
    assert e.value.origin == str(p)
    assert "max_decompressed_bytes" in e.value.reason and "1.0 MiB" in e.value.reason


def test_decompression_stops_at_the_cap():
    class Counting(io.BytesIO):
        served = 0

        def read(self, n=-1):
            out = super().read(n)
            Counting.served += len(out)
            return out

    payload = _gz(b"".join(str(i).encode() for i in range(400_000)))   # ~2.2 MB of digits, ~1 MB compressed
    with pytest.raises(IngestError):
        gunzip_capped(Counting(payload), 100_000, "x.gz")
    assert Counting.served < len(payload) // 2      # it did not read (let alone inflate) the whole member


def test_gzip_within_the_cap_multi_member_and_broken(tmp_path):
    assert gunzip_capped(_gz(b"one ") + _gz(b"two"), 100, "x") == b"one two"
    p = tmp_path / "story.txt.gz"
    p.write_bytes(_gz(STORY.encode()))
    assert read_path(p).content == STORY.encode()
    broken = tmp_path / "cut.gz"
    broken.write_bytes(_gz(STORY.encode())[:30])
    with pytest.raises(IngestError, match="broken gzip"):
        read_path(broken)


def test_a_file_over_the_size_limit_is_refused_unread(tmp_path):
    p = tmp_path / "big.txt"
    p.write_bytes(b"Troops arrived. " * 1000)
    with pytest.raises(IngestError, match="max_file_bytes"):
        read_path(p, limits=Limits(max_file_bytes=1000))
    with pytest.raises(IngestError, match="max_file_bytes"):
        read_capped(io.BytesIO(b"x" * 1001), 1000, "-")
    assert read_capped(io.BytesIO(b"x" * 1000), 1000, "-") == b"x" * 1000


def test_a_text_over_the_character_limit_is_refused(tmp_path):
    p = tmp_path / "long.txt"
    p.write_text(_varied(20))
    with pytest.raises(IngestError, match="max_text_chars") as e:
        extract(p, limits=Limits(max_text_chars=1000))
    assert e.value.origin == str(p)


@pytest.mark.parametrize("bad", [dict(max_file_bytes=0), dict(parse_chunk_chars=-1),
                                 dict(parse_chunk_chars=2_000_000), dict(max_text_chars="10")])
def test_limits_are_validated(bad):
    with pytest.raises(ValueError, match="Limits"):
        Limits(**bad)


# ------------------------------------------------------------------ long texts: chunks with whole-text offsets

def test_chunk_bounds_cover_the_text_and_cut_at_paragraph_breaks():
    from sitroom.analyze._pipeline import chunk_bounds
    text = _varied(30)
    bounds = chunk_bounds(text, 500)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(b == c for (_, b), (c, _) in zip(bounds, bounds[1:]))
    assert all(0 < b - a <= 500 for a, b in bounds)
    assert all(text[b - 2:b] == "\n\n" for _, b in bounds[:-1])
    assert chunk_bounds("x" * 1200, 500) == [(0, 500), (500, 1000), (1000, 1200)]   # no break at all: hard cuts
    assert chunk_bounds("short", 500) == [(0, 5)]


def test_a_long_text_in_chunks_gives_the_same_events_at_whole_text_offsets():
    text = _varied(6)
    whole = extract(text.encode(), published="2022-10-20")
    chunked = extract(text.encode(), published="2022-10-20", limits=Limits(parse_chunk_chars=700))
    assert len(chunked.events) >= 12
    assert [(e.id, e.type, e.trigger_start, e.evidence, e.date) for e in chunked.events] == \
        [(e.id, e.type, e.trigger_start, e.evidence, e.date) for e in whole.events]
    assert [(c.id, c.start, c.end, c.text, c.event_id, c.evidence) for c in chunked.claims] == \
        [(c.id, c.start, c.end, c.text, c.event_id, c.evidence) for c in whole.claims]
    assert [e.claim_ids for e in chunked.events] == [e.claim_ids for e in whole.events]
    body = chunked.document.text
    for c in chunked.claims:
        assert body[c.start:c.end] == c.text
    for e in chunked.events:
        assert body[e.evidence.start:e.evidence.end] == e.evidence.sentence
        assert body[e.trigger_start:e.trigger_start + len(e.trigger)] == e.trigger
        for q in e.quantities:
            assert body[q.start:q.end] == q.text
        for ent in (e.actor, e.recipient, e.source, e.location):
            if ent is not None and ent.start is not None:
                assert body[ent.start:ent.end] == ent.text


def test_a_text_over_spacys_max_length_is_a_clear_error_not_e088(monkeypatch):
    from sitroom.nlp import TextTooLong, load_nlp, parse
    nlp = load_nlp()
    monkeypatch.setattr(nlp, "max_length", 200)
    with pytest.raises(TextTooLong, match="longer than one parse takes"):
        parse(STORY)


# ------------------------------------------------------------------ encodings and markup

UTF8_HEAD = "Главное за день: Минобороны сообщило о перегруппировке\n"
CP1251_BODY = "Российские войска обстреляли Херсон в понедельник, сообщили местные власти. Погибли три человека.\n"


def test_a_file_mixing_utf8_and_cp1251_is_decoded_per_block():
    data = UTF8_HEAD.encode() + CP1251_BODY.encode("cp1251") * 4 + "Итог: «перемирия нет»\n".encode()
    assert decode(data) == UTF8_HEAD + CP1251_BODY * 4 + "Итог: «перемирия нет»\n"


def test_one_legacy_file_is_still_decoded_whole():
    assert decode((CP1251_BODY * 3).encode("cp1251")) == CP1251_BODY * 3


def test_a_byte_undefined_in_the_guessed_code_page_does_not_fail_the_document():
    data = CP1251_BODY.encode("cp1251") * 5 + b"\x98\n"        # 0x98 is unassigned in cp1251
    text = decode(data)
    assert text.startswith(CP1251_BODY) and "\ufffd" in text


@pytest.mark.parametrize("depth", [300, 5000])
def test_html_nested_deeper_than_the_parser_goes_keeps_its_text(depth):
    para = "Russian forces shelled the city of Kherson on Monday, killing three civilians, officials said. " * 3
    html = ("<html><body>" + "<div class='wrap'>" * depth + f"<p>{para}</p><p>The mayor said the strike "
            "hit a school and a hospital in the centre.</p>" + "</div>" * depth + "</body></html>")
    page = clean_html(html)
    assert len(page.paragraphs) == 2
    assert page.paragraphs[0].startswith("Russian forces shelled")
