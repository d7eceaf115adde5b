"""Status of restated call-up and muster figures (issue 10, outlet batch 3): an event noun governing the figure
('the call-up of', 'the mobilisation of') gives its state; so does a past participle after the counted noun
('conscripts called up by Armenia'), which in a partitive belongs to the whole, not to the part; call-up verbs
('summon'); a figure that 'reports for duty / to its units' has arrived, while a source reporting a figure is speech."""
from __future__ import annotations

import pytest

from sitroom.analyze import analyze
from sitroom.model import Document, content_id


def _claim(text: str, figure: str, title: str | None = None):
    ex = analyze(Document(id=content_id(text, title), text=text, title=title, published="2024-04-08"))
    found = [c for c in ex.claims if c.text == figure]
    assert found, [c.text for c in ex.claims]
    return found[0]


@pytest.mark.parametrize("text, figure", [
    ("The call-up of nearly 2,000 reservists is a routine exercise, the general said.", "nearly 2,000"),
    ("The mobilisation of 3,000 conscripts began on Monday, the Armenian ministry said.", "3,000"),
    ("The army summoned 700 reservists for a week of training.", "700"),
])
def test_call_up_nouns_and_verbs_are_ordered(text, figure):
    assert _claim(text, figure).status == "ordered"


def test_a_participle_on_the_whole_of_a_partitive_is_the_whole_s_state():
    text = "More than 300 of the roughly 900 conscripts called up by Armenia have reported for duty, the ministry said."
    assert _claim(text, "roughly 900").status == "ordered"
    assert _claim(text, "More than 300").status == "arrived"


def test_a_participle_after_the_noun_gives_a_state_the_clause_lacks():
    text = "Key figures of the drill:\n• 1,100 conscripts called up (ministry)\n• 14 days of training"
    assert _claim(text, "1,100").status == "ordered"


def test_reporting_for_duty_is_arriving_but_reporting_a_figure_is_speech():
    assert _claim("About 400 reservists reported to their units on Monday.", "About 400").status == "arrived"
    assert _claim("The ministry reported 12 deaths in the region.", "12").status == "killed"


def test_a_bare_figure_answering_a_count_takes_its_state():
    text = "The rebels say they fired eight rockets at the town. The army says there were three."
    assert _claim(text, "eight").status == "attacked"
    assert _claim(text, "three").status == "attacked"


def test_a_bare_figure_of_its_own_state_keeps_it():
    text = "The rebels say they fired eight rockets at the town. The army says three were shot down."
    assert _claim(text, "three").status == "destroyed"


def test_weapons_sent_at_a_target_are_an_attack_not_a_supply():
    assert _claim("The rebels sent 40 drones at the capital overnight.", "40").status == "attacked"
    assert _claim("Britain will send 40 drones to the army next month.", "40").status != "attacked"
