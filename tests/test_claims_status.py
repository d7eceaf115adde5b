"""The state of what a figure counts (claims/_status.py), from its own clause: a participle on the counted noun, a
status noun governing it, the verb (looked through "begin", "be believed to be"), a future or an intention, a
sending under way, a launch verb, a verb of removing people from their homes. Sentences written for these tests."""
from __future__ import annotations

import pytest

from sitroom.analyze import analyze
from sitroom.model import Document, content_id


def status(text: str, figure: str, title: str | None = None) -> str:
    ex = analyze(Document(id=content_id(text, title), text=text, title=title, published="2023-05-04"))
    found = [c for c in ex.claims if c.text == figure]
    assert found, [c.text for c in ex.claims]
    return found[0].status


@pytest.mark.parametrize("text, figure, expected", [
    # a participle or adjective after the counted noun
    ("Officials said 1,200 soldiers killed or wounded were evacuated.", "1,200", "casualties"),
    ("Officials said 300 soldiers killed in the attack were buried.", "300", "killed"),
    ("The 40 soldiers wounded in the attack were flown home.", "40", "wounded"),
    ("Officials counted 20 trucks bound for Kherson.", "20", "planned"),
    ("About 20 trucks headed for Kherson were seen.", "About 20", "planned"),
    # a status noun as the subject of the clause: losses of people are casualties, of things destroyed
    ("Losses amounted to 60 servicemen.", "60", "casualties"),
    ("Losses amounted to 60 tanks.", "60", "destroyed"),
    ("The death toll passed 10,000.", "10,000", "killed"),
    ("The plan includes 300 soldiers.", "300", "present"),          # a plan noun does not decide by itself
    # the verb, and what it means with its particle or its object
    ("Crews brought down 5 drones.", "5", "destroyed"),
    ("Crews took down 5 drones.", "5", "destroyed"),
    ("Rebels took 12 soldiers hostage.", "12", "captured"),
    ("The Russian army lost 300 soldiers.", "300", "casualties"),
    ("The Russian army lost 40 tanks.", "40", "destroyed"),
    ("About 300 soldiers are ready.", "About 300", "present"),
    ("About 40 soldiers are believed to be dead.", "About 40", "killed"),
    ("About 300 soldiers have begun arriving in Niger.", "About 300", "arrived"),
    ("There are 300 soldiers in the town.", "300", "present"),
    # no status word: attacks counted are attacks made, anything else is only reported
    ("Monitors noted 40 attacks.", "40", "attacked"),
    ("Monitors noted 12 tanks.", "12", "reported"),
    ("Radar operators counted 30 drones overnight.", "30", "present"),   # counting drones is no launch
])
def test_status_from_the_figures_own_clause(text, figure, expected):
    assert status(text, figure) == expected


@pytest.mark.parametrize("text, figure, expected", [
    ("About 300 soldiers will be ready.", "About 300", "planned"),
    ("About 9,000 troops are to be stationed in Belarus.", "About 9,000", "planned"),
    ("About 5,000 soldiers are expected by the weekend.", "About 5,000", "planned"),
    ("The army will continue to send 300 soldiers a month.", "300", "planned"),
    ("Troops are heading towards Kyiv with 300 tanks.", "300", "planned"),
    ("Troops are heading toward Kyiv with 300 tanks.", "300", "planned"),
    # what is already under way has arrived; people sent are there, not pledged
    ("Russia is already sending 1,000 soldiers to Belarus.", "1,000", "arrived"),
    ("Britain has sent 300 soldiers to Estonia.", "300", "arrived"),
    # a future elsewhere in the sentence is not the figure's
    ("After 300 soldiers arrived, the army will send more.", "300", "arrived"),
    ("The minister will tell parliament that 300 soldiers arrived.", "300", "arrived"),
    ("Some officers left and 300 soldiers arrived.", "300", "arrived"),
])
def test_a_future_or_a_sending_under_way_is_planned_and_only_in_its_own_clause(text, figure, expected):
    assert status(text, figure) == expected


def test_a_headline_participle_coming_is_planned():
    assert status("No details were given.", "9,000", title="Russia to Belarus: 9,000 soldiers coming") == "planned"


def test_troops_taking_part_are_present_and_a_side_that_lost_soldiers_owns_them():
    from sitroom.analyze import analyze
    from sitroom.model import Document, content_id

    def one(text):
        return analyze(Document(id=content_id(text, None), text=text, published="2023-05-04")).claims[0]

    assert one("About 300 soldiers took part in the drills.").status == "present"     # not taken captive
    lost = one("The Russian army lost 300 soldiers in Bakhmut.")
    assert lost.status == "casualties" and lost.owner.country == "RUS"                 # not Bakhmut's country


@pytest.mark.parametrize("text, figure", [
    ("Satellite imagery published on Monday showed at least 16 tanks at the airfield.", "at least 16"),
    ("The outlet published satellite imagery of over 1,000 trucks waiting at the ferry crossing.", "over 1,000"),
    ("Residents spotted 30 armoured vehicles near the border on Sunday.", "30"),
    ("Geolocated footage showed at least two trains carrying tanks in Minsk.", "at least two"),
])
def test_what_imagery_shows_or_witnesses_see_is_present(text, figure):
    # a count seen in footage, imagery or by witnesses is of what was there; not a figure in no stated state
    assert status(text, figure) == "present"


def test_what_is_seen_keeps_its_own_participle():
    assert status("Footage showed 12 soldiers killed in the strike near the village.", "12") == "killed"
