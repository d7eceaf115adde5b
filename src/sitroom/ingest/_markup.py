"""Visible text of an HTML element or fragment (a post, a feed entry): line breaks where the markup breaks lines,
links with their address, scripts and styles left out."""
from __future__ import annotations

import re

_PARAGRAPHS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "ul", "ol"})
_LINES = frozenset({"div", "li", "tr", "dt", "dd", "figcaption"})

def element_text(el) -> str:
    """Visible text of an element with <br> and block ends as line breaks, and links with their address."""
    from lxml import etree

    out: list[str] = []
    add = lambda piece: out.append(re.sub(r"\s+", " ", piece))  # noqa: E731 - markup whitespace is one space

    def walk(node) -> None:
        if node.tag is etree.Comment:
            if node.tail:
                add(node.tail)
            return
        tag = node.tag.lower() if isinstance(node.tag, str) else ""
        if tag == "br":
            out.append("\n")
        elif tag in ("script", "style"):
            pass
        else:
            if node.text:
                add(node.text)
            for child in node:
                walk(child)
            href = node.get("href") if tag == "a" else None
            if href and href.startswith("http") and href not in node.text_content():
                out.append(f" ({href})")
            if tag in _PARAGRAPHS:
                out.append("\n\n")
            elif tag in _LINES:
                out.append("\n")
        if node.tail and node is not el:
            add(node.tail)

    walk(el)
    lines = [" ".join(line.split()) for line in "".join(out).split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def fragment_text(html: str) -> str:
    """The visible text of an HTML fragment; plain text without markup comes back as it is."""
    from lxml import html as lxml_html

    if "<" not in html:
        return html.strip()
    try:
        root = lxml_html.fragment_fromstring(html, create_parent="div")
    except Exception:  # lxml raises several types for unparsable markup
        return re.sub(r"<[^>]*>", " ", html).strip()
    return element_text(root)
