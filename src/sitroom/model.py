"""Plain typed records passed between pipeline stages.

Every stage takes and returns these frozen dataclasses; no stage reaches into
another stage's internals. Offsets are character offsets into the text the
layer was run on (for `extract`, the clean `Document.text`).

The JSON contract for one document is ``shared/spec/extract.schema.json``;
`to_json_dict` on `Extraction` produces it.
"""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

SCHEMA_VERSION = "1.0"

EVENT_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
MODALITIES = (
    "asserted", "reported", "claimed", "alleged", "planned", "ordered", "threatened",
    "hypothetical", "conditional", "denied", "negated",
)
QUALIFIERS = ("exact", "approx", "more_than", "at_least", "up_to", "at_most", "less_than", "range")
RELATIONS = ("on", "as_of", "since", "until", "before", "after")
PRECISIONS = ("time", "day", "week", "month", "year")

Qualifier = Literal["exact", "approx", "more_than", "at_least", "up_to", "at_most", "less_than", "range"]
Relation = Literal["on", "as_of", "since", "until", "before", "after"]


def content_id(*parts: object, length: int = 16) -> str:
    """Deterministic content-hash id (sqlite-utils style): same input, same id."""
    h = hashlib.sha256()
    for p in parts:
        h.update(str(p).encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()[:length]


# --------------------------------------------------------------------------- ingest / clean

@dataclass(frozen=True)
class RawDocument:
    """Bytes as read from a source, before any cleaning."""
    origin: str                      # path, URL or "-" for stdin
    content: bytes
    media_type: str                  # "text/html" | "text/plain" | ...
    url: str | None = None
    published: str | None = None     # hint given by the user or the container (ISO 8601)
    # What the container (a channel export, a feed, an archive) knows about the document; each wins over the page's.
    title: str | None = None
    outlet: str | None = None        # who published it: a site, a feed, a Telegram channel
    author: str | None = None
    source: str | None = None        # whose voice the text is when no sentence says otherwise (a channel's own post)
    carrier: str | None = None       # who passed it on (the channel that forwarded a post)


@dataclass(frozen=True)
class Document:
    """A cleaned document: main text plus metadata. Offsets of every layer point into `text`."""
    id: str
    text: str
    title: str | None = None
    published: str | None = None     # ISO 8601 as precise as the source gives it
    language: str | None = None      # ISO 639-1
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    captions: tuple[str, ...] = ()
    origin: str | None = None
    removed: tuple[str, ...] = ()    # boilerplate lines dropped by the cleaner (kept for inspection)
    source: str | None = None        # default source of the events no sentence attributes (RawDocument.source)
    carrier: str | None = None       # default carrier of those events (RawDocument.carrier)


# --------------------------------------------------------------------------- analysis layers

@dataclass(frozen=True)
class Timex:
    """A TIMEX3 expression: `value` is a TimeML value (2022-10-16, 2022-W42, P3D, PAST_REF, XXXX-10-23)."""
    start: int
    end: int
    text: str
    type: str                        # DATE | TIME | DURATION | SET
    value: str
    precision: str | None = None     # time | day | week | month | year (None for durations/sets/refs)
    relation: str = "on"             # on | as_of | since | until | before | after (from the governing cue)
    anchor: str | None = None        # "dct" | "narrative" | "absolute": what the value was resolved against


@dataclass(frozen=True)
class Quantity:
    start: int
    end: int
    text: str
    lower: float | None
    upper: float | None
    qualifier: str                   # one of QUALIFIERS
    unit: str | None = None          # the counted noun as written (soldiers, tanks) or a currency/unit
    unit_start: int | None = None
    unit_end: int | None = None


@dataclass(frozen=True)
class Entity:
    text: str                        # as written
    name: str | None = None          # canonical name
    country: str | None = None       # ISO 3166-1 alpha-3
    sector: str | None = None        # GOV, MIL, LEADER, MEDIA, CIV, IGO, ...
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class Place:
    text: str
    name: str | None = None
    country: str | None = None       # ISO3
    lat: float | None = None
    lon: float | None = None
    kind: str | None = None          # country | admin1 | city
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class Attribution:
    """Who a stretch of text is attributed to. `scope_*` is the attributed content."""
    source: Entity | None
    cue: str                         # the reporting verb / phrase ("said", "according to")
    cue_start: int
    cue_end: int
    scope_start: int
    scope_end: int
    carrier: Entity | None = None    # who carried it ("Reuters reported, citing the ministry")
    kind: str = "indirect"           # indirect | direct | according_to | passive | citing


@dataclass(frozen=True)
class EventMention:
    """An event found by the coder in one sentence, before dates, figures and voices are attached."""
    type: str                        # PLOVER type
    trigger: str
    trigger_start: int
    trigger_end: int
    sentence_start: int
    sentence_end: int
    mode: str | None = None
    actor: Entity | None = None
    recipient: Entity | None = None
    location: Place | None = None
    cue: str | None = None           # which rule produced the type (explanation)
    negated: bool = False


@dataclass(frozen=True)
class EventDate:
    value: str
    text: str | None = None
    precision: str | None = None
    relation: str = "on"


@dataclass(frozen=True)
class Evidence:
    sentence: str
    start: int
    end: int


@dataclass(frozen=True)
class Event:
    id: str
    type: str
    evidence: Evidence
    modality: str = "asserted"
    mode: str | None = None
    actor: Entity | None = None
    recipient: Entity | None = None
    location: Place | None = None
    date: EventDate | None = None
    quantities: tuple[Quantity, ...] = ()
    source: Entity | None = None
    carrier: Entity | None = None
    trigger: str | None = None
    trigger_start: int | None = None
    cue: str | None = None


@dataclass(frozen=True)
class Extraction:
    document: Document
    events: tuple[Event, ...] = field(default_factory=tuple)

    def to_json_dict(self) -> dict[str, Any]:
        return extraction_to_dict(self)


# --------------------------------------------------------------------------- JSON (schema contract)

def _entity(e: Entity | None) -> dict[str, Any] | None:
    if e is None:
        return None
    return {"text": e.text, "name": e.name, "country": e.country, "sector": e.sector}


def _place(p: Place | None) -> dict[str, Any] | None:
    if p is None:
        return None
    return {"text": p.text, "name": p.name, "country": p.country, "lat": p.lat, "lon": p.lon}


def event_to_dict(ev: Event) -> dict[str, Any]:
    return {
        "id": ev.id,
        "type": ev.type,
        "mode": ev.mode,
        "actor": _entity(ev.actor),
        "recipient": _entity(ev.recipient),
        "location": _place(ev.location),
        "date": None if ev.date is None else asdict(ev.date),
        "quantities": [
            {"text": q.text, "lower": q.lower, "upper": q.upper, "qualifier": q.qualifier, "unit": q.unit}
            for q in ev.quantities
        ],
        "source": _entity(ev.source),
        "carrier": _entity(ev.carrier),
        "modality": ev.modality,
        "evidence": asdict(ev.evidence),
        "trigger": ev.trigger,
        "cue": ev.cue,
    }


def document_to_dict(doc: Document) -> dict[str, Any]:
    return {
        "id": doc.id,
        "url": doc.url,
        "outlet": doc.outlet,
        "title": doc.title,
        "published": doc.published,
        "language": doc.language,
        "author": doc.author,
        "captions": list(doc.captions),
        "text": doc.text,
    }


def extraction_to_dict(ex: Extraction) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "document": document_to_dict(ex.document),
        "events": [event_to_dict(e) for e in ex.events],
    }
