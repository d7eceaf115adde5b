"""What an attack or an arrest was done to when no known actor is named, and what is no actor at all.

- the object acted on is the recipient ("an airstrike hit a residential building", "arrested 34 activists",
  "fired missiles at a tanker"), with the country of the event's place when it has none of its own (the GSR
  convention for victims and property); weapons, crowd-control means and event words are never recipients;
- a weapon as subject is the instrument, not the actor ("a car bomb exploded", "an explosive device struck"):
  the attacker is unknown (a nationality on it still names one: "Ukrainian drones attacked").
"""
from __future__ import annotations

from sitroom.analyze.coder.args._context import ArgContext
from sitroom.analyze.coder.args._context import pobjs as _pobjs
from sitroom.lexicon import word_set
from sitroom.model import Entity, Place

__all__ = ["human", "instrument", "object_target"]

ACTED_ON = frozenset({("RETREAT", "release"), ("SANCTION", "convict"), ("ACCUSE", "investigate")})
# measures done to whoever or whatever is their object ("seized a tanker", "raided the home of", "sentenced a
# theatre director", "opened an investigation into the former president"), not only to people
HANDLED_MODES = frozenset({"arrest", "seize", "convict", "investigate", "deport"})
INSTRUMENT_CLASSES = ("weapons", "mode:explosives", "mode:heavy-weapons", "mode:drone", "mode:crowd-control")
# weapon words that also name people ("fighters attacked", "a suicide bomber")
AGENT_WEAPON_WORDS = word_set("en/coder.json", "agent_weapon_words")
HUMAN_CLASSES = ("military", "police", "crowd", "political", "captive", "militia", "people")
HUMAN_ENTS = frozenset({"PERSON", "NORP", "ORG", "GPE"})


def _instrument_word(tok, lex) -> bool:
    words = {tok.lemma_.lower(), tok.lower_}
    if words & AGENT_WEAPON_WORDS:
        return False
    return any(lex.in_class(k, w) for k in INSTRUMENT_CLASSES for w in words)


def instrument(tok, ent: Entity | None, lex) -> bool:
    """A weapon named as the subject, with no country or organisation in its own words (`ent`: ArgContext.own).
    An event noun by itself is no weapon: "a roadside bombing killed two soldiers" keeps the convention of
    _fallback.country_source ("car bomb" is an event only with its modifier: the bomb is a weapon)."""
    event_noun = any(not r.needs for w in (tok.lemma_.lower(), tok.lower_) for r in lex.nouns.get(w, ()))
    return _instrument_word(tok, lex) and not event_noun and not (ent is not None and (ent.country or ent.sector))


def _human(tok, lex) -> bool:
    return tok.ent_type_ in HUMAN_ENTS or any(
        lex.in_class(k, w) for k in HUMAN_CLASSES for w in (tok.lemma_.lower(), tok.lower_))


human = _human       # people or a named party, not a thing


def _objects(c) -> list:
    tok = c.tok
    if tok.pos_ == "VERB":
        out = [x for x in tok.children if x.dep_ in ("dobj", "obj", "nsubjpass")]
        return out + (_pobjs(tok, ("at", "against", "on")) if c.type == "ASSAULT" else [])
    # "the release of 40 detainees", "the killing of three protesters": the noun's own "of" names whom
    own = _pobjs(tok, ("of",)) if c.rule is not None and c.rule.of_role == "recipient" else []
    if tok.dep_ == "nsubj" and tok.head.pos_ == "VERB":     # "an airstrike hit a building"
        return own + [x for x in tok.head.children if x.dep_ in ("dobj", "obj")]
    if tok.dep_ == "pobj" and tok.head.lower_ == "under" and tok.head.head.pos_ == "VERB":
        own += [x for x in tok.head.head.children if x.dep_ in ("dobj", "obj")]     # "placed X under house arrest"
    return own + _pobjs(tok, ("on", "against", "into"))


def object_target(c, ctx: ArgContext, lex, actor_tok, location: Place | None) -> Entity | None:
    """The thing or people an ASSAULT, COERCE, release or conviction acted on, when no known actor is named as recipient."""
    if not (c.type in ("ASSAULT", "COERCE") or (c.type, c.mode) in ACTED_ON):
        return None
    for x in _objects(c):
        if x.pos_ not in ("NOUN", "PROPN") or actor_tok is not None and x.i == actor_tok.i:
            continue
        if c.rule is not None and {x.lemma_.lower(), x.lower_} & set(c.rule.needs) and not _human(x, lex):
            continue        # "exchanged gunfire", "opened fire": a word of the trigger itself
        if c.type == "ASSAULT" and _instrument_word(x, lex) or x.lemma_.lower() in lex.nouns or \
                x.ent_type_ in ("DATE", "TIME"):
            continue        # "seized a tanker": what is seized is no weapon used
        if c.type != "ASSAULT" and c.mode not in HANDLED_MODES and not _human(x, lex):
            continue        # "declared a state of emergency", "blocked access": no one acted on
        if x.pos_ == "PROPN" and ctx.place(x) is not None:
            continue        # "shelled Kherson": the place is where (and stands for its country)
        e = ctx.entity(x)
        if e is None:
            continue
        if not e.country and location is not None and location.country and not e.sector:
            e = Entity(e.text, e.name, location.country, e.sector, e.start, e.end)
        return e
    return None
