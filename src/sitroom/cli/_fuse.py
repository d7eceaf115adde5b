"""Commands reading what the fuse stage built: `clusters`, `split-cluster`, `figures`, `contradictions`."""
from __future__ import annotations

import sys
from typing import Optional

import typer

from sitroom.cli._app import DbOpt, app
from sitroom.cli._output import Fmt, fail, open_store, print_rows
from sitroom.lexicon import count
from sitroom.timeml import date_words

FmtOpt = typer.Option(Fmt.table, "--format", "-f")
WIDE = 200          # these tables have many columns: wider than a terminal's default


@app.command("clusters")
def clusters_cmd(db: str = DbOpt, format: Fmt = FmtOpt,
                 min_size: int = typer.Option(1, "--min-size", help="Only clusters with this many events."),
                 type: Optional[str] = typer.Option(None, "--type", help="PLOVER event type."),
                 cluster: Optional[str] = typer.Option(None, "--id", help="Only this cluster.")) -> None:
    """Events from different documents linked as one happening, with link scores and reasons."""
    from sitroom.fuse import clusters
    data = clusters(open_store(db), min_size=min_size, type=type, cluster_id=cluster)
    rows = []
    for c in data:
        dates = c.date_lo if c.date_lo == c.date_hi else f"{c.date_lo}..{c.date_hi}"
        for m in c.members:
            rows.append({"cluster": c.id, "type": c.type, "size": c.size, "where": c.location_name or c.location_country,
                         "dates": dates, "event": m.event_id, "outlet": m.outlet, "copy_of": m.near_duplicate_of,
                         "score": m.score, "reasons": "; ".join(m.reasons), "evidence": m.evidence})
    print_rows(rows, ["cluster", "type", "size", "where", "dates", "event", "outlet", "copy_of", "score", "reasons",
                      "evidence"], format, title=count(len(data), "cluster"), data=data, lines=True, width=WIDE)


@app.command("split-cluster")
def split_cmd(cluster_id: str = typer.Argument(...), event_ids: list[str] = typer.Argument(...),
              db: str = DbOpt) -> None:
    """Move events out of a wrongly merged cluster into a new one; prints the new cluster id."""
    from sitroom.fuse import split_cluster
    try:
        new_id = split_cluster(open_store(db, write=True), cluster_id, event_ids)
    except (KeyError, ValueError) as exc:
        fail(exc.args[0], 1)
    sys.stdout.write(new_id + "\n")


@app.command("figures")
def figures_cmd(db: str = DbOpt, format: Fmt = FmtOpt,
                subject: Optional[str] = typer.Option(None, "--subject",
                                                      help="Text in the subject ('troops', 'in Belarus') "
                                                           "or a key prefix ('personnel|RUS|BLR').")) -> None:
    """Figure series: each subject's claims by as-of date, one line per source, repeats counted once."""
    from sitroom.fuse import figure_series
    data = figure_series(open_store(db), subject)
    # as the claim dates it ("until the end of 2022", "as of 17 October 2022"), not its span's first day
    rows = [{"subject": s.subject, "date": p.date if format is not Fmt.table else
             date_words(p.as_of, None, p.as_of_relation) or date_words(p.date), "status": p.status, "figure": p.figure,
             "lower": p.lower, "upper": p.upper, "qualifier": p.qualifier, "source": p.source, "outlet": p.outlet,
             "claim_date": p.claim_date, "change": p.change, "place": p.place_name,
             "also_reported_by": [a.outlet or a.document_id for a in p.also_reported_by], "evidence": p.evidence,
             "claim_id": p.claim_id, "as_of": p.as_of, "as_of_relation": p.as_of_relation}
            for s in data for p in s.points]
    cols = ["subject", "date", "status", "figure", "source", "outlet", "claim_date", "change", "also_reported_by",
            "evidence"]
    if format is Fmt.csv:
        cols = cols[:4] + ["lower", "upper", "qualifier"] + cols[4:] + ["place", "as_of", "as_of_relation", "claim_id"]
    print_rows(rows, cols, format, title=count(len(data), "figure series", "figure series"), data=data, lines=True, width=WIDE)


@app.command("contradictions")
def contradictions_cmd(db: str = DbOpt, format: Fmt = FmtOpt,
                       subject: Optional[str] = typer.Option(
                           None, "--subject", help="Text in the subject ('troops', 'in Belarus') or a key prefix "
                                                   "('personnel|RUS|BLR').")) -> None:
    """Claims on the same subject and time whose bounds cannot both hold, with both evidences."""
    from sitroom.fuse import contradictions
    data = contradictions(open_store(db), subject)
    rows = [{"subject": c.subject, "status": c.status, "date": c.a.date,
             "figure_a": c.a.figure, "source_a": c.a.source, "evidence_a": c.a.evidence,
             "figure_b": c.b.figure, "source_b": c.b.source, "evidence_b": c.b.evidence,
             "reason": c.reason} for c in data]
    print_rows(rows, ["subject", "status", "date", "figure_a", "source_a", "evidence_a", "figure_b", "source_b",
                      "evidence_b", "reason"], format, title=count(len(data), "contradiction"), data=data, lines=True,
               width=WIDE)
