"""Store methods of the briefing stage (issue 14): document metadata for links, briefings and their deliveries.

Mixed into `Store`. A delivery is claimed (a row keyed by date and recipient) before it is sent, so two senders never
both send; it is completed once sent, or released when sending failed so that a later run may try again.
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from sitroom.model import content_id
from sitroom.store import _schema as schema
from sitroom.store._briefing_schema import briefing_deliveries as bd
from sitroom.store._briefing_schema import briefings as bt


def _now(now: datetime | None) -> str:
    return (now or datetime.now(timezone.utc)).astimezone(timezone.utc).isoformat(timespec="seconds")


class BriefingRecords:
    """Reads and writes of `sitroom brief`; `self._engine` is the `Store`'s."""

    _engine: Any

    # ------------------------------------------------------------------ documents
    def briefing_documents(self) -> dict[str, dict[str, Any]]:
        """Every document's metadata (no text), by id: what a briefing needs to date, name and link a report."""
        d = schema.documents.c
        q = select(d.id, d.origin, d.url, d.outlet, d.title, d.published, d.ingested_at).order_by(d.id)
        with self._engine.connect() as conn:
            return {r["id"]: dict(r) for r in conn.execute(q).mappings()}

    # ------------------------------------------------------------------ briefings
    def record_briefing(self, *, date: str, since: str, title: str, text: str, markdown: str, html: str,
                        now: datetime | None = None) -> str:
        """Keep a briefing as made; the same content for the same period is kept once. Returns its id."""
        bid = content_id("briefing", date, since, text)
        with self._engine.begin() as conn:
            if conn.execute(select(bt.c.id).where(bt.c.id == bid)).first() is None:
                conn.execute(insert(bt).values(id=bid, date=date, since=since, title=title, text=text,
                                               markdown=markdown, html=html, created_at=_now(now)))
        return bid

    def briefing(self, briefing_id: str) -> dict[str, Any] | None:
        with self._engine.connect() as conn:
            r = conn.execute(select(bt).where(bt.c.id == briefing_id)).mappings().first()
        return dict(r) if r else None

    def delivered_briefings(self, *, recipient: str | None = None, limit: int = 30) -> list[dict[str, Any]]:
        """Briefings sent at least once (to `recipient` when given), newest date first, each with when it first went
        out (`delivered_at`)."""
        first = func.min(bd.c.delivered_at).label("delivered_at")
        q = (select(bt, first).join(bd, bd.c.briefing_id == bt.c.id).where(bd.c.status == "sent")
             .group_by(*bt.c).order_by(bt.c.date.desc(), bt.c.id).limit(limit))
        if recipient is not None:
            q = q.where(bd.c.recipient == recipient)
        with self._engine.connect() as conn:
            return [dict(r) for r in conn.execute(q).mappings()]

    def last_briefing_date(self, before: str, *, recipient: str | None = None) -> str | None:
        """The latest date before `before` (YYYY-MM-DD) for which a briefing was sent (to `recipient` when given)."""
        q = select(func.max(bd.c.date)).where(bd.c.status == "sent", bd.c.date < before)
        if recipient is not None:
            q = q.where(bd.c.recipient == recipient)
        with self._engine.connect() as conn:
            return conn.execute(q).scalar_one_or_none()

    # ------------------------------------------------------------------ deliveries
    def claim_delivery(self, *, date: str, recipient: str, briefing_id: str, channel: str,
                       now: datetime | None = None) -> bool:
        """Claim the right to send `date`'s briefing to `recipient`; False when it was sent or is being sent."""
        try:
            with self._engine.begin() as conn:
                conn.execute(insert(bd).values(date=date, recipient=recipient, briefing_id=briefing_id,
                                               channel=channel, status="sending", claimed_at=_now(now)))
        except IntegrityError:
            return False
        return True

    def complete_delivery(self, *, date: str, recipient: str, message_id: str | None = None,
                          now: datetime | None = None) -> None:
        with self._engine.begin() as conn:
            conn.execute(update(bd).where(bd.c.date == date, bd.c.recipient == recipient)
                         .values(status="sent", message_id=message_id, delivered_at=_now(now)))

    def release_delivery(self, *, date: str, recipient: str) -> None:
        """Give back a claim whose sending failed (a sent delivery is never released)."""
        with self._engine.begin() as conn:
            conn.execute(delete(bd).where(bd.c.date == date, bd.c.recipient == recipient, bd.c.status == "sending"))

    def deliveries(self, *, date: str | None = None, recipient: str | None = None) -> list[dict[str, Any]]:
        q = select(bd).order_by(bd.c.date, bd.c.recipient)
        if date is not None:
            q = q.where(bd.c.date == date)
        if recipient is not None:
            q = q.where(bd.c.recipient == recipient)
        with self._engine.connect() as conn:
            return [dict(r) for r in conn.execute(q).mappings()]
