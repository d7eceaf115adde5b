"""Stored rows back into the records of `sitroom.model`."""
from __future__ import annotations

from typing import Any, Iterable

from sitroom.model import Entity, Event, EventDate, Evidence, Place, Quantity, StoredEvent


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
                                                          r["date_relation"] or "on")
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
                       r["document_origin"], r["date_sort"])
