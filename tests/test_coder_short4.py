"""One-line reports, batch 4 rules (coder.args): the recipient is a party the text names (the host state and a
protest's own government are the country-level target only, `country_target`); an event with no place of its own
is where its content is. Sentences written for these tests (not from benchmarks/data)."""
from __future__ import annotations

import pytest

from sitroom.analyze import analyze
from sitroom.analyze.coder import country_target
from sitroom.model import Document, content_id


def _event(text: str, trigger: str):
    doc = Document(id=content_id(text), text=text, published="2025-06-20", language="en")
    events = analyze(doc).events
    return next(e for e in events if e.trigger == trigger)


@pytest.mark.parametrize("text,trigger,town,iso3", [
    ("Thousands of pensioners rallied in Ljubljana on Sunday.", "rallied", "Ljubljana", "SVN"),
    ("Taxi drivers went on strike in Lagos over fuel prices.", "strike", "Lagos", "NGA"),
    ("Authorities imposed a curfew in Kaduna after clashes.", "curfew", "Kaduna", "NGA"),
])
def test_no_recipient_named_none_on_the_record(text, trigger, town, iso3):
    ev = _event(text, trigger)
    assert ev.recipient is None
    assert ev.location is not None and ev.location.text == town
    assert country_target(ev).country == iso3        # country-level coding still has its target


def test_a_named_recipient_is_the_country_target():
    ev = _event("Police in Lima detained three journalists on Monday.", "detained")
    assert ev.recipient is not None and "journalists" in ev.recipient.text
    assert country_target(ev) is ev.recipient


def test_a_move_has_no_host_target():
    ev = _event("Hungary deployed 200 soldiers to its southern border.", "deployed")
    assert ev.recipient is None and country_target(ev) is None


@pytest.mark.parametrize("text,trigger,town", [
    ("The African Union called for a truce in Juba on Tuesday.", "called", "Juba"),
    ("Guterres urged an end to the siege in Goma.", "urged", "Goma"),
])
def test_the_content_place_is_the_event_place(text, trigger, town):
    ev = _event(text, trigger)
    assert ev.recipient is None or town not in ev.recipient.text
    assert ev.location is not None and ev.location.text == town


def test_a_topic_place_is_not_the_content_place():
    ev = _event("Ghana recalled its envoy over the violence in Bamako.", "recalled")
    assert ev.location is None or ev.location.text != "Bamako"


@pytest.mark.parametrize("text,trigger,town", [
    ("Gunmen killed four farmers near Kwatas on Friday.", "killed", "Kwatas"),        # a town no gazetteer lists
    ("A Kherson court jailed a blogger for five years.", "jailed", "Kherson"),       # the actor's home town
    ("Drone strike on Belgorod bus injures 3", "strike", "Belgorod"),                # an object's home town
    ("Kenyan President William Ruto visits Kigali", "visits", "Kigali"),             # a visit's object
])
def test_the_place_beyond_the_gazetteer_and_the_prepositions(text, trigger, town):
    ev = _event(text, trigger)
    assert ev.location is not None and ev.location.text == town


def test_an_acronym_is_no_town():
    ev = _event("Chad appealed to the UN for food aid.", "appealed")
    assert ev.location is None


def test_a_given_name_is_no_home_town():
    ev = _event("Former minister Ariel Cohen resigned on Monday.", "resigned")
    assert ev.location is None


@pytest.mark.parametrize("text,trigger,etype", [
    ("Jordan sends aid convoy to Gaza", "sends", "AID"),                          # relief, not a deployment
    ("Turkey sent a ship carrying food to Port Sudan.", "sent", "AID"),
    ("Turkey sent warships to the Aegean.", "sent", "MOBILIZE"),                  # still a move of forces
    ("Police rounded up dozens of protesters in Yerevan.", "rounded", "COERCE"),
    ("The Red Cross distributed blankets to families in Herat.", "distributed", "AID"),
    ("Iran moved air-defence batteries to Bushehr.", "moved", "MOBILIZE"),
])
def test_relief_vehicles_and_coverage(text, trigger, etype):
    assert _event(text, trigger).type == etype


def test_off_a_coast_is_where():
    ev = _event("A drone hit a tanker off Sevastopol.", "hit")
    assert ev.location is not None and ev.location.text == "Sevastopol"


@pytest.mark.parametrize("text,trigger,head", [
    ("Soldiers placed the opposition leader under house arrest in Conakry.", "arrest", "leader"),
    ("A Minsk court sentenced a poet to three years in prison.", "sentenced", "poet"),
    ("Greek coast guards seized a smuggling boat on Tuesday.", "seized", "boat"),
    ("Prosecutors in Lima opened an investigation into the former mayor.", "investigation", "mayor"),
])
def test_the_object_a_measure_is_done_to_is_the_recipient(text, trigger, head):
    ev = _event(text, trigger)
    assert ev.recipient is not None and head in ev.recipient.text


def test_a_state_of_emergency_is_done_to_no_one():
    ev = _event("The junta declared a state of emergency in Agadez.", "state")
    assert ev.recipient is None


@pytest.mark.parametrize("text,trigger", [
    ("Rioters attacked a police station in Durban on Tuesday.", "attacked"),
    ("Protesters clash with riot police in Dakar", "clash"),
])
def test_a_violent_crowd_riots(text, trigger):
    ev = _event(text, trigger)
    assert (ev.type, ev.mode) == ("PROTEST", "riot")
    assert ev.actor is not None and ev.actor.country == ev.location.country


def test_police_attacking_protesters_is_still_an_assault():
    assert _event("Police clashed with protesters in Lima.", "clashed").type == "ASSAULT"


@pytest.mark.parametrize("text,trigger,absent", [
    ("Rebels freed a Swiss nun abducted in Kidal.", "freed", "abducted"),                  # a state, not an act
    ("Armenia and Azerbaijan swapped prisoners in a deal brokered by the US.", "swapped", "deal"),
    ("The rebels pulled out of Bunia under an agreement mediated by Kenya.", "pulled", "mediated"),
    ("Soldiers killed six gunmen in a raid near Kidal.", "killed", "raid"),                  # the attack's setting
])
def test_a_frame_or_a_state_is_no_second_event(text, trigger, absent):
    doc = Document(id=content_id(text), text=text, published="2025-06-20", language="en")
    events = analyze(doc).events
    assert any(e.trigger == trigger for e in events)
    assert not any(e.trigger == absent for e in events)


def test_a_participle_with_its_agent_is_still_an_act():
    ev = _event("Three journalists detained by police in Istanbul", "detained")
    assert ev.type == "COERCE"


def test_ruling_out_is_a_refusal():
    ev = _event("Macron ruled out sending troops to Niger.", "ruled")
    assert ev.type == "REJECT" and ev.actor.country == "FRA"
