"""Not every harm is an attack: disasters with no attacker are not ASSAULT / COERCE / PROTEST (issue 11)."""
import pytest

from sitroom.api import extract

VIOLENCE = {"ASSAULT", "COERCE", "PROTEST"}


def violent(text):
    return [(e.type, e.trigger) for e in extract(text.encode("utf-8")).events if e.type in VIOLENCE]


@pytest.mark.parametrize("disaster, attack", [
    ("A gas explosion killed five people in Moscow on Tuesday", "A bomb explosion killed five people in Moscow on Tuesday"),
    ("Floods killed 20 people in Pakistan", "Russian shelling killed 20 people in Kharkiv"),
    ("An earthquake destroyed hundreds of buildings in eastern Turkey",
     "Russian forces destroyed hundreds of buildings in Mariupol"),
    ("A fire in a shopping centre killed 64 people in Kemerovo",
     "A fire caused by a Russian drone strike killed three people in Kyiv"),
    ("Five people were killed in a gas explosion in an apartment block in Dnipro",
     "Five people were killed in a missile strike on an apartment block in Dnipro"),
    ("A bus crash killed 18 people in Kenya", "Gunmen killed 18 people in Kenya"),
    ("A gas cylinder exploded in a restaurant, injuring 14", "A car bomb exploded in Kabul, killing 14"),
    ("Cholera has killed 30 people in Yemen this month", "Russian fire killed two civilians in Kherson"),
])
def test_disaster_is_no_attack_and_the_attack_still_is(disaster, attack):
    assert violent(disaster) == []
    assert violent(attack), attack


@pytest.mark.parametrize("text", [
    "The bridge collapsed on Sunday, killing 12 people",               # the cause is the clause it hangs on
    "A powerful earthquake struck southern Turkey on Monday, killing thousands",   # earthquakes "strike" too
    "A boiler explosion at a coal mine killed 11 miners",
    "Heavy flooding forced 10,000 residents from their homes",
    "Pakistan floods killed 1,100 people since June",                  # a country on a flood is where it struck
])
def test_more_disasters(text):
    assert violent(text) == []


def test_an_explosion_without_an_accident_cue_stays_an_attack():
    assert violent("An explosion killed three soldiers at a checkpoint in Donetsk")
