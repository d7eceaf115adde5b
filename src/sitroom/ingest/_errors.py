"""The error the ingest stage raises for input it cannot read."""
from __future__ import annotations


class IngestError(Exception):
    """A source that cannot be read as a document: `origin` (path, URL, "-") and a human `reason`."""

    def __init__(self, origin: str, reason: str) -> None:
        super().__init__(origin, reason)
        self.origin = str(origin)
        self.reason = reason

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"
