"""Incremental event clustering: a new event joins the best-scoring compatible cluster, or founds one.

Candidates come only from the indexed blocking keys `type | place-or-actor | week bucket` (never a scan of all events),
capped at MAX_CANDIDATES, so the work per event stays flat as the store grows. A candidate is compared with the
cluster's summary (founding countries, place, calendar span, evidence keywords). Hard vetoes: different actor
country (unless actor and recipient are swapped), different location country, different named sub-national place,
calendar spans further apart than the precision allows. The rest is a weighted score; every link stores its reasons.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import insert, select, update

from sitroom.fuse._features import EventFeatures
from sitroom.fuse._neardup import NearDuplicate
from sitroom.model import content_id
from sitroom.store import fusion_schema as fs
from sitroom.store import schema

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


def _own_keys(f: EventFeatures) -> list[str]:
    """Keys a cluster is filed under for this member: its own weeks only (lookups add the slack)."""
    if f.date_lo is None or f.precision not in LINKABLE_PRECISIONS:
        return []
    places = [f"L{f.location_country}"] if f.location_country else []
    if f.actor_country:
        places.append(f"A{f.actor_country}")
    places = places or ["-"]
    weeks = range(week_bucket(f.date_lo), week_bucket(f.date_hi) + 1)
    return [f"{f.type}|{p}|{w}" for p in places for w in weeks]


def score(f: EventFeatures, c: dict[str, Any], opts: ClusterOptions) -> tuple[float, list[str]] | None:
    """Score of `f` joining cluster `c`, with reasons; None when incompatible."""
    if f.type != c["type"]:
        return None
    reasons = [f"same type {f.type}"]
    parts: dict[str, float] = {}
    a, ca = f.actor_country, c["actor_country"]
    if a and ca and a != ca:
        if not (a == c["recipient_country"] and f.recipient_country == ca):
            return None
        parts["actor"] = 0.7
        reasons.append(f"actor and recipient swapped ({a}/{ca})")
    elif a and ca:
        parts["actor"] = 1.0
        reasons.append(f"same actor country {a}")
    else:
        parts["actor"] = 0.5
    r, cr = f.recipient_country, c["recipient_country"]
    parts["recipient"] = 0.5 if not (r and cr) else (1.0 if r == cr else 0.2)
    if r and cr and r == cr:
        reasons.append(f"same recipient country {r}")
    loc, cloc = f.location_country, c["location_country"]
    if loc and cloc and loc != cloc:
        return None
    if f.location_name and c["location_name"] and f.location_name.lower() != c["location_name"].lower():
        return None
    parts["place"] = 1.0 if loc and cloc else 0.5
    if loc and cloc:
        reasons.append(f"same place {f.location_name or loc}" if f.location_name and c["location_name"]
                       else f"same location country {loc}")
    d = _date_part(f, c)
    if d is None:
        return None
    parts["date"], why = d
    reasons.append(why)
    kw = set(json.loads(c["keywords"]))
    shared = f.keywords & kw
    ev = len(shared) / len(f.keywords) if f.keywords else 0.0
    if ev < opts.min_evidence:
        return None
    parts["evidence"] = min(1.0, ev / 0.5)
    reasons.append(f"evidence overlap {ev:.2f} ({', '.join(sorted(shared)[:6])})")
    s = round(sum(WEIGHTS[k] * v for k, v in parts.items()), 3)
    return (s, reasons) if s >= opts.min_score else None


def _date_part(f: EventFeatures, c: dict[str, Any]) -> tuple[float, str] | None:
    if f.date_lo is None or c["date_lo"] is None:
        return None
    clo, chi = date.fromisoformat(c["date_lo"]), date.fromisoformat(c["date_hi"])
    gap = max((clo - f.date_hi).days, (f.date_lo - chi).days, 0)
    if not f.dated:
        return (0.4, f"undated, published within {(f.date_hi - f.date_lo).days} days after {c['date_lo']}") \
            if gap == 0 else None
    if gap == 0:
        return 1.0, f"dates overlap ({f.date_lo.isoformat()} / {c['date_lo']}..{c['date_hi']})"
    if gap <= SLACK_DAYS.get(f.precision, 0):
        return 0.6, f"dates {gap} day(s) apart ({f.precision} precision)"
    return None


def _clusters_for_keys(conn, keys: list[str]) -> list[dict[str, Any]]:
    if not keys:
        return []
    ids = select(fs.cluster_blocks.c.cluster_id).where(fs.cluster_blocks.c.block_key.in_(keys)).distinct() \
        .limit(MAX_CANDIDATES).scalar_subquery()
    return [dict(r) for r in conn.execute(select(fs.event_clusters).where(fs.event_clusters.c.id.in_(ids))).mappings()]


def _duplicate_target(conn, f: EventFeatures, nd: NearDuplicate, opts: ClusterOptions):
    """The cluster of the matching event in the document this one copies (same type, similar evidence)."""
    rows = conn.execute(select(fs.cluster_links.c.cluster_id, schema.events.c.type, schema.events.c.evidence)
                        .join(fs.cluster_links, schema.events.c.id == fs.cluster_links.c.event_id)
                        .where(schema.events.c.document_id == nd.matched_id)).all()
    from sitroom.fuse._features import evidence_keywords
    best = None
    for cid, typ, evidence in rows:
        if typ != f.type:
            continue
        kw = evidence_keywords(evidence)
        ov = len(kw & f.keywords) / max(1, len(f.keywords | kw))
        if ov >= opts.duplicate_min_evidence and (best is None or ov > best[1]):
            best = (cid, ov)
    return best


def link_event(conn, f: EventFeatures, nd: NearDuplicate | None, opts: ClusterOptions, now: str) -> tuple[str, bool]:
    """File event `f` in a cluster; returns (cluster id, whether the cluster was created)."""
    target: tuple[dict[str, Any], float, list[str]] | None = None
    if nd is not None:
        dup = _duplicate_target(conn, f, nd, opts)
        if dup:
            c = conn.execute(select(fs.event_clusters).where(fs.event_clusters.c.id == dup[0])).mappings().one()
            target = (dict(c), 1.0, [f"near-duplicate of document {nd.matched_id} (jaccard {nd.jaccard:.2f})",
                                     f"same type {f.type}", f"evidence overlap {dup[1]:.2f}"])
    if target is None:
        best = None
        for c in _clusters_for_keys(conn, block_keys(f)):
            s = score(f, c, opts)
            if s and (best is None or (s[0], c["size"]) > (best[1], best[0]["size"])):
                best = (c, s[0], s[1])
        target = best
    if target is None:
        cid = content_id("cluster", f.event_id)
        conn.execute(insert(fs.event_clusters).values(
            id=cid, type=f.type, actor_country=f.actor_country, recipient_country=f.recipient_country,
            location_country=f.location_country, location_name=f.location_name,
            date_lo=f.date_lo and f.date_lo.isoformat(), date_hi=f.date_hi and f.date_hi.isoformat(),
            keywords=json.dumps(sorted(f.keywords)[:MAX_KEYWORDS]), size=1, created_at=now))
        _add_link(conn, f, cid, 1.0, ["founded the cluster"], now)
        return cid, True
    c, s, reasons = target
    _absorb(conn, c, f)
    _add_link(conn, f, c["id"], s, reasons, now)
    return c["id"], False


def _absorb(conn, c: dict[str, Any], f: EventFeatures) -> None:
    kw = json.loads(c["keywords"])
    kw += sorted(f.keywords - set(kw))[:max(0, MAX_KEYWORDS - len(kw))]
    vals: dict[str, Any] = {"size": c["size"] + 1, "keywords": json.dumps(kw)}
    for col, own in (("actor_country", f.actor_country), ("recipient_country", f.recipient_country),
                     ("location_country", f.location_country), ("location_name", f.location_name)):
        if c[col] is None and own is not None:
            vals[col] = own
    if f.dated and f.date_lo is not None:
        lo, hi = f.date_lo.isoformat(), f.date_hi.isoformat()
        if c["date_lo"] is None or lo < c["date_lo"]:
            vals["date_lo"] = lo
        if c["date_hi"] is None or hi > c["date_hi"]:
            vals["date_hi"] = hi
    conn.execute(update(fs.event_clusters).where(fs.event_clusters.c.id == c["id"]).values(**vals))


def _add_link(conn, f: EventFeatures, cid: str, s: float, reasons: list[str], now: str) -> None:
    conn.execute(insert(fs.cluster_links).values(event_id=f.event_id, cluster_id=cid, document_id=f.document_id,
                                                 score=s, reasons=json.dumps(reasons), linked_at=now))
    keys = _own_keys(f)
    if keys:
        existing = set(conn.execute(select(fs.cluster_blocks.c.block_key).where(
            fs.cluster_blocks.c.cluster_id == cid, fs.cluster_blocks.c.block_key.in_(keys))).scalars())
        new = [{"block_key": k, "cluster_id": cid} for k in keys if k not in existing]
        if new:
            conn.execute(insert(fs.cluster_blocks), new)
