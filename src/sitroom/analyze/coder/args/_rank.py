"""Which of several nominals is the recipient: the order candidates are tried in, and which never qualify.

- nearest first: the trigger's own complements, then those of folded content ("threatened to break off
  relations with Congo ... on the eve of a visit by the PLO" -> Congo, not the visitor);
- the subject of a participle clause ("..., a member of the Chadian team trying to broker a pact") is another
  participant, not the recipient (agents of nested events stay: "refused under pressure by X" targets X);
- a boundary word ("on the Thai border") names where, not whom;
- a nationality adjective inside a larger noun phrase counts only when the head noun is itself an actor
  ("Chadian mediators" yes, "the Chadian team's plan"'s "Chadian" no, "a Senegalese peace plan" no);
- an event noun with no actor of its own stands for the actor its modifier names ("complained over two
  Israeli air raids" -> Israel);
- a vehicle's cargo is no party: "seized a tanker carrying Russian oil" -> the tanker, not Russia (people or forces
  carried still are: "a bus carrying Israeli tourists");
- what is given is not who gets it: "will deliver four air defence systems to Ukraine" -> Ukraine, not the
  systems (nor the armed forces a resolver may read into "air defence" from the rest of the document);
- for accusations and protests the addressee ("complained to the United Nations") comes after the accused.
"""
from __future__ import annotations

from sitroom.analyze.coder.args._context import ArgContext
from sitroom.lexicon import word_set
from sitroom.model import Entity

__all__ = ["ABOUT_PREPS", "ADDRESSEE_TYPES", "deeper", "deep_ok", "event_noun_actor", "addressee_last", "given_thing",
           "borrowed_actor"]

BOUNDARIES = word_set("en/coder.json", "boundary_nouns")
ACTOR_CLASSES = ("military", "police", "crowd", "political", "captive")
ADDRESSEE_TYPES = frozenset({"ACCUSE", "PROTEST"})
ABOUT_PREPS = ("over", "about")       # "complained over Israeli raids": what the accusation is about
TIME_WORDS = word_set("en/coder.json", "time_nouns")
CARRY_VERBS = word_set("en/coder.json", "carry_verbs")
_START_DEPS = ("xcomp", "ccomp", "dobj", "prep", "dative", "pcomp", "acl", "advcl", "conj")
_KEEP_DEPS = ("dobj", "pobj", "nsubj", "nsubjpass", "poss", "compound", "amod", "dative", "conj")


def _bfs(roots, seen: set[int], limit: int) -> list:
    out, frontier = [], []
    for r in roots:
        frontier += [ch for ch in r.children if ch.dep_ in _START_DEPS]
    while frontier and len(out) < limit:
        nxt = []
        for t in frontier:
            if t.i in seen:
                continue
            seen.add(t.i)
            if t.dep_ in _KEEP_DEPS and t.pos_ in ("NOUN", "PROPN", "ADJ"):
                out.append(t)
            # "..., a member of the Chadian team trying to broker a pact": a participle clause's own subject
            other_clause = t.dep_ == "advcl" and t.tag_ in ("VBG", "VBN") and not any(
                m.dep_ == "mark" for m in t.children)
            nxt += [ch for ch in t.children if ch.dep_ not in ("relcl", "punct", "cc", "det")
                    and not (other_clause and ch.dep_ in ("nsubj", "nsubjpass"))]
        frontier = nxt
    return out


def deeper(c) -> list:
    """Nominals in the trigger's complements, nearest first, then those of folded content."""
    seen: set[int] = set()
    roots = [c.tok] + ([c.governor] if c.governor is not None else [])
    out = _bfs(roots, seen, 40)
    for x in c.content:
        out += [t for t in _bfs([x.tok], seen, 40) if t not in out]
    return out[:40]


def _actor_like(tok, lex) -> bool:
    if tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or tok.pos_ == "PROPN":
        return True
    return any(lex.in_class(k, tok.lemma_) or lex.in_class(k, tok.lower_) for k in ACTOR_CLASSES)


def deep_ok(x, lex) -> bool:
    """Whether a nominal found deep in the complements may be the recipient."""
    if x.lemma_.lower() in TIME_WORDS or x.ent_type_ in ("DATE", "TIME"):
        return False
    if x.pos_ == "NOUN" and x.lemma_.lower() in BOUNDARIES:
        return False
    if x.dep_ in ("amod", "compound", "nmod") and x.head.pos_ in ("NOUN", "PROPN"):
        return _actor_like(x.head, lex)
    if x.dep_ in ("dobj", "obj") and x.head.dep_ == "acl" and x.head.lemma_.lower() in CARRY_VERBS:
        return _actor_like(x, lex)      # "seized a tanker carrying Russian oil": a cargo is no party (troops are)
    return True


def event_noun_actor(x, ctx: ArgContext, lex) -> Entity | None:
    """"over two Israeli air raids": an event noun's nationality modifier or possessor."""
    if x.pos_ != "NOUN" or x.lemma_.lower() not in lex.nouns:
        return None
    for m in x.children:
        if m.dep_ in ("amod", "compound", "nmod", "poss") and m.i < x.i and m.pos_ != "PRON":
            e = ctx.resolved(m)
            if e is not None and (e.country or e.sector in ("IGO", "NGO")):
                return e
    return None


def addressee_last(c, cands: list) -> list:
    if c.type not in ADDRESSEE_TYPES:
        return cands
    def to(x):
        return x.dep_ == "pobj" and x.head.lower_ == "to" and x.head.head.i == c.tok.i
    return [x for x in cands if not to(x)] + [x for x in cands if to(x)]


def given_thing(c, x, lex) -> bool:
    """The object of a giving verb (AID, or AID folded into a promise) that names a thing, not a party."""
    verbs = {c.tok.i} if c.rule is not None and c.rule.type == "AID" else set()
    verbs |= {k.tok.i for k in c.content if k.type == "AID" or (k.rule is not None and k.rule.type == "AID")}
    if x.dep_ not in ("dobj", "obj") or x.head.i not in verbs:
        return False
    return not _actor_like(x, lex) and not any(_actor_like(m, lex) for m in x.children if m.dep_ == "conj")


def borrowed_actor(x, e: Entity | None, lex) -> bool:
    """An entity read off a modifier of a thing with no nationality word of its own ("air defence systems":
    the resolver may give "air defence" the armed forces named earlier in the document)."""
    if e is None or e.start is None or x.pos_ != "NOUN" or _actor_like(x, lex):
        return False
    if e.end is None or e.end > x.idx:
        return False        # the entity covers the head noun itself
    span = [t for t in x.doc[x.left_edge.i:x.i] if t.idx >= e.start and t.idx < e.end]
    return bool(span) and not any(t.pos_ == "PROPN" or t.ent_type_ in ("NORP", "GPE", "ORG") for t in span)
