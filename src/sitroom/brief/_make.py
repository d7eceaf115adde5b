"""`make_briefing` and `render_briefing`: the period a briefing covers, and the briefing in a format."""
from __future__ import annotations

from datetime import date as Date, timedelta

from sitroom.brief._gather import Snapshot, gather, publication_day
from sitroom.brief._records import Briefing
from sitroom.brief._render import FORMATS, render
from sitroom.brief._select import BriefOptions, select_briefing
from sitroom.brief._wording import compose


def _day(value: str, what: str) -> str:
    try:
        d = Date.fromisoformat(value)
    except (TypeError, ValueError):
        raise ValueError(f"{what} must be a day YYYY-MM-DD, not {value!r}") from None
    if len(value) != 10:
        raise ValueError(f"{what} must be a day YYYY-MM-DD, not {value!r}")
    return d.isoformat()


def briefing_period(store, snap: Snapshot, *, date: str | None = None, since: str | None = None,
                    today: Date | None = None) -> tuple[str, str, str | None]:
    """(date, since, previous briefing's date).

    `date` defaults to the newest publication day in the store (never after today); `since` to the day after the
    last briefing sent before `date`, else to the first publication day, so consecutive briefings cover every day
    once.
    """
    days = sorted({publication_day(d) for d in snap.documents.values()})
    today = today or Date.today()
    if date is not None:
        date = _day(date, "--date")
    else:
        newest = [d for d in days if d <= today.isoformat()]
        date = newest[-1] if newest else today.isoformat()
    previous = store.last_briefing_date(date)
    if since is not None:
        since = _day(since, "--since")
    elif previous is not None:
        since = (Date.fromisoformat(previous) + timedelta(days=1)).isoformat()
    else:
        since = next((d for d in days if d <= date), date)
    if since > date:
        raise ValueError(f"--since {since} is after --date {date}")
    return date, since, previous


def make_briefing(store, *, date: str | None = None, since: str | None = None,
                  options: BriefOptions | None = None, today: Date | None = None) -> Briefing:
    """The briefing of the reports published from `since` to `date` (YYYY-MM-DD, both included); see
    `briefing_period` for the defaults. The same store and dates give the same briefing."""
    snap = gather(store)
    date, since, previous = briefing_period(store, snap, date=date, since=since, today=today)
    return select_briefing(snap, date=date, since=since, previous=previous, options=options)


def render_briefing(briefing: Briefing, format: str = "text") -> str:
    """The briefing as `text` (72 columns, numbered evidence), `md` (Markdown) or `html` (a whole page)."""
    if format not in FORMATS:
        raise ValueError(f"unknown briefing format {format!r} (one of {', '.join(FORMATS)})")
    return render(compose(briefing), format)


def briefing_title(briefing: Briefing) -> str:
    return compose(briefing).title
