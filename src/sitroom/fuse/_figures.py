"""Figure claims: every `Claim` of a document (analyze/claims) with a counted kind becomes a series point on a
subject (counted kind x owner x location), with its status; the kind is the one the series counts (`series_kind`:
people, residents and evacuees evacuated are one series of the displaced, people killed and a death toll one). Fusion reads the claims only — never the sentences: what
is counted, whose, where, in what state, according to whom and as of when were decided on the claim's own clause.

Where: the claim's place below the country when analyze/places resolved one (a town or region: its id "BIH:maglaj",
`place_id`; a capital is its country's: `series_place`), else its country. So claims about two towns of one country
("12,000 evacuated in Doboj", "2,500 in neighbouring Maglaj") are two subjects: two series, never a contradiction,
never a repeat of each other; nor does a town's figure contradict one said of its whole country (a part is not the whole: "40,000 displaced across Bosnia";
a country's total below a town's figure would be a clash, but a claim's country is as often the text's fallback for a
town the gazetteer lacks: "In neighbouring Maglaj, about 2,500 …" is read as Bosnia's).
A claim placed only in the country, with its owner unstated, is a town's point when it repeats the figure of the one
town of that country said of the same week (`store._series_places`: outlets that drop the town's name); a claim
naming a town but not the owner may stand for its country's full series (`store._series_join`).

The source of a point is the claim's claimant (its name, else its text); the outlet only when the claim has none.
A headline claim that repeats a figure of the body (same kind and bounds) is not a point of its own.
A claim is counted once (`duplicate_of`) when a near-duplicate document repeats it, or when the same source gives
the same figure for the same subject and date through another outlet. Two claims contradict only when they are on
the same subject and status (`subject_key`), their as-of dates overlap, and their bounds cannot both hold — and not
when one source gives both in one text (it revises itself: "has risen to 29, updating an earlier toll of 17") or on
two days (a later statement revises its own earlier count of the same event: "now says three drones", "two"), nor
when a toll (killed, wounded …) is said on two different days: it grows as it is counted, whatever the event date;
an increment ("a further 2,000 troops", counted text "additional troops") is never set against a total, and a
figure whose clause states no state of what it counts (status `UNSTATED`: "212 reservists were excused", "Eighteen
were discharged") is set against nothing: it may count any part of the story.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta
from functools import lru_cache

from sitroom.analyze.claims import UNSTATED, is_increment, series_kind, series_status
from sitroom.analyze.places import REGION_WORDS, lookup_place
from sitroom.fuse._features import parse_day
from sitroom.fuse._lexicon import lexicon, words
from sitroom.model import APPROX_TOLERANCE, figure_bounds as bounds  # noqa: F401 (re-exported)
from sitroom.countries import countries, norm
from sitroom.model import (
    Claim, Document, FigureClaim, FigureContradiction, NearDuplicate, Place, content_id, place_id, sub_place_key,
)
from sitroom.timeml import edge_span

MAX_COMPARED_SPAN_DAYS = 31       # claims dated only to a year are too vague to contradict anything
MAX_STOCK_SPAN_DAYS = 7           # a count of what is somewhere, dated to a longer span, held at some time in it


def describe(lower: float | None, upper: float | None, qualifier: str) -> str:
    def n(x: float | None) -> str:
        return "?" if x is None else f"{x:,.0f}" if float(x).is_integer() else f"{x:,}"
    v = lower if lower is not None else upper
    return {"exact": n(v), "approx": f"about {n(v)}", "more_than": f"more than {n(lower)}",
            "at_least": f"at least {n(lower)}", "up_to": f"up to {n(upper if upper is not None else v)}",
            "at_most": f"at most {n(upper if upper is not None else v)}",
            "less_than": f"less than {n(upper if upper is not None else v)}",
            "range": f"{n(lower)}-{n(upper)}"}.get(qualifier, n(v))


def _day(value: str | None) -> str | None:
    return value[:10] if value and parse_day(value[:10]) else None


def series_place(p: Place | None) -> str | None:
    """The place below the country a claim's series is keyed on: its town or region (`place_id`), but not its
    country's capital. News names a capital for its government ("Minsk has said the force will be slightly under
    9,000", "Warsaw's package", "Kyiv to get 60 tanks"), and a figure placed in it by the text around it is mostly
    the country's ("About 400 soldiers arrived in Niamey, the first of a contingent that will number 1,200"): such
    claims stay on the country's series (the stored claim keeps the capital as its place).
    A region named after its main town is keyed by that name ("the Kursk region", "Kursk Oblast", "in Kursk" are
    one place: "RUS:kursk"): news names a region by its town's name as often as in full, and the gazetteer has no
    town's region to tell the two apart by, so a region and the town it is named after are one level for keying
    (under the town's own id when the gazetteer spells it otherwise: "the Grodno region" and "near Hrodna")."""
    pid = place_id(p)
    if pid is None:
        return None
    country = countries().by_iso3.get(p.country)
    if country is not None and country.capital and norm(country.capital) == norm(p.name or p.text):
        return None
    if p.kind == "admin1":
        short = _REGION_WORDS.sub("", p.name or p.text).strip()
        if not short:
            return pid
        return _town_key(p.country, short)
    return pid


@lru_cache(maxsize=4096)
def _town_key(country: str, short: str) -> str:
    """The key of the town a region is named after: the gazetteer's own id for it ("the Grodno region" and "near
    Grodno" are Hrodna: "BLR:hrodna"), else the region's short name's."""
    town = lookup_place(short, (country,))
    if town is not None and town.country == country and town.kind != "admin1" and place_id(town):
        return place_id(town)
    return sub_place_key(country, short)


_REGION_WORDS = re.compile(r"(?:^|\s+)(?:%s)$" % "|".join(re.escape(w) for w in REGION_WORDS), re.IGNORECASE)


def figure_claim(doc: Document, c: Claim) -> FigureClaim | None:
    """The series point a claim makes, None when it is no series material (nothing counted, no bound)."""
    if not c.counted or (c.lower is None and c.upper is None):
        return None
    owner = c.owner and c.owner.country
    country, place = c.location and c.location.country, series_place(c.location)
    loc = place or country                                    # "BIH:maglaj" for a town, "BIH" for the country
    status = series_status(c.counted, c.status)               # "pledged 4 systems" is the plan "will send 4 systems"
    topic = f"{series_kind(c.counted, status)}|{owner or '-'}|{loc or '-'}"   # '12,000 residents' evacuated: refugees
    source = (c.source and (c.source.name or c.source.text)) or doc.outlet or "(unattributed)"
    claim_date = _day(c.claim_date) or _day(doc.published)
    as_of = c.as_of and c.as_of.value
    span = edge_span(as_of, c.as_of and c.as_of.text)           # "as of the end of October": its last days
    if span is None and claim_date:
        span = (parse_day(claim_date), parse_day(claim_date))
    ev = c.evidence
    return FigureClaim(
        id=content_id("figure", doc.id, c.id), event_id=c.event_id, document_id=doc.id,
        subject_key=f"{topic}|{status}", topic_key=topic, counted=c.counted, counted_text=c.counted_text,
        owner_country=owner, location_country=country, status=status, lower=c.lower, upper=c.upper,
        qualifier=c.qualifier, quantity_text=c.text, modality=c.modality,
        source_key=" ".join(words(source)) or source.lower(), source=source, outlet=doc.outlet,
        claim_date=claim_date, as_of=as_of, as_of_relation=c.as_of and c.as_of.relation,
        as_of_lo=span and span[0].isoformat(), as_of_hi=span and span[1].isoformat(),
        evidence=ev.sentence, evidence_start=ev.start if c.section == "body" else None,
        location_place=place, location_name=place and (c.location.name or c.location.text))


def claims(doc: Document, found: tuple[Claim, ...] | list[Claim]) -> list[FigureClaim]:
    """The series points of a document's claims; a headline figure the body repeats is left to the body, and a part
    counted in the state of its whole ("40 tanks, 12 of them T-72s", "2,000 troops, including 300 paratroopers")
    is no point of the whole's series (nor a figure against it: the 12 do not contradict another outlet's 40); a
    part in a state of its own ("Of them, 300 were wounded") is a point of that state's series."""
    body = {(c.counted, c.lower, c.upper) for c in found if c.section == "body"}
    points = {c.id: figure_claim(doc, c) for c in found}
    out = []
    for c in found:
        if c.section != "body" and (c.counted, c.lower, c.upper) in body:
            continue
        fc = points[c.id]
        whole = points.get(c.part_of) if c.part_of else None
        if fc is not None and whole is not None and whole.subject_key == fc.subject_key:
            continue
        if fc is not None:
            out.append(fc)
    return out


def _same_figure(a: FigureClaim, b: FigureClaim) -> bool:
    return a.lower == b.lower and a.upper == b.upper and a.subject_key == b.subject_key


def _find_duplicate(tx, claim: FigureClaim, nd: NearDuplicate | None) -> tuple[str, str] | None:
    if nd is not None:
        for other in tx.claims_in_documents({nd.matched_id, nd.canonical_id}, claim.subject_key):
            if _same_figure(claim, other):
                return other.duplicate_of or other.id, "near_duplicate_document"
    if claim.as_of_lo is None:
        return None
    for other in tx.same_source_claims(claim.subject_key, claim.as_of_lo, claim.source_key, limit=50):
        if _same_figure(claim, other) and other.as_of_hi == claim.as_of_hi and other.qualifier == claim.qualifier:
            return other.id, "same_source_figure"
    return None


def _contradicting(tx, claim: FigureClaim) -> list[tuple[FigureClaim, str]]:
    lex = lexicon()
    if claim.modality not in lex.contested_modalities or claim.as_of_lo is None or is_increment(claim.counted_text) \
            or claim.status == UNSTATED:
        return []                 # a figure in no stated state ("212 reservists were excused") may count any part
    lo, hi = parse_day(claim.as_of_lo), parse_day(claim.as_of_hi)
    if (hi - lo).days > MAX_COMPARED_SPAN_DAYS:
        return []
    mine = bounds(claim.lower, claim.upper, claim.qualifier)
    if mine is None:
        return []
    found = []
    for other in tx.overlapping_claims(
            claim.subject_key, starts_from=(lo - timedelta(days=MAX_COMPARED_SPAN_DAYS)).isoformat(),
            lo=claim.as_of_lo, hi=claim.as_of_hi, modalities=lex.contested_modalities, excluding=claim.id,
            limit=200):
        theirs = bounds(other.lower, other.upper, other.qualifier)
        olo, ohi = parse_day(other.as_of_lo), parse_day(other.as_of_hi)
        if theirs is None or (ohi - olo).days > MAX_COMPARED_SPAN_DAYS or is_increment(other.counted_text):
            continue                  # "a further 2,000 troops" bounds no total
        if other.source_key == claim.source_key and (other.document_id == claim.document_id or (
                other.claim_date and claim.claim_date and other.claim_date != claim.claim_date)):
            continue                  # one source's two figures in one text ("up from 17"), or said on two days ("now
            #                           says three drones were fired, revising its count of two"): an update, not a clash
        if claim.status in lex.toll_statuses and other.claim_date and claim.claim_date \
                and other.claim_date != claim.claim_date and _toll_consistent(claim, mine, other, theirs):
            continue                  # a toll as known on two days ("… killed 29" … "31"): a series
        if _may_have_grown((claim.as_of_lo, claim.as_of_hi), mine, (other.as_of_lo, other.as_of_hi), theirs):
            continue                  # "about 3,000 last week" and "about 10,000 as of the end of October": a count
            #                           that grew within the vaguer of two spans
        if claim.status in lex.stock_statuses and (olo, ohi) != (lo, hi) and max(
                (hi - lo).days, (ohi - olo).days) >= MAX_STOCK_SPAN_DAYS:
            continue                  # "about 10,000 at the peak in August" and "about 8,000 as of Aug. 24": a count
            #                           that changes, one of them held at some unknown time in a span of weeks
        if theirs[1] < mine[0] or mine[1] < theirs[0]:
            found.append((other, _reason(other, claim, theirs, mine)))
    return found


def _may_have_grown(span_a: tuple[str, str], ba: tuple[float, float], span_b: tuple[str, str],
                    bb: tuple[float, float]) -> bool:
    """Two figures said of vague as-of spans (a week, the end of a month) that overlap but differ ("last week": Oct
    21-27, "as of the end of October": Oct 21-31) can both hold when the one whose span ends later (then starts
    later) is not the lower: the count may have grown between a day of the one span and a later day of the other. A
    figure lower at the later time, two figures of the very same span, and a figure said of one day (it pins the
    time: "no more than 500 are in Russia", said on Oct 22) against a span that holds that day, still clash."""
    if span_a == span_b or span_a[0] == span_a[1] or span_b[0] == span_b[1]:
        return False
    (_, early), (_, late) = sorted(((span_a[::-1], ba), (span_b[::-1], bb)), key=lambda x: x[0])
    return late[1] >= early[0]


def _toll_consistent(a: FigureClaim, ba: tuple[float, float], b: FigureClaim, bb: tuple[float, float]) -> bool:
    """Two tolls said on different days can both be true when one source updates its own figure, or when the later
    figure is not below the earlier one (a toll only grows as the dead are counted). A later, lower figure from
    another source is a disagreement."""
    if a.source_key == b.source_key:
        return True
    (early, be), (late, bl) = sorted(((a, ba), (b, bb)), key=lambda x: x[0].claim_date)
    return bl[1] >= be[0]


def _reason(a: FigureClaim, b: FigureClaim, ba: tuple[float, float], bb: tuple[float, float]) -> str:
    def side(r: FigureClaim, bd: tuple[float, float]) -> str:
        return (f"{describe(r.lower, r.upper, r.qualifier)} ({r.source}, as of "
                f"{r.as_of or r.as_of_lo}) allows {bd[0]:,.0f}..{'∞' if bd[1] == float('inf') else f'{bd[1]:,.0f}'}")
    return f"{side(a, ba)}; {side(b, bb)}: both cannot hold"


def record_claims(tx, doc: Document, found: tuple[Claim, ...], nd: NearDuplicate | None,
                  now: str) -> tuple[list[FigureClaim], int]:
    """Store the series points of a document's claims (`tx`: a store transaction), mark repeats, flag
    contradictions; returns (points, contradictions)."""
    out, flagged = [], 0
    for claim in claims(doc, found):
        dup = _find_duplicate(tx, claim, nd)
        if dup:
            claim = replace(claim, duplicate_of=dup[0], duplicate_reason=dup[1])
        tx.add_figure_claim(claim)
        if not dup:
            for other, reason in _contradicting(tx, claim):
                tx.add_contradiction(FigureContradiction(
                    content_id("contradiction", other.id, claim.id), other.id, claim.id, claim.subject_key,
                    reason, now))
                flagged += 1
        out.append(claim)
    return out, flagged
