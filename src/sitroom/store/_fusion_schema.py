"""Tables owned by the fuse stage (near-duplicates, clusters, figure claims), on the shared metadata.

Every lookup the fuse stage makes while adding one document goes through an index declared here (LSH band keys,
cluster blocking keys, figure subject keys), so the work per new document does not grow with the store.
"""
from __future__ import annotations

from sqlalchemy import BigInteger, Column, Float, Index, Integer, LargeBinary, String, Table, Text

from sitroom.store._schema import metadata

# ---------------------------------------------------------------- near-duplicate documents (MinHash LSH)

doc_signatures = Table(
    "doc_minhash", metadata,   # (renamed from doc_signatures when its key became an integer)
    Column("seq", Integer, primary_key=True, autoincrement=True),   # rowid: what the band index points at
    Column("document_id", String(32), nullable=False),     # not indexed: read only through the band index
    Column("num_perm", Integer, nullable=False),
    Column("hashvalues", LargeBinary, nullable=False),     # MinHash signature, uint64 little-endian
    Column("shingles", Integer, nullable=False),
)

# One row per LSH band of a document: (publication week, band hash as a signed 64-bit integer, signature seq).
# A clustered (WITHOUT ROWID) table of three integers led by the week: a new document's 14 inserts land in the
# current week's small region of the B-tree, not at 14 random places of a table that grows with the store, so the
# pages each commit dirties (and each WAL checkpoint writes back) stay the same as history accumulates.
doc_band_index = Table(
    "doc_band_index", metadata,
    Column("week", Integer, primary_key=True, autoincrement=False),
    Column("band", BigInteger, primary_key=True, autoincrement=False),
    Column("seq", Integer, primary_key=True, autoincrement=False),
    sqlite_with_rowid=False,
)

near_duplicates = Table(
    "near_duplicates", metadata,
    Column("document_id", String(32), primary_key=True),
    Column("canonical_id", String(32), nullable=False),     # first-stored document of the group
    Column("matched_id", String(32), nullable=False),       # the stored document it matched
    Column("jaccard", Float, nullable=False),               # estimated from the signatures
)
Index("ix_near_duplicates_canonical", near_duplicates.c.canonical_id)

# ---------------------------------------------------------------- event clusters

event_clusters = Table(
    "event_clusters", metadata,
    Column("id", String(32), primary_key=True),
    Column("type", String(16), nullable=False),
    Column("actor_country", String(8)),
    Column("recipient_country", String(8)),
    Column("location_country", String(8)),
    Column("location_name", Text),                         # set when the place is finer than a country
    Column("date_lo", String(10)),                         # calendar span the member events cover
    Column("date_hi", String(10)),
    Column("keywords", Text, nullable=False),              # JSON list: evidence keywords of the members (capped)
    Column("size", Integer, nullable=False),
    Column("created_at", String(40), nullable=False),
    Column("split_from", String(32)),                      # set when a user split it off another cluster
)

cluster_blocks = Table(                                     # blocking keys: type x place/actor x week bucket
    "cluster_blocks", metadata,
    Column("block_key", String(64), primary_key=True),
    Column("cluster_id", String(32), primary_key=True),
)

cluster_links = Table(
    "cluster_links", metadata,
    Column("event_id", String(32), primary_key=True),
    Column("cluster_id", String(32), nullable=False),
    Column("document_id", String(32), nullable=False),
    Column("score", Float, nullable=False),                # 1.0 for the event that founded the cluster
    Column("reasons", Text, nullable=False),               # JSON list of strings
    Column("linked_at", String(40), nullable=False),
)
Index("ix_cluster_links_cluster", cluster_links.c.cluster_id)

cluster_splits = Table(
    "cluster_splits", metadata,
    Column("id", String(32), primary_key=True),
    Column("cluster_id", String(32), nullable=False),       # the cluster that was split
    Column("new_cluster_id", String(32), nullable=False),
    Column("event_ids", Text, nullable=False),              # JSON list moved to the new cluster
    Column("created_at", String(40), nullable=False),
)
Index("ix_cluster_splits_cluster", cluster_splits.c.cluster_id)

# ---------------------------------------------------------------- figure claims and contradictions

figure_claims = Table(
    "figure_claims", metadata,
    Column("id", String(32), primary_key=True),
    Column("event_id", String(32)),                        # the event carrying the claim, if any
    Column("document_id", String(32), nullable=False),
    Column("subject_key", String(120), nullable=False),    # counted|owner|location|status
    Column("topic_key", String(120), nullable=False),      # counted|owner|location (the series a claim is on)
    Column("counted", String(40), nullable=False),         # canonical kind: personnel, tanks, civilians ...
    Column("counted_text", Text),                          # as written
    Column("owner_country", String(8)),                    # whose troops / tanks (ISO3)
    Column("location_country", String(8)),
    Column("status", String(16), nullable=False),          # present, planned, arrived, killed, wounded ...
    Column("lower", Float), Column("upper", Float),
    Column("qualifier", String(16), nullable=False),
    Column("quantity_text", Text),
    Column("modality", String(16), nullable=False),
    Column("source_key", String(120), nullable=False),     # lower-cased source name, for matching
    Column("source", Text, nullable=False),                # who gives the figure (the outlet when unattributed)
    Column("outlet", Text),
    Column("claim_date", String(10)),                      # document published
    Column("as_of", String(40)),                           # event date (TimeML value) the figure refers to
    Column("as_of_relation", String(8)),
    Column("as_of_lo", String(10)),                        # calendar span of as_of (claim date when undated)
    Column("as_of_hi", String(10)),
    Column("evidence", Text, nullable=False),
    Column("evidence_start", Integer),
    Column("duplicate_of", String(32)),                    # claim counted once: same figure already stored
    Column("duplicate_reason", String(40)),                # near_duplicate_document | same_source_figure
    Column("location_place", Text),                        # the place below the country ("BIH:doboj"), if any
    Column("location_name", Text),                         # its name
)
Index("ix_figure_claims_subject", figure_claims.c.subject_key, figure_claims.c.as_of_lo)
Index("ix_figure_claims_topic", figure_claims.c.topic_key)
Index("ix_figure_claims_document", figure_claims.c.document_id)

figure_contradictions = Table(
    "figure_contradictions", metadata,
    Column("id", String(32), primary_key=True),
    Column("claim_a", String(32), nullable=False),          # the earlier-stored claim
    Column("claim_b", String(32), nullable=False),
    Column("subject_key", String(120), nullable=False),
    Column("reason", Text, nullable=False),
    Column("created_at", String(40), nullable=False),
)
Index("ix_figure_contradictions_subject", figure_contradictions.c.subject_key)
