"""Errors as RFC 9457 problem details (`application/problem+json`) for the API and `.json` twins; an HTML page with
the same fields for browsers."""
from __future__ import annotations

from http import HTTPStatus
from typing import Any

PROBLEM_TYPE = "application/problem+json"


class Problem(Exception):
    """An error a client should see: status, short title, detail, and an optional type URI."""

    def __init__(self, status: int, title: str | None = None, detail: str | None = None, type: str = "about:blank"):
        super().__init__(detail or title)
        self.status = status
        self.title = title or HTTPStatus(status).phrase
        self.detail = detail
        self.type = type

    def body(self, instance: str | None = None) -> dict[str, Any]:
        out: dict[str, Any] = {"type": self.type, "title": self.title, "status": self.status}
        if self.detail:
            out["detail"] = self.detail
        if instance:
            out["instance"] = instance
        return out
