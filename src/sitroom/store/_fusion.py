"""The fuse stage's queries and writes (near-duplicates, clusters, figure claims, contradictions).

Mixed into `Transaction`: every method runs on the transaction's connection. Every lookup made while fusing one
document goes through an index of `_fusion_schema`, so its cost does not grow with the store.
"""
from __future__ import annotations

import json
from typing import Any, Iterable

from sqlalchemy import Connection, and_, delete, func, insert, select, update

from sitroom.model import (
    ClusterLink, ClusterMember, ClusterSummary, FigureClaim, FigureContradiction, NearDuplicate, StoredEvent,
)
from sitroom.store import _fusion_schema as fs
from sitroom.store import _schema as schema
from sitroom.store._series_join import is_new_full_subject, rejoin_partials, rejoin_unplaced, series_of
from sitroom.store._series_places import rejoin_town
from sitroom.store._series_summary import add_claim_to_summary

_CLAIM_FIELDS = tuple(FigureClaim.__dataclass_fields__)


def _summary(r: Any) -> ClusterSummary:
    return ClusterSummary(r["id"], r["type"], r["actor_country"], r["recipient_country"], r["location_country"],
                          r["location_name"], r["date_lo"], r["date_hi"], tuple(json.loads(r["keywords"])),
                          r["size"], r["created_at"], r["split_from"])


def _summary_row(c: ClusterSummary) -> dict[str, Any]:
    return {"id": c.id, "type": c.type, "actor_country": c.actor_country, "recipient_country": c.recipient_country,
            "location_country": c.location_country, "location_name": c.location_name, "date_lo": c.date_lo,
            "date_hi": c.date_hi, "keywords": json.dumps(list(c.keywords)), "size": c.size,
            "created_at": c.created_at, "split_from": c.split_from}


def _claim(r: Any) -> FigureClaim:
    return FigureClaim(**{k: r[k] for k in _CLAIM_FIELDS})


class FusionQueries:
    """Reads and writes of the fusion tables (see `_fusion_schema`)."""

    _conn: Connection

    # ------------------------------------------------------------ near-duplicate documents
    def candidate_signatures(self, weeks: Iterable[int], bands: Iterable[int], num_perm: int,
                             limit: int) -> list[tuple[str, bytes]]:
        """(document id, MinHash signature) of the stored documents sharing most LSH bands with `bands` among
        those published in `weeks`; at most `limit`."""
        b, sig = fs.doc_band_index.c, fs.doc_signatures.c
        seqs = select(b.seq).where(b.week.in_(list(weeks)), b.band.in_(list(bands))).group_by(b.seq) \
            .order_by(func.count().desc(), b.seq).limit(limit).scalar_subquery()
        return [(d, h) for d, h in self._conn.execute(select(sig.document_id, sig.hashvalues).where(
            sig.seq.in_(seqs), sig.num_perm == num_perm))]

    def add_signature(self, document_id: str, num_perm: int, hashvalues: bytes, shingles: int, week: int,
                      bands: Iterable[int]) -> None:
        """Store a document's signature and file it under its LSH bands in its publication week."""
        seq = self._conn.execute(insert(fs.doc_signatures).values(
            document_id=document_id, num_perm=num_perm, hashvalues=hashvalues, shingles=shingles)
        ).inserted_primary_key[0]
        rows = [{"week": week, "band": k, "seq": seq} for k in bands]
        if rows:
            self._conn.execute(insert(fs.doc_band_index), rows)

    def canonical_document(self, document_id: str) -> str | None:
        """The first-stored document of the copy group `document_id` belongs to (None: not a copy)."""
        return self._conn.execute(select(fs.near_duplicates.c.canonical_id).where(
            fs.near_duplicates.c.document_id == document_id)).scalar_one_or_none()

    def add_near_duplicate(self, nd: NearDuplicate) -> None:
        self._conn.execute(insert(fs.near_duplicates).values(
            document_id=nd.document_id, canonical_id=nd.canonical_id, matched_id=nd.matched_id, jaccard=nd.jaccard))

    # ------------------------------------------------------------ clusters
    def candidate_clusters(self, block_keys: list[str], limit: int) -> list[ClusterSummary]:
        """Clusters filed under any of `block_keys` (at most `limit`)."""
        if not block_keys:
            return []
        ids = select(fs.cluster_blocks.c.cluster_id).where(fs.cluster_blocks.c.block_key.in_(block_keys)) \
            .distinct().limit(limit).scalar_subquery()
        return [_summary(r) for r in self._conn.execute(
            select(fs.event_clusters).where(fs.event_clusters.c.id.in_(ids))).mappings()]

    def cluster(self, cluster_id: str) -> ClusterSummary | None:
        r = self._conn.execute(select(fs.event_clusters).where(fs.event_clusters.c.id == cluster_id)).mappings().first()
        return None if r is None else _summary(r)

    def add_cluster(self, c: ClusterSummary) -> None:
        self._conn.execute(insert(fs.event_clusters).values(**_summary_row(c)))

    def update_cluster(self, c: ClusterSummary) -> None:
        """Write a cluster's summary (size, countries, place, span, keywords)."""
        row = _summary_row(c)
        for k in ("id", "created_at", "split_from", "type"):
            del row[k]
        self._conn.execute(update(fs.event_clusters).where(fs.event_clusters.c.id == c.id).values(**row))

    def clusters(self, *, min_size: int = 1, type: str | None = None, cluster_id: str | None = None,
                 limit: int | None = None) -> list[ClusterSummary]:
        """Clusters, largest first."""
        c = fs.event_clusters.c
        q = select(fs.event_clusters).where(c.size >= min_size)
        if type:
            q = q.where(c.type == type.upper())
        if cluster_id:
            q = q.where(c.id == cluster_id)
        q = q.order_by(c.size.desc(), c.date_lo, c.id)
        if limit:
            q = q.limit(limit)
        return [_summary(r) for r in self._conn.execute(q).mappings()]

    def add_cluster_link(self, link: ClusterLink) -> None:
        self._conn.execute(insert(fs.cluster_links).values(
            event_id=link.event_id, cluster_id=link.cluster_id, document_id=link.document_id, score=link.score,
            reasons=json.dumps(list(link.reasons)), linked_at=link.linked_at))

    def is_event_linked(self, event_id: str) -> bool:
        return self._conn.execute(select(fs.cluster_links.c.event_id).where(
            fs.cluster_links.c.event_id == event_id)).first() is not None

    def linked_events_of_document(self, document_id: str) -> list[tuple[str, str, str]]:
        """(cluster id, event type, evidence sentence) of each clustered event of a document."""
        e, l = schema.events, fs.cluster_links
        return [(c, t, ev) for c, t, ev in self._conn.execute(
            select(l.c.cluster_id, e.c.type, e.c.evidence).join(l, e.c.id == l.c.event_id)
            .where(e.c.document_id == document_id))]

    def cluster_event_ids(self, cluster_id: str) -> set[str]:
        l = fs.cluster_links
        return set(self._conn.execute(select(l.c.event_id).where(l.c.cluster_id == cluster_id)).scalars())

    def relink_event(self, event_id: str, cluster_id: str, reason: str) -> None:
        """Move a linked event to another cluster, adding `reason` to the link's reasons."""
        l = fs.cluster_links
        reasons = json.loads(self._conn.execute(select(l.c.reasons).where(l.c.event_id == event_id)).scalar_one())
        self._conn.execute(update(l).where(l.c.event_id == event_id).values(
            cluster_id=cluster_id, reasons=json.dumps(reasons + [reason])))

    def add_cluster_split(self, split_id: str, cluster_id: str, new_cluster_id: str, event_ids: list[str],
                          created_at: str) -> None:
        self._conn.execute(insert(fs.cluster_splits).values(
            id=split_id, cluster_id=cluster_id, new_cluster_id=new_cluster_id, event_ids=json.dumps(event_ids),
            created_at=created_at))

    def file_cluster_under(self, cluster_id: str, block_keys: list[str]) -> None:
        """Add the blocking keys a cluster is not filed under yet."""
        if not block_keys:
            return
        b = fs.cluster_blocks.c
        existing = set(self._conn.execute(select(b.block_key).where(
            b.cluster_id == cluster_id, b.block_key.in_(block_keys))).scalars())
        new = [{"block_key": k, "cluster_id": cluster_id} for k in block_keys if k not in existing]
        if new:
            self._conn.execute(insert(fs.cluster_blocks), new)

    def refile_cluster(self, cluster_id: str, block_keys: list[str]) -> None:
        """Replace all blocking keys of a cluster."""
        self._conn.execute(delete(fs.cluster_blocks).where(fs.cluster_blocks.c.cluster_id == cluster_id))
        if block_keys:
            self._conn.execute(insert(fs.cluster_blocks), [{"block_key": k, "cluster_id": cluster_id}
                                                           for k in block_keys])

    def cluster_events(self, cluster_id: str) -> list[StoredEvent]:
        """The member events of a cluster, in the order they were linked."""
        l = fs.cluster_links
        return self._stored_events(lambda q: q.join(l, l.c.event_id == schema.events.c.id)
                                   .where(l.c.cluster_id == cluster_id)
                                   .order_by(l.c.linked_at, schema.events.c.document_id,
                                             schema.events.c.evidence_start))

    def cluster_members(self, cluster_ids: list[str]) -> dict[str, list[ClusterMember]]:
        """Members of each cluster with their document and link, by publication."""
        if not cluster_ids:
            return {}
        l, e, d, nd = fs.cluster_links, schema.events, schema.documents, fs.near_duplicates
        q = (select(l.c.cluster_id, l.c.event_id, l.c.document_id, l.c.score, l.c.reasons, e.c.type, e.c.date_value,
                    e.c.actor_name, e.c.location_name, e.c.source_text, e.c.modality, e.c.evidence,
                    d.c.outlet, d.c.published, d.c.title, nd.c.canonical_id)
             .join(e, e.c.id == l.c.event_id).join(d, d.c.id == l.c.document_id)
             .outerjoin(nd, nd.c.document_id == l.c.document_id)
             .where(l.c.cluster_id.in_(cluster_ids)).order_by(d.c.published, l.c.linked_at, e.c.evidence_start))
        out: dict[str, list[ClusterMember]] = {}
        for r in self._conn.execute(q):
            out.setdefault(r[0], []).append(ClusterMember(*r[1:4], tuple(json.loads(r[4])), *r[5:]))
        return out

    # ------------------------------------------------------------ figure claims and contradictions
    def add_figure_claim(self, claim: FigureClaim) -> None:
        """Store a claim (a claim already stored is kept as it is) and count it in its series' summaries. A claim
        whose own key (`topic_key` as given) leaves the owner or location unknown goes on the one full series it
        fits that holds claims of its status, if there is exactly one (`_series_join`; one naming neither owner nor
        place: among the series said of a time near its own; one placed only in a country: the one town's series
        of that week it repeats, `_series_places`); a new full subject re-decides the partial subjects it fits, a
        full claim the claims naming neither whose window it falls in, a town's claim its country's."""
        # kept when already there, on every backend (an "OR IGNORE" for SQLite alone failed on PostgreSQL)
        row = {k: getattr(claim, k) for k in _CLAIM_FIELDS}
        new_full = is_new_full_subject(self._conn, claim.subject_key)
        row["topic_key"] = series_of(self._conn, claim.subject_key, claim.as_of_lo, claim.as_of_hi,
                                     (claim.lower, claim.upper, claim.qualifier))
        if self._insert_ignore(fs.figure_claims, [row]):
            add_claim_to_summary(self._conn, row)          # the series summaries count it (issue 13)
            if new_full:
                rejoin_partials(self._conn, claim.subject_key)
            rejoin_unplaced(self._conn, claim.id, claim.subject_key, claim.as_of_lo, claim.as_of_hi)
            rejoin_town(self._conn, claim.subject_key, claim.as_of_lo, claim.as_of_hi)

    def figure_claims(self, ids: Iterable[str] | None = None) -> list[FigureClaim]:
        """Stored claims (those with `ids`, or all)."""
        q = select(fs.figure_claims)
        if ids is not None:
            q = q.where(fs.figure_claims.c.id.in_(list(ids)))
        return [_claim(r) for r in self._conn.execute(q).mappings()]

    def claims_in_documents(self, document_ids: Iterable[str], subject_key: str) -> list[FigureClaim]:
        c = fs.figure_claims.c
        return [_claim(r) for r in self._conn.execute(select(fs.figure_claims).where(
            c.document_id.in_(set(document_ids)), c.subject_key == subject_key)).mappings()]

    def same_source_claims(self, subject_key: str, as_of_lo: str, source_key: str, limit: int) -> list[FigureClaim]:
        """Claims counted once (not repeats) on a subject from a source whose as-of span starts on `as_of_lo`."""
        c = fs.figure_claims.c
        return [_claim(r) for r in self._conn.execute(select(fs.figure_claims).where(
            c.subject_key == subject_key, c.as_of_lo == as_of_lo, c.duplicate_of.is_(None),
            c.source_key == source_key).limit(limit)).mappings()]

    def overlapping_claims(self, subject_key: str, *, starts_from: str, lo: str, hi: str, modalities: Iterable[str],
                           excluding: str, limit: int) -> list[FigureClaim]:
        """Claims counted once on a subject, in `modalities`, whose as-of span starts on or after `starts_from` and
        overlaps `lo`..`hi`; at most `limit`."""
        c = fs.figure_claims.c
        return [_claim(r) for r in self._conn.execute(select(fs.figure_claims).where(and_(
            c.subject_key == subject_key, c.as_of_lo >= starts_from, c.as_of_lo <= hi, c.as_of_hi >= lo,
            c.duplicate_of.is_(None), c.modality.in_(sorted(modalities)), c.id != excluding)).limit(limit)).mappings()]

    def add_contradiction(self, flag: FigureContradiction) -> None:
        self._conn.execute(insert(fs.figure_contradictions).values(
            id=flag.id, claim_a=flag.claim_a, claim_b=flag.claim_b, subject_key=flag.subject_key, reason=flag.reason,
            created_at=flag.created_at))

    def contradictions(self) -> list[FigureContradiction]:
        """Every contradiction flag, in the order they were raised."""
        t = fs.figure_contradictions
        return [FigureContradiction(**dict(r)) for r in self._conn.execute(
            select(t).order_by(t.c.created_at, t.c.id)).mappings()]
