"""Temporal layer, time8 pass: general news rules (sentences written for these tests, values worked out by hand
from the calendar)."""
from __future__ import annotations

import pytest

from sitroom.analyze.timex import tag_timexes

WEDNESDAY = "2024-04-17"    # a Wednesday in ISO week 16


def _values(sentence: str, dct: str = WEDNESDAY) -> dict[str, str]:
    return {t.text: t.value for t in tag_timexes(sentence, dct)}


@pytest.mark.parametrize("sentence, text, value", [
    # a scheduling verb's form after the clause's past verb is a noun, its object: no schedule ahead
    ("The senator survived a confidence vote on Tuesday.", "Tuesday", "2024-04-16"),
    ("The army launched a new offensive on Monday.", "Monday", "2024-04-15"),
    # (a real schedule in the present still looks ahead)
    ("Lawmakers vote on Tuesday.", "Tuesday", "2024-04-23"),
])
def test_a_scheduled_word_after_a_past_verb_is_a_noun(sentence, text, value):
    assert _values(sentence)[text] == value


@pytest.mark.parametrize("sentence, text, value", [
    # a future cue only in a coordinated clause after the expression is that clause's
    ("Drones hit the refinery on Tuesday, and repairs will take weeks.", "Tuesday", "2024-04-16"),
    ("Shells hit the market on Monday; the mayor will visit the site.", "Monday", "2024-04-15"),
    # a future cue before the expression still counts
    ("Officials will inspect the dam on Friday, and the report follows.", "Friday", "2024-04-19"),
])
def test_a_future_cue_in_a_later_coordinated_clause(sentence, text, value):
    assert _values(sentence)[text] == value


@pytest.mark.parametrize("sentence, text, value", [
    ("Rain is forecast to reach the capital on Friday.", "Friday", "2024-04-19"),
    ("More snow is forecast for Saturday in the mountains.", "Saturday", "2024-04-20"),
])
def test_a_forecast_looks_ahead(sentence, text, value):
    assert _values(sentence)[text] == value


def test_an_offset_in_apposition_restates_the_date():
    values = _values("Talks opened on April 2, and on April 5, three days later, the envoys walked out.")
    assert values["three days later"] == "2024-04-05"
    # counted from the date when it is not in apposition
    assert _values("Talks opened on April 2, and three days later, the envoys walked out.")["three days later"] \
        == "2024-04-05"
    assert _values("Talks opened on April 2. Three days later the envoys walked out.")["Three days later"] \
        == "2024-04-05"


@pytest.mark.parametrize("sentence, text, value", [
    ("The junta called a referendum for June 9.", "June 9", "2024-06-09"),
    # a past form after it in its clause: the appointment is over
    ("A rally for March 3 was banned by the police.", "March 3", "2024-03-03"),
])
def test_a_date_after_for_is_an_appointment(sentence, text, value):
    assert _values(sentence)[text] == value


@pytest.mark.parametrize("sentence, text, value", [
    ("The central bank said it would hold rates through the summer.", "the summer", "2024-SU"),
    ("Prices climbed, and traders see little relief before the autumn.", "the autumn", "2024-FA"),
    # told as past in its own clause: last year's
    ("Exports fell before the summer.", "the summer", "2023-SU"),
])
def test_a_season_still_to_come(sentence, text, value):
    assert _values(sentence)[text] == value


def test_a_later_month_of_a_list_keeps_the_first_ones_year():
    assert _values("The agency surveys firms in March and September.") == {"March": "2024-03", "September": "2024-09"}


@pytest.mark.parametrize("sentence, text, value", [
    ("The regulator publishes a six-monthly report on bank capital.", "six-monthly", "P6M"),
    ("Inspectors visit the site fortnightly.", "fortnightly", "P2W"),
])
def test_more_frequency_adverbs(sentence, text, value):
    found = {t.text: (t.type, t.value) for t in tag_timexes(sentence, WEDNESDAY)}
    assert found[text] == ("SET", value)


def test_an_irregular_past_verb_and_a_period_ahead_of_the_year():
    values = _values("The insurer swung to a loss in the fourth quarter and expects a profit in the first half of the "
                     "year.", "2024-02-20")
    assert values == {"the fourth quarter": "2023-Q4", "the first half of the year": "2024-H1"}


def test_a_clock_with_its_weekday_and_date():
    found = {t.text: t.value for t in tag_timexes("Voting closes at midnight on Sunday, April 21.", WEDNESDAY)}
    assert found == {"midnight on Sunday, April 21": "2024-04-21T24:00"}


@pytest.mark.parametrize("sentence, value", [
    ("Overnight the army shelled 14 villages.", "2024-04-16TNI"),
    ("Officials said. Overnight Russia fired 30 missiles.", "2024-04-16TNI"),
])
def test_overnight_opening_a_sentence_without_a_comma(sentence, value):
    assert _values(sentence)["Overnight"] == value


def test_overnight_as_an_adjective_opening_a_sentence_is_no_time():
    assert _values("Overnight stays are banned in the park.") == {}


@pytest.mark.parametrize("sentence, text, value", [
    ("Output rose 2% in the January-March quarter.", "the January-March quarter", "2024-Q1"),
    ("Exports fell in the July-September period of 2022.", "the July-September period of 2022", "2022-Q3"),
])
def test_a_quarter_by_its_months(sentence, text, value):
    assert _values(sentence)[text] == value


def test_an_offset_before_than_is_a_difference_of_time():
    found = {t.text: (t.type, t.value) for t in tag_timexes("The harvest began two weeks later than usual.", WEDNESDAY)}
    assert found == {"two weeks": ("DURATION", "P2W")}


@pytest.mark.parametrize("sentence, value", [
    ("Profit rose in the quarter ended Dec. 31.", "2023-Q4"),
    ("Results for the quarter ending in June are due in August.", "2024-Q2"),
])
def test_the_quarter_ended_a_month_is_that_months_quarter(sentence, value):
    assert _values(sentence)["the quarter"] == value


def test_after_a_named_quarter_the_quarter_ended_stays_that_one():
    # a fiscal first quarter may end in September: the story's own quarter wins over the calendar
    values = _values("Net income for the fiscal first quarter rose 5%. In the quarter ended Sept. 30, sales fell.")
    assert values["the quarter"] == values["the fiscal first quarter"]


@pytest.mark.parametrize("sentence, text, value", [
    # a scheduled event named by its date: the nearest one, whatever the past verb that tells of it
    ("The senator quit the race, 112 days before the Aug. 7 election.", "Aug. 7", "2024-08-07"),
    ("Observers were barred from the June 30 referendum, the commission said.", "June 30", "2024-06-30"),
    # (an event that is no appointment keeps the tense: the last one)
    ("Police made arrests after the Aug. 7 shooting.", "Aug. 7", "2023-08-07"),
])
def test_a_scheduled_event_named_by_its_date(sentence, text, value):
    assert _values(sentence)[text] == value


@pytest.mark.parametrize("sentence, text, value", [
    ("A year ago today, the dam burst.", "A year ago today", "2023-04-17"),
    ("The ceasefire began a week ago today.", "a week ago today", "2024-04-10"),
])
def test_ago_today_is_the_report_day_back(sentence, text, value):
    assert _values(sentence) == {text: value}


@pytest.mark.parametrize("sentence, text, value", [
    ("The index lost 9% in a single day.", "a single day", "P1D"),
    ("The curfew lasted a full week.", "a full week", "P1W"),
])
def test_a_single_or_full_unit_is_a_duration(sentence, text, value):
    found = {t.text: (t.type, t.value) for t in tag_timexes(sentence, WEDNESDAY)}
    assert found == {text: ("DURATION", value)}


def test_half_yearly_is_a_six_month_set():
    found = {t.text: (t.type, t.value) for t in tag_timexes("The bank's half-yearly report is due.", WEDNESDAY)}
    assert found == {"half-yearly": ("SET", "P6M")}


@pytest.mark.parametrize("sentence", [
    "The quarter-on-quarter growth rate was 0.3%.",
    "The month-over-month rise was small.",
])
def test_a_comparison_compound_is_no_period(sentence):
    assert _values(sentence) == {}


@pytest.mark.parametrize("sentence, text, value", [
    # the end of what a bill or a deal sets out to do lies ahead of the past verb that tells of it
    ("The Senate passed a bill to fund the agency through Sept. 30.", "Sept. 30", "2024-09-30"),
    ("The two sides agreed to extend the truce until June 2.", "June 2", "2024-06-02"),
    # (with no such infinitive the past tense decides)
    ("Shelling continued through Sept. 30, the mayor said.", "Sept. 30", "2023-09-30"),
])
def test_the_end_of_a_plan_lies_ahead(sentence, text, value):
    assert _values(sentence)[text] == value


def test_a_wire_clock_in_brackets_is_no_year():
    assert _values("Polls close at 8 p.m. local time (1800 GMT).") == {"8 p.m. local time": "2024-04-17T20:00"}


@pytest.mark.parametrize("sentence, text, type_, value", [
    ("The assault began at 0400 hours.", "0400 hours", "TIME", "2024-04-17T04:00"),
    ("A curfew starts at 2200 hours.", "2200 hours", "TIME", "2024-04-17T22:00"),
    # (a count of hours without a clock's preposition stays a duration)
    ("The engine ran for 1200 hours.", "1200 hours", "DURATION", "PT1200H"),
])
def test_the_military_clock(sentence, text, type_, value):
    found = {t.text: (t.type, t.value) for t in tag_timexes(sentence, WEDNESDAY)}
    assert found[text] == (type_, value)


@pytest.mark.parametrize("sentence, value", [
    # no day named before, told as past: the report's last night, as "overnight"
    ("Throughout the night, drones attacked the port.", "2024-04-16TNI"),
    # a future clause keeps the report's own night; a day named before anchors it
    ("During the night the temperature will drop.", "2024-04-17TNI"),
    ("On Monday, shelling went on into the night.", "2024-04-15TNI"),
])
def test_the_night_of_a_report(sentence, value):
    assert _values(sentence)["the night"] == value


def test_every_weekend_is_the_weekend_set():
    found = {t.text: (t.type, t.value) for t in tag_timexes("Markets open every weekend.", WEDNESDAY)}
    assert found == {"every weekend": ("SET", "XXXX-WXX-WE")}
