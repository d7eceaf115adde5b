"""claims: every figure that counts something, as a first-class `Claim` — what is counted (canonical kind from the
shipped taxonomy, data/en/claim_kinds.json), whose, where, in what state, according to whom, as of when.

`find_claims(doc, figures, voices=…, actors=…, places=…)` reads one parsed text; `kind_of_text("Russian servicemen")`
gives the canonical kind of a counted noun as written (shared with fusion), `is_increment(counted_text)` whether a
figure is an increment ("a further 2,000 troops": counted text "further troops"), `series_kind(kind, status)` the
kind a series counts (people evacuated: the displaced), `broader_kind(kind)` / `kinds_within(kind)` the
taxonomy's nesting (helicopters are aircraft; a query for aircraft takes helicopters in), `series_status(kind,
status)` the status a series shows (a pledge to supply: planned); `UNSTATED` the status of a figure whose clause
tells none; `Context` carries what a text may fall
back on (headline owner and place, the lead's source, the publication date).
Private: `_lexicon` (taxonomy and status cues), `_kinds`, `_elliptic` (bare figures), `_status`, `_where` (owner,
location), `_finder`; `_slavic`: `find_claims_slavic(text, "ru"|"uk")`, the same records for Russian and Ukrainian
text from the ru/uk layers (word lists in data/ru|uk/claim_kinds.json and claim_status.json).
"""
from sitroom.analyze.claims._finder import Context, find_claims
from sitroom.analyze.claims._kinds import kind_of_text
from sitroom.analyze.claims._lexicon import (broader_kind, is_increment, kind_label, kind_nouns, kinds_within,
                                             series_kind, series_status)
from sitroom.analyze.claims._status import UNSTATED
from sitroom.analyze.claims._slavic import find_claims_slavic, kind_of_slavic, other_slavic, slavic_headline
from sitroom.analyze.claims._where import demonym_owner, headline_where

__all__ = ["UNSTATED", "Context", "broader_kind", "demonym_owner", "find_claims", "find_claims_slavic", "headline_where", "is_increment",
           "kind_of_slavic", "other_slavic",
           "kind_label", "kind_nouns", "kind_of_text", "kinds_within", "series_kind", "series_status", "slavic_headline"]
