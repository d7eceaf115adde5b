"""places: place names resolved against the shipped gazetteer (towns, provinces, countries).

`PlaceResolver(doc)` resolves places of a parsed text using the countries in context; `lookup_place(text)` one
name; `REGION_WORDS` the words that make a name a region ("Kherson region", "Donetsk Oblast"). Private:
`_gazetteer` (the shipped table), `_resolver`.
"""
from sitroom.analyze.places._gazetteer import REGION_WORDS
from sitroom.analyze.places._resolver import PlaceResolver, lookup_place
from sitroom.analyze.places._slavic import slavic_places

__all__ = ["PlaceResolver", "REGION_WORDS", "lookup_place", "slavic_places"]
