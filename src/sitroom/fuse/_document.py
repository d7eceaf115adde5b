"""`fuse_document`: everything the fuse stage does when one new document has been stored, in one transaction."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone

from sitroom.fuse._cluster import ClusterOptions, link_event
from sitroom.fuse._features import from_event
from sitroom.fuse._figures import record_claims
from sitroom.fuse._neardup import detect_and_record
from sitroom.model import Extraction, FuseResult


@dataclass(frozen=True)
class FuseOptions:
    near_duplicate_threshold: float = 0.5   # estimated Jaccard of word 3-gram shingles
    num_perm: int = 64
    cluster: ClusterOptions = field(default_factory=ClusterOptions)


def fuse_document(store, ex: Extraction, options: FuseOptions | None = None) -> FuseResult:
    """Near-duplicate detection, clustering, figure claims and contradiction flags for a newly stored document.

    `store` is a `Store` (the work is its own transaction) or a `Transaction` (the work joins it, so that storing
    and fusing a document are one unit: see `sitroom.api.save_document`). Call it once the document is saved.
    The work is a bounded number of indexed lookups per event, so its cost does not grow with the store. The
    document is marked fused.
    """
    opts = options or FuseOptions()
    doc = ex.document
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    joined: list[str] = []
    created: list[str] = []
    with store.transaction() as tx:
        events = tuple({ev.id: ev for ev in ex.events}.values())     # the store keeps one row per event id
        if events and tx.is_event_linked(events[0].id):
            return _already_fused(tx, doc.id, now)
        nd, already = detect_and_record(tx, doc, threshold=opts.near_duplicate_threshold, num_perm=opts.num_perm)
        if already:
            return _already_fused(tx, doc.id, now)
        for ev in events:
            cid, new = link_event(tx, from_event(ev, doc.id, doc.published), nd, opts.cluster, now)
            bucket = created if new else joined
            if cid not in bucket and cid not in created:
                bucket.append(cid)
        claims, flagged = record_claims(tx, doc, ex.claims, nd, now)
        tx.mark_fused(doc.id, now)
    return FuseResult(doc.id, nd and nd.canonical_id, tuple(joined), tuple(created), tuple(claims), flagged)


def _already_fused(tx, document_id: str, now: str) -> FuseResult:
    tx.mark_fused(document_id, now)                           # (a store older than the mark)
    return FuseResult(document_id, tx.canonical_document(document_id), (), (), ())   # nothing to add
