"""CLI command of the serve stage: `sitroom serve` (thin: parse, check, run uvicorn)."""
from __future__ import annotations

import ipaddress
from pathlib import Path

import typer
from rich.console import Console

from sitroom.store import DEFAULT_DB

LOOPBACK_NAMES = ("localhost",)


def is_loopback(host: str) -> bool:
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def register(app: typer.Typer) -> None:
    """Add `serve` to the `sitroom` Typer app."""

    @app.command("serve")
    def serve_cmd(db: str = typer.Option(DEFAULT_DB, "--db", help="Database file (SQLite) or SQLAlchemy URL."),
                  host: str = typer.Option("127.0.0.1", "--host",
                                           help="Address to listen on (loopback unless you mean to share it)."),
                  port: int = typer.Option(8000, "--port"),
                  allow_edits: bool = typer.Option(False, "--allow-edits",
                                                   help="Allow the split-cluster action (read-only otherwise)."),
                  time_limit: float = typer.Option(2.0, "--time-limit", help="Seconds a query may run.")) -> None:
        """Web UI and REST API over the store (read-only by default; OpenAPI at /docs)."""
        err = Console(stderr=True)
        if "://" not in db and not Path(db).exists():
            err.print(f"[bold red]error:[/] no database at {db} (run `sitroom ingest` first)", highlight=False)
            raise typer.Exit(2)
        if not is_loopback(host):
            err.print(f"[yellow]warning:[/] listening on {host}: anyone who can reach this address can read the "
                      "store" + (" and change it" if allow_edits else ""), highlight=False)
        import uvicorn

        from sitroom.serve import create_app
        application = create_app(db, allow_edits=allow_edits, time_limit=time_limit)
        err.print(f"sitroom serving {db} on http://{host}:{port}/ ({'edits allowed' if allow_edits else 'read-only'})",
                  highlight=False)
        uvicorn.run(application, host=host, port=port, log_level="warning")
