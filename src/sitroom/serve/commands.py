"""CLI command of the serve stage: `sitroom serve` (thin: parse, check, run uvicorn)."""
from __future__ import annotations

import ipaddress
from typing import Optional

import typer
from rich.console import Console
from rich.markup import escape

from sitroom.brief.commands import (EmailToOpt, FromOpt, LinkOpt, SmtpOpt, SslOpt, TlsOpt, UserOpt, briefing_app_parts,
                                    smtp_settings)
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
                  time_limit: float = typer.Option(2.0, "--time-limit", help="Seconds a query may run."),
                  brief_at: Optional[str] = typer.Option(None, "--brief-at", help="Make and deliver the briefing "
                                                         "daily at HH:MM (local time in --tz)."),
                  tz: str = typer.Option("UTC", "--tz", help="IANA time zone of --brief-at, e.g. America/New_York."),
                  email_to: Optional[list[str]] = EmailToOpt, smtp: str = SmtpOpt, email_from: str = FromOpt,
                  smtp_user: Optional[str] = UserOpt, smtp_starttls: bool = TlsOpt, smtp_ssl: bool = SslOpt,
                  link_base: Optional[str] = LinkOpt) -> None:
        """Web UI and REST API over the store (read-only by default; OpenAPI at /docs); the Atom feed of
        briefings at /briefings.atom and, with --brief-at, the daily briefing."""
        err = Console(stderr=True)
        from sitroom.cli.common import open_store

        # its own connections: the app's are read-only, the schedule records its deliveries
        writer = open_store(db, write=allow_edits or bool(brief_at))
        if not is_loopback(host):
            err.print(f"[yellow]warning:[/] listening on {host}: anyone who can reach this address can read the "
                      "store" + (" and change it" if allow_edits else ""), highlight=False)
        import uvicorn

        from sitroom.serve import create_app
        try:
            router, lifespan = briefing_app_parts(
                writer, brief_at=brief_at, tz=tz, email_to=email_to or [],
                smtp=smtp_settings(smtp, email_from, smtp_user, smtp_starttls, smtp_ssl),
                link_base=link_base or f"http://{host}:{port}")
        except ValueError as exc:
            err.print(f"[bold red]error:[/] {escape(str(exc))}", highlight=False)
            raise typer.Exit(2)

        def briefings(app) -> None:       # the briefing page, the feed route and the schedule, mounted on the app
            from sitroom.brief import briefing_pages
            briefing_pages(app)
            app.include_router(router)
            app.router.lifespan_context = lifespan

        application = create_app(db, allow_edits=allow_edits, time_limit=time_limit, extensions=[briefings])
        if brief_at:
            err.print(f"briefing daily at {brief_at} {tz}" + (f" to {', '.join(email_to)}" if email_to else ""),
                      highlight=False)
        err.print(f"sitroom serving {db} on http://{host}:{port}/ ({'edits allowed' if allow_edits else 'read-only'})",
                  highlight=False)
        uvicorn.run(application, host=host, port=port, log_level="warning")
