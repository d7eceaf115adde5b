"""quantities: figures in text — bounds, qualifier (about, up to, more than …), unit and what is counted.

`find_quantities(doc)` reads a parsed English text; `find_quantities_in_text(text)` parses first;
`verb_cues()` the headline verbs of going past a figure ('top 20,000': a lower bound);
`find_quantities_slavic(text, lang)` reads raw Russian ("ru") or Ukrainian ("uk") text (razdel + pymorphy3).
Private: `_numbers` (number words and digits), `_context` (qualifiers and units around a number), `_reader`;
`_slavic_words` (ru/uk tokens, lemmas, lexicon) and `_slavic` (the ru/uk reader).
"""
from sitroom.analyze.quantities._context import DASHES
from sitroom.analyze.quantities._reader import find_quantities, find_quantities_in_text, verb_cues
from sitroom.analyze.quantities._slavic import find_quantities_slavic
from sitroom.analyze.quantities._slavic_words import normalize_apostrophes, noun_lemma

__all__ = ["DASHES", "find_quantities", "find_quantities_in_text", "find_quantities_slavic", "normalize_apostrophes", "noun_lemma",
           "verb_cues"]
