"""Temporal layer, time7 pass: general news rules (sentences written for these tests, values worked out by hand
from the calendar)."""
from __future__ import annotations

import pytest

from sitroom.analyze.timex import tag_timexes

THURSDAY = "2023-07-13"     # a Thursday in ISO week 28


def _values(sentence: str, dct: str = THURSDAY) -> dict[str, str]:
    return {t.text: t.value for t in tag_timexes(sentence, dct)}


@pytest.mark.parametrize("sentence, text, value", [
    # the quarter the story named, in the year given
    ("Exports fell in the second quarter, after rising in the same period of 2021.", "the same period of 2021",
     "2021-Q2"),
    ("Orders rose 4% in May, the most since the corresponding month in 2019.", "the corresponding month in 2019",
     "2019-05"),
    # no period named: the report's last completed quarter, in that year
    ("Deliveries were the lowest since the comparable period of 2020.", "the comparable period of 2020", "2020-Q2"),
])
def test_same_period_of_a_named_year(sentence, text, value):
    assert _values(sentence)[text] == value


@pytest.mark.parametrize("sentence, text", [
    ("Reservoirs hold less water than at this time last year.", "this time last year"),
    ("Fewer tourists came than the same time a year ago.", "the same time a year ago"),
])
def test_this_time_last_year_is_the_report_day_a_year_back(sentence, text):
    values = _values(sentence)
    assert values == {text: "2022-07-13"}


def test_a_target_date_in_a_present_clause_lies_ahead():
    # "by" a day without a tense cue: a target (the nearest occurrence, days ahead weighed less)
    assert _values("The goal is a million doses by Feb. 3.") == {"Feb. 3": "2024-02-03"}
    # told as past, the day is behind
    assert _values("The company had sold a million doses by Feb. 3.") == {"Feb. 3": "2023-02-03"}


@pytest.mark.parametrize("sentence, value", [
    ("Forecasters expect heavy snow in the winter.", "2023-WI"),
    ("Economists predict a rebound in the spring.", "2024-SP"),
])
def test_a_present_forecast_looks_ahead(sentence, value):
    assert list(_values(sentence).values()) == [value]


def test_a_past_forecast_is_no_cue():
    # "expected" without "to" is a past form, not a forecast of the present
    assert list(_values("Analysts expected a rebound in the spring.").values()) == ["2023-SP"]


@pytest.mark.parametrize("sentence, value", [
    ("Dockers to walk out on Monday over pay", "2023-07-17"),
    ("Central bank to raise rates on Wednesday", "2023-07-19"),
])
def test_headline_infinitive_puts_a_weekday_ahead(sentence, value):
    assert list(_values(sentence).values()) == [value]


@pytest.mark.parametrize("sentence, value", [
    ("According to the ministry, the plant closed on Monday.", "2023-07-10"),
    ("Aid to the region rose on Monday.", "2023-07-10"),
    ("Ministers went to Brussels on Monday.", "2023-07-10"),
])
def test_no_headline_infinitive_without_the_headline_shape(sentence, value):
    assert list(_values(sentence).values()) == [value]


@pytest.mark.parametrize("sentence, value", [
    ("Rebels shelled the town on Sunday, and troops will respond soon.", "2023-07-09"),
    ("Gunmen attacked a convoy on Saturday, and police will name them.", "2023-07-08"),
])
def test_a_past_clause_keeps_its_day_before_a_future_clause(sentence, value):
    assert tag_timexes(sentence, THURSDAY)[0].value == value


def test_a_future_cue_in_the_days_own_clause_still_counts():
    assert list(_values("Rebels shelled the town, and the army will respond on Sunday.").values()) == ["2023-07-16"]


@pytest.mark.parametrize("sentence, text, value", [
    ("The port was mined in the summer of last year.", "the summer of last year", "2022-SU"),
    ("Talks could resume in the spring of next year.", "the spring of next year", "2024-SP"),
])
def test_a_season_of_last_or_next_year(sentence, text, value):
    assert _values(sentence) == {text: value}


def test_the_first_days_of_a_month_are_that_month_not_a_span():
    assert _values("Aid convoys arrived in the first days of May.") == {"May": "2023-05"}
    # without a month after it, still a vague span
    assert _values("In the first days after the coup, streets were empty.") == {"the first days": "PXD"}


@pytest.mark.parametrize("sentence, expected", [
    ("Drones hit the port on the night of 4-5 July.", {"4": "2023-07-04", "5 July": "2023-07-05"}),
    ("Ministers meet on 20 to 21 July 2024 in Rome.", {"20": "2024-07-20", "21 July 2024": "2024-07-21"}),
])
def test_the_first_day_of_a_day_first_range(sentence, expected):
    assert _values(sentence) == expected


def test_a_score_before_a_day_is_no_range():
    assert "2" not in _values("Prices rose 2-3 percent in July.")


def test_a_schedule_that_runs_lies_ahead():
    assert _values("Early voting runs from Saturday to Monday.") == {"Saturday": "2023-07-15", "Monday": "2023-07-17"}


def test_a_future_clause_keeps_its_day_before_a_past_clause():
    values = [t.value for t in tag_timexes("The board will vote on Friday, after it delayed the vote on Monday.", THURSDAY)]
    assert values == ["2023-07-14", "2023-07-10"]


def test_the_year_to_a_month_is_twelve_months():
    found = {t.text: (t.type, t.value) for t in tag_timexes("Rents rose 6% in the year to May.", THURSDAY)}
    assert found == {"the year": ("DURATION", "P1Y"), "May": ("DATE", "2023-05")}


@pytest.mark.parametrize("sentence, expected", [
    ("Storms are forecast for Saturday and Sunday.", ["2023-07-15", "2023-07-16"]),
    ("Markets were shut on Friday and Monday.", ["2023-07-07", "2023-07-10"]),
])
def test_a_second_weekday_follows_the_first(sentence, expected):
    assert [t.value for t in tag_timexes(sentence, THURSDAY)] == expected


def test_a_warning_of_a_risk_looks_ahead():
    assert _values("Forecasters warned of floods in the autumn.") == {"the autumn": "2023-FA"}


@pytest.mark.parametrize("sentence, value", [
    ("The blockade may end on Sunday.", "2023-07-16"),
    ("She's due in court on Monday.", "2023-07-17"),
    ("Saturday marks a year since the flood.", "2023-07-15"),
    ("Monday is a public holiday.", "2023-07-17"),
])
def test_a_possibility_a_due_date_or_a_present_subject_lies_ahead(sentence, value):
    assert tag_timexes(sentence, THURSDAY)[0].value == value


@pytest.mark.parametrize("sentence, value", [
    ("The talks may have ended on Sunday.", "2023-07-09"),
    ("In May the army attacked on Sunday.", "2023-07-09"),
    ("Monday was a public holiday.", "2023-07-10"),
])
def test_no_future_from_a_past_possibility_the_month_or_a_past_subject(sentence, value):
    assert tag_timexes(sentence, THURSDAY)[-1].value == value
