"""Near-duplicate documents (syndicated copies, light rewrites of one wire story) by MinHash LSH.

Each document's MinHash signature (datasketch) over word 3-gram shingles is cut into LSH bands; band keys live in
the indexed `doc_bands` table, so finding candidates for a new document is a handful of index lookups whatever the
store size. Candidates are confirmed by the Jaccard similarity estimated from the two signatures. A copy is kept as
its own document and source; it records the first-stored document of its group (`canonical_id`), and the figure
claims it repeats are counted once (see `_figures`).
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from datasketch import MinHash, MinHashLSH
from sqlalchemy import insert, select

from sitroom.fuse._lexicon import words
from sitroom.model import Document
from sitroom.store import fusion_schema as fs

SHINGLE = 3
MAX_CANDIDATES = 50


@dataclass(frozen=True)
class NearDuplicate:
    document_id: str
    canonical_id: str
    matched_id: str
    jaccard: float


@lru_cache(maxsize=4)
def _template(num_perm: int) -> MinHash:
    return MinHash(num_perm=num_perm, seed=1, scheme="affine32")


@lru_cache(maxsize=16)
def _bands(threshold: float, num_perm: int) -> tuple[int, int]:
    """(bands, rows per band) that datasketch's MinHashLSH picks for this threshold (balanced FP/FN error)."""
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    return lsh.b, lsh.r


def shingles(text: str, size: int = SHINGLE) -> set[bytes]:
    ws = words(text)
    if len(ws) < size:
        return {" ".join(ws).encode()} if ws else set()
    return {" ".join(ws[i:i + size]).encode() for i in range(len(ws) - size + 1)}


def signature(text: str, num_perm: int) -> tuple[np.ndarray, int]:
    sh = shingles(text)
    m = MinHash(num_perm=num_perm, seed=1, permutations=_template(num_perm).permutations,
                scheme="affine32")
    if sh:
        m.update_batch(list(sh))
    return m.hashvalues, len(sh)


def band_keys(hashvalues: np.ndarray, threshold: float) -> list[str]:
    b, r = _bands(threshold, len(hashvalues))
    return [f"{i}:{hashlib.blake2b(hashvalues[i * r:(i + 1) * r].tobytes(), digest_size=12).hexdigest()}"
            for i in range(b)]


def detect_and_record(conn, doc: Document, *, threshold: float, num_perm: int) -> NearDuplicate | None:
    """Sign the document, find its best stored match above `threshold`, record signature, bands and match."""
    hv, n = signature(doc.text, num_perm)
    keys = band_keys(hv, threshold) if n else []
    best: NearDuplicate | None = None
    if keys:
        cands = [r[0] for r in conn.execute(
            select(fs.doc_bands.c.document_id).where(fs.doc_bands.c.band_key.in_(keys),
                                                     fs.doc_bands.c.document_id != doc.id)
            .distinct().limit(MAX_CANDIDATES))]
        if cands:
            sigs = conn.execute(select(fs.doc_signatures.c.document_id, fs.doc_signatures.c.hashvalues).where(
                fs.doc_signatures.c.document_id.in_(cands), fs.doc_signatures.c.num_perm == num_perm)).all()
            scored = sorted(((float(np.mean(np.frombuffer(blob, dtype=np.uint64) == hv)), did) for did, blob in sigs),
                            key=lambda p: (-p[0], p[1]))
            if scored and scored[0][0] >= threshold:
                j, matched = scored[0]
                canon = conn.execute(select(fs.near_duplicates.c.canonical_id).where(
                    fs.near_duplicates.c.document_id == matched)).scalar_one_or_none() or matched
                best = NearDuplicate(doc.id, canon, matched, round(j, 3))
    conn.execute(insert(fs.doc_signatures).values(document_id=doc.id, num_perm=num_perm,
                                                  hashvalues=hv.astype(np.uint64).tobytes(), shingles=n))
    if keys:
        conn.execute(insert(fs.doc_bands), [{"band_key": k, "document_id": doc.id} for k in keys])
    if best:
        conn.execute(insert(fs.near_duplicates).values(document_id=doc.id, canonical_id=best.canonical_id,
                                                       matched_id=best.matched_id, jaccard=best.jaccard))
    return best
