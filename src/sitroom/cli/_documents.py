"""Commands on documents: `extract` and `annotate` (one document, printed), `ingest` (into the store)."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.markup import escape

from sitroom.lexicon import count
from sitroom.cli._app import DbOpt, app
from sitroom.cli._events import event_view, when
from sitroom.cli._options import day, iso_datetime
from sitroom.cli._output import DocFmt, Fmt, err, fail, open_store, out, print_json, print_rows


# --------------------------------------------------------------------------- extract

@app.command()
def extract(
    file: str = typer.Argument(..., help="HTML or text file, - for standard input, or an http(s) URL to fetch."),
    published: Optional[str] = typer.Option(None, callback=iso_datetime,
                                            help="Publication date/time (ISO 8601); wins over the page's."),
    url: Optional[str] = typer.Option(None, help="URL of the page."),
    format: DocFmt = typer.Option(DocFmt.json, "--format", "-f"),
    allow_private: bool = typer.Option(False, "--allow-private", help="Fetch private/loopback/link-local addresses."),
) -> None:
    """Extract the events of one document and print them (JSON valid against extract.schema.json)."""
    from sitroom import api
    from sitroom.ingest import IngestError      # CleanError is one too

    try:
        ex = api.extract(file, published=published, url=url, allow_private=allow_private)
    except IngestError as exc:
        fail(str(exc), 1)
    if format is DocFmt.json:
        print_json(ex.to_json_dict())
        return
    d = ex.document
    out.print(f"[bold]{escape(d.title or '(no title)')}[/]  " + escape(f"{d.published or ''}  {d.language or ''}  "
                                                                      f"{d.url or ''}"), highlight=False)
    for note in ex.notes:
        err.print(f"[yellow]note[/] {escape(note)}", highlight=False)
    rows = [event_view(e) | {"date": when(e)} for e in ex.events]
    print_rows(rows, ["type", "date", "actor", "recipient", "where", "figures", "source", "modality", "evidence"],
               Fmt.table, title=count(len(rows), "event"))


# --------------------------------------------------------------------------- annotate

@app.command()
def annotate(
    file: str = typer.Argument(..., help="Text file, or - for standard input. Analysed as given (no cleaning)."),
    dct: Optional[str] = typer.Option(None, callback=day,
                                      help="Document creation time YYYY-MM-DD, the anchor for relative dates."),
    layers: str = typer.Option("timex", help="Comma-separated: timex, quantities, attribution, events, claims."),
    format: DocFmt = typer.Option(DocFmt.json, "--format", "-f"),
) -> None:
    """Print analysis layers with character offsets into the input text."""
    from sitroom import annotate as ann
    from sitroom.ingest import IngestError
    from sitroom.nlp import TextTooLong

    try:
        text = ann.read_text(file)
        result = ann.annotate(text, dct=dct, layers=[x.strip() for x in layers.split(",") if x.strip()])
    except (IngestError, TextTooLong) as exc:        # the input cannot be annotated: exit 1
        fail(str(exc), 1)
    except ValueError as exc:                        # an unknown layer: a usage error
        fail(str(exc))
    if format is DocFmt.json:
        print_json(result if len(result) > 1 else next(iter(result.values())))
        return
    for layer, items in result.items():
        if layer == "claims":
            items = [{k: _short(v) for k, v in it.items()} for it in items]
            cols = ["start", "end", "text", "qualifier", "counted", "owner", "location", "status", "source",
                    "as_of", "modality"]
        else:
            cols = sorted({k for it in items for k in it}, key=lambda k: (k not in ("start", "end", "text"), k))
        print_rows(items, cols, Fmt.table, title=layer)


def _short(v):
    """A nested record in one table cell: its kind, name, value or text."""
    if isinstance(v, dict):
        return next((v[k] for k in ("kind", "name", "value", "text", "country") if v.get(k)), None)
    return v


# --------------------------------------------------------------------------- ingest

@app.command()
def ingest(
    paths: Optional[list[str]] = typer.Argument(None, help="Files, folders (read recursively) or http(s) URLs; or a "
                                                          "folder of Parquet shards written by `sitroom analyze`."),
    db: str = DbOpt,
    published: Optional[str] = typer.Option(None, callback=iso_datetime,
                                            help="Publication date of every input (ISO 8601); wins over each page's own."),
    format: Optional[str] = typer.Option(None, "--format", help="Read every input as: html, text, telegram, "
                                         "tg-archive, feed, warc (default: recognised by content)."),
    urls: Optional[Path] = typer.Option(None, "--urls", help="File with one URL a line to fetch too."),
    lang: Optional[str] = typer.Option(None, "--lang", help="Keep only pages in these languages (en,uk,…)."),
    match: Optional[str] = typer.Option(None, "--match", help="Keep only pages whose URL or text matches REGEX."),
    allow_private: bool = typer.Option(False, "--allow-private", help="Fetch private/loopback/link-local addresses."),
    workers: int = typer.Option(0, "--workers", "-w", min=0,
                                help="Analyse on this many Dask worker processes (0: in this process)."),
    scheduler: Optional[str] = typer.Option(None, help="A running Dask scheduler (tcp://HOST:8786) instead of a "
                                                       "local cluster."),
) -> None:
    """Extract and store documents; a file that fails is reported and the batch goes on (exit 1 if any failed).
    With --workers or --scheduler, documents are analysed in parallel and stored in input order (the same store)."""
    import re

    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from sitroom import api
    from sitroom.ingest import IngestError, ReadOptions
    from sitroom.parallel import ingest_parallel, ingest_shards, is_shard_dir

    try:
        sources = list(paths or []) + (api.read_url_list(urls) if urls else [])
        if match:
            re.compile(match)
        options = ReadOptions(format=format, languages=tuple(x.strip().lower() for x in (lang or "").split(",")
                                                               if x.strip()), match=match, allow_private=allow_private)
    except IngestError as exc:
        fail(str(exc))
    except (ValueError, re.error) as exc:
        fail(f"--match: {exc}" if isinstance(exc, re.error) else str(exc))
    shards = [p for p in sources if is_shard_dir(p)]
    if shards and len(shards) != len(sources):
        fail("a folder of shards is ingested on its own: " + ", ".join(shards))
    files = [] if shards else list(api.iter_input_files(sources))
    if not files and not shards:
        fail("no input files found in: " + (", ".join(sources) or "(no paths given)"))
    store = open_store(db, must_exist=False, write=True)
    # one line on the terminal (none when standard error is not one): files done of all, and the documents read so
    # far, which is what moves while one big Telegram export, feed or WARC is read
    with Progress(TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TextColumn("files · {task.fields[documents]:,} documents"), TimeRemainingColumn(), console=err,
                  transient=True, disable=not err.is_terminal) as bar:   # (enabled, it leaves a blank line in a log)
        task = bar.add_task("ingesting", total=len(files) or None, documents=0)
        step = lambda p: bar.advance(task)  # noqa: E731
        documents = [0]

        def one_more(_origin) -> None:
            documents[0] += 1
            bar.update(task, documents=documents[0])
        if shards:
            report = ingest_shards(shards[0], store, on_document=step)
            for more in shards[1:]:
                ingest_shards(more, store, on_document=step, report=report)
        elif workers or scheduler:
            report = ingest_parallel(files, store, workers=workers or 2, scheduler=scheduler, published=published,
                                     options=options, on_file=step)
        else:
            report = api.ingest(files, store, published=published, options=options, on_file=step,
                                on_document=one_more)
    for path, note in report.notes:
        err.print(f"[yellow]note[/] {escape(path)}: {escape(note)}", highlight=False)
    for path, reason in report.failed:
        err.print(f"[red]failed[/] {escape(str(path))}: {escape(reason)}", highlight=False, soft_wrap=True)
    resumed = f"{len(report.resumed)} stored before and fused now, " if report.resumed else ""
    edits = f"{len(report.edits)} edited versions linked to their stored post, " if report.edits else ""
    err.print(escape(f"{count(len(report.added), 'document')} added ({count(report.events, 'event')}), "
                     f"{len(report.unchanged)} already stored, {resumed}{edits}{len(report.failed)} failed → {db}"),
              highlight=False)
    if not report.ok:
        raise typer.Exit(1)
