"""A people named in the plural as the subject of a side's act is that side: "The Poles will hand over 14 tanks"
(Poland's tanks), from the one country table (irregular plurals in countries_supplement.json); a lowercase common
noun that spells the same ("200 poles") is no people."""
from __future__ import annotations

import pytest

from test_claims import claim, claims_of


@pytest.mark.parametrize("text, figure, owner, place", [
    ("The Poles will hand over 14 tanks to Moldova next month.", "14", "POL", "MDA"),
    ("The Danes delivered six howitzers to Moldova last week.", "six", "DNK", "MDA"),
    ("The Germans delivered four air defence systems to Moldova.", "four", "DEU", "MDA"),
    ("The Americans have sent 31 trucks to Moldova.", "31", "USA", "MDA"),
    ("The Finns will send 200 soldiers to Moldova in May.", "200", "FIN", "MDA"),
])
def test_a_plural_demonym_subject_owns_what_it_gives(text, figure, owner, place):
    c = claim(claims_of(text, title="Aid for Chisinau"), figure)
    assert c.owner is not None and c.owner.country == owner, c.owner
    assert c.location is not None and c.location.country == place, c.location


def test_a_side_that_hands_over_things_owns_them():
    c = claim(claims_of("Norway will hand over 12 trucks to Moldova.", title="Trucks for Chisinau"), "12")
    assert c.owner is not None and c.owner.country == "NOR"


@pytest.mark.parametrize("text, figure", [
    ("The storm knocked down 200 poles and 30 trees near Gdansk.", "200"),
    ("Workers replaced 40 telegraph poles near Lviv.", "40"),
])
def test_a_lowercase_common_noun_is_no_people(text, figure):
    c = claim(claims_of(text, title="Storm damage"), figure)
    assert c.owner is None or c.owner.country != "POL", c.owner
