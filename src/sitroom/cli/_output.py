"""Everything the CLI prints goes through here: one table / JSON / CSV writer, errors, opening a store."""
from __future__ import annotations

import csv
import io
import json
import sys
from dataclasses import asdict, is_dataclass
from enum import Enum
from pathlib import Path
from typing import Any, Iterable

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

out = Console()
err = Console(stderr=True, soft_wrap=True)   # paths and reasons stay whole (not wrapped)


class Fmt(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


class DocFmt(str, Enum):
    json = "json"
    table = "table"


def fail(msg: str, code: int = 2) -> None:
    """Print an error (no traceback) and leave with `code`."""
    err.print(f"[bold red]error:[/] {escape(msg)}", highlight=False, soft_wrap=True)   # a path is never cut
    raise typer.Exit(code)


def jsonable(data: Any) -> Any:
    """Records (dataclasses) as plain dicts and lists, as JSON writes them."""
    if is_dataclass(data) and not isinstance(data, type):
        return asdict(data)
    if isinstance(data, (list, tuple)):
        return [jsonable(x) for x in data]
    return data


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(jsonable(data), ensure_ascii=False, indent=2) + "\n")


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, (list, tuple)):
        return escape(", ".join(map(str, v)))
    return escape(str(v))


def print_rows(rows: Iterable[dict[str, Any]], columns: list[str], fmt: Fmt, *, title: str | None = None,
               data: Any = None, lines: bool = False, width: int | None = None) -> None:
    """Rows as a table or CSV (the named columns; lists as JSON in CSV), or `data` (default: the rows) as JSON."""
    rows = list(rows)
    if fmt is Fmt.json:
        print_json(rows if data is None else data)
    elif fmt is Fmt.csv:
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({c: (json.dumps(jsonable(r[c]), ensure_ascii=False) if isinstance(r.get(c), (list, tuple, dict))
                            else r.get(c)) for c in columns})
        sys.stdout.write(buf.getvalue())
    else:
        console = out if width is None else Console(width=width)
        cells = [[_cell(r.get(c)) for c in columns] for r in rows]
        # a terminal (or an explicit width) may hide free text; piped output keeps every column
        shown = _fitting(columns, cells, console.width) if console.is_terminal or width is not None else columns
        hidden = [c for c in columns if c not in shown]
        caption = (f"hidden for a terminal {console.width} columns wide: {', '.join(hidden)} (a wider terminal or "
                   "--format json shows them)") if hidden else None
        t = Table(title=title, show_lines=lines, caption=caption)
        for c in shown:
            t.add_column(c, overflow="fold")
        keep = [columns.index(c) for c in shown]
        for row in cells:
            t.add_row(*(row[i] for i in keep))
        if console.is_terminal or width is not None:
            console.print(t)
            return
        was = console.width              # piped: as wide as the cells need (Rich caps a print at the console width)
        console.width = max(was, _piped_width(columns, cells))
        try:
            console.print(t)
        finally:
            console.width = was


# Free-text columns are the first to go when a terminal is too narrow for the table at whole words: a column squeezed
# to a few characters splits every word, which reads worse than a column left out (and said so in the caption).
_DROP_FIRST = ("document", "reasons", "title", "evidence_b", "evidence_a", "evidence", "text")
_WORD_CAP = 14      # a longer word folds anyway


def _narrowest(col: str, cells: list[list[str]], columns: list[str]) -> int:
    """The width that keeps the column's header and words whole (up to `_WORD_CAP`); free text wraps at 12."""
    if col in _DROP_FIRST:
        return 12
    i = columns.index(col)
    return min(max([len(col), *(len(w) for row in cells for w in row[i].split())]), _WORD_CAP)


def _fitting(columns: list[str], cells: list[list[str]], width: int) -> list[str]:
    """The columns to show at `width`: all, or without free-text columns (in `_DROP_FIRST` order) until the rest
    fit at whole words. Short columns are never dropped; on a very narrow terminal Rich folds their words."""
    shown = list(columns)
    for c in _DROP_FIRST:
        if sum(_narrowest(k, cells, columns) + 3 for k in shown) + 1 <= width:   # + borders and padding
            break
        if c in shown and len(shown) > 1:
            shown.remove(c)
    return shown


_PIPED_TEXT = 60    # a free-text column of piped output wraps at this width
_PIPED_CELL = 40    # a short column's longest cell up to this stays on one line


def _piped_width(columns: list[str], cells: list[list[str]]) -> int:
    """The width piped output is printed at: every cell of a short column on one line and free text wrapped at
    `_PIPED_TEXT`, so `sitroom claims > file` reads like a wide terminal instead of folding words at 80 columns."""
    total = 1
    for i, c in enumerate(columns):
        longest = max([len(c), *(len(row[i]) for row in cells)])
        total += min(longest, _PIPED_TEXT if c in _DROP_FIRST else _PIPED_CELL) + 3
    return total


def open_store(db: str, *, must_exist: bool = True, write: bool = False):
    """The store at `db` (a path or an SQLAlchemy URL); a clear error when a path that must exist does not, and, for
    a command that writes (`write`), when the file or its folder cannot be written here (a store on a read-only
    mount is opened read-only: every reading command works on it)."""
    import os

    from sitroom.store import Store, StoreOpenError

    if "://" not in db:
        if must_exist and not Path(db).exists():
            fail(f"no database at {db} (run `sitroom ingest` first)")
        if Path(db).is_dir():
            fail(f"{db} is a folder, not a database file")
        if not write and Path(db).is_file() and Path(db).stat().st_size == 0:   # SQLite would make it a new store
            fail(f"{db} is an empty file, not a sitroom database (run `sitroom ingest` first)")
        folder = Path(db).parent
        if not Path(db).exists() and folder.is_dir() and not os.access(folder, os.W_OK):
            fail(f"cannot create the database at {db}: its folder is not writable here")
    try:
        store = Store(db)
    except StoreOpenError as e:
        fail(str(e))
    if write and getattr(store, "read_only", False):
        fail(f"{db} is read-only here (the file or its folder cannot be written): nothing was changed; "
             "it can still be read (events, claims, brief, export, serve)")
    return store
