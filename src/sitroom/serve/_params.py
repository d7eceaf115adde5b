"""Query parameters shared by the API routes and the pages (FastAPI dependencies), validated into store filters.

They are `async def` although they only validate: FastAPI runs a plain `def` dependency in its thread pool, one
hop to another thread per dependency and request, which under load cost more than the query. An empty value (a
filter-bar field left blank) means "any"; a value that cannot be right (an unknown event type, a
date that is not YYYY-MM-DD) is a 400 problem that says which parameter and why.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from fastapi import Query

from sitroom.model import EVENT_TYPES, MODALITIES
from sitroom.serve._problems import Problem
from sitroom.store import ClaimFilter, EventFilter

_ISO3 = re.compile(r"^[A-Za-z]{3}$")


def _blank(v: str | None) -> str | None:
    v = (v or "").strip()
    return v or None


def _day(name: str, v: str | None) -> str | None:
    v = _blank(v)
    if v is None:
        return None
    try:
        date.fromisoformat(v)
    except ValueError:
        raise Problem(400, "Bad request", f"{name}: expected a date YYYY-MM-DD, got {v!r}") from None
    if len(v) != 10:
        raise Problem(400, "Bad request", f"{name}: expected a date YYYY-MM-DD, got {v!r}")
    return v


def _country(name: str, v: str | None) -> str | None:
    v = _blank(v)
    if v is not None and not _ISO3.match(v):
        raise Problem(400, "Bad request", f"{name}: expected an ISO 3166 alpha-3 code such as UKR, got {v!r}")
    return v and v.upper()


def _choice(name: str, v: str | None, allowed: tuple[str, ...], upper: bool = False) -> str | None:
    v = _blank(v)
    if v is None:
        return None
    v = v.upper() if upper else v.lower()
    if v not in allowed:
        raise Problem(400, "Bad request", f"{name}: {v!r} is not one of {', '.join(allowed)}")
    return v


@dataclass(frozen=True)
class Paging:
    after: str | None
    limit: int


async def paging(after: str | None = Query(None, description="Cursor from the previous page's `next_cursor`."),
           limit: int = Query(50, ge=1, le=500, description="Rows per page (1-500).")) -> Paging:
    return Paging(_blank(after), limit)


async def event_filter(
    type: str | None = Query(None, description="PLOVER event type, e.g. ASSAULT."),
    mode: str | None = Query(None, description="PLOVER mode."),
    actor_country: str | None = Query(None, description="ISO3 of the actor."),
    recipient_country: str | None = Query(None, description="ISO3 of the recipient."),
    location_country: str | None = Query(None, description="ISO3 of the place."),
    source: str | None = Query(None, description="Canonical source name (any case)."),
    outlet: str | None = Query(None, description="Outlet that published the document."),
    modality: str | None = Query(None, description="asserted, reported, claimed, alleged, planned, ..."),
    since: str | None = Query(None, description="Dated on or after YYYY-MM-DD."),
    until: str | None = Query(None, description="Dated on or before YYYY-MM-DD."),
    document: str | None = Query(None, description="Only events of this document id."),
    q: str | None = Query(None, description="Words that must all occur in the evidence."),
) -> EventFilter:
    return EventFilter(
        type=_choice("type", type, EVENT_TYPES, upper=True), mode=_blank(mode),
        actor_country=_country("actor_country", actor_country),
        recipient_country=_country("recipient_country", recipient_country),
        location_country=_country("location_country", location_country), source=_blank(source),
        outlet=_blank(outlet), modality=_choice("modality", modality, MODALITIES), since=_day("since", since),
        until=_day("until", until), document_id=_blank(document), text=_blank(q))


async def claim_filter(
    topic: str | None = Query(None, description="Series key counted|owner|location, e.g. personnel|RUS|BLR."),
    counted: str | None = Query(None, description="What is counted (a claims kind): personnel, civilians, tanks, ..."),
    status: str | None = Query(None, description="present, planned, arrived, killed, wounded, ..."),
    source: str | None = Query(None, description="Who gives the figure (any case)."),
    outlet: str | None = Query(None),
    modality: str | None = Query(None),
    owner_country: str | None = Query(None, description="ISO3: whose troops."),
    location_country: str | None = Query(None, description="ISO3: where."),
    since: str | None = Query(None, description="As of on or after YYYY-MM-DD."),
    until: str | None = Query(None, description="As of on or before YYYY-MM-DD."),
    repeats: bool = Query(True, description="Include claims that repeat a stored one (near-duplicate copies, "
                                            "the same source through another outlet)."),
) -> ClaimFilter:
    return ClaimFilter(
        topic=_blank(topic), counted=_blank(counted), status=_blank(status), source=_blank(source),
        outlet=_blank(outlet), modality=_choice("modality", modality, MODALITIES),
        owner_country=_country("owner_country", owner_country),
        location_country=_country("location_country", location_country), since=_day("since", since),
        until=_day("until", until), repeats=repeats)


async def newest_first(order: str | None = Query(None, description="date: oldest first (default); -date: newest first.")
                 ) -> bool:
    """The `order` parameter: blank or `date` is oldest first, `-date` newest first."""
    return _choice("order", order, ("date", "-date")) == "-date"


def event_type(v: str | None) -> str | None:
    return _choice("type", v, EVENT_TYPES, upper=True)


def day(name: str, v: str | None) -> str | None:
    return _day(name, v)


def blank(v: str | None) -> str | None:
    return _blank(v)
