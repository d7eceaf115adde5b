"""What each page and API route shows, as JSON-ready data: one function per view, shared by `/api/…`, the HTML page
and its `.json` twin (so the three never disagree). Every store call runs under the app's query time limit."""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any, Callable
from urllib.parse import urlencode

from sitroom.serve import _records as R
from sitroom.serve._problems import Problem
from sitroom.serve._spans import document_segments
from sitroom.store import ClaimFilter, EventFilter, Page, Store


@dataclass
class ServeState:
    """What the app holds: the store, its settings, and small caches (lists of outlets, store counts)."""
    store: Store
    allow_edits: bool = False
    time_limit: float = 2.0
    cache_seconds: float = 30.0
    nav: list[tuple[str, str]] = field(default_factory=list)      # (label, path) of the menu; extensions add theirs
    _cache: dict[str, tuple[float, Any]] = field(default_factory=dict)

    def run(self, fn: Callable[..., Any], *args, **kwargs) -> Any:
        """Call a store method under the time limit; a bad cursor or limit is the client's error (400)."""
        try:
            with self.store.time_limit(self.time_limit):
                return fn(*args, **kwargs)
        except ValueError as exc:
            raise Problem(400, "Bad request", str(exc)) from None

    def cached(self, key: str, fn: Callable[[], Any]) -> Any:
        hit = self._cache.get(key)
        if hit and time.monotonic() - hit[0] < self.cache_seconds:
            return hit[1]
        value = self.run(fn)
        self._cache[key] = (time.monotonic(), value)
        return value


def next_link(path: str, params: dict[str, Any], cursor: str | None) -> str | None:
    """The URL of the following page: the same path and filters, `after` set to the cursor."""
    if cursor is None:
        return None
    keep = {k: v for k, v in params.items() if v not in (None, "") and k != "after"}
    return f"{path}?{urlencode(keep | {'after': cursor})}"


def _paged(page: Page, rows: list[Any], path: str, params: dict[str, Any], **extra) -> dict[str, Any]:
    return {**extra, "rows": rows, "count": len(rows), "next": next_link(path, params, page.next),
            "next_cursor": page.next}


# ---------------------------------------------------------------------------------------------- events

def events(state: ServeState, f: EventFilter, *, after: str | None, limit: int, newest_first: bool, path: str,
           params: dict[str, Any]) -> dict[str, Any]:
    page = state.run(state.store.event_page, f, after=after, limit=limit, newest_first=newest_first)
    return _paged(page, [R.event_json(r) for r in page.rows], path, params, filters=f.active(),
                  order="newest first" if newest_first else "oldest first")


def event_detail(state: ServeState, event_id: str) -> dict[str, Any]:
    rec = state.run(state.store.event_record, event_id)
    if rec is None:
        raise Problem(404, "Not found", f"no event {event_id}")
    cluster = None
    cid = state.run(state.store.cluster_of_event, event_id)
    if cid:
        cluster = cluster_detail(state, cid)
    claims = [R.claim_json(c) for c in state.run(state.store.claims_of_document, rec.document["id"])
              if c["event_id"] == event_id]
    others = [m for m in (cluster["members"] if cluster else []) if m["event_id"] != event_id]
    ev = rec.event.evidence
    before, evidence, after = state.run(state.store.document_excerpt, rec.document["id"], ev.start, ev.end)
    return {"event": R.event_json(rec), "claims": claims, "cluster": cluster, "other_versions": others,
            "in_document": {"before": before, "evidence": evidence, "after": after}}


# ---------------------------------------------------------------------------------------------- figures

def claims(state: ServeState, f: ClaimFilter, *, after: str | None, limit: int, path: str,
           params: dict[str, Any]) -> dict[str, Any]:
    page = state.run(state.store.claim_page, f, after=after, limit=limit)
    return _paged(page, [R.claim_json(r) for r in page.rows], path, params, filters=f.active())


def series_list(state: ServeState, *, counted: str | None, after: str | None, limit: int, path: str,
                params: dict[str, Any]) -> dict[str, Any]:
    page = state.run(state.store.series_page, counted=counted, after=after, limit=limit)
    return _paged(page, [R.series_summary_json(r) for r in page.rows], path, params,
                  filters={"counted": counted} if counted else {})


def series(state: ServeState, topic_key: str, *, after: str | None = None, limit: int = 50, path: str = "",
           params: dict[str, Any] | None = None) -> dict[str, Any]:
    """A page of one series (a long one has thousands of points: the page is bounded, `next` goes on)."""
    sl = state.run(state.store.series_slice, topic_key, after=after, limit=limit)
    if not sl.points.rows and after is None:
        raise Problem(404, "Not found", f"no figure series {topic_key}")
    return R.series_json(topic_key, sl, next_link(path, params or {}, sl.points.next))


def contradictions(state: ServeState, *, topic: str | None, after: str | None, limit: int, path: str,
                   params: dict[str, Any]) -> dict[str, Any]:
    page = state.run(state.store.contradiction_page, topic=topic, after=after, limit=limit)
    return _paged(page, [R.contradiction_json(r) for r in page.rows], path, params,
                  filters={"topic": topic} if topic else {})


# ---------------------------------------------------------------------------------------------- clusters

def _clusters_with_members(state: ServeState, summaries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    links = state.run(state.store.cluster_members, [c["id"] for c in summaries])
    ids = [m["event_id"] for ms in links.values() for m in ms]
    recs = state.run(state.store.event_records, ids)
    return [R.cluster_json(c, links.get(c["id"], []), recs) for c in summaries]


def clusters(state: ServeState, *, type: str | None, min_size: int, after: str | None, limit: int, path: str,
             params: dict[str, Any]) -> dict[str, Any]:
    page = state.run(state.store.cluster_page, type=type, min_size=min_size, after=after, limit=limit)
    filters = {k: v for k, v in (("type", type), ("min_size", min_size if min_size > 1 else None)) if v}
    return _paged(page, _clusters_with_members(state, page.rows), path, params, filters=filters)


def cluster_detail(state: ServeState, cluster_id: str) -> dict[str, Any]:
    c = state.run(state.store.cluster_summary, cluster_id)
    if c is None:
        raise Problem(404, "Not found", f"no cluster {cluster_id}")
    return _clusters_with_members(state, [c])[0]


# ---------------------------------------------------------------------------------------------- documents

def documents(state: ServeState, *, outlet: str | None, since: str | None, until: str | None, after: str | None,
              limit: int, path: str, params: dict[str, Any]) -> dict[str, Any]:
    page = state.run(state.store.document_page, outlet=outlet, since=since, until=until, after=after, limit=limit)
    rows = [r | {"links": {"html": R.document_url(r["id"])}} for r in page.rows]
    filters = {k: v for k, v in (("outlet", outlet), ("since", since), ("until", until)) if v}
    return _paged(page, rows, path, params, filters=filters)


def document_detail(state: ServeState, document_id: str) -> dict[str, Any]:
    found = state.run(state.store.document_record, document_id)
    if found is None:
        raise Problem(404, "Not found", f"no document {document_id}")
    doc, recs, canonical = found
    rows = state.run(state.store.claims_of_document, document_id)
    data = R.document_json(doc, recs, canonical) | {"claims": [R.claim_json(c) for c in rows]}
    data["segments"] = document_segments(doc.text, [r.event for r in recs], rows)
    return data


# ---------------------------------------------------------------------------------------------- search, overview

def search(state: ServeState, *, q: str, kind: str, after: str | None, limit: int, path: str,
           params: dict[str, Any]) -> dict[str, Any]:
    if kind == "documents":
        page = state.run(state.store.search_documents, q, after=after, limit=limit)
        rows = [r | {"snippet": (r["snippet"] or "").replace("\x02", "").replace("\x03", ""),
                     "snippet_parts": _snippet_parts(r["snippet"] or ""), "links": {"html": R.document_url(r["id"])}}
                for r in page.rows]
    else:
        page = state.run(state.store.search_events, q, after=after, limit=limit)
        rows = [R.event_json(r) for r in page.rows]
    return _paged(page, rows, path, params, q=q, kind=kind)


def _snippet_parts(snippet: str) -> list[dict[str, Any]]:
    """An FTS snippet (matches between \\x02 and \\x03) as [{text, hit}], for the page to mark without raw HTML."""
    parts = []
    for i, chunk in enumerate(snippet.split("\x02")):
        if i == 0:
            parts.append({"text": chunk, "hit": False})
            continue
        hit, _, rest = chunk.partition("\x03")
        parts += [{"text": hit, "hit": True}, {"text": rest, "hit": False}]
    return [p for p in parts if p["text"]]


def overview(state: ServeState) -> dict[str, Any]:
    store = state.store
    latest = state.run(store.event_page, after=None, limit=10, newest_first=True)
    busiest = state.run(store.cluster_page, min_size=2, limit=6)
    newest = state.run(store.contradiction_page, limit=5)
    return {
        "counts": state.cached("counts", store.counts),
        "latest_events": [R.event_json(r) for r in latest.rows if r.date_sort],
        "busiest_clusters": _clusters_with_members(state, busiest.rows),
        "newest_contradictions": [R.contradiction_json(r) for r in newest.rows],
    }
