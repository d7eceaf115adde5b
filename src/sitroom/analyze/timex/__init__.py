"""timex: time expressions in text, resolved to TimeML values with precision and relation (on / as of / since).

`tag_timexes(text, dct)` finds and resolves them (regex patterns, no parse needed); `relation_before` reads the
relation cue in front of an expression; `is_future_clause` tells whether its clause speaks of the future.
Russian and Ukrainian (`tag_timexes(text, dct, language="uk")`) have their own rules in `_slavic`, their words in
`data/ru/timex.json` and `data/uk/timex.json`. Private: `_patterns` (the pattern table), `_resolve` (absolute
values), `_periods` (quarters, halves, seasons, holidays), `_relative` (values relative to the document date or the
narrative), `_spans` (durations, sets, vague references), `_tense` (cues that put a weekday ahead of the report),
`_calendar` (calendar arithmetic).
"""
from sitroom.analyze.timex._calendar import parse_dct
from sitroom.analyze.timex._tagger import is_future_clause, relation_before, tag_timexes

__all__ = ["tag_timexes", "relation_before", "is_future_clause", "parse_dct"]
