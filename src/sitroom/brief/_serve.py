"""What `sitroom serve` mounts for briefings: the `/briefings.atom` route, and a lifespan that runs the daily
schedule while the server is up. FastAPI is imported only when these are used.

(No `from __future__ import annotations` here: FastAPI reads the route's annotations as objects, and `Request` is
imported inside `atom_router`.)
"""

from contextlib import asynccontextmanager
from typing import Callable

from sitroom.brief._atom import atom_feed
from sitroom.brief._schedule import BriefingScheduler


def atom_router(store: "Callable[[], object] | object", *, path: str = "/briefings.atom",
                link_base: "str | None" = None):
    """A FastAPI `APIRouter` serving the Atom feed of briefings at `path`. `store`: a `Store`, or a callable
    returning the app's store."""
    from fastapi import APIRouter, Request, Response

    router = APIRouter(tags=["briefings"])

    @router.get(path, response_class=Response, summary="Atom feed of the daily briefings",
                responses={200: {"content": {"application/atom+xml": {}}}})
    def briefings_atom(request: Request) -> Response:
        s = store() if callable(store) else store
        body = atom_feed(s, self_url=str(request.url), link_base=link_base or str(request.base_url).rstrip("/"))
        return Response(body, media_type="application/atom+xml")

    return router


def briefing_lifespan(scheduler: "BriefingScheduler | None", inner=None):
    """A Starlette/FastAPI lifespan that starts `scheduler` (when given) with the app and stops it after; `inner`,
    the app's own lifespan, runs inside it."""
    @asynccontextmanager
    async def lifespan(app):
        if scheduler is not None:
            scheduler.start()
        try:
            if inner is None:
                yield
            else:
                async with inner(app) as state:
                    yield state
        finally:
            if scheduler is not None:
                scheduler.shutdown()
    return lifespan
