"""Extractions to plain dicts and back, every field and offset kept (the Parquet shards store them as JSON)."""
from __future__ import annotations

from dataclasses import asdict
from typing import Any

from sitroom.model import Claim, Document, Timex, Entity, Event, EventDate, Evidence, Extraction, Place, Quantity, Span


def extraction_record(ex: Extraction) -> dict[str, Any]:
    return asdict(ex)


def _opt(cls, d):
    return None if d is None else cls(**d)


def extraction_from_record(d: dict[str, Any]) -> Extraction:
    doc = dict(d["document"])
    doc["captions"] = tuple(doc.get("captions") or ())
    doc["removed"] = tuple(doc.get("removed") or ())
    events = []
    for e in d["events"]:
        e = dict(e)
        e["evidence"] = Evidence(**e["evidence"])
        for k in ("actor", "recipient", "source", "carrier"):
            e[k] = _opt(Entity, e.get(k))
        e["location"] = _opt(Place, e.get("location"))
        e["date"] = _opt(EventDate, e.get("date"))
        e["quantities"] = tuple(Quantity(**q) for q in e.get("quantities") or ())
        e["claim_ids"] = tuple(e.get("claim_ids") or ())
        events.append(Event(**e))
    claims = []
    for c in d.get("claims") or ():
        c = dict(c)
        c["evidence"] = Evidence(**c["evidence"])
        for k in ("owner", "source", "carrier"):
            c[k] = _opt(Entity, c.get(k))
        c["location"] = _opt(Place, c.get("location"))
        c["source_span"] = _opt(Span, c.get("source_span"))
        c["as_of"] = _opt(EventDate, c.get("as_of"))
        claims.append(Claim(**c))
    return Extraction(document=Document(**doc), events=tuple(events), claims=tuple(claims),
                      notes=tuple(d.get("notes") or ()), timexes=tuple(Timex(**t) for t in d.get("timexes") or ()))
