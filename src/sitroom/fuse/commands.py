"""CLI commands of the fuse stage: `clusters`, `split-cluster`, `figures`, `contradictions` (thin: parse, call, print)."""
from __future__ import annotations

import csv
import io
import json
import sys
from enum import Enum
from pathlib import Path
from typing import Any, Optional

import typer
from rich.console import Console
from rich.table import Table

from sitroom.store import DEFAULT_DB


class Fmt(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


def _store(db: str):
    from sitroom.store import Store
    if "://" not in db and not Path(db).exists():
        Console(stderr=True).print(f"[bold red]error:[/] no database at {db} (run `sitroom ingest` first)")
        raise typer.Exit(2)
    return Store(db)


def _emit(rows: list[dict[str, Any]], data: Any, columns: list[str], fmt: Fmt, title: str) -> None:
    if fmt is Fmt.json:
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return
    if fmt is Fmt.csv:
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({c: json.dumps(r.get(c), ensure_ascii=False) if isinstance(r.get(c), (list, dict)) else r.get(c)
                        for c in columns})
        sys.stdout.write(buf.getvalue())
        return
    t = Table(title=title, show_lines=True)
    for c in columns:
        t.add_column(c, overflow="fold")
    for r in rows:
        t.add_row(*("" if r.get(c) is None else ", ".join(map(str, r[c])) if isinstance(r.get(c), list) else str(r[c])
                    for c in columns))
    Console(width=200).print(t)


def register(app: typer.Typer) -> None:
    """Add the fuse commands to the `sitroom` Typer app."""
    db_opt = typer.Option(DEFAULT_DB, "--db", help="Database file (SQLite) or SQLAlchemy URL.")
    fmt_opt = typer.Option(Fmt.table, "--format", "-f")

    @app.command("clusters")
    def clusters_cmd(db: str = db_opt, format: Fmt = fmt_opt,
                     min_size: int = typer.Option(1, "--min-size", help="Only clusters with this many events."),
                     type: Optional[str] = typer.Option(None, "--type", help="PLOVER event type."),
                     cluster: Optional[str] = typer.Option(None, "--id", help="Only this cluster.")) -> None:
        """Events from different documents linked as one happening, with link scores and reasons."""
        from sitroom.fuse import clusters
        data = clusters(_store(db), min_size=min_size, type=type, cluster_id=cluster)
        rows = []
        for c in data:
            where = c["location_name"] or c["location_country"]
            dates = c["date_lo"] if c["date_lo"] == c["date_hi"] else f"{c['date_lo']}..{c['date_hi']}"
            for m in c["members"]:
                rows.append({"cluster": c["id"], "type": c["type"], "size": c["size"], "where": where,
                             "dates": dates, "event": m["event_id"], "outlet": m["outlet"],
                             "copy_of": m["near_duplicate_of"], "score": m["score"],
                             "reasons": "; ".join(m["reasons"]), "evidence": m["evidence"]})
        _emit(rows, data, ["cluster", "type", "size", "where", "dates", "event", "outlet", "copy_of", "score",
                           "reasons", "evidence"], format, f"{len(data)} clusters")

    @app.command("split-cluster")
    def split_cmd(cluster_id: str = typer.Argument(...), event_ids: list[str] = typer.Argument(...),
                  db: str = db_opt) -> None:
        """Move events out of a wrongly merged cluster into a new one; prints the new cluster id."""
        from sitroom.fuse import split_cluster
        try:
            new_id = split_cluster(_store(db), cluster_id, event_ids)
        except (KeyError, ValueError) as exc:
            Console(stderr=True).print(f"[bold red]error:[/] {exc.args[0]}")
            raise typer.Exit(1)
        sys.stdout.write(new_id + "\n")

    @app.command("figures")
    def figures_cmd(db: str = db_opt, format: Fmt = fmt_opt,
                    subject: Optional[str] = typer.Option(None, "--subject",
                                                          help="Text in the subject ('troops', 'in Belarus') "
                                                               "or a key prefix ('troops|RUS|BLR').")) -> None:
        """Figure series: each subject's claims by as-of date, one line per source, repeats counted once."""
        from sitroom.fuse import figure_series
        data = figure_series(_store(db), subject)
        rows = [{"subject": s["subject"], "date": p["date"], "status": p["status"], "figure": p["figure"],
                 "lower": p["lower"], "upper": p["upper"], "qualifier": p["qualifier"], "source": p["source"],
                 "outlet": p["outlet"], "claim_date": p["claim_date"], "change": p["change"],
                 "also_reported_by": [a["outlet"] or a["document_id"] for a in p["also_reported_by"]], "evidence": p["evidence"],
                 "claim_id": p["claim_id"]}
                for s in data for p in s["points"]]
        cols = ["subject", "date", "status", "figure", "source", "outlet", "claim_date", "change",
                "also_reported_by", "evidence"]
        if format is Fmt.csv:
            cols = cols[:4] + ["lower", "upper", "qualifier"] + cols[4:] + ["claim_id"]
        _emit(rows, data, cols, format, f"{len(data)} figure series")

    @app.command("contradictions")
    def contradictions_cmd(db: str = db_opt, format: Fmt = fmt_opt,
                           subject: Optional[str] = typer.Option(None, "--subject")) -> None:
        """Claims on the same subject and time whose bounds cannot both hold, with both evidences."""
        from sitroom.fuse import contradictions
        data = contradictions(_store(db), subject)
        rows = [{"subject": c["subject"], "status": c["status"], "date": c["a"]["date"],
                 "figure_a": c["a"]["figure"], "source_a": c["a"]["source"], "evidence_a": c["a"]["evidence"],
                 "figure_b": c["b"]["figure"], "source_b": c["b"]["source"], "evidence_b": c["b"]["evidence"],
                 "reason": c["reason"]} for c in data]
        _emit(rows, data, ["subject", "status", "date", "figure_a", "source_a", "evidence_a", "figure_b", "source_b",
                           "evidence_b", "reason"], format, f"{len(data)} contradictions")
