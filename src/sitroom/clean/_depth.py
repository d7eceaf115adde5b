"""Pages nested deeper than the HTML parser goes keep their text.

libxml2 (under lxml and trafilatura) stops building the tree past 256 open elements and the page comes out empty:
"HTML without any text" for a page full of text. Generated pages and hostile ones nest that deep (a wrapper per
comment reply, a <div> per template layer). Past `MAX_DEPTH` open elements, the tags are dropped and the text kept;
a dropped block tag becomes a line break so that paragraphs stay apart.
"""
from __future__ import annotations

import re

MAX_DEPTH = 200
_VOID = frozenset("area base br col embed hr img input keygen link meta param source track wbr".split())
_BLOCK = frozenset("address article aside blockquote center dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 "
                   "h6 header li main nav ol p pre section table tbody td tfoot th thead tr ul".split())
# comments, raw-text elements (their content is not markup), and tags
_TOKEN = re.compile(r"<!--.*?(?:-->|\Z)|<(script|style|textarea|title)\b[^>]*>.*?(?:</\1\s*>|\Z)"
                    r"|<(/?)([A-Za-z][\w:.-]*)\b[^>]*?(/?)>", re.I | re.S)


def max_depth(html: str) -> int:
    """How many elements are open at once at most (void and self-closed tags do not count)."""
    depth = top = 0
    stack: list[str] = []
    for m in _TOKEN.finditer(html):
        close, name, selfclose = m.group(2), m.group(3), m.group(4)
        if name is None:
            continue
        name = name.lower()
        if close:
            if name in stack:
                while stack and stack.pop() != name:
                    pass
            depth = len(stack)
        elif name not in _VOID and not selfclose:
            stack.append(name)
            depth = len(stack)
            top = max(top, depth)
    return top


def flatten_deep(html: str, limit: int = MAX_DEPTH) -> str:
    """The page with every tag past `limit` open elements dropped (block tags become <br>); text untouched.
    Returns `html` itself when it is not that deep."""
    if html.count("<") <= limit or max_depth(html) <= limit:
        return html
    out: list[str] = []
    stack: list[tuple[str, bool]] = []          # (name, kept)
    pos = 0
    broken = False                              # a line break stands for the dropped tags since the last text

    def drop(low: str) -> None:
        nonlocal broken
        if low in _BLOCK and not broken:
            out.append("<br>")
            broken = True

    for m in _TOKEN.finditer(html):
        close, name, selfclose = m.group(2), m.group(3), m.group(4)
        if name is None:
            continue
        low = name.lower()
        between = html[pos:m.start()]
        out.append(between)
        broken = broken and not between.strip()
        pos = m.end()
        if close and any(n == low for n, _ in stack):
            while stack:
                n, kept = stack.pop()
                if n == low:
                    break
            if kept:
                out.append(m.group(0))
                broken = False
            else:
                drop(low)
        elif close or low in _VOID or selfclose or len(stack) < limit:
            if not (close or low in _VOID or selfclose):
                stack.append((low, True))
            out.append(m.group(0))
            broken = False
        else:
            stack.append((low, False))
            drop(low)
    out.append(html[pos:])
    return "".join(out)
