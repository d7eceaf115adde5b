"""`sitroom claims`: stored figure claims — what is counted, whose, where, in what state, according to whom."""
from __future__ import annotations

from typing import Optional

import typer

from rich.markup import escape

from sitroom.cli._app import DbOpt, app
from sitroom.cli._output import Fmt, err, open_store, print_rows
from sitroom.lexicon import count
from sitroom.model import STORED_CLAIM_KEYS, stored_claim_to_dict
from sitroom.timeml import date_words

CLAIM_COLUMNS = ["figure", "kind", "owner", "where", "status", "source", "as_of", "modality", "evidence", "document"]


@app.command()
def claims(
    db: str = DbOpt,
    kind: Optional[str] = typer.Option(None, "--kind", help=(
        "Counted kind, e.g. personnel, tanks, artillery; a counted word (soldiers, howitzers) is read as its kind, "
        "a broader kind takes its narrower ones in (aircraft: helicopters, combat and transport aircraft), "
        "and no match lists the stored kinds.")),
    source: Optional[str] = typer.Option(None, "--source", help="Claims whose source's name contains this."),
    limit: Optional[int] = typer.Option(None, min=1, help="At most this many."),
    format: Fmt = typer.Option(Fmt.table, "--format", "-f"),
) -> None:
    """Stored figure claims: what is counted, whose, where, in what state, according to whom (JSON and CSV carry
    every field, the columns of `sitroom export --table claims`; the table a readable subset)."""
    store = open_store(db)
    kinds = store.claim_kinds() if kind else {}
    wanted: str | frozenset[str] | None = kind
    if kind:
        from sitroom.analyze.claims import kind_of_text, kinds_within   # here: the taxonomy imports spaCy

        if kind not in kinds:
            canonical = kind_of_text(kind)   # "soldiers" is counted as personnel, "howitzers" as artillery
            if canonical and canonical != kind:
                err.print(f"--kind {escape(kind)}: counted as [bold]{canonical}[/]", highlight=False)
                kind = canonical
        wanted = kinds_within(kind)      # "aircraft": helicopters, combat and transport aircraft too
    rows = [stored_claim_to_dict(r) for r in store.claims(kind=wanted, source=source, limit=limit)]
    if not rows and kind and kind not in kinds:
        known = ", ".join(f"{k} ({n})" for k, n in kinds.items()) or "none (the store has no claims)"
        err.print(f"no claims of kind {escape(kind)}; stored kinds: {escape(known)}", highlight=False)
        if format is Fmt.table:
            return                       # the message says it all: no empty table under it
    if format is Fmt.table:
        for r in rows:
            if r["where_id"] and r["where"]:
                r["where"] = f"{r['where']} ({r['where_country']})"      # a town or region: "Maglaj (BIH)"
            if r["source"] is None:
                r["source"] = f"(outlet) {r['outlet'] or ''}".strip()
            d = r["as_of"]
            r["as_of"] = d and date_words(d["value"], d["precision"], d["relation"])   # "as of 17 October 2022"
    cols = CLAIM_COLUMNS if format is Fmt.table else list(stored_claim_to_dict(dict.fromkeys(STORED_CLAIM_KEYS)))
    print_rows(rows, cols, format, title=count(len(rows), "claim"))
