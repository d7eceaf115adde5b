"""`sitroom claims`: stored figure claims — what is counted, whose, where, in what state, according to whom."""
from __future__ import annotations

from typing import Any, Optional

import typer

from sitroom.cli._app import DbOpt, app
from sitroom.cli._output import Fmt, open_store, print_rows

CLAIM_COLUMNS = ["figure", "kind", "owner", "where", "status", "source", "as_of", "modality", "evidence", "document"]
_ROW_KEYS = ["id", "text", "lower", "upper", "qualifier", "kind", "counted_text", "owner_country",
             "location_name", "location_country", "status", "source_name", "source_text", "source_span",
             "carrier_name", "claim_date", "as_of", "as_of_relation", "modality", "event_id", "section",
             "start", "end", "evidence", "evidence_start", "document_title", "document_id",
             "document_published", "document_outlet"]


def _bounds(r: dict[str, Any]) -> str:
    f = lambda v: "" if v is None else (f"{v:g}" if isinstance(v, float) else str(v))  # noqa: E731
    return f"{r['qualifier']} {f(r['lower'])}..{f(r['upper'])}"


def claim_view(r: dict[str, Any]) -> dict[str, Any]:
    """One stored claim row as printed (JSON and CSV carry every field; the table a readable subset)."""
    return {
        "id": r["id"], "figure": f"{r['text']} [{_bounds(r)}]", "text": r["text"], "lower": r["lower"],
        "upper": r["upper"], "qualifier": r["qualifier"], "kind": r["kind"], "counted_text": r["counted_text"],
        "owner": r["owner_country"], "where": r["location_name"], "where_country": r["location_country"],
        "status": r["status"], "source": r["source_name"], "source_text": r["source_text"],
        "source_span": r["source_span"], "carrier": r["carrier_name"], "claim_date": r["claim_date"],
        "as_of": r["as_of"] and (r["as_of"] if r["as_of_relation"] in (None, "on")
                                 else f"{r['as_of_relation']} {r['as_of']}"),
        "modality": r["modality"], "event_id": r["event_id"], "section": r["section"], "start": r["start"],
        "end": r["end"], "evidence": r["evidence"], "evidence_start": r["evidence_start"],
        "document": r["document_title"] or r["document_id"], "document_id": r["document_id"],
        "published": r["document_published"], "outlet": r["document_outlet"],
    }


@app.command()
def claims(
    db: str = DbOpt,
    kind: Optional[str] = typer.Option(None, "--kind", help="Counted kind, e.g. personnel, tanks, artillery."),
    source: Optional[str] = typer.Option(None, "--source", help="Claims whose source's name contains this."),
    limit: Optional[int] = typer.Option(None, min=1, help="At most this many."),
    format: Fmt = typer.Option(Fmt.table, "--format", "-f"),
) -> None:
    """Stored figure claims: what is counted, whose, where, in what state, according to whom."""
    rows = [claim_view(r) for r in open_store(db).claims(kind=kind, source=source, limit=limit)]
    if format is Fmt.table:
        for r in rows:
            if r["source"] is None:
                r["source"] = f"(outlet) {r['outlet'] or ''}".strip()
    cols = CLAIM_COLUMNS if format is Fmt.table else list(claim_view({k: None for k in _ROW_KEYS}))
    print_rows(rows, cols, format, title=f"{len(rows)} claims")
