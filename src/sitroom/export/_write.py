"""`export`: a table of a store written as JSON lines, CSV, Parquet or ACLED-style CSV, streamed page by page.

Memory holds one page of records (and, for Parquet, one row group), whatever the size of the store. A file is
written under a temporary name beside it and renamed when complete: an export that fails leaves no partial file.
"""
from __future__ import annotations

import csv
import io
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Callable, Iterable, Iterator

from sitroom.export import _acled
from sitroom.export._records import RECORDS
from sitroom.export._shapes import SHAPES, Column, columns, csv_row, flat

TABLES = ("events", "claims", "series", "documents")
FORMATS = ("jsonl", "csv", "parquet", "acled")
PAGE_SIZE = 500            # records read per query (the largest page a Store read gives)
ROW_GROUP = 10_000          # Parquet rows per row group (a row group is held in memory until written)


class ExportError(ValueError):
    """An export asked for that cannot be made (an unknown table or format, ACLED of a table other than events)."""


@dataclass(frozen=True)
class ExportReport:
    table: str
    format: str
    rows: int                # records written
    skipped: int = 0         # records left out (ACLED: events of types ACLED does not code)


def check(table: str, format: str) -> None:
    """Raise ExportError unless `table` and `format` name an export that can be made."""
    if table not in TABLES:
        raise ExportError(f"unknown table {table!r}: choose one of {', '.join(TABLES)}")
    if format not in FORMATS:
        raise ExportError(f"unknown format {format!r}: choose one of {', '.join(FORMATS)}")
    if format == "acled" and table != "events":
        raise ExportError(f"the acled format is a table of events, not of {table}: use --table events")


def export_columns(table: str, format: str) -> list[str]:
    """The column names a CSV, Parquet or ACLED export of `table` writes, in order."""
    check(table, format)
    return list(_acled.COLUMNS) if format == "acled" else [c.name for c in columns(SHAPES[table])]


def export(store, table: str, format: str, out: str | Path | IO[bytes], *, since: str | None = None,
           until: str | None = None, page_size: int = PAGE_SIZE,
           on_rows: Callable[[int], None] | None = None) -> ExportReport:
    """Write `table` of `store` to `out` (a path, or a binary stream such as stdout's buffer) as `format`.

    `since` / `until` (YYYY-MM-DD, inclusive) bound the records' day: an event's date, a claim's or a document's
    publication day, a series point's as-of day. `on_rows(n)` is called after each page with the records written.
    Raises ExportError for an export that cannot be made (before anything is opened) and OSError when `out` cannot be
    written.
    """
    check(table, format)
    pages: Iterator[list[Any]] = (_acled.acled_pages(store, since, until, page_size) if format == "acled"
                                  else RECORDS[table](store, since, until, page_size))
    if isinstance(out, (str, Path)):
        path = Path(out)
        if path.is_dir():
            raise IsADirectoryError(21, "is a folder, not a file", str(path))
        part = path.with_name(f".{path.name}.part")
        try:
            with part.open("wb") as f:
                report = _write(f, table, format, pages, on_rows)
            os.replace(part, path)
        finally:
            part.unlink(missing_ok=True)
        return report
    return _write(out, table, format, pages, on_rows)


def _write(f: IO[bytes], table: str, format: str, pages: Iterator[list[Any]],
           on_rows: Callable[[int], None] | None) -> ExportReport:
    counts = [0, 0]

    def kept() -> Iterator[list[Any]]:
        for page in pages:
            rows = [r for r in page if r is not None]
            counts[0] += len(rows)
            counts[1] += len(page) - len(rows)
            yield rows
            if on_rows:
                on_rows(len(rows))

    if format == "parquet":
        _parquet(f, columns(SHAPES[table]), kept())
    else:
        text = io.TextIOWrapper(f, encoding="utf-8", newline="")
        try:
            if format == "jsonl":
                for page in kept():
                    text.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in page)
            elif format == "acled":
                _csv(text, list(_acled.COLUMNS), ([[("" if r[c] is None else str(r[c])) for c in _acled.COLUMNS]
                                                   for r in page] for page in kept()))
            else:
                cols = columns(SHAPES[table])
                _csv(text, [c.name for c in cols], ([csv_row(r, cols) for r in page] for page in kept()))
            text.flush()
        finally:
            text.detach()           # the caller owns `f` (stdout stays open)
    return ExportReport(table, format, counts[0], counts[1])


def _csv(text: IO[str], header: list[str], pages: Iterable[list[list[str]]]) -> None:
    w = csv.writer(text, lineterminator="\n")
    w.writerow(header)
    for rows in pages:
        w.writerows(rows)


def _parquet(f: IO[bytes], cols: list[Column], pages: Iterable[list[dict[str, Any]]]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([pa.field(c.name, pa.list_(pa.type_for_alias(c.type)) if c.is_list
                                 else pa.type_for_alias(c.type)) for c in cols])
    with pq.ParquetWriter(f, schema, compression="zstd") as writer:
        group: list[dict[str, Any]] = []
        for page in pages:
            group += [flat(r, cols) for r in page]
            if len(group) >= ROW_GROUP:
                writer.write_table(pa.Table.from_pylist(group, schema=schema))
                group = []
        if group:
            writer.write_table(pa.Table.from_pylist(group, schema=schema))
