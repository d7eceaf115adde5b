"""coder: PLOVER events (type, mode, actor, recipient, place) from the parse.

`code_events(doc, actors, places)` codes every sentence; `main_event(mentions, doc)` picks a sentence's main event;
`country_target(event)` is its target as country-level coding (CAMEO, the PLOVER GSR) reads it.
Private: `_lexicon` (trigger rules from `data/en/coder.tsv`), `_candidate` and `_rules` (trigger candidates),
`_presence` (presence of forces), `_tense` (tense, negation), `_precision` (dropping unasserted candidates),
`_coder`; `args/` finds each event's actor, recipient and location.
"""
from sitroom.analyze.coder._coder import code_events, code_sentence, main_event
from sitroom.analyze.coder.args import country_source, country_target
from sitroom.analyze.coder._lexicon import coder_lexicon
from sitroom.analyze.coder._slavic import slavic_events

__all__ = ["code_events", "country_source", "country_target", "code_sentence", "coder_lexicon", "main_event", "slavic_events"]
