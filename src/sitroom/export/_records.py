"""Each table's records, a page at a time, in the JSON shapes the CLI prints (the serialisers of `sitroom.model`)."""
from __future__ import annotations

from dataclasses import asdict
from typing import Any, Iterator

from sitroom.fuse import iter_figure_series
from sitroom.model import FigureSeries, document_to_dict, stored_claim_to_dict, stored_event_to_dict

Pages = Iterator[list[dict[str, Any]]]


def event_records(store, since: str | None, until: str | None, page_size: int) -> Pages:
    for page in store.event_batches(since=since, until=until, page_size=page_size):
        yield [stored_event_to_dict(se) for se in page]


def claim_records(store, since: str | None, until: str | None, page_size: int) -> Pages:
    for page in store.claim_batches(since=since, until=until, page_size=page_size):
        yield [stored_claim_to_dict(r) for r in page]


def document_records(store, since: str | None, until: str | None, page_size: int) -> Pages:
    for page in store.document_batches(since=since, until=until, page_size=page_size):
        yield [document_to_dict(d) | {"origin": d.origin} for d in page]


def series_point_records(s: FigureSeries) -> list[dict[str, Any]]:
    """The points of one series as `sitroom figures --format json` prints them, each with its series' subject."""
    head = {"subject": s.subject, "topic_key": s.topic_key, "counted": s.counted, "owner_country": s.owner_country,
            "location_country": s.location_country, "location_place": s.location_place,
            "location_name": s.location_name}
    out = []
    for p in s.points:
        d = asdict(p)
        d["also_reported_by"] = list(d["also_reported_by"])
        d["contradicts"] = list(d["contradicts"])
        out.append(head | d)
    return out


def series_records(store, since: str | None, until: str | None, page_size: int) -> Pages:
    """Every series point (one series at a time, in topic-key order); `since`/`until` bound a point's as-of day
    (its `change` still says what changed from the point before it in the whole series)."""
    page: list[dict[str, Any]] = []
    for s in iter_figure_series(store):
        for r in series_point_records(s):
            if (since or until) and not (r["date"] and (not since or r["date"] >= since)
                                         and (not until or r["date"] <= until)):
                continue
            page.append(r)
            if len(page) >= page_size:
                yield page
                page = []
    if page:
        yield page


RECORDS = {"events": event_records, "claims": claim_records, "documents": document_records,
           "series": series_records}
