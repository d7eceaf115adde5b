"""Behaviour tests for the coder's argument rules (coder/args), written after a mutation run (scripts/mutation.py
group coder_args). Own short records and sentences, not from benchmarks/data."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from sitroom.analyze.coder import country_source, country_target
from sitroom.model import Entity, Place


def _ev(type_, actor=None, recipient=None, location=None):
    return SimpleNamespace(type=type_, actor=actor, recipient=recipient, location=location)


SERBS = Entity("Serbian farmers", None, "SRB", None)
BELGRADE = Place("Belgrade", "Belgrade", "SRB")
AMMAN = Place("Amman", "Amman", "JOR")


def test_a_protest_targets_its_own_government_not_the_host():
    t = country_target(_ev("PROTEST", SERBS, None, AMMAN))
    assert (t.country, t.sector, t.text) == ("SRB", "GOV", "Serbia")


@pytest.mark.parametrize("actor", [
    Entity("Serbian police", None, "SRB", "POL"),      # a state body protesting is not against itself
    Entity("Protesters", None, None, None),            # no country of its own
])
def test_a_protest_with_no_own_state_has_no_target(actor):
    assert country_target(_ev("PROTEST", actor, None, AMMAN)) is None


def test_a_protest_with_no_actor_has_no_target():
    assert country_target(_ev("PROTEST", None, None, BELGRADE)) is None


def test_any_other_event_targets_the_host_state():
    t = country_target(_ev("CONSULT", Entity("Kenyan President", None, "KEN", "LEADER"), None, AMMAN))
    assert (t.country, t.sector, t.text) == ("JOR", None, "Jordan")


@pytest.mark.parametrize("etype", ["MOBILIZE", "RETREAT"])
def test_moves_have_no_host_target(etype):
    assert country_target(_ev(etype, SERBS, None, AMMAN)) is None


def test_a_place_with_no_country_gives_no_target():
    assert country_target(_ev("ASSAULT", SERBS, None, Place("Kwatas"))) is None


def test_the_named_recipient_wins_over_the_place():
    r = Entity("three journalists", None, None, "MEDIA")
    assert country_target(_ev("COERCE", SERBS, r, AMMAN)) is r


# --- whole sentences: who acted on whom where, with offsets into the text

from sitroom.analyze import analyze                     # noqa: E402
from sitroom.model import Document, content_id          # noqa: E402


def _events(text: str):
    return analyze(Document(id=content_id(text), text=text, published="2025-06-20", language="en")).events


def _event(text: str, trigger: str):
    return next(e for e in _events(text) if e.trigger == trigger)


def _arg(ev, role):
    x = getattr(ev, role)
    return None if x is None else (x.text, x.country, getattr(x, "sector", None))


@pytest.mark.parametrize("text, trigger, role, expected", [
    # a state body named without its country, acting where the event is, is that country's
    ("Police arrest 40 protesters in Tbilisi.", "arrest", "actor", ("Police", "GEO", "POL")),
    ("Police arrest 40 protesters in Tbilisi.", "arrest", "recipient", ("40 protesters", "GEO", None)),
    ("Police in Lima detained three journalists on Monday.", "detained", "actor", ("Police", "PER", "POL")),
    # people with no nationality of their own, acted on by their state, are its own
    ("Russian police dispersed demonstrators in Moscow.", "dispersed", "recipient", ("demonstrators", "RUS", None)),
    # an arrest with no human agent names no actor (country-level coding: the host state's, below)
    ("A missionary was arrested in Lebanon.", "arrested", "actor", None),
    # a group named "ethnic X" acting in a country belongs to it
    ("Ethnic Albanians demonstrated in Serbia.", "demonstrated", "actor", ("Albanians", "SRB", None)),
    # an apposition gives the country
    ("Hamas, the Palestinian militant group, fired rockets at Israel.", "fired", "actor", ("Hamas", "PSE", "REB")),
    ("Hamas, the Palestinian militant group, fired rockets at Israel.", "fired", "recipient", ("Israel", "ISR", None)),
    ("Kenyan President William Ruto visits Kigali", "visits", "actor",
     ("Kenyan President William Ruto", "KEN", "LEADER")),
])
def test_arguments_of_one_line_reports(text, trigger, role, expected):
    assert _arg(_event(text, trigger), role) == expected


@pytest.mark.parametrize("text", [
    "Police arrest 40 protesters in Tbilisi.",
    "Ethnic Albanians demonstrated in Serbia.",
    "Gunmen killed four farmers near Kwatas on Friday.",           # a town no gazetteer lists
    "A missionary was arrested in Lebanon.",
    "Police in Lima detained three journalists on Monday.",
    "Russian police dispersed demonstrators in Moscow.",
    "Hamas, the Palestinian militant group, fired rockets at Israel.",
    "Protesters rallied outside Parliament in Nairobi.",
    "Kenyan President William Ruto visits Kigali",
])
def test_every_argument_points_at_its_own_words(text):
    seen = 0
    for ev in _events(text):
        for role in ("actor", "recipient", "location"):
            x = getattr(ev, role)
            if x is not None:
                seen += 1
                assert x.start is not None and x.end is not None, (role, x)
                assert text[x.start:x.end] == x.text, (role, x)
    assert seen >= 2


@pytest.mark.parametrize("text, trigger", [
    ("A missionary was arrested in Lebanon.", "arrested"),
    ("A journalist was put under investigation in Lebanon.", "investigation"),
])
def test_an_agentless_arrest_is_the_host_states_at_country_level(text, trigger):
    s = country_source(_event(text, trigger))
    assert (s.country, s.sector) == ("LBN", None)


def test_a_visit_targets_the_state_visited():
    t = country_target(_event("Kenyan President William Ruto visits Kigali", "visits"))
    assert (t.country, t.sector) == ("RWA", None)


def test_an_ethnic_group_protests_against_the_state_it_lives_in():
    t = country_target(_event("Ethnic Albanians demonstrated in Serbia.", "demonstrated"))
    assert (t.country, t.sector) == ("SRB", "GOV")


@pytest.mark.parametrize("text, trigger, role, expected", [
    # a passive with the event in a prepositional object ("was put under investigation"): no actor named
    ("A journalist was put under investigation in Lebanon.", "investigation", "actor", None),
    # an institution named without its country is the protesters' own
    ("Serbian protesters rallied outside Parliament in Belgrade.", "rallied", "recipient",
     ("Parliament", "SRB", "LEG")),
    # a move's place is where it goes to or leaves from
    ("Russia withdrew 300 troops from Kherson.", "withdrew", "location", ("Kherson", "UKR", None)),
    ("French troops arrived in Amman.", "arrived", "location", ("Amman", "JOR", None)),
])
def test_fallback_actors_domestic_recipients_and_move_places(text, trigger, role, expected):
    assert _arg(_event(text, trigger), role) == expected


def test_a_domestic_institution_keeps_its_name():
    ev = _event("Serbian protesters rallied outside Parliament in Belgrade.", "rallied")
    assert ev.recipient.name == "Parliament"


@pytest.mark.parametrize("text, trigger, role, expected", [
    # an event noun's nationality word names who it is against
    ("Lebanon protested over two Israeli air raids.", "protested", "recipient", ("two Israeli air raids", "ISR", None)),
    ("Lebanon condemned the Israeli air raids on Tyre.", "condemned", "location", ("Tyre", "LBN", None)),
    # the thing given is no party: the one it goes to is
    ("Germany pledged to deliver tanks to Ukraine.", "pledged", "recipient", ("Ukraine", "UKR", None)),
    ("Poland accused Russia of sending migrants across the border.", "accused", "recipient", ("Russia", "RUS", None)),
])
def test_recipients_behind_nouns_and_gifts(text, trigger, role, expected):
    assert _arg(_event(text, trigger), role) == expected


@pytest.mark.parametrize("text, country", [
    ("People blocked streets in Hong Kong.", "HKG"),       # a crowd the actor list reads as civilians
    ("Protesters rallied in Nairobi.", "KEN"),
])
def test_a_crowd_of_civilians_takes_the_country_it_protests_in(text, country):
    ev = next(e for e in _events(text) if e.type == "PROTEST")
    assert ev.actor.country == country


def test_an_armed_group_takes_no_country_from_where_it_acts():
    ev = next(e for e in _events("Rebels attacked a village near Goma."))
    assert ev.actor.country is None
