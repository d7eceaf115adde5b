"""Shared by the fuzz tests: the example budget and the input strategies (almost-valid inputs of every format).

The budget is small in the normal suite; `SITROOM_FUZZ=long` multiplies it by 25 for a long run by hand, and
`SITROOM_FUZZ=<n>` by n. The normal suite (CI) draws the same examples every run (hypothesis' derandomize), so
CI fails on a regression, never on a new random draw; the long and scaled runs draw new examples each time, and
what they find becomes a named regression test."""
from __future__ import annotations

import json
import os

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

_SCALE = {"": 1, "ci": 1, "long": 25}


def scale() -> int:
    value = os.environ.get("SITROOM_FUZZ", "").strip().lower()
    return _SCALE[value] if value in _SCALE else max(1, int(value))


def fuzz(examples: int):
    """Hypothesis settings for `examples` examples (times the SITROOM_FUZZ scale), no deadline (a loaded machine)."""
    fixed = os.environ.get("SITROOM_FUZZ", "").strip().lower() in ("", "ci")
    return settings(max_examples=examples * scale(), deadline=None, database=None, derandomize=fixed,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.filter_too_much, HealthCheck.function_scoped_fixture])


# --------------------------------------------------------------------------- pieces

words = st.sampled_from(["Russian", "forces", "shelled", "Kherson", "on", "Monday", "killing", "12", "people",
                         "officials", "said", ".", ",", "Київ", "обстріляли", "ñ", "\u200b", "&amp;", "&#0;",
                         "\u202e", "\U0001f600", "\ufeff", "\r\n", "\t", "<", ">", "\"", "'", "]]>", "--"])
sentence = st.lists(words, min_size=0, max_size=25).map(" ".join)
odd_text = st.one_of(sentence, st.text(max_size=200), st.text(alphabet=st.characters(codec="utf-8"), max_size=60))
odd_scalar = st.one_of(st.none(), st.booleans(), st.integers(min_value=-2**70, max_value=2**70),
                       st.floats(allow_nan=True), odd_text)
odd_date = st.one_of(
    st.sampled_from(["2022-10-16T09:12:00", "2022-02-30T25:61:00", "0000-00-00T00:00:00", "9999-12-31T23:59:59",
                     "2022-10-16", "yesterday", "", "2022-10-16T09:12:00+99:00", "-0001-01-01T00:00"]),
    odd_scalar)
odd_unix = st.one_of(st.integers(min_value=-10**15, max_value=10**15).map(str), odd_scalar,
                     st.sampled_from(["1665911520", "1e9", "-1", "99999999999999999999", " 12 "]))
encodings = st.sampled_from(["utf-8", "utf-16", "utf-16-le", "cp1251", "latin-1", "koi8-u", "utf-8-sig", "ascii"])


def encode(text: str, encoding: str) -> bytes:
    return text.encode(encoding, "replace")


# --------------------------------------------------------------------------- Telegram Desktop export

entity = st.one_of(odd_text, st.fixed_dictionaries(
    {"type": st.sampled_from(["plain", "link", "text_link", "bold", "mention", "hashtag"]), "text": odd_scalar},
    optional={"href": odd_scalar}), odd_scalar, st.lists(odd_text, max_size=2))
message = st.fixed_dictionaries(
    {"id": st.one_of(st.integers(min_value=-3, max_value=5), odd_scalar), "type": st.sampled_from(
        ["message", "service", "", "message"]),
     "text": st.one_of(odd_text, st.lists(entity, max_size=4), odd_scalar)},
    optional={"date": odd_date, "date_unixtime": odd_unix, "edited": odd_date, "edited_unixtime": odd_unix,
              "from": odd_scalar, "from_id": odd_scalar, "author": odd_scalar, "forwarded_from": odd_scalar,
              "photo": odd_scalar, "media_type": odd_scalar, "text_entities": st.one_of(st.lists(entity, max_size=4),
                                                                                       odd_scalar)})
chat = st.fixed_dictionaries(
    {"name": odd_scalar, "type": st.sampled_from(["public_channel", "private_channel", "personal_chat", "", "x"]),
     "id": st.one_of(st.integers(), odd_scalar), "messages": st.one_of(st.lists(message, max_size=6), odd_scalar)},
    optional={"username": odd_scalar, "link": odd_scalar})
full_export = st.fixed_dictionaries({"about": odd_scalar, "chats": st.one_of(
    st.fixed_dictionaries({"about": odd_scalar, "list": st.one_of(st.lists(chat, max_size=3), odd_scalar)}),
    odd_scalar)}, optional={"left_chats": st.fixed_dictionaries({"list": st.lists(chat, max_size=2)})})


@st.composite
def telegram_export(draw) -> bytes:
    """A Telegram Desktop export, usually valid JSON of almost the right shape, sometimes cut short."""
    data = json.dumps(draw(st.one_of(chat, full_export)), ensure_ascii=draw(st.booleans()),
                      allow_nan=True).encode("utf-8")
    cut = draw(st.one_of(st.none(), st.integers(min_value=0, max_value=max(0, len(data) - 1))))
    return data if cut is None or cut < 200 else data[:cut]      # (cut inside the head it is no longer sniffed)


# --------------------------------------------------------------------------- HTML and tg-archive

tag = st.sampled_from(["div", "p", "span", "a", "b", "li", "ul", "table", "tr", "td", "article", "section", "br",
                       "script", "style", "h1", "blockquote", "pre", "img", "svg", "math", "template", "noscript"])


@st.composite
def html_tree(draw, depth: int = 0) -> str:
    """Random (often deeply) nested markup, sometimes unclosed or with broken attributes."""
    if depth > draw(st.integers(min_value=0, max_value=12)) or draw(st.integers(0, 5)) == 0:
        return draw(sentence)
    t = draw(tag)
    attrs = draw(st.sampled_from(['', ' class="text"', ' href="https://t.me/x/1"', ' class="message type-message"',
                                  ' id="5"', ' title="03:27 PM, 01 Jan 2023"', ' href=', ' "=\'', ' lang="uk"']))
    inner = "".join(draw(st.lists(html_tree(depth + 1), max_size=3)))
    close = draw(st.sampled_from([f"</{t}>", f"</{t}>", "", "</"]))
    return f"<{t}{attrs}>{inner}{close}"


@st.composite
def html_page(draw) -> bytes:
    deep = draw(st.integers(min_value=0, max_value=3)) == 0
    body = ("<div>" * draw(st.integers(200, 3000)) + draw(sentence)) if deep else draw(html_tree())
    head = draw(st.sampled_from(["<!DOCTYPE html><html><head><title>T</title></head><body>", "<html><body>",
                                 '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body>',
                                 '<html><head><meta charset="koi8-r"></head><body>', "<body>", ""]))
    page = head + body + draw(st.sampled_from(["</body></html>", "", "<!--"]))
    return encode(page, draw(encodings))


@st.composite
def tg_archive_page(draw) -> bytes:
    items = draw(st.lists(st.tuples(st.sampled_from(["type-message", "type-service", "", "type-"]),
                                    st.one_of(st.integers(-1, 99).map(str), odd_text), html_tree(),
                                    st.sampled_from(["03:27 PM, 01 Jan 2023", "2023-13-45T99:99:99", "", "x"]),
                                    st.booleans()), max_size=5))
    lis = "".join(
        f'<li class="message {kind}" id="{mid}"><div class="meta"><a class="username" href="https://t.me/chan">'
        f'Chan</a><a class="date" title="{date}">{date}</a></div>'
        + ('<div class="fwd">Forwarded from X</div>' if fwd else "") + f'<div class="text">{body}</div></li>'
        for kind, mid, body, date, fwd in items)
    page = f'<html><title>Telegram message archive</title><body><ul class="messages">{lis}</ul></body></html>'
    return encode(page, draw(encodings))


# --------------------------------------------------------------------------- feeds

@st.composite
def feed(draw) -> bytes:
    """RSS 2.0, Atom or RSS 1.0 with odd dates, encodings, CDATA, entities and missing parts."""
    kind = draw(st.sampled_from(["rss", "atom", "rdf"]))
    date = draw(st.one_of(st.sampled_from(["Mon, 17 Oct 2022 10:00:00 GMT", "Mon, 31 Feb 2022 99:00:00 +9900",
                                           "2022-10-17T10:00:00Z", "0000-01-01", "Sun, 01 Jan 10000 00:00:00 GMT",
                                           "yesterday", ""]), sentence))
    entries = []
    for _ in range(draw(st.integers(0, 4))):
        title, body = draw(sentence), draw(st.one_of(sentence, html_tree()))
        body = draw(st.sampled_from([f"<![CDATA[{body}]]>", body.replace("&", "&amp;").replace("<", "&lt;"), ""]))
        link = draw(st.sampled_from(["https://example.org/a", "", "javascript:x", "https://ex.org/[1]"]))
        if kind == "atom":
            entries.append(f"<entry><title>{title}</title><link href=\"{link}\"/><updated>{date}</updated>"
                           f"<content type=\"html\">{body}</content></entry>")
        else:
            entries.append(f"<item><title>{title}</title><link>{link}</link><pubDate>{date}</pubDate>"
                           f"<description>{body}</description></item>")
    enc = draw(encodings)
    decl = draw(st.sampled_from([f'<?xml version="1.0" encoding="{enc}"?>', '<?xml version="1.0"?>', ""]))
    if kind == "atom":
        doc = f'{decl}<feed xmlns="http://www.w3.org/2005/Atom"><title>F</title>{"".join(entries)}</feed>'
    elif kind == "rss":
        doc = f'{decl}<rss version="2.0"><channel><title>F</title>{"".join(entries)}</channel></rss>'
    else:
        doc = (f'{decl}<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
               f'xmlns="http://purl.org/rss/1.0/"><channel><title>F</title></channel>{"".join(entries)}</rdf:RDF>')
    data = encode(doc, enc)
    cut = draw(st.one_of(st.none(), st.integers(min_value=40, max_value=max(40, len(data)))))
    return data if cut is None else data[:cut]


# --------------------------------------------------------------------------- WARC

def warc_record(uri: str, payload: bytes, *, status: str = "200 OK", ctype: str = "text/html",
                rec_type: str = "response", length_delta: int = 0) -> bytes:
    http = (f"HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\n\r\n".encode("latin-1", "replace") + payload
            if rec_type == "response" else payload)
    head = (f"WARC/1.0\r\nWARC-Type: {rec_type}\r\nWARC-Target-URI: {uri}\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
            f"Content-Type: {'application/http; msgtype=response' if rec_type == 'response' else ctype}\r\n"
            f"Content-Length: {max(0, len(http) + length_delta)}\r\n\r\n")
    return head.encode("latin-1", "replace") + http + b"\r\n\r\n"


@st.composite
def warc(draw) -> bytes:
    """A few records (responses, resources, redirects, odd content types, wrong lengths), maybe gzipped per record,
    maybe cut short."""
    import gzip

    records = []
    for i in range(draw(st.integers(1, 4))):
        payload = draw(st.one_of(html_page(), st.binary(max_size=200)))
        rec = warc_record(draw(st.sampled_from([f"https://ex.org/{i}", "", "not a uri", "https://ex.org/[x]"])),
                          payload, status=draw(st.sampled_from(["200 OK", "301 Moved", "200", "abc", "500 X"])),
                          ctype=draw(st.sampled_from(["text/html", "text/html; charset=koi8-r", "image/png", ""])),
                          rec_type=draw(st.sampled_from(["response", "resource", "request", "warcinfo"])),
                          length_delta=draw(st.sampled_from([0, 0, 0, -5, 7, -10**6])))
        records.append(gzip.compress(rec) if draw(st.booleans()) else rec)
    data = b"".join(records)
    cut = draw(st.one_of(st.none(), st.none(), st.integers(min_value=10, max_value=max(10, len(data)))))
    return data if cut is None else data[:cut]


# --------------------------------------------------------------------------- anything

def any_input():
    """One input of any format, or random bytes, plain text in an odd encoding, a gzip of one of them."""
    import gzip

    text_bytes = st.builds(encode, odd_text, encodings)
    one = st.one_of(telegram_export(), html_page(), tg_archive_page(), feed(), warc(), text_bytes,
                    st.binary(max_size=300))
    return st.one_of(one, one.map(gzip.compress), one.map(lambda b: gzip.compress(b)[: max(2, len(b) // 2)]))
