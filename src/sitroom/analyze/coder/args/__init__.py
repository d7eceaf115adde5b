"""coder.args: an event's arguments — actor, recipient and location — from its trigger's parse.

`event_arguments(candidate, ctx)` picks them; `ArgContext` carries the resolvers and the sentence;
`country_target(event)` is an event's target as country-level coding reads it (the named recipient, else the
protesters' own state or the host state).
Private: `_context` (phrase helpers), `_actor` (subjects and armed actors), `_rank` (ranking and borrowing),
`_fallback` (when the parse gives no argument), `_select`.
"""
from sitroom.analyze.coder.args._fallback import HOSTLESS_TYPES, country_source, country_target
from sitroom.analyze.coder.args._select import ArgContext, event_arguments

__all__ = ["HOSTLESS_TYPES", "ArgContext", "country_source", "country_target", "event_arguments"]
