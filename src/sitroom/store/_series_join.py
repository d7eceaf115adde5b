"""Joining a claim whose owner or place is unstated to the one full series it fits (issue 10).

A claim's own subject is counted|owner|location|status as its sentence gave them (`subject_key`); an outlet that
leaves the owner or the place unstated ("about 9,000 troops will be sent to Belarus") makes a partial one
("personnel|-|BLR|planned"). Such a claim is shown on a full series (owner and location known) of the same kind
whose known parts equal its own and which holds claims of its status ("personnel|RUS|BLR", with planned troops)
when that series is the only one in the store that fits: its `topic_key` (the series it is on) is then that
series, while its `subject_key` stays its own (duplicates and contradictions are still decided on the claim's own
subject, so a join never raises a contradiction). The status counts because a place's other series are mostly
other stories: "personnel|BLR|BLR" (the country's own army, present) is no candidate for troops planned to go
there. With two or more fitting full series the owner or place is ambiguous and the claim stays on its own key.

Decided when a claim is written (`Transaction.add_figure_claim`), so every reader (CLI, REST and web pages, briefing,
export, the summary tables) sees the same series; a new full subject re-decides the partial subjects it fits
(`rejoin_partials`), and `rejoin_all` re-decides them all (`Store.rebuild_series_summary`, after a bulk load).
Concurrent writers creating two fitting full subjects at once may leave a join only a rebuild corrects.
A claim with both owner and place unstated ("About 12 thousand evacuated.", a channel's post naming neither) has
only its kind and status: it joins the one full series of its kind holding claims of its status said of a time
within `UNPLACED_WINDOW_DAYS` of its own as-of span (the same story told that week), decided per claim
(`unplaced_series`); a later full claim in its window re-decides it (`rejoin_unplaced`). A claim with no as-of span,
or one vaguer than a month, joins nothing. Contradictions stay on each claim's own subject, so no join flags one.
Places below the country (issue 10): a claim's place may be a town or region ("personnel|RUS|BLR:brest", a
place id); a town's key is its own subject and series. A claim naming a town but not its owner may stand for its
country's full series ("tanks|-|UKR:donetsk" on "tanks|POL|UKR"), its own town's full series first (`choose`); a
claim leaving the place unstated goes to a country's series when the other fits are that country's towns; a claim
placed only in a country with its owner unstated may be one town's point when it repeats its figure that week
(`_series_places`).
A claim with one part stated joins the one fitting series of any date; when several fit and `choose` cannot tell
them apart, the one with claims of its status said within `UNPLACED_WINDOW_DAYS` of its own as-of span, if only
one is (`choose_series`: the 1999 call-up does not make the 2025 one ambiguous), decided per claim. Limits: in a
store of many years a claim with one part stated joins the one fitting series of any date, and a join can move
when a second fitting series is written later (the points show `joined_from`, so a reader can tell).
"""
from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import Connection, and_, delete, insert, select, update

from sitroom.model import own_topic as own_key
from sitroom.model import place_parts, topic_parts
from sitroom.store import _fusion_schema as fs

UNKNOWN = "-"
UNPLACED_WINDOW_DAYS = 7          # a claim naming neither owner nor place joins a series said of a time this near
MAX_UNPLACED_SPAN_DAYS = 31       # a claim dated only to a year says of no time near enough


def _parts(key: str) -> tuple[str, str, str]:
    counted, owner, loc = topic_parts(key)
    return counted, owner or UNKNOWN, loc or UNKNOWN


def is_partial(key: str) -> bool:
    _, owner, loc = _parts(key)
    return UNKNOWN in (owner, loc)


def joinable(key: str) -> bool:
    """A partial key that may join a full series: one of owner and place known. With both unstated, the kind and
    status alone ("personnel|-|-", planned) would tie a figure to whichever story the store happens to hold."""
    _, owner, loc = _parts(key)
    return (owner == UNKNOWN) != (loc == UNKNOWN)


def _within(place: str, country: str) -> bool:
    """A place below the country ("UKR:donetsk") in `country` ("UKR")."""
    c, sub = place_parts(place)
    return sub is not None and ":" not in country and c == country


def fits(partial: str, full: str) -> bool:
    """A full key the partial one may stand for: same kind, its known parts equal (a town's place may also stand
    for its country's: "tanks|-|UKR:donetsk" fits "tanks|POL|UKR")."""
    p, f = _parts(partial), _parts(full)
    return not is_partial(full) and p[0] == f[0] and p[1] in (UNKNOWN, f[1]) and (
        p[2] in (UNKNOWN, f[2]) or _within(p[2], f[2]))


def choose(partial: str, found: list[str]) -> str | None:
    """The one full series among those `partial` fits (`found`), None when the owner or place stays ambiguous:
    the only one; for a claim naming a place, the one of that very place before its country's; for a claim leaving
    the place unstated, its country's own series when the others are that country's towns (same owner)."""
    found = sorted(set(found))
    if len(found) <= 1:
        return found[0] if found else None
    loc = _parts(partial)[2]
    if loc != UNKNOWN:
        exact = [k for k in found if _parts(k)[2] == loc]
        pool = exact or found
        return pool[0] if len(pool) == 1 else None
    regions = {f"{c}|{o}|{place_parts(p)[0]}" for c, o, p in map(_parts, found)}
    return regions.pop() if len(regions) == 1 and next(iter(regions)) in found else None


def _prefix(col, prefix: str):
    return and_(col >= prefix, col < prefix + "\uffff")


def _status(subject_key: str) -> str:
    return subject_key.rsplit("|", 1)[1] if "|" in subject_key else ""


def _has_subject(conn: Connection, subject_key: str) -> bool:
    c = fs.figure_claims.c
    return conn.execute(select(c.id).where(c.subject_key == subject_key).limit(1)).first() is not None


def series_of(conn: Connection, subject_key: str, lo: str | None = None, hi: str | None = None,
              figure: tuple | None = None) -> str:
    """The series a claim on `subject_key` (counted|owner|location|status) is on: the one full series it fits that
    holds claims of its status (`choose`; naming neither owner nor place, as of `lo`..`hi`: `unplaced_series`);
    else, placed only in a country with its owner unstated, the one town's series of that country whose figure of
    that week its `figure` (lower, upper, qualifier) repeats (`_series_places.town_series`); else its own key."""
    own = own_key(subject_key)
    if _unplaced(own):
        return unplaced_series(conn, subject_key, lo, hi)
    if not joinable(own):
        return own
    from sitroom.store._series_summary import figure_series
    s = figure_series.c
    counted, owner, _ = _parts(own)
    start = f"{counted}|{owner}|" if owner != UNKNOWN else f"{counted}|"
    found = [k for (k,) in conn.execute(select(s.topic_key).where(_prefix(s.topic_key, start)).order_by(s.topic_key))
             if fits(own, k) and _has_subject(conn, f"{k}|{_status(subject_key)}")]
    if found:
        return choose_series(conn, own, found, _status(subject_key), lo, hi)
    from sitroom.store._series_places import country_level, town_series
    if figure is not None and country_level(own):
        return town_series(conn, subject_key, lo, hi, figure) or own
    return own


def choose_series(conn: Connection, own: str, found: list[str], status: str, lo: str | None, hi: str | None) -> str:
    """Of the full series a claim stating one of owner and place fits (`found`), the one it is on: `choose`'s, else
    the only one with claims of its status said within the window of its as-of span (the same story that week: a
    call-up of 1999 makes no 2025 call-up ambiguous), else its own key."""
    one = choose(own, found)
    if one is not None:
        return one
    window = _window(lo, hi)
    if not found or window is None:
        return own
    near = [k for k in found if _said_within(conn, f"{k}|{status}", window)]
    return choose(own, near) or own


def _unplaced(key: str) -> bool:
    _, owner, loc = _parts(key)
    return owner == loc == UNKNOWN


def _window(lo: str | None, hi: str | None) -> tuple[str, str] | None:
    """The as-of days a claim on `lo`..`hi` may share a story with, None when it is undated or too vague."""
    if not lo or not hi:
        return None
    a, b = date.fromisoformat(lo[:10]), date.fromisoformat(hi[:10])
    if (b - a).days > MAX_UNPLACED_SPAN_DAYS:
        return None
    w = timedelta(days=UNPLACED_WINDOW_DAYS)
    return (a - w).isoformat(), (b + w).isoformat()


def _said_within(conn: Connection, subject_key: str, window: tuple[str, str], excluding: str | None = None) -> bool:
    """A claim on `subject_key` whose as-of span meets `window` (spans are at most a month: the index on
    (subject_key, as_of_lo) bounds the scan)."""
    c = fs.figure_claims.c
    start = (date.fromisoformat(window[0]) - timedelta(days=MAX_UNPLACED_SPAN_DAYS)).isoformat()
    q = select(c.id).where(c.subject_key == subject_key, c.as_of_lo >= start, c.as_of_lo <= window[1],
                           c.as_of_hi >= window[0])
    if excluding is not None:
        q = q.where(c.id != excluding)
    return conn.execute(q.limit(1)).first() is not None


def unplaced_series(conn: Connection, subject_key: str, lo: str | None, hi: str | None,
                    topics: list[str] | None = None) -> str:
    """The series a claim naming neither owner nor place is on: the one full series of its kind (among `topics`,
    else the summary's) with claims of its status said within the window of its as-of span, else its own key."""
    own = own_key(subject_key)
    window = _window(lo, hi)
    if window is None:
        return own
    counted = _parts(own)[0]
    if topics is None:
        from sitroom.store._series_summary import figure_series
        s = figure_series.c
        topics = list(conn.execute(select(s.topic_key).where(_prefix(s.topic_key, f"{counted}|"))).scalars())
    found = [k for k in sorted(topics) if fits(own, k) and _said_within(conn, f"{k}|{_status(subject_key)}", window)]
    return choose(own, found) or own


def rejoin_unplaced(conn: Connection, claim_id: str, subject_key: str, lo: str | None, hi: str | None) -> None:
    """A claim on a full subject is new: re-decide the claims naming neither owner nor place whose window it falls
    in, when it is the first of its subject there (a fit more for them: none -> this series, one -> ambiguous)."""
    if is_partial(own_key(subject_key)) or not lo or not hi:
        return
    c = fs.figure_claims.c
    counted, status = _parts(own_key(subject_key))[0], _status(subject_key)
    unplaced = f"{counted}|{UNKNOWN}|{UNKNOWN}|{status}"
    w = timedelta(days=UNPLACED_WINDOW_DAYS + MAX_UNPLACED_SPAN_DAYS)
    near = conn.execute(select(c.id, c.topic_key, c.as_of_lo, c.as_of_hi).where(
        c.subject_key == unplaced, c.as_of_lo >= (date.fromisoformat(lo[:10]) - w).isoformat(),
        c.as_of_lo <= (date.fromisoformat(hi[:10]) + timedelta(days=UNPLACED_WINDOW_DAYS)).isoformat())).all()
    own, changed = own_key(subject_key), set()
    for cid, topic, ulo, uhi in near:
        window = _window(ulo, uhi)
        if window is None or not (window[0] <= hi[:10] and lo[:10] <= window[1]) or topic == own:
            continue                                  # not in its window, or already on this series
        if _said_within(conn, subject_key, window, excluding=claim_id):
            continue                                  # this series was a fit already: nothing changes
        new = unplaced_series(conn, unplaced, ulo, uhi)
        if new != topic:
            conn.execute(update(fs.figure_claims).where(c.id == cid).values(topic_key=new))
            changed |= {topic, new}
    if changed:
        resummarize(conn, sorted(changed))


def partials_of(conn: Connection, full: str, status: str) -> list[str]:
    """The partial subjects of `status` a new full subject may change the series of: its owner's with the place
    unstated, its place's with the owner unstated, and (a country's) its towns' with the owner unstated."""
    counted, owner, loc = _parts(full)
    out = [f"{counted}|{owner}|{UNKNOWN}|{status}", f"{counted}|{UNKNOWN}|{loc}|{status}"]
    if place_parts(loc)[1] is None:
        c = fs.figure_claims.c
        out += sorted(k for (k,) in conn.execute(select(c.subject_key).distinct().where(
            _prefix(c.subject_key, f"{counted}|{UNKNOWN}|{loc}:"))) if _status(k) == status)
    return out


def is_new_full_subject(conn: Connection, subject_key: str) -> bool:
    """A claim on `subject_key` would be the first of a full subject (checked before it is written)."""
    return not is_partial(own_key(subject_key)) and not _has_subject(conn, subject_key)


def rejoin_partials(conn: Connection, full_subject: str) -> None:
    """A full subject is new: re-decide the series of the partial subjects it fits (one may now join it, or have
    become ambiguous)."""
    changed: set[str] = set()
    for subject in partials_of(conn, own_key(full_subject), _status(full_subject)):
        changed |= redecide(conn, subject)
    if changed:
        resummarize(conn, sorted(changed))


def redecide(conn: Connection, subject: str) -> set[str]:
    """Re-decide the series of the claims on a partial `subject` (one by one where the figure and week count: a
    country-level claim that may be a town's); returns the series keys whose claims changed."""
    from sitroom.store._series_places import country_level, redecide_subject
    if country_level(own_key(subject)):
        return redecide_subject(conn, subject)
    c = fs.figure_claims.c
    changed: set[str] = set()
    for cid, old, lo, hi in conn.execute(select(c.id, c.topic_key, c.as_of_lo, c.as_of_hi)
                                         .where(c.subject_key == subject)).all():
        new = series_of(conn, subject, lo, hi)          # per claim: its as-of window may pick one of several
        if old != new:
            conn.execute(update(fs.figure_claims).where(c.id == cid).values(topic_key=new))
            changed |= {old, new}
    return changed


def resummarize(conn: Connection, keys: list[str]) -> None:
    """Recompute the summary rows of series `keys` from their claims."""
    from sitroom.store._series_summary import figure_series, figure_series_days, summary_selects
    series, days = summary_selects()
    c = fs.figure_claims.c
    conn.execute(delete(figure_series_days).where(figure_series_days.c.topic_key.in_(keys)))
    conn.execute(delete(figure_series).where(figure_series.c.topic_key.in_(keys)))
    conn.execute(insert(figure_series).from_select(["topic_key", "claims", "points", "first", "last"],
                                                   series.where(c.topic_key.in_(keys))))
    conn.execute(insert(figure_series_days).from_select(["topic_key", "day", "status", "points", "lower", "upper"],
                                                        days.where(c.topic_key.in_(keys))))


def rejoin_all(conn: Connection) -> None:
    """Re-decide the series of every partial subject from the claims (before the summaries are rebuilt)."""
    c = fs.figure_claims.c
    subjects = {k for (k,) in conn.execute(select(c.subject_key).distinct())}
    full = {k for k in subjects if not is_partial(own_key(k))}
    for subject in sorted(subjects - full):
        own, status = own_key(subject), _status(subject)
        if _unplaced(own):
            topics = sorted({own_key(f) for f in full if _status(f) == status and fits(own, own_key(f))})
            for cid, topic, lo, hi in conn.execute(select(c.id, c.topic_key, c.as_of_lo, c.as_of_hi)
                                                   .where(c.subject_key == subject)).all():
                new = unplaced_series(conn, subject, lo, hi, topics)
                if new != topic:
                    conn.execute(update(fs.figure_claims).where(c.id == cid).values(topic_key=new))
            continue
        fit = sorted({own_key(f) for f in full if _status(f) == status and fits(own, own_key(f))}) \
            if joinable(own) else []
        one = choose(own, fit)
        if one is not None or not fit:
            new = one or own
            conn.execute(update(fs.figure_claims).where(c.subject_key == subject, c.topic_key != new)
                         .values(topic_key=new))
            continue
        for cid, topic, lo, hi in conn.execute(select(c.id, c.topic_key, c.as_of_lo, c.as_of_hi)
                                               .where(c.subject_key == subject)).all():
            new = choose_series(conn, own, fit, status, lo, hi)
            if new != topic:
                conn.execute(update(fs.figure_claims).where(c.id == cid).values(topic_key=new))
    from sitroom.store._series_places import rejoin_country_levels
    rejoin_country_levels(conn, sorted(subjects - full))     # after the full series: a town's may be partial
