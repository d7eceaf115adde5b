"""sitroom.export: a store's events, claims, figure series or documents as one file, streamed.

`export(store, table, format, out)` writes JSON lines (the shapes `sitroom events / claims / figures --format json`
and `extract` print), CSV and Parquet (those records flattened to stable columns: `actor_name`, `actor_country` …,
lists `;`-joined in CSV and kept lists in Parquet) or an ACLED-style CSV of events (`data/acled.json` maps PLOVER to
ACLED). Records are read a page at a time through `Store` (keyset pages), so memory does not grow with the store.
"""
from sitroom.export._acled import UNKNOWABLE as ACLED_UNKNOWABLE
from sitroom.export._acled import categories as acled_categories
from sitroom.export._write import FORMATS, PAGE_SIZE, TABLES, ExportError, ExportReport, check, export, export_columns

__all__ = ["ACLED_UNKNOWABLE", "FORMATS", "PAGE_SIZE", "TABLES", "ExportError", "ExportReport", "acled_categories",
           "check", "export", "export_columns"]
