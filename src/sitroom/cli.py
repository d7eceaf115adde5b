"""`sitroom` command line: parses arguments, calls the library, prints. Nothing else lives here."""
from __future__ import annotations

import csv
import io
import json
import sys
from dataclasses import asdict
from enum import Enum
from pathlib import Path
from typing import Any, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from sitroom.store import DEFAULT_DB

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="sitroom: sourced, time-resolved events and figure claims from news reporting.")
out = Console()
err = Console(stderr=True)


class Fmt(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


class DocFmt(str, Enum):
    json = "json"
    table = "table"


DbOpt = typer.Option(DEFAULT_DB, "--db", help="Database file (SQLite) or SQLAlchemy URL.")


def _fail(msg: str, code: int = 2) -> None:
    err.print(f"[bold red]error:[/] {msg}", highlight=False)
    raise typer.Exit(code)


def _print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _print_rows(rows: list[dict[str, Any]], columns: list[str], fmt: Fmt, title: str | None = None) -> None:
    if fmt is Fmt.json:
        _print_json(rows)
    elif fmt is Fmt.csv:
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({c: (json.dumps(r[c], ensure_ascii=False) if isinstance(r.get(c), (list, dict)) else r.get(c))
                        for c in columns})
        sys.stdout.write(buf.getvalue())
    else:
        t = Table(title=title, show_lines=False)
        for c in columns:
            t.add_column(c, overflow="fold")
        for r in rows:
            t.add_row(*("" if r.get(c) is None else escape(str(r.get(c))) for c in columns))
        out.print(t)


def _figures(qs: list[dict[str, Any]]) -> str:
    return "; ".join(f"{q['text']} [{_bounds(q)}]" + (f" {q['unit']}" if q.get("unit") else "") for q in qs)


def _bounds(q: dict[str, Any]) -> str:
    lo, hi = q.get("lower"), q.get("upper")
    f = lambda v: "" if v is None else (f"{v:g}" if isinstance(v, float) else str(v))  # noqa: E731
    return f"{q['qualifier']} {f(lo)}..{f(hi)}"


def _open_store(db: str):
    from sitroom.store import Store
    return Store(db)


# --------------------------------------------------------------------------- extract

@app.command()
def extract(
    file: str = typer.Argument(..., help="HTML or text file, or - for standard input."),
    published: Optional[str] = typer.Option(None, help="Publication date/time (ISO 8601); wins over the page's."),
    url: Optional[str] = typer.Option(None, help="URL of the page."),
    format: DocFmt = typer.Option(DocFmt.json, "--format", "-f"),
) -> None:
    """Extract the events of one document and print them (JSON valid against extract.schema.json)."""
    from sitroom import api
    from sitroom.ingest import IngestError      # CleanError is one too

    try:
        ex = api.extract(file, published=published, url=url)
    except IngestError as exc:
        _fail(str(exc), 1)
    if format is DocFmt.json:
        _print_json(ex.to_json_dict())
        return
    d = ex.document
    out.print(f"[bold]{d.title or '(no title)'}[/]  {d.published or ''}  {d.language or ''}  {d.url or ''}")
    rows = [{"type": e.type, "date": e.date and f"{e.date.relation} {e.date.value}", "actor": e.actor and (e.actor.name or e.actor.text),
             "recipient": e.recipient and (e.recipient.name or e.recipient.text),
             "where": e.location and (e.location.name or e.location.text),
             "figures": _figures([asdict(q) for q in e.quantities]),
             "source": e.source and (e.source.name or e.source.text), "modality": e.modality,
             "evidence": e.evidence.sentence} for e in ex.events]
    _print_rows(rows, ["type", "date", "actor", "recipient", "where", "figures", "source", "modality", "evidence"],
                Fmt.table, title=f"{len(rows)} events")


# --------------------------------------------------------------------------- annotate

@app.command()
def annotate(
    file: str = typer.Argument(..., help="Text file, or - for standard input. Analysed as given (no cleaning)."),
    dct: Optional[str] = typer.Option(None, help="Document creation time YYYY-MM-DD, the anchor for relative dates."),
    layers: str = typer.Option("timex", help="Comma-separated: timex, quantities, attribution, events."),
    format: DocFmt = typer.Option(DocFmt.json, "--format", "-f"),
) -> None:
    """Print analysis layers with character offsets into the input text."""
    from sitroom import annotate as ann
    from sitroom.ingest import IngestError

    try:
        text = ann.read_text(file)
        result = ann.annotate(text, dct=dct, layers=[x.strip() for x in layers.split(",") if x.strip()])
    except (IngestError, ValueError) as exc:
        _fail(str(exc))
    if format is DocFmt.json:
        _print_json(result if len(result) > 1 else next(iter(result.values())))
        return
    for layer, items in result.items():
        cols = sorted({k for it in items for k in it}, key=lambda k: (k not in ("start", "end", "text"), k))
        _print_rows(items, cols, Fmt.table, title=layer)


# --------------------------------------------------------------------------- ingest

@app.command()
def ingest(
    paths: Optional[list[str]] = typer.Argument(None, help="Files, folders (read recursively) or http(s) URLs."),
    db: str = DbOpt,
    published: Optional[str] = typer.Option(None, help="Publication date for all inputs that lack one."),
    format: Optional[str] = typer.Option(None, "--format", help="Read every input as: html, text, telegram, "
                                         "tg-archive, feed, warc (default: recognised by content)."),
    urls: Optional[Path] = typer.Option(None, "--urls", help="File with one URL a line to fetch too."),
    lang: Optional[str] = typer.Option(None, "--lang", help="Keep only pages in these languages (en,uk,…)."),
    match: Optional[str] = typer.Option(None, "--match", help="Keep only pages whose URL or text matches REGEX."),
    allow_private: bool = typer.Option(False, "--allow-private", help="Fetch private/loopback/link-local addresses."),
) -> None:
    """Extract and store documents; a file that fails is reported and the batch goes on (exit 1 if any failed)."""
    import re

    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from sitroom import api
    from sitroom.ingest import IngestError, ReadOptions

    try:
        sources = list(paths or []) + (api.read_url_list(urls) if urls else [])
        if match:
            re.compile(match)
        options = ReadOptions(format=format, languages=tuple(x.strip().lower() for x in (lang or "").split(",")
                                                               if x.strip()), match=match, allow_private=allow_private)
    except IngestError as exc:
        _fail(str(exc))
    except (ValueError, re.error) as exc:
        _fail(f"--match: {exc}" if isinstance(exc, re.error) else str(exc))
    files = list(api.iter_input_files(sources))
    if not files:
        _fail("no input files found in: " + (", ".join(sources) or "(no paths given)"))
    store = _open_store(db)
    with Progress(TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeRemainingColumn(), console=err, transient=True, disable=len(files) < 2) as bar:
        task = bar.add_task("ingesting", total=len(files))
        report = api.ingest(files, store, published=published, options=options, on_file=lambda p: bar.advance(task))
    for path, reason in report.failed:
        err.print(f"[red]failed[/] {escape(str(path))}: {escape(reason)}", highlight=False)
    err.print(f"{len(report.added)} documents added ({report.events} events), {len(report.unchanged)} already stored, "
              f"{len(report.failed)} failed → {db}", highlight=False)
    if not report.ok:
        raise typer.Exit(1)


# --------------------------------------------------------------------------- reading the store

EVENT_COLUMNS = ["date", "type", "actor", "recipient", "where", "figures", "source", "modality", "evidence", "document"]


def _event_view(r: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": r["id"], "date": r["date_value"], "relation": r["date_relation"], "date_text": r["date_text"],
        "type": r["type"], "mode": r["mode"], "actor": r["actor_name"], "actor_country": r["actor_country"],
        "recipient": r["recipient_name"], "recipient_country": r["recipient_country"],
        "where": r["location_name"], "where_country": r["location_country"], "lat": r["lat"], "lon": r["lon"],
        "figures": _figures(r["quantities"]), "quantities": r["quantities"],
        "source": r["source_text"], "carrier": r["carrier_name"], "modality": r["modality"],
        "evidence": r["evidence"], "evidence_start": r["evidence_start"], "evidence_end": r["evidence_end"],
        "trigger": r["trigger"], "cue": r["cue"],
        "document": r["document_title"] or r["document_origin"], "document_id": r["document_id"],
        "published": r["document_published"],
    }


@app.command()
def events(
    db: str = DbOpt,
    type: Optional[str] = typer.Option(None, "--type", help="PLOVER event type, e.g. MOBILIZE."),
    since: Optional[str] = typer.Option(None, help="Events dated on or after YYYY-MM-DD."),
    until: Optional[str] = typer.Option(None, help="Events dated on or before YYYY-MM-DD."),
    limit: Optional[int] = typer.Option(None, help="At most this many."),
    format: Fmt = typer.Option(Fmt.table, "--format", "-f"),
) -> None:
    """List stored events."""
    if not Path(db).exists() and "://" not in db:
        _fail(f"no database at {db} (run `sitroom ingest` first)")
    rows = [_event_view(r) for r in _open_store(db).events(type=type, since=since, until=until, limit=limit)]
    cols = EVENT_COLUMNS if format is Fmt.table else [c for c in _event_view_keys() if c != "quantities" or format is Fmt.json]
    if format is Fmt.table:
        for r in rows:
            r["date"] = r["date"] and (r["date"] if r["relation"] in (None, "on") else f"{r['relation']} {r['date']}")
    _print_rows(rows, cols, format, title=f"{len(rows)} events")


def _event_view_keys() -> list[str]:
    return list(_event_view({k: None for k in _EVENT_ROW_KEYS} | {"quantities": []}).keys())


_EVENT_ROW_KEYS = ["id", "date_value", "date_relation", "date_text", "type", "mode", "actor_name", "actor_country",
                   "recipient_name", "recipient_country", "location_name", "location_country", "lat", "lon",
                   "source_text", "carrier_name", "modality", "evidence", "evidence_start", "evidence_end", "trigger",
                   "cue", "document_title", "document_origin", "document_id", "document_published"]


@app.command()
def timeline(
    db: str = DbOpt,
    format: Fmt = typer.Option(Fmt.table, "--format", "-f"),
) -> None:
    """Dated events in calendar order, with source and figures."""
    if not Path(db).exists() and "://" not in db:
        _fail(f"no database at {db} (run `sitroom ingest` first)")
    rows = [_event_view(r) for r in _open_store(db).events() if r["date_sort"]]
    if format is not Fmt.table:
        _print_rows(rows, _event_view_keys(), format)
        return
    t = Table(title=f"Timeline: {len(rows)} dated events", show_lines=True)
    for c in ("when", "what", "figures", "according to", "evidence"):
        t.add_column(c, overflow="fold")
    for r in rows:
        when = r["date"] if r["relation"] in (None, "on") else f"{r['relation'].replace('_', ' ')} {r['date']}"
        who = " → ".join(x for x in (r["actor"], r["recipient"]) if x)
        what = f"[bold]{r['type']}[/] " + escape(who + (f" in {r['where']}" if r["where"] else "") + f" ({r['modality']})")
        t.add_row(when, what, escape(r["figures"]), escape(r["source"] or f"(outlet) {r['document'] or ''}"),
                  escape(r["evidence"]))
    out.print(t)


def _register_optional() -> None:
    try:
        from sitroom.fuse.commands import register
    except ImportError:
        return
    register(app)


_register_optional()

if __name__ == "__main__":  # pragma: no cover
    app()
