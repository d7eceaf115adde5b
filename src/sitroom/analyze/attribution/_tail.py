"""The speaker named after the content: 'CONTENT, says the Pentagon.', 'CONTENT, said a spokesman for the ministry
on Tuesday.', 'Kherson: 12 dead after shelling, says governor'. News copy and headlines put the reporting verb
right after a comma and the speaker after it; the parser often reads such a sentence wrongly (the verb as a
conjunct with the speaker as its object, the first noun of the sentence as its subject). The rule is on the
surface: a reporting verb after a comma, followed by a noun phrase up to the end of the sentence (only a
preposition phrase or a date may follow it, no other verb) speaks everything before the comma. A cue the parse
found on the same verb with another speaker gives way; a 'Place: …' or 'Source: …' opening whose scope holds the
trailing cue is no speaker ('Kherson:' is a dateline, the governor speaks)."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from sitroom.analyze.attribution._cues import _ADDRESSEE_VERBS, _INFERENCE_VERBS, Cue, _kind, tok_end, trimmed
from sitroom.analyze.voices import QUOTES, cue_class

_BEFORE = {",", "—", "–"}
_SOURCE_POS = {"DET", "PROPN", "NOUN", "ADJ", "NUM", "PRON"}
_NAME_PREPS = {"of", "for"}                 # "a spokesman for the ministry", "the head of the regional council"
_FINITE = {"VBD", "VBZ", "VBP", "MD"}


def _source_after(sent: Span, verb: Token) -> tuple[int, int] | None:
    """The noun phrase after an inverted reporting verb when the sentence ends with it (and its modifiers)."""
    doc = sent.doc
    toks = [t for t in doc[verb.i + 1:sent.end]]
    while toks and (toks[-1].is_punct or toks[-1].text in QUOTES or toks[-1].is_space):
        toks.pop()
    if not toks or toks[0].pos_ not in _SOURCE_POS or toks[0].ent_type_ in ("DATE", "TIME"):
        return None
    name: list[Token] = []
    for k, t in enumerate(toks):
        if t.pos_ in ("VERB", "AUX"):
            return None                     # "…, claimed its fighters killed over 100": a clause, not a speaker
        if t.text == "," or t.ent_type_ in ("DATE", "TIME") or (
                t.pos_ in ("ADP", "SCONJ") and t.lower_ not in _NAME_PREPS):
            if any(x.tag_ in _FINITE for x in toks[k:]):
                return None                 # "The attack, said the minister, killed 12": no tail
            break
        name.append(t)
    if not name or not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in name):
        return None
    if name[0].pos_ == "PRON" and len(name) == 1 and name[0].lower_ not in ("he", "she", "they", "it"):
        return None
    return trimmed(doc, name[0].idx, tok_end(name[-1]))


def _phrase_after_name(sent: Span, end: int) -> bool:
    """The name of a trailing speaker stops at `end` before a preposition phrase or a date ('at a briefing', 'on
    Tuesday'), not before a comma (an apposition may still name the speaker) nor before 'in' ('officials in
    Washington': the seat names whose officials)."""
    nxt = next((t for t in sent if t.idx >= end and not t.is_space), None)
    return nxt is not None and (nxt.ent_type_ in ("DATE", "TIME") or (
        nxt.pos_ in ("ADP", "SCONJ") and nxt.lower_ not in _NAME_PREPS | {"in"}))


def tail_cues(sent: Span, cues: list[Cue]) -> list[Cue]:
    """`cues` (of `sent`) with the trailing inverted cue added or corrected (see the module docstring)."""
    doc = sent.doc
    for verb in reversed(sent):
        if verb.i == sent.start or doc[verb.i - 1].text not in _BEFORE or verb.lower_.endswith("ing"):
            continue
        # a verb whose object is the listener is never inverted: '…, Dr. Anna Weiss, told the Daily Post.'
        if cue_class(verb.lower_) is None or verb.lemma_.lower() in _INFERENCE_VERBS | _ADDRESSEE_VERBS \
                or verb.pos_ not in ("VERB", "AUX", "NOUN", "PROPN"):
            continue
        src = _source_after(sent, verb)
        if src is None:
            continue
        scope = trimmed(doc, sent.start_char, doc[verb.i - 1].idx)
        if scope[1] <= scope[0]:
            return cues
        own = next((c for c in cues if c.cue_start == verb.idx), None)
        if own is not None and own.source is not None and own.source[0] < src[1] and src[0] < own.source[1]:
            if own.source[1] > src[1] and _phrase_after_name(sent, src[1]):
                # the parse's speaker runs on into where or when it spoke ("…, said a spokesman for the regional
                # administration at a briefing"): the speaker is the name alone
                kept = [c for c in cues if c is not own]
                return sorted(kept + [replace(own, source=(own.source[0], src[1]))], key=lambda c: c.cue_start)
            return cues                     # the parse found this speaker (maybe with a fuller name)
        tail = Cue(verb.idx, tok_end(verb), verb.text, scope, src, _kind(doc, scope), verb.i,
                   stance=cue_class(verb.lower_) or "neutral")
        kept = [c for c in cues if c is not own and not (
            c.cue == ":" and c.cue_start < verb.idx and c.scope[0] <= verb.idx < c.scope[1])]
        return sorted(kept + [tail], key=lambda c: c.cue_start)
    return cues
