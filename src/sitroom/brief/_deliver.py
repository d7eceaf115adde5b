"""Delivering a briefing by email: multipart text + HTML built with the standard library, sent over SMTP, each
(date, recipient) at most once (the store's delivery records: claim, send, complete — or release on failure)."""
from __future__ import annotations

import smtplib
import ssl
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr
from typing import Callable, Iterable

from sitroom.brief._records import Briefing
from sitroom.brief._render import render
from sitroom.brief._wording import compose
from sitroom.model import content_id


@dataclass(frozen=True)
class SmtpSettings:
    """Where mail goes out. The password is best given through the environment (the CLI reads
    SITROOM_SMTP_PASSWORD), never on a command line."""
    host: str = "localhost"
    port: int = 25
    sender: str = "sitroom@localhost"
    user: str | None = None
    password: str | None = None
    starttls: bool = False
    ssl: bool = False
    timeout: float = 30.0


@dataclass
class DeliveryReport:
    briefing_id: str
    date: str
    sent: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)             # already sent (or being sent) for this date
    failed: list[tuple[str, str]] = field(default_factory=list)  # (recipient, reason)

    @property
    def ok(self) -> bool:
        return not self.failed


def record_briefing(store, briefing: Briefing, *, now: datetime | None = None) -> str:
    """Keep the briefing, in all three formats, as it is about to be delivered; returns its id."""
    layout = compose(briefing)
    return store.record_briefing(date=briefing.date, since=briefing.since, title=layout.title,
                                 text=render(layout, "text"), markdown=render(layout, "md"),
                                 html=render(layout, "html"), now=now)


def _domain(address: str) -> str:
    return parseaddr(address)[1].rpartition("@")[2] or "localhost"


def build_message(record: dict, *, sender: str, recipient: str, now: datetime | None = None) -> EmailMessage:
    """The email of a recorded briefing: a plain-text part and an HTML alternative. Its Message-ID is made from the
    briefing and the recipient, so a resent copy would be recognisable as the same message."""
    msg = EmailMessage()
    msg["Subject"] = record["title"]
    msg["From"] = sender
    msg["To"] = recipient
    msg["Date"] = format_datetime(now or datetime.now(timezone.utc))
    msg["Message-ID"] = f"<briefing.{record['date']}.{content_id(record['id'], recipient)}@{_domain(sender)}>"
    msg.set_content(record["text"])
    msg.add_alternative(record["html"], subtype="html")
    return msg


def _valid(address: str) -> bool:
    addr = parseaddr(address)[1]
    local, at, domain = addr.partition("@")
    return bool(local and at and domain and " " not in addr)


def _connect(s: SmtpSettings) -> smtplib.SMTP:
    if s.ssl:
        conn: smtplib.SMTP = smtplib.SMTP_SSL(s.host, s.port, timeout=s.timeout, context=ssl.create_default_context())
    else:
        conn = smtplib.SMTP(s.host, s.port, timeout=s.timeout)
        if s.starttls:
            conn.starttls(context=ssl.create_default_context())
    if s.user:
        conn.login(s.user, s.password or "")
    return conn


def send_briefing(store, briefing: Briefing, recipients: Iterable[str], smtp: SmtpSettings | None = None, *,
                  now: datetime | None = None,
                  connect: Callable[[SmtpSettings], smtplib.SMTP] | None = None) -> DeliveryReport:
    """Email the briefing to each recipient that has not had this date's briefing yet (one message each).

    A recipient is claimed in the store before its message is sent and marked sent after; when sending fails the
    claim is released (reported in `failed`) so that a later run can try again. Nothing is ever sent twice.
    """
    smtp = smtp or SmtpSettings()
    bid = record_briefing(store, briefing, now=now)
    record = store.briefing(bid)
    report = DeliveryReport(bid, briefing.date)
    conn = None
    try:
        for rcpt in dict.fromkeys(r.strip() for r in recipients if r.strip()):
            if not _valid(rcpt):
                report.failed.append((rcpt, "not an email address"))
                continue
            if not store.claim_delivery(date=briefing.date, recipient=rcpt, briefing_id=bid, channel="email",
                                        now=now):
                report.skipped.append(rcpt)
                continue
            msg = build_message(record, sender=smtp.sender, recipient=rcpt, now=now)
            try:
                if conn is None:
                    conn = (connect or _connect)(smtp)
                conn.send_message(msg)
            except (OSError, smtplib.SMTPException) as exc:
                store.release_delivery(date=briefing.date, recipient=rcpt)
                report.failed.append((rcpt, f"{type(exc).__name__}: {exc}"))
                if isinstance(exc, (OSError, smtplib.SMTPServerDisconnected)):
                    conn = None
                continue
            store.complete_delivery(date=briefing.date, recipient=rcpt, message_id=msg["Message-ID"], now=now)
            report.sent.append(rcpt)
    finally:
        if conn is not None:
            try:
                conn.quit()
            except (OSError, smtplib.SMTPException):
                pass
    return report
