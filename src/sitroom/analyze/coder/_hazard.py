"""Not every harm is an attack: a candidate ASSAULT / COERCE / PROTEST whose cause is a hazard (a flood, an earthquake,
a fire, a collapse, a crash, an accidental explosion, an epidemic) and that names no attacker is a disaster, not an
event of the ontology. The word classes (`hazard_natural`, `hazard`, `hazard_verb`, `hazard_ambiguous`, `accident_cue`, `attack_cue`)
are rows of data/plover_lexicon.tsv.

The cause of a harm is read from the parse: the subject of the trigger ("floods killed 20"), the object of "in"/"by"
("killed in a gas explosion"), and, for a participle or a clause hanging on another verb ("the bridge collapsed,
killing 12"), that verb and its subject."""
from __future__ import annotations

from sitroom.analyze.coder._lexicon import CoderLexicon

HARM_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST"})
_CAUSE_DEPS = ("nsubj", "nsubjpass", "csubj")
CAUSE_PREPS = _CAUSE_PREPS = frozenset({"in", "by", "during", "after", "from"})
_ATTACKER_ENTS = frozenset({"NORP", "GPE", "ORG", "PERSON"})


def _words(tok) -> set[str]:
    return {tok.lemma_.lower(), tok.lower_}


def _has(lex: CoderLexicon, cls: str, tok) -> bool:
    return bool(_words(tok) & lex.classes.get(cls, frozenset()))


def _causes(trigger) -> list:
    """Tokens that may say what caused the harm."""
    out = [c for c in trigger.children if c.dep_ in _CAUSE_DEPS]
    for prep in trigger.children:
        if prep.dep_ in ("prep", "agent") and prep.lower_ in _CAUSE_PREPS | {"by"}:
            out += [o for o in prep.children if o.dep_ == "pobj"]
    if trigger.dep_ in ("advcl", "xcomp", "conj", "acl", "relcl") and trigger.head.i != trigger.i:
        gov = trigger.head
        out.append(gov)                                       # "the bridge collapsed, killing 12"; "a fire that killed"
        out += [c for c in gov.children if c.dep_ in _CAUSE_DEPS]
    return out


def attack_word(tok, lex: CoderLexicon) -> bool:
    """A noun or modifier of attack (a bomb, shelling, an arsonist). Verbs are left out: earthquakes and lightning
    "strike" too, and a verb of attack is itself the trigger whose cause is being asked for."""
    return tok.pos_ not in ("VERB", "AUX") and _has(lex, "attack_cue", tok)


def _attacker_marked(cause, lex: CoderLexicon, natural: bool) -> bool:
    """A bomb, shelling, an armed group or (for a fire or a crash, not a flood) a nation or a party on the cause."""
    for t in cause.subtree:
        if t.i == cause.i and not attack_word(t, lex):
            continue
        if attack_word(t, lex) or _has(lex, "military", t) and not _has(lex, "accident_cue", t):
            return True
        if not natural and t.head.i == cause.i and t.dep_ in ("amod", "compound", "poss", "nmod") \
                and t.ent_type_ in _ATTACKER_ENTS:
            return True
    return False


def _natural(tok, lex: CoderLexicon) -> bool:
    return _has(lex, "hazard_natural", tok)


def _any_hazard(tok, lex: CoderLexicon) -> bool:
    return _has(lex, "hazard", tok) or _natural(tok, lex)


def _is_hazard(cause, lex: CoderLexicon) -> bool:
    if _any_hazard(cause, lex) or (cause.pos_ in ("VERB", "AUX") and _has(lex, "hazard_verb", cause)):
        return not _attacker_marked(cause, lex, natural=_natural(cause, lex))
    if _has(lex, "hazard_ambiguous", cause) or (cause.pos_ == "VERB" and cause.lemma_.lower() == "explode"):
        if _attacker_marked(cause, lex, natural=False):
            return False
        return any(_has(lex, "accident_cue", t) for t in cause.subtree)
    return False


def is_disaster(trigger, event_type: str, lex: CoderLexicon) -> bool:
    """Whether a harm candidate is caused by a hazard with no attacker named in its sentence's causes."""
    if event_type not in HARM_TYPES:
        return False
    if trigger.lemma_.lower() == "explode":                   # "a gas cylinder exploded": the trigger is the cause
        causes = [trigger] + [c for c in trigger.children if c.dep_ in _CAUSE_DEPS]
        return not any(_attacker_marked(c, lex, natural=False) for c in causes) and \
            any(_has(lex, "accident_cue", t) for c in causes for t in c.subtree)
    if trigger.pos_ != "VERB" and _any_hazard(trigger, lex):  # a harm noun that is itself a hazard (the verb
        # "fired tear gas" shoots: it is no fire)
        return not _attacker_marked(trigger, lex, natural=_natural(trigger, lex))
    causes = _causes(trigger)
    if any(attack_word(c, lex) or _has(lex, "military", c) for c in causes):
        return False
    return any(_is_hazard(c, lex) for c in causes)
