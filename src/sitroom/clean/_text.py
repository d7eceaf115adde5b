"""Our own cleaner for plain text scraped from a news page (navigation and all).

Each line gets a label from cheap features (see _lines): title, dateline, caption, boilerplate,
duplicate, prose, other. The article body is then the densest block of prose lines (a maximum-sum
segment where prose lines score their word count and other lines cost a little), so menus, teasers,
comment threads and the trailing block of links after the article fall away.

Those rules protect a body (see `has_body`). A text without one - a headline, a post, a lede without its full stop,
a list of short items - has nothing to protect: every line with words in it is the text (only its date line is taken out as metadata)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from sitroom.clean._dateline import parse_dateline, parse_timeline
from sitroom.clean._lines import (ends_sentence, is_boilerplate, is_caption, is_credit_only, is_headline, is_prose,
                                  reference_lines, strip_bullet, weight)
from sitroom.clean._options import CleanOptions

TOP_LINES = 40          # title and date lines are looked for among the first lines only
NON_PROSE_COST = 5      # what a non-prose line inside the body block costs (in words of prose) ...
GAP_COST = 15           # ... and each one after the first GAP_LINES in a row: a block of them ends the article
GAP_LINES = 2
STAMP_COST = 25         # a date/time stamp line after the article's own date opens a comment or a teaser
_STAMP = re.compile(r"\b(?:\d+|an?) (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?) ago\b|"
                    r"\b(?:said|says|wrote|writes):$", re.I)
PROSE_CAP = 80          # one very long line must not outweigh a whole article elsewhere
BODY_LINES = 2          # a body to protect: at least this many prose lines, or one prose paragraph this long,
BODY_WORDS = 40         # or one under a headline or a date line
_LETTER = re.compile(r"[^\W\d_]")


@dataclass
class CleanedText:
    paragraphs: list[str]
    title: str | None = None
    published: str | None = None
    captions: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


@dataclass
class _Line:
    index: int
    text: str
    blank_before: bool
    label: str = ""          # title | date | caption | boilerplate | duplicate | prose | other
    prose: bool = False


def _normal(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().lower()


def unwrap(text: str) -> str:
    """Join hard-wrapped paragraphs (fixed-width text: most lines near one width) back into one line each."""
    lines = text.splitlines()
    lengths = sorted(len(s.rstrip()) for s in lines if s.strip())
    if len(lengths) < 6:
        return text
    width = lengths[int(len(lengths) * 0.9)]
    near = sum(1 for n in lengths if n >= 0.75 * width)
    if not (50 <= width <= 100 and near >= 0.6 * len(lengths) and lengths[-1] <= width + 5):
        return text
    out: list[str] = []
    for line in lines:
        if out and out[-1].strip() and line.strip() and len(out[-1].rstrip()) >= 0.75 * width \
                and not line.lstrip().startswith(("*", "-", "•")):
            out[-1] = out[-1].rstrip() + " " + line.strip()
        else:
            out.append(line)
    return "\n".join(out)


def _label_lines(lines: list[_Line], opts: CleanOptions) -> tuple[str | None, str | None]:
    seen: set[str] = set()
    references = reference_lines([ln.text for ln in lines])
    for i, ln in enumerate(lines):
        ln.prose = is_prose(ln.text, opts.min_sentence_words)
        key = _normal(ln.text)
        if i in references:
            ln.label = "boilerplate"                          # a references list: bare links, line after line
        elif opts.dedupe_lines and key in seen and weight(ln.text) >= 1:
            ln.label = "duplicate"
        elif is_caption(ln.text):
            ln.label = "caption"
        elif is_boilerplate(ln.text, ln.prose):
            ln.label = "boilerplate"
        seen.add(key)
    # A bare credit line ("(Jane Doe / AP)") makes the caption line just above it a caption too.
    for prev, ln in zip(lines, lines[1:]):
        if ln.label == "caption" and is_credit_only(ln.text) and not ln.blank_before and not prev.label \
                and weight(prev.text) <= 60:
            prev.label = "caption"
    title = published = None
    top = lines[:TOP_LINES]
    first_prose = next((i for i, ln in enumerate(lines) if ln.prose and not ln.label), len(lines))
    head = _headline_index(top, first_prose)
    if head is not None:
        top[head].label, title = "title", top[head].text
    for i, ln in enumerate(top):
        # "Updated 25 November 2023, 09:12 GMT" reads as page furniture, and it is the article's date
        if i > first_prose or ln.label not in ("", "boilerplate") or ln.prose:
            continue
        found = parse_dateline(ln.text)
        if found:
            ln.label, published = "date", found
            nxt = lines[i + 1] if i + 1 < len(lines) else None
            if "T" not in found and nxt is not None and not nxt.label and (t := parse_timeline(nxt.text)):
                published = f"{found}T{t[0]:02d}:{t[1]:02d}"
                nxt.label = "date"
            break
    for ln in lines:
        if not ln.label:
            ln.label = "prose" if ln.prose else "other"
        if ln.label == "other" and (_STAMP.search(ln.text) or parse_dateline(ln.text, max_other_words=6)):
            ln.label = "stamp"
    _label_lists(lines)
    return title, published


LIST_ITEM_WORDS = 12    # a list item of figures is short: "12 tanks;", "about 170 artillery pieces."
_DIGIT = re.compile(r"\d")


def _label_lists(lines: list[_Line]) -> None:
    """A list of figures under a lead-in that ends with a colon ("According to the General Staff: ¶ • 12 tanks; ¶ •
    30 armoured vehicles;") is text: lead-in and items become "list" lines, which count as prose. Only short items
    with a figure (a short sentence only right under the line before it), and only under a lead-in of words that is
    not page furniture ("Read more:" is boilerplate), so a menu or a list of links stays out."""
    i = 0
    while i < len(lines):
        head = lines[i]
        if head.label not in ("prose", "other") or not head.text.rstrip().endswith(":") or weight(head.text) < 2:
            i += 1
            continue
        j = i + 1
        while j < len(lines) and (lines[j].label == "other" or lines[j].label == "prose" and not lines[j].blank_before) \
                and weight(lines[j].text) <= LIST_ITEM_WORDS and _DIGIT.search(lines[j].text) \
                and _LETTER.search(lines[j].text):
            j += 1
        if j - i >= 2:
            for ln in lines[i:j]:
                ln.label = "list"
        i = max(j, i + 1)


def _headline_index(top: list[_Line], first_prose: int) -> int | None:
    """The headline: the first line when it reads as one; else, under page furniture ("Menu", "News", "Politics"),
    the last headline-like line before the first prose that the article's date line or its first prose follows."""
    def headline(ln: _Line) -> bool:
        return not ln.label and is_headline(ln.text) and not parse_dateline(ln.text)

    if top and headline(top[0]):
        return 0
    found = None
    for i in range(1, min(first_prose, len(top))):
        nxt = top[i + 1] if i + 1 < len(top) else None
        if headline(top[i]) and nxt is not None and (nxt.prose or parse_dateline(nxt.text)):
            found = i
    return found


def _densest_block(lines: list[_Line]) -> tuple[int, int]:
    """Indices [start, end] of the maximum-sum run: prose lines gain their word count, others cost."""
    best, best_span = 0.0, (0, -1)
    run, start, gap = 0.0, 0, 0
    for i, ln in enumerate(lines):
        if ln.label in ("prose", "list"):
            gain, gap = float(min(weight(ln.text), PROSE_CAP)), 0
        elif ln.label in ("title", "date", "caption", "duplicate"):
            gain = 0.0
        elif ln.label == "stamp":
            gain, gap = -float(STAMP_COST), gap + 1
        else:
            gap += 1
            gain = -float(NON_PROSE_COST if gap <= GAP_LINES else GAP_COST)
        if run <= 0:
            run, start = gain, i
        else:
            run += gain
        if run > best:
            best, best_span = run, (start, i)
    return best_span


def _is_subheading(lines: list[_Line], i: int) -> bool:
    """A short heading between paragraphs of the body: followed by prose, not a sentence, few words."""
    ln = lines[i]
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    return (ln.label == "other" and 2 <= weight(ln.text) <= 14 and not ends_sentence(ln.text.rstrip(":"))
            and nxt is not None and nxt.label == "prose")


def clean_plain_text(text: str, options: CleanOptions | None = None) -> CleanedText:
    opts = options or CleanOptions()
    lines: list[_Line] = []
    blank = True
    for i, raw in enumerate(unwrap(text).splitlines()):
        s = strip_bullet(raw)
        if not s:
            blank = True
            continue
        lines.append(_Line(i, s, blank))
        blank = False
    title, published = _label_lines(lines, opts)
    if not has_body(lines):
        return _short_text(lines, title, published)
    start, end = _densest_block(lines) if opts.body_block else (0, len(lines) - 1)
    out = CleanedText(paragraphs=[], title=title, published=published)
    for i, ln in enumerate(lines):
        inside = start <= i <= end
        if ln.label == "caption":
            if ln.text not in out.captions:
                out.captions.append(ln.text)
            if opts.captions_in_body and inside:
                out.paragraphs.append(ln.text)
        elif ln.label in ("title", "date"):
            continue
        elif inside and ln.label == "list" and i > 0 and lines[i - 1].label == "list" and out.paragraphs \
                and out.paragraphs[-1].endswith(lines[i - 1].text):
            out.paragraphs[-1] += "\n" + ln.text             # a list and its lead-in stay one paragraph
        elif inside and (ln.label in ("prose", "list") or _is_subheading(lines, i)):
            out.paragraphs.append(ln.text)
        else:
            out.removed.append(ln.text)
    return out


def has_body(lines: list[_Line]) -> bool:
    """Whether the text has an article body the boilerplate rules must protect: several prose lines, one long
    paragraph, or a prose paragraph under a headline or a date line (the shape of a page). Below that - a headline, a
    post, a lede without its full stop, a list - there is nothing to tell a body from its page furniture."""
    prose = [weight(ln.text) for ln in lines if ln.label == "prose"]
    page = any(ln.label in ("title", "date") for ln in lines)
    return len(prose) >= BODY_LINES or sum(prose) >= BODY_WORDS or (bool(prose) and page)


def _short_text(lines: list[_Line], title: str | None, published: str | None) -> CleanedText:
    """A text without a body to protect is all text: every line with a letter in it, the headline too. Only the
    date line becomes metadata (when something else is left), and a repeated line is read once."""
    words = [ln for ln in lines if _LETTER.search(ln.text) and ln.label != "duplicate"]
    body = [ln for ln in words if ln.label != "date"] or words
    out = CleanedText(paragraphs=[ln.text for ln in body], title=title, published=published)
    out.captions = [ln.text for ln in body if ln.label == "caption"]
    out.removed = [ln.text for ln in lines if ln not in body and ln.label != "date"]
    if not any(ln.label == "date" for ln in body) or published is None:
        return out
    out.published = None          # the date line was the only text: it is text, not the document's date
    return out
