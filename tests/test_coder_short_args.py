"""Arguments of one-line reports (coder.args): the place attached to an argument, a nationality that only modifies
the head, a state body acting at home. Sentences written for these tests (not from benchmarks/data)."""
from __future__ import annotations

import pytest

from sitroom.analyze import analyze
from sitroom.model import Document, content_id


def _event(text: str, trigger: str):
    doc = Document(id=content_id(text), text=text, published="2024-05-15", language="en")
    events = analyze(doc).events
    return next(e for e in events if e.trigger == trigger)


@pytest.mark.parametrize("text,trigger,town,iso3", [
    # the place hangs on the passive subject, the agent or the noun trigger's object, not on the trigger
    ("A hospital in Zaporizhzhia was struck by Russian missiles on Sunday.", "struck", "Zaporizhzhia", "UKR"),
    ("Two lawyers were arrested by police officers in Ankara on Friday.", "arrested", "Ankara", "TUR"),
    ("Detention of a prominent blogger in Hanoi draws criticism", "Detention", "Hanoi", "VNM"),
    ("Militants killed five soldiers in an ambush on a patrol near Timbuktu.", "ambush", "Timbuktu", "MLI"),
    # "shelling of X": the attacked town is where the attack was
    ("Shelling of Kramatorsk leaves four wounded", "Shelling", "Kramatorsk", "UKR"),
])
def test_place_attached_to_an_argument(text, trigger, town, iso3):
    ev = _event(text, trigger)
    assert ev.location is not None and town in ev.location.text and ev.location.country == iso3


def test_a_topic_is_not_the_place():
    # "over the fighting in Sudan": what the measure is about, not where it was taken
    ev = _event("Kenya recalled its ambassador over the fighting in Sudan.", "recalled")
    assert ev.location is None or ev.location.country != "SDN"


@pytest.mark.parametrize("text,trigger,head,iso3", [
    ("Iranian police detained a British tourist in Shiraz.", "detained", "tourist", "GBR"),
    ("The EU imposed sanctions on Belarusian officials on Monday.", "sanctions", "officials", "BLR"),
])
def test_a_nationality_modifier_gives_the_country_not_the_recipient(text, trigger, head, iso3):
    ev = _event(text, trigger)
    assert ev.recipient is not None and head in ev.recipient.text and ev.recipient.country == iso3


@pytest.mark.parametrize("text,trigger,iso3", [
    ("Police detain 25 students in Dhaka", "detain", "BGD"),
    ("Riot police arrested dozens of protesters in Yerevan on Saturday.", "arrested", "ARM"),
])
def test_a_state_body_acting_at_home_is_the_places_country(text, trigger, iso3):
    ev = _event(text, trigger)
    assert ev.actor is not None and ev.actor.country == iso3


def test_a_state_body_sent_abroad_is_not_the_hosts():
    ev = _event("The army deployed two battalions to Haiti on Monday.", "deployed")
    assert ev.actor is None or ev.actor.country != "HTI"


# ------------------------------------------------------------------ headline grammar (_precision.py, args)
def _main(text: str):
    from sitroom.analyze.coder import code_events, main_event
    from sitroom.nlp import parse
    doc = parse(text)
    return main_event(code_events(doc), doc)


@pytest.mark.parametrize("text,expected", [
    # a present-tense verb the tagger read as the root noun, with its subject left and its object right
    ("UK sanctions five Russian generals over chemical attacks", "SANCTION"),
    # headline future (to + verb) and headline passive (a bare participle)
    ("Finland, Sweden to hold joint naval drills", "COOPERATE"),
    ("Talks between Armenia and Azerbaijan held in Almaty", "CONSULT"),
])
def test_headline_grammar_is_an_event(text, expected):
    ev = _main(text)
    assert ev is not None and ev.type == expected


def test_a_title_case_heading_is_still_no_event():
    from sitroom.analyze.coder import code_events
    from sitroom.nlp import parse
    assert code_events(parse("Joint Military Exercises and Force Posture")) == []


def test_headline_arguments():
    ev = _main("Finland, Sweden to hold joint naval drills")
    assert ev.actor is not None and ev.actor.country in ("FIN", "SWE")
    assert ev.recipient is not None and ev.recipient.country in ("FIN", "SWE") and ev.recipient.country != ev.actor.country
    ev = _main("UK sanctions five Russian generals over chemical attacks")
    assert ev.actor is not None and ev.actor.country == "GBR"
    assert ev.recipient is not None and "generals" in ev.recipient.text and ev.recipient.country == "RUS"


# ------------------------------------------------------------------ lexicon rows and the verb's own phrases
def test_jailed_for_a_term_is_a_conviction_of_the_person():
    ev = _event("A court in Baku jailed two reporters for nine years on Tuesday.", "jailed")
    assert ev.type == "SANCTION" and ev.mode == "convict"
    assert ev.recipient is not None and "reporters" in ev.recipient.text and ev.recipient.country == "AZE"


def test_jailed_by_police_stays_a_detention():
    assert _event("Police jailed the suspects in Lagos.", "jailed").type == "COERCE"


def test_downing_aircraft_is_an_assault_but_not_a_storm_downing_lines():
    from sitroom.analyze.coder import code_events
    from sitroom.nlp import parse
    ev = _event("Air defences downed 14 Russian drones over Odesa overnight, the army said.", "downed")
    assert ev.type == "ASSAULT" and ev.recipient is not None and ev.recipient.country == "RUS"
    assert code_events(parse("The storm downed power lines across Texas.")) == []


def test_place_on_the_agent_of_a_nominal_events_verb():
    ev = _event("Joint exercises were held by Egyptian and Saudi troops near Aswan on Monday.", "exercises")
    assert ev.location is not None and ev.location.country == "EGY"


def test_a_compass_word_of_an_unknown_region_is_no_place():
    # "North" alone is a Cameroonian region in the gazetteer; "North Waziristan" (unknown to it) must not become it
    ev = _event("Soldiers killed six insurgents in a raid in North Waziristan on Saturday.", "killed")
    for arg in (ev.actor, ev.recipient, ev.location):
        assert arg is None or arg.country != "CMR"


def test_whom_a_nominal_attack_befell_in_a_passive_harm_clause():
    # "were wounded in an airstrike": the wounded are the recipient (with the place's country), the place of the
    # harm is the attack's
    ev = _event("Three farmers were wounded in an Israeli airstrike on a village near Tyre.", "airstrike")
    assert ev.recipient is not None and "farmers" in ev.recipient.text and ev.recipient.country == "LBN"
    assert ev.location is not None and ev.location.country == "LBN"
    ev = _event("Two civilians were killed in Russian shelling of Kramatorsk on Monday.", "shelling")
    assert ev.recipient is not None and "civilians" in ev.recipient.text and ev.recipient.country == "UKR"


@pytest.mark.parametrize("text,trigger,head,iso3", [
    ("Thousands rally in Bucharest against corruption", "rally", "Thousands", "ROU"),
    ("Student protest in Dhaka turns violent, 12 hurt", "protest", "Student", "BGD"),
])
def test_a_headline_crowd_is_the_protests_actor(text, trigger, head, iso3):
    ev = _event(text, trigger)
    assert ev.type == "PROTEST" and ev.actor is not None and head in ev.actor.text and ev.actor.country == iso3
