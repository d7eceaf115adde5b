"""Who did it: the token naming the actor of a coded event (see `coder_args` for the rules)."""
from __future__ import annotations

from sitroom.analyze.coder.args._context import STANCE_PARTICIPLES, ArgContext
from sitroom.analyze.coder.args._context import child as _child
from sitroom.analyze.coder.args._context import pobjs as _pobjs
from sitroom.analyze.coder._rules import OBJECT_CONTROL, Candidate
from sitroom.lexicon import word_set
from sitroom.model import Entity

__all__ = ["RECEIVER_VERBS", "subject_of", "noun_actor", "armed_actor", "acls", "misparsed_predicate", "undergone"]

STATEMENT_NOUNS = word_set("en/coder.json", "statement_nouns")
# "Putin cannot meet the demands of various groups": whoever meets, rejects or faces a demand, accusation or
# threat is its recipient, not its author
RECEIVER_VERBS = word_set("en/coder.json", "receiver_verbs")
RECEIVED_TYPES = frozenset({"REQUEST", "ACCUSE", "THREATEN", "REJECT"})
BOUND_POSSESSIVES = word_set("en/coder.json", "bound_possessives")

def subject_of(tok, depth: int = 0):
    """The token that names who does what tok says (see module docstring)."""
    if tok is None or depth > 6:
        return None
    root = misparsed_predicate(tok)
    if root is not None:
        return root
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children) or (
        tok.dep_ in ("acl",) and tok.tag_ == "VBN")
    if passive:
        agents = _pobjs(tok, ("by",))
        if not agents and tok.lemma_.lower() in STANCE_PARTICIPLES:
            return _child(tok, "nsubjpass")
        return agents[0] if agents else None
    s = _child(tok, "nsubj", "csubj", "expl")
    if s is not None and s.pos_ in ("VERB", "AUX") and _child(s, "nsubj") is not None:
        return _child(s, "nsubj")      # "The Red Cross operating in Iraq said": a reduced relative parsed as subject
    if s is not None and s.dep_ != "expl":
        return s
    if s is None and tok.dep_ in ("ROOT", "ccomp"):
        left = _left_subject(tok)
        if left is not None:
            return left
    if tok.dep_ == "xcomp":
        obj = _child(tok.head, "dobj", "obj")
        if tok.head.lemma_.lower() in OBJECT_CONTROL and obj is not None:
            return obj
        if tok.head.pos_ == "ADJ" or tok.head.lemma_ == "be":
            return subject_of(tok.head.head if tok.head.pos_ == "ADJ" else tok.head, depth + 1) \
                if _child(tok.head, "nsubj") is None else _child(tok.head, "nsubj")
        return subject_of(tok.head, depth + 1)
    if tok.dep_ in ("conj", "advcl") and tok.head.pos_ in ("VERB", "AUX"):
        return subject_of(tok.head, depth + 1)
    if tok.dep_ in ("acl", "relcl") and tok.tag_ == "VBG":
        if tok.head.lemma_.lower() in STATEMENT_NOUNS and tok.head.dep_ in ("dobj", "obj", "nsubj"):
            return subject_of(tok.head.head, depth + 1)     # "X issued a declaration demanding ..."
        return tok.head
    if tok.dep_ == "acomp":      # "Norway is opposed to ...": the copula's subject
        return subject_of(tok.head, depth + 1)
    if tok.dep_ == "pcomp":      # "by sending troops"
        return subject_of(tok.head.head, depth + 1)
    return None


def misparsed_predicate(tok):
    """"Doctors from two aid groups donated ... goods": the parser made the verb a modifier of a noun inside
    a verbless sentence's subject; the sentence's root noun is then its subject. So for a headline's
    to-infinitive parsed as a relative clause ("Poland, Lithuania to hold joint exercises")."""
    headline_future = tok.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    if tok.dep_ != "acl" and not headline_future or any(c.dep_ in ("auxpass", "agent") for c in tok.children):
        return None
    root = tok.sent.root
    if root.pos_ not in ("NOUN", "PROPN") or root.i > tok.i or tok not in set(root.subtree):
        return None
    verbs = [tok] + [c for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    if not any(_child(v, "dobj", "obj") is not None for v in verbs):
        return None
    if any(t.pos_ in ("VERB", "AUX") and t.i < tok.i for t in root.subtree if t.dep_ not in ("amod", "compound")):
        return None
    return root


def _left_subject(tok):
    """"With the signing of a memorandum, the Sudanese government and SPLM/A have agreed": a verb left
    without a subject because its subject was parsed as a conjunct of an earlier noun; the noun phrase
    just before the verb (back to the last comma) is the subject."""
    i = tok.i - 1
    doc = tok.doc
    while i >= tok.sent.start and doc[i].dep_ in ("aux", "neg", "advmod") and doc[i].head.i == tok.i:
        i -= 1
    if i < tok.sent.start or doc[i].pos_ not in ("NOUN", "PROPN") or doc[i].head.i == tok.i:
        return None
    comma = max((t.i for t in doc[tok.sent.start:i] if t.text in (",", ";", ":")), default=tok.sent.start - 1)
    cand = doc[i]
    while cand.dep_ in ("conj", "compound", "flat", "appos", "nmod") and cand.head.i > comma and cand.head.i < tok.i:
        cand = cand.head
    return cand if cand.i > comma else None


def _acls(tok) -> list:
    out = [c for c in tok.children if c.dep_ == "acl"]
    for o in _pobjs(tok, ("of",)):
        out += [c for c in o.children if c.dep_ == "acl"]
    return out


def _noun_actor(c: Candidate, ctx: ArgContext):
    tok = c.tok
    poss = _child(tok, "poss")
    gov = c.governor or (tok.head if tok.dep_ in ("dobj", "obj", "attr") else None)
    if poss is not None and poss.lower_ in BOUND_POSSESSIVES and gov is not None:
        s = subject_of(gov)     # "the committee completed its investigation": its = the committee
        e = ctx.resolved(s) if s is not None and s.pos_ != "PRON" else None
        if e is not None and (e.country or e.sector in ("IGO", "NGO")):
            return s
    if poss is not None:
        return poss
    for acl in _acls(tok):      # "accusations (of threats) brought by Belarus"
        if True:
            agents = _pobjs(acl, ("by",))
            if agents:
                return agents[0]
    by = _pobjs(tok, ("by",))
    if by:
        return by[0]
    if c.rule is not None and c.rule.of_role == "actor":
        ofs = _pobjs(tok, ("of",))
        if ofs:
            return ofs[0]
    between = _pobjs(tok, ("between", "among"))
    if between:
        return between[0]
    for m in tok.children:      # "Israeli air raids", "U.S. sanctions"
        if m.dep_ in ("amod", "compound", "nmod") and ctx.resolved(m) is not None and m.i < tok.i:
            return m
    if tok.head.dep_ in ("prep", "agent") and tok.head.head.dep_ == "acl":
        pass
    gov = c.governor or (tok.head if tok.dep_ in ("dobj", "obj", "attr") else None)
    if gov is not None and gov.lemma_.lower() in RECEIVER_VERBS and c.type in RECEIVED_TYPES:
        ofs = _pobjs(tok, ("of", "from"))
        return ofs[0] if ofs else None
    if gov is not None:
        return subject_of(gov)
    if undergone(tok) is not None:
        return None     # "Kharkiv came under shelling": the subject suffered the attack
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ == "VERB":
        return subject_of(tok.head.head)      # "resorted to violence", "engaged in ethnic cleansing"
    return None


UNDERGO_VERBS = frozenset({"come", "be", "remain", "fall", "stay"})


def undergone(tok):
    """The subject that "came under" the event noun `tok` ("Kharkiv came under shelling", "the convoy was under
    attack", "remained under siege"): whom or where it was done to, not its actor."""
    if tok.dep_ == "pobj":
        prep = tok.head
    elif tok.pos_ == "VERB" and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "under":
        prep = tok.doc[tok.i - 1]     # "came under shelling" with "shelling" parsed as a clause of "came"
    else:
        return None
    if prep.lower_ != "under" or prep.head.lemma_.lower() not in UNDERGO_VERBS:
        return None
    return next((x for x in prep.head.children if x.dep_ in ("nsubj", "nsubjpass")), None)


def _armed_actor(c: Candidate, ctx: ArgContext, lex) -> Entity | None:
    from sitroom.analyze.coder._rules import arg_heads
    for h in arg_heads(c.tok):
        if (lex.in_class("military", h.lemma_) or lex.in_class("police", h.lemma_)) and (
                h.pos_ == "PROPN" or any(m.dep_ in ("amod", "compound", "poss", "nmod") for m in h.children)):
            e = ctx.own(h)      # the forces' own nationality, not where they are ("its forces in Lebanon")
            if e is not None and e.country:
                return e
    return None


noun_actor = _noun_actor
armed_actor = _armed_actor
acls = _acls
