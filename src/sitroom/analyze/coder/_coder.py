"""PLOVER event coder: events of a parsed document as `EventMention`s.

    mentions = code_events(doc)                       # doc: spaCy Doc of a whole document
    mentions = code_events(doc, actors, places)       # with the document's ActorResolver / PlaceResolver
    main = main_event(mentions, doc)                  # the event of a sentence's main clause

Every mention says why it has its type (`cue`, e.g. "verb:deploy->MOBILIZE",
"noun:arrival->MOBILIZE", "verb:threaten->THREATEN", "order>verb:deploy->MOBILIZE",
"verb:lift+noun:curfew->CONCEDE", "verb:send->AID+future->AGREE"). Reporting verbs (said, announced) are
not events; what they report is. An event is kept only in a political context: a known actor or recipient
(country, sector or name), armed forces, officials or crowds among its arguments, or a trigger that is
political by itself (an invasion, a ceasefire, sanctions) - so weather, sport, markets and page furniture
give nothing.
"""
from __future__ import annotations

from sitroom.analyze.coder.args import HOSTLESS_TYPES, ArgContext, event_arguments
from sitroom.analyze.coder._hazard import is_disaster
from sitroom.analyze.coder._lexicon import CoderLexicon, coder_lexicon
from sitroom.analyze.coder._rules import Candidate, arg_heads, find_candidates, subject_heads
from sitroom.lexicon import word_set
from sitroom.model import Entity, EventMention

__all__ = ["code_events", "code_sentence", "main_event"]

VERBAL = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"})
ASSAULT_MODE_ORDER = ("unconventional", "suicide-attack", "drone", "aerial", "heavy-weapons", "explosives",
                      "firearms", "primitive", "crowd-control", "abduct", "torture", "sexual", "targeted", "beat",
                      "destroy")


def _mobilize_mode(c: Candidate, lex: CoderLexicon) -> str:
    heads = arg_heads(c.tok) + [c.tok]
    lemmas = {h.lemma_.lower() for h in heads} | {h.lower_ for h in heads}
    if lemmas & lex.classes.get("police", frozenset()) and not lemmas & lex.classes.get("weapons", frozenset()):
        if lemmas & word_set("en/coder.json", "police_nouns"):
            return "police"
    if lemmas & lex.classes.get("militia", frozenset()):
        return "militia"
    personnel = lex.classes.get("military", frozenset()) - lex.classes.get("weapons", frozenset())
    if lemmas & lex.classes.get("weapons", frozenset()) and not lemmas & personnel:
        return "weapons"
    return "troops"


def _assault_mode(c: Candidate, sent, lex: CoderLexicon) -> str | None:
    modes = lex.modes_of()
    words = {t.lemma_.lower() for t in sent} | {t.lower_ for t in sent}
    for name in ASSAULT_MODE_ORDER:
        if words & modes.get(name, frozenset()):
            return name
    return None


def _political_context(c: Candidate, actor, recipient, location, lex: CoderLexicon) -> bool:
    if any(e is not None and (e.country or e.sector or e.name) for e in (actor, recipient)):
        return True
    if location is not None and location.country and c.type not in HOSTLESS_TYPES:
        return True         # "an airstrike in Rafah", "lifted a curfew in Montenegro": done in a known state
    if c.rule is not None and "bare" in c.flags:
        return True
    heads = arg_heads(c.tok)
    if c.governor is not None:
        heads += arg_heads(c.governor)
    for cls in ("military", "police", "political", "crowd"):
        if any(lex.in_class(cls, h.lemma_) or lex.in_class(cls, h.lower_) for h in heads):
            return True
    if any(h.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") for h in heads):
        return True
    # a verbal act by "it"/"they" in a sentence about named states or organisations
    subj = [h for h in heads if h.dep_ in ("nsubj", "nsubjpass") and h.pos_ == "PRON"]
    return bool(subj) and c.type in VERBAL and any(
        t.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") for t in c.tok.sent)


def code_sentence(sent, ctx: ArgContext, lex: CoderLexicon | None = None) -> list[EventMention]:
    """Events of one sentence (a spaCy Span) with the document's argument context."""
    lex = lex or coder_lexicon()
    resolve = ctx.resolved if ctx.actors is not None else None
    out = []
    for c in find_candidates(sent, lex, resolve):
        if c.absorbed or is_disaster(c.tok, c.type, lex):     # a flood or an accident, not an attack
            continue
        actor, recipient, location = event_arguments(c, ctx, lex)
        if not _political_context(c, actor, recipient, location, lex):
            continue
        mode = c.mode
        if c.type == "MOBILIZE" and c.rule is not None and c.rule.type == "MOBILIZE":
            mode = _mobilize_mode(c, lex)
        elif c.type == "ASSAULT" and mode is None:
            mode = _assault_mode(c, sent, lex)
        cue = c.cue if c.type != "MOBILIZE" else f"{c.cue}({mode})"
        etype = c.type
        if etype == "ASSAULT" and any(lex.in_class("rioters", h.lemma_.lower()) or lex.in_class("rioters", h.lower_)
                                      for h in subject_heads(c.tok)):
            # "rioters torched cars", "protesters clash with police"
            etype, mode, cue = "PROTEST", "riot", f"{cue}>riot"
            if actor is not None and not actor.country and actor.sector in (None, "CIV") and location is not None \
                    and location.country:     # a crowd with no nationality of its own is the place's
                actor = Entity(actor.text, actor.name, location.country, actor.sector, actor.start, actor.end)
        tok = c.tok
        out.append(EventMention(
            type=etype, trigger=tok.text, trigger_start=tok.idx, trigger_end=tok.idx + len(tok.text),
            sentence_start=sent.start_char, sentence_end=sent.end_char, mode=mode, actor=actor,
            recipient=recipient, location=location, cue=cue, negated=c.negated,
        ))
    return out


def code_events(doc, actors=None, places=None) -> list[EventMention]:
    """PLOVER events of a whole parsed document, in text order.

    `actors` / `places` resolve spans to `Entity` / `Place` (`.resolve_span(span)`, `.resolve_text(text, start)`);
    when None, the project's `ActorResolver(doc)` / `PlaceResolver(doc)` are used.
    """
    from sitroom.analyze.actors import ActorResolver      # the resolvers load dictionaries: only when needed
    from sitroom.analyze.places import PlaceResolver

    if actors is None:
        actors = ActorResolver(doc)
    if places is None:
        places = PlaceResolver(doc)
    ctx = ArgContext(doc, actors, places)
    lex = coder_lexicon()
    out: list[EventMention] = []
    for sent in doc.sents:
        out += code_sentence(sent, ctx, lex)
    return sorted(out, key=lambda m: m.trigger_start)


def _depth(tok) -> int:
    d = 0
    while tok.head.i != tok.i and d < 60:
        tok, d = tok.head, d + 1
    return d


def main_event(mentions: list[EventMention], doc, sentence_start: int | None = None) -> EventMention | None:
    """The event of the main clause: the trigger closest to the sentence root, then the first one.
    Chosen from the parse only (used by the benchmark without looking at any gold label)."""
    pool = [m for m in mentions if sentence_start is None or m.sentence_start == sentence_start]
    if not pool:
        return None

    def key(m: EventMention):
        span = doc.char_span(m.trigger_start, m.trigger_end, alignment_mode="expand")
        return (_depth(span.root) if span is not None else 99, m.trigger_start)
    return min(pool, key=key)
