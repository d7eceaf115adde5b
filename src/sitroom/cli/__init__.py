"""`sitroom` command line: parses arguments, calls the library, prints. Nothing else lives here.

`app` is the entry point (`sitroom.cli:app`). Commands: `_documents` (extract, annotate, ingest), `_events`
(events, timeline), `_fuse` (clusters, split-cluster, figures, contradictions); all output goes through `_output`.
"""
from sitroom.cli import _brief, _claims, _documents, _events, _fuse, _serve  # noqa: F401 (each adds its commands to the app)
from sitroom.cli._app import app

__all__ = ["app"]
