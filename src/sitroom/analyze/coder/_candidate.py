"""A coded event before its arguments are read: the `Candidate`, and the argument heads its rules look at."""
from __future__ import annotations

from dataclasses import dataclass, field

from sitroom.analyze.coder._lexicon import TriggerRule
from sitroom.lexicon import word_set

__all__ = ["Candidate", "arg_heads", "expand", "SUBJ", "OBJ"]

SUBJ = ("nsubj", "nsubjpass", "csubj")
OBJ = ("dobj", "obj", "attr", "oprd")
# "trains carrying Russian servicemen", "trucks transporting troops": a vehicle stands for what it carries
CARRY_VERBS = word_set("en/coder.json", "carry_verbs")


@dataclass
class Candidate:
    tok: object                      # the trigger token
    rule: TriggerRule | None
    type: str
    mode: str | None
    cue: str
    governor: object = None          # verb whose subject is the actor (support verb, "X said Y must")
    absorbed: bool = False           # folded into another event (content of a verbal act, undone object)
    negated: bool = False
    content: list = field(default_factory=list)   # candidates folded into this one

    @property
    def flags(self) -> frozenset[str]:
        return self.rule.flags if self.rule else frozenset()


# ------------------------------------------------------------------ argument heads used by the conditions
def expand(tok) -> list:
    out = [tok]
    out += [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod")]
    out += [c for c in tok.children if c.dep_ == "conj"]
    for c in tok.children:           # "thousands of troops", "a unit of soldiers"
        if c.dep_ == "prep" and c.lower_ == "of":
            out += [g for g in c.children if g.dep_ == "pobj"]
        elif c.dep_ == "acl" and c.lemma_.lower() in CARRY_VERBS:
            out += [g for g in c.children if g.dep_ in ("dobj", "obj")]
    return out


def arg_heads(tok) -> list:
    """Nominal heads around a trigger: subjects, objects, agents, of-complements, the noun an -ing modifies."""
    heads = []
    for c in tok.children:
        if c.dep_ in SUBJ + OBJ + ("poss", "compound", "amod", "nmod", "npadvmod"):
            heads.append(c)
        elif c.dep_ in ("agent", "prep"):
            heads += [g for g in c.children if g.dep_ == "pobj"]
    if tok.dep_ in ("acl", "relcl", "amod"):
        heads.append(tok.head)
    if tok.dep_ in ("xcomp", "conj") and tok.head.pos_ in ("VERB", "AUX"):
        heads += [c for c in tok.head.children if c.dep_ in SUBJ + OBJ]
    if tok.dep_ in OBJ + ("nsubjpass", "pobj") and tok.pos_ in ("NOUN", "PROPN"):
        gov = tok.head.head if tok.dep_ == "pobj" else tok.head
        heads += [c for c in gov.children if c.dep_ in ("nsubj",)]
    out = []
    for h in heads:
        out += expand(h)
    return out
