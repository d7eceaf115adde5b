"""A claim placed only in a country that repeats a town's figure goes on the town's series (issue 10).

A claim's place is its town or region when analyze/places resolved one ("refugees|-|BIH:doboj"), else its country
("refugees|-|BIH"). Two towns are two subjects: their claims are two series and never contradict (a town's evacuees
are not its neighbour's). A claim said of the country is a subject of its own too: a country-wide figure ("40,000
displaced across Bosnia") is not a town's, and the two never contradict (a part is not the whole).

But outlets drop the town's name: "12,000 evacuated in Bosnia" restates Doboj's 12,000. So a claim placed only in
a country, with its owner unstated (a partial key; a claim naming its owner is a full series of its own, as today),
that fits no full series goes on the one town's series of that country, kind and status with a claim said within
`UNPLACED_WINDOW_DAYS` of its as-of span whose bounds overlap its own (`town_series`); with none, or two (two towns
with that figure that week), it stays on its own key. Decided per claim when it is written; a new claim on a town's
subject re-decides the country's claims of its window (`rejoin_town`); `rejoin_country_levels` re-decides them all.
As with every join, a claim's own subject is kept: contradictions and repeats are still decided on it.
Limits: a town's figure that grows (12,000 -> 15,000) leaves a country-level restatement of the new figure on the
country's key until a claim of the town gives it; a town the gazetteer lacks has no id (its claims are the country's).
"""
from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import Connection, select, update

from sitroom.model import figure_bounds, place_parts
from sitroom.model import own_topic as own_key
from sitroom.store import _fusion_schema as fs
from sitroom.store._series_join import (
    MAX_UNPLACED_SPAN_DAYS, UNKNOWN, UNPLACED_WINDOW_DAYS, _parts, _prefix, _status, _window, resummarize, series_of,
)


def country_level(own: str) -> bool:
    """A key placed in a country (no town), its owner unstated: "refugees|-|BIH"."""
    _, owner, loc = _parts(own)
    return owner == UNKNOWN and loc != UNKNOWN and place_parts(loc)[1] is None


def _towns(conn: Connection, counted: str, country: str) -> list[str]:
    from sitroom.store._series_summary import figure_series
    s = figure_series.c
    return [k for (k,) in conn.execute(select(s.topic_key).where(_prefix(s.topic_key, f"{counted}|")))
            if place_parts(_parts(k)[2]) == (country, _parts(k)[2])]


def _repeated(conn: Connection, subject_key: str, window: tuple[str, str], mine: tuple[float, float]) -> bool:
    """A claim on `subject_key` said within `window` whose bounds overlap `mine`."""
    c = fs.figure_claims.c
    start = (date.fromisoformat(window[0]) - timedelta(days=MAX_UNPLACED_SPAN_DAYS)).isoformat()
    for lower, upper, qualifier in conn.execute(select(c.lower, c.upper, c.qualifier).where(
            c.subject_key == subject_key, c.as_of_lo >= start, c.as_of_lo <= window[1], c.as_of_hi >= window[0],
            c.duplicate_of.is_(None)).limit(200)):
        theirs = figure_bounds(lower, upper, qualifier)
        if theirs is not None and theirs[0] <= mine[1] and mine[0] <= theirs[1]:
            return True
    return False


def town_series(conn: Connection, subject_key: str, lo: str | None, hi: str | None, figure: tuple,
                towns: list[str] | None = None) -> str | None:
    """The one town's series (among `towns`, else the summary's) a country-level claim of this figure and week
    repeats, None when there is none or more than one."""
    window, mine = _window(lo, hi), figure_bounds(*figure)
    if window is None or mine is None:
        return None
    counted, _, country = _parts(own_key(subject_key))
    status = _status(subject_key)
    found = [k for k in (towns if towns is not None else _towns(conn, counted, country))
             if _repeated(conn, f"{k}|{status}", window, mine)]
    return found[0] if len(found) == 1 else None


def _redecide(conn: Connection, subject: str, rows) -> set[str]:
    c = fs.figure_claims.c
    changed: set[str] = set()
    for cid, topic, lo, hi, lower, upper, qualifier in rows:
        new = series_of(conn, subject, lo, hi, (lower, upper, qualifier))
        if new != topic:
            conn.execute(update(fs.figure_claims).where(c.id == cid).values(topic_key=new))
            changed |= {topic, new}
    return changed


def _rows(subject: str):
    c = fs.figure_claims.c
    return select(c.id, c.topic_key, c.as_of_lo, c.as_of_hi, c.lower, c.upper, c.qualifier).where(
        c.subject_key == subject)


def rejoin_town(conn: Connection, subject_key: str, lo: str | None, hi: str | None) -> None:
    """A claim on a town's subject is new: re-decide the country-level claims (owner unstated) of its kind, status
    and country said within the window of its as-of span (it may be the town they repeat, or a second one)."""
    counted, _, loc = _parts(own_key(subject_key))
    country, town = place_parts(loc)
    if town is None or not lo or not hi:
        return
    c = fs.figure_claims.c
    subject = f"{counted}|{UNKNOWN}|{country}|{_status(subject_key)}"
    w = timedelta(days=UNPLACED_WINDOW_DAYS + MAX_UNPLACED_SPAN_DAYS)
    rows = conn.execute(_rows(subject).where(
        c.as_of_lo >= (date.fromisoformat(lo[:10]) - w).isoformat(),
        c.as_of_lo <= (date.fromisoformat(hi[:10]) + timedelta(days=UNPLACED_WINDOW_DAYS)).isoformat())).all()
    changed = _redecide(conn, subject, rows)
    if changed:
        resummarize(conn, sorted(changed))


def rejoin_country_levels(conn: Connection, subjects: list[str]) -> None:
    """Re-decide, claim by claim, the country-level subjects among `subjects` not on a full series (a rebuild: the
    summaries may not be there yet, so the towns' series are read from the claims)."""
    c = fs.figure_claims.c
    topics = [k for (k,) in conn.execute(select(c.topic_key).distinct())]
    for subject in subjects:
        own = own_key(subject)
        if not country_level(own):
            continue
        counted, _, country = _parts(own)
        towns = [k for k in topics if _parts(k)[0] == counted and place_parts(_parts(k)[2]) == (
            country, _parts(k)[2])]
        for cid, topic, lo, hi, lower, upper, qualifier in conn.execute(_rows(subject)).all():
            if topic != own and topic not in towns:
                continue                                  # on a full series (decided for the whole subject)
            new = town_series(conn, subject, lo, hi, (lower, upper, qualifier), towns) or own
            if new != topic:
                conn.execute(update(fs.figure_claims).where(c.id == cid).values(topic_key=new))


def redecide_subject(conn: Connection, subject: str) -> set[str]:
    """Re-decide a country-level subject's claims one by one; returns the series keys whose claims changed."""
    return _redecide(conn, subject, conn.execute(_rows(subject)).all())
