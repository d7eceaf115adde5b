"""Forces said to be somewhere: copular presence as a MOBILIZE event (the figure analysts track).

News English states where forces are without a movement verb:
- "about 4,300 Russian troops were present in Belarus"         (be + "present" + in PLACE)
- "thousands of Turkish troops are based in northern Iraq"     (passive "based/garrisoned/deployed" + in PLACE)
- "there are about 1,000 American troops in Syria"             (existential "there be" + forces + in PLACE)
Each is a MOBILIZE (mode troops) whose actor is the forces' own country and whose location is the PLACE; the
trigger is the predicate ("present", "based", "are") and the subject noun phrase is the candidate's governor, so
the location of "(thousands of) troops in Syria" is found on any of these words. Only armed forces qualify ("a newspaper based in Beirut",
"there are many people in the square" are not events).
"""
from __future__ import annotations

from sitroom.analyze.coder._lexicon import CoderLexicon, TriggerRule
from sitroom.analyze.coder._candidate import Candidate
from sitroom.lexicon import word_set

__all__ = ["presence_candidates"]

WHERE_PREPS = word_set("en/coder.json", "where_prepositions")
PRESENCE_ADJ = frozenset({"present"})
# passive participles that state where forces are kept (stationed/positioned/concentrated are lexicon verbs)
BASED_PARTICIPLES = word_set("en/coder.json", "based_participles")
_RULE = TriggerRule("verb", "be", (), "MOBILIZE", "troops", frozenset({"mil"}))


def _forces(tok, lex: CoderLexicon):
    """The armed-forces noun a subject/attribute names: "troops", "thousands of troops", "a contingent of"."""
    if tok is None:
        return None
    seen = [tok]
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            seen += [g for g in c.children if g.dep_ == "pobj"]
    for t in seen:
        if t.pos_ in ("NOUN", "PROPN") and (lex.in_class("military", t.lemma_) or lex.in_class("military", t.lower_)):
            return t
    return None


def _where(*toks) -> bool:
    """Whether one of the words has an "in/on/at/near PLACE" complement."""
    return any(c.dep_ == "prep" and c.lower_ in WHERE_PREPS and any(g.dep_ == "pobj" for g in c.children)
               for t in toks if t is not None for c in t.children)


def _child(tok, *deps):
    return next((c for c in tok.children if c.dep_ in deps), None)


def presence_candidates(sent, lex: CoderLexicon, taken: set[int]) -> list[Candidate]:
    out = []
    for t in sent:
        if t.i in taken:
            continue
        if t.lower_ in PRESENCE_ADJ and t.dep_ == "acomp" and t.head.lemma_ == "be":
            subj, cue = _child(t.head, "nsubj"), "copula:present->MOBILIZE"
        elif t.lemma_.lower() in BASED_PARTICIPLES and t.tag_ == "VBN" and _child(t, "auxpass") is not None:
            subj, cue = _child(t, "nsubjpass"), f"copula:{t.lemma_.lower()}->MOBILIZE"
        elif t.lemma_ == "be" and _child(t, "expl") is not None:
            subj, cue = _child(t, "attr", "nsubj"), "copula:there_be->MOBILIZE"
        else:
            continue
        forces = _forces(subj, lex)
        if forces is not None and _where(t, subj, forces):
            out.append(Candidate(t, _RULE, "MOBILIZE", "troops", cue, governor=subj))
    return out
