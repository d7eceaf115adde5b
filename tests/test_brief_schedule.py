"""The daily schedule (APScheduler 3): the tests hand the scheduler its clock instead of waiting for 09:00."""
from __future__ import annotations

import time as wall
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest

from brief_reports import ALL, built_store
from sitroom.brief import BriefingSchedule, BriefingScheduler
from test_brief_delivery import smtp  # noqa: F401 (the aiosmtpd fixture)

NY = ZoneInfo("America/New_York")


def at(y, m, d, hh, mm=0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=NY)


class Clock:
    def __init__(self, now: datetime):
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def store(tmp_path):
    s = built_store(tmp_path, ALL)
    yield s
    s.close()


def sent(store) -> list[tuple[str, str]]:
    return [(d["date"], d["recipient"]) for d in store.deliveries() if d["status"] == "sent"]


def test_nine_in_new_york_is_nine_in_new_york_across_the_clock_change(store):
    sched = BriefingScheduler(store, BriefingSchedule(at="09:00", tz="America/New_York"))
    assert sched.next_run(at(2022, 10, 18, 8, 59)) == at(2022, 10, 18, 9)
    assert sched.next_run(at(2022, 10, 18, 9, 1)) == at(2022, 10, 19, 9)
    fall_back = sched.next_run(at(2022, 11, 5, 10))          # clocks go back on 6 November
    assert fall_back == at(2022, 11, 6, 9)
    assert fall_back.astimezone(timezone.utc) == datetime(2022, 11, 6, 14, tzinfo=timezone.utc)
    assert sched.last_due(at(2022, 10, 19, 8, 59)) == at(2022, 10, 18, 9)
    assert sched.last_due(at(2022, 10, 19, 9, 0)) == at(2022, 10, 19, 9)


def test_a_run_missed_while_down_is_made_once_on_start(store):
    clock = Clock(at(2022, 10, 19, 14, 30))                  # the server was down at 09:00 on the 19th
    sched = BriefingScheduler(store, BriefingSchedule(at="09:00", tz="America/New_York"), clock=clock)
    run = sched.catch_up()
    assert run is not None and run.date == "2022-10-18" and run.feed is True
    assert sent(store) == [("2022-10-18", "feed")]
    assert sched.catch_up() is None                           # started again the same day: nothing to do
    restarted = BriefingScheduler(store, BriefingSchedule(at="09:00", tz="America/New_York"), clock=clock)
    assert restarted.catch_up() is None
    clock.now = at(2022, 10, 20, 9, 0)                        # the next morning's tick briefs the 19th
    restarted._tick()
    assert sent(store) == [("2022-10-18", "feed"), ("2022-10-19", "feed")]
    assert [r["date"] for r in store.delivered_briefings(recipient="feed")] == ["2022-10-19", "2022-10-18"]


def test_before_nine_the_last_due_run_is_yesterdays(store):
    sched = BriefingScheduler(store, BriefingSchedule(at="09:00", tz="America/New_York"),
                              clock=Clock(at(2022, 10, 19, 8, 0)))
    run = sched.catch_up()
    assert run.fire_time == at(2022, 10, 18, 9) and run.date == "2022-10-17"


def test_scheduled_email_goes_out_once_and_a_failed_one_is_retried_on_the_next_start(store, smtp):  # noqa: F811
    inbox, settings = smtp
    inbox.refuse.add("ben@desk.example")
    schedule = BriefingSchedule(at="09:00", tz="America/New_York", smtp=settings,
                                email_to=("ana@desk.example", "ben@desk.example"))
    clock = Clock(at(2022, 10, 19, 9, 0))
    first = BriefingScheduler(store, schedule, clock=clock).catch_up()
    assert first.email.sent == ["ana@desk.example"] and [r for r, _ in first.email.failed] == ["ben@desk.example"]
    inbox.refuse.clear()
    clock.now = at(2022, 10, 19, 11, 0)                       # restarted: ben's delivery is still missing
    second = BriefingScheduler(store, schedule, clock=clock).catch_up()
    assert (second.email.sent, second.email.skipped, second.feed) == (["ben@desk.example"], ["ana@desk.example"],
                                                                       False)
    assert BriefingScheduler(store, schedule, clock=clock).catch_up() is None
    assert [to for _, to, _ in inbox.messages] == [["ana@desk.example"], ["ben@desk.example"]]
    assert sorted(sent(store)) == [("2022-10-18", "ana@desk.example"), ("2022-10-18", "ben@desk.example"),
                                   ("2022-10-18", "feed")]


def test_the_background_scheduler_runs_the_catch_up_and_waits_for_nine(store):
    clock = Clock(at(2022, 10, 19, 14, 30))
    sched = BriefingScheduler(store, BriefingSchedule(at="09:00", tz="America/New_York"), clock=clock)
    sched.start()
    try:
        jobs = sched.job_times()
        assert set(jobs) <= {"daily-briefing", "catch-up"} and "daily-briefing" in jobs
        nxt = jobs["daily-briefing"].astimezone(NY)
        assert (nxt.hour, nxt.minute) == (9, 0)
        deadline = wall.monotonic() + 30                      # the catch-up runs in the scheduler's thread
        while not sched.runs and wall.monotonic() < deadline:
            wall.sleep(0.05)
    finally:
        sched.shutdown()
    assert [r.date for r in sched.runs] == ["2022-10-18"]
    assert sent(store) == [("2022-10-18", "feed")]


@pytest.mark.parametrize("kwargs, message", [
    ({"at": "9am"}, "--brief-at must be HH:MM (24-hour), not '9am'"),
    ({"at": "25:00"}, "--brief-at must be HH:MM (24-hour), not '25:00'"),
    ({"tz": "America/Gotham"}, "unknown time zone 'America/Gotham' (an IANA name such as America/New_York)"),
])
def test_a_bad_schedule_is_refused_with_the_reason(kwargs, message):
    with pytest.raises(ValueError) as exc:
        BriefingSchedule(**kwargs)
    assert str(exc.value) == message
