"""Joining a partial series key to the one full series it fits (issue 10).

A claim's own key is counted|owner|location as its sentence gave them (`subject_key` without the status); an outlet
that leaves the owner or the place unstated ("about 9,000 troops will be sent to Belarus") makes a partial key
("personnel|-|BLR"). Such a claim is shown on a full series (owner and location known) of the same kind whose known
parts equal its own ("personnel|RUS|BLR") when that series is the only one the store holds that fits: its
`topic_key` (the series it is on) is then that series, its `subject_key` stays its own (duplicates and
contradictions are still decided on the claim's own subject, so a join never raises a contradiction). With two or
more fitting full series the owner or place is ambiguous and the claim stays on its own key.

Decided when a claim is written (`Transaction.add_figure_claim`), so every reader (CLI, REST and web pages, briefing,
export, the summary tables) sees the same series; a new full series re-decides the partial keys it fits
(`rejoin_partials`), and `rejoin_all` re-decides every key after a bulk load. Concurrent writers creating two
fitting full series at once may leave a join that only `Store.rebuild_series_summary` corrects.
"""
from __future__ import annotations

from sqlalchemy import Connection, and_, delete, insert, select, update

from sitroom.store import _fusion_schema as fs

UNKNOWN = "-"


def own_key(subject_key: str) -> str:
    """counted|owner|location of a claim's own subject (its `subject_key` without the status)."""
    return subject_key.rsplit("|", 1)[0]


def _parts(key: str) -> tuple[str, str, str]:
    counted, owner, loc = (key.split("|") + [UNKNOWN, UNKNOWN])[:3]
    return counted, owner or UNKNOWN, loc or UNKNOWN


def is_partial(key: str) -> bool:
    _, owner, loc = _parts(key)
    return UNKNOWN in (owner, loc)


def fits(partial: str, full: str) -> bool:
    """A full key the partial one may stand for: same kind, its known parts equal."""
    p, f = _parts(partial), _parts(full)
    return not is_partial(full) and p[0] == f[0] and all(a in (UNKNOWN, b) for a, b in zip(p[1:], f[1:]))


def _prefix(col, prefix: str):
    return and_(col >= prefix, col < prefix + "\uffff")


def series_of(conn: Connection, key: str) -> str:
    """The series a claim with own key `key` is on: the one full series it fits, else its own key."""
    if not is_partial(key):
        return key
    from sitroom.store._series_summary import figure_series
    s = figure_series.c
    counted, owner, _ = _parts(key)
    start = f"{counted}|{owner}|" if owner != UNKNOWN else f"{counted}|"
    found = []
    for (k,) in conn.execute(select(s.topic_key).where(_prefix(s.topic_key, start))):
        if fits(key, k):
            found.append(k)
            if len(found) > 1:
                return key
    return found[0] if found else key


def partials_of(full: str) -> list[str]:
    counted, owner, loc = _parts(full)
    return [f"{counted}|{owner}|{UNKNOWN}", f"{counted}|{UNKNOWN}|{loc}", f"{counted}|{UNKNOWN}|{UNKNOWN}"]


def _move(conn: Connection, own: str, new: str) -> str | None:
    """Put the claims of own key `own` on series `new`; returns the series they were on (None: no claims/moved)."""
    c = fs.figure_claims.c
    old = conn.execute(select(c.topic_key).where(_prefix(c.subject_key, own + "|")).limit(1)).scalar_one_or_none()
    if old is None or old == new:
        return None
    conn.execute(update(fs.figure_claims).where(_prefix(c.subject_key, own + "|"), c.topic_key == old)
                 .values(topic_key=new))
    return old


def rejoin_partials(conn: Connection, full: str) -> None:
    """A full series `full` is new: re-decide the partial keys it fits (one may now join it, or become ambiguous)."""
    for own in partials_of(full):
        new = series_of(conn, own)
        old = _move(conn, own, new)
        if old is not None:
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
    """Re-decide the series of every partial key from the claims (before the summaries are rebuilt)."""
    c = fs.figure_claims.c
    owns = {own_key(k) for (k,) in conn.execute(select(c.subject_key).distinct())}
    full = sorted(k for k in owns if not is_partial(k))
    for own in sorted(k for k in owns if is_partial(k)):
        fit = [f for f in full if fits(own, f)]
        new = fit[0] if len(fit) == 1 else own
        conn.execute(update(fs.figure_claims).where(_prefix(c.subject_key, own + "|"), c.topic_key != new)
                     .values(topic_key=new))
