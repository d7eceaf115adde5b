"""Temporal layer: rules of the third generalisation pass (issue 15 point 4; sentences written for these tests)."""
from __future__ import annotations

import pytest

from sitroom.analyze.timex import tag_timexes

DCT = "2025-10-16"      # a Thursday


def hits(text: str, dct=DCT) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in tag_timexes(text, dct)}


# --- "overnight" as an adverb is the night before the report (the report's own night in a future clause)
@pytest.mark.parametrize("text, value", [
    ("Russia launched 40 drones at Odesa overnight, the air force said.", "2025-10-15TNI"),
    ("Overnight, shelling damaged a school in the town.", "2025-10-15TNI"),
    ("Temperatures fell sharply overnight in the north.", "2025-10-15TNI"),
    ("Temperatures will fall below zero overnight.", "2025-10-16TNI"),
])
def test_overnight_adverb_is_a_night(text, value):
    assert hits(text)["overnight" if "overnight" in text else "Overnight"] == ("TIME", value)


@pytest.mark.parametrize("text", [
    "The council imposed an overnight curfew on the district.",
    "Hotels reported fewer overnight stays this summer.",
])
def test_overnight_adjective_is_no_time(text):
    assert "overnight" not in hits(text)


# --- the weekend ahead when the clause looks ahead ("would continue through the weekend"), not after a past verb
@pytest.mark.parametrize("text, value", [
    ("Forecasters said the heavy rain would continue through the weekend.", "2025-W42-WE"),
    ("The ministry said flights are suspended until the weekend.", "2025-W42-WE"),
    ("Officials said over the weekend that talks would continue.", "2025-W41-WE"),
])
def test_weekend_direction(text, value):
    assert hits(text)["the weekend"] == ("DATE", value)


# --- a weekday after "for" is an appointment ahead of the report ("called a rally for Saturday")
@pytest.mark.parametrize("text, expr, value", [
    ("The opposition called a rally for Saturday in the capital.", "Saturday", ("DATE", "2025-10-18")),
    ("Unions announced a general strike for Monday.", "Monday", ("DATE", "2025-10-20")),
    ("A man was charged for Saturday's attack on the police station.", "Saturday", ("DATE", "2025-10-11")),
])
def test_weekday_after_for(text, expr, value):
    assert hits(text)[expr] == value


# --- "the same period last year" is one expression: the compared period a year back
@pytest.mark.parametrize("text, expr, value", [
    ("Third-quarter sales rose 8% from the same period last year.", "the same period last year", "2024-Q3"),
    ("Exports rose in June from the same month last year.", "the same month last year", "2024-06"),
    ("Second-quarter profit fell. Sales for last year's quarter were $3 million.", "last year's quarter", "2024-Q2"),
    ("Sales fell 2% from the corresponding period last year.", "the corresponding period last year", "2024-Q3"),
])
def test_period_last_year(text, expr, value):
    found = hits(text)
    assert found[expr] == ("DATE", value)
    assert "last year" not in found


# --- a month and day whose own verb is a scheduling present ("takes effect Jan. 1") lies ahead, as a weekday does
@pytest.mark.parametrize("text, expr, value", [
    ("The new law takes effect Sept. 1, the ministry said.", "Sept. 1", "2026-09-01"),
    ("Peace talks resume on Sept. 3 in Geneva.", "Sept. 3", "2026-09-03"),
    ("The trial begins Aug. 11.", "Aug. 11", "2026-08-11"),
])
def test_scheduled_present_puts_a_date_ahead(text, expr, value):
    assert hits(text)[expr] == ("DATE", value)


@pytest.mark.parametrize("text, expr, value", [
    ("The trial began Aug. 11.", "Aug. 11", "2025-08-11"),
    ("The thrift announced the plan Aug. 21.", "Aug. 21", "2025-08-21"),
])
def test_past_or_noun_keeps_the_date_behind(text, expr, value):
    assert hits(text)[expr] == ("DATE", value)


# --- "the next year / month" in a past clause after a named date counts from that date, as "the following year"
@pytest.mark.parametrize("text, expr, value", [
    ("In 2019 the airline lost money. The next year it cut 500 jobs.", "The next year", "2020"),
    ("She was elected in March 2015, and the next month she named a cabinet.", "the next month", "2015-04"),
])
def test_the_next_in_a_past_story(text, expr, value):
    assert hits(text)[expr] == ("DATE", value)


def test_the_next_in_a_future_clause_counts_from_the_report():
    assert hits("In 2019 the airline lost money. It will cut jobs over the next year.")["the next year"] == ("DATE", "2026")


# --- counts written with a thousands comma, and offsets before year 1
def test_thousands_comma_in_a_span():
    assert hits("Ukraine marked 1,000 days of war on Tuesday.")["1,000 days"] == ("DURATION", "P1000D")


def test_offset_before_year_one_is_a_vague_past():
    assert hits("The city was founded some 2,500 years ago.")["some 2,500 years ago"] == ("DATE", "PAST_REF")


# --- "the week of Nov. 6" is that date's week, one expression
@pytest.mark.parametrize("text, expr, value", [
    ("The summit is scheduled for the week of Nov. 6.", "the week of Nov. 6", "2025-W45"),
    ("Talks are planned for the week of Jan. 8, 2024.", "the week of Jan. 8, 2024", "2024-W02"),
])
def test_week_of_a_date(text, expr, value):
    assert hits(text)[expr] == ("DATE", value)
