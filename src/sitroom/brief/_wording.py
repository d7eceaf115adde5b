"""The briefing's wording: fixed phrase templates filled with the values of a `Briefing`, laid out as `Layout`.

Nothing here generates free text. A line is a sequence of `Span`s: the template's own words, and values from the
store (names as written, dates, figures, quoted evidence), each value that cites a report linked to its evidence.
The renderers (`_render`) only decide how a `Layout` looks in Markdown, HTML or plain text, so the three formats say
exactly the same thing.
"""
from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date as Date
from typing import Iterable

from sitroom.brief._records import Briefing, Change, Contradiction, Development, Figure, Report, Storyline, When
from sitroom.timeml import calendar_words, day_words, relation_words
from sitroom.lexicon import count

# PLOVER type: (noun, plural, preposition before the actor, preposition before the recipient)
KINDS = {
    "AGREE": ("Agreement", "Agreements", "by", "with"),
    "CONSULT": ("Talks", "Talks", "by", "with"),
    "SUPPORT": ("Support", "Support", "by", "for"),
    "CONCEDE": ("Concession", "Concessions", "by", "to"),
    "COOPERATE": ("Cooperation", "Cooperation", "by", "with"),
    "AID": ("Aid", "Aid", "from", "to"),
    "RETREAT": ("Withdrawal", "Withdrawals", "by", "from"),
    "REQUEST": ("Request", "Requests", "by", "to"),
    "ACCUSE": ("Accusation", "Accusations", "by", "against"),
    "REJECT": ("Rejection", "Rejections", "by", "of"),
    "THREATEN": ("Threat", "Threats", "by", "against"),
    "PROTEST": ("Protest", "Protests", "by", "against"),
    "SANCTION": ("Sanctions", "Sanctions", "by", "against"),
    "MOBILIZE": ("Deployment", "Deployments", "of", "against"),
    "COERCE": ("Coercion", "Coercion", "by", "against"),
    "ASSAULT": ("Attack", "Attacks", "by", "on"),
}
# modalities worth a note beside the event ("asserted" and "reported" need none: the sources line says who)
MODALITY_NOTES = {
    "planned": "planned", "ordered": "ordered", "threatened": "threatened", "hypothetical": "hypothetical",
    "conditional": "conditional", "claimed": "claimed", "alleged": "alleged", "denied": "denied",
    "negated": "reported as not happening",
}
RELATION_WORDS = {"as_of": "as of", "since": "since", "until": "until", "before": "before", "after": "after"}



# --------------------------------------------------------------------------- layout records

@dataclass(frozen=True)
class Span:
    text: str
    href: str | None = None          # the evidence this text cites
    label: str | None = None         # how a reference list names it ("Kyiv Wire, 18 October 2022")
    quote: bool = False              # quoted evidence: the renderers add the quotation marks (`quotation`)


Line = tuple[Span, ...]


@dataclass(frozen=True)
class Item:
    head: Line
    lines: tuple[Line, ...] = ()


@dataclass(frozen=True)
class Block:
    title: str | None
    meta: str | None
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Section:
    key: str                         # developments | changes | contradictions
    title: str
    intro: tuple[str, ...]
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Layout:
    title: str
    intro: tuple[str, ...]
    sections: tuple[Section, ...]


# --------------------------------------------------------------------------- phrases

def day_phrase(day: str) -> str:
    """'2022-10-17' -> '17 October 2022'."""
    return day_words(Date.fromisoformat(day))


def period_phrase(since: str, until: str) -> str:
    """'on 17 October 2022', 'from 16 to 18 October 2022', 'from 30 September to 2 October 2022'."""
    a, b = Date.fromisoformat(since), Date.fromisoformat(until)
    if a == b:
        return f"on {day_phrase(since)}"
    if (a.year, a.month) == (b.year, b.month):
        return f"from {a.day} to {day_phrase(until)}"
    if a.year == b.year:
        return f"from {a.day} {calendar.month_name[a.month]} to {day_phrase(until)}"
    return f"from {day_phrase(since)} to {day_phrase(until)}"


def when_phrase(w: When | None) -> str | None:
    """A stored date with its precision and relation: 'on 17 October 2022', 'as of 17 October 2022',
    'in the week of 17 October 2022', 'in October 2022', 'until the end of 2022'; None for values without a calendar day."""
    if w is None:
        return None
    found = _calendar(w.value)
    if found is None:
        return None
    core, vague = found
    rel = w.relation or "on"
    if rel == "on":
        return f"{'in' if vague else 'on'} {core}"
    return f"{relation_words(rel, w.value) if rel in RELATION_WORDS else ('in' if vague else 'on')} {core}"


def _calendar(value: str) -> tuple[str, bool] | None:
    """(the date in words, whether it is vaguer than a day): `timeml.calendar_words`, the one date wording."""
    return calendar_words(value)


def _kind(type_: str) -> tuple[str, str, str, str]:
    return KINDS.get(type_, (type_.capitalize(), type_.capitalize(), "by", "on"))


def development_head(d: Development) -> str:
    """'Deployment of Armed Forces of Russia in Belarus, as of 17 October 2022 (planned)'."""
    noun, _, by, on = _kind(d.type)
    parts = [noun]
    if d.actor:
        parts.append(f"{by} {d.actor}")
    if d.recipient:
        parts.append(f"{on} {d.recipient}")
    if d.place:
        parts.append(f"in {d.place}")
    text = " ".join(parts)
    when = when_phrase(d.when)
    if when:
        text += f", {when}"
    if d.modality in MODALITY_NOTES:
        text += f" ({MODALITY_NOTES[d.modality]})"
    return text


def storyline_title(s: Storyline) -> str:
    """'Deployments of Armed Forces of Russia in Belarus'."""
    _, plural, by, _ = _kind(s.type)
    parts = [plural]
    if s.actor:
        parts.append(f"{by} {s.actor}")
    if s.place:
        parts.append(f"in {s.place}")
    return " ".join(parts)


QUOTE_MARKS = "\"“”„«»'‘’"


def closed_up(evidence: str) -> str:
    """Evidence with its whitespace closed up (a post's leading spaces and line breaks): a quote `Span`'s text."""
    return " ".join(evidence.split())


def opens_quoted(text: str) -> bool:
    """Whether a quotation opens with its own quotation mark ('"We are ready," the minister said.')."""
    return text[:1] in QUOTE_MARKS


def quotation(evidence: str) -> str:
    """Evidence as a quotation in plain text: closed up, in double quotes unless it already opens with a quotation
    mark (not quoted twice)."""
    text = closed_up(evidence)
    return text if opens_quoted(text) else f'"{text}"'


def _cited(r: Report) -> str | None:
    """The source a report cites, None when that is only the outlet itself ("Jerusalem Evening (Jerusalem
    Evening)" says it once)."""
    if r.source and r.source.casefold() != (r.outlet or "").casefold():
        return r.source
    return None


def _ref(r: Report, text: str | None = None) -> Span:
    return Span(text or r.outlet, r.link, f"{r.outlet}, {day_phrase(r.day)}")


def _figure_spans(f: Figure, *, subject: bool, when: bool) -> list[Span]:
    """'about 4,300 Russian troops in Belarus, present, as of 17 October 2022 — <source> (<outlet>; also <outlet>)'."""
    text = f"{f.figure} {f.subject}" if subject else f.figure
    text += f", {f.status}"
    w = when_phrase(f.when) if when else None
    if w:
        text += f", {w}"
    source = _cited(f.report)
    spans = [Span(f"{text} — " + (f"{source} (" if source else "")), _ref(f.report)]
    for c in f.copies:
        spans += [Span("; also "), _ref(c)]
    if source:
        spans.append(Span(")"))
    return spans


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _bare(name: str) -> str:
    low = name.casefold()
    return low[4:] if low.startswith("the ") else low


def same_body(short: str, full: str) -> bool:
    """`short` names the body `full` names: the same words, or their tail ("the General Staff" of "Ukraine's General
    Staff": a later short mention refers back to the fuller name)."""
    a, b = _bare(short), _bare(full)
    return a == b or b.endswith(" " + a)


def fuller_name(names: Iterable[str], name: str) -> str:
    """The one fuller name among a document's `names` that `name` is a short mention of (`same_body`), else `name`
    (also when two bodies could be meant: "the ministry" of a page citing two defence ministries)."""
    fuller = {_bare(n): n for n in names if same_body(name, n) and _bare(n) != _bare(name)}
    return next(iter(fuller.values())) if len(fuller) == 1 else name


def add_source(sources: list[str], name: str) -> None:
    """Add a source's name to one document's list unless a name already there is the same body (`same_body`); a
    fuller name replaces its earlier tail."""
    for i, old in enumerate(sources):
        if same_body(name, old):
            return
        if same_body(old, name):
            sources[i] = name
            return
    sources.append(name)


def _groups(reports: tuple[Report, ...]) -> list[Span]:
    """'the ministry (Kyiv Wire; copy: Baltic Daily); Belaruski Hajun (Minsk Monitor)': one group per original
    document with the sources it cites, its copies under it. One outlet's reports that follow each other citing the
    same sources, none with a copy, are one group: "Institute for the Study of War (…, also 2 October 2022, 3 October
    2022)" — the outlet named once, each later report by its day."""
    groups: dict[str, tuple[list[str], dict[str, Report]]] = {}
    for r in reports:
        sources, docs = groups.setdefault(r.copy_of or r.document_id, ([], {}))
        if _cited(r):
            add_source(sources, r.source)
        docs.setdefault(r.document_id, r)
    merged: list[tuple[list[str], Report, list[Report], list[Report]]] = []   # sources, main, same-outlet, copies
    for original, (sources, docs) in groups.items():
        main = docs.get(original) or next(iter(docs.values()))
        copies = [c for c in docs.values() if c is not main]
        prev = merged[-1] if merged else None
        if prev is not None and not copies and not prev[3] and not main.copy_of and not prev[1].copy_of \
                and prev[0] == sources and prev[1].outlet == main.outlet:
            prev[2].append(main)
            continue
        merged.append((sources, main, [], copies))
    spans: list[Span] = []
    for sources, main, later, copies in merged:
        if spans:
            spans.append(Span("; "))
        outlets = [_ref(main)]
        for i, r in enumerate(later):
            outlets += [Span(", also " if i == 0 else ", "), _ref(r, day_phrase(r.day))]
        for c in copies:
            outlets += [Span("; copy: "), _ref(c)]
        if main.copy_of:
            outlets.append(Span(", a copy"))
        spans += [Span(f"{_and(sources)} ("), *outlets, Span(")")] if sources else outlets
    return spans


# --------------------------------------------------------------------------- the sections

def _development(d: Development) -> Item:
    first = d.reports[0]
    lines: list[Line] = []
    for f in d.figures:
        lines.append((Span("Figure: "), *_figure_spans(f, subject=True, when=f.when != d.when)))
    lines.append((Span("According to: "), *_groups(d.reports)))
    lines.append((Span(closed_up(first.evidence), quote=True), Span(" — "), _ref(first)))
    return Item((Span(development_head(d), first.link, f"{first.outlet}, {day_phrase(first.day)}"),), tuple(lines))


def _storyline(i: int, s: Storyline) -> Block:
    meta = count(s.reports, "report")
    if s.independent != s.reports:
        meta += f" ({s.independent:,} independent)"
    meta += f" from {count(s.outlets, 'outlet')}"
    if s.earlier:
        meta += f"; first reported {day_phrase(s.earlier[0].day)}"
    return Block(f"{i}. {storyline_title(s)}", meta, tuple(_development(d) for d in s.developments))


def _change(c: Change) -> Item:
    if c.kind == "sources":
        st = c.storyline
        head = f"{storyline_title(st)}: {count(len(c.new_reports), 'new source')}"
        first = c.new_reports[0]
        earlier = c.earlier_reports
        return Item((Span(head, first.link, f"{first.outlet}, {day_phrase(first.day)}"),), (
            (Span("New: "), *_groups(c.new_reports)),
            (Span("Reported before by: "), *_groups(earlier), Span(f", first on {day_phrase(earlier[0].day)}")),
        ))
    if c.kind == "status":
        head = f"{c.subject}: {c.old_status} → {c.new_status}"
    else:
        head = f"{c.subject}: {'a new figure' if len(c.after) == 1 else 'new figures'} ({c.new_status})"
    first = c.after[0].report
    lines = [(Span("Before: "), *_figure_spans(f, subject=False, when=True)) for f in c.before]
    lines += [(Span("Now: "), *_figure_spans(f, subject=False, when=True)) for f in c.after]
    return Item((Span(head, first.link, f"{first.outlet}, {day_phrase(first.day)}"),), tuple(lines))


def _contradiction(c: Contradiction) -> Item:
    wa, wb = when_phrase(c.a.when), when_phrase(c.b.when)
    head = f"{c.subject}, {c.status}" + (f", {wa}" if wa and wa == wb else "")
    head += f": {c.a.figure} and {c.b.figure} cannot both be true"
    lines = []
    for f, w in ((c.a, wa), (c.b, wb)):
        spans = _figure_spans(f, subject=False, when=wa != wb)
        lines.append((*spans, Span(": "), Span(closed_up(f.report.evidence), quote=True)))
    return Item((Span(head, c.a.report.link, f"{c.a.report.outlet}, {day_phrase(c.a.report.day)}"),), tuple(lines))


def compose(b: Briefing) -> Layout:
    """The briefing's wording, in sections: developments, changes since the last briefing, contradictions."""
    period = period_phrase(b.since, b.date)
    total = len(b.storylines) + b.more_storylines
    if b.documents:
        first = f"Reports published {period}: {count(b.documents, 'document')} from {count(b.outlets, 'outlet')}"
        if b.copies:
            first += f", including {count(b.copies, 'copy', 'copies')}"
        first += f", in {count(total, 'storyline')}." if total else "."
    else:
        first = f"No reports published {period}."
    intro = [first, f"Last briefing: {day_phrase(b.previous)}." if b.previous else "No earlier briefing sent."]
    if b.unlisted:
        intro.append(f"{count(b.unlisted, 'event')} without a date or place {'is' if b.unlisted == 1 else 'are'} "
                     "not listed.")
    if b.background:
        intro.append(f"{count(b.background, 'event')} dated before {day_phrase(b.background_before)} "
                     f"{'is' if b.background == 1 else 'are'} background, not listed.")
    if b.not_happening:
        intro.append(f"{count(b.not_happening, 'event')} reported as not happening or only possible "
                     f"{'is' if b.not_happening == 1 else 'are'} not listed.")
    if b.more_storylines:
        intro.append(f"{count(b.more_storylines, 'smaller storyline')} not listed.")
    sections = []
    if b.storylines:
        blocks = tuple(_storyline(i, s) for i, s in enumerate(b.storylines, 1))
        sections.append(Section("developments", "Developments", (), blocks))
    if b.earlier_documents:
        ch_intro = [f"Compared with {count(b.earlier_documents, 'report')} published before {day_phrase(b.since)}."]
        if not b.changes:
            ch_intro.append("No new figures, status changes or new sources on earlier stories.")
    else:
        ch_intro = [f"No reports published before {day_phrase(b.since)} to compare with."]
    changes = (Block(None, None, tuple(_change(c) for c in b.changes)),) if b.changes else ()
    sections.append(Section("changes", "Changed since the last briefing", tuple(ch_intro), changes))
    conflicts = (Block(None, None, tuple(_contradiction(c) for c in b.contradictions)),) if b.contradictions else ()
    sections.append(Section("contradictions", "Doesn't add up",
                            () if conflicts else ("No contradicting figures among these reports.",), conflicts))
    return Layout(f"sitroom briefing: {day_phrase(b.date)}", tuple(intro), tuple(sections))
