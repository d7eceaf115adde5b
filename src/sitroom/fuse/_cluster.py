"""Incremental event clustering: a new event joins the best-scoring compatible cluster, or founds one.

Candidates come only from the indexed blocking keys `type | place-or-actor | week bucket` (never a scan of all events),
capped at MAX_CANDIDATES, so the work per event stays flat as the store grows. A candidate is compared with the
cluster's summary (founding countries, place, calendar span, evidence keywords). Hard vetoes: different actor
country (unless actor and recipient are swapped), different location country, different named sub-national place,
calendar spans further apart than the precision allows. The rest is a weighted score; every link stores its reasons.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from sitroom.fuse._features import EventFeatures, evidence_keywords
from sitroom.model import ClusterLink, ClusterSummary, NearDuplicate, content_id

MAX_CANDIDATES = 100
MAX_KEYWORDS = 60
# days two calendar spans may lie apart and still be one happening, by the vaguer precision of the two
SLACK_DAYS = {"time": 1, "day": 1, "week": 3, "month": 7, None: 0}
LINKABLE_PRECISIONS = ("time", "day", "week", "month", None)   # a year-wide date links nothing by itself
WEIGHTS = {"actor": 0.15, "recipient": 0.10, "place": 0.20, "date": 0.20, "evidence": 0.35}


@dataclass(frozen=True)
class ClusterOptions:
    min_score: float = 0.65
    min_evidence: float = 0.25         # share of the new event's keywords the cluster must already have
    duplicate_min_evidence: float = 0.5


def week_bucket(d: date) -> int:
    return d.toordinal() // 7


def block_keys(f: EventFeatures) -> list[str]:
    if f.date_lo is None or f.precision not in LINKABLE_PRECISIONS:
        return []
    slack = timedelta(days=max(SLACK_DAYS.values()))
    weeks = range(week_bucket(f.date_lo - slack), week_bucket(f.date_hi + slack) + 1)
    places = [f"L{f.location_country}"] if f.location_country else []
    if f.actor_country:
        places.append(f"A{f.actor_country}")
    places = places or ["-"]
    return [f"{f.type}|{p}|{w}" for p in places for w in weeks]


def own_keys(f: EventFeatures) -> list[str]:
    """Keys a cluster is filed under for this member: its own weeks only (lookups add the slack)."""
    if f.date_lo is None or f.precision not in LINKABLE_PRECISIONS:
        return []
    places = [f"L{f.location_country}"] if f.location_country else []
    if f.actor_country:
        places.append(f"A{f.actor_country}")
    places = places or ["-"]
    weeks = range(week_bucket(f.date_lo), week_bucket(f.date_hi) + 1)
    return [f"{f.type}|{p}|{w}" for p in places for w in weeks]


def score(f: EventFeatures, c: ClusterSummary, opts: ClusterOptions) -> tuple[float, list[str]] | None:
    """Score of `f` joining cluster `c`, with reasons; None when incompatible."""
    if f.type != c.type:
        return None
    reasons = [f"same type {f.type}"]
    parts: dict[str, float] = {}
    a, ca = f.actor_country, c.actor_country
    if a and ca and a != ca:
        if not (a == c.recipient_country and f.recipient_country == ca):
            return None
        parts["actor"] = 0.7
        reasons.append(f"actor and recipient swapped ({a}/{ca})")
    elif a and ca:
        parts["actor"] = 1.0
        reasons.append(f"same actor country {a}")
    else:
        parts["actor"] = 0.5
    r, cr = f.recipient_country, c.recipient_country
    parts["recipient"] = 0.5 if not (r and cr) else (1.0 if r == cr else 0.2)
    if r and cr and r == cr:
        reasons.append(f"same recipient country {r}")
    loc, cloc = f.location_country, c.location_country
    if loc and cloc and loc != cloc:
        return None
    if f.location_name and c.location_name and f.location_name.lower() != c.location_name.lower():
        return None
    parts["place"] = 1.0 if loc and cloc else 0.5
    if loc and cloc:
        reasons.append(f"same place {f.location_name or loc}" if f.location_name and c.location_name
                       else f"same location country {loc}")
    d = _date_part(f, c)
    if d is None:
        return None
    parts["date"], why = d
    reasons.append(why)
    kw = set(c.keywords)
    shared = f.keywords & kw
    ev = len(shared) / len(f.keywords) if f.keywords else 0.0
    if ev < opts.min_evidence:
        return None
    parts["evidence"] = min(1.0, ev / 0.5)
    reasons.append(f"evidence overlap {ev:.2f} ({', '.join(sorted(shared)[:6])})")
    s = round(sum(WEIGHTS[k] * v for k, v in parts.items()), 3)
    return (s, reasons) if s >= opts.min_score else None


def _date_part(f: EventFeatures, c: ClusterSummary) -> tuple[float, str] | None:
    if f.date_lo is None or c.date_lo is None:
        return None
    clo, chi = date.fromisoformat(c.date_lo), date.fromisoformat(c.date_hi)
    gap = max((clo - f.date_hi).days, (f.date_lo - chi).days, 0)
    if not f.dated:
        return (0.4, f"undated, published within {(f.date_hi - f.date_lo).days} days after {c.date_lo}") \
            if gap == 0 else None
    if gap == 0:
        return 1.0, f"dates overlap ({f.date_lo.isoformat()} / {c.date_lo}..{c.date_hi})"
    if gap <= SLACK_DAYS.get(f.precision, 0):
        return 0.6, f"dates {gap} day(s) apart ({f.precision} precision)"
    return None


def _duplicate_target(tx, f: EventFeatures, nd: NearDuplicate, opts: ClusterOptions) -> tuple[str, float] | None:
    """The cluster of the matching event in the document this one copies (same type, similar evidence)."""
    best = None
    for cid, typ, evidence in tx.linked_events_of_document(nd.matched_id):
        if typ != f.type:
            continue
        kw = evidence_keywords(evidence)
        ov = len(kw & f.keywords) / max(1, len(f.keywords | kw))
        if ov >= opts.duplicate_min_evidence and (best is None or ov > best[1]):
            best = (cid, ov)
    return best


def link_event(tx, f: EventFeatures, nd: NearDuplicate | None, opts: ClusterOptions, now: str) -> tuple[str, bool]:
    """File event `f` in a cluster (`tx`: a store transaction); returns (cluster id, whether it was created)."""
    target: tuple[ClusterSummary, float, list[str]] | None = None
    if nd is not None:
        dup = _duplicate_target(tx, f, nd, opts)
        if dup:
            target = (tx.cluster(dup[0]), 1.0, [f"near-duplicate of document {nd.matched_id} (jaccard {nd.jaccard:.2f})",
                                                f"same type {f.type}", f"evidence overlap {dup[1]:.2f}"])
    if target is None:
        best = None
        for c in tx.candidate_clusters(block_keys(f), MAX_CANDIDATES):
            s = score(f, c, opts)
            if s and (best is None or (s[0], c.size) > (best[1], best[0].size)):
                best = (c, s[0], s[1])
        target = best
    if target is None:
        cid = content_id("cluster", f.event_id)
        tx.add_cluster(ClusterSummary(
            cid, f.type, f.actor_country, f.recipient_country, f.location_country, f.location_name,
            f.date_lo and f.date_lo.isoformat(), f.date_hi and f.date_hi.isoformat(),
            tuple(sorted(f.keywords)[:MAX_KEYWORDS]), 1, now))
        _add_link(tx, f, cid, 1.0, ["founded the cluster"], now)
        return cid, True
    c, s, reasons = target
    tx.update_cluster(absorb(c, f))
    _add_link(tx, f, c.id, s, reasons, now)
    return c.id, False


def absorb(c: ClusterSummary, f: EventFeatures) -> ClusterSummary:
    """The summary of cluster `c` once event `f` has joined it."""
    kw = list(c.keywords)
    kw += sorted(f.keywords - set(kw))[:max(0, MAX_KEYWORDS - len(kw))]
    vals = {"size": c.size + 1, "keywords": tuple(kw)}
    for col, own in (("actor_country", f.actor_country), ("recipient_country", f.recipient_country),
                     ("location_country", f.location_country), ("location_name", f.location_name)):
        if getattr(c, col) is None and own is not None:
            vals[col] = own
    if f.dated and f.date_lo is not None:
        lo, hi = f.date_lo.isoformat(), f.date_hi.isoformat()
        if c.date_lo is None or lo < c.date_lo:
            vals["date_lo"] = lo
        if c.date_hi is None or hi > c.date_hi:
            vals["date_hi"] = hi
    return replace(c, **vals)


def _add_link(tx, f: EventFeatures, cid: str, s: float, reasons: list[str], now: str) -> None:
    tx.add_cluster_link(ClusterLink(f.event_id, cid, f.document_id, s, tuple(reasons), now))
    tx.file_cluster_under(cid, own_keys(f))
