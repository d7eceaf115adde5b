"""Patterns of news language the claims layer missed (issue 10): a measure verb the parser takes for a noun ("troops
in Belarus number 9,000"), a size whose owner is a pronoun ("Their number stands at 4,000"), a victim verb's own
object ("displaced 25,000"), bare equipment models ("20 T-90M"), parts of a group counted before ("Of them, 300 were
wounded"), a source named by the capital it sits in ("the ministry of defence in Minsk"), a place the gazetteer lacks
beside the side that lost ("Russia lost 12 tanks near Vuhledar"). Sentences written for these tests."""
from __future__ import annotations

import pytest

from sitroom.api import extract


def claims(text: str) -> dict:
    return {c.text: c for c in extract(text.encode()).claims}


def one(text: str, figure: str):
    got = claims(text)
    assert figure in got, list(got)
    return got[figure]


# ------------------------------------------------------------------ measure verbs

@pytest.mark.parametrize("text, figure, kind", [
    ("Russian troops in Belarus number 9,000.", "9,000", "personnel"),
    ("The soldiers number about 3,500, the ministry said.", "about 3,500", "personnel"),
    ("Wagner mercenaries there now number some 4,000.", "some 4,000", "personnel"),
])
def test_number_after_a_plural_subject_is_the_verb_and_counts_the_subject(text, figure, kind):
    assert one(text, figure).counted == kind


@pytest.mark.parametrize("text, figure", [
    ("The Russian contingent numbers roughly 9,000 in all.", "roughly 9,000"),     # 'numbers' parsed as a noun
    ("Russia's contingent in Belarus is about 9,000.", "about 9,000"),
    ("Moscow's grouping there is some 2,500 strong.", "some 2,500"),
])
def test_a_measured_subject_gives_the_kind_and_the_side(text, figure):
    c = one(text, figure)
    assert c.counted == "personnel" and c.owner is not None and c.owner.country == "RUS"


@pytest.mark.parametrize("text", ["Room number 12 was empty.", "He wore number 10 for the club.",
                                  "The number 7 bus was late."])
def test_number_as_a_label_still_names(text):
    assert claims(text) == {}


@pytest.mark.parametrize("text, figure, kind, written", [
    ("Russia has moved troops into Belarus. Their number stands at about 4,000.", "about 4,000", "personnel",
     "troops"),
    ("Belarus hosts Russian warplanes. Their number has grown to 40.", "40", "combat_aircraft", "warplanes"),
])
def test_their_number_is_the_size_of_the_group_named_before(text, figure, kind, written):
    c = one(text, figure)
    assert (c.counted, c.counted_text) == (kind, written)


def test_their_number_with_no_group_before_is_no_claim():
    assert claims("Their number stands at about 4,000.") == {}


# ------------------------------------------------------------------ the verb's own object

@pytest.mark.parametrize("text, figure, status", [
    ("The fighting displaced 25,000.", "25,000", "displaced"),
    ("The storm has displaced nearly 8,000 across the province.", "nearly 8,000", "displaced"),
    ("The strike killed 12.", "12", "killed"),
    ("The explosion injured 14 on Sunday.", "14", "wounded"),
])
def test_a_victim_verb_counts_people_in_its_object(text, figure, status):
    c = one(text, figure)
    assert (c.counted, c.status) == ("people", status)


def test_more_than_is_a_bound_not_an_increment():
    from sitroom.analyze.claims import is_increment

    c = one("Floods have displaced more than 40,000 in the region.", "more than 40,000")
    assert not is_increment(c.counted_text)


# ------------------------------------------------------------------ bare equipment models

@pytest.mark.parametrize("text, figure, kind, written", [
    ("Russia moved 20 T-90M to the border.", "20", "tanks", "T-90M"),
    ("Satellite images show 30 Mi-8 at the base.", "30", "helicopters", "Mi-8"),
    ("Some 12 Su-25 and 4 Ka-52 landed at Luninets.", "Some 12", "combat_aircraft", "Su-25"),
    ("The US will deliver 10 Black Hawk to Poland.", "10", "helicopters", None),
])
def test_a_bare_model_name_counts_its_model(text, figure, kind, written):
    c = one(text, figure)
    assert c.counted == kind
    assert written is None or c.counted_text == written


# ------------------------------------------------------------------ parts of a group

def test_a_part_takes_the_groups_kind_side_and_place():
    got = claims("About 500 Ukrainian marines were captured near Mariupol. Of them, 300 were wounded.")
    part = got["300"]
    assert (part.counted, part.status) == ("personnel", "wounded")
    assert part.owner is not None and part.owner.country == "UKR"
    assert part.location is not None and part.location.text == "Mariupol"


def test_a_part_described_by_a_copula_keeps_the_groups_state():
    got = claims("Some 900 Syrian refugees crossed into Lebanon on Friday. Of those, 300 are children.")
    part = got["300"]
    assert (part.counted, part.status) == ("refugees", "arrived")
    assert part.owner.country == "SYR" and part.location.country == "LBN"


def test_the_remaining_ones_are_the_groups_own_side_in_their_own_place():
    got = claims("Moscow sent 50 tanks to Belarus. The remaining 15 stayed near Pskov.")
    rest = got["15"]
    assert rest.counted == "tanks" and rest.owner.country == "RUS" and rest.location.text == "Pskov"


# ------------------------------------------------------------------ a source's country from its seat

@pytest.mark.parametrize("text, figure, country", [
    ("The ministry of defence in Minsk said 9,000 Russian troops had arrived.", "9,000", "BLR"),
    ("The defence ministry in Moscow said 20 tanks were destroyed.", "20", "RUS"),
    ("A spokesman for the foreign ministry in Warsaw said 300 soldiers would be sent.", "300", "POL"),
    ("The Kremlin said 300 soldiers were killed.", "300", "RUS"),
    ("Kyiv said 40 drones were shot down overnight.", "40", "UKR"),
])
def test_the_source_belongs_to_the_government_its_seat_names(text, figure, country):
    c = one(text, figure)
    assert c.source is not None and c.source.country == country


# ------------------------------------------------------------------ the losing side and the place

@pytest.mark.parametrize("text, figure, owner, place", [
    ("Russia lost 12 T-72B3 tanks near Vuhledar.", "12", "RUS", "Vuhledar"),
    ("Russia lost 9 tanks outside Pavlivka on Monday.", "9", "RUS", "Pavlivka"),
])
def test_the_side_that_lost_is_the_owner_not_the_place(text, figure, owner, place):
    c = one(text, figure)
    assert c.owner is not None and c.owner.country == owner
    assert c.location is not None and c.location.text == place and c.location.country != owner
