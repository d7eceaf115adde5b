"""Words that look like events but assert none (analytic and wire prose written for these tests)."""
from __future__ import annotations

import pytest

from sitroom.analyze.coder import code_events
from sitroom.nlp import parse


def types(text: str) -> list[str]:
    return [e.type for e in code_events(parse(text))]


def triggers(text: str) -> list[str]:
    return [e.trigger.lower() for e in code_events(parse(text))]


@pytest.mark.parametrize("text,word", [
    ("Families of mobilized men complained about the lack of equipment.", "mobilized"),
    ("Officials in the occupied territories announced new school rules.", "occupied"),
    ("Power was cut in Russian-occupied Melitopol on Tuesday.", "occupied"),
    ("Recruiters handed out mobilization notices at metro stations.", "mobilization"),
])
def test_participles_and_classifiers_are_not_events(text, word):
    assert word not in triggers(text)


def test_a_clause_that_asserts_the_act_is_still_an_event():
    assert "MOBILIZE" in types("Russia mobilized 300,000 reservists in September.")
    assert "ASSAULT" in types("Turkish troops occupied the town on Friday.")


def test_support_verb_keeps_a_compound_event_noun():
    assert "mediation" in triggers("Qatar launched mediation efforts between Hamas and Israel.")


@pytest.mark.parametrize("text", [
    "Mobilization and Force Generation Efforts",
    "Russian Supporting Effort - Southern Axis",
])
def test_heading_lines_give_no_event(text):
    assert code_events(parse(text)) == []


def test_heading_line_before_a_paragraph_is_dropped_but_the_paragraph_kept():
    text = "Russian Mobilization Efforts\n\nRussian authorities mobilized 5,000 reservists in Dagestan on Monday."
    evs = code_events(parse(text))
    assert [e.trigger for e in evs] == ["mobilized"]


@pytest.mark.parametrize("text,consult", [
    ("Pro-Kremlin bloggers discussed Ukrainian attacks near Kupiansk.", False),
    ("Analysts discussed the consequences of the sanctions.", False),
    ("Macron discussed the war with Zelensky by phone on Sunday.", True),
    ("Erdogan and Putin discussed grain exports in Sochi.", True),
    ("The foreign ministers discussed border security at the meeting.", True),
])
def test_discussed_is_consult_only_between_parties(text, consult):
    assert (any(e.type == "CONSULT" and e.trigger == "discussed" for e in code_events(parse(text)))) == consult


@pytest.mark.parametrize("text,asks", [
    ("The general moved his headquarters in order to avoid Ukrainian strikes.", False),
    ("Intercepted phone calls between soldiers and their wives show low morale.", False),
    ("The opposition renewed its calls for early elections.", True),
    ("The African Union repeated its call on Sudan to halt the fighting.", True),
])
def test_calls_and_orders_need_content(text, asks):
    assert ("REQUEST" in types(text)) == asks


def test_receiving_things_is_not_a_meeting():
    assert "CONSULT" not in types("The institute does not receive classified material from any government.")
    assert "CONSULT" in types("The king received the French ambassador on Monday.")


def test_a_month_is_not_a_march():
    assert "PROTEST" not in types("The brigade has fought in southern Ukraine since March.")


def test_mobilized_men_arriving_are_forces():
    assert "MOBILIZE" in types("Mobilized men from Kaliningrad Oblast arrived in Luhansk Oblast on Monday.")


def test_nationality_of_a_thing_is_not_reassigned_by_its_location():
    e = [e for e in code_events(parse(
        "Russian milbloggers criticized poorly conducted Russian withdrawals in Kharkiv Oblast.")) if e.type == "ACCUSE"][0]
    assert e.recipient is not None and e.recipient.country == "RUS"
