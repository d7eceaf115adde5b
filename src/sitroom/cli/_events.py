"""Commands reading stored events: `events` and `timeline`."""
from __future__ import annotations

from typing import Any, Iterable, Optional

import typer

from sitroom.lexicon import count
from sitroom.cli._app import DbOpt, app
from sitroom.cli._options import DATE_HELP, since_date, until_date
from sitroom.cli._output import Fmt, open_store, print_json, print_rows
from sitroom.model import Event, Quantity, StoredEvent, stored_event_to_dict
from sitroom.timeml import PARTS_OF_DAY, relation_words

EVENT_COLUMNS = ["date", "type", "actor", "recipient", "where", "figures", "source", "modality", "evidence", "document"]


def _bounds(q: Quantity) -> str:
    def f(v: float | None) -> str:
        return "" if v is None else (f"{v:g}" if isinstance(v, float) else str(v))
    return f"{q.qualifier} {f(q.lower)}..{f(q.upper)}"


def figures_text(qs: Iterable[Quantity]) -> str:
    """'up to 300 [up_to ..300] soldiers; …'."""
    return "; ".join(f"{q.text} [{_bounds(q)}]" + (f" {q.unit}" if q.unit else "") for q in qs)


def _name(e) -> str | None:
    return e and (e.name or e.text)


def when(ev: Event) -> str | None:
    """The date, with its relation unless it is 'on' ('as of 2022-10-13', 'until the end of 2022')."""
    d = ev.date
    if not d:
        return None
    day, _, part = d.value.partition("T")
    value = f"{day} {PARTS_OF_DAY[part]}" if part in PARTS_OF_DAY else d.value      # "2022-11-01 night"
    return value if d.relation in (None, "on") else f"{relation_words(d.relation, d.value)} {value}"


def event_view(ev: Event, se: StoredEvent | None = None) -> dict[str, Any]:
    """One flat row per event, for tables and CSV."""
    d, loc = ev.date, ev.location
    row = {
        "id": ev.id, "date": d and d.value, "relation": d and d.relation, "date_text": d and d.text,
        "type": ev.type, "mode": ev.mode, "actor": _name(ev.actor), "actor_country": ev.actor and ev.actor.country,
        "recipient": _name(ev.recipient), "recipient_country": ev.recipient and ev.recipient.country,
        "where": _name(loc), "where_country": loc and loc.country, "lat": loc and loc.lat, "lon": loc and loc.lon,
        "figures": figures_text(ev.quantities), "source": ev.source and ev.source.text,
        "carrier": _name(ev.carrier), "modality": ev.modality, "evidence": ev.evidence.sentence,
        "evidence_start": ev.evidence.start, "evidence_end": ev.evidence.end, "trigger": ev.trigger, "cue": ev.cue,
    }
    if se is not None:
        row |= {"document": se.document_title or se.document_origin, "document_id": se.document_id,
                "published": se.document_published}
    return row


CSV_COLUMNS = ["id", "date", "relation", "date_text", "type", "mode", "actor", "actor_country", "recipient",
               "recipient_country", "where", "where_country", "lat", "lon", "figures", "source", "carrier", "modality",
               "evidence", "evidence_start", "evidence_end", "trigger", "cue", "document", "document_id", "published"]


def _print_events(stored: list[StoredEvent], fmt: Fmt) -> None:
    """JSON: each event in the shape `extract` prints it, plus its document; CSV: one flat row per event."""
    if fmt is Fmt.json:
        print_json([stored_event_to_dict(se) for se in stored])
        return
    rows = [event_view(se.event, se) for se in stored]
    if fmt is Fmt.table:
        for r, se in zip(rows, stored):
            r["date"] = when(se.event)
    print_rows(rows, EVENT_COLUMNS if fmt is Fmt.table else CSV_COLUMNS, fmt, title=count(len(rows), "event"))


@app.command()
def events(
    db: str = DbOpt,
    type: Optional[str] = typer.Option(None, "--type", help="PLOVER event type, e.g. MOBILIZE."),
    since: Optional[str] = typer.Option(None, callback=since_date, help=f"Events dated on or after ({DATE_HELP})."),
    until: Optional[str] = typer.Option(None, callback=until_date, help=f"Events dated on or before ({DATE_HELP})."),
    limit: Optional[int] = typer.Option(None, min=1, help="At most this many."),
    format: Fmt = typer.Option(Fmt.table, "--format", "-f"),
) -> None:
    """List stored events (JSON: the event shape of `extract`, with the document each came from)."""
    _print_events(open_store(db).events(type=type, since=since, until=until, limit=limit), format)


@app.command()
def timeline(
    db: str = DbOpt,
    format: Fmt = typer.Option(Fmt.table, "--format", "-f"),
) -> None:
    """Dated events in calendar order, with source and figures."""
    stored = [se for se in open_store(db).events() if se.date_sort]
    if format is not Fmt.table:
        _print_events(stored, format)
        return
    rows: dict[tuple, dict] = {}
    copies: dict[tuple, int] = {}
    for se in stored:
        r = event_view(se.event, se)
        who = " → ".join(x for x in (r["actor"], r["recipient"]) if x)
        row = {"when": when(se.event),
               "what": f"{r['type']} " + who + (f" in {r['where']}" if r["where"] else "") + f" ({r['modality']})",
               "figures": r["figures"], "according to": r["source"] or f"(outlet) {r['document'] or ''}",
               "evidence": r["evidence"]}
        # a page another outlet copied says the same event in the same words: one row, its copies counted
        key = (row["when"], row["what"], row["figures"], r["source"], r["evidence"])
        if key in rows:
            copies[key] = copies.get(key, 0) + 1
            continue
        rows[key] = row
    for key, n in copies.items():
        rows[key]["according to"] += f" (also in {n} {'copy' if n == 1 else 'copies'})"
    folded = sum(copies.values())
    title = f"Timeline: {count(len(rows), 'dated event')}" + (f" ({folded} repeated word for word by another page, folded)"
                                                      if folded else "")
    # the shared table: piped output as wide as its cells, a narrow terminal drops free text and says so
    print_rows(list(rows.values()), ["when", "what", "figures", "according to", "evidence"], Fmt.table,
               title=title, lines=True)
