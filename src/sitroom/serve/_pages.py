"""HTML pages, each with its `.json` twin (Datasette style: `/timeline` and `/timeline.json` show the same data).

Pages are complete without JavaScript: filters are GET forms, paging is a link, charts are drawn over a table that
holds the same numbers. htmx only swaps the results in place, and the vendored chart libraries draw on top.
"""
from __future__ import annotations

from typing import Any, Literal
from urllib.parse import parse_qs, quote, urlsplit

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response

from sitroom.serve import _views as V
from sitroom.serve._api import split
from sitroom.serve._params import Paging, blank, claim_filter, day, event_filter, event_type, newest_first, paging
from sitroom.serve._problems import Problem
from sitroom.store import ClaimFilter, EventFilter

router = APIRouter(include_in_schema=False)


def _state(request: Request) -> V.ServeState:
    return request.app.state.sitroom


def render_page(request: Request, template: str, data: dict[str, Any], **context: Any) -> Response:
    """The page's data as JSON when the path ends in `.json`, else the template with `data` and `context`."""
    if request.url.path.endswith(".json"):
        return JSONResponse(data)
    path = quote(request.url.path.rstrip("/"), safe="/") or "/index"
    json_url = path + ".json" + (f"?{request.url.query}" if request.url.query else "")
    return request.app.state.templates.TemplateResponse(
        request, template, {"data": data, "json_url": json_url, "state": _state(request), **context})


def _params(request: Request) -> dict[str, Any]:
    return dict(request.query_params)


def _html_path(request: Request) -> str:
    return request.url.path.removesuffix(".json")


@router.get("/")
@router.get("/index.json")
def overview_page(request: Request):
    return render_page(request, "overview.html", V.overview(_state(request)))


@router.get("/timeline")
@router.get("/timeline.json")
def timeline_page(request: Request, f: EventFilter = Depends(event_filter), p: Paging = Depends(paging),
                  newest: bool = Depends(newest_first)):
    data = V.events(_state(request), f, after=p.after, limit=p.limit, newest_first=newest,
                    path=request.url.path, params=_params(request))
    return render_page(request, "timeline.html", data, params=_params(request),
                       outlets=_state(request).cached("outlets", _state(request).store.outlets))


@router.get("/events/{event_id}")
@router.get("/events/{event_id}.json")
def event_page(request: Request, event_id: str):
    return render_page(request, "event.html", V.event_detail(_state(request), event_id))


@router.get("/figures")
@router.get("/figures.json")
def figures_page(request: Request, counted: str | None = Query(None), p: Paging = Depends(paging)):
    data = V.series_list(_state(request), counted=blank(counted), after=p.after, limit=p.limit,
                         path=request.url.path, params=_params(request))
    return render_page(request, "figures.html", data, params=_params(request))


@router.get("/figures/{topic_key}")
@router.get("/figures/{topic_key}.json")
def figure_page(request: Request, topic_key: str, p: Paging = Depends(paging)):
    data = V.series(_state(request), topic_key, after=p.after, limit=p.limit, path=request.url.path,
                    params=_params(request))
    return render_page(request, "figure.html", data, params=_params(request))


@router.get("/claims")
@router.get("/claims.json")
def claims_page(request: Request, f: ClaimFilter = Depends(claim_filter), p: Paging = Depends(paging)):
    data = V.claims(_state(request), f, after=p.after, limit=p.limit, path=request.url.path,
                    params=_params(request))
    return render_page(request, "claims.html", data, params=_params(request))


@router.get("/contradictions")
@router.get("/contradictions.json")
def contradictions_page(request: Request, topic: str | None = Query(None), p: Paging = Depends(paging)):
    data = V.contradictions(_state(request), topic=blank(topic), after=p.after, limit=p.limit,
                            path=request.url.path, params=_params(request))
    return render_page(request, "contradictions.html", data)


@router.get("/clusters")
@router.get("/clusters.json")
def clusters_page(request: Request, type: str | None = Query(None), min_size: int = Query(2, ge=1),
                  p: Paging = Depends(paging)):
    data = V.clusters(_state(request), type=event_type(type), min_size=min_size, after=p.after, limit=p.limit,
                      path=request.url.path, params=_params(request))
    return render_page(request, "clusters.html", data, params=_params(request))


@router.get("/clusters/{cluster_id}")
@router.get("/clusters/{cluster_id}.json")
def cluster_page(request: Request, cluster_id: str):
    return render_page(request, "cluster.html", V.cluster_detail(_state(request), cluster_id))


@router.post("/clusters/{cluster_id}/split")
async def cluster_split_form(request: Request, cluster_id: str):
    """The cluster page's split form (only shown with --allow-edits); same-origin posts only."""
    origin = request.headers.get("origin")
    if origin and urlsplit(origin).netloc != request.headers.get("host"):
        raise Problem(403, "Forbidden", "cross-site form post refused")
    form = parse_qs((await request.body()).decode("utf-8", "replace"))
    st = _state(request)
    from starlette.concurrency import run_in_threadpool
    new_id = await run_in_threadpool(split, st, cluster_id, form.get("event_ids", []))
    return RedirectResponse(f"/clusters/{new_id}", status_code=303)


@router.get("/documents")
@router.get("/documents.json")
def documents_page(request: Request, outlet: str | None = Query(None), since: str | None = Query(None),
                   until: str | None = Query(None), p: Paging = Depends(paging)):
    data = V.documents(_state(request), outlet=blank(outlet), since=day("since", since), until=day("until", until),
                       after=p.after, limit=p.limit, path=request.url.path, params=_params(request))
    return render_page(request, "documents.html", data, params=_params(request))


@router.get("/documents/{document_id}")
@router.get("/documents/{document_id}.json")
def document_page(request: Request, document_id: str):
    return render_page(request, "document.html", V.document_detail(_state(request), document_id))


@router.get("/search")
@router.get("/search.json")
def search_page(request: Request, q: str | None = Query(None), kind: Literal["events", "documents"] = "events",
                p: Paging = Depends(paging)):
    q = blank(q)
    data = ({"q": None, "kind": kind, "rows": [], "count": 0, "next": None, "next_cursor": None} if q is None else
            V.search(_state(request), q=q, kind=kind, after=p.after, limit=p.limit, path=request.url.path,
                     params=_params(request)))
    return render_page(request, "search.html", data)


@router.get("/favicon.ico")
def favicon():
    return RedirectResponse("/static/favicon.svg", status_code=301)


@router.get("/docs")
def docs_page(request: Request):
    """Swagger UI from the vendored bundle (FastAPI's default page loads it from a CDN)."""
    return request.app.state.templates.TemplateResponse(request, "docs.html", {"state": _state(request)})
