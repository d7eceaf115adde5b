"""One-line reports, batch 8 rules (short8): exchanged fire, burning, attack nouns, a sum pledged, relief aboard
warships, what came under attack, weapons launched. Sentences written for these tests (not from benchmarks/data)."""
from __future__ import annotations

import pytest

from sitroom.analyze import analyze
from sitroom.model import Document, content_id


def _events(text: str):
    doc = Document(id=content_id(text), text=text, published="2026-05-15", language="en")
    return analyze(doc).events


def _event(text: str, trigger: str):
    return next((e for e in _events(text) if e.trigger == trigger), None)


@pytest.mark.parametrize("text,trigger", [
    ("Sudanese soldiers and RSF fighters exchanged fire outside Kadugli on Monday.", "exchanged"),
    ("Police and bandits traded fire for an hour in Zamfara.", "traded"),
    ("Border guards exchanged gunfire with smugglers overnight.", "exchanged"),
    ("Insurgents burned a bus carrying traders near Mopti.", "burned"),
])
def test_fire_exchanged_and_burning_are_attacks(text, trigger):
    e = _event(text, trigger)
    assert e is not None and e.type == "ASSAULT"


def test_exchanged_prisoners_stays_a_release():
    e = _event("Yemen's warring sides exchanged prisoners in Sanaa on Sunday.", "exchanged")
    assert e is not None and e.type == "RETREAT"


@pytest.mark.parametrize("text,trigger,mode", [
    ("A Ukrainian drone raid set an oil depot ablaze in Bryansk.", "raid", "drone"),
    ("Israeli tank fire hit a school in Jabalia.", "fire", "heavy-weapons"),
    ("A bomb strike on a market in Kherson wounded six.", "strike", "explosives"),
])
def test_attack_nouns(text, trigger, mode):
    e = _event(text, trigger)
    assert e is not None and e.type == "ASSAULT" and e.mode == mode


@pytest.mark.parametrize("text,trigger", [
    ("Police and smugglers exchanged gunfire in Tijuana on Monday.", "exchanged"),
    ("Farmers block highway in Punjab", "block"),
])
def test_a_word_of_the_trigger_is_no_recipient(text, trigger):
    e = _event(text, trigger)
    assert e is not None and (e.recipient is None or e.recipient.text.lower() not in ("gunfire", "highway"))


@pytest.mark.parametrize("text,trigger,etype", [
    ("Norway pledged 50 million kroner in aid for flood victims in Pakistan.", "pledged", "AID"),
    ("Qatar promised $20 million for Sudan's displaced on Monday.", "promised", "AID"),
    ("Iran pledged to retaliate against Israel.", "pledged", "AGREE"),
])
def test_a_sum_pledged_is_aid(text, trigger, etype):
    e = _event(text, trigger)
    assert e is not None and e.type == etype


def test_relief_sent_aboard_warships_is_aid():
    e = _event("The navy dispatched food and medicine to Gaza aboard a frigate.", "dispatched")
    assert e is not None and e.type == "AID"
    e = _event("Russia dispatched two frigates to the Mediterranean.", "dispatched")
    assert e is not None and e.type == "MOBILIZE"


@pytest.mark.parametrize("text,trigger,recipient", [
    ("Izium came under heavy shelling on Tuesday.", "shelling", "Izium"),
    ("A Nigerian army patrol came under attack near Damboa.", "attack", "patrol"),
])
def test_what_came_under_attack_is_its_recipient_not_its_actor(text, trigger, recipient):
    e = _event(text, trigger)
    assert e is not None and e.type == "ASSAULT" and e.actor is None
    assert e.recipient is not None and recipient in e.recipient.text


@pytest.mark.parametrize("text,trigger,mode", [
    ("Russia launched 120 drones at Odesa overnight.", "launched", "drone"),
    ("Riot police used water cannon on farmers in Brussels.", "used", "crowd-control"),
])
def test_launching_weapons_and_using_crowd_control_means(text, trigger, mode):
    e = _event(text, trigger)
    assert e is not None and e.type == "ASSAULT" and e.mode == mode
