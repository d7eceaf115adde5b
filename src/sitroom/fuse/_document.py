"""`fuse_document`: everything the fuse stage does when one new document has been stored, in one transaction."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone

from sqlalchemy import select

from sitroom.fuse._cluster import ClusterOptions, link_event
from sitroom.fuse._features import from_event
from sitroom.fuse._figures import FigureClaim, record_claims
from sitroom.fuse._neardup import detect_and_record
from sitroom.model import Extraction
from sitroom.store import fusion_schema as fs


@dataclass(frozen=True)
class FuseOptions:
    near_duplicate_threshold: float = 0.5   # estimated Jaccard of word 3-gram shingles
    num_perm: int = 64
    cluster: ClusterOptions = field(default_factory=ClusterOptions)


@dataclass(frozen=True)
class FuseResult:
    document_id: str
    near_duplicate_of: str | None          # canonical (first-stored) document of the copy's group
    clusters_joined: tuple[str, ...]        # existing clusters an event of this document joined
    clusters_created: tuple[str, ...]
    claims: tuple[FigureClaim, ...]
    contradictions: int = 0


def fuse_document(store, ex: Extraction, options: FuseOptions | None = None) -> FuseResult:
    """Near-duplicate detection, clustering, figure claims and contradiction flags for a newly stored document.

    Call right after ``store.save(ex)`` returned ``new=True``. The work is a bounded number of indexed lookups per
    event, so its cost does not grow with the store.
    """
    opts = options or FuseOptions()
    doc = ex.document
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    joined: list[str] = []
    created: list[str] = []
    with store.engine.begin() as conn:
        events = tuple({ev.id: ev for ev in ex.events}.values())     # the store keeps one row per event id
        if events and conn.execute(select(fs.cluster_links.c.event_id)
                                   .where(fs.cluster_links.c.event_id == events[0].id)).first() is not None:
            return _already_fused(conn, doc.id)
        nd, already = detect_and_record(conn, doc, threshold=opts.near_duplicate_threshold, num_perm=opts.num_perm)
        if already:
            return _already_fused(conn, doc.id)
        for ev in events:
            cid, new = link_event(conn, from_event(ev, doc.id, doc.published), nd, opts.cluster, now)
            bucket = created if new else joined
            if cid not in bucket and cid not in created:
                bucket.append(cid)
        claims, flagged = record_claims(conn, doc, events, nd, now)
    return FuseResult(doc.id, nd and nd.canonical_id, tuple(joined), tuple(created), tuple(claims), flagged)


def _already_fused(conn, document_id: str) -> FuseResult:
    canon = conn.execute(select(fs.near_duplicates.c.canonical_id)
                         .where(fs.near_duplicates.c.document_id == document_id)).scalar_one_or_none()
    return FuseResult(document_id, canon, (), (), ())       # already fused: nothing to add
