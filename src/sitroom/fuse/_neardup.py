"""Near-duplicate documents (syndicated copies, light rewrites of one wire story) by MinHash LSH.

Each document's MinHash signature (datasketch) over word 3-gram shingles is cut into LSH bands; band keys live in
the clustered integer index `doc_band_index` led by the publication week, so finding candidates for a new document
is a bounded number of index seeks (its bands x the weeks within WINDOW_WEEKS of its publication) whatever the
store size, and its inserts stay in a small region of the index. Candidates are confirmed by the Jaccard
similarity estimated from the two signatures. A copy is kept as its own document and source; it records the first-stored document of its group (`canonical_id`), and the figure
claims it repeats are counted once (see `_figures`).
"""
from __future__ import annotations

import hashlib
from datetime import date
from functools import lru_cache

import numpy as np
from datasketch import MinHash, MinHashLSH

from sitroom.fuse._features import parse_day
from sitroom.fuse._lexicon import words
from sitroom.model import Document, NearDuplicate

SHINGLE = 3
MAX_CANDIDATES = 50
WINDOW_WEEKS = 8       # copies are looked for among documents published up to 8 weeks before or after


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


def band_keys(hashvalues: np.ndarray, threshold: float) -> list[int]:
    """One signed 64-bit key per LSH band (the band's number is hashed in, so equal rows in two bands differ)."""
    b, r = _bands(threshold, len(hashvalues))
    return [int.from_bytes(hashlib.blake2b(bytes([i]) + hashvalues[i * r:(i + 1) * r].tobytes(),
                                           digest_size=8).digest(), "little", signed=True)
            for i in range(b)]


def publication_week(doc: Document) -> int:
    """Week number (days since 0001-01-01 // 7) of the document's publication, today when it has none."""
    day = parse_day(doc.published) or date.today()
    return day.toordinal() // 7


def detect_and_record(tx, doc: Document, *, threshold: float, num_perm: int,
                      window_weeks: int = WINDOW_WEEKS) -> tuple[NearDuplicate | None, bool]:
    """Sign the document, find its best stored match above `threshold`, record signature, bands and match.

    `tx` is a store transaction. Returns (match, already): `already` is True when the document's own signature is
    stored (fused before); nothing is recorded then.
    """
    hv, n = signature(doc.text, num_perm)
    keys = sorted(set(band_keys(hv, threshold))) if n else []
    week = publication_week(doc)
    best: NearDuplicate | None = None
    if keys:
        sigs = tx.candidate_signatures(range(week - window_weeks, week + window_weeks + 1), keys, num_perm,
                                       MAX_CANDIDATES)
        if any(did == doc.id for did, _ in sigs):
            return None, True
        scored = sorted(((float(np.mean(np.frombuffer(blob, dtype=np.uint64) == hv)), did) for did, blob in sigs),
                        key=lambda p: (-p[0], p[1]))
        if scored and scored[0][0] >= threshold:
            j, matched = scored[0]
            best = NearDuplicate(doc.id, tx.canonical_document(matched) or matched, matched, round(j, 3))
        tx.add_signature(doc.id, num_perm, hv.astype(np.uint64).tobytes(), n, week, keys)
    if best:
        tx.add_near_duplicate(best)
    return best, False
