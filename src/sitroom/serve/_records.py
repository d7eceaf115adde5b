"""Records as JSON: the shapes `extract` and the CLI print, plus the links a browser or client follows.

Events are `model.event_to_dict` (the `extract` contract) with their document; series, contradictions and clusters
are the shapes of `sitroom figures / contradictions / clusters --format json`.
"""
from __future__ import annotations

from typing import Any
from urllib.parse import quote

from sitroom.model import document_to_dict, event_to_dict
from sitroom.serve import _labels as L
from sitroom.store import EventRecord


def event_url(event_id: str) -> str:
    return f"/events/{quote(event_id, safe='')}"


def document_url(document_id: str, event_id: str | None = None) -> str:
    return f"/documents/{quote(document_id, safe='')}" + (f"#ev-{quote(event_id, safe='')}" if event_id else "")


def series_url(topic_key: str) -> str:
    return f"/figures/{quote(topic_key, safe='')}"


def cluster_url(cluster_id: str) -> str:
    return f"/clusters/{quote(cluster_id, safe='')}"


def event_json(rec: EventRecord) -> dict[str, Any]:
    ev = rec.event
    return event_to_dict(ev) | {
        "document": rec.document, "date_sort": rec.date_sort,
        "links": {"html": event_url(ev.id), "api": f"/api/events/{quote(ev.id, safe='')}",
                  "document": document_url(rec.document["id"], ev.id)},
    }


def claim_json(r: dict[str, Any]) -> dict[str, Any]:
    """One figure claim: the CLI's series point, with its subject and whether it repeats another claim."""
    return {
        "claim_id": r["id"], "topic_key": r["topic_key"],
        "subject": L.subject(r["counted"], r["owner_country"], r["location_country"]),
        "status": r["status"], "figure": L.figure(r["lower"], r["upper"], r["qualifier"]),
        "lower": r["lower"], "upper": r["upper"], "qualifier": r["qualifier"], "quantity_text": r["quantity_text"],
        "source": r["source"], "outlet": r["outlet"], "claim_date": r["claim_date"], "as_of": r["as_of"],
        "as_of_relation": r["as_of_relation"], "date": r["as_of_lo"], "date_hi": r["as_of_hi"],
        "modality": r["modality"], "evidence": r["evidence"], "document_id": r["document_id"],
        "event_id": r["event_id"], "duplicate_of": r["duplicate_of"], "duplicate_reason": r["duplicate_reason"],
        "links": {"document": document_url(r["document_id"], r["event_id"]), "event": event_url(r["event_id"]),
                  "series": series_url(r["topic_key"])},
    }


def series_summary_json(r: dict[str, Any]) -> dict[str, Any]:
    counted, owner, loc = L.topic_parts(r["topic_key"])
    return {"subject": L.subject(counted, owner, loc), "topic_key": r["topic_key"], "counted": counted,
            "owner_country": owner, "location_country": loc, "claims": r["claims"], "first": r["first"],
            "last": r["last"], "links": {"html": series_url(r["topic_key"]),
                                         "api": f"/api/series/{quote(r['topic_key'], safe='')}"}}


def series_json(topic_key: str, rows: list[dict[str, Any]], pairs: list[tuple[str, str]],
                truncated: bool) -> dict[str, Any]:
    """A series as `sitroom figures` prints it: a repeated figure is one point listing its repeats, each point
    notes its change from the previous one, one line per source."""
    counted, owner, loc = L.topic_parts(topic_key)
    points = {r["id"]: claim_json(r) | {"also_reported_by": [], "contradicts": []}
              for r in rows if not r["duplicate_of"]}
    for r in rows:
        if r["duplicate_of"] in points:
            points[r["duplicate_of"]]["also_reported_by"].append(
                {"outlet": r["outlet"], "source": r["source"], "document_id": r["document_id"],
                 "reason": r["duplicate_reason"], "claim_date": r["claim_date"]})
    for p in points.values():
        p["also_reported_by"].sort(key=lambda a: (a.pop("claim_date") or "", a["outlet"] or "", a["document_id"]))
    for a, b in pairs:
        if a in points and b in points:
            points[a]["contradicts"].append(b)
            points[b]["contradicts"].append(a)
    ordered = sorted(points.values(), key=lambda p: (p["date"] or "9999", p["claim_date"] or "9999", p["source"],
                                                     p["claim_id"]))
    prev = None
    for p in ordered:
        p["change"] = _change(prev, p)
        prev = p
    lines: dict[str, list[dict[str, Any]]] = {}
    for p in ordered:
        lines.setdefault(p["source"], []).append(p)
    return {"subject": L.subject(counted, owner, loc), "topic_key": topic_key, "counted": counted,
            "owner_country": owner, "location_country": loc, "points": ordered,
            "statuses": sorted({p["status"] for p in ordered}),
            "lines": [{"source": k, "points": v} for k, v in sorted(lines.items())], "truncated": truncated}


def _change(prev: dict[str, Any] | None, p: dict[str, Any]) -> str:
    if prev is None:
        return "first"
    if p["contradicts"] and prev["claim_id"] in p["contradicts"]:
        return "contradiction"
    if prev["status"] != p["status"]:
        return f"status {prev['status']} -> {p['status']}"
    if prev["date"] != p["date"]:
        same = (prev["lower"], prev["upper"]) == (p["lower"], p["upper"])
        return f"as of {prev['date']} -> {p['date']}" + ("" if same else f": {prev['figure']} -> {p['figure']}")
    if (prev["lower"], prev["upper"]) != (p["lower"], p["upper"]):
        return f"{prev['figure']} -> {p['figure']}"
    return "same"


def contradiction_json(r: dict[str, Any]) -> dict[str, Any]:
    a = r["a"]
    return {"id": r["id"], "subject": L.subject(a["counted"], a["owner_country"], a["location_country"]),
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
