"""The side whose pledge, package or promise a figure belongs to supplies the things: it owns them, and its name
(often its capital's) is not where they go."""
from test_claims import claim, claims_of


def test_a_list_set_off_after_a_sides_package_is_that_sides():
    ex = claims_of("Oslo's new package — 30 armoured vehicles and 12 howitzers — will be shipped to Moldova soon. "
                   "Officials in Chisinau welcomed it.", title="Aid for Moldova")
    for figure in ("30", "12"):
        c = claim(ex, figure)
        assert c.owner is not None and c.owner.country == "NOR", (figure, c.owner)
        assert c.location is None or c.location.country != "NOR", (figure, c.location)


def test_the_possessor_of_a_promise_of_things_owns_them_and_is_not_their_place():
    ex = claims_of("Madrid's promise of five NASAMS launchers is welcome, but Moldova wants more.",
                   title="Spain and Moldova")
    c = claim(ex, "five")
    assert c.owner is not None and c.owner.country == "ESP"
    assert c.location is None or c.location.country != "ESP"


def test_a_counting_noun_after_an_equipment_name_counts_that_equipment():
    from sitroom.analyze.claims import kind_of_text
    assert kind_of_text("NASAMS fire units") == "air_defence"
    assert kind_of_text("Patriot launchers") == "air_defence"
    assert kind_of_text("fire units") == "units"          # no name: the noun's own kind
    ex = claims_of("Spain will supply 3 NASAMS fire units to Moldova.", title="Spain and Moldova")
    assert claim(ex, "3").counted == "air_defence"
