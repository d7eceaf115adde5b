"""A document's clean text cut into segments, each marked with the layers that cover it (event evidence, event
trigger, time, figure, source), for the document page.

The store keeps each event's evidence offsets; the trigger, date, figures and source are stored as text, so they are
found again inside their own evidence sentence (first exact match, else first case-insensitive one). A span that is
not found there is not marked rather than marked in the wrong place. A figure claim no event carries ("at least 30
trains had crossed the border since Oct. 10") is marked the same way from its stored evidence: its figure and, when
the sentence names it, its source.
"""
from __future__ import annotations

from typing import Any

from sitroom.model import Event

LAYERS = ("evidence", "event", "time", "figure", "source")


def _find(text: str, needle: str | None, lo: int, hi: int) -> tuple[int, int] | None:
    if not needle or not needle.strip():
        return None
    window = text[lo:hi]
    i = window.find(needle)
    if i < 0:
        i = window.lower().find(needle.lower())
    return None if i < 0 else (lo + i, lo + i + len(needle))


def event_spans(text: str, ev: Event) -> list[tuple[int, int, str, str]]:
    """(start, end, layer, label) of one event's marks in `text`."""
    lo, hi = max(0, ev.evidence.start), min(len(text), ev.evidence.end)
    out = [(lo, hi, "evidence", f"{ev.type} evidence")]
    found = _find(text, ev.trigger, lo, hi)
    if found:
        out.append((*found, "event", f"{ev.type} ({ev.modality})"))
    if ev.date is not None:
        found = _find(text, ev.date.text, lo, hi)
        if found:
            out.append((*found, "time", f"date {ev.date.value} ({ev.date.precision or 'no precision'})"))
    for q in ev.quantities:
        found = _find(text, q.text, lo, hi)
        if found:
            out.append((*found, "figure", f"figure {q.qualifier} {q.unit or ''}".strip()))
    if ev.source is not None:
        found = _find(text, ev.source.text, lo, hi)
        if found:
            out.append((*found, "source", f"source: {ev.source.name or ev.source.text}"))
    return out


def _evidence_range(text: str, claim: dict[str, Any]) -> tuple[int, int] | None:
    evidence, start = claim.get("evidence") or "", claim.get("evidence_start")
    if not evidence:
        return None
    if start is not None and text[start:start + len(evidence)] == evidence:
        return start, start + len(evidence)
    i = text.find(evidence)                  # offsets of another text (a headline): the sentence itself, if here
    return None if i < 0 else (i, i + len(evidence))


def claim_spans(text: str, claim: dict[str, Any]) -> list[tuple[int, int, str, str]]:
    """(start, end, layer, label) of one figure claim's marks (a store row of `claims_of_document`)."""
    found = _evidence_range(text, claim)
    if found is None:
        return []
    lo, hi = found
    out = []
    figure = _find(text, claim.get("quantity_text"), lo, hi)
    if figure:
        kind = claim.get("counted_text") or claim.get("counted") or ""
        out.append((*figure, "figure", f"figure {claim.get('qualifier')} {kind} ({claim.get('status')})"))
    source = claim.get("source")
    if source and source != claim.get("outlet"):
        at = _find(text, source, lo, hi)
        if at:
            out.append((*at, "source", f"source: {source}"))
    return out


def document_segments(text: str, events: list[Event],
                      claims: list[dict[str, Any]] = ()) -> list[dict[str, Any]]:
    """[{text, layers, labels, anchors, events}] covering `text` in order, with the marks of `events` and of the
    figure claims no event carries; `anchors` are the event ids whose evidence
    starts at the segment (the page puts `id="ev-…"` there), `events` those whose evidence covers it (the page marks
    the whole evidence of the event a link points at, `#ev-…`)."""
    spans = [s for ev in events for s in event_spans(text, ev)]
    spans += [s for c in claims if not c.get("event_id") for s in claim_spans(text, c)]   # an event marks its own
    starts: dict[int, list[str]] = {}
    evidence = [(max(0, ev.evidence.start), min(len(text), ev.evidence.end), ev.id) for ev in events]
    for lo, _, eid in evidence:
        starts.setdefault(lo, []).append(eid)
    cuts = sorted({0, len(text)} | {s[0] for s in spans} | {s[1] for s in spans})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        if a >= b:
            continue
        cover = [s for s in spans if s[0] <= a and b <= s[1]]
        layers = sorted({s[2] for s in cover}, key=LAYERS.index)
        labels = sorted({s[3] for s in cover if s[2] != "evidence"})
        out.append({"text": text[a:b], "layers": layers, "labels": labels, "anchors": starts.get(a, []),
                    "events": [eid for lo, hi, eid in evidence if lo <= a and b <= hi]})
    return out
