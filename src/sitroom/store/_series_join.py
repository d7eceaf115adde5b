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
Limits: a claim with both owner and place unstated joins nothing (`joinable`); there is no time window, so in a
store of many years a partial claim joins the one fitting series of any date, and a join can move when a second
fitting series is written later (the points show `joined_from`, so a reader can tell).
"""
from __future__ import annotations

from sqlalchemy import Connection, and_, delete, insert, select, update

from sitroom.model import own_topic as own_key
from sitroom.store import _fusion_schema as fs

UNKNOWN = "-"


def _parts(key: str) -> tuple[str, str, str]:
    counted, owner, loc = (key.split("|") + [UNKNOWN, UNKNOWN])[:3]
    return counted, owner or UNKNOWN, loc or UNKNOWN


def is_partial(key: str) -> bool:
    _, owner, loc = _parts(key)
    return UNKNOWN in (owner, loc)


def joinable(key: str) -> bool:
    """A partial key that may join a full series: one of owner and place known. With both unstated, the kind and
    status alone ("personnel|-|-", planned) would tie a figure to whichever story the store happens to hold."""
    _, owner, loc = _parts(key)
    return (owner == UNKNOWN) != (loc == UNKNOWN)


def fits(partial: str, full: str) -> bool:
    """A full key the partial one may stand for: same kind, its known parts equal."""
    p, f = _parts(partial), _parts(full)
    return not is_partial(full) and p[0] == f[0] and all(a in (UNKNOWN, b) for a, b in zip(p[1:], f[1:]))


def _prefix(col, prefix: str):
    return and_(col >= prefix, col < prefix + "\uffff")


def _status(subject_key: str) -> str:
    return subject_key.rsplit("|", 1)[1] if "|" in subject_key else ""


def _has_subject(conn: Connection, subject_key: str) -> bool:
    c = fs.figure_claims.c
    return conn.execute(select(c.id).where(c.subject_key == subject_key).limit(1)).first() is not None


def series_of(conn: Connection, subject_key: str) -> str:
    """The series a claim on `subject_key` (counted|owner|location|status) is on: the one full series it fits that
    holds claims of its status, else its own key."""
    own = own_key(subject_key)
    if not joinable(own):
        return own
    from sitroom.store._series_summary import figure_series
    s = figure_series.c
    counted, owner, _ = _parts(own)
    start = f"{counted}|{owner}|" if owner != UNKNOWN else f"{counted}|"
    found = []
    for (k,) in conn.execute(select(s.topic_key).where(_prefix(s.topic_key, start)).order_by(s.topic_key)):
        if fits(own, k) and _has_subject(conn, f"{k}|{_status(subject_key)}"):
            found.append(k)
            if len(found) > 1:
                return own
    return found[0] if found else own


def partials_of(full: str) -> list[str]:
    counted, owner, loc = _parts(full)
    return [f"{counted}|{owner}|{UNKNOWN}", f"{counted}|{UNKNOWN}|{loc}"]


def is_new_full_subject(conn: Connection, subject_key: str) -> bool:
    """A claim on `subject_key` would be the first of a full subject (checked before it is written)."""
    return not is_partial(own_key(subject_key)) and not _has_subject(conn, subject_key)


def rejoin_partials(conn: Connection, full_subject: str) -> None:
    """A full subject is new: re-decide the series of the partial subjects it fits (one may now join it, or have
    become ambiguous)."""
    c = fs.figure_claims.c
    status = _status(full_subject)
    for own in partials_of(own_key(full_subject)):
        subject = f"{own}|{status}"
        old = conn.execute(select(c.topic_key).where(c.subject_key == subject).limit(1)).scalar_one_or_none()
        new = series_of(conn, subject)
        if old is None or old == new:
            continue
        conn.execute(update(fs.figure_claims).where(c.subject_key == subject).values(topic_key=new))
        resummarize(conn, [old, new])


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
        fit = sorted({own_key(f) for f in full if _status(f) == status and fits(own, own_key(f))}) \
            if joinable(own) else []
        new = fit[0] if len(fit) == 1 else own
        conn.execute(update(fs.figure_claims).where(c.subject_key == subject, c.topic_key != new)
                     .values(topic_key=new))
