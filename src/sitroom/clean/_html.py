"""HTML pages: trafilatura finds the main text and metadata; htmldate reads the publication day and we add its
time from the page's meta tags (both keep only the day), take photo captions apart, and run our line rules over
its output (promotional and navigation lines that sit inside the article container).

Publication day: htmldate (`original_date`, no extensive search) scored 0.933 exact / 0.973 within a day on the
75 ISW and ScrapingHub pages with a known date, our meta tags alone 0.840 / 0.933 (benchmarks/dates.py; 0.853
exact for htmldate when the page's canonical URL, where the ScrapingHub gold comes from, is hidden from it)."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from sitroom.clean._depth import flatten_deep
from sitroom.clean._lines import ends_sentence, is_boilerplate, is_caption, is_prose, reference_lines, weight
from sitroom.clean._options import CleanOptions

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_ISO = re.compile(r"^\s*(\d{4}-\d\d-\d\d)(?:[T ](\d\d:\d\d(?::\d\d)?)(?:\.\d+)?\s*(Z|[+-]\d\d:?\d\d)?)?")
SHORT_TEXT = 120   # words: an extraction this short is checked against trafilatura's default mode
# Meta tags that carry the publication time, most specific first.
_META_XPATHS = (
    '//meta[@property="article:published_time"]/@content',
    '//meta[@name="article:published_time"]/@content',
    '//meta[@property="og:published_time"]/@content',
    '//meta[@itemprop="datePublished"]/@content',
    '//*[@itemprop="datePublished"]/@datetime',
    '//meta[@name="pubdate"]/@content',
    '//meta[@name="publishdate"]/@content',
    '//meta[@name="publish-date"]/@content',
    '//meta[@name="date"]/@content',
    '//meta[@name="dc.date.issued"]/@content',
    '//meta[@name="DC.date.issued"]/@content',
)


@dataclass
class CleanedHtml:
    paragraphs: list[str]
    title: str | None = None
    published: str | None = None
    author: str | None = None
    outlet: str | None = None
    url: str | None = None
    captions: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


def iso_datetime(value: str | None) -> str | None:
    """An ISO 8601 date or date-time as given (fractions of a second dropped); None if not ISO-like."""
    m = _ISO.match(value or "")
    if not m:
        return None
    day, time, zone = m.groups()
    if int(day[:4]) < 1990:                 # placeholders such as 0001-01-01T00:00:00 are not dates
        return None
    if not time:
        return day
    zone = "" if not zone else ("+00:00" if zone == "Z" else zone if ":" in zone or len(zone) != 5 else zone[:3] + ":" + zone[3:])
    return f"{day}T{time}{zone}"


def _jsonld_published(tree) -> str | None:
    for node in tree.xpath('//script[@type="application/ld+json"]/text()'):
        for m in re.finditer(r'"datePublished"\s*:\s*"([^"]+)"', node):
            if found := iso_datetime(m.group(1)):
                return found
    return None


def page_published(tree, url: str | None = None) -> str | None:
    """The publication day htmldate reads (header, JSON-LD, the page's URL; the original date, not the last
    change), with the time of day the meta tags or JSON-LD state for that same day; else what they state."""
    from htmldate import find_date

    stated = stated_published(tree)
    try:
        day = find_date(tree, url=url, original_date=True, extensive_search=False)
    except (AssertionError, ValueError, TypeError):  # htmldate's own pruning trips on some odd trees (lxml asserts)
        day = None
    if day is None:
        return stated
    return stated if stated and stated[:10] == day else day


def stated_published(tree) -> str | None:
    """The most precise publication date-time the page states in meta tags or JSON-LD."""
    candidates = []
    for xp in _META_XPATHS:
        candidates += [iso_datetime(v) for v in tree.xpath(xp)]
    candidates.append(_jsonld_published(tree))
    found = [c for c in candidates if c]
    with_time = [c for c in found if "T" in c]
    return (with_time or found or [None])[0]


def figure_captions(tree) -> list[str]:
    out: list[str] = []
    for el in tree.xpath('//figcaption | //*[contains(concat(" ", normalize-space(@class), " "), " caption ")]'):
        text = re.sub(r"\s+", " ", el.text_content()).strip()
        if text and text not in out and weight(text) <= 80:
            out.append(text)
    return out


def _repeats_title(line: str, title_key: str) -> bool:
    """The headline again at the top of the body (the <title> may add the outlet's name)."""
    if not title_key or ends_sentence(line) and not line.endswith(("?", "!")):
        return False
    words = line.lower().split()
    title_words = set(title_key.split())
    return line.lower() == title_key or (len(words) >= 3 and sum(w in title_words for w in words) >= 0.8 * len(words))


def _filter_lines(text: str, captions: list[str], opts: CleanOptions,
                  title: str | None = None) -> tuple[list[str], list[str]]:
    """Drop caption, boilerplate and reference-list lines from the extractor's output. Repeated lines stay: in an
    extracted article they are table cells, list items and refrains, not template debris."""
    caption_set = {c.lower() for c in captions}
    title_key = (title or "").strip().lower()
    kept: list[str] = []
    removed: list[str] = []
    lines = [s.strip() for s in text.splitlines()]
    references = reference_lines(lines)
    for i, line in enumerate(lines):
        if not line:
            continue
        if i in references:
            removed.append(line)
            continue
        key = line.lower()
        prose = is_prose(line, opts.min_sentence_words)
        if key in caption_set or is_caption(line):
            if line not in captions:
                captions.append(line)
            if opts.captions_in_body:
                kept.append(line)
        elif is_boilerplate(line, prose) or (not kept and _repeats_title(line, title_key)):
            removed.append(line)
        else:
            kept.append(line)
    return kept, removed


def _load_page(html: str):
    """The page as an lxml tree rooted at <html>. An XHTML page keeps its XML declaration out of the parse (with it,
    lxml returns the first element as the root, and htmldate's pruning then asserts on a parentless node)."""
    from lxml import etree
    from trafilatura.utils import load_html

    tree = load_html(_XML_DECLARATION.sub("", html, count=1))
    if tree is not None and tree.tag != "html":
        root = etree.Element("html")
        etree.SubElement(root, "body").append(tree)
        tree = root
    return tree


def clean_html(html: str, options: CleanOptions | None = None, *, url: str | None = None) -> CleanedHtml:
    from trafilatura import bare_extraction

    opts = options or CleanOptions()
    html = flatten_deep(html)
    tree = _load_page(html)
    if tree is None:
        return CleanedHtml(paragraphs=[])
    published = page_published(tree, url)
    captions = figure_captions(tree) if opts.captions else []
    doc = bare_extraction(tree, url=url, favor_precision=opts.favor_precision, include_comments=False,
                          include_tables=True, with_metadata=True)
    if opts.favor_precision and (doc is None or weight(doc.text or "") < SHORT_TEXT):
        # Precision mode sometimes keeps only a teaser of the article; the default mode then decides.
        tree = _load_page(html)
        fuller = bare_extraction(tree, url=url, include_comments=False, include_tables=True, with_metadata=True)
        if fuller is not None and (doc is None or weight(fuller.text or "") > 2 * weight(doc.text or "")):
            doc = fuller
    if doc is None:
        return CleanedHtml(paragraphs=[], published=published, captions=captions)
    paragraphs, removed = _filter_lines(doc.text or "", captions, opts, doc.title)
    return CleanedHtml(
        paragraphs=paragraphs, title=doc.title or None, published=published or doc.date or None,
        author=doc.author or None, outlet=doc.sitename or None, url=url or article_url(doc.url),
        captions=captions if opts.captions else [], removed=removed,
    )


def article_url(url: str | None) -> str | None:
    """A page's own URL (canonical or og:url), None when it names only a site's home page: pages of one site that all
    declare "http://dev-isw.bivings.com/" have no URL of their own, and would share one evidence link."""
    if not url:
        return None
    parts = urlsplit(url)
    return url if parts.path.strip("/") or parts.query else None
