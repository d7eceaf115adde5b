"""Email delivery of the briefing against a real SMTP server (aiosmtpd on 127.0.0.1, a free port)."""
from __future__ import annotations

import socket
from datetime import datetime, timezone
from email import message_from_bytes, policy

import pytest

from brief_reports import ALL, built_store
from sitroom.brief import SmtpSettings, make_briefing, render_briefing, send_briefing

controller = pytest.importorskip("aiosmtpd.controller", reason="aiosmtpd (a test extra) is not installed")

NOW = datetime(2022, 10, 19, 13, 0, tzinfo=timezone.utc)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Inbox:
    """An aiosmtpd handler keeping every message; addresses in `refuse` get a permanent 550."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, list[str], bytes]] = []
        self.refuse: set[str] = set()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse:
            return "550 5.1.1 mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content))
        return "250 Message accepted for delivery"


@pytest.fixture
def smtp():
    inbox = Inbox()
    port = _free_port()
    ctl = controller.Controller(inbox, hostname="127.0.0.1", port=port)
    ctl.start()
    try:
        yield inbox, SmtpSettings(host="127.0.0.1", port=port, sender="briefings@sitroom.example", timeout=10)
    finally:
        ctl.stop()


@pytest.fixture
def store(tmp_path):
    s = built_store(tmp_path, ALL)
    yield s
    s.close()


def test_each_recipient_gets_one_multipart_message_with_the_text_and_html_briefing(store, smtp):
    inbox, settings = smtp
    b = make_briefing(store, date="2022-10-18", since="2022-10-18")
    report = send_briefing(store, b, ["ana@desk.example", "ben@desk.example"], settings, now=NOW)
    assert (report.sent, report.skipped, report.failed) == (["ana@desk.example", "ben@desk.example"], [], [])
    assert [(frm, to) for frm, to, _ in inbox.messages] == [
        ("briefings@sitroom.example", ["ana@desk.example"]), ("briefings@sitroom.example", ["ben@desk.example"])]
    msg = message_from_bytes(inbox.messages[0][2], policy=policy.default)
    assert msg["Subject"] == "sitroom briefing: 18 October 2022"
    assert msg["From"] == "briefings@sitroom.example" and msg["To"] == "ana@desk.example"
    assert msg["Date"] == "Wed, 19 Oct 2022 13:00:00 +0000"
    assert msg.get_content_type() == "multipart/alternative"
    parts = [p for p in msg.iter_parts()]
    assert [p.get_content_type() for p in parts] == ["text/plain", "text/html"]
    assert parts[0].get_content().replace("\r\n", "\n") == render_briefing(b, "text")
    assert parts[1].get_content().replace("\r\n", "\n") == render_briefing(b, "html")
    rows = store.deliveries(date="2022-10-18")
    assert [(r["recipient"], r["channel"], r["status"]) for r in rows] == [
        ("ana@desk.example", "email", "sent"), ("ben@desk.example", "email", "sent")]
    assert rows[0]["message_id"] == msg["Message-ID"]
    assert rows[0]["message_id"] != rows[1]["message_id"]


def test_a_date_is_never_sent_twice_to_the_same_recipient(store, smtp):
    inbox, settings = smtp
    b = make_briefing(store, date="2022-10-18", since="2022-10-18")
    send_briefing(store, b, ["ana@desk.example"], settings, now=NOW)
    again = send_briefing(store, b, ["ana@desk.example", "ana@desk.example"], settings, now=NOW)
    assert (again.sent, again.skipped) == ([], ["ana@desk.example"])
    # another briefing of the same date (a longer period) is not sent to her either; a new reader gets it
    wider = make_briefing(store, date="2022-10-18", since="2022-10-16")
    third = send_briefing(store, wider, ["ana@desk.example", "cy@desk.example"], settings, now=NOW)
    assert (third.sent, third.skipped) == (["cy@desk.example"], ["ana@desk.example"])
    assert [to for _, to, _ in inbox.messages] == [["ana@desk.example"], ["cy@desk.example"]]


def test_a_refused_recipient_is_reported_and_can_be_retried(store, smtp):
    inbox, settings = smtp
    inbox.refuse.add("gone@desk.example")
    b = make_briefing(store, date="2022-10-18")
    report = send_briefing(store, b, ["gone@desk.example", "ana@desk.example"], settings, now=NOW)
    assert report.sent == ["ana@desk.example"]
    assert [r for r, _ in report.failed] == ["gone@desk.example"] and "550" in report.failed[0][1]
    assert [r["recipient"] for r in store.deliveries(date="2022-10-18")] == ["ana@desk.example"]
    inbox.refuse.clear()
    retry = send_briefing(store, b, ["gone@desk.example", "ana@desk.example"], settings, now=NOW)
    assert (retry.sent, retry.skipped, retry.failed) == (["gone@desk.example"], ["ana@desk.example"], [])
    assert [to for _, to, _ in inbox.messages] == [["ana@desk.example"], ["gone@desk.example"]]


def test_no_server_means_nothing_recorded_as_sent(store):
    closed = SmtpSettings(host="127.0.0.1", port=_free_port(), timeout=5)
    b = make_briefing(store, date="2022-10-18")
    report = send_briefing(store, b, ["ana@desk.example", "ben@desk.example"], closed, now=NOW)
    assert report.sent == [] and [r for r, _ in report.failed] == ["ana@desk.example", "ben@desk.example"]
    assert "ConnectionRefusedError" in report.failed[0][1]
    assert store.deliveries() == []


def test_an_invalid_address_is_refused_before_anything_is_sent(store, smtp):
    inbox, settings = smtp
    report = send_briefing(store, make_briefing(store, date="2022-10-18"), ["not an address", "x@"], settings)
    assert report.failed == [("not an address", "not an email address"), ("x@", "not an email address")]
    assert inbox.messages == [] and store.deliveries() == []


def test_a_claimed_delivery_cannot_be_claimed_again(store):
    claim = dict(date="2022-10-18", recipient="ana@desk.example", briefing_id="b1", channel="email")
    assert store.claim_delivery(**claim) is True
    assert store.claim_delivery(**claim) is False           # a second sender backs off
    store.release_delivery(date="2022-10-18", recipient="ana@desk.example")
    assert store.claim_delivery(**claim) is True
    store.complete_delivery(date="2022-10-18", recipient="ana@desk.example", message_id="<m>")
    store.release_delivery(date="2022-10-18", recipient="ana@desk.example")   # a sent delivery stays
    assert [r["status"] for r in store.deliveries()] == ["sent"]
