"""What a briefing reads from the store, through `Store` methods and the fuse stage's public read functions only.

`Snapshot` is the whole store's documents, events, clusters, figure series and contradictions as plain values;
`_select` picks a period out of it. Keeping the reading here means the picking never sees a table or a column.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date as Date
from pathlib import PurePath
from typing import Any
from urllib.parse import urlsplit


@dataclass(frozen=True)
class Snapshot:
    documents: dict[str, dict[str, Any]]       # id -> origin, url, outlet, title, published, ingested_at
    events: dict[str, dict[str, Any]]          # id -> the `Store.events()` row
    clusters: list[dict[str, Any]]             # `fuse.clusters()`
    series: list[dict[str, Any]]               # `fuse.figure_series()`
    contradictions: list[dict[str, Any]]       # `fuse.contradictions()`


def gather(store) -> Snapshot:
    """Read everything a briefing may cite (events as stored rows; clusters, series and contradictions as dicts)."""
    from dataclasses import asdict

    from sitroom.fuse import clusters, contradictions, figure_series

    cl, se, co = ([asdict(r) for r in fn(store)] for fn in (clusters, figure_series, contradictions))
    events = {r["id"]: r for r in store.event_rows()}
    return Snapshot(store.briefing_documents(), events, cl, se, co)


def publication_day(doc: dict[str, Any]) -> str:
    """The day a document was published as its outlet wrote it (YYYY-MM-DD); the day it was stored when undated."""
    for value in (doc.get("published"), doc.get("ingested_at")):
        if value and _is_day(value[:10]):
            return value[:10]
    return "0000-01-01"


def _is_day(s: str) -> bool:
    try:
        Date.fromisoformat(s)
    except ValueError:
        return False
    return len(s) == 10


def outlet_label(doc: dict[str, Any]) -> str:
    """Who published a document: its outlet, else its URL's host, else its file name (without extension)."""
    if doc.get("outlet"):
        return doc["outlet"]
    if doc.get("url"):
        host = urlsplit(doc["url"]).hostname
        if host:
            return host.removeprefix("www.")
    if doc.get("origin") and doc["origin"] not in ("-", "<bytes>"):
        return PurePath(doc["origin"]).stem
    return f"document {doc['id']}"


def evidence_link(doc: dict[str, Any], event_id: str | None, link_base: str | None) -> str | None:
    """Where a reader checks a line: the `sitroom serve` page of the event (or document) when a server URL is given,
    else the document's own URL, else the path it was read from."""
    if link_base:
        base = link_base.rstrip("/")
        return f"{base}/events/{event_id}" if event_id else f"{base}/documents/{doc['id']}"
    return doc.get("url") or (doc.get("origin") if doc.get("origin") not in (None, "-", "<bytes>") else None)


def source_as_written(text: str | None) -> str | None:
    """The cited source as the report wrote it, with a sentence-initial article lowered ("The ministry" -> "the
    ministry"), since the briefing quotes it mid-sentence."""
    if not text:
        return None
    t = " ".join(text.split())
    return "the " + t[4:] if t.startswith("The ") else t
