"""The one loader for the data files shipped in `src/sitroom/data/` (lexicons, tables, the JSON schema).

A name is a path relative to `data/`: language-neutral tables sit at the top (`countries.json`,
`places_gazetteer.tsv`), a language's words in its own folder (`en/timex.json`, `en/coder.tsv`) — spaCy's `lang/`
idea, so adding a language is adding a folder. `data/README.md` says what every file and key holds, its source and
its licence.

    >>> from sitroom import lexicon
    >>> lexicon.load_json("en/common.json")["months"]["january"]
    1
    >>> "never" in lexicon.word_set("en/common.json", "negation_adverbs")
    True

`load_json` and `word_set` read a file once per process and hand every caller the same object: treat it as
read-only. `load_tsv` is not cached (its callers build and cache their own tables from the rows).
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

__all__ = ["DataFileError", "count", "data_path", "read_text", "load_json", "load_tsv", "word_set", "words"]


class DataFileError(LookupError):
    """A shipped data file or key is missing (a packaging or spelling error, never a user error)."""


def data_path(name: str) -> Traversable:
    """The shipped file `data/<name>` (a Traversable; use `read_text` to read it)."""
    path = resources.files("sitroom").joinpath("data", *name.split("/"))
    if not path.is_file():
        raise DataFileError(f"no data file sitroom/data/{name}")
    return path


def read_text(name: str) -> str:
    """Text of `data/<name>` (UTF-8)."""
    return data_path(name).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def load_json(name: str) -> Any:
    """Parsed `data/<name>`, read once per process (shared: do not modify)."""
    return json.loads(read_text(name))


def load_tsv(name: str) -> list[list[str]]:
    """Rows of tab-separated `data/<name>`: every field kept as written (empty trailing fields too); blank lines and
    comment lines (first non-space character '#') skipped. A header line, if the file has one, is the first row."""
    return [line.split("\t") for line in read_text(name).splitlines()
            if line.strip() and not line.lstrip().startswith("#")]


def _value(name: str, key: str) -> Any:
    """`load_json(name)[key]`; a dotted key walks into nested objects ("reporting.claim")."""
    node = load_json(name)
    for part in key.split("."):
        if not isinstance(node, dict) or part not in node:
            raise DataFileError(f"sitroom/data/{name} has no key {key!r}")
        node = node[part]
    return node


@lru_cache(maxsize=None)
def word_set(name: str, key: str) -> frozenset:
    """The list (or the keys of the object) at `key` in `data/<name>` as a frozenset; a list item that is itself a
    list (a multi-word cue stored as its words) becomes a tuple."""
    return frozenset(w if isinstance(w, str) else tuple(w) for w in _value(name, key))


def words(name: str, key: str) -> tuple:
    """Like `word_set` but a tuple in the file's order (for lists where order matters, e.g. longest-first)."""
    return tuple(w if isinstance(w, str) else tuple(w) for w in _value(name, key))


def count(n: int, noun: str, plural: str | None = None) -> str:
    """'1 event', '2 events', '1,200 reports': a number and its noun, in the number's grammatical number."""
    return f"{n:,} {noun if n == 1 else (plural or noun + 's')}"
