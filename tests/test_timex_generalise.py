"""Temporal layer: rules added while checking TimeBank against AQUAINT (sentences written for these tests)."""
from __future__ import annotations

import pytest

from sitroom.analyze.timex import tag_timexes

DCT = "2022-10-26"      # a Wednesday


def found(text: str, dct=DCT) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag_timexes(text, dct)]


def value_of(text: str, expr: str, dct=DCT) -> str:
    hits = {t.text: t.value for t in tag_timexes(text, dct)}
    assert expr in hits, hits
    return hits[expr]


# --- spoken years (broadcast transcripts) after a month or in "the <season> of ..." (the article is inside, as TimeBank marks it)
@pytest.mark.parametrize("text, expr, value", [
    ("The talks collapsed in March nineteen ninety-eight, the anchor said.", "March nineteen ninety-eight", "1998-03"),
    ("Prices last touched that level in the summer of nineteen eighty-six.", "the summer of nineteen eighty-six", "1986-SU"),
    ("Voters went to the polls in November two thousand.", "November two thousand", "2000-11"),
])
def test_spoken_year_after_month_or_season(text, expr, value):
    assert value_of(text, expr) == value


def test_a_may_without_a_year_stays_a_month():
    assert value_of("The vote was held in May, nineteen days after the coup.", "May") == "2022-05"


# --- "and a half" / "or so" after the unit
def test_and_a_half_after_the_unit():
    assert found("The siren sounded for a minute and a half.") == [("a minute and a half", "DURATION", "PT1M30S")]
    assert found("An hour and a half later, the convoy left.") == [("An hour and a half later", "DURATION", "PT1H30M")]


def test_or_so_inside_an_offset():
    (text, type_, value), = found("Two weeks or so ago, the militia seized the bridge.")
    assert text == "Two weeks or so ago" and type_ == "DATE"


# --- a part of the day named before yesterday/today/tomorrow
@pytest.mark.parametrize("text, expr, value", [
    ("Markets fell sharply at mid-afternoon yesterday.", "mid-afternoon yesterday", "2022-10-25TAF"),
    ("The minister lands late morning tomorrow.", "late morning tomorrow", "2022-10-27TMO"),
    ("Crowds gathered in the evening today.", "evening today", "2022-10-26TEV"),
])
def test_part_of_day_before_deictic(text, expr, value):
    assert value_of(text, expr) == value


# --- time zones are written in capitals: "noon Saturday" is not "noon" + zone "Sat"
def test_noon_weekday_is_not_a_time_zone():
    assert found("The convoy left at noon Saturday.") == [("noon Saturday", "TIME", "2022-10-22T12:00")]
    assert value_of("Polls will close at 8 p.m. EST Friday.", "8 p.m. EST Friday") == "2022-10-28T20:00"


# --- an arrangement told in the pluperfect is over; "until"/deadline weekdays lie ahead
def test_pluperfect_arrangement_is_past():
    assert value_of("The ultimatum had been due to expire Monday evening.", "Monday evening") == "2022-10-24TEV"
    assert value_of("The summit had been scheduled for Friday.", "Friday") == "2022-10-21"


def test_present_arrangement_still_ahead():
    assert value_of("The ultimatum is due to expire Monday evening.", "Monday evening") == "2022-10-31TEV"


@pytest.mark.parametrize("text, expr, value", [
    ("The court adjourned the hearing until Tuesday morning.", "Tuesday morning", "2022-11-01"),
    ("Rebels were given until 9 a.m. Monday to leave the town.", "9 a.m. Monday", "2022-10-31T09:00"),
])
def test_until_a_weekday_lies_ahead(text, expr, value):
    assert value_of(text, expr) == value


def test_planned_for_a_month_lies_ahead():
    assert value_of("The withdrawal was planned for early January, an aide said.", "early January") == "2023-01"


# --- financial comparisons: the same quarter a year before
@pytest.mark.parametrize("text, expr, value", [
    ("Net rose in the third quarter. In the year-ago third quarter, the bank lost $2 million.",
     "the year-ago third quarter", "2021-Q3"),
    ("Sales rose in the third quarter. For the quarter a year ago, the firm posted a loss.",
     "the quarter a year ago", "2021-Q3"),
])
def test_year_ago_quarter(text, expr, value):
    assert value_of(text, expr) == value


# --- "soon" and "the near future"
def test_soon_is_a_future_reference():
    assert found("Prosecutors may soon seek an indictment.") == [("soon", "DATE", "FUTURE_REF")]
    assert found("Talks could resume in the near future.") == [("the near future", "DATE", "FUTURE_REF")]


@pytest.mark.parametrize("text", [
    "Troops will leave as soon as the bridge is repaired.",
    "He resigned soon after the vote.",
])
def test_soon_linking_two_events_is_no_time(text):
    assert found(text) == []


@pytest.mark.parametrize("text", [
    "Until Monday, the army had denied any losses.",
    "It was not until Monday that the army admitted losses.",
])
def test_until_opening_a_clause_looks_back(text):
    assert value_of(text, "Monday") == "2022-10-24"


# --- decades by name
@pytest.mark.parametrize("text, expr, value", [
    ("Membership kept falling through the nineties.", "the nineties", "199"),
    ("The factory was built in the late sixties.", "the late sixties", "196"),
    ("Growth returned in the twenties.", "the twenties", "202"),
])
def test_decade_by_name(text, expr, value):
    assert value_of(text, expr) == value


def test_age_in_decades_is_no_date():
    assert found("Both men were in their forties.") == []


def test_the_year_quarter_is_the_named_quarter_that_year():
    v = {t.text: t.value for t in tag_timexes(
        "Net rose in the third quarter. The firm earned $3 million in the 1988 quarter.", DCT)}
    assert v == {"the third quarter": "2022-Q3", "the 1988 quarter": "1988-Q3"}
