"""Reading what the fuse stage built: clusters (and splitting them), figure series, contradictions."""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone
from typing import Iterator

from sitroom.analyze.claims import broader_kind, kind_of_text
from sitroom.fuse._cluster import MAX_KEYWORDS, own_keys
from sitroom.fuse._features import from_event
from sitroom.fuse._series import assemble_series, figure_point, subject_label, topic_parts
from sitroom.model import ClusterSummary, Contradiction, EventCluster, FigureClaim, FigureSeries, content_id


# --------------------------------------------------------------------------- clusters

def clusters(store, *, min_size: int = 1, type: str | None = None, cluster_id: str | None = None,
             limit: int | None = None) -> list[EventCluster]:
    """Event clusters, largest first, each with its member events and the reasons they were linked."""
    with store.transaction() as tx:
        rows = tx.clusters(min_size=min_size, type=type, cluster_id=cluster_id, limit=limit)
        members = tx.cluster_members([r.id for r in rows])
    out = []
    for r in rows:
        ms = members.get(r.id, [])
        out.append(EventCluster(
            id=r.id, type=r.type, size=len(ms), documents=len({m.document_id for m in ms}),
            independent_documents=len({m.near_duplicate_of or m.document_id for m in ms}),
            outlets=tuple(sorted({m.outlet for m in ms if m.outlet})),
            actor_country=r.actor_country, recipient_country=r.recipient_country,
            location_country=r.location_country, location_name=r.location_name,
            date_lo=r.date_lo, date_hi=r.date_hi, split_from=r.split_from, keywords=r.keywords, members=tuple(ms)))
    return out


def split_cluster(store, cluster_id: str, event_ids: list[str] | tuple[str, ...]) -> str:
    """Move `event_ids` out of a cluster into a new one (a user correcting a wrong link); returns the new id."""
    ids = sorted(set(event_ids))
    if not ids:
        raise ValueError("no events given to split off")
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    with store.transaction() as tx:
        present = tx.cluster_event_ids(cluster_id)
        if not present:
            raise KeyError(f"no cluster {cluster_id}")
        missing = [i for i in ids if i not in present]
        if missing:
            raise ValueError(f"events not in cluster {cluster_id}: {', '.join(missing)}")
        if len(ids) == len(present):
            raise ValueError("splitting off every event leaves an empty cluster")
        new_id = content_id("cluster-split", cluster_id, *ids)
        old = tx.cluster(cluster_id)
        tx.add_cluster(ClusterSummary(new_id, old.type, None, None, None, None, None, None, (), 0, now,
                                      split_from=cluster_id))
        for eid in ids:
            tx.relink_event(eid, new_id, f"split off cluster {cluster_id} by user")
        tx.add_cluster_split(content_id("split", cluster_id, new_id), cluster_id, new_id, ids, now)
        _resummarize(tx, old)
        _resummarize(tx, tx.cluster(new_id))
    return new_id


def _resummarize(tx, c: ClusterSummary) -> None:
    """Recompute a cluster's summary and blocking keys from its members (after a split)."""
    feats = [from_event(se.event, se.document_id, se.document_published) for se in tx.cluster_events(c.id)]
    vals = {"size": len(feats)}
    for col in ("actor_country", "recipient_country", "location_country", "location_name"):
        vals[col] = next((getattr(f, col) for f in feats if getattr(f, col)), None)
    spans = [(f.date_lo, f.date_hi) for f in feats if f.dated] or [(f.date_lo, f.date_hi) for f in feats if f.date_lo]
    vals["date_lo"] = min(s[0] for s in spans).isoformat() if spans else None
    vals["date_hi"] = max(s[1] for s in spans).isoformat() if spans else None
    kw: list[str] = []
    for f in feats:
        kw += sorted(f.keywords - set(kw))[:max(0, MAX_KEYWORDS - len(kw))]
    tx.update_cluster(replace(c, keywords=tuple(kw), **vals))
    tx.refile_cluster(c.id, sorted({k for f in feats for k in own_keys(f)}))


# --------------------------------------------------------------------------- figures

def _matches(subject: str, c: FigureClaim) -> bool:
    s = subject.strip().lower()
    if "|" in s:
        return c.subject_key.lower().startswith(s) or c.topic_key.lower().startswith(s)
    label = subject_label(*topic_parts(c.topic_key)).lower()     # the series' subject (a joined claim's too)
    kind = kind_of_text(s)
    return s in label or s == c.counted or s in c.topic_key.lower() or kind is not None and kind in (
        c.counted, broader_kind(c.counted))                      # "aircraft": helicopters and transports too


def figure_series(store, subject: str | None = None) -> list[FigureSeries]:
    """One series per subject (what x whose x where): points ordered by as-of date, and one line per source
    (assembled by `assemble_series`, as the series pages of `sitroom serve` are)."""
    with store.transaction() as tx:
        rows = tx.figure_claims()
        flags = tx.contradictions()
    if subject:
        rows = [r for r in rows if _matches(subject, r)]
    return assemble_series(rows, [(f.claim_a, f.claim_b) for f in flags])


def iter_figure_series(store) -> Iterator[FigureSeries]:
    """Every figure series as `figure_series` builds it, one topic at a time in topic-key order (counted|owner|
    location): memory holds one series, not the store's claims."""
    for keys in store.topic_keys():
        for key in keys:
            rows, flags = store.topic_figures(key)
            yield from assemble_series(rows, [(f.claim_a, f.claim_b) for f in flags])


def contradictions(store, subject: str | None = None) -> list[Contradiction]:
    """Pairs of claims on the same subject and overlapping time whose bounds cannot both hold, with both evidences."""
    with store.transaction() as tx:
        flags = tx.contradictions()
        ids = {f.claim_a for f in flags} | {f.claim_b for f in flags}
        claims = {c.id: c for c in tx.figure_claims(ids)} if ids else {}
    out = []
    for f in flags:
        a, b = claims[f.claim_a], claims[f.claim_b]
        if subject and not _matches(subject, a):
            continue
        out.append(Contradiction(f.id, subject_label(a.counted, a.owner_country, a.location_place or a.location_country,
                                               a.location_name),
                                 f.subject_key, a.status, f.reason, figure_point(a), figure_point(b)))
    return out
