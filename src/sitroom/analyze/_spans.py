"""Mentions sorted by start offset, looked up by position in O(log n).

The layers resolve many spans against the whole document's mentions (every argument of every event); a scan of the
full list per lookup makes analysis quadratic in document length (issue 12). Lookups keep the input order, so a
caller's "first" or "max by key, first on ties" picks the same item as a full scan of the input would.
"""
from __future__ import annotations

from bisect import bisect_left
from typing import Callable, Generic, Iterator, Sequence, TypeVar

T = TypeVar("T")


def _start_end(x) -> tuple[int | None, int | None]:
    return x.start, x.end


class SpanIndex(Generic[T]):
    """Items with character offsets, `span(item) -> (start, end)` (by default `.start`, `.end`); items whose start is
    None are left out."""

    def __init__(self, items: Sequence[T], span: Callable[[T], tuple[int | None, int | None]] = _start_end) -> None:
        rows = []
        for pos, x in enumerate(items):
            s, e = span(x)
            if s is not None:
                rows.append((s, s if e is None else e, pos, x))
        rows.sort(key=lambda r: (r[0], r[2]))
        self._rows = rows
        self._starts = [r[0] for r in rows]
        self._longest = max((r[1] - r[0] for r in rows), default=0)

    def starting_in(self, lo: int, hi: int) -> Iterator[T]:
        """Items with lo <= start < hi, by start (input order on ties)."""
        for k in range(bisect_left(self._starts, lo), len(self._rows)):
            if self._starts[k] >= hi:
                return
            yield self._rows[k][3]

    def covering(self, lo: int, hi: int) -> list[T]:
        """Items with start <= lo and hi <= end, in input order."""
        k0 = bisect_left(self._starts, lo - self._longest)
        rows = [r for r in self._rows[k0:bisect_left(self._starts, lo + 1)] if r[1] >= hi]
        return [r[3] for r in sorted(rows, key=lambda r: r[2])]

    def overlapping(self, lo: int, hi: int) -> list[T]:
        """Items with start < hi and end > lo, by start (input order on ties)."""
        k0 = bisect_left(self._starts, lo - self._longest)
        return [r[3] for r in self._rows[k0:bisect_left(self._starts, hi)] if r[1] > lo]
