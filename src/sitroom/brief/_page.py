"""The briefing in `sitroom serve`: the `/briefing` page (a date picker and the briefing as `render_briefing` words
it, then every figure it cites with its series, its claimant, its evidence and what contradicts it), its `.json`
twin, and `/api/briefing` (JSON), `/api/briefing.md`, `/api/briefing.txt`. Mounted by `briefing_pages(app)`, an
extension for `sitroom.serve.create_app`; FastAPI is imported only when it is called.

(No `from __future__ import annotations` here: FastAPI reads the routes' annotations as objects.)
"""

from dataclasses import asdict
from importlib import resources
from typing import Any, Optional
from urllib.parse import quote, urlencode

from sitroom.brief._gather import publication_day
from sitroom.brief._make import make_briefing
from sitroom.brief._records import Briefing, Figure, Report
from sitroom.brief._render import render, to_html_article
from sitroom.brief._select import BriefOptions
from sitroom.brief._wording import compose, day_phrase, when_phrase

NAV = ("Briefing", "/briefing")
_UNDATED = "0000-01-01"          # `publication_day` of a document with neither a publication nor a storage time


def briefing_days(store) -> list[str]:
    """The publication days that have documents, oldest first (what the date picker offers)."""
    return sorted({publication_day(d) for d in store.briefing_documents().values()} - {_UNDATED})


def _day(name: str, value: Optional[str]) -> Optional[str]:
    from sitroom.serve import day_param       # serve's own date parameter: blank is none, else YYYY-MM-DD or a 400

    return day_param(name, value)


def _path(base: str, key: str) -> str:
    return f"{base}/{quote(key, safe='')}"


def _links(r: Report, base: str) -> dict[str, Optional[str]]:
    doc = _path(base + "/documents", r.document_id)
    return {"event": _path(base + "/events", r.event_id) if r.event_id else None,
            "document": doc + (f"#ev-{quote(r.event_id, safe='')}" if r.event_id else "")}


def _report_json(r: Report, base: str) -> dict[str, Any]:
    return {"outlet": r.outlet, "source": r.source, "day": r.day, "copy": r.copy_of is not None,
            "evidence": " ".join(r.evidence.split()), "links": _links(r, base)}


def figure_rows(b: Briefing, base: str = "") -> list[dict[str, Any]]:
    """Every figure the briefing cites, once, in the order it first cites them: its series, its claimant (the source
    the report names, else the outlet itself), its evidence and its links, and the figures it contradicts."""
    found: dict[str, tuple[Figure, str]] = {}

    def add(f: Figure, where: str) -> None:
        found.setdefault(f.claim_id, (f, where))

    for st in b.storylines:
        for d in st.developments:
            for f in d.figures:
                add(f, "developments")
    for c in b.changes:
        for f in (*c.before, *c.after):
            add(f, "changes")
    against: dict[str, list[Figure]] = {}
    for c in b.contradictions:
        add(c.a, "contradictions")
        add(c.b, "contradictions")
        against.setdefault(c.a.claim_id, []).append(c.b)
        against.setdefault(c.b.claim_id, []).append(c.a)
    rows = []
    for f, where in found.values():
        r = f.report
        rows.append({
            "claim_id": f.claim_id, "subject": f.subject, "figure": f.figure, "status": f.status,
            "when": when_phrase(f.when), "claimant": r.source or r.outlet, "claimant_is_outlet": not r.source,
            "outlet": r.outlet, "published": day_phrase(r.day), "section": where,
            "evidence": " ".join(r.evidence.split()),
            "also": [{"outlet": c.outlet, "copy": c.copy_of is not None, "links": _links(c, base)} for c in f.copies],
            "contradicts": [{"claim_id": o.claim_id, "figure": o.figure, "claimant": o.report.source or o.report.outlet,
                             "outlet": o.report.outlet} for o in against.get(f.claim_id, ())],
            "links": {"series": _path(base + "/figures", f.topic_key) if f.topic_key else None, **_links(r, base)},
        })
    return rows


def briefing_json(b: Briefing, days: list[str], base: str = "") -> dict[str, Any]:
    """The briefing as JSON: its records as `make_briefing` picked them, its title, the figures table of the page,
    the days with reports, and the links to its other forms."""
    q = urlencode({"date": b.date, "since": b.since})
    return {"title": compose(b).title, **asdict(b), "figures": figure_rows(b, base), "days": days,
            "links": {"html": f"{base}/briefing?{q}", "json": f"{base}/api/briefing?{q}",
                      "markdown": f"{base}/api/briefing.md?{q}", "text": f"{base}/api/briefing.txt?{q}"}}


class _Made:
    """A briefing for the request's dates, or why there is none (an empty store, a period without reports)."""

    def __init__(self, state, date: Optional[str], since: Optional[str], link_base: str):
        from sitroom.serve import Problem

        self.days = state.run(briefing_days, state.store)
        self.date, self.since = date, since
        self.briefing: Optional[Briefing] = None
        self.empty: Optional[str] = None
        if not self.days:
            self.empty = "The store holds no reports yet: add some with sitroom ingest PATH, then reload."
            return
        if since and date and since > date:
            raise Problem(400, "Bad request", f"since {since} is after date {date}")
        key = f"briefing:{date}:{since}:{link_base}"
        self.briefing = state.cached(key, lambda: make_briefing(state.store, date=date, since=since,
                                                                options=BriefOptions(link_base=link_base)))
        b = self.briefing
        self.date, self.since = b.date, b.since
        if not b.documents:
            period = (f"on {day_phrase(b.date)}" if b.since == b.date
                      else f"from {day_phrase(b.since)} to {day_phrase(b.date)}")
            self.empty = (f"No reports were published {period}. The store has reports from "
                          f"{day_phrase(self.days[0])} to {day_phrase(self.days[-1])}.")

    def nearest(self) -> dict[str, Optional[str]]:
        """The days with reports just before and after the chosen date, and the newest one."""
        d = self.date or ""
        return {"previous": next((x for x in reversed(self.days) if x < d), None),
                "next": next((x for x in self.days if x > d), None),
                "latest": self.days[-1] if self.days else None}

    def problem(self):
        from sitroom.serve import Problem
        return Problem(404, "No briefing", self.empty)


def briefing_pages(app) -> None:
    """Add the briefing page and API to a `sitroom.serve` app (an extension for `create_app(extensions=[...])`),
    with a menu entry before "API"."""
    from fastapi import APIRouter, Query, Request
    from fastapi.responses import JSONResponse, PlainTextResponse

    from sitroom.serve import add_template_folder, render_page

    add_template_folder(app, str(resources.files("sitroom.brief").joinpath("templates")))
    nav = app.state.sitroom.nav
    if NAV not in nav:
        at = next((i for i, (_, href) in enumerate(nav) if href == "/docs"), len(nav))
        nav.insert(at, NAV)
    pages = APIRouter(include_in_schema=False)
    api = APIRouter(prefix="/api", tags=["briefing"])
    DateQ = Query(None, description="Last publication day covered, YYYY-MM-DD (default: the newest in the store).")
    SinceQ = Query(None, description="First publication day covered (default: the day after the last briefing sent "
                                     "before `date`, else the first day in the store).")

    def made(request: Request, date: Optional[str], since: Optional[str], link_base: str) -> _Made:
        return _Made(request.app.state.sitroom, _day("date", date), _day("since", since), link_base)

    def absolute(request: Request) -> str:
        return str(request.base_url).rstrip("/")

    @pages.get("/briefing")
    @pages.get("/briefing.json")
    def briefing_page(request: Request, date: Optional[str] = DateQ, since: Optional[str] = SinceQ):
        m = made(request, date, since, "/")
        if request.url.path.endswith(".json"):
            if m.empty:
                raise m.problem()
            return JSONResponse(briefing_json(m.briefing, m.days))
        b = m.briefing
        data = {"date": m.date, "since": m.since, "days": m.days, "empty": m.empty, "nearest": m.nearest()}
        if b is not None:
            q = urlencode({"date": b.date, "since": b.since})
            data |= {"title": compose(b).title, "figures": figure_rows(b),
                     "links": {"markdown": f"/api/briefing.md?{q}", "text": f"/api/briefing.txt?{q}",
                               "json": f"/api/briefing?{q}"}}
        from markupsafe import Markup
        article = Markup(to_html_article(compose(b))) if b is not None and not m.empty else None
        return render_page(request, "briefing_page.html", data, article=article,
                           chosen={"date": date or "", "since": since or ""})

    @api.get("/briefing", summary="The briefing of a day as JSON: storylines, changes, contradictions, figures")
    def api_briefing(request: Request, date: Optional[str] = DateQ, since: Optional[str] = SinceQ):
        m = made(request, date, since, absolute(request))
        if m.empty:
            raise m.problem()
        return JSONResponse(briefing_json(m.briefing, m.days, absolute(request)))

    def as_text(request: Request, date: Optional[str], since: Optional[str], fmt: str, media: str):
        m = made(request, date, since, absolute(request))
        if m.empty:
            raise m.problem()
        return PlainTextResponse(render(compose(m.briefing), fmt), media_type=media)

    @api.get("/briefing.md", summary="The briefing as Markdown", response_class=PlainTextResponse)
    def api_briefing_md(request: Request, date: Optional[str] = DateQ, since: Optional[str] = SinceQ):
        return as_text(request, date, since, "md", "text/markdown; charset=utf-8")

    @api.get("/briefing.txt", summary="The briefing as plain text (72 columns, numbered evidence)",
             response_class=PlainTextResponse)
    def api_briefing_txt(request: Request, date: Optional[str] = DateQ, since: Optional[str] = SinceQ):
        return as_text(request, date, since, "text", "text/plain; charset=utf-8")

    app.include_router(api)
    app.include_router(pages)
