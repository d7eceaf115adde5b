"""Inspection layers over text *as given* (no cleaning): offsets point into the input."""
from __future__ import annotations

import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any, Iterable

LAYERS = ("timex", "quantities", "attribution", "events", "claims")


def read_text(file: str) -> str:
    """Decode a file (or "-" for stdin) with the ingest stage's encoding detection; no cleaning. An error names the
    file (binary content, a URL, a folder)."""
    from sitroom.ingest import IngestError, decode, is_url

    if file == "-":
        data = sys.stdin.buffer.read()
    else:
        p = Path(file)
        if p.is_dir():
            raise IngestError(file, "is a directory, not a file")
        if not p.is_file():
            raise IngestError(file, "a URL: annotate reads a file or - (standard input)" if is_url(file) else
                              "no such file")
        data = p.read_bytes()
    try:
        return decode(data)
    except IngestError as exc:
        raise IngestError(file, exc.reason) from None


def annotate(text: str, *, dct: str | None = None, layers: Iterable[str] = ("timex",),
             language: str | None = None) -> dict[str, list[dict[str, Any]]]:
    """The chosen layers of `text`; Russian and Ukrainian text (`language`, else detected) through their own
    layers, never the English ones."""
    layers = list(layers)
    unknown = [x for x in layers if x not in LAYERS]
    if unknown:
        raise ValueError(f"unknown layer(s) {', '.join(unknown)}; choose from {', '.join(LAYERS)}")
    if language is None:
        from sitroom.clean import detect_language

        language = detect_language(text)
    if language in ("ru", "uk"):
        return _annotate_slavic(text, dct, layers, language)
    result: dict[str, list[dict[str, Any]]] = {}
    doc = None
    if any(x != "timex" for x in layers):
        from sitroom.nlp import parse
        doc = parse(text)
    if "timex" in layers:
        from sitroom.analyze.timex import tag_timexes
        result["timex"] = [_timex_row(t) for t in tag_timexes(text, dct, doc=doc)]
    if "quantities" in layers:
        from sitroom.analyze.quantities import find_quantities
        result["quantities"] = [_quantity_row(q) for q in find_quantities(doc)]
    if "attribution" in layers:
        from sitroom.analyze.actors import ActorResolver
        from sitroom.analyze.attribution import find_attributions
        actors = ActorResolver(doc)
        result["attribution"] = [
            {"cue": a.cue, "cue_start": a.cue_start, "cue_end": a.cue_end, "kind": a.kind,
             "source": a.source and asdict(a.source), "carrier": a.carrier and asdict(a.carrier),
             "start": a.scope_start, "end": a.scope_end, "text": text[a.scope_start:a.scope_end]}
            for a in find_attributions(doc, resolve_entity=actors.resolve_text)
        ]
    if "events" in layers or "claims" in layers:
        from sitroom.analyze import analyze
        from sitroom.model import Document, claim_to_dict, content_id, event_to_dict
        ex = analyze(Document(id=content_id(text), text=text, published=dct))
        if "events" in layers:
            result["events"] = [event_to_dict(e) for e in ex.events]
        if "claims" in layers:
            result["claims"] = [claim_to_dict(c) for c in ex.claims]
    return result


def _timex_row(t) -> dict[str, Any]:
    return {"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value,
            "precision": t.precision, "relation": t.relation}


def _quantity_row(q) -> dict[str, Any]:
    return {k: v for k, v in asdict(q).items() if k not in ("unit_start", "unit_end")}


def _annotate_slavic(text: str, dct: str | None, layers: list[str], language: str) -> dict[str, list[dict[str, Any]]]:
    result: dict[str, list[dict[str, Any]]] = {}
    if "timex" in layers:
        from sitroom.analyze.timex import tag_timexes
        result["timex"] = [_timex_row(t) for t in tag_timexes(text, dct, language=language)]
    if "quantities" in layers:
        from sitroom.analyze.quantities import find_quantities_slavic
        result["quantities"] = [_quantity_row(q) for q in find_quantities_slavic(text, language)]
    if "attribution" in layers:
        from sitroom.analyze.actors import SlavicActors
        from sitroom.analyze.attribution import slavic_attributions
        from sitroom.analyze.places import slavic_places
        from sitroom.nlp_slavic import parse_slavic
        doc = parse_slavic(text, language)
        result["attribution"] = [
            {"cue": a.cue, "cue_start": a.cue_start, "cue_end": a.cue_end, "kind": a.kind,
             "source": a.source and asdict(a.source), "carrier": a.carrier and asdict(a.carrier),
             "start": a.scope_start, "end": a.scope_end, "text": text[a.scope_start:a.scope_end]}
            for a in slavic_attributions(doc, SlavicActors(doc, slavic_places(doc)))
        ]
    if "events" in layers or "claims" in layers:
        from sitroom.analyze import analyze
        from sitroom.model import Document, claim_to_dict, content_id, event_to_dict
        ex = analyze(Document(id=content_id(text), text=text, published=dct, language=language))
        if "events" in layers:
            result["events"] = [event_to_dict(e) for e in ex.events]
        if "claims" in layers:
            result["claims"] = [claim_to_dict(c) for c in ex.claims]
    return result
