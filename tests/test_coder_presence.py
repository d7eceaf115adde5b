"""Forces present somewhere, vehicles carrying forces, and where an event happened: wire-style sentences
written for these tests (general rules of news English, not any one article's wording)."""
from __future__ import annotations

import pytest

from sitroom.analyze.coder import code_events
from sitroom.nlp import parse


def of_type(text: str, typ: str):
    evs = [e for e in code_events(parse(text)) if e.type == typ]
    assert evs, f"no {typ} event in: {text}"
    return evs[0]


def country(x) -> str | None:
    return x.country if x is not None else None


# ------------------------------------------------------------------ (a) copular presence of forces
@pytest.mark.parametrize("text,actor,where", [
    ("About 2,500 French soldiers were present in Mali as of March 1, the army said.", "FRA", "MLI"),
    ("Some 900 American troops are based in eastern Syria.", "USA", "SYR"),
    ("Roughly 3,000 Turkish soldiers are stationed in northern Cyprus.", "TUR", "CYP"),
    ("There are about 1,500 British troops in Estonia.", "GBR", "EST"),
    ("There are still thousands of Russian soldiers in Armenia, officials said.", "RUS", "ARM"),
])
def test_forces_present_in_a_place_are_mobilize(text, actor, where):
    e = of_type(text, "MOBILIZE")
    assert country(e.actor) == actor
    assert country(e.location) == where
    assert e.mode == "troops"
    assert not e.negated


@pytest.mark.parametrize("text", [
    "A newspaper based in Beirut published the letter on Monday.",
    "There are many shops in the old town of Tbilisi.",
    "The minister was present in Geneva for the ceremony.",
])
def test_presence_of_non_forces_is_no_mobilize(text):
    assert not [e for e in code_events(parse(text)) if e.type == "MOBILIZE"]


def test_no_forces_present_is_negated():
    e = of_type("No Chinese troops are present in Myanmar, the ministry said.", "MOBILIZE")
    assert e.negated


# ------------------------------------------------------------------ (b) vehicles carrying forces
def test_train_carrying_soldiers_moves_the_soldiers_country():
    e = of_type("Trains carrying Russian soldiers were arriving in Belarus on Sunday.", "MOBILIZE")
    assert country(e.actor) == "RUS"
    assert country(e.location) == "BLR"


def test_convoy_of_foreign_tanks_crossing_is_mobilize_of_that_country():
    e = of_type("A convoy of Turkish tanks crossed into Syria on Wednesday.", "MOBILIZE")
    assert country(e.actor) == "TUR"
    assert country(e.location) == "SYR"


def test_column_of_armoured_vehicles_moving():
    e = of_type("Columns of Russian armoured vehicles moved toward the Ukrainian border overnight.", "MOBILIZE")
    assert country(e.actor) == "RUS"


# ------------------------------------------------------------------ (c) what is given is not who gets it
def test_delivered_systems_are_not_the_recipient_even_after_a_foreign_army_is_named():
    text = ("Russian forces fired dozens of cruise missiles at Ukrainian cities on Monday. "
            "Germany will deliver four more air defence systems to Ukraine by the end of the year, "
            "the German defence ministry announced.")
    e = [e for e in code_events(parse(text)) if e.trigger == "deliver"][0]
    assert country(e.actor) == "DEU"
    assert country(e.recipient) == "UKR"


def test_supplying_a_party_with_arms_keeps_the_party():
    e = of_type("Iran supplied the Houthi rebels with drones, the report said.", "AID")
    assert country(e.actor) == "IRN"
    assert e.recipient is not None and "rebels" in e.recipient.text


# ------------------------------------------------------------------ (d) nationality adjective on a place noun
@pytest.mark.parametrize("text,where", [
    ("Russian troops arrived at Belarusian training grounds on Monday.", "BLR"),
    ("Wagner fighters were deployed on Malian territory last year.", "MLI"),
    ("Turkish jets entered Greek airspace on Tuesday.", "GRC"),
])
def test_demonym_on_place_noun_gives_location(text, where):
    e = of_type(text, "MOBILIZE")
    assert country(e.location) == where
    assert country(e.recipient) != where      # where the move went, not whom it is against


def test_occupied_city_is_the_city():
    e = [e for e in code_events(parse("Ukrainian forces struck a bridge in Russian-occupied Kherson."))
         if e.trigger == "struck"][0]
    assert e.location is not None and e.location.text == "Kherson"


# ------------------------------------------------------------------ (e) an attacked place is where it happened
@pytest.mark.parametrize("text,where", [
    ("Russian forces shelled Nikopol overnight, the regional governor said.", "UKR"),
    ("Israeli aircraft bombed Rafah on Thursday.", "PSE"),
])
def test_assault_on_a_place_locates_the_event(text, where):
    e = of_type(text, "ASSAULT")
    assert e.location is not None and country(e.location) == where
