"""`sitroom` command line: parses arguments, calls the library, prints. Nothing else lives here.

`main` is the entry point (`sitroom.cli:main`): the Typer `app` with exit codes 0 ok, 1 some inputs failed, 2 usage
error, 3 sitroom itself failed (one line; the traceback only with SITROOM_DEBUG=1). Commands: `_documents` (extract,
annotate, ingest), `_events` (events, timeline), `_fuse` (clusters, split-cluster, figures, contradictions),
`_claims` (claims), `_export` (export), `_scale` (analyze --out, backup); option checks in `_options`; all output goes through `_output`.
"""
from sitroom.cli import _brief, _claims, _documents, _events, _export, _fuse, _scale, _serve  # noqa: F401 (each adds its commands to the app)
from sitroom.cli._app import app
from sitroom.cli._main import EXIT_INPUT_FAILED, EXIT_INTERNAL, EXIT_USAGE, main

__all__ = ["EXIT_INPUT_FAILED", "EXIT_INTERNAL", "EXIT_USAGE", "app", "main"]
