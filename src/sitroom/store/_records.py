"""Stored rows back into the records of `sitroom.model`: the event select with its document and source, and
the rows it returns (plus their figures and claim ids) as `StoredEvent`s."""
from __future__ import annotations

from typing import Any, Iterable

from sqlalchemy import Select, select

from sitroom.model import Entity, Event, EventDate, Evidence, Place, Quantity, StoredEvent
from sitroom.store import _claims_table as claims_table
from sitroom.store import _schema as schema


def _entity(text: str | None, name: str | None, country: str | None, sector: str | None) -> Entity | None:
    if text is None and name is None:
        return None
    return Entity(text if text is not None else name, name, country, sector)


def stored_event(r: Any, quantities: Iterable[Any] = (), claim_ids: tuple[str, ...] = ()) -> StoredEvent:
    """A row of `events` joined with its document and source, and its `quantities` rows, as a StoredEvent.

    Names are stored as "the name, else the text", so an entity written without a canonical name comes back with
    its text as its name.
    """
    loc = None
    if r["location_text"] is not None or r["location_name"] is not None:
        loc = Place(r["location_text"] if r["location_text"] is not None else r["location_name"], r["location_name"],
                    r["location_country"], r["lat"], r["lon"], r["location_kind"])
    date = None if r["date_value"] is None else EventDate(r["date_value"], r["date_text"], r["date_precision"],
                                                          r["date_relation"] or "on", r["date_mod"])
    source = None
    if r["source_text"] is not None or r["source_name"] is not None:
        source = _entity(r["source_text"], r["source_name"], r["source_country"], r["source_sector"])
    carrier = _entity(r["carrier_text"], r["carrier_name"], r["carrier_country"], r["carrier_sector"])
    ev = Event(
        id=r["id"], type=r["type"], evidence=Evidence(r["evidence"], r["evidence_start"], r["evidence_end"]),
        modality=r["modality"], mode=r["mode"],
        actor=_entity(r["actor_text"], r["actor_name"], r["actor_country"], r["actor_sector"]),
        recipient=_entity(r["recipient_text"], r["recipient_name"], r["recipient_country"], r["recipient_sector"]),
        location=loc, date=date,
        quantities=tuple(Quantity(q["start"], q["end"], q["text"], q["lower"], q["upper"], q["qualifier"], q["unit"],
                                  q["unit_start"], q["unit_end"]) for q in quantities),
        source=source, carrier=carrier, trigger=r["trigger"], trigger_start=r["trigger_start"], cue=r["cue"],
        claim_ids=claim_ids)
    return StoredEvent(ev, r["document_id"], r["document_title"], r["document_published"], r["document_url"],
                       r["document_origin"], r["date_sort"], r.get("document_outlet"))


def stored_event_select() -> Select:
    """Events joined with their document and source, the columns `stored_event` reads (no order, no filter)."""
    e, d, s = schema.events, schema.documents, schema.sources
    return (select(e, d.c.title.label("document_title"), d.c.published.label("document_published"),
                   d.c.url.label("document_url"), d.c.origin.label("document_origin"),
                   d.c.outlet.label("document_outlet"), s.c.name.label("source_name"),
                   s.c.country.label("source_country"), s.c.sector.label("source_sector"))
            .join(d, d.c.id == e.c.document_id).outerjoin(s, s.c.id == e.c.source_id))


def stored_events(conn, rows: list[Any]) -> list[StoredEvent]:
    """Rows of `stored_event_select` as StoredEvents, with their figures and claim ids (two lookups for all)."""
    if not rows:
        return []
    quantities: dict[str, list[Any]] = {}
    qt = schema.quantities
    for qr in conn.execute(select(qt).where(qt.c.event_id.in_({r["id"] for r in rows}))).mappings():
        quantities.setdefault(qr["event_id"], []).append(qr)
    claim_ids = claims_table.claim_ids_of_events(conn, {r["id"] for r in rows})
    return [stored_event(r, quantities.get(r["id"], ()), claim_ids.get(r["id"], ())) for r in rows]
