"""One-line reports, batch 3 rules (coder.args, nlp): the speaker's own mention for a reported "it", datelines,
trailing agency credits, possessive countries before a region, event words as recipients. Sentences written for
these tests (not from benchmarks/data)."""
from __future__ import annotations

import pytest

from sitroom.analyze import analyze
from sitroom.model import Document, content_id


def _event(text: str, trigger: str):
    doc = Document(id=content_id(text), text=text, published="2025-03-14", language="en")
    events = analyze(doc).events
    return next(e for e in events if e.trigger == trigger)


@pytest.mark.parametrize("text,trigger,head,iso3", [
    ("Norway said it had expelled three Russian diplomats.", "expelled", "Norway", "NOR"),
    ("Chile says it recognised the new government in Caracas", "recognised", "Chile", "CHL"),
])
def test_a_reported_pronoun_actor_reads_as_the_speaker(text, trigger, head, iso3):
    ev = _event(text, trigger)
    assert ev.actor is not None and head in ev.actor.text and ev.actor.country == iso3
    assert ev.actor.start is not None and text[ev.actor.start:ev.actor.end] == ev.actor.text


@pytest.mark.parametrize("text,trigger,head", [
    ("ISTANBUL, June 3 (AP) — Turkish police detained 12 lawyers on Tuesday.", "detained", "police"),
    ("ANKARA, June 3 (Reuters) - Turkish police detained 12 lawyers in Izmir on Tuesday.", "detained", "police"),
])
def test_a_dateline_town_is_not_the_leads_subject(text, trigger, head):
    ev = _event(text, trigger)
    assert ev.actor is not None and head in ev.actor.text


def test_a_dateline_is_its_own_sentence():
    from sitroom.nlp import parse
    doc = parse("ANKARA, June 3 (Reuters) - Turkish police detained 12 lawyers.")
    assert [s.text.split()[0] for s in doc.sents] == ["ANKARA,", "Turkish"]
    doc = parse("Turkey - a country of 85 million - detained 12 lawyers.")
    assert len(list(doc.sents)) == 1


@pytest.mark.parametrize("text,trigger,town,iso3", [
    # "Russia's Belgorod region": the possessor says which country the region is in
    ("Ukrainian drones hit an oil depot in Russia's Belgorod region overnight.", "hit", "Belgorod", "RUS"),
    ("Gunmen killed six farmers in Nigeria's Benue state on Sunday.", "killed", "Benue", "NGA"),
    # "pulled out of the palace in Khartoum": a two-word preposition leads to the argument's place
    ("The rebels pulled out of the presidential palace in Juba on Friday.", "pulled", "Juba", "SSD"),
])
def test_the_named_place_of_an_argument(text, trigger, town, iso3):
    ev = _event(text, trigger)
    assert ev.location is not None and town in ev.location.text and ev.location.country == iso3


@pytest.mark.parametrize("text,trigger,typ", [
    ("Hundreds of students gathered outside the university in Kampala on Monday.", "gathered", "PROTEST"),
    ("Russia gathered troops near the border.", "gathered", "MOBILIZE"),
])
def test_codebook_types(text, trigger, typ):
    assert _event(text, trigger).type == typ


def test_an_event_is_no_recipient_whom_it_was_done_to_is():
    ev = _event("The mayor of Dhaka apologised for the police raid on a student hostel.", "apologised")
    assert ev.recipient is None or "raid" not in ev.recipient.text
    ev = _event("Human Rights Watch condemned the killing of two journalists in Mexico.", "condemned")
    assert ev.recipient is not None and "journalists" in ev.recipient.text


@pytest.mark.parametrize("text,trigger,credit", [
    ("Japan sends $8 mln in emergency aid to Morocco quake victims - Kyodo", "sends", "Kyodo"),
    ("RUSSIA WARNS OF 'DECISIVE' RESPONSE TO NATO DRILLS IN FINLAND - RIA", "WARNS", "RIA"),
])
def test_a_trailing_agency_credit_is_no_recipient(text, trigger, credit):
    ev = _event(text, trigger)
    assert ev.recipient is None or credit not in ev.recipient.text


@pytest.mark.parametrize("text,trigger,typ,actor,recipient", [
    # Title Case and ALL CAPS headlines: the parser reads a re-cased copy (analyze._casing)
    ("Moldova Expels Russian Diplomat Over Spying Claims", "Expels", "SANCTION", "Moldova", "Diplomat"),
    ("PAKISTAN ARRESTS 12 MILITANTS IN QUETTA RAIDS - DAWN", "ARRESTS", "COERCE", "PAKISTAN", "MILITANTS"),
])
def test_title_case_and_capitals_headlines(text, trigger, typ, actor, recipient):
    ev = _event(text, trigger)          # the trigger and arguments as the document writes them
    assert ev.type == typ and actor in ev.actor.text and recipient in ev.recipient.text
    assert text[ev.actor.start:ev.actor.end] == ev.actor.text


def test_parser_case_keeps_length_names_and_ordinary_lines():
    from sitroom.analyze._casing import parser_case
    for line in ("Boko Haram Fighters Torch Market in Borno, Kill 4", "EU WARNS IRAN OVER DRONE SALES - AFP"):
        assert len(parser_case(line)) == len(line)
    cased = parser_case("Rebel Fighters Torch Market in Borno, Kill 4")
    assert "Rebel fighters torch" in cased and "in Borno, kill 4" in cased      # a word not known as common keeps its case
    assert parser_case("EU WARNS IRAN OVER DRONE SALES - AFP").startswith("EU warns Iran over drone")
    for line in ("Zelensky meets Erdogan in Istanbul", "Russian forces shelled Kherson on Monday.",
                 "Police arrest 40 protesters in Tbilisi"):
        assert parser_case(line) == line


@pytest.mark.parametrize("text,trigger,town,iso3", [
    # a town the gazetteer does not list, named by "the town of X": X, in the country its nationality gives
    ("A drone strike hit a truck near the northern Syrian town of Qabasin on Monday.", "hit", "Qabasin", "SYR"),
    ("Gunmen killed 9 herders in the village of Tiawa in northern Burkina Faso.", "killed", "Tiawa", "BFA"),
])
def test_an_unlisted_town_of_x_is_the_place(text, trigger, town, iso3):
    ev = _event(text, trigger)
    assert ev.location is not None and ev.location.text == town and ev.location.country == iso3


@pytest.mark.parametrize("text,trigger,water", [
    ("Iran seized a tanker in the Gulf of Oman on Friday.", "seized", "Gulf of Oman"),
    ("Houthi forces fired a missile at a cargo ship in the Gulf of Aden.", "fired", "Gulf of Aden"),
])
def test_a_gulf_of_x_is_the_whole_name_in_no_country(text, trigger, water):
    ev = _event(text, trigger)
    assert ev.location is not None and ev.location.text == water and ev.location.country is None


@pytest.mark.parametrize("text,trigger,actor,recipient", [
    # a nominal trigger with its "of" and "by" arguments: "the X of Y by Z" -> Z did it to Y
    ("The killing of two farmers by soldiers in Kaduna on Friday sparked protests.", "killing", "soldiers", "farmers"),
    ("The release of 12 hostages by Hamas was welcomed in Tel Aviv.", "release", "Hamas", "hostages"),
    ("Recognition of Kosovo by Kenya and Ghana was welcomed in Pristina.", "Recognition", "Kenya", "Kosovo"),
])
def test_a_nominal_trigger_of_y_by_z(text, trigger, actor, recipient):
    ev = _event(text, trigger)
    assert ev.actor is not None and actor in ev.actor.text
    assert ev.recipient is not None and recipient in ev.recipient.text


def _types(text: str) -> set[str]:
    doc = Document(id=content_id(text), text=text, published="2025-03-14", language="en")
    return {e.type for e in analyze(doc).events}


@pytest.mark.parametrize("text,types", [
    # a standing ban or deal the report presupposes is no event of its own
    ("Thousands marched in Lome on Saturday despite a ban on rallies.", {"PROTEST"}),
    ("Rebels freed six aid workers on Monday under a ceasefire agreement.", {"RETREAT"}),
])
def test_a_presupposed_ban_or_deal_is_no_event(text, types):
    assert _types(text) == types


def test_under_arrest_and_under_attack_stay_events():
    assert "COERCE" in _types("Police placed the opposition leader under house arrest in Conakry.")
    assert "ASSAULT" in _types("A UN convoy came under attack near Goma on Sunday.")


@pytest.mark.parametrize("text,trigger,typ", [
    # the verb's own particle decides the phrasal verb: "call up" (MOBILIZE), not a "for" deeper in the clause
    ("Serbia has called up 3,000 reservists for a snap exercise.", "called", "MOBILIZE"),
    ("Zelensky called for more air defence on Monday.", "called", "REQUEST"),
])
def test_a_particle_decides_the_phrasal_verb(text, trigger, typ):
    assert _event(text, trigger).type == typ


def test_a_state_of_emergency_is_no_recipient():
    ev = _event("The government of Peru declared a state of emergency in Lima on Monday.", "state")
    assert ev.recipient is None or "state" not in ev.recipient.text
