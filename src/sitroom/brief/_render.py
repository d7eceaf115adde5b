"""Laying out a briefing's `Layout` as plain text (72 columns), Markdown or HTML. No wording is made here."""
from __future__ import annotations

import re
import textwrap
from functools import lru_cache
from urllib.parse import quote, urlsplit

from sitroom.brief._wording import Layout, Line, Span, opens_quoted, quotation

FORMATS = ("md", "html", "text")
WIDTH = 72


def safe_href(href: str | None) -> str | None:
    """A link a reader may follow: http(s) URLs and plain paths; anything else (javascript:, data:) is not linked."""
    if not href:
        return None
    scheme = urlsplit(href).scheme.lower()
    if scheme in ("http", "https") or (scheme == "" and not href.startswith("//")):
        return href
    if len(scheme) == 1:          # a Windows drive letter: a path
        return href
    return None


# --------------------------------------------------------------------------- plain text

class _Refs:
    """Numbered references: each distinct evidence link gets a number the first time a line cites it."""

    def __init__(self) -> None:
        self.numbers: dict[str, tuple[int, str]] = {}

    def line(self, spans: Line) -> str:
        out = []
        for s in spans:
            out.append(quotation(s.text) if s.quote else s.text)
            if s.href:
                n = self.numbers.setdefault(s.href, (len(self.numbers) + 1, s.label or s.text))[0]
                out.append(f" [{n}]")
        return "".join(out)


def _wrap(text: str, indent: str = "", hang: str | None = None, width: int = WIDTH) -> list[str]:
    return textwrap.wrap(text, width=width, initial_indent=indent, subsequent_indent=indent if hang is None else hang,
                         break_long_words=False, break_on_hyphens=False) or [""]


def to_text(layout: Layout, width: int = WIDTH) -> str:
    refs = _Refs()
    out = [layout.title, "=" * len(layout.title), ""]
    for p in layout.intro:
        out += _wrap(p, width=width)
    for sec in layout.sections:
        out += ["", sec.title.upper(), "-" * len(sec.title), ""]
        for p in sec.intro:
            out += _wrap(p, width=width)
        for bi, block in enumerate(sec.blocks):
            if bi:
                out.append("")
            indent = "   "
            if block.title:
                num = block.title.split(" ", 1)[0]
                indent = " " * max(3, len(num) + 1)       # "10. Attacks …": its lines under the title's words
                out += _wrap(block.title, hang=indent, width=width)
            if block.meta:
                out += _wrap(block.meta, indent, width=width)
            for item in block.items:
                if out[-1]:
                    out.append("")
                out += _wrap(refs.line(item.head), "   - ", "     ", width=width)
                for ln in item.lines:
                    out += _wrap(refs.line(ln), "     ", "       ", width=width)
    if refs.numbers:
        out += ["", "EVIDENCE", "--------", ""]
        for href, (n, label) in refs.numbers.items():
            tag = f"[{n}] "
            out += _wrap(label, tag, " " * len(tag), width=width)
            out.append(" " * len(tag) + href)
    return "\n".join(line.rstrip() for line in out) + "\n"


# --------------------------------------------------------------------------- Markdown

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")


def _md_escape(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", text)


def _md_line(spans: Line) -> str:
    out = []
    for s in spans:
        t = _md_escape(quotation(s.text) if s.quote else s.text)
        if s.quote:
            t = f"*{t}*"
        href = safe_href(s.href)
        if href:
            t = f"[{t}](<{quote(href, safe=':/?#[]@!$&()*+,;=%-._~')}>)"
        out.append(t)
    return "".join(out)


def to_markdown(layout: Layout) -> str:
    out = [f"# {_md_escape(layout.title)}", ""]
    for p in layout.intro:
        out += [_md_escape(p), ""]
    for sec in layout.sections:
        out += [f"## {_md_escape(sec.title)}", ""]
        for p in sec.intro:
            out += [_md_escape(p), ""]
        for block in sec.blocks:
            if block.title:
                out += [f"### {_md_escape(block.title)}", ""]
            if block.meta:
                out += [_md_escape(block.meta), ""]
            for item in block.items:
                out.append(f"- **{_md_line(item.head)}**")
                out += [f"  - {_md_line(ln)}" for ln in item.lines]
            out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


# --------------------------------------------------------------------------- HTML

@lru_cache(maxsize=1)
def _env():
    from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

    env = Environment(loader=PackageLoader("sitroom.brief", "templates"), autoescape=select_autoescape(["html"]),
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    env.filters["safe_href"] = safe_href
    env.tests["opens_quoted"] = opens_quoted
    return env


def to_html(layout: Layout) -> str:
    return _env().get_template("briefing.html").render(layout=layout)


def to_html_article(layout: Layout) -> str:
    """The briefing's `<article>` alone (what `to_html` puts in its page), for a page that has its own frame."""
    return _env().get_template("briefing_article.html").render(layout=layout)


def render(layout: Layout, format: str) -> str:
    if format == "text":
        return to_text(layout)
    if format == "md":
        return to_markdown(layout)
    if format == "html":
        return to_html(layout)
    raise ValueError(f"unknown briefing format {format!r} (one of {', '.join(FORMATS)})")
