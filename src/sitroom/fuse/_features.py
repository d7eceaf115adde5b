"""What the clusterer compares: an event reduced to type, countries, place, calendar span and evidence keywords."""
from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from sitroom.fuse._lexicon import lexicon, words
from sitroom.model import Event
from sitroom.store import date_sort_key

UNDATED_LOOKBACK = 7        # an undated report is taken to be about the week before it was published


@dataclass(frozen=True)
class EventFeatures:
    event_id: str
    document_id: str
    type: str
    actor_country: str | None
    recipient_country: str | None
    location_country: str | None
    location_name: str | None        # only when finer than a country (city, region)
    date_lo: date | None
    date_hi: date | None
    precision: str | None            # day | week | month | year | None (undated: span is around publication)
    dated: bool
    keywords: frozenset[str]


def parse_day(value: str | None) -> date | None:
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def date_span(value: str | None, precision: str | None) -> tuple[date, date] | None:
    """Calendar days a TimeML date value covers (None when it has no calendar anchor)."""
    lo = parse_day(date_sort_key(value))
    if lo is None:
        return None
    v = value or ""
    if precision in ("time", "day") or (precision is None and len(v) >= 10 and v[4] == "-" and v[7] == "-"):
        return lo, lo
    if precision == "week" or "-W" in v:
        return lo, lo + timedelta(days=6)
    if "-Q" in v:                   # before the month test: "2022-Q3" is seven characters too
        end_month = lo.month + 2
        return lo, date(lo.year, end_month, calendar.monthrange(lo.year, end_month)[1])
    if precision == "month" or (len(v) == 7 and v[4] == "-"):
        return lo, lo.replace(day=calendar.monthrange(lo.year, lo.month)[1])
    return lo, date(lo.year, 12, 31)


@lru_cache(maxsize=1)
def _country_words() -> frozenset[str]:
    """Single-word country names and demonyms: already compared as countries, so not evidence keywords."""
    try:
        from sitroom.countries import countries
    except ImportError:  # pragma: no cover - the analyze stage is optional for fusing stored records
        return frozenset()
    t = countries()
    return frozenset(k for k in (*t.by_name, *t.by_demonym) if " " not in k)


@lru_cache(maxsize=1)
def _synonyms() -> dict[str, str]:
    """Single-word counted nouns and status cues folded to one word (soldiers/servicemen -> troops)."""
    lex = lexicon()
    out = {}
    for form, noun in lex.counted.items():
        if " " not in form:
            out[form] = noun
    for cue, status in lex.status_cues:
        if " " not in cue:
            out.setdefault(cue, status)
    return out


def evidence_keywords(text: str) -> frozenset[str]:
    """Content words of an evidence sentence, synonyms folded, country names and demonyms left out."""
    cw, syn, stop = _country_words(), _synonyms(), lexicon().stopwords
    out = set()
    for w in words(text):
        w = w.removesuffix("'s")
        if w in cw or w in stop or w.isdigit() or len(w) < 3:
            continue
        if w in syn:
            out.add(syn[w])
        else:
            out.add(w[:-1] if w.endswith("s") and len(w) > 4 and not w.endswith("ss") else w)
    return frozenset(out)


def features(event_id: str, document_id: str, type_: str, actor_country: str | None,
             recipient_country: str | None, location_country: str | None, location_name: str | None,
             location_is_country: bool, date_value: str | None, precision: str | None, relation: str | None,
             evidence: str, published: str | None) -> EventFeatures:
    span = date_span(date_value, precision)
    pub = parse_day(published)
    dated = span is not None
    if span is not None and relation == "since" and pub and pub > span[1]:
        span = (span[0], pub)
    if span is None and pub is not None:
        span = (pub - timedelta(days=UNDATED_LOOKBACK), pub)
    prec = precision if dated else None
    return EventFeatures(event_id, document_id, type_, actor_country, recipient_country, location_country,
                         None if location_is_country else (location_name or None),
                         span[0] if span else None, span[1] if span else None, prec, dated,
                         evidence_keywords(evidence))


def from_event(ev: Event, document_id: str, published: str | None) -> EventFeatures:
    loc = ev.location
    is_country = loc is None or loc.kind == "country" or (loc.kind is None and (loc.name or loc.text) and
                                                          _is_country_name(loc.name or loc.text))
    return features(ev.id, document_id, ev.type, ev.actor and ev.actor.country, ev.recipient and ev.recipient.country,
                    loc and loc.country, loc and (loc.name or loc.text), bool(is_country),
                    ev.date and ev.date.value, ev.date and ev.date.precision, ev.date and ev.date.relation,
                    ev.evidence.sentence, published)


def from_row(r: dict[str, Any], published: str | None) -> EventFeatures:
    name = r.get("location_name")
    return features(r["id"], r["document_id"], r["type"], r.get("actor_country"), r.get("recipient_country"),
                    r.get("location_country"), name, not name or _is_country_name(name),
                    r.get("date_value"), r.get("date_precision"), r.get("date_relation"), r["evidence"], published)


def _is_country_name(name: str) -> bool:
    try:
        from sitroom.countries import countries, norm
    except ImportError:  # pragma: no cover
        return False
    return norm(name) in countries().by_name
