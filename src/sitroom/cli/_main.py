"""The command's entry point: exit codes that tell a bad input from a failure of sitroom, and no traceback for either.

0: done. 1: some inputs failed (each reported with its path and reason; the rest went through). 2: usage error (an
unknown option, a bad date or limit: nothing was done). 3: sitroom itself failed (a bug, the database unreachable):
one line saying so; `SITROOM_DEBUG=1` shows the traceback.
"""
from __future__ import annotations

import os
import sys

from rich.markup import escape

EXIT_INPUT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 3


def main(argv: list[str] | None = None) -> None:
    from sitroom.cli._app import app
    from sitroom.cli._output import err

    try:
        app(args=argv, prog_name="sitroom", standalone_mode=True)
    except SystemExit:
        raise
    except KeyboardInterrupt:
        err.print("interrupted", highlight=False)
        raise SystemExit(130) from None
    except Exception as exc:  # noqa: BLE001 - the one place a failure of sitroom itself is turned into a message
        if os.environ.get("SITROOM_DEBUG"):
            raise
        err.print(f"[bold red]internal error:[/] {escape(type(exc).__name__)}: {escape(str(exc))[:2000]}\n"
                  "sitroom itself failed (not your input); rerun with SITROOM_DEBUG=1 for the traceback",
                  highlight=False)
        sys.exit(EXIT_INTERNAL)
