"""actors: names, office holders, roles and groups resolved to entities with country and sector.

`ActorResolver(doc)` resolves spans of a parsed text (with pronoun and short-form reach); `lookup_actor(text)` one
name without context; `key_of(phrase)` the token keys the dictionaries match a phrase by; `is_person_name(name)` whether a canonical name is a known office holder. Private: `_lexicon` (the shipped dictionaries), `_people` (persons, fuzzy matching),
`_grammar` (role phrases: "Belarus's defence ministry"), `_resolver`.
"""
from sitroom.analyze.actors._lexicon import key_of
from sitroom.analyze.actors._people import is_person_name
from sitroom.analyze.actors._resolver import ActorResolver, lookup_actor
from sitroom.analyze.actors._slavic import SlavicActors

__all__ = ["ActorResolver", "lookup_actor", "SlavicActors", "is_person_name", "key_of"]
