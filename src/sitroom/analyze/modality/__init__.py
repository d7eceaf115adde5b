"""modality: how an event is stated — asserted, reported, planned, alleged, negated, conditional, ….

`classify(doc, token_i, attribution)` decides the modality of the event whose trigger is token `token_i`;
`PRIORITY` orders the modalities when several cues apply.
"""
from sitroom.analyze.modality._rules import PRIORITY, classify
from sitroom.analyze.modality._slavic import slavic_future_words, slavic_modality

__all__ = ["classify", "PRIORITY", "slavic_future_words", "slavic_modality"]
