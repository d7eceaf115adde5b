"""A name with its water word is the water body, a romanised town without its apostrophe is the town, a lower-case
common word is no place (sentences written for these tests)."""
from __future__ import annotations

from sitroom.analyze import analyze
from sitroom.analyze.places import PlaceResolver, lookup_place
from sitroom.model import Document, content_id
from sitroom.nlp import parse


def _names(text):
    return [(p.name, p.kind) for p in PlaceResolver(parse(text)).places()]


def test_a_river_named_after_a_town_is_not_the_town():
    assert ("Dnipro", "city") not in _names("Small boats ferried soldiers over the Dnipro River near Kherson.")
    assert ("Dnipro", "city") not in _names("Gunboats patrolled the Dnipro river at dawn.")
    assert ("Dnipro", "city") in _names("Gunboats patrolled near Dnipro at dawn.")
    text = "Artillery pounded the Dnipro river on Sunday, the army said."
    for ev in analyze(Document(id=content_id(text, None), text=text, published="2023-01-02")).events:
        assert ev.location is None or ev.location.name != "Dnipro"


def test_a_bare_name_of_a_city_and_its_region_is_the_city():
    assert _names("Families fled from Gomel on Tuesday.") == [("Homyel'", "city")]
    assert _names("Families fled the Gomel region on Tuesday.") == [("Gomel Region", "admin1")]


def test_a_lower_case_common_word_is_no_place():
    assert lookup_place("us") is None
    assert lookup_place("US").country == "USA"
    assert lookup_place("Russian").country == "RUS"


def test_towns_tagged_as_persons_in_a_list_are_the_towns():
    found = _names("Rockets hit Kharkiv, Sumy and Poltava before dawn.")
    assert [n for n, _ in found] == ["Kharkiv", "Sumy", "Poltava"]
    assert _names("Macron, Scholz and Sunak spoke by phone on Monday.") == []
