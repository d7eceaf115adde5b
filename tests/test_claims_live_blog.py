"""A live blog's timestamped entries are contexts of their own, and the headline's side fills only a figure whose
entry names no other side (an entry runs over its paragraphs up to the next time): under "Live: Russian strikes on
Moldova", an entry in which Norway's ambassador speaks of four new air-defence systems does not make them Russia's."""
from __future__ import annotations

from test_claims import claim, claims_of

LIVE = ("06:40 Air raid alert across the south. The air force says Russia launched 90 drones overnight.\n\n"
        "07:55 Air force: 80 drones were shot down.\n\n"
        "12:30 Norway's ambassador in Chisinau says the four new NASAMS systems will be in place by autumn.")


def test_an_entry_that_names_another_side_does_not_take_the_headlines():
    ex = claims_of(LIVE, title="Live: Russian strikes on Moldova")
    c = claim(ex, "four")
    assert c.owner is None or c.owner.country != "RUS", c.owner


def test_an_entry_that_names_no_other_side_still_takes_the_headlines():
    ex = claims_of(LIVE, title="Live: Russian strikes on Moldova")
    assert claim(ex, "80").owner is not None and claim(ex, "80").owner.country == "RUS"


def test_a_headline_that_names_the_figures_kind_owns_it_whoever_speaks():
    ex = claims_of("08:15 Kyiv says Russia is moving more units north.\n\n"
                   "09:30 Ukraine's border guard said the group would number about 9,000 soldiers.",
                   title="Live: Russian troops head for Belarus")
    c = claim(ex, "about 9,000")
    assert c.owner is not None and c.owner.country == "RUS"


def test_an_entry_of_several_paragraphs_is_one_context():
    text = ("10:42\n\nCanada's envoy arrived in Chisinau on Tuesday.\n\n"
            "She said the 12 armoured ambulances would reach the front in May.\n\n"
            "11:30\n\nRussian drones hit the port again, the mayor said.")
    c = claim(claims_of(text, title="Live: Russian strikes on Moldova"), "12")
    assert c.owner is None or c.owner.country != "RUS", c.owner



def test_the_entry_time_is_no_part_of_the_source():
    ex = claims_of(LIVE, title="Live: Russian strikes on Moldova")
    c = claim(ex, "four")
    assert c.source is not None and c.source.text.startswith("Norway"), c.source.text
