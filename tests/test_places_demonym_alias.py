"""A country's demonym that is only another place's alias names the country (issue 10, batch 4 of the outlet
benchmark): "Kazakh" is an alias of a town in Azerbaijan in the gazetteer, but in news prose it is Kazakhstan's
adjective. A place whose own name is the word keeps its reading. Sentences our own."""
from sitroom.analyze.places import PlaceResolver
from sitroom.nlp import parse


def _places(text: str) -> list[tuple[str, str]]:
    return [(p.text, p.country) for p in PlaceResolver(parse(text)).places()]


def test_a_demonym_that_is_another_towns_alias_is_its_country():
    assert ("Kazakh", "KAZ") in _places("Moscow will send 3,000 troops to Kazakh training grounds next month.")


def test_a_place_named_by_the_word_itself_is_still_found():
    assert ("Georgia", "GEO") in _places("The convoy crossed into Georgia on Monday.")
