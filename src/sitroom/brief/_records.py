"""What a briefing holds, before any wording: frozen records picked from the store by `_select`.

Every field is a value the store holds (a name as written, a date value, a figure as fuse describes it), so the
wording built from them by `_wording` states nothing the store does not hold.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class When:
    """An event date as stored: a TimeML value with its precision and relation (on, as_of, since, …)."""
    value: str
    precision: str | None = None
    relation: str | None = "on"


@dataclass(frozen=True)
class Report:
    """One document's account: who it cites, which outlet ran it, where its evidence is."""
    document_id: str
    event_id: str
    outlet: str                       # outlet name, else the URL's host, else the file name
    source: str | None                # the cited source as written (leading article dropped), None when unattributed
    day: str                          # publication day YYYY-MM-DD
    link: str | None                  # where the evidence is: a `sitroom serve` page, the document URL or its path
    copy_of: str | None = None        # the original's document id when this document is a near-duplicate copy
    evidence: str = ""
    published: str = ""               # the publication time as stored (orders reports within a day)


@dataclass(frozen=True)
class Figure:
    """A figure claim: `figure` is fuse's description of the bounds ("about 4,300", "up to 9,000")."""
    claim_id: str
    subject: str                      # "Russian troops in Belarus"
    figure: str
    status: str                       # present, planned, killed, …
    when: When | None
    report: Report                    # the report that gives it
    copies: tuple[Report, ...] = ()   # the same figure repeated (a copy, or the same source through another outlet)
    topic_key: str | None = None      # its figure series (counted|owner|place), e.g. "personnel|RUS|BLR"


@dataclass(frozen=True)
class Development:
    """One happening (an event cluster) as reported in the period."""
    cluster_id: str
    type: str                         # PLOVER type
    actor: str | None
    recipient: str | None
    place: str | None
    when: When | None
    modality: str
    reports: tuple[Report, ...]       # the period's reports, first published first
    figures: tuple[Figure, ...]


@dataclass(frozen=True)
class Storyline:
    """Developments of one kind by one actor in one place (and those sharing a figure series), across days."""
    id: str
    type: str
    actor: str | None
    place: str | None
    developments: tuple[Development, ...]
    reports: int                      # documents in the period
    independent: int                  # copies counted once
    outlets: int
    earlier: tuple[Report, ...] = ()  # reports published before the period (one per document)


@dataclass(frozen=True)
class Change:
    """What changed on a story the store already held before the period.

    kind "status": a series got a status it did not have (planned -> present); "figures": new figures with a status
    already seen; "sources": sources new to the storyline.
    """
    kind: str
    subject: str
    before: tuple[Figure, ...] = ()
    after: tuple[Figure, ...] = ()
    new_reports: tuple[Report, ...] = ()
    earlier_reports: tuple[Report, ...] = ()
    old_status: str | None = None
    new_status: str | None = None
    storyline: "Storyline | None" = None    # for kind "sources"


@dataclass(frozen=True)
class Contradiction:
    """Two figures on the same subject, status and time whose bounds cannot both hold."""
    id: str
    subject: str
    status: str
    a: Figure
    b: Figure


@dataclass(frozen=True)
class Briefing:
    date: str                         # last publication day covered (YYYY-MM-DD)
    since: str                        # first publication day covered
    previous: str | None              # date of the last briefing sent before this one
    documents: int                    # documents published in the period
    copies: int                       # of which near-duplicate copies
    outlets: int
    earlier_documents: int            # documents published before the period (what changes are measured against)
    storylines: tuple[Storyline, ...]
    changes: tuple[Change, ...]
    contradictions: tuple[Contradiction, ...]
    unlisted: int                     # events of the period with neither a date nor a place (not listed)
    more_storylines: int = 0          # storylines past the options' limit (not listed)
    background: int = 0               # events dated before `background_before` (background, not listed)
    background_before: str = ""       # YYYY-MM-DD
    not_happening: int = 0            # negated, hypothetical or conditional events (not listed)
