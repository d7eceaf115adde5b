"""A country's demonym that is only another place's alias is no place name (issue 10, batch 4 of the outlet
benchmark): "Kazakh" is an alias of a town in Azerbaijan in the gazetteer, but in news prose it is Kazakhstan's
adjective, read as "Russian" is (before a territorial noun it is the country). A place whose own name is the word
keeps its reading. Sentences our own."""
from sitroom.analyze.places import PlaceResolver
from sitroom.nlp import parse


def _places(text: str) -> list[tuple[str, str]]:
    return [(p.text, p.country) for p in PlaceResolver(parse(text)).places()]


def test_a_demonym_that_is_another_towns_alias_is_no_place():
    assert "AZE" not in {c for _, c in _places("Moscow will send 3,000 troops to Kazakh training grounds next month.")}


def test_a_demonym_before_a_territorial_noun_is_still_its_country():
    assert ("Kazakh", "KAZ") in _places("The troops crossed onto Kazakh territory on Monday.")


def test_a_place_named_by_the_word_itself_is_still_found():
    assert ("Georgia", "GEO") in _places("The convoy crossed into Georgia on Monday.")
