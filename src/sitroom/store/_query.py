"""User text made safe for the database's query languages: an FTS5 MATCH expression (SQLite), a tsquery
(PostgreSQL), a LIKE pattern.

What a user types in a search box is words, not FTS5 syntax: `'`, `"`, `%`, `*`, `-`, `:`, `AND`, `NEAR(` are
searched for as text (or ignored where they are not letters), never parsed; a raw FTS5 error must not reach them.
"""
from __future__ import annotations

import re

# the tsvector PostgreSQL searches documents by (title and text); migration 004 puts a GIN index on it
PG_DOCUMENT_VECTOR = "to_tsvector('simple', coalesce(title, '') || ' ' || text)"

_WORD = re.compile(r"\w+\*?", re.UNICODE)


def fts5_query(text: str) -> str | None:
    """Every word of `text` as a quoted FTS5 string, all required; a word written with a trailing `*` matches as a
    prefix. None when `text` has no word at all (nothing to search for)."""
    terms = []
    for m in _WORD.finditer(text or ""):
        word = m.group()
        prefix = word.endswith("*")
        word = word.rstrip("*")
        if word:
            terms.append('"' + word.replace('"', '""') + '"' + ("*" if prefix else ""))
    return " ".join(terms) or None


def tsquery(text: str) -> str | None:
    """The same words as a PostgreSQL `to_tsquery` expression (all required, `word*` a prefix); None if no word."""
    terms = []
    for m in _WORD.finditer(text or ""):
        word = m.group()
        prefix = word.endswith("*")
        word = word.rstrip("*").replace("_", " ").strip()
        if word:
            terms.append(" & ".join(w + (":*" if prefix else "") for w in word.split()))
    return " & ".join(terms) or None


def like_pattern(text: str, escape: str = "\\") -> str:
    """`%text%` with LIKE's wildcards in `text` escaped (use with ESCAPE `escape`)."""
    for ch in (escape, "%", "_"):
        text = text.replace(ch, escape + ch)
    return f"%{text}%"


def check_limit(limit: int | None) -> int | None:
    """A row limit: None (all rows) or a positive integer; anything else is a ValueError naming it."""
    if limit is None:
        return None
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise ValueError(f"limit must be a positive whole number, not {limit!r}")
    return limit
