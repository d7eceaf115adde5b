"""The Typer app every command module adds its commands to."""
from __future__ import annotations

import typer

from sitroom.store import DEFAULT_DB

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="sitroom: sourced, time-resolved events and figure claims from news reporting.")

DbOpt = typer.Option(DEFAULT_DB, "--db", help="Database file (SQLite) or SQLAlchemy URL.")
