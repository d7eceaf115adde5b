"""Fallbacks for arguments the clause does not name, each a convention of news English.

- unknown perpetrators: "a roadside bombing near Samarra killed ...", "a missionary was arrested in Lebanon":
  the record names no actor (the text names none); country-level coding (`country_source`) puts an attack,
  arrest or accusation by no one known to the country where it happened (the GSR convention: attacks by
  unidentified people are coded by place; arrests are made by the state that holds the territory);
- crowds and minorities: "people blocked streets in Hong Kong", "ethnic Albanians demonstrated in Serbia":
  a crowd with no nationality of its own, or a group named "ethnic X", acting in a country belongs to it;
- domestic targets: a protest or a police action against people with no nationality of their own ("police
  dispersed demonstrators", "opposition parties organized a general strike") is within the actor's country;
  an institution named without a country ("outside Parliament") is the actor's country's; one followed by
  "in <city>" ("stormed Parliament in Nairobi", "attacked the Supreme Court in Mogadishu") is that city's.

The recipient is a party the text names. With none named there is none on the record: not the protesters' own
government ("Thousands marched in Belgrade"), not the state where it happened ("lifted a curfew in Montenegro",
"arrived in Amman"). Country-level coding (CAMEO, the PLOVER GSR) does give such events a target country; it is
derived from the record by `country_target` (the recipient, else a protest's own state, else the host state).
"""
from __future__ import annotations

from sitroom.analyze.coder.args._context import LOCATION_PREPS, MOVES, ArgContext
from sitroom.analyze.coder.args._context import pobjs as _pobjs
from sitroom.countries import country_name
from sitroom.lexicon import word_set
from sitroom.model import Entity, Place

__all__ = ["country_source", "country_target", "home_state", "home_institution", "crowd_country", "domestic_recipient",
           "unresolved_humans",
           "country_entity", "HOSTLESS_TYPES"]

UNKNOWN_AGENT_TYPES = frozenset({"ASSAULT", "COERCE", "ACCUSE"})
HUMAN_CLASSES = ("military", "police", "crowd", "political", "captive")
STATE_SECTORS = frozenset({"GOV", "LEG", "JUD", "MIL", "POL", "LEADER"})


def _human(tok, lex) -> bool:
    if tok is None:
        return False
    if tok.pos_ == "PRON" or tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    return any(lex.in_class(k, tok.lemma_) or lex.in_class(k, tok.lower_) for k in HUMAN_CLASSES) or any(
        m.ent_type_ in ("NORP", "GPE") for m in tok.children if m.dep_ in ("amod", "compound"))


HOME_STATE = word_set("en/coder.json", "home_state_nouns")
ABROAD_TYPES = frozenset({"MOBILIZE", "AID", "CONSULT"})     # sent, delivered or visiting: elsewhere


def home_state(c, actor: Entity | None, actor_tok, location: Place | None) -> Entity | None:
    """"Police arrest 40 protesters in Tbilisi", "clashes between the army and Fano militia near Gondar": a state
    body named without its country, acting where the event is, is that country's (not for moves, aid or visits,
    which are done abroad)."""
    if actor is None or actor_tok is None or actor.country or actor.sector in ("IGO", "NGO"):
        return None
    if location is None or not location.country or c.type in ABROAD_TYPES or c.mode == "withdraw":
        return None
    words = {actor_tok.lemma_.lower()} | {m.lemma_.lower() for m in actor_tok.children if m.dep_ == "compound"}
    if not words & HOME_STATE or any(m.dep_ == "poss" for m in actor_tok.children):
        return None
    return Entity(actor.text, actor.name, location.country, actor.sector, actor.start, actor.end)


def home_institution(recipient: Entity | None, location: Place | None, text: str) -> Entity | None:
    """"Protesters stormed Parliament in Nairobi", "gunmen attacked the Supreme Court in Mogadishu": a state body
    named without its country and followed by "in <place>" (the parse often hangs the "in" on the verb) is that
    place's country's."""
    if recipient is None or recipient.country or recipient.sector in ("IGO", "NGO") or location is None:
        return None
    if not location.country or recipient.end is None or location.start is None or location.start < recipient.end:
        return None
    words = recipient.text.lower().split()
    if not words or words[-1] not in HOME_STATE or "'s" in recipient.text or "’s" in recipient.text:
        return None
    if text[recipient.end:location.start].strip().lower() != "in":
        return None
    return Entity(recipient.text, recipient.name, location.country, recipient.sector, recipient.start, recipient.end)


CROWD_SECTOR = "CIV"


def crowd_country(c, actor: Entity | None, actor_tok, location: Place | None, lex) -> Entity | None:
    if actor is None or actor_tok is None or location is None or not location.country:
        return None
    if actor.country == location.country or actor.sector not in (None, CROWD_SECTOR):
        return None      # a crowd the actor list reads as civilians ('People', 'Protesters') is a crowd still
    ethnic = any(m.lower_ == "ethnic" for m in actor_tok.children if m.dep_ == "amod")
    crowd = actor.country is None and (lex.in_class("crowd", actor_tok.lemma_) or lex.in_class(
        "crowd", actor_tok.lower_)) and c.type == "PROTEST"
    if not (ethnic or crowd):
        return None
    return Entity(actor.text, actor.name, location.country, actor.sector, actor.start, actor.end)


# "jailed an opposition leader", "rejected the opposition's request": a state's opposition is its own
DOMESTIC_WORDS = frozenset({"opposition", "dissident", "dissidents"})


def domestic_recipient(c, actor: Entity | None, recipient: Entity | None, unresolved_humans: bool) -> Entity | None:
    if actor is None or not actor.country:
        return None
    if recipient is not None and not recipient.country and recipient.sector in STATE_SECTORS:
        return Entity(recipient.text, recipient.name, actor.country, recipient.sector, recipient.start, recipient.end)
    if recipient is not None and not recipient.country and actor.sector in STATE_SECTORS | {None} and \
            DOMESTIC_WORDS & set(recipient.text.lower().replace("'s", " ").split()):
        return Entity(recipient.text, recipient.name, actor.country, recipient.sector, recipient.start, recipient.end)
    domestic = (c.type in ("COERCE", "ASSAULT") or (c.type, c.mode) == ("SANCTION", "convict")) and \
        actor.sector in ("POL", "GOV", "JUD") and unresolved_humans
    if recipient is not None:       # "police opened fire on Islamist demonstrators": demonstrators of its own
        if domestic and not recipient.country and not recipient.sector:
            return Entity(recipient.text, recipient.name, actor.country, None, recipient.start, recipient.end)
        return None
    if domestic:
        return country_entity(actor.country, None)
    return None


HOSTLESS_TYPES = MOVES | {"PROTEST"}      # moves and protests act on no host state


def country_target(ev) -> Entity | None:
    """The target of an event (EventMention or Event) as country-level coding reads it: the named recipient;
    with none named, a protest's own state ("Albanians demonstrated in Serbia" -> Serbia's government) and for
    any other event but a move the state where it happened ("arrived in Amman" -> Jordan)."""
    if ev.recipient is not None:
        return ev.recipient
    actor, place = ev.actor, ev.location
    if ev.type == "PROTEST" and actor is not None and actor.country and actor.sector not in STATE_SECTORS:
        return country_entity(actor.country, "GOV")
    if ev.type not in HOSTLESS_TYPES and place is not None and place.country:
        return country_entity(place.country, None)
    return None


def country_source(ev) -> Entity | None:
    """The source of an event (EventMention or Event) as country-level coding reads it: the named actor when it
    has a country or sector; for an attack, arrest or accusation by no one known ("a police officer was stabbed
    in Birmingham", "unidentified gunmen attacked a village in Katsina") the state where it happened (the GSR
    convention). The record itself keeps the actor the text names, or none."""
    actor, place = ev.actor, ev.location
    if actor is not None and (actor.country or actor.sector):
        return actor
    if ev.type not in UNKNOWN_AGENT_TYPES or place is None or not place.country:
        return actor
    if actor is None:
        return country_entity(place.country, None)
    # "a roadside bombing near Samarra killed ...", "gunmen killed four farmers in X": no nationality of their own
    return Entity(actor.text, actor.name, place.country, None, actor.start, actor.end)


def country_entity(iso3: str, sector: str | None) -> Entity:
    """The country itself (its government when sector is GOV), named as the shipped country table names it."""
    name = country_name(iso3) or iso3
    return Entity(name, name, iso3, sector)


def unresolved_humans(c, ctx: ArgContext, lex) -> bool:
    """Whether the event acts on people the text gives no nationality ("to disperse demonstrators")."""
    for t in c.tok.subtree:
        if t.dep_ in ("dobj", "nsubjpass", "pobj") and t.i != c.tok.i and any(
                lex.in_class(k, t.lemma_) for k in ("crowd", "captive", "political")):
            e = ctx.resolved(t)
            if e is None or not e.country:
                return True
    return False
