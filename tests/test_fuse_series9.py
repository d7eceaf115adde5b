"""Series keys of places (issue 10): one place, one key, however the text spells it. Place records our own."""
from __future__ import annotations

from sitroom.model import Place


def test_a_region_named_after_a_town_the_gazetteer_spells_otherwise_is_keyed_as_that_town():
    from sitroom.fuse._figures import series_place
    region = Place("the Grodno region", "Grodno Region", "BLR", kind="admin1")
    town = Place("Hrodna", "Hrodna", "BLR", kind="city")
    assert series_place(region) == series_place(town)
    assert series_place(Place("Brest", "Brest", "BLR", kind="city")) != series_place(region)
