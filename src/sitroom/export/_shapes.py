"""The flat columns of each table's records (CSV and Parquet), derived from one declared shape per JSON record.

A shape names every key of a record in its JSON order with its type: a scalar (`S` text, `I` whole number, `F`
number), a nested object (its own shape: `actor` -> `actor_text`, `actor_name`, `actor_country`, `actor_sector`) or a
list (`[S]`, or `[shape]` for a list of objects: `quantities` -> `quantities_text`, `quantities_lower` …, one list
per key). CSV writes a list as its items joined with `;` (an empty item for a missing value); Parquet keeps it a list.
The column names and their order depend only on the shape, never on the records, so they are stable across exports.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

S, I, F = "string", "int64", "double"

ENTITY = {"text": S, "name": S, "country": S, "sector": S}
PLACE = {"text": S, "name": S, "country": S, "lat": F, "lon": F}

EVENT = {
    "id": S, "type": S, "mode": S, "actor": ENTITY, "recipient": ENTITY, "location": PLACE,
    "date": {"value": S, "text": S, "precision": S, "relation": S},
    "quantities": [{"text": S, "lower": F, "upper": F, "qualifier": S, "unit": S}],
    "source": ENTITY, "carrier": ENTITY, "modality": S, "evidence": {"sentence": S, "start": I, "end": I},
    "trigger": S, "cue": S, "claim_ids": [S],
    "document": {"id": S, "title": S, "published": S, "url": S, "origin": S},
}
"""`model.stored_event_to_dict` (what `sitroom events --format json` prints)."""

CLAIM = {
    "id": S, "figure": S, "text": S, "lower": F, "upper": F, "qualifier": S, "kind": S, "counted_text": S,
    "owner": S, "where": S, "where_country": S, "where_kind": S, "where_id": S, "status": S, "source": S, "source_text": S, "source_span": S,
    "carrier": S, "claim_date": S,
    "as_of": {"value": S, "text": S, "precision": S, "relation": S, "mod": S}, "part_of": S, "modality": S, "event_id": S,
    "section": S, "start": I, "end": I,
    "evidence": S, "evidence_start": I, "document": S, "document_id": S, "published": S, "outlet": S,
}
"""`model.stored_claim_to_dict` (what `sitroom claims --format json` prints)."""

DOCUMENT = {
    "id": S, "url": S, "outlet": S, "title": S, "published": S, "language": S, "author": S, "captions": [S],
    "text": S, "origin": S,
}
"""`model.document_to_dict` (the `document` of `sitroom extract`), plus where it was read from."""

SERIES_POINT = {
    "subject": S, "topic_key": S, "counted": S, "owner_country": S, "location_country": S, "location_place": S,
    "location_name": S, "claim_id": S, "status": S, "figure": S, "lower": F, "upper": F, "qualifier": S, "source": S, "outlet": S,
    "claim_date": S, "as_of": S, "as_of_relation": S, "date": S, "modality": S, "evidence": S, "document_id": S,
    "event_id": S, "also_reported_by": [{"outlet": S, "source": S, "document_id": S, "reason": S}],
    "contradicts": [S], "change": S, "joined_from": S, "place": S, "place_name": S,
}
"""One point of a `sitroom figures --format json` series (`model.FigurePoint`), with its series' subject."""

SHAPES = {"events": EVENT, "claims": CLAIM, "documents": DOCUMENT, "series": SERIES_POINT}


@dataclass(frozen=True)
class Column:
    """One flat column: where its value sits in a record, its type, whether it is a list."""
    name: str
    type: str
    path: tuple[str, ...]
    is_list: bool = False
    item: str | None = None              # the key inside each object of a list of objects

    def value(self, record: dict[str, Any]) -> Any:
        v: Any = record
        for key in self.path:
            v = v.get(key) if isinstance(v, dict) else None
        if not self.is_list:
            return v
        return [x.get(self.item) if isinstance(x, dict) else None for x in v or ()] if self.item else list(v or ())


def columns(shape: dict[str, Any], prefix: tuple[str, ...] = ()) -> list[Column]:
    """The flat columns of `shape`, in its key order."""
    out: list[Column] = []
    for key, t in shape.items():
        path = prefix + (key,)
        name = "_".join(path)
        if isinstance(t, dict):
            out += columns(t, path)
        elif isinstance(t, list):
            inner = t[0]
            if isinstance(inner, dict):
                out += [Column(f"{name}_{k}", it, path, True, k) for k, it in inner.items()]
            else:
                out.append(Column(name, inner, path, True))
        else:
            out.append(Column(name, t, path))
    return out


def flat(record: dict[str, Any], cols: list[Column]) -> dict[str, Any]:
    """The record as one flat row (lists stay lists)."""
    return {c.name: c.value(record) for c in cols}


def _text(v: Any) -> str:
    return "" if v is None else str(v)


def csv_row(record: dict[str, Any], cols: list[Column]) -> list[str]:
    """The record as CSV cells: empty for a missing value, a list's items joined with `;`."""
    return [";".join(_text(x) for x in v) if c.is_list else _text(v)
            for c in cols for v in (c.value(record),)]
