"""Figure series from stored claims: the one assembly behind `sitroom figures` and the series pages of `sitroom serve`.

A series is the claims on one topic (what x whose x where). A repeated figure (a near-duplicate copy, or the same
source's figure through another outlet; `duplicate_of` set) is one point that lists its repeats in
`also_reported_by`. Points are ordered by as-of date (then claim date, source, id: `point_order`); each notes its `change` from the previous point (a new
status or as-of date is a change; bounds that cannot both hold for the same status and time are `contradicts`),
and the points are split into one line per source.

A caller may pass only a slice of a series (the API pages through a large one): then `previous` is the point just
before the slice, so that the first point's `change` is the same as in the whole series.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Iterable

from sitroom.analyze.claims import kind_label
from sitroom.countries import countries, country_name
from sitroom.fuse._figures import describe
from sitroom.model import (
    FigureClaim, FigurePoint, FigureRepeat, FigureSeries, SeriesLine, joined_from, place_parts, topic_parts,
)


def _country(iso3: str | None) -> str | None:
    if not iso3:
        return None
    return country_name(iso3) or iso3


def _demonym(iso3: str) -> str:
    c = countries().by_iso3.get(iso3)
    return (c.demonyms[0] if c and c.demonyms else None) or _country(iso3) or iso3


def place_label(location: str | None, name: str | None = None) -> str | None:
    """A key's place in words: 'Belarus'; a town or region with its country: 'Doboj, Bosnia and Herzegovina' (its
    `name`, else its id's)."""
    country, place = place_parts(location)
    if country is None:
        return None
    if place is None:
        return _country(country)
    return f"{name or place.partition(':')[2].replace('-', ' ').title()}, {_country(country)}"


def subject_label(counted: str, owner: str | None, location: str | None, place_name: str | None = None) -> str:
    """'Russian personnel in Belarus', 'Russian armoured vehicles in Belarus', 'refugees in Maglaj, Bosnia and
    Herzegovina' (`location`: a country's ISO3 or a place id, `place_name` the place's name)."""
    whose = f"{_demonym(owner)} " if owner else ""
    where = f" in {place_label(location, place_name)}" if location else ""
    return f"{whose}{kind_label(counted)}{where}"


def figure_point(c: FigureClaim) -> FigurePoint:
    """A claim as a series point (no repeats, contradictions or change yet)."""
    return FigurePoint(joined_from=joined_from(c.subject_key, c.topic_key),
        claim_id=c.id, status=c.status, figure=describe(c.lower, c.upper, c.qualifier), lower=c.lower,
        upper=c.upper, qualifier=c.qualifier, source=c.source, outlet=c.outlet, claim_date=c.claim_date,
        as_of=c.as_of, as_of_relation=c.as_of_relation, date=c.as_of_lo, modality=c.modality, evidence=c.evidence,
        document_id=c.document_id, event_id=c.event_id, place=c.location_place, place_name=c.location_name)


def point_order(p: FigurePoint) -> tuple:
    """How points of a series are ordered: as-of date (undated last), then the date it was said (unknown first),
    source and claim id. The store's series index has the same order (`Store.series_slice`), so a page of a long
    series continues exactly where the previous one ended."""
    return (p.date is None, p.date or "", p.claim_date or "", p.source, p.claim_id)


def assemble_series(claims: Iterable[FigureClaim], contradiction_pairs: Iterable[tuple[str, str]] = (), *,
                    previous: FigureClaim | None = None) -> list[FigureSeries]:
    """The series of `claims` (one per topic key), most points first.

    `claims` holds the points (claims with no `duplicate_of`) and any of their repeats; a repeat whose point is not
    among them is left out. `contradiction_pairs` are (claim id, claim id) flags; only pairs between points (or a
    point and `previous`) count.
    """
    claims = list(claims)
    counted_once = {c.id for c in claims if not c.duplicate_of}
    repeats: dict[str, list[FigureClaim]] = {}
    for c in claims:
        if c.duplicate_of in counted_once:
            repeats.setdefault(c.duplicate_of, []).append(c)
    known = counted_once | ({previous.id} if previous else set())
    contradicts: dict[str, list[str]] = {}
    for a, b in contradiction_pairs:
        if a in known and b in known:
            contradicts.setdefault(a, []).append(b)
            contradicts.setdefault(b, []).append(a)
    topics: dict[str, list[FigureClaim]] = {}
    for c in claims:
        if c.id in counted_once:
            topics.setdefault(c.topic_key, []).append(c)
    out = []
    for topic, members in topics.items():
        points = sorted((replace(figure_point(c), also_reported_by=_repeats(repeats.get(c.id, [])),
                                 contradicts=tuple(contradicts.get(c.id, ()))) for c in members), key=point_order)
        prev = figure_point(previous) if previous and previous.topic_key == topic else None
        for i, p in enumerate(points):
            points[i] = replace(p, change=_change(prev, p))
            prev = points[i]
        lines: dict[str, list[FigurePoint]] = {}
        for p in points:
            lines.setdefault(p.source, []).append(p)
        counted, owner, loc = topic_parts(topic)      # a joined claim's own owner/place may be unstated
        country, place = place_parts(loc)
        name = next((c.location_name for c in members if place and c.location_place == place), None)
        out.append(FigureSeries(
            subject=subject_label(counted, owner, loc, name), topic_key=topic,
            counted=counted, owner_country=owner, location_country=country,
            points=tuple(points), statuses=tuple(sorted({p.status for p in points})),
            lines=tuple(SeriesLine(k, tuple(v)) for k, v in sorted(lines.items())),
            location_place=place, location_name=place and (name or place_label(loc).split(",")[0])))
    out.sort(key=lambda s: (-len(s.points), s.subject))
    return out


def _repeats(claims: list[FigureClaim]) -> tuple[FigureRepeat, ...]:
    ordered = sorted(claims, key=lambda c: (c.claim_date or "", c.outlet or "", c.document_id))
    return tuple(FigureRepeat(c.outlet, c.source, c.document_id, c.duplicate_reason) for c in ordered)


def _change(prev: FigurePoint | None, p: FigurePoint) -> str:
    if prev is None:
        return "first"
    if p.contradicts and prev.claim_id in p.contradicts:
        return "contradiction"
    if prev.status != p.status:
        return f"status {prev.status} -> {p.status}"
    if prev.date != p.date:
        return f"as of {prev.date} -> {p.date}" + (
            "" if (prev.lower, prev.upper) == (p.lower, p.upper) else f": {prev.figure} -> {p.figure}")
    if (prev.lower, prev.upper) != (p.lower, p.upper):
        return f"{prev.figure} -> {p.figure}"
    return "same"
