"""Figure claims: every counted quantity of an event becomes a claim on a subject (what x whose x where x status).

Status rules (in order):
1. modality planned/ordered -> planned, threatened -> threatened;
2. the status cue in the evidence sentence closest to the figure ("killed", "wounded", "arrived", "stationed" ...;
   data/en/fuse.json);
3. the event type's default (MOBILIZE -> present, ASSAULT -> involved, AID -> pledged ...);
4. otherwise "reported".
Owner (whose troops): a demonym or country name written between the number and the counted noun ("5,000 Russian
troops"); else the recipient (or location) country for victims (killed, wounded, captured, missing, casualties),
the actor country otherwise.
A claim is counted once (`duplicate_of`) when a near-duplicate document repeats it, or when the same source gives
the same figure for the same subject and date through another outlet.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from sitroom.countries import countries, norm
from sitroom.fuse._features import parse_day
from sitroom.fuse._lexicon import lexicon, words
from sitroom.model import Document, Event, FigureClaim, FigureContradiction, NearDuplicate, Quantity, content_id
from sitroom.timeml import span_of

VICTIM_STATUSES = ("killed", "wounded", "captured", "missing", "casualties", "evacuated")
APPROX_TOLERANCE = 0.10           # "about 4,300" is taken as 3,870 .. 4,730
_PERFECT = re.compile(r"\b(?:has|have|had)\s+(?:already\s+|now\s+|so\s+far\s+|reportedly\s+)?(?:been\s+)?$")
_DESTINATION = re.compile(r"^[^.;,]*?\b(?:in|into|to|inside|within)\s+(?:the\s+)?([A-Z][\w'’-]+)")
_NEGATED_BOUND = re.compile(r"(?i)\s*(?:no|not)\s+(?:more|less|fewer|greater|higher|lower|over|under|above|below)\b")
_NEGATION = re.compile(r"(?i)\b(?:no|not|never|none|neither|nor|nobody|nothing|den(?:y|ies|ied|ying))\b|n't\b")
MAX_COMPARED_SPAN_DAYS = 31       # claims dated only to a year are too vague to contradict anything


def counted_noun(unit: str | None) -> tuple[str, str] | None:
    """(normalized noun, as written) for a counted unit, None for measures and currencies."""
    if not unit:
        return None
    u = " ".join(words(unit))
    lex = lexicon()
    if not u or u in lex.not_counted or unit.strip().lower() in lex.not_counted:
        return None
    ws = u.split()
    for i in range(len(ws)):                    # drop leading modifiers: "Russian soldiers" -> "soldiers"
        tail = " ".join(ws[i:])
        if tail in lex.counted:
            return lex.counted[tail], unit
    last = ws[-1]
    if last in lex.not_counted:
        return None
    return last, unit


def _demonym_country(text: str) -> str | None:
    t = countries()
    for w in re.findall(r"[A-Z][\w'’-]+", text):
        n = norm(w).removesuffix("'s")
        iso = t.by_demonym.get(n) or t.by_name.get(n)
        if iso:
            return iso
    return None


def figure_status(ev: Event, q: Quantity) -> str:
    lex = lexicon()
    if ev.modality in lex.status_by_modality:
        return lex.status_by_modality[ev.modality]
    sent = ev.evidence.sentence.lower()
    qpos = q.start - ev.evidence.start if ev.evidence.start <= q.start <= ev.evidence.end else None
    best: tuple[int, int, str, int] | None = None
    for cue, status in lex.status_cues:
        for m in re.finditer(r"(?<![\w])" + re.escape(cue) + r"(?![\w])", sent):
            dist = abs(m.start() - qpos) if qpos is not None else m.start()
            if best is None or (dist, -len(cue)) < best[:2]:
                best = (dist, -len(cue), status, m.start())
    if best:
        status = best[2]
        if status in lex.cumulative_status and (
                (ev.date is not None and ev.date.relation == "as_of") or _PERFECT.search(sent[:best[3]])):
            return lex.cumulative_status[status]          # "had arrived as of Oct. 17": how many are there
        return status
    return lex.status_by_type.get(ev.type, "reported")


def figure_location(ev: Event, q: Quantity, doc: Document) -> str | None:
    """Country where the counted things are: the event's place, else a country (name or demonym) heading the first
    in/into/to phrase after the figure in its sentence ("deploy 9,000 soldiers to Belarusian training grounds")."""
    if ev.location is not None and ev.location.country:
        return ev.location.country
    start, end = q.unit_end or q.end, ev.evidence.end
    if not (ev.evidence.start <= start <= end):
        return None
    m = _DESTINATION.search(doc.text[start:end])
    return _demonym_country(m.group(1)) if m else None


def claim_modality(ev: Event, q: Quantity) -> str:
    """The event's modality, except that a bound written with a negation ("no more than 1,000", "not fewer than")
    does not negate the figure: when that is the sentence's only negation, the figure is reported (or asserted)."""
    if ev.modality != "negated" or not _NEGATED_BOUND.match(q.text):
        return ev.modality
    s, e0 = ev.evidence.sentence, ev.evidence.start
    outside = s[:max(0, q.start - e0)] + " " + s[max(0, q.end - e0):]
    if _NEGATION.search(outside):
        return ev.modality
    return "reported" if ev.source is not None else "asserted"


def owner_country(ev: Event, q: Quantity, doc: Document, status: str) -> str | None:
    between = ""
    if q.unit_start is not None and q.end <= q.unit_start <= q.end + 60:
        between = doc.text[q.end:q.unit_end or q.unit_start]
    elif q.unit:
        between = q.unit
    found = _demonym_country(between)
    if found:
        return found
    if status in VICTIM_STATUSES:
        return (ev.recipient and ev.recipient.country) or (ev.location and ev.location.country)
    return ev.actor and ev.actor.country


def bounds(lower: float | None, upper: float | None, qualifier: str) -> tuple[float, float] | None:
    """The values a figure allows, as a closed interval."""
    inf = float("inf")
    v = lower if lower is not None else upper
    if v is None:
        return None
    if qualifier in ("up_to", "at_most", "less_than"):
        return 0.0, upper if upper is not None else v
    if qualifier in ("more_than", "at_least"):
        return lower if lower is not None else v, inf
    if qualifier == "range":
        return (lower if lower is not None else 0.0), (upper if upper is not None else inf)
    if qualifier == "approx":
        return v * (1 - APPROX_TOLERANCE), (upper if upper is not None else v) * (1 + APPROX_TOLERANCE)
    return v, upper if upper is not None else v


def describe(lower: float | None, upper: float | None, qualifier: str) -> str:
    def n(x: float | None) -> str:
        return "?" if x is None else f"{x:,.0f}" if float(x).is_integer() else f"{x:,}"
    v = lower if lower is not None else upper
    return {"exact": n(v), "approx": f"about {n(v)}", "more_than": f"more than {n(lower)}",
            "at_least": f"at least {n(lower)}", "up_to": f"up to {n(upper if upper is not None else v)}",
            "at_most": f"at most {n(upper if upper is not None else v)}",
            "less_than": f"less than {n(upper if upper is not None else v)}",
            "range": f"{n(lower)}-{n(upper)}"}.get(qualifier, n(v))


def claims(doc: Document, ev: Event) -> list[FigureClaim]:
    """The figure claims an event makes: one per counted quantity with a bound."""
    out = []
    for q in ev.quantities:
        noun = counted_noun(q.unit)
        if noun is None or (q.lower is None and q.upper is None):
            continue
        status = figure_status(ev, q)
        owner = owner_country(ev, q, doc, status)
        loc = figure_location(ev, q, doc)
        topic = f"{noun[0]}|{owner or '-'}|{loc or '-'}"
        source = (ev.source and (ev.source.name or ev.source.text)) or doc.outlet or "(unattributed)"
        claim_date = (doc.published or "")[:10] or None
        span = span_of(ev.date and ev.date.value)
        if span is None and parse_day(claim_date):
            span = (parse_day(claim_date), parse_day(claim_date))
        out.append(FigureClaim(
            id=content_id("claim", ev.id, q.start, q.text), event_id=ev.id, document_id=doc.id,
            subject_key=f"{topic}|{status}", topic_key=topic, counted=noun[0], counted_text=noun[1],
            owner_country=owner, location_country=loc, status=status, lower=q.lower, upper=q.upper,
            qualifier=q.qualifier, quantity_text=q.text, modality=claim_modality(ev, q),
            source_key=" ".join(words(source)) or source.lower(), source=source, outlet=doc.outlet,
            claim_date=claim_date, as_of=ev.date and ev.date.value, as_of_relation=ev.date and ev.date.relation,
            as_of_lo=span and span[0].isoformat(), as_of_hi=span and span[1].isoformat(),
            evidence=ev.evidence.sentence, evidence_start=ev.evidence.start))
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
    if claim.modality not in lex.contested_modalities or claim.as_of_lo is None:
        return []
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
        if theirs is None or (ohi - olo).days > MAX_COMPARED_SPAN_DAYS:
            continue
        if theirs[1] < mine[0] or mine[1] < theirs[0]:
            found.append((other, _reason(other, claim, theirs, mine)))
    return found


def _reason(a: FigureClaim, b: FigureClaim, ba: tuple[float, float], bb: tuple[float, float]) -> str:
    def side(r: FigureClaim, bd: tuple[float, float]) -> str:
        return (f"{describe(r.lower, r.upper, r.qualifier)} ({r.source}, as of "
                f"{r.as_of or r.as_of_lo}) allows {bd[0]:,.0f}..{'∞' if bd[1] == float('inf') else f'{bd[1]:,.0f}'}")
    return f"{side(a, ba)}; {side(b, bb)}: both cannot hold"


def record_claims(tx, doc: Document, events: tuple[Event, ...], nd: NearDuplicate | None,
                  now: str) -> tuple[list[FigureClaim], int]:
    """Store the document's figure claims (`tx`: a store transaction), mark repeats, flag contradictions; returns
    (claims, contradictions)."""
    out, flagged = [], 0
    for ev in events:
        for claim in claims(doc, ev):
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
