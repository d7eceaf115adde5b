"""Attach dates, figures, sources and modality to the coder's event mentions.

Each rule here is about news syntax, not about any one article:
- an event takes the calendar date nearest to its trigger in the dependency tree of its sentence;
- a date inside a "since / until / before / after / as of" phrase that does not contain the trigger gives the event
  that relation ("accusations have been heard since the invasion, which began on Feb. 24" → since 2022-02-24), while an
  event inside that phrase ("the invasion … began on Feb. 24") stands *on* the date;
- a sentence with no date of its own continues the narrative date of the paragraph (the previous dated sentence);
- a figure belongs to the event whose trigger is nearest to it in the tree.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import Sequence

from spacy.tokens import Doc, Span, Token

from sitroom import timeml
from sitroom.lexicon import load_json
from sitroom.model import Attribution, EventDate, EventMention, Quantity, Timex
from sitroom.nlp import list_item

_RELATION_WORDS = load_json("en/timex.json")["relation_words"]
_CALENDAR_TYPES = {"DATE", "TIME"}


def is_calendar(t: Timex) -> bool:
    """A date that names calendar time (2022-10-23, 2022-W42, XXXX-10-23), not a duration, set or vague reference."""
    return t.type in _CALENDAR_TYPES and len(t.value) >= 4 and (t.value[:4].isdigit() or t.value.startswith("XXXX-"))


def precision_of(t: Timex) -> str | None:
    return t.precision or timeml.precision_of(t.value)


def token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def span_head(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def tree_distance(a: Token, b: Token) -> int:
    """Number of dependency edges between two tokens of one sentence (large when in different sentences)."""
    if a.sent.start != b.sent.start:
        return 10_000
    up_a = {a.i: 0}
    d, t = 0, a
    while t.head.i != t.i:
        d += 1
        t = t.head
        up_a[t.i] = d
    d, t = 0, b
    while t.i not in up_a:
        if t.head.i == t.i:
            return 10_000
        d += 1
        t = t.head
    return d + up_a[t.i]


def scoped_relation(timex_head: Token, trigger: Token, default: str) -> str:
    """Relation given by a temporal preposition governing the date but not the event ("since X, which began on D")."""
    t = timex_head
    while t.head.i != t.i:
        t = t.head
        word = t.lower_
        if word in _RELATION_WORDS and t.dep_ in ("prep", "mark", "advmod"):
            if trigger not in t.subtree:
                return _RELATION_WORDS[word]
            return default
        if t.i == trigger.i or trigger in t.ancestors and t.pos_ == "VERB" and t.dep_ in ("ROOT", "ccomp"):
            break
    return default


def clause_head(tok: Token) -> Token:
    """The verb (or auxiliary) heading the clause a token stands in: the token itself when it is one."""
    t = tok
    while t.pos_ not in ("VERB", "AUX") and t.head.i != t.i:
        t = t.head
    return t if t.pos_ in ("VERB", "AUX") else tok


def choose_date(doc: Doc, trigger: Token, timexes: Sequence[Timex], *, own_clause: bool = False
                ) -> EventDate | None:
    """Nearest calendar date in the trigger's sentence, with its relation. With `own_clause`, a date of a clause
    coordinated with the trigger's, which has a verb of its own, dates that clause, not the trigger's ("about 3,000
    had arrived, and the number would grow to 10,000 by December": not the 3,000): it is taken only when no other
    date is near; of two dates as near in the tree, the one nearer in the text."""
    best: tuple[float, Timex, Token] | None = None
    clause = clause_head(trigger)
    other = {t.i for c in clause.children if own_clause and c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
             for t in c.subtree}
    for t in timexes:
        head = span_head(doc, t.start, t.end)
        if head is None:
            continue
        # a date inside the trigger's own clause beats an equally near one on a governing (e.g. reporting) verb
        d = tree_distance(trigger, head) + (0.5 if head.i in other or head not in clause.subtree else 0) \
            + (100 if head.i in other else 0) + (abs(head.i - trigger.i) / 1000 if own_clause else 0)   # a tie: nearer
        if best is None or d < best[0]:
            best = (d, t, head)
    if best is None:
        return None
    _, t, head = best
    relation = t.relation if t.relation != "on" else scoped_relation(head, trigger, "on")
    return EventDate(value=t.value, text=t.text, precision=precision_of(t), relation=relation, mod=t.mod)


def attach_quantities(doc: Doc, mentions: Sequence[EventMention], quantities: Sequence[Quantity]
                      ) -> dict[int, list[Quantity]]:
    """Map mention index → its figures: each figure goes to the nearest trigger of its sentence."""
    out: dict[int, list[Quantity]] = {}
    by_sent: dict[int, list[tuple[int, Token]]] = {}
    for i, m in enumerate(mentions):
        trg = token_at(doc, m.trigger_start)
        if trg is not None:
            by_sent.setdefault(trg.sent.start, []).append((i, trg))
    for q in quantities:
        qh = span_head(doc, q.unit_start, q.unit_end) if q.unit_start is not None else None
        qh = qh or span_head(doc, q.start, q.end)
        if qh is None:
            continue
        scored = [(tree_distance(trg, qh), i) for i, trg in by_sent.get(qh.sent.start, ())]
        scored = [s for s in scored if s[0] < 10_000]
        if scored:
            out.setdefault(min(scored)[1], []).append(q)
    return out


class NarrativeDates:
    """Per paragraph, the last date a dated sentence put on the timeline (for sentences with no date of their own)."""

    def __init__(self, text: str):
        self._breaks = [m.start() for m in re.finditer("\n", text)]

    def paragraph_of(self, char: int) -> int:
        return bisect_right(self._breaks, char)


class NarrativePlaces:
    """The last place of each (event type, actor country) in the narrative. An event with no place of its own
    continues it on the same line, and on the next lines within `reach` characters ("Russian troops arrived in
    Belarus on Sunday." / "The first echelons were reported on Oct. 15."), unless its sentence opens a list item:
    each item of a list (an analyst's key points, a live blog's lines) is its own report."""

    def __init__(self, text: str, lines: NarrativeDates, reach: int = 500):
        self.text, self.lines, self.reach = text, lines, reach
        self._last: dict[tuple, tuple[object, int, int]] = {}     # key -> (place, its line, end of its sentence)

    def get(self, key: tuple, start: int):
        held = self._last.get(key)
        if held is None:
            return None
        place, line, end = held
        if self.lines.paragraph_of(start) == line:
            return place
        if start - end > self.reach or list_item(self.text[start:start + 3]):
            return None
        return place

    def put(self, key: tuple, place, start: int, end: int) -> None:
        self._last[key] = (place, self.lines.paragraph_of(start), end)


def sentence_of(doc: Doc, char: int) -> Span | None:
    tok = token_at(doc, char)
    return tok.sent if tok is not None else None

