"""The `claims` table: every figure claim of a stored document (`Extraction.claims`), one row each.

Kept in its own module: the table, the rows written for one extraction, and the one query that reads them back
(filters by counted kind and by source). `Store.save` writes the rows in the document's transaction;
`Store.claims` reads them.
"""
from __future__ import annotations

from typing import Any, Iterable

from sqlalchemy import Column, Float, ForeignKey, Index, Integer, String, Table, Text, func, or_, select

from sitroom.model import Extraction, place_id
from sitroom.store._schema import metadata

claims = Table(
    "claims", metadata,
    Column("id", String(32), primary_key=True),
    Column("document_id", String(32), ForeignKey("documents.id"), nullable=False),
    Column("event_id", String(32)),                       # the event that carries the figure, if any
    Column("section", String(8), nullable=False),         # body | title: what start/end point into
    Column("text", Text, nullable=False),
    Column("start", Integer), Column("end", Integer),
    Column("lower", Float), Column("upper", Float),
    Column("qualifier", String(16), nullable=False),
    Column("kind", String(40)),                           # canonical counted kind (taxonomy)
    Column("counted_text", Text),
    Column("owner_text", Text), Column("owner_country", String(8)),
    Column("location_text", Text), Column("location_name", Text), Column("location_country", String(8)),
    Column("location_kind", String(16)),                  # country | admin1 | city | locality (analyze/places)
    Column("location_place", Text),                       # the place below the country: "BIH:doboj" (`place_id`)
    Column("status", String(24), nullable=False),
    Column("source_text", Text), Column("source_name", Text), Column("source_country", String(8)),
    Column("source_sector", String(16)),
    Column("source_span", Text), Column("source_start", Integer), Column("source_end", Integer),
    Column("carrier_name", Text),
    Column("claim_date", String(40)),
    Column("as_of", String(40)), Column("as_of_text", Text), Column("as_of_precision", String(8)),
    Column("as_of_relation", String(8)),
    Column("as_of_mod", String(16)),                      # the as-of date's TIMEX3 mod ("late October" END)
    Column("part_of", String(32)),                        # the claim of the whole this figure is a part of
    Column("modality", String(16), nullable=False),
    Column("evidence", Text, nullable=False),
    Column("evidence_start", Integer, nullable=False),
    Column("evidence_end", Integer, nullable=False),
)
Index("ix_claims_kind", claims.c.kind)
Index("ix_claims_document", claims.c.document_id)
Index("ix_claims_event", claims.c.event_id)           # an event's claims (claim ids, an export's fatalities)

COLUMNS = [c.name for c in claims.columns]


def claim_rows(ex: Extraction) -> list[dict[str, Any]]:
    rows = []
    for c in ex.claims:
        o, loc, src, span, d = c.owner, c.location, c.source, c.source_span, c.as_of
        rows.append({
            "id": c.id, "document_id": ex.document.id, "event_id": c.event_id, "section": c.section,
            "text": c.text, "start": c.start, "end": c.end, "lower": c.lower, "upper": c.upper,
            "qualifier": c.qualifier, "kind": c.counted, "counted_text": c.counted_text,
            "owner_text": o and o.text, "owner_country": o and o.country,
            "location_text": loc and loc.text, "location_name": loc and (loc.name or loc.text),
            "location_country": loc and loc.country, "location_kind": loc and loc.kind,
            "location_place": place_id(loc), "status": c.status,
            "source_text": src and src.text, "source_name": src and (src.name or src.text),
            "source_country": src and src.country, "source_sector": src and src.sector,
            "source_span": span and span.text, "source_start": span and span.start, "source_end": span and span.end,
            "carrier_name": c.carrier and (c.carrier.name or c.carrier.text), "claim_date": c.claim_date,
            "as_of": d and d.value, "as_of_text": d and d.text, "as_of_precision": d and d.precision,
            "as_of_relation": d and d.relation, "as_of_mod": d and d.mod, "part_of": c.part_of,
            "modality": c.modality,
            "evidence": c.evidence.sentence, "evidence_start": c.evidence.start, "evidence_end": c.evidence.end,
        })
    return rows


def select_claims(conn, *, kind: str | Iterable[str] | None = None, source: str | None = None,
                  limit: int | None = None) -> list[dict[str, Any]]:
    """Stored claims (with their document's title and publication date), in document then text order.
    `kind`: canonical counted kind (exact), or several (a kind and its narrower ones: aircraft, helicopters …);
    `source`: part of the source's name or text, case-insensitive."""
    from sitroom.store._schema import documents as d

    q = select(claims, d.c.title.label("document_title"), d.c.published.label("document_published"),
               d.c.outlet.label("document_outlet")).join(d, d.c.id == claims.c.document_id)
    if kind:
        q = q.where(claims.c.kind == kind) if isinstance(kind, str) else q.where(claims.c.kind.in_(sorted(kind)))
    if source:
        pat = f"%{source.lower()}%"
        q = q.where(or_(claims.c.source_name.ilike(pat), claims.c.source_text.ilike(pat)))
    q = q.order_by(d.c.published, claims.c.document_id, claims.c.section.desc(), claims.c.start)
    if limit:
        q = q.limit(limit)
    return [dict(r._mapping) for r in conn.execute(q)]


def claim_kinds(conn) -> dict[str, int]:
    """kind -> number of stored claims of that kind, most first (claims of no kind left out)."""
    n = func.count().label("n")
    q = select(claims.c.kind, n).where(claims.c.kind.is_not(None)).group_by(claims.c.kind).order_by(n.desc(),
                                                                                                    claims.c.kind)
    return {k: c for k, c in conn.execute(q)}


def claim_ids_of_events(conn, event_ids: set[str]) -> dict[str, tuple[str, ...]]:
    """event id -> the ids of the claims it carries, in text order (as `Event.claim_ids`)."""
    out: dict[str, list[str]] = {}
    if not event_ids:
        return {}
    q = (select(claims.c.event_id, claims.c.id).where(claims.c.event_id.in_(event_ids))
         .order_by(claims.c.event_id, claims.c.start))
    for event_id, claim_id in conn.execute(q):
        out.setdefault(event_id, []).append(claim_id)
    return {k: tuple(v) for k, v in out.items()}
