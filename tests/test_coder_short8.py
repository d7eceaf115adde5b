"""One-line reports, batch 8 rules (short8): exchanged fire, burning, attack nouns, live-blog time stamps and a
country a monitoring post is filed under. Sentences written for these tests (not from benchmarks/data)."""
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


def test_country_label_of_a_monitoring_post_is_not_the_actor():
    e = _event("Somalia: Al-Shabaab militants attacked a police post in Baidoa.", "attacked")
    assert e is not None and e.actor is not None and "Shabaab" in e.actor.text


@pytest.mark.parametrize("text,trigger,actor", [
    ("• 11:05 Sudanese drones struck a fuel depot in Port Sudan.", "struck", "Sudanese drones"),
    ("- 21:40 — Gunmen abducted six farmers near Kaduna, police say.", "abducted", "Gunmen"),
])
def test_live_blog_time_stamp_is_no_subject(text, trigger, actor):
    e = _event(text, trigger)
    assert e is not None and e.actor is not None and e.actor.text == actor


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
