"""Whose and where a figure's counted things are (claims/_where.py): a demonym, a possessive or an of/from complement
in the counted phrase, the subject of a verb of having or moving, the subject of a hosting verb, the place a departure
verb leaves, "in the country" for the country named before, "to their own bases" for home. Sentences written for
these tests."""
from __future__ import annotations

import pytest

from sitroom.analyze import analyze
from sitroom.model import Document, content_id


def claim(text: str, figure: str, title: str | None = None):
    ex = analyze(Document(id=content_id(text, title), text=text, title=title, published="2023-05-04"))
    found = [c for c in ex.claims if c.text == figure]
    assert found, [c.text for c in ex.claims]
    return found[0]


def owner(text: str, figure: str) -> str | None:
    c = claim(text, figure)
    return c.owner.country if c.owner is not None else None


def place(text: str, figure: str) -> str | None:
    c = claim(text, figure)
    return c.location.country if c.location is not None else None


# ------------------------------------------------------------------ owner

def test_a_possessive_country_owns_the_counted_things():
    assert owner("Officials said Russia's 300 tanks were moved.", "300") == "RUS"


def test_the_of_or_from_complement_of_the_counted_noun_names_the_owner():
    assert owner("About 300 servicemen of the Armenian Armed Forces took part.", "About 300") == "ARM"
    c = claim("About 40 tanks from Germany arrived in Lithuania.", "About 40")
    assert (c.owner.country, c.location.country) == ("DEU", "LTU")


def test_the_subject_of_a_verb_of_sending_owns_through_plans_and_coordination():
    assert owner("Germany plans to send 300 troops.", "300") == "DEU"
    assert owner("Poland will train and deploy 300 soldiers.", "300") == "POL"


def test_a_pronoun_subject_is_the_speaking_country():
    assert owner("It will deploy 300 soldiers, the Polish ministry said.", "300") == "POL"
    assert owner("The Polish ministry said it will deploy 300 soldiers.", "300") == "POL"


def test_a_demonym_heading_a_list_owns_its_items_and_is_written_as_in_the_text():
    text = "Movement of Russian equipment:\n12 tanks; 30 trucks."
    c = claim(text, "12")
    assert c.owner.country == "RUS" and c.owner.text == "Russian"
    assert (c.owner.start, c.owner.end) == (text.index("Russian"), text.index("Russian") + len("Russian"))
    assert claim(text, "30").owner.country == "RUS"


# ------------------------------------------------------------------ location

def test_the_place_a_departure_leaves_is_the_location():
    assert place("About 300 soldiers withdrew from Kherson.", "About 300") == "UKR"
    c = claim("About 300 soldiers left Kherson on Monday.", "About 300")
    assert c.location.text == "Kherson" and c.status == "departed"


def test_where_things_arrive_from_is_not_their_location():
    assert place("About 300 soldiers arrived from Kherson.", "About 300") is None


def test_the_subject_of_a_hosting_verb_is_the_location_not_the_owner():
    c = claim("Poland will host 10,000 troops.", "10,000")
    assert c.location.country == "POL" and c.owner is None


def test_in_the_country_is_the_country_named_before_not_an_earlier_figures_place():
    c = claim("Romania sent 200 soldiers to Bulgaria last month. Moldova said 600 Romanian soldiers would arrive in "
              "the country next week.", "600")
    assert (c.owner.country, c.location.country) == ("ROU", "MDA")


def test_sent_to_their_own_bases_stays_at_home():
    c = claim("Poland's army said it would deploy 2,000 soldiers to their own bases.", "2,000")
    assert c.location.country == "POL"


def test_a_place_of_another_clause_is_found_near_the_figure():
    c = claim("Russian forces deployed 300 soldiers near Kharkiv, the Russian ministry said.", "300")
    assert (c.owner.country, c.location.text) == ("RUS", "Kharkiv")


def test_a_named_actor_as_subject_owns_through_its_country():
    assert owner("The Kremlin will send 300 troops.", "300") == "RUS"


def test_a_pronoun_subject_for_a_speaker_of_no_country_names_no_owner():
    assert claim("It will deploy 300 soldiers, a spokesman said.", "300").owner is None


def test_a_demonym_in_the_counted_phrase_is_the_owner_as_written():
    text = "About 300 Russian servicemen arrived."
    c = claim(text, "About 300")
    start = text.index("Russian")
    assert (c.owner.country, c.owner.text, c.owner.start, c.owner.end) == ("RUS", "Russian", start, start + 7)


def test_a_country_owning_the_subject_owns_the_figure():
    assert owner("Poland's army will deploy 300 soldiers.", "300") == "POL"


def test_sent_to_their_bases_stays_at_home():
    assert place("Poland said it would deploy 2,000 soldiers to their bases.", "2,000") == "POL"


def test_a_departure_is_placed_where_it_leaves_not_where_it_goes():
    c = claim("About 300 soldiers withdrew from Kherson to Mykolaiv.", "About 300")
    assert c.location.text == "Kherson"


@pytest.mark.parametrize("where", ["be based in the west of the country", "arrive in this country next week"])
def test_the_country_named_before_however_the_anaphor_is_put(where):
    c = claim(f"Romania sent 200 soldiers to Bulgaria last month. Moldova said 600 Romanian soldiers would {where}.",
              "600")
    assert c.location.country == "MDA"


def test_people_evacuated_from_a_town_are_nobodys():
    from sitroom.analyze import analyze
    from sitroom.model import Document, content_id
    text = "About 12,000 people have been evacuated from Doboj, the mayor's office said."
    c = analyze(Document(id=content_id(text, None), text=text, published="2024-05-15")).claims[0]
    assert c.status == "displaced" and c.owner is None             # not the country of the place they left


@pytest.mark.parametrize("text, figure, country", [
    ("Kyiv said 40 drones were shot down overnight.", "40", "UKR"),
    ("Minsk says the joint grouping will have about 9,000 Russian personnel.", "about 9,000", "BLR"),
])
def test_a_speaking_capital_places_the_figure_in_its_country_not_its_city(text, figure, country):
    c = claim(text, figure)
    assert c.location is not None and c.location.country == country
    assert c.location.kind == "country"


def test_a_capital_named_as_the_place_stays_the_city():
    c = claim("Air defences shot down 12 drones over Kyiv, the city's military administration said.", "12")
    assert c.location is not None and c.location.name == "Kyiv"


@pytest.mark.parametrize("text, figure, town", [
    ("At least 30 people have died in Cahul in Moldova, local volunteers said.", "At least 30", "Cahul"),
    ("Some 4,000 residents were evacuated in Doboj in northern Bosnia on Tuesday.", "Some 4,000", "Doboj"),
])
def test_a_town_named_with_its_country_is_the_town(text, figure, town):
    c = claim(text, figure)                                   # the country only says where the town is
    assert (c.location.name, c.location.kind != "country") == (town, True)
