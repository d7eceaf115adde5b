"""The daily briefing on a clock (APScheduler 3): at `at` local time in `tz`, the briefing of the day before is
made and delivered to the feed and to every email recipient.

A run missed while nothing was running is made once when the scheduler starts: the last time the clock passed
`at` is looked up, and that run is made unless every delivery of its date is recorded as sent. Deliveries are
idempotent per (date, recipient), so a restart, or two servers on one store, never send anything twice. The clock
is a parameter: tests pass one instead of waiting.
"""
from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from typing import Callable
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sitroom.brief._atom import FEED_RECIPIENT, publish_to_feed
from sitroom.brief._deliver import DeliveryReport, SmtpSettings, send_briefing
from sitroom.brief._make import make_briefing
from sitroom.brief._select import BriefOptions

log = logging.getLogger("sitroom.brief")


def parse_at(at: str) -> time:
    try:
        hh, mm = at.split(":")
        return time(int(hh), int(mm))
    except ValueError:
        raise ValueError(f"--brief-at must be HH:MM (24-hour), not {at!r}") from None


def parse_tz(tz: str) -> ZoneInfo:
    try:
        return ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {tz!r} (an IANA name such as America/New_York)") from None


@dataclass(frozen=True)
class BriefingSchedule:
    at: str = "09:00"
    tz: str = "UTC"
    email_to: tuple[str, ...] = ()
    smtp: SmtpSettings | None = None
    feed: bool = True
    options: BriefOptions = field(default_factory=BriefOptions)

    def __post_init__(self) -> None:
        parse_at(self.at)
        parse_tz(self.tz)


@dataclass
class RunReport:
    fire_time: datetime
    date: str
    feed: bool | None = None                   # True: published now; False: already there; None: no feed
    email: DeliveryReport | None = None


class BriefingScheduler:
    """Runs `schedule` against the store that `store` gives (a `Store`, or a callable returning one)."""

    def __init__(self, store, schedule: BriefingSchedule, *, clock: Callable[[], datetime] | None = None):
        self._store = store
        self.schedule = schedule
        self.tz = parse_tz(schedule.tz)
        self.at = parse_at(schedule.at)
        self.clock = clock or (lambda: datetime.now(self.tz))
        self._lock = threading.Lock()
        self._scheduler = None
        self.runs: list[RunReport] = []

    @property
    def store(self):
        return self._store() if callable(self._store) else self._store

    def trigger(self):
        from apscheduler.triggers.cron import CronTrigger
        return CronTrigger(hour=self.at.hour, minute=self.at.minute, timezone=self.tz)

    def next_run(self, now: datetime | None = None) -> datetime:
        now = (now or self.clock()).astimezone(self.tz)
        return self.trigger().get_next_fire_time(None, now)

    def last_due(self, now: datetime | None = None) -> datetime:
        """The last time the clock passed `at` (today's when it has, yesterday's otherwise)."""
        now = (now or self.clock()).astimezone(self.tz)
        day = now.date() if now.time() >= self.at else now.date() - timedelta(days=1)
        fire = self.trigger().get_next_fire_time(None, datetime.combine(day, time(0), self.tz))
        return fire if fire <= now else self.trigger().get_next_fire_time(
            None, datetime.combine(day - timedelta(days=1), time(0), self.tz))

    @staticmethod
    def briefing_date(fire_time: datetime) -> str:
        """A run at 09:00 on the 18th briefs on the 17th: the last full day of reports."""
        return (fire_time.date() - timedelta(days=1)).isoformat()

    def recipients(self) -> list[str]:
        return ([FEED_RECIPIENT] if self.schedule.feed else []) + list(self.schedule.email_to)

    def is_done(self, date: str) -> bool:
        sent = {d["recipient"] for d in self.store.deliveries(date=date) if d["status"] == "sent"}
        return all(r in sent for r in self.recipients())

    def run(self, fire_time: datetime) -> RunReport:
        """Make and deliver the briefing of the day before `fire_time`; deliveries already made are skipped."""
        with self._lock:
            store, date = self.store, self.briefing_date(fire_time)
            now = fire_time if fire_time > self.clock() else self.clock()
            briefing = make_briefing(store, date=date, options=self.schedule.options, today=fire_time.date())
            report = RunReport(fire_time, date)
            if self.schedule.feed:
                report.feed = publish_to_feed(store, briefing, now=now)
            if self.schedule.email_to:
                report.email = send_briefing(store, briefing, self.schedule.email_to, self.schedule.smtp, now=now)
                for rcpt, reason in report.email.failed:
                    log.warning("briefing %s to %s failed: %s", date, rcpt, reason)
            self.runs.append(report)
            log.info("briefing %s made (feed: %s, emails sent: %s)", date, report.feed,
                     report.email.sent if report.email else [])
            return report

    def catch_up(self, now: datetime | None = None) -> RunReport | None:
        """Make the last due run if its deliveries are not all recorded; None when there was nothing to do."""
        due = self.last_due(now)
        if self.is_done(self.briefing_date(due)):
            return None
        return self.run(due)

    def _tick(self) -> None:
        self.run(self.last_due())

    # ------------------------------------------------------------------ background
    def start(self) -> None:
        """Start the background scheduler; the missed run, if any, is made at once (in the scheduler's thread)."""
        from apscheduler.schedulers.background import BackgroundScheduler

        if self._scheduler is not None:
            return
        sched = BackgroundScheduler(timezone=self.tz)
        sched.add_job(self._tick, self.trigger(), id="daily-briefing", coalesce=True, max_instances=1,
                      misfire_grace_time=3600)
        sched.add_job(self.catch_up, id="catch-up", max_instances=1)
        sched.start()
        self._scheduler = sched

    def shutdown(self) -> None:
        if self._scheduler is not None:
            self._scheduler.shutdown(wait=False)
            self._scheduler = None

    def job_times(self) -> dict[str, datetime | None]:
        """Next run time of each scheduled job (for status pages and tests)."""
        if self._scheduler is None:
            return {}
        return {j.id: j.next_run_time for j in self._scheduler.get_jobs()}
