"""'Four more will follow' after a delivery figure: an elliptical figure that adds to an earlier one counts the same
things, of the same side, going to the same place (even a paragraph later), in a planned state; and the doer of a
passive act of supply ("delivered … by Norway") is the side that owns the things."""
from __future__ import annotations

import pytest

from test_claims import claim, claims_of


@pytest.mark.parametrize("text, figure", [
    ("Norway has delivered seven NASAMS systems to Moldova.\n\nOslo says two more are to follow.", "two"),
    ("Norway has delivered seven NASAMS systems to Moldova.\n\nFour more will follow next year, Oslo said.", "Four"),
    ("Norway has delivered seven NASAMS systems to Moldova. The ministry in Oslo says four more will follow.", "four"),
])
def test_more_to_follow_takes_the_kind_owner_and_place_of_what_it_adds_to(text, figure):
    c = claim(claims_of(text, title="Moldova's air defence"), figure)
    assert c.counted == "air_defence"
    assert c.owner is not None and c.owner.country == "NOR", c.owner
    assert c.location is not None and c.location.country == "MDA", c.location
    assert c.status == "planned"


def test_the_doer_of_a_passive_delivery_owns_the_things():
    ex = claims_of("Seven NASAMS systems have been delivered to Moldova by Norway since 2022.",
                   title="How many air defence systems does Moldova have?")
    c = claim(ex, "Seven")
    assert c.owner is not None and c.owner.country == "NOR", c.owner
    assert c.location is not None and c.location.country == "MDA"
