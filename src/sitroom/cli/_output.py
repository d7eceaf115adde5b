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
        t = Table(title=title, show_lines=lines)
        for c in columns:
            t.add_column(c, overflow="fold")
        for r in rows:
            t.add_row(*(_cell(r.get(c)) for c in columns))
        (out if width is None else Console(width=width)).print(t)


def open_store(db: str, *, must_exist: bool = True):
    """The store at `db` (a path or an SQLAlchemy URL); a clear error when a path that must exist does not."""
    from sitroom.store import Store, StoreOpenError

    if "://" not in db:
        if must_exist and not Path(db).exists():
            fail(f"no database at {db} (run `sitroom ingest` first)")
        if Path(db).is_dir():
            fail(f"{db} is a folder, not a database file")
    try:
        return Store(db)
    except StoreOpenError as e:
        fail(str(e))
