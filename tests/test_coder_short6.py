"""One-line reports, batch 6 rules (short6): a place after a where-preposition is no recipient, ... Sentences
written for these tests (not from benchmarks/data)."""
from __future__ import annotations

import pytest

from sitroom.analyze import analyze
from sitroom.model import Document, content_id


def _events(text: str):
    doc = Document(id=content_id(text), text=text, published="2026-04-10", language="en")
    return analyze(doc).events


def _event(text: str, trigger: str):
    return next((e for e in _events(text) if e.trigger == trigger), None)


@pytest.mark.parametrize("text,trigger", [
    ("Striking nurses marched through central Accra on Monday to denounce the budget.", "marched"),
    ("Thousands of Bolivians took to the streets of La Paz on Friday against fuel prices.", "took"),
    ("Port employees went on strike at ports across Greece on Tuesday.", "strike"),
])
def test_place_after_a_where_preposition_is_no_recipient(text, trigger):
    ev = _event(text, trigger)
    assert ev is not None and ev.type == "PROTEST"
    assert ev.recipient is None


@pytest.mark.parametrize("text,trigger,etype,recipient,country", [
    ("Kyiv urged its partners on Monday to send more artillery shells to the front.", "urged", "REQUEST",
     "partners", None),
    ("The governor warned shopkeepers that they would be fined for opening during the curfew.", "warned",
     "THREATEN", "shopkeepers", None),
    ("The interior minister threatened truckers with jail if the blockades continued.", "threatened", "THREATEN",
     "truckers", None),
])
def test_people_named_as_the_object_are_the_recipient(text, trigger, etype, recipient, country):
    ev = _event(text, trigger)
    assert ev is not None and ev.type == etype
    assert ev.recipient is not None and recipient in ev.recipient.text
    assert ev.recipient.country == country


@pytest.mark.parametrize("text,trigger,country", [
    ("A shopkeeper was shot dead outside his store in Marseille on Sunday.", "shot", "FRA"),
    ("Two nurses were kidnapped in Port-au-Prince on Tuesday, the hospital said.", "kidnapped", "HTI"),
])
def test_no_actor_named_is_no_actor_on_the_record(text, trigger, country):
    # the text names no perpetrator: none on the record; country-level coding puts it to the host state
    from sitroom.analyze.coder import country_source
    ev = _event(text, trigger)
    assert ev is not None and ev.type in ("ASSAULT", "COERCE")
    assert ev.actor is None
    assert country_source(ev).country == country


def test_a_country_whose_sector_sanctions_are_eased_is_the_aim_not_the_place():
    ev = _event("Britain eased sanctions on Syria's banking sector on Friday.", "eased")
    assert ev is not None and ev.type == "CONCEDE"
    assert ev.location is None


@pytest.mark.parametrize("text,trigger,place", [
    ("Thousands of Chileans took to the streets of Santiago on Sunday against the pension law.", "took", "Santiago"),
    ("Dock workers walked out in the port of Gdansk on Monday over pay.", "walked", "Gdansk"),
])
def test_a_place_nouns_of_names_the_place(text, trigger, place):
    ev = _event(text, trigger)
    assert ev is not None and ev.location is not None and ev.location.text == place


@pytest.mark.parametrize("text,trigger,actor", [
    ("The Senate passed a motion condemning the coup in Niger.", "condemning", "Senate"),
    ("Lukashenko signed a decree imposing sanctions on Lithuanian firms.", "sanctions", "Lukashenko"),
])
def test_the_author_of_a_decree_or_motion_is_the_actor_of_what_it_does(text, trigger, actor):
    ev = _event(text, trigger)
    assert ev is not None and ev.actor is not None and actor in ev.actor.text


@pytest.mark.parametrize("text,trigger,country", [
    ("Cambodia jails opposition leader for treason", "jails", "KHM"),
    ("Uganda's electoral commission rejected the opposition's petition on Monday.", "rejected", "UGA"),
])
def test_a_states_opposition_is_its_own(text, trigger, country):
    ev = _event(text, trigger)
    assert ev is not None and ev.recipient is not None and ev.recipient.country == country


@pytest.mark.parametrize("text,country", [
    ("The Kremlin warned that Moscow would target British warships in the Black Sea.", "GBR"),
    ("Kim Jong Un warned that Pyongyang would hit Seoul's military bases.", "KOR"),
])
def test_who_would_act_in_a_warning_is_the_threateners_side(text, country):
    ev = _event(text, "warned")
    assert ev is not None and ev.type == "THREATEN"
    assert ev.recipient is not None and ev.recipient.country == country
