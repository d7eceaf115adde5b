"""CLI command of the briefing stage: `brief` (thin: parse, call, print); and the parts `sitroom serve` mounts for
the feed and the daily schedule (`briefing_app_parts`, with the options it shares)."""
from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.markup import escape

from sitroom.store import DEFAULT_DB

err = Console(stderr=True, highlight=False, soft_wrap=True)   # paths stay whole


def _fail(msg: str) -> None:
    from sitroom.cli.common import fail   # imported when used: `sitroom.cli` imports this module to register it
    fail(msg)


def _open_store(db: str, write: bool = False):
    from sitroom.cli.common import open_store
    return open_store(db, write=write)


class BriefFmt(str, Enum):
    text = "text"
    md = "md"
    html = "html"


def smtp_settings(smtp: str, sender: str, user: Optional[str], starttls: bool, use_ssl: bool):
    from sitroom.brief import SmtpSettings
    host, _, port = smtp.rpartition(":") if ":" in smtp else (smtp, "", "")
    try:
        port_n = int(port) if port else (465 if use_ssl else 25)
    except ValueError:
        _fail(f"--smtp must be HOST or HOST:PORT, not {smtp!r}")
    return SmtpSettings(host=host or "localhost", port=port_n, sender=sender, user=user,
                        password=os.environ.get("SITROOM_SMTP_PASSWORD"), starttls=starttls, ssl=use_ssl)


# shared options
DbOpt = typer.Option(DEFAULT_DB, "--db", help="Database file (SQLite) or SQLAlchemy URL.")
EmailToOpt = typer.Option(None, "--email-to", help="Email the briefing to this address (repeatable); each date "
                                                   "is sent to an address once.")
SmtpOpt = typer.Option("localhost:25", "--smtp", help="SMTP server HOST[:PORT].")
FromOpt = typer.Option("sitroom@localhost", "--email-from", help="Sender address.")
UserOpt = typer.Option(None, "--smtp-user", help="SMTP login (password from $SITROOM_SMTP_PASSWORD).")
TlsOpt = typer.Option(False, "--smtp-starttls", help="Upgrade the SMTP connection with STARTTLS.")
SslOpt = typer.Option(False, "--smtp-ssl", help="SMTP over TLS from the start (port 465).")
LinkOpt = typer.Option(None, "--link-base", help="URL of a `sitroom serve`: evidence links open its event pages "
                                                 "(default: each document's own URL or path).")


def register(app: typer.Typer) -> None:
    """Add `brief` to the `sitroom` Typer app."""

    @app.command("brief")
    def brief_cmd(
        db: str = DbOpt,
        date: Optional[str] = typer.Option(None, "--date", help="Last publication day covered, YYYY-MM-DD "
                                                                 "(default: the newest in the store)."),
        since: Optional[str] = typer.Option(None, "--since", help="First publication day covered (default: the day "
                                                                   "after the last briefing sent, else the first)."),
        format: BriefFmt = typer.Option(BriefFmt.text, "--format", "-f"),
        out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write the briefing to this file."),
        atom: Optional[Path] = typer.Option(None, "--atom", help="Add the briefing to the feed and write the Atom "
                                                                  "feed of briefings to this file."),
        email_to: Optional[list[str]] = EmailToOpt, smtp: str = SmtpOpt, email_from: str = FromOpt,
        smtp_user: Optional[str] = UserOpt, smtp_starttls: bool = TlsOpt, smtp_ssl: bool = SslOpt,
        link_base: Optional[str] = LinkOpt,
    ) -> None:
        """The briefing: developments by storyline, what changed since the last briefing, what doesn't add up."""
        from sitroom.brief import BriefOptions, atom_feed, make_briefing, publish_to_feed, render_briefing, \
            send_briefing

        store = _open_store(db, write=atom is not None or bool(email_to))   # the feed and deliveries are recorded
        try:
            b = make_briefing(store, date=date, since=since, options=BriefOptions(link_base=link_base))
        except ValueError as exc:
            _fail(str(exc))
        body = render_briefing(b, format.value)
        if out is not None:
            try:
                out.write_text(body, encoding="utf-8")
            except OSError as exc:
                _fail(f"{out}: {exc.strerror or exc}")
            err.print(f"briefing for {b.date} ({b.since}..{b.date}) → {escape(str(out))}")
        elif atom is None and not email_to:
            sys.stdout.write(body)
        failed = False
        if atom is not None:
            added = publish_to_feed(store, b)
            try:
                atom.write_bytes(atom_feed(store, link_base=link_base))
            except OSError as exc:
                _fail(f"{atom}: {exc.strerror or exc}")
            err.print(f"feed: briefing for {b.date} {'added' if added else 'already in the feed'} → {escape(str(atom))}")
        if email_to:
            report = send_briefing(store, b, email_to, smtp_settings(smtp, email_from, smtp_user, smtp_starttls,
                                                                     smtp_ssl))
            for rcpt in report.sent:
                err.print(f"sent briefing for {b.date} to {escape(rcpt)}")
            for rcpt in report.skipped:
                err.print(f"skipped {escape(rcpt)}: the briefing for {b.date} was sent already")
            for rcpt, reason in report.failed:
                err.print(f"[red]failed[/] {escape(rcpt)}: {escape(str(reason))}")
            failed = not report.ok
        if failed:
            raise typer.Exit(1)


def briefing_app_parts(store, *, brief_at: str | None, tz: str, email_to: list[str], smtp, link_base: str | None,
                       inner_lifespan=None):
    """(the feed router, the lifespan running the schedule) for a FastAPI app; what `sitroom serve` mounts."""
    from sitroom.brief import BriefingSchedule, BriefingScheduler, BriefOptions, atom_router, briefing_lifespan

    scheduler = None
    if brief_at:
        schedule = BriefingSchedule(at=brief_at, tz=tz, email_to=tuple(email_to), smtp=smtp,
                                    options=BriefOptions(link_base=link_base))
        scheduler = BriefingScheduler(store, schedule)
    elif email_to:
        raise ValueError("--email-to needs --brief-at (when to send)")
    return atom_router(store, link_base=link_base), briefing_lifespan(scheduler, inner_lifespan)
