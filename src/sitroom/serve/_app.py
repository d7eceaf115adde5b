"""`create_app`: the FastAPI application over one store (API, pages, vendored static files, error handling)."""
from __future__ import annotations

from importlib import resources
from typing import Callable, Iterable

import jinja2
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from sitroom.languages import LAYERS, note_for
from sitroom.lexicon import count
from sitroom.model import EVENT_TYPES, MODALITIES
from sitroom.serve import _labels, _records
from sitroom.serve._api import router as api_router
from sitroom.serve._pages import router as page_router
from sitroom.serve._problems import PROBLEM_TYPE, Problem
from sitroom.serve._views import ServeState
from sitroom.store import QueryTimeout, Store

# Scripts only from our own origin (the vendored files): a stored text can never run as script even if a template
# forgot to escape it. Styles may be inline because the chart libraries position their elements with them.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")

Extension = Callable[[FastAPI], None]

_HEADERS = [(b"content-security-policy", CSP.encode()), (b"x-content-type-options", b"nosniff"),
            (b"referrer-policy", b"no-referrer")]
_IMMUTABLE = (b"cache-control", b"public, max-age=31536000, immutable")


class SecurityHeaders:
    """Adds the security headers to every response (those it does not set itself), and a year's caching to the
    vendored files (their names carry their version). Plain ASGI: `@app.middleware("http")` runs each request
    through an extra task and streams, which cost a millisecond or more per request under load."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        vendored = scope["path"].startswith("/static/vendor/")

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", ()))
                present = {k.lower() for k, _ in headers}
                headers += [h for h in _HEADERS if h[0] not in present]
                if vendored:
                    headers = [h for h in headers if h[0].lower() != b"cache-control"] + [_IMMUTABLE]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _templates() -> Jinja2Templates:
    folder = resources.files("sitroom.serve").joinpath("templates")
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(folder)), autoescape=True,
                             undefined=jinja2.ChainableUndefined, trim_blocks=True, lstrip_blocks=True)
    env.globals.update(count=count, language_note=note_for, analysed_languages=", ".join(sorted(LAYERS)),
                       country=_labels.country, when=_labels.when, figure=_labels.figure, safe_url=_labels.safe_url,
                       event_url=_records.event_url, document_url=_records.document_url,
                       series_url=_records.series_url, cluster_url=_records.cluster_url,
                       EVENT_TYPES=EVENT_TYPES, MODALITIES=MODALITIES)
    env.filters["heading"] = _labels.heading                    # a series subject as a table's label
    return Jinja2Templates(env=env)


def create_app(store_url: str | Store, allow_edits: bool = False, *, time_limit: float = 2.0,
               extensions: Iterable[Extension] = ()) -> FastAPI:
    """The `sitroom serve` application over the store at `store_url` (a path or SQLAlchemy URL, or a `Store`).

    Read-only unless `allow_edits` (then the split-cluster action is on); every store query is interrupted after
    `time_limit` seconds (a 503 problem). `extensions` are called with the app after the built-in routes are added:
    they may `app.include_router(...)`, read the store at `app.state.sitroom.store`, render pages through
    `sitroom.serve.render_page` with their own templates folder added by `add_template_folder`, and add a menu entry
    to `app.state.sitroom.nav`.
    """
    store = store_url if isinstance(store_url, Store) else Store(store_url)
    store.guard(read_only=not allow_edits, statement_timeout_ms=int(time_limit * 1000))
    app = FastAPI(title="sitroom", summary="Sourced, time-resolved events and figure claims from news reporting.",
                  docs_url=None, redoc_url=None, openapi_url="/openapi.json")
    state = ServeState(store, allow_edits=allow_edits, time_limit=time_limit)
    state.nav = [("Overview", "/"), ("Timeline", "/timeline"), ("Figures", "/figures"),
                 ("Contradictions", "/contradictions"), ("Clusters", "/clusters"), ("Documents", "/documents"),
                 ("Search", "/search"), ("API", "/docs")]
    app.state.sitroom = state
    app.state.templates = _templates()
    app.include_router(api_router)
    app.include_router(page_router)
    app.mount("/static", StaticFiles(packages=[("sitroom.serve", "static")]), name="static")
    _handle_errors(app)

    app.add_middleware(SecurityHeaders)

    for extend in extensions:
        extend(app)
    return app


def add_template_folder(app: FastAPI, folder: str) -> None:
    """Let an extension's templates extend `base.html` and use `_partials.html`."""
    env = app.state.templates.env
    env.loader = jinja2.ChoiceLoader([env.loader, jinja2.FileSystemLoader(folder)])


def _wants_json(request: Request) -> bool:
    p = request.url.path
    return p.startswith("/api/") or p.endswith(".json") or "application/json" in request.headers.get("accept", "")


def _problem_response(request: Request, problem: Problem) -> Response:
    body = problem.body(instance=str(request.url.path))
    if _wants_json(request):
        return JSONResponse(body, status_code=problem.status, media_type=PROBLEM_TYPE)
    try:
        return request.app.state.templates.TemplateResponse(
            request, "error.html", {"problem": body, "state": request.app.state.sitroom}, status_code=problem.status)
    except Exception:  # pragma: no cover - the error page itself failed: plain text, never a traceback
        return HTMLResponse(f"{problem.status} {problem.title}", status_code=problem.status)


def _handle_errors(app: FastAPI) -> None:
    @app.exception_handler(Problem)
    async def on_problem(request: Request, exc: Problem):
        return _problem_response(request, exc)

    @app.exception_handler(QueryTimeout)
    async def on_timeout(request: Request, exc: QueryTimeout):
        return _problem_response(request, Problem(503, "Query time limit exceeded",
                                                  f"{exc}; narrow the filters or page with a smaller limit"))

    @app.exception_handler(RequestValidationError)
    async def on_invalid(request: Request, exc: RequestValidationError):
        parts = []
        for err in exc.errors():
            where = ".".join(str(x) for x in err.get("loc", ()) if x not in ("query", "path", "body"))
            parts.append(f"{where}: {err.get('msg')}" if where else str(err.get("msg")))
        return _problem_response(request, Problem(400, "Bad request", "; ".join(parts)))

    @app.exception_handler(StarletteHTTPException)
    async def on_http(request: Request, exc: StarletteHTTPException):
        detail = exc.detail if isinstance(exc.detail, str) and exc.detail != "Not Found" else None
        if exc.status_code == 404 and detail is None:
            detail = f"nothing at {request.url.path}"
        return _problem_response(request, Problem(exc.status_code, None, detail))

    @app.exception_handler(Exception)
    async def on_error(request: Request, exc: Exception):
        return _problem_response(request, Problem(500, "Internal error", f"{type(exc).__name__}: the server failed "
                                                                         "on this request"))
