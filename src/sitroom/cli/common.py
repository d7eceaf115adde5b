"""What the commands that live with their stage (`brief`, `serve`) share with the rest of the command line: opening
the store with a clear error, and failing with an escaped one-line message."""
from sitroom.cli._output import fail, open_store

__all__ = ["fail", "open_store"]
