"""Attribution: who says so. Every stretch of reported content gets its source ("according to whom").

    attributions = find_attributions(doc)                      # spaCy Doc of the whole document
    att = source_for(attributions, trigger_start, trigger_end)  # innermost attribution over an event trigger

Cues recognised (all general news English, read off the dependency parse):
- reporting verbs with a subject — said, announced, reported, stated, told, confirmed, added, noted, wrote, posted,
  claimed, insisted, alleged, accused (… of), denied, warned, threatened, vowed, ordered, instructed, directed …
  (lexicon: ``data/en/attribution.json``). Scope: the that-clause / bare clause ("X said that CLAUSE",
  "X said CLAUSE"), the infinitive ("X threatened to strike", "X told troops to hold" — an order, kind "order"),
  the of-complement ("X accused Y of shelling"), the object noun ("X announced the evacuation"), a split or
  direct quote ("'…,' X said", "X said: '…'"; kind "direct");
- passives with a by-agent — "was reported by X", "have been posted by X", "was given by X as …" (kind "passive");
- "according to X" — scope is the clause on the other side of the phrase (kind "according_to");
- "citing X" next to a reporting verb — "Reuters reported, citing the ministry, that …": source the ministry,
  carrier Reuters (kind "citing");
- message nouns as subjects — "the message reads", "the post said": the source is the last poster/channel
  mentioned before ("X posted … on Telegram"); "a statement from X said" → X.
Pronoun and short-form sources ("he", "she", "it", "they", "the ministry", "the dictator", "officials") take
the last fitting named source before them (a person for he/she, a group for it/they/role nouns); the entity keeps
``text`` as written and carries the antecedent's canonical ``name``. Text outside every scope is the outlet's
own voice: ``source_for`` returns None there.

``source_for`` when the trigger *is* a cue ("X announced …", trigger "announced"): the reporting act is the
speaker's own act, told in the outlet's voice; it returns an Attribution of kind "self" whose source is the
speaker (scope = the cue word). Modality then treats it as asserted, except threat cues ("warned", "threatened").
"""
from __future__ import annotations

from typing import Callable, Sequence

from spacy.tokens import Doc

from sitroom.analyze._spans import SpanIndex
from sitroom.analyze.attribution._cues import Cue, poster_subjects, sentence_cues, speaker_lines
from sitroom.analyze.attribution._sources import SourceBook, default_resolver
from sitroom.model import Attribution, Entity

__all__ = ["Attributions", "find_attributions", "source_for"]

_KIND_RANK = {"citing": 0, "according_to": 1, "passive": 2, "direct": 3, "indirect": 4, "order": 5}


class Attributions(list):
    """The attributions of one document (a list), indexed by cue and scope offsets on first lookup so that
    `source_for` costs O(log n) per event instead of a scan of the whole document's attributions."""

    _index: tuple[int, SpanIndex, SpanIndex] | None = None

    def indexes(self) -> tuple[SpanIndex, SpanIndex]:
        if self._index is None or self._index[0] != len(self):
            self._index = (len(self), SpanIndex(self, lambda a: (a.cue_start, a.cue_end)),
                           SpanIndex(self, lambda a: (a.scope_start, a.scope_end)))
        return self._index[1], self._index[2]


def find_attributions(doc: Doc, resolve_entity: Callable[[str, int], Entity | None] | None = None
                      ) -> Attributions:
    """All attributions of a document, in document order. `resolve_entity(text, start)` names sources."""
    resolve = resolve_entity if resolve_entity is not None else default_resolver(doc)
    book = SourceBook(doc, resolve)
    out = Attributions()
    turns = speaker_lines(doc)
    k = 0
    for sent in doc.sents:
        cues = sentence_cues(sent)
        while k < len(turns) and turns[k][0].cue_start < sent.end_char:
            turn, host = turns[k]
            k += 1
            cues = [c for c in cues if c.cue_start != turn.cue_start]
            # the speaker is not noted as a mention ("LIS: … it counted" is no antecedent); a host is the outlet
            speaker = None if host else book.entity(*turn.source)
            out.append(Attribution(source=speaker, cue=turn.cue, cue_start=turn.cue_start, cue_end=turn.cue_end,
                                   scope_start=turn.scope[0], scope_end=turn.scope[1], kind="turn"))
        for cue in sorted(cues, key=lambda c: c.cue_start):
            att = _attribution(book, cue)
            if att is not None:
                out.append(att)
        for s, e in poster_subjects(sent):
            book.note(book.entity(s, e), poster=True)
    return out


def _attribution(book: SourceBook, cue: Cue) -> Attribution | None:
    if cue.source is not None:
        source = book.entity(*cue.source)
    elif cue.last_poster:
        source = book.last_poster
    else:
        source = None
    carrier = book.entity(*cue.carrier) if cue.carrier is not None else None
    if source is None and carrier is None:
        return None
    if source is not None and cue.source is not None:
        book.note(source)
    s, e = cue.scope
    return Attribution(source=source, cue=cue.cue, cue_start=cue.cue_start, cue_end=cue.cue_end,
                       scope_start=s, scope_end=e, carrier=carrier, kind=cue.kind)


def source_for(attributions: Sequence[Attribution], start: int, end: int) -> Attribution | None:
    """The innermost attribution whose scope covers [start, end); a trigger that is itself a cue → kind "self"."""
    by_cue, by_scope = (attributions if isinstance(attributions, Attributions) else Attributions(attributions)).indexes()
    for a in by_cue.covering(start, end):
        if a.cue_start <= start and end <= a.cue_end and a.kind != "according_to":
            speaker = a.carrier if a.kind == "citing" and a.carrier is not None else a.source
            return Attribution(source=speaker, cue=a.cue, cue_start=a.cue_start, cue_end=a.cue_end,
                               scope_start=a.cue_start, scope_end=a.cue_end, kind="self")
    best: Attribution | None = None
    for a in by_scope.covering(start, end):
        if best is None or _narrower(a, best):
            best = a
    return best


def _narrower(a: Attribution, b: Attribution) -> bool:
    wa, wb = a.scope_end - a.scope_start, b.scope_end - b.scope_start
    if wa != wb:
        return wa < wb
    return _KIND_RANK.get(a.kind, 9) < _KIND_RANK.get(b.kind, 9)
