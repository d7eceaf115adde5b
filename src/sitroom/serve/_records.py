"""Records as JSON: the shapes `extract` and the CLI print, plus the links a browser or client follows.

Events are `model.event_to_dict` (the `extract` contract, written out in `event_dict`) with their document; series,
contradictions and clusters are the shapes of `sitroom figures / contradictions / clusters --format json`.
"""
from __future__ import annotations

import functools
import re
from dataclasses import asdict
from typing import Any
from urllib.parse import quote as _quote

from sitroom.fuse import assemble_series
from sitroom.model import Entity, Event, FigureClaim, Place, document_to_dict, joined_from, place_parts
from sitroom.serve import _labels as L
from sitroom.store import EventRecord, SeriesSlice

_URL_SAFE = re.compile(r"[A-Za-z0-9_.~-]*")


def quote(value: str, safe: str = "") -> str:
    """`urllib.parse.quote(value, safe="")`, without its work for the usual case (ids are hex hashes)."""
    return value if _URL_SAFE.fullmatch(value) else _quote(value, safe=safe)


def event_url(event_id: str) -> str:
    return f"/events/{quote(event_id, safe='')}"


def document_url(document_id: str, event_id: str | None = None) -> str:
    return f"/documents/{quote(document_id, safe='')}" + (f"#ev-{quote(event_id, safe='')}" if event_id else "")


@functools.lru_cache(maxsize=4096)           # every point of a series page links to it
def series_url(topic_key: str) -> str:
    return f"/figures/{quote(topic_key, safe='')}"


def cluster_url(cluster_id: str) -> str:
    return f"/clusters/{quote(cluster_id, safe='')}"


def _entity(e: Entity | None) -> dict[str, Any] | None:
    return None if e is None else {"text": e.text, "name": e.name, "country": e.country, "sector": e.sector}


def _place(p: Place | None) -> dict[str, Any] | None:
    return None if p is None else {"text": p.text, "name": p.name, "country": p.country, "lat": p.lat, "lon": p.lon}


def event_dict(ev: Event) -> dict[str, Any]:
    """`model.event_to_dict(ev)` (the `extract` contract), written out field by field: `dataclasses.asdict` walks and
    deep-copies every value, which was a third of the time of a page of 50 events (tests/test_serve_speed.py checks
    that the two agree)."""
    d, evd = ev.date, ev.evidence
    return {
        "id": ev.id, "type": ev.type, "mode": ev.mode, "actor": _entity(ev.actor), "recipient": _entity(ev.recipient),
        "location": _place(ev.location),
        "date": None if d is None else {"value": d.value, "text": d.text, "precision": d.precision,
                                         "relation": d.relation},
        "quantities": [{"text": q.text, "lower": q.lower, "upper": q.upper, "qualifier": q.qualifier, "unit": q.unit}
                       for q in ev.quantities],
        "source": _entity(ev.source), "carrier": _entity(ev.carrier), "modality": ev.modality,
        "evidence": {"sentence": evd.sentence, "start": evd.start, "end": evd.end},
        "trigger": ev.trigger, "cue": ev.cue, "claim_ids": list(ev.claim_ids),
    }


def event_json(rec: EventRecord) -> dict[str, Any]:
    ev = rec.event
    qid = quote(ev.id)
    doc_id = rec.document["id"]
    return event_dict(ev) | {
        "document": rec.document, "date_sort": rec.date_sort,
        "links": {"html": f"/events/{qid}", "api": f"/api/events/{qid}",
                  "document": f"/documents/{quote(doc_id)}#ev-{qid}"},
    }


def claim_json(r: dict[str, Any]) -> dict[str, Any]:
    """One figure claim: the CLI's series point, with its subject and whether it repeats another claim."""
    return {
        "claim_id": r["id"], "topic_key": r["topic_key"],
        "subject": L.subject(r["counted"], r["owner_country"], r.get("location_place") or r["location_country"],
                             r.get("location_name")),
        "place": r.get("location_place"), "place_name": r.get("location_name"),   # its town or region, if any
        "status": r["status"], "figure": L.figure(r["lower"], r["upper"], r["qualifier"]),
        "lower": r["lower"], "upper": r["upper"], "qualifier": r["qualifier"], "quantity_text": r["quantity_text"],
        "source": r["source"], "outlet": r["outlet"], "claim_date": r["claim_date"], "as_of": r["as_of"],
        "as_of_relation": r["as_of_relation"], "date": r["as_of_lo"], "date_hi": r["as_of_hi"],
        # the date in words at its own precision ("as of 2022", not its first day): the as-of date, else the claim's
        "when": None if r["as_of_lo"] is None else L.when(r["as_of"], None, r["as_of_relation"]) if r["as_of"]
        else L.when(r["claim_date"] or r["as_of_lo"]),
        "modality": r["modality"], "evidence": r["evidence"], "document_id": r["document_id"],
        "event_id": r["event_id"], "duplicate_of": r["duplicate_of"], "duplicate_reason": r["duplicate_reason"],
        "joined_from": joined_from(r["subject_key"], r["topic_key"]),   # inferred owner/place
        # a claim need not hang off an event (migration 006): then it links to its document only
        "links": {"document": document_url(r["document_id"], r["event_id"]),
                  "event": event_url(r["event_id"]) if r["event_id"] else None,
                  "series": series_url(r["topic_key"])},
    }


def span_words(r: dict[str, Any]) -> str | None:
    """A series' as-of span as its claims say their dates: one date with its relation ('until the end of 2022',
    'as of 17 October 2022'), a span from the first to the last date as precise as each is ('17 October 2022 to
    the week of 24 October 2022'); undated claims count from their claim date. None: nothing dated."""
    ends = []
    for end in ("first", "last"):
        if r.get(end) is None:
            return None
        value = r.get(f"{end}_as_of")
        ends.append((L.when(value, None, None) if value else L.when(r[end]),
                     L.when(value, None, r.get(f"{end}_relation")) if value else L.when(r[end])))
    if ends[0][0] == ends[1][0]:
        return ends[0][1]
    return f"{ends[0][0]} to {ends[1][0]}"


def series_summary_json(r: dict[str, Any]) -> dict[str, Any]:
    counted, owner, loc = L.topic_parts(r["topic_key"])
    country, place = place_parts(loc)
    return {"subject": L.subject(counted, owner, loc), "topic_key": r["topic_key"], "counted": counted,
            "owner_country": owner, "location_country": country, "location_place": place, "claims": r["claims"],
            "first": r["first"], "last": r["last"], "as_of_words": span_words(r),
            "links": {"html": series_url(r["topic_key"]), "api": f"/api/series/{quote(r['topic_key'], safe='')}"}}


def series_json(topic_key: str, sl: SeriesSlice, next_url: str | None) -> dict[str, Any]:
    """A page of a series as `sitroom figures` prints a series (one assembly: `fuse.assemble_series`): a repeated
    figure is one point listing its repeats, each point notes its change from the previous one, one line per
    source. A long series comes a page at a time (`next`); `totals` count the whole series and `chart` draws all of
    it as an aggregate."""
    counted, owner, loc = L.topic_parts(topic_key)
    rows = {r["id"]: r for r in sl.points.rows}
    previous = FigureClaim(**sl.previous) if sl.previous else None
    assembled = assemble_series([FigureClaim(**r) for r in sl.points.rows + sl.repeats], sl.pairs, previous=previous)
    points = [claim_json(rows[p.claim_id]) | {
        "also_reported_by": [asdict(a) for a in p.also_reported_by], "contradicts": list(p.contradicts),
        "change": p.change} for p in (assembled[0].points if assembled else ())]
    by_id = {p["claim_id"]: p for p in points}
    lines = [{"source": ln.source, "points": [by_id[p.claim_id] for p in ln.points]}
             for ln in (assembled[0].lines if assembled else ())]
    statuses = {p["status"] for p in points} | {m["status"] for m in sl.chart}
    whole = sl.chart_by == "point"
    series = assembled[0] if assembled else None
    country, place = place_parts(loc)
    return {
        "subject": series.subject if series else L.subject(counted, owner, loc), "topic_key": topic_key,
        "counted": counted, "owner_country": owner, "location_country": country, "location_place": place,
        "location_name": series.location_name if series else None,
        "about": ("points: the claims on this page counted once (repeats under also_reported_by), by as-of date, "
                  "claim date, source and id; totals: the whole series; chart: the whole series, "
                  + ("drawn from points" if whole else "as the smallest and largest figure per group (see chart.note)")
                  + "; next: the following page of points"),
        "points": points, "statuses": sorted(statuses), "lines": lines, "count": len(points),
        "totals": {"points": sl.points_total, "claims": sl.claims, "repeats": sl.claims - sl.points_total,
                   "first": sl.first, "last": sl.last,
                   "as_of_words": span_words({"first": sl.first, "last": sl.last, **sl.ends})},
        "shown": f"{len(points):,} of {sl.points_total:,} points shown",
        "chart": {"by": sl.chart_by, "marks": sl.chart, "cut": sl.chart_cut, "note": _chart_note(sl)},
        "truncated": not whole, "next": next_url, "next_cursor": sl.points.next,
    }


def _chart_note(sl: SeriesSlice) -> str:
    if sl.chart_by == "point":
        return "every point of the series"
    marks = sum(m["points"] for m in sl.chart)
    note = (f"all {sl.points_total:,} points" if marks == sl.points_total else
            f"{marks:,} of {sl.points_total:,} points (the dated ones"
            + (f", first {len(sl.chart):,} groups" if sl.chart_cut else "") + ")")
    per = ", source and status" if any(m["source"] for m in sl.chart) else " and status (all sources together)"
    return f"{note}, as the smallest and largest figure per {sl.chart_by}{per}"


def contradiction_json(r: dict[str, Any]) -> dict[str, Any]:
    a = r["a"]
    where = a.get("location_place") or a["location_country"]
    return {"id": r["id"], "subject": L.subject(a["counted"], a["owner_country"], where, a.get("location_name")),
            "subject_key": r["subject_key"], "topic_key": a["topic_key"], "status": a["status"],
            "reason": r["reason"], "created_at": r["created_at"], "a": claim_json(a), "b": claim_json(r["b"]),
            "links": {"series": series_url(a["topic_key"])}}


def cluster_json(c: dict[str, Any], links: list[dict[str, Any]], events: dict[str, EventRecord]) -> dict[str, Any]:
    """A cluster as `sitroom clusters` prints it, each member with its event's fields and links."""
    members = []
    for m in links:
        rec = events.get(m["event_id"])
        ev = rec.event if rec else None
        members.append({
            "event_id": m["event_id"], "document_id": m["document_id"], "score": m["score"], "reasons": m["reasons"],
            "type": ev and ev.type, "date_value": ev and ev.date and ev.date.value,
            "actor_name": ev and ev.actor and ev.actor.name, "location_name": ev and ev.location and ev.location.name,
            "source_text": ev and ev.source and ev.source.text, "modality": ev and ev.modality,
            "evidence": ev and ev.evidence.sentence, "outlet": m["outlet"], "published": m["published"],
            "title": rec and rec.document["title"], "near_duplicate_of": m["near_duplicate_of"],
            "links": {"event": event_url(m["event_id"]), "document": document_url(m["document_id"], m["event_id"])},
        })
    return {"id": c["id"], "type": c["type"], "size": len(members) or c["size"],
            "documents": len({m["document_id"] for m in members}),
            "independent_documents": len({m["near_duplicate_of"] or m["document_id"] for m in members}),
            "outlets": sorted({m["outlet"] for m in members if m["outlet"]}),
            "actor_country": c["actor_country"], "recipient_country": c["recipient_country"],
            "location_country": c["location_country"], "location_name": c["location_name"],
            "date_lo": c["date_lo"], "date_hi": c["date_hi"], "split_from": c["split_from"],
            "keywords": c["keywords"], "members": members, "links": {"html": cluster_url(c["id"])}}


def document_json(doc, events: list[EventRecord], canonical: str | None) -> dict[str, Any]:
    return document_to_dict(doc) | {
        "origin": doc.origin, "near_duplicate_of": canonical,
        "events": [event_json(r) for r in events], "links": {"html": document_url(doc.id)},
    }
