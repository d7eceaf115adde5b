"""coder.args: an event's arguments — actor, recipient and location — from its trigger's parse.

`event_arguments(candidate, ctx)` picks them; `ArgContext` carries the resolvers and the sentence.
Private: `_context` (phrase helpers), `_actor` (subjects and armed actors), `_rank` (ranking and borrowing),
`_fallback` (when the parse gives no argument), `_select`.
"""
from sitroom.analyze.coder.args._select import ArgContext, event_arguments

__all__ = ["ArgContext", "event_arguments"]
