"""Commands for big corpora and their stores: `analyze` (Parquet shards on Dask workers), `backup`."""
from __future__ import annotations

from typing import Optional

import typer
from rich.markup import escape

from sitroom.cli._app import DbOpt, app
from sitroom.cli._options import iso_datetime
from sitroom.cli._output import err, fail, open_store


@app.command()
def analyze(
    paths: list[str] = typer.Argument(..., help="Files or folders (read recursively)."),
    out_dir: str = typer.Option(..., "--out", help="Folder for the Parquet shards (and manifest.json)."),
    workers: int = typer.Option(2, "--workers", "-w", min=1, help="Dask worker processes of the local cluster."),
    scheduler: Optional[str] = typer.Option(None, help="A running Dask scheduler (tcp://HOST:8786)."),
    published: Optional[str] = typer.Option(None, callback=iso_datetime,
                                            help="Publication date of every input (ISO 8601); wins over each page's own."),
    shard_size: int = typer.Option(256, "--shard-size", min=1, help="Input files per shard."),
) -> None:
    """Analyse documents on Dask into Parquet shards, for corpora too big for one store; rerun to resume (finished
    shards are skipped); `sitroom ingest DIR` loads them. Exit 1 if any document failed."""
    from sitroom.parallel import analyze_to_shards

    def shard(name: str, written: bool) -> None:
        err.print(("wrote " if written else "kept ") + escape(name), highlight=False)

    stats = analyze_to_shards(paths, out_dir, workers=workers, scheduler=scheduler, published=published,
                              shard_size=shard_size, on_shard=shard)
    for path, reason in stats["failed"]:
        err.print(f"[red]failed[/] {escape(path)}: {escape(reason)}", highlight=False, soft_wrap=True)
    err.print(escape(f"{stats['written']} shards written ({stats['documents']} documents), {stats['skipped']} already "
                     f"done, {len(stats['failed'])} documents failed → {out_dir}"), highlight=False)
    if stats["failed"]:
        raise typer.Exit(1)


@app.command()
def backup(
    dest: str = typer.Argument(..., help="The backup file to write (must not exist)."),
    db: str = DbOpt,
) -> None:
    """A consistent copy of a live SQLite store (VACUUM INTO; copying the file of a WAL database is not a backup)."""
    from sitroom.store import BackupError, backup as backup_store

    store = open_store(db)
    try:
        path = backup_store(store, dest)
    except BackupError as exc:
        fail(str(exc))
    err.print(escape(f"backed up {db} → {path}"), highlight=False)
