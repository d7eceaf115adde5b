"""Events as ACLED-style rows: the ACLED columns sitroom can fill honestly, the others left empty.

The PLOVER -> ACLED categories, the actor categories of sectors and the precision codes are one data file,
`data/acled.json` (read through `sitroom.lexicon`). Events of PLOVER types ACLED does not code (statements,
consultations, aid, sanctions …) are left out and counted. README.md has the column table.
"""
from __future__ import annotations

from typing import Any, Iterator

from sitroom import lexicon
from sitroom.countries import country_name
from sitroom.model import StoredEvent

COLUMNS = ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
           "actor1", "assoc_actor_1", "inter1", "actor2", "inter2", "interaction", "iso", "country", "admin1",
           "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities",
           "timestamp", "sitroom_type", "sitroom_mode", "sitroom_modality", "sitroom_source", "sitroom_document_id"]
"""ACLED's columns, then sitroom's own: the PLOVER type and mode, the event's modality (reported, claimed, denied …)
and attributed source, and the document it came from."""

UNKNOWABLE = ("assoc_actor_1", "iso", "source_scale", "timestamp")
"""Always empty: sitroom does not tell an actor's associates apart, ships no ISO 3166 numeric codes, does not grade
its sources' scale, and an ACLED upload timestamp has no meaning here."""

_DATA = "acled.json"


def mapping() -> dict[str, Any]:
    """The shipped PLOVER -> ACLED table (`data/acled.json`)."""
    return lexicon.load_json(_DATA)


def _inter(entity) -> str | None:
    return entity and entity.sector and mapping()["inter"].get(entity.sector)


def categories(plover_type: str, mode: str | None, inter2: str | None) -> tuple[str, str, str] | None:
    """(disorder_type, event_type, sub_event_type) of a PLOVER event; None when ACLED does not code its type."""
    entry = mapping()["plover"].get(plover_type)
    if entry is None:
        return None
    triple = entry.get("modes", {}).get(mode or "")
    if triple is None and inter2 == "Civilians":
        triple = entry.get("against_civilians")
    return tuple(triple or entry["default"])


def fatalities(killed: list[dict[str, Any]]) -> int | None:
    """The fewest deaths the event's `killed` claims state (their lower bounds added); None when none gives one."""
    lows = [c["lower"] for c in killed if c["lower"] is not None]
    return int(sum(lows)) if lows else None


def _time_precision(se: StoredEvent) -> int | None:
    d = se.event.date
    if d is None or not se.date_sort:
        return None
    if d.relation not in (None, "on"):
        return 3
    return mapping()["time_precision"].get(d.precision or "", 3)


def acled_row(se: StoredEvent, killed: list[dict[str, Any]]) -> dict[str, Any] | None:
    """One event as an ACLED-style row (None for a type ACLED does not code)."""
    ev = se.event
    inter2 = _inter(ev.recipient)
    cats = categories(ev.type, ev.mode, inter2)
    if cats is None:
        return None
    inter1 = mapping()["plover"][ev.type].get("inter1") or _inter(ev.actor)
    loc = ev.location
    iso3 = (loc and loc.country) or None
    name = lambda e: e and (e.name or e.text)  # noqa: E731
    return {
        "event_id_cnty": f"{iso3 or ''}{ev.id}", "event_date": se.date_sort,
        "year": se.date_sort and int(se.date_sort[:4]), "time_precision": _time_precision(se),
        "disorder_type": cats[0], "event_type": cats[1], "sub_event_type": cats[2],
        "actor1": name(ev.actor), "assoc_actor_1": None, "inter1": inter1, "actor2": name(ev.recipient),
        "inter2": inter2, "interaction": f"{inter1}-{inter2}" if inter1 and inter2 else None, "iso": None,
        "country": iso3 and (country_name(iso3) or iso3),
        "admin1": name(loc) if loc is not None and loc.kind == "admin1" else None, "location": name(loc),
        "latitude": loc and loc.lat, "longitude": loc and loc.lon,
        "geo_precision": loc and loc.lat is not None and mapping()["geo_precision"].get(loc.kind or "") or None,
        "source": se.document_outlet, "source_scale": None, "notes": ev.evidence.sentence,
        "fatalities": fatalities(killed), "timestamp": None,
        "sitroom_type": ev.type, "sitroom_mode": ev.mode, "sitroom_modality": ev.modality,
        "sitroom_source": name(ev.source), "sitroom_document_id": se.document_id,
    }


def acled_pages(store, since: str | None, until: str | None, page_size: int) -> Iterator[list[dict[str, Any] | None]]:
    """ACLED rows of every event, a page at a time; None in place of an event of a type ACLED does not code."""
    for page in store.event_batches(since=since, until=until, page_size=page_size):
        killed = store.killed_claims_of_events([se.event.id for se in page])
        yield [acled_row(se, killed.get(se.event.id, [])) for se in page]
