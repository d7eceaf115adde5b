"""Option values checked before any work starts: a bad date or limit is a clear usage error (exit 2), never a
silent string comparison that returns nothing or everything."""
from __future__ import annotations

from datetime import datetime

import typer

from sitroom import timeml

DATE_HELP = "YYYY-MM-DD, YYYY-MM, YYYY or YYYY-Www"


def _bound(value: str | None, last: bool) -> str | None:
    if value is None:
        return None
    v = value.strip()
    span = timeml.span_of(v) if v[:4].isdigit() and "T" not in v else None
    if span is None:
        raise typer.BadParameter(f"{value!r} is not a calendar date ({DATE_HELP}), e.g. 2022-10-24")
    return span[1 if last else 0].isoformat()


def since_date(value: str | None) -> str | None:
    """The first day a --since value covers ('2022-10' -> '2022-10-01')."""
    return _bound(value, last=False)


def until_date(value: str | None) -> str | None:
    """The last day an --until value covers ('2022-10' -> '2022-10-31')."""
    return _bound(value, last=True)


def iso_datetime(value: str | None) -> str | None:
    """A --published value: an ISO 8601 date or date-time (2022-10-24, 2022-10-24T10:18, …+03:00), kept as given."""
    if value is None:
        return None
    v = value.strip()
    try:
        datetime.fromisoformat(v.replace("Z", "+00:00"))
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not an ISO 8601 date or date-time, e.g. 2022-10-24 or "
                                 "2022-10-24T10:18+03:00") from None
    return v


def day(value: str | None) -> str | None:
    """A YYYY-MM-DD day (annotate --dct)."""
    if value is None:
        return None
    try:
        return datetime.strptime(value.strip(), "%Y-%m-%d").date().isoformat()
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a day YYYY-MM-DD, e.g. 2022-10-24") from None
