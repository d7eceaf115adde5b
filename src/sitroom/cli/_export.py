"""`sitroom export`: a table of the store as JSON lines, CSV, Parquet or ACLED-style CSV (`sitroom.export`)."""
from __future__ import annotations

import sys
from enum import Enum
from typing import Optional

import typer
from rich.markup import escape

from sitroom.cli._app import DbOpt, app
from sitroom.cli._options import DATE_HELP, since_date, until_date
from sitroom.cli._output import err, fail, open_store
from sitroom.export import FORMATS, TABLES
from sitroom.lexicon import count

Table = Enum("Table", {t: t for t in TABLES}, type=str)
Format = Enum("Format", {f: f for f in FORMATS}, type=str)


@app.command("export")
def export_cmd(
    table: Table = typer.Option(..., "--table", "-t", help="What to export."),
    format: Format = typer.Option(Format.jsonl, "--format", "-f",
                                  help="jsonl, csv, parquet, or acled (an ACLED-style CSV of events)."),
    since: Optional[str] = typer.Option(None, callback=since_date,
                                        help=f"Records of this day or later ({DATE_HELP}): an event's date, a claim's "
                                             "or document's publication, a series point's as-of date."),
    until: Optional[str] = typer.Option(None, callback=until_date, help=f"Records of this day or earlier ({DATE_HELP})."),
    db: str = DbOpt,
    out: str = typer.Option("-", "--out", "-o", help="File to write (replaced when complete), or - for standard output."),
) -> None:
    """Write a whole table, streamed (memory stays flat however big the store): JSON lines in the shapes `events`,
    `claims`, `figures` and `extract` print; CSV and Parquet with flat columns; ACLED-style CSV of events."""
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from sitroom.export import ExportError, check, export

    try:
        check(table.value, format.value)
    except ExportError as exc:
        fail(str(exc))
    store = open_store(db)
    to_file = out != "-"
    failed = None
    with Progress(SpinnerColumn(), TextColumn("exporting {task.description}: {task.completed:,.0f} rows"),
                  TimeElapsedColumn(), console=err, transient=True, disable=not (to_file and err.is_terminal)) as bar:
        task = bar.add_task(table.value, total=None)
        try:
            if to_file:
                report = export(store, table.value, format.value, out, since=since, until=until,
                                on_rows=lambda n: bar.advance(task, n))
            else:
                sys.stdout.flush()
                report = export(store, table.value, format.value, sys.stdout.buffer, since=since, until=until)
                sys.stdout.buffer.flush()
        except OSError as exc:
            failed = exc
    if failed is not None:
        fail(f"cannot write {out}: {failed.strerror or failed}", 1)
    left_out = f", {report.skipped} left out (types ACLED does not code)" if report.skipped else ""
    noun = {"events": "event", "claims": "claim", "documents": "document", "series": "series point"}[table.value]
    err.print(escape(f"{count(report.rows, noun)} exported as {format.value}{left_out} → "
                     f"{out if to_file else 'standard output'}"), highlight=False)
