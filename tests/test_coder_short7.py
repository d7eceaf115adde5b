"""One-line reports, batch 7 rules (short7): cyber intrusions and outages, ramming, persona non grata ...
Sentences written for these tests (not from benchmarks/data)."""
from __future__ import annotations

import pytest

from sitroom.analyze import analyze
from sitroom.model import Document, content_id


def _events(text: str):
    doc = Document(id=content_id(text), text=text, published="2026-04-10", language="en")
    return analyze(doc).events


def _event(text: str, trigger: str):
    return next((e for e in _events(text) if e.trigger == trigger), None)


@pytest.mark.parametrize("text,trigger,etype,mode", [
    ("Hackers broke into the servers of the Ukrainian defence ministry on Monday.", "broke", "COERCE", "cyber"),
    ("Pro-Russian hackers took down the Lithuanian ministry's website.", "took", "COERCE", "cyber"),
    ("A ransomware attack on a Costa Rican hospital network disrupted services.", "attack", "COERCE", "cyber"),
    ("Hacktivists knocked Danish bank websites offline on Friday.", "knocked", "COERCE", "cyber"),
    ("A Chinese coast guard ship rammed a Philippine supply boat.", "rammed", "ASSAULT", None),
    ("Moldova declared a Russian diplomat persona non grata.", "declared", "SANCTION", "expel"),
    ("Prosecutors in Manila charged a retired army colonel with plotting a coup on Friday.", "charged", "ACCUSE",
     "allege"),
])
def test_missing_triggers(text, trigger, etype, mode):
    ev = _event(text, trigger)
    assert ev is not None and ev.type == etype and ev.mode == mode


@pytest.mark.parametrize("text,trigger", [
    ("Burglars broke into a house in Leeds on Sunday.", "broke"),
    ("The army took down the rebel flag over the town hall.", "took"),
])
def test_no_cyber_event_without_a_system_hit(text, trigger):
    ev = _event(text, trigger)
    assert ev is None or ev.mode != "cyber"


@pytest.mark.parametrize("text,trigger,body,country", [
    ("Georgia's Central Election Commission rejected the opposition's appeal on Monday.", "rejected",
     "Commission", "GEO"),
    ("Serbia's Constitutional Court banned the nationalist party on Friday.", "banned", "Court", "SRB"),
])
def test_a_named_body_under_a_possessor_state_is_the_actor(text, trigger, body, country):
    ev = _event(text, trigger)
    assert ev is not None and ev.actor is not None
    assert body in ev.actor.text and ev.actor.country == country


@pytest.mark.parametrize("text,trigger,cargo_country", [
    ("Greek coast guard seized a tanker carrying Russian oil off Crete.", "seized", "RUS"),
    ("Houthi rebels attacked a ship carrying Ukrainian grain in the Red Sea.", "attacked", "UKR"),
])
def test_a_vehicles_cargo_is_no_recipient(text, trigger, cargo_country):
    ev = _event(text, trigger)
    assert ev is not None
    assert ev.recipient is None or ev.recipient.country != cargo_country
