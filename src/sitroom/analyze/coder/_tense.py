"""Tense and negation of a coded event (PLOVER manual, AGREE and THREATEN sections).

Announced cooperation ("will provide aid") is AGREE, announced coercion ("will impose a curfew") is THREATEN,
"will not accept" is REJECT, "will withdraw ... unless" is THREATEN; "did not attack", "none of ... have
deployed", "no ... threat" are negated.
"""
from __future__ import annotations

from sitroom.analyze.coder._candidate import Candidate
from sitroom.analyze.coder._lexicon import COOPERATIVE, CoderLexicon
from sitroom.lexicon import word_set

__all__ = ["CONTENT_MODES", "THREAT_MODE_BY_COERCE", "apply_tense", "negated", "negated_head", "has_future"]

NEG_SUBJECTS = word_set("en/common.json", "negative_subjects")
CONTENT_MODES = {  # THREATEN mode from the threatened act; REQUEST/REJECT mode from the asked/refused act
    "THREATEN": {"ASSAULT": "violence", "MOBILIZE": "violence", "SANCTION": "relations", "COERCE": "restrict",
                 "PROTEST": "restrict"},
    "REQUEST": {"AID": "assist", "COOPERATE": "assist", "SUPPORT": "assist", "CONSULT": "meet", "AGREE": "meet",
                "RETREAT": "yield", "CONCEDE": "yield"},
}
CONTENT_MODES["REJECT"] = CONTENT_MODES["REQUEST"]
THREAT_MODE_BY_COERCE = {"arrest": "arrest", "deport": "expel", "curfew": "restrict", "martial-law": "restrict"}
FUTURE_TO_AGREE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})
FUTURE_TO_THREATEN = frozenset({"SANCTION", "COERCE", "ASSAULT", "PROTEST"})


def _has_future(tok, lex: CoderLexicon) -> bool:
    t = tok
    for _ in range(3):
        kids = list(t.children)
        if any(k.dep_ == "aux" and lex.in_class("future", k.lower_) for k in kids):
            return not any(lex.in_class("hedge", k.lower_) for k in kids)
        if t.dep_ in ("xcomp", "conj") and t.head.pos_ == "VERB":
            if t.dep_ == "xcomp" and t.head.lemma_ in word_set("en/coder.json", "intent_governors"):
                return True
            t = t.head
            continue
        break
    return False


def _unless(tok) -> bool:
    """A condition put on the other side ("will withdraw ... unless the president arranges a ceasefire")."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children)
               for c in tok.children)


def _negated(tok) -> bool:
    kids = list(tok.children)
    if any(k.dep_ == "neg" for k in kids):
        return True
    for k in kids:
        if k.dep_ in ("nsubj", "nsubjpass") and (k.lower_ in NEG_SUBJECTS or any(
                d.dep_ == "det" and d.lower_ == "no" or d.dep_ in ("nmod", "quantmod", "amod") and d.lower_ in NEG_SUBJECTS
                for d in k.children)):
            return True
        if k.dep_ == "det" and k.lower_ == "no" and tok.pos_ in ("NOUN", "PROPN"):
            return True
    if tok.dep_ in ("xcomp", "conj") and tok.head.pos_ in ("VERB", "AUX"):
        return _negated_head(tok.head)
    return False


def _negated_head(tok) -> bool:
    return any(k.dep_ == "neg" for k in tok.children) or any(
        k.dep_ in ("nsubj", "nsubjpass") and k.lower_ in NEG_SUBJECTS for k in tok.children)


def apply_tense(c: Candidate, lex: CoderLexicon) -> None:
    """Retype a candidate announced in the future tense (in place)."""
    verb = c.tok if c.rule is not None and c.rule.kind == "verb" else c.governor
    if verb is None or c.rule is None:
        return
    if _has_future(verb, lex) and _unless(verb) and c.type not in ("THREATEN", "REQUEST"):
        c.cue += "+future_unless->THREATEN"
        c.type, c.mode = "THREATEN", None
    elif _has_future(verb, lex):
        if c.negated and c.type in COOPERATIVE:
            c.type, c.negated = "REJECT", False
            c.cue += "+future_negated->REJECT"
        elif c.type in FUTURE_TO_AGREE:
            c.cue += f"+future->AGREE"
            c.type, c.mode = "AGREE", None
        elif c.type == "RETREAT":
            c.cue += "+future->CONCEDE"
            c.type = "CONCEDE"
        elif c.type in FUTURE_TO_THREATEN:
            mode = CONTENT_MODES["THREATEN"].get(c.type)
            if c.type == "COERCE":
                mode = THREAT_MODE_BY_COERCE.get(c.mode or "", "restrict")
            c.cue += "+future->THREATEN"
            c.type, c.mode = "THREATEN", mode


has_future = _has_future
negated = _negated
negated_head = _negated_head
