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

SCHEMA_VERSION = "1.1"   # 1.1: Extraction.claims

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
    key: str | None = None           # the item's identity in its source, the same in every export of it
    edited: str | None = None        # when the source last edited it (ISO 8601), as the export says


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
    key: str | None = None           # RawDocument.key: versions of one item (an edited post) share it
    edited: str | None = None        # RawDocument.edited


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
    mod: str | None = None           # TIMEX3 mod: START | MID | END | APPROX | MORE_THAN | LESS_THAN | EQUAL_OR_MORE |
                                     # EQUAL_OR_LESS | BEFORE | AFTER ("late March" END, "about three weeks" APPROX)


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
    kind: str = "indirect"           # indirect | direct | according_to | passive | citing | turn (transcript speaker)


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
    mod: str | None = None           # the TIMEX3 mod of the date's expression ("late March" END), when it has one


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
    claim_ids: tuple[str, ...] = ()  # the Claims its quantities are (same order as `quantities` where each has one)


@dataclass(frozen=True)
class Span:
    text: str
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class Claim:
    """One figure claim: a number someone states about something counted, whether or not an event carries it.

    `counted` is the canonical kind from the shipped taxonomy (data/en/claim_kinds.json: personnel, tanks, artillery …),
    `counted_text` the noun as written. `source` is the claimant (None only where the outlet speaks in its own
    voice), `source_span` the attributing phrase (possibly in another sentence). `section` says which text the
    offsets point into: "body" (`Document.text`) or "title" (`Document.title`)."""
    id: str
    text: str
    start: int | None
    end: int | None
    lower: float | None
    upper: float | None
    qualifier: str
    counted: str | None
    status: str
    evidence: Evidence
    counted_text: str | None = None
    owner: Entity | None = None
    location: Place | None = None
    source: Entity | None = None
    source_span: Span | None = None
    carrier: Entity | None = None
    claim_date: str | None = None    # when the claimant said it (ISO 8601 at its precision)
    as_of: EventDate | None = None   # the date the figure holds for, with its relation (on / as_of / since …)
    modality: str = "asserted"
    event_id: str | None = None
    section: str = "body"
    part_of: str | None = None       # the id of the claim of the whole this figure is a part of ("40 tanks, 12 of
    #                                  them T-72s", "2,000 troops, including 300 paratroopers")


@dataclass(frozen=True)
class Extraction:
    document: Document
    events: tuple[Event, ...] = field(default_factory=tuple)
    claims: tuple[Claim, ...] = field(default_factory=tuple)
    # what the analysis left out, one sentence each ("language 'de' is not supported: stored without analysis")
    notes: tuple[str, ...] = ()
    # time expressions of a language whose event layers do not exist yet (ru, uk); empty for a full analysis,
    # where dates sit on the events and claims
    timexes: tuple[Timex, ...] = ()

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


SUB_PLACE_KINDS = ("admin1", "city", "locality")    # places below the country (analyze/places' kinds)


def place_id(p: Place | None) -> str | None:
    """The id of a place below the country: "BIH:doboj" (its country's ISO3 and its normalised name); None for a
    country, or a place whose country is unknown. Figure series and contradictions tell places apart by it."""
    if p is None or not p.country or p.kind not in SUB_PLACE_KINDS:
        return None
    return sub_place_key(p.country, p.name or p.text)


def sub_place_key(country: str, name: str) -> str:
    slug = "-".join("".join(ch if ch.isalnum() else " " for ch in name.lower()).split())[:40]
    return f"{country}:{slug}" if slug else country


def place_parts(location: str | None) -> tuple[str | None, str | None]:
    """A key's location part -> (country ISO3, place id below it or None): "BIH:doboj" -> ("BIH", "BIH:doboj"),
    "BIH" -> ("BIH", None), "-" -> (None, None)."""
    if not location or location == "-":
        return None, None
    country, _, sub = location.partition(":")
    return country, location if sub else None


def _claim_place(p: Place | None) -> dict[str, Any] | None:
    """A claim's place: as an event's, plus its kind and (below the country) its id."""
    d = _place(p)
    return None if d is None else d | {"kind": p.kind, "id": place_id(p)}


def event_to_dict(ev: Event) -> dict[str, Any]:
    return {
        "id": ev.id,
        "type": ev.type,
        "mode": ev.mode,
        "actor": _entity(ev.actor),
        "recipient": _entity(ev.recipient),
        "location": _place(ev.location),
        "date": None if ev.date is None else _date_dict(ev.date),
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
        "claim_ids": list(ev.claim_ids),
    }


def claim_to_dict(c: Claim) -> dict[str, Any]:
    """One claim as `$defs/claim` of the schema (plus `section`: "body" or "title", what the offsets point into)."""
    return {
        "id": c.id, "text": c.text, "start": c.start, "end": c.end,
        "lower": c.lower, "upper": c.upper, "qualifier": c.qualifier,
        "counted": None if c.counted is None else {"kind": c.counted, "text": c.counted_text},
        "owner": _entity(c.owner), "location": _claim_place(c.location), "status": c.status,
        "source": _entity(c.source), "source_span": None if c.source_span is None else asdict(c.source_span),
        "carrier": _entity(c.carrier), "claim_date": c.claim_date,
        "as_of": None if c.as_of is None else _date_dict(c.as_of),
        "modality": c.modality, "event_id": c.event_id, "evidence": asdict(c.evidence), "section": c.section,
        "part_of": c.part_of,
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
        "claims": [claim_to_dict(c) for c in ex.claims],
    } | ({"notes": list(ex.notes)} if ex.notes else {}) | ({"timexes": [timex_to_dict(t) for t in ex.timexes]}
                                                          if ex.timexes else {})


def timex_to_dict(t: Timex) -> dict[str, Any]:
    return {"text": t.text, "start": t.start, "end": t.end, "type": t.type, "value": t.value,
            "precision": t.precision, "relation": t.relation} | ({"mod": t.mod} if t.mod else {})


def _date_dict(d: EventDate) -> dict[str, Any]:
    """An event's date; its optional `mod` only when it has one (an added field of schema 1.1)."""
    out = asdict(d)
    if out.get("mod") is None:
        out.pop("mod", None)
    return out


# --------------------------------------------------------------------------- stored events

@dataclass(frozen=True)
class StoredEvent:
    """An event read back from the store, with the document it was found in."""
    event: Event
    document_id: str
    document_title: str | None = None
    document_published: str | None = None
    document_url: str | None = None
    document_origin: str | None = None
    date_sort: str | None = None     # first calendar day the event's date covers (None: undated)
    document_outlet: str | None = None


def stored_event_to_dict(se: StoredEvent) -> dict[str, Any]:
    """The `extract` contract's event shape, plus the document it came from."""
    return event_to_dict(se.event) | {"document": {
        "id": se.document_id, "title": se.document_title, "published": se.document_published,
        "url": se.document_url, "origin": se.document_origin}}


def _bounds_text(lower: float | None, upper: float | None, qualifier: str) -> str:
    f = lambda v: "" if v is None else (f"{v:g}" if isinstance(v, float) else str(v))  # noqa: E731
    return f"{qualifier} {f(lower)}..{f(upper)}"


def stored_claim_to_dict(r: dict[str, Any]) -> dict[str, Any]:
    """One stored claim row (`Store.claims`) as `sitroom claims --format json` prints it: every field, flat but for
    `as_of` (value, text, precision, relation: the claim's `as_of` of `sitroom extract`), with its document; `figure`
    is the text with its bounds ("three [exact 3..3]")."""
    return {
        "id": r["id"], "figure": f"{r['text']} [{_bounds_text(r['lower'], r['upper'], r['qualifier'])}]",
        "text": r["text"], "lower": r["lower"], "upper": r["upper"], "qualifier": r["qualifier"], "kind": r["kind"],
        "counted_text": r["counted_text"], "owner": r["owner_country"], "where": r["location_name"],
        "where_country": r["location_country"], "where_kind": r.get("location_kind"),
        "where_id": r.get("location_place"), "status": r["status"], "source": r["source_name"],
        "source_text": r["source_text"], "source_span": r["source_span"], "carrier": r["carrier_name"],
        "claim_date": r["claim_date"],
        "as_of": None if not r["as_of"] else {          # as `sitroom extract` writes a claim's as_of (EventDate)
            "value": r["as_of"], "text": r.get("as_of_text"), "precision": r.get("as_of_precision"),
            "relation": r["as_of_relation"] or "on"} | ({"mod": r["as_of_mod"]} if r.get("as_of_mod") else {}),
        "part_of": r.get("part_of"),
        "modality": r["modality"], "event_id": r["event_id"], "section": r["section"], "start": r["start"],
        "end": r["end"], "evidence": r["evidence"], "evidence_start": r["evidence_start"],
        "document": r["document_title"] or r["document_id"], "document_id": r["document_id"],
        "published": r["document_published"], "outlet": r["document_outlet"],
    }


STORED_CLAIM_KEYS = ("id", "text", "lower", "upper", "qualifier", "kind", "counted_text", "owner_country",
                     "location_name", "location_country", "location_kind", "location_place", "status", "source_name",
                     "source_text", "source_span", "carrier_name", "claim_date", "as_of", "as_of_text", "as_of_precision",
                     "as_of_relation", "as_of_mod", "part_of", "modality",
                     "event_id", "section", "start", "end", "evidence", "evidence_start", "document_title",
                     "document_id", "document_published", "document_outlet")
"""The keys of a stored claim row that `stored_claim_to_dict` reads."""


# --------------------------------------------------------------------------- fuse: records the fuse stage stores

@dataclass(frozen=True)
class NearDuplicate:
    """A document that copies a stored one (estimated Jaccard of word 3-gram shingles)."""
    document_id: str
    canonical_id: str                # first-stored document of the copy's group
    matched_id: str                  # the stored document it matched
    jaccard: float


@dataclass(frozen=True)
class FigureClaim:
    """A claim as a series point on a subject (what x whose x where x status), one row of `figure_claims`; read
    from the document's `Claim` (its kind, owner, location, status, claimant, dates)."""
    id: str
    event_id: str | None             # the event that carries the figure, if any
    document_id: str
    subject_key: str                 # counted|owner|location|status
    topic_key: str                   # counted|owner|location (the series a claim is on)
    counted: str                     # canonical kind (data/en/claim_kinds.json): personnel, tanks, civilians ...
    counted_text: str | None         # as written
    owner_country: str | None        # whose troops / tanks (ISO3)
    location_country: str | None
    status: str                      # present, planned, arrived, killed, wounded ...
    lower: float | None
    upper: float | None
    qualifier: str
    quantity_text: str | None
    modality: str
    source_key: str                  # lower-cased source name, for matching
    source: str                      # who gives the figure (the outlet when unattributed)
    outlet: str | None
    claim_date: str | None           # when the claimant said it, else the document's date (YYYY-MM-DD)
    as_of: str | None                # the date the figure holds for (TimeML value)
    as_of_relation: str | None
    as_of_lo: str | None             # calendar span of as_of (claim date when undated)
    as_of_hi: str | None
    evidence: str
    evidence_start: int | None
    duplicate_of: str | None = None  # claim counted once: the same figure is already stored
    duplicate_reason: str | None = None   # near_duplicate_document | same_source_figure
    location_place: str | None = None     # the place below the country ("BIH:doboj", `place_id`), None: the country
    location_name: str | None = None      # its name ("Doboj")


APPROX_TOLERANCE = 0.10           # "about 4,300" is taken as 3,870 .. 4,730


def figure_bounds(lower: float | None, upper: float | None, qualifier: str) -> tuple[float, float] | None:
    """The values a figure allows, as a closed interval (fusion compares claims by it; the store joins a
    country-level claim to a town's series by it)."""
    inf = float("inf")
    v = lower if lower is not None else upper
    if v is None:
        return None
    if qualifier in ("up_to", "at_most", "less_than"):
        return 0.0, upper if upper is not None else v
    if qualifier in ("more_than", "at_least"):
        return lower if lower is not None else v, inf
    if qualifier == "range":
        return (lower if lower is not None else 0.0), (upper if upper is not None else inf)
    if qualifier == "approx":
        return v * (1 - APPROX_TOLERANCE), (upper if upper is not None else v) * (1 + APPROX_TOLERANCE)
    return v, upper if upper is not None else v


def own_topic(subject_key: str) -> str:
    """A claim's own counted|owner|location (its `subject_key` without the status). Its `topic_key` (the series it
    is on) differs when its owner or place was unstated and it joined the one full series it fits (issue 10)."""
    return subject_key.rsplit("|", 1)[0]


def topic_parts(topic_key: str) -> tuple[str, str | None, str | None]:
    """counted|owner|location -> (counted, owner or None, location or None); "-" or "" is unstated."""
    counted, owner, loc = (topic_key.split("|") + ["-", "-"])[:3]
    return counted, None if owner in ("", "-") else owner, None if loc in ("", "-") else loc


def joined_from(subject_key: str, topic_key: str) -> str | None:
    """The claim's own key when it is on another series than its own (a joined claim), else None."""
    own = own_topic(subject_key)
    return own if own != topic_key else None


@dataclass(frozen=True)
class FigureContradiction:
    """Two stored claims on one subject and time whose bounds cannot both hold."""
    id: str
    claim_a: str                     # the earlier-stored claim
    claim_b: str
    subject_key: str
    reason: str
    created_at: str


@dataclass(frozen=True)
class ClusterSummary:
    """What a cluster of events is compared on: its founding countries and place, calendar span, keywords."""
    id: str
    type: str
    actor_country: str | None
    recipient_country: str | None
    location_country: str | None
    location_name: str | None        # set when the place is finer than a country
    date_lo: str | None              # calendar span the member events cover (YYYY-MM-DD)
    date_hi: str | None
    keywords: tuple[str, ...]        # evidence keywords of the members (capped)
    size: int
    created_at: str
    split_from: str | None = None    # set when a user split it off another cluster


@dataclass(frozen=True)
class ClusterLink:
    """An event filed in a cluster, with the score and reasons of the link."""
    event_id: str
    cluster_id: str
    document_id: str
    score: float                     # 1.0 for the event that founded the cluster
    reasons: tuple[str, ...]
    linked_at: str


@dataclass(frozen=True)
class ClusterMember:
    """One event of a cluster as the read side shows it."""
    event_id: str
    document_id: str
    score: float
    reasons: tuple[str, ...]
    type: str
    date_value: str | None
    actor_name: str | None
    location_name: str | None
    source_text: str | None
    modality: str
    evidence: str
    outlet: str | None
    published: str | None
    title: str | None
    near_duplicate_of: str | None    # canonical document when the member's document is a copy


@dataclass(frozen=True)
class EventCluster:
    """Events of different reports about one happening."""
    id: str
    type: str
    size: int
    documents: int
    independent_documents: int       # documents that are not copies of one another
    outlets: tuple[str, ...]
    actor_country: str | None
    recipient_country: str | None
    location_country: str | None
    location_name: str | None
    date_lo: str | None
    date_hi: str | None
    split_from: str | None
    keywords: tuple[str, ...]
    members: tuple[ClusterMember, ...]


@dataclass(frozen=True)
class FigureRepeat:
    """A repeat of a figure (a near-duplicate copy, or the same source through another outlet), counted once."""
    outlet: str | None
    source: str
    document_id: str
    reason: str | None


@dataclass(frozen=True)
class FigurePoint:
    """One claim on a figure series."""
    claim_id: str
    status: str
    figure: str                      # the bounds in words: "up to 1,000"
    lower: float | None
    upper: float | None
    qualifier: str
    source: str
    outlet: str | None
    claim_date: str | None
    as_of: str | None
    as_of_relation: str | None
    date: str | None                 # first day of the as-of span
    modality: str
    evidence: str
    document_id: str
    event_id: str
    also_reported_by: tuple[FigureRepeat, ...] = ()
    contradicts: tuple[str, ...] = ()    # claim ids
    change: str | None = None        # from the previous point of its series ("first", "status a -> b" ...)
    joined_from: str | None = None   # the claim's own key when it left owner or place unstated and is on the one
                                     # full series it fits ("personnel|-|BLR" on "personnel|RUS|BLR"; issue 10)
    place: str | None = None         # the claim's own town or region ("BIH:doboj"), None: its country or none
    place_name: str | None = None    # its name ("Doboj")


@dataclass(frozen=True)
class SeriesLine:
    """The points of one source on a series."""
    source: str
    points: tuple[FigurePoint, ...]


@dataclass(frozen=True)
class FigureSeries:
    """Claims on one subject (what x whose x where), ordered by as-of date, with one line per source."""
    subject: str                     # 'Russian troops in Belarus'
    topic_key: str
    counted: str
    owner_country: str | None
    location_country: str | None
    points: tuple[FigurePoint, ...]
    statuses: tuple[str, ...]
    lines: tuple[SeriesLine, ...]
    location_place: str | None = None    # the town or region below the country ("BIH:doboj"), None: the country
    location_name: str | None = None     # its name ("Doboj")


@dataclass(frozen=True)
class Contradiction:
    """A contradiction flag as the read side shows it, with both claims."""
    id: str
    subject: str
    subject_key: str
    status: str
    reason: str
    a: FigurePoint
    b: FigurePoint


@dataclass(frozen=True)
class FuseResult:
    """What fusing one document added."""
    document_id: str
    near_duplicate_of: str | None          # canonical (first-stored) document of the copy's group
    clusters_joined: tuple[str, ...]        # existing clusters an event of this document joined
    clusters_created: tuple[str, ...]
    claims: tuple[FigureClaim, ...]
    contradictions: int = 0
