"""`/api/…`: the JSON API (read-only unless the app was created with `allow_edits=True`)."""
from __future__ import annotations

import functools
from typing import Any, Literal

from fastapi import APIRouter, Body, Depends, Query, Request
from fastapi.responses import JSONResponse

from sitroom.serve import _views as V
from sitroom.serve._params import Paging, blank, claim_filter, day, event_filter, event_type, newest_first, paging
from sitroom.serve._problems import Problem
from sitroom.store import ClaimFilter, EventFilter

router = APIRouter(prefix="/api", tags=["api"])


def _as_json(fn):
    """Send the view's data as it is (plain JSON types already): FastAPI's encoder would walk every value again,
    which costs more than the query on a page of 50 events."""
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return JSONResponse(fn(*args, **kwargs))
    return wrapper


def state(request: Request) -> V.ServeState:
    return request.app.state.sitroom


def _params(request: Request) -> dict[str, Any]:
    return dict(request.query_params)


@router.get("/events", summary="Events, filtered, by resolved date")
@_as_json
def api_events(request: Request, f: EventFilter = Depends(event_filter), p: Paging = Depends(paging),
               newest: bool = Depends(newest_first)):
    return V.events(state(request), f, after=p.after, limit=p.limit, newest_first=newest,
                    path=request.url.path, params=_params(request))


@router.get("/events/{event_id}", summary="One event with its claims and its cluster (the other outlets' versions)")
@_as_json
def api_event(request: Request, event_id: str):
    return V.event_detail(state(request), event_id)


@router.get("/claims", summary="Figure claims, newest as-of date first")
@_as_json
def api_claims(request: Request, f: ClaimFilter = Depends(claim_filter), p: Paging = Depends(paging)):
    return V.claims(state(request), f, after=p.after, limit=p.limit, path=request.url.path, params=_params(request))


@router.get("/series", summary="Figure series (what x whose x where), in key order")
@_as_json
def api_series_list(request: Request, counted: str | None = Query(None), p: Paging = Depends(paging)):
    return V.series_list(state(request), counted=blank(counted), after=p.after, limit=p.limit,
                         path=request.url.path, params=_params(request))


@router.get("/series/{topic_key}", summary="One series: a page of points by as-of date, one line per source, "
            "totals and a chart of the whole series")
@_as_json
def api_series(request: Request, topic_key: str, p: Paging = Depends(paging)):
    return V.series(state(request), topic_key, after=p.after, limit=p.limit, path=request.url.path,
                    params=_params(request))


@router.get("/contradictions", summary="Claims whose bounds cannot both hold, newest first")
@_as_json
def api_contradictions(request: Request, topic: str | None = Query(None), p: Paging = Depends(paging)):
    return V.contradictions(state(request), topic=blank(topic), after=p.after, limit=p.limit,
                            path=request.url.path, params=_params(request))


@router.get("/clusters", summary="Event clusters, largest first")
@_as_json
def api_clusters(request: Request, type: str | None = Query(None), min_size: int = Query(1, ge=1),
                 p: Paging = Depends(paging)):
    return V.clusters(state(request), type=event_type(type), min_size=min_size, after=p.after, limit=p.limit,
                      path=request.url.path, params=_params(request))


@router.get("/clusters/{cluster_id}", summary="One cluster with its members")
@_as_json
def api_cluster(request: Request, cluster_id: str):
    return V.cluster_detail(state(request), cluster_id)


@router.post("/clusters/{cluster_id}/split", status_code=201,
             summary="Move events out of a wrongly merged cluster (only with --allow-edits)")
def api_split(request: Request, cluster_id: str, event_ids: list[str] = Body(..., embed=True)):
    new_id = split(state(request), cluster_id, event_ids)
    return {"cluster_id": new_id, "split_from": cluster_id, "links": {"html": f"/clusters/{new_id}"}}


def split(st: V.ServeState, cluster_id: str, event_ids: list[str]) -> str:
    if not st.allow_edits:
        raise Problem(403, "Forbidden", "this server is read-only; start it with --allow-edits to split clusters")
    from sitroom.fuse import split_cluster
    try:
        return st.run(split_cluster, st.store, cluster_id, event_ids)
    except KeyError as exc:
        raise Problem(404, "Not found", str(exc.args[0])) from None


@router.get("/documents", summary="Documents, newest first")
@_as_json
def api_documents(request: Request, outlet: str | None = Query(None), since: str | None = Query(None),
                  until: str | None = Query(None), p: Paging = Depends(paging)):
    return V.documents(state(request), outlet=blank(outlet), since=day("since", since), until=day("until", until),
                       after=p.after, limit=p.limit, path=request.url.path, params=_params(request))


@router.get("/documents/{document_id}", summary="One document: clean text, events, claims, marked spans")
@_as_json
def api_document(request: Request, document_id: str):
    return V.document_detail(state(request), document_id)


@router.get("/search", summary="Full-text search over event evidence or documents")
@_as_json
def api_search(request: Request, q: str = Query(..., min_length=1), kind: Literal["events", "documents"] = "events",
               p: Paging = Depends(paging)):
    return V.search(state(request), q=q, kind=kind, after=p.after, limit=p.limit, path=request.url.path,
                    params=_params(request))
