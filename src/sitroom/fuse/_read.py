"""Reading what the fuse stage built: clusters (and splitting them), figure series, contradictions."""
from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import delete, insert, select, update

from sitroom.fuse._cluster import MAX_KEYWORDS, _own_keys
from sitroom.fuse._features import from_row
from sitroom.fuse._figures import describe
from sitroom.model import content_id
from sitroom.store import fusion_schema as fs
from sitroom.store import schema


def _country(iso3: str | None) -> str | None:
    if not iso3:
        return None
    try:
        from sitroom.countries import country_name
    except ImportError:  # pragma: no cover
        return iso3
    return country_name(iso3) or iso3


# --------------------------------------------------------------------------- clusters

def _members(conn, cluster_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    l, e, d, nd = fs.cluster_links, schema.events, schema.documents, fs.near_duplicates
    q = (select(l.c.cluster_id, l.c.event_id, l.c.document_id, l.c.score, l.c.reasons, e.c.type, e.c.date_value,
                e.c.actor_name, e.c.location_name, e.c.source_text, e.c.modality, e.c.evidence,
                d.c.outlet, d.c.published, d.c.title, nd.c.canonical_id.label("near_duplicate_of"))
         .join(e, e.c.id == l.c.event_id).join(d, d.c.id == l.c.document_id)
         .outerjoin(nd, nd.c.document_id == l.c.document_id)
         .where(l.c.cluster_id.in_(cluster_ids)).order_by(d.c.published, l.c.linked_at, e.c.evidence_start))
    out: dict[str, list[dict[str, Any]]] = {}
    for r in conn.execute(q).mappings():
        m = dict(r)
        m["reasons"] = json.loads(m["reasons"])
        out.setdefault(m.pop("cluster_id"), []).append(m)
    return out


def clusters(store, *, min_size: int = 1, type: str | None = None, cluster_id: str | None = None,
             limit: int | None = None) -> list[dict[str, Any]]:
    """Event clusters, largest first, each with its member events and the reasons they were linked."""
    c = fs.event_clusters.c
    q = select(fs.event_clusters).where(c.size >= min_size)
    if type:
        q = q.where(c.type == type.upper())
    if cluster_id:
        q = q.where(c.id == cluster_id)
    q = q.order_by(c.size.desc(), c.date_lo, c.id)
    if limit:
        q = q.limit(limit)
    with store.engine.connect() as conn:
        rows = [dict(r) for r in conn.execute(q).mappings()]
        members = _members(conn, [r["id"] for r in rows]) if rows else {}
    out = []
    for r in rows:
        ms = members.get(r["id"], [])
        docs = {m["document_id"] for m in ms}
        independent = {m["near_duplicate_of"] or m["document_id"] for m in ms}
        out.append({
            "id": r["id"], "type": r["type"], "size": len(ms), "documents": len(docs),
            "independent_documents": len(independent),
            "outlets": sorted({m["outlet"] for m in ms if m["outlet"]}),
            "actor_country": r["actor_country"], "recipient_country": r["recipient_country"],
            "location_country": r["location_country"], "location_name": r["location_name"],
            "date_lo": r["date_lo"], "date_hi": r["date_hi"], "split_from": r["split_from"],
            "keywords": json.loads(r["keywords"]), "members": ms,
        })
    return out


def split_cluster(store, cluster_id: str, event_ids: list[str] | tuple[str, ...]) -> str:
    """Move `event_ids` out of a cluster into a new one (a user correcting a wrong link); returns the new id."""
    ids = sorted(set(event_ids))
    if not ids:
        raise ValueError("no events given to split off")
    l = fs.cluster_links
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    with store.engine.begin() as conn:
        present = set(conn.execute(select(l.c.event_id).where(l.c.cluster_id == cluster_id)).scalars())
        if not present:
            raise KeyError(f"no cluster {cluster_id}")
        missing = [i for i in ids if i not in present]
        if missing:
            raise ValueError(f"events not in cluster {cluster_id}: {', '.join(missing)}")
        if len(ids) == len(present):
            raise ValueError("splitting off every event leaves an empty cluster")
        new_id = content_id("cluster-split", cluster_id, *ids)
        typ = conn.execute(select(fs.event_clusters.c.type).where(fs.event_clusters.c.id == cluster_id)).scalar_one()
        conn.execute(insert(fs.event_clusters).values(id=new_id, type=typ, keywords="[]", size=0, created_at=now,
                                                      split_from=cluster_id))
        for eid in ids:
            reasons = json.loads(conn.execute(select(l.c.reasons).where(l.c.event_id == eid)).scalar_one())
            conn.execute(update(l).where(l.c.event_id == eid).values(
                cluster_id=new_id, reasons=json.dumps(reasons + [f"split off cluster {cluster_id} by user"])))
        conn.execute(insert(fs.cluster_splits).values(id=content_id("split", cluster_id, new_id), cluster_id=cluster_id,
                                                      new_cluster_id=new_id, event_ids=json.dumps(ids), created_at=now))
        _resummarize(conn, cluster_id)
        _resummarize(conn, new_id)
    return new_id


def _resummarize(conn, cluster_id: str) -> None:
    """Recompute a cluster's summary and blocking keys from its members (after a split)."""
    e, d, l = schema.events, schema.documents, fs.cluster_links
    rows = conn.execute(select(e, d.c.published.label("document_published")).join(l, l.c.event_id == e.c.id)
                        .join(d, d.c.id == e.c.document_id).where(l.c.cluster_id == cluster_id)
                        .order_by(l.c.linked_at, e.c.document_id, e.c.evidence_start)).mappings().all()
    feats = [from_row(dict(r), r["document_published"]) for r in rows]
    vals: dict[str, Any] = {"size": len(feats)}
    for col in ("actor_country", "recipient_country", "location_country", "location_name"):
        vals[col] = next((getattr(f, col) for f in feats if getattr(f, col)), None)
    spans = [(f.date_lo, f.date_hi) for f in feats if f.dated] or [(f.date_lo, f.date_hi) for f in feats if f.date_lo]
    vals["date_lo"] = min(s[0] for s in spans).isoformat() if spans else None
    vals["date_hi"] = max(s[1] for s in spans).isoformat() if spans else None
    kw: list[str] = []
    for f in feats:
        kw += sorted(f.keywords - set(kw))[:max(0, MAX_KEYWORDS - len(kw))]
    vals["keywords"] = json.dumps(kw)
    conn.execute(update(fs.event_clusters).where(fs.event_clusters.c.id == cluster_id).values(**vals))
    conn.execute(delete(fs.cluster_blocks).where(fs.cluster_blocks.c.cluster_id == cluster_id))
    keys = sorted({k for f in feats for k in _own_keys(f)})
    if keys:
        conn.execute(insert(fs.cluster_blocks), [{"block_key": k, "cluster_id": cluster_id} for k in keys])


# --------------------------------------------------------------------------- figures

def _demonym(iso3: str) -> str:
    try:
        from sitroom.countries import countries
    except ImportError:  # pragma: no cover
        return iso3
    c = countries().by_iso3.get(iso3)
    return (c.demonyms[0] if c and c.demonyms else None) or _country(iso3) or iso3


def subject_label(counted: str, owner: str | None, location: str | None) -> str:
    """'Russian troops in Belarus'."""
    whose = f"{_demonym(owner)} " if owner else ""
    where = f" in {_country(location)}" if location else ""
    return f"{whose}{counted}{where}"


def _claims(conn, where=None) -> list[dict[str, Any]]:
    q = select(fs.figure_claims)
    if where is not None:
        q = q.where(where)
    return [dict(r) for r in conn.execute(q).mappings()]


def _point(r: dict[str, Any]) -> dict[str, Any]:
    return {
        "claim_id": r["id"], "status": r["status"], "figure": describe(r["lower"], r["upper"], r["qualifier"]),
        "lower": r["lower"], "upper": r["upper"], "qualifier": r["qualifier"], "source": r["source"],
        "outlet": r["outlet"], "claim_date": r["claim_date"], "as_of": r["as_of"], "as_of_relation": r["as_of_relation"],
        "date": r["as_of_lo"], "modality": r["modality"], "evidence": r["evidence"], "document_id": r["document_id"],
        "event_id": r["event_id"], "also_reported_by": [], "contradicts": [],
    }


def _matches(subject: str, r: dict[str, Any]) -> bool:
    s = subject.strip().lower()
    if "|" in s:
        return r["subject_key"].lower().startswith(s) or r["topic_key"].lower().startswith(s)
    label = subject_label(r["counted"], r["owner_country"], r["location_country"]).lower()
    return s in label or s == r["counted"] or s in r["topic_key"].lower()


def figure_series(store, subject: str | None = None) -> list[dict[str, Any]]:
    """One series per subject (what x whose x where): points ordered by as-of date, and one line per source.

    A repeated figure (a near-duplicate copy, or the same source's figure through another outlet) is one point that
    lists the repeats in `also_reported_by`. Each point notes its `change` from the previous point: a new status
    or a new as-of date is a change; conflicting bounds for the same status and time are listed in `contradicts`.
    """
    with store.engine.connect() as conn:
        rows = _claims(conn)
        flags = conn.execute(select(fs.figure_contradictions.c.claim_a, fs.figure_contradictions.c.claim_b)).all()
    if subject:
        rows = [r for r in rows if _matches(subject, r)]
    points = {r["id"]: _point(r) for r in rows if not r["duplicate_of"]}
    for r in rows:
        if r["duplicate_of"] in points:
            points[r["duplicate_of"]]["also_reported_by"].append(
                {"outlet": r["outlet"], "source": r["source"], "document_id": r["document_id"],
                 "reason": r["duplicate_reason"]})
    for a, b in flags:
        if a in points and b in points:
            points[a]["contradicts"].append(b)
            points[b]["contradicts"].append(a)
    series: dict[str, dict[str, Any]] = {}
    for r in rows:
        if r["id"] not in points:
            continue
        s = series.setdefault(r["topic_key"], {
            "subject": subject_label(r["counted"], r["owner_country"], r["location_country"]),
            "topic_key": r["topic_key"], "counted": r["counted"], "owner_country": r["owner_country"],
            "location_country": r["location_country"], "points": []})
        s["points"].append(points[r["id"]])
    out = []
    for s in series.values():
        s["points"].sort(key=lambda p: (p["date"] or "9999", p["claim_date"] or "9999", p["source"], p["claim_id"]))
        prev = None
        for p in s["points"]:
            p["change"] = _change(prev, p)
            prev = p
        s["statuses"] = sorted({p["status"] for p in s["points"]})
        lines: dict[str, list[dict[str, Any]]] = {}
        for p in s["points"]:
            lines.setdefault(p["source"], []).append(p)
        s["lines"] = [{"source": k, "points": v} for k, v in sorted(lines.items())]
        out.append(s)
    out.sort(key=lambda s: (-len(s["points"]), s["subject"]))
    return out


def _change(prev: dict[str, Any] | None, p: dict[str, Any]) -> str:
    if prev is None:
        return "first"
    if p["contradicts"] and prev["claim_id"] in p["contradicts"]:
        return "contradiction"
    if prev["status"] != p["status"]:
        return f"status {prev['status']} -> {p['status']}"
    if prev["date"] != p["date"]:
        return f"as of {prev['date']} -> {p['date']}" + (
            "" if (prev["lower"], prev["upper"]) == (p["lower"], p["upper"]) else f": {prev['figure']} -> {p['figure']}")
    if (prev["lower"], prev["upper"]) != (p["lower"], p["upper"]):
        return f"{prev['figure']} -> {p['figure']}"
    return "same"


def contradictions(store, subject: str | None = None) -> list[dict[str, Any]]:
    """Pairs of claims on the same subject and overlapping time whose bounds cannot both hold, with both evidences."""
    with store.engine.connect() as conn:
        flags = [dict(r) for r in conn.execute(select(fs.figure_contradictions)
                                               .order_by(fs.figure_contradictions.c.created_at,
                                                         fs.figure_contradictions.c.id)).mappings()]
        ids = {f["claim_a"] for f in flags} | {f["claim_b"] for f in flags}
        claims = {r["id"]: r for r in _claims(conn, fs.figure_claims.c.id.in_(ids))} if ids else {}
    out = []
    for f in flags:
        a, b = claims[f["claim_a"]], claims[f["claim_b"]]
        if subject and not _matches(subject, a):
            continue
        out.append({
            "id": f["id"], "subject": subject_label(a["counted"], a["owner_country"], a["location_country"]),
            "subject_key": f["subject_key"], "status": a["status"], "reason": f["reason"],
            "a": _point(a), "b": _point(b),
        })
    return out
