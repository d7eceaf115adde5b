"""Temporal layer, time4 pass: news-time rules kept only when they did not hurt TimeBank or AQUAINT (sentences
written for these tests)."""
from __future__ import annotations

import pytest

from sitroom.analyze.timex import tag_timexes

DCT = "2026-06-09"      # a Tuesday


def _found(sentence: str, dct: str = DCT) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in tag_timexes(sentence, dct)}


@pytest.mark.parametrize("sentence, expected", [
    # a schedule in the present: the clock's weekday lies ahead, and a later bare clock keeps that day
    ("Polls open at 7 a.m. on Saturday and close at 9 p.m.",
     {"7 a.m. on Saturday": ("TIME", "2026-06-13T07:00"), "9 p.m.": ("TIME", "2026-06-13T21:00")}),
    ("The talks start on Thursday in Vienna.", {"Thursday": ("DATE", "2026-06-11")}),
    # told as past, the same clock is last week's
    ("The polls opened at 7 a.m. on Saturday and closed at 9 p.m.",
     {"7 a.m. on Saturday": ("TIME", "2026-06-06T07:00"), "9 p.m.": ("TIME", "2026-06-06T21:00")}),
])
def test_a_clock_on_a_weekday_goes_the_way_of_the_weekday(sentence, expected):
    assert _found(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Brent crude fell 3% to $68 a barrel by 1530 GMT on Tuesday.", {"1530 GMT on Tuesday": ("TIME", "2026-06-09T15:30")}),
    ("Trading was halted at 0945 UTC.", {"0945 UTC": ("TIME", "2026-06-09T09:45")}),
    # the bracketed conversion after a clock time is no second time; four digits without a zone are a year or a count
    ("The blast came at 10:35 a.m. (0735 GMT) on Tuesday.", {"10:35 a.m.": ("TIME", "2026-06-09T10:35"),
                                                            "Tuesday": ("DATE", "2026-06-09")}),
    ("The fort fell in 1830 after a siege.", {"1830": ("DATE", "1830")}),
])
def test_a_four_digit_wire_clock_with_its_zone(sentence, expected):
    assert _found(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("At 05:30 this morning, air defence units destroyed 12 drones.",
     {"05:30 this morning": ("TIME", "2026-06-09T05:30")}),
    ("The blast came at 11 p.m. last night.", {"11 p.m. last night": ("TIME", "2026-06-08T23:00")}),
    ("The minister lands at 9 a.m. tomorrow morning.", {"9 a.m. tomorrow morning": ("TIME", "2026-06-10T09:00")}),
])
def test_a_clock_time_with_its_part_of_the_day_is_one_time(sentence, expected):
    assert _found(sentence) == expected


@pytest.mark.parametrize("sentence, text, value", [
    # one unit back from the story's last point, though that point was told from the DCT
    ("Hospitals reported 1,240 new cases last week, up from 980 the week before.", "the week before", "2026-W22"),
    ("Exports rose 5% in 2024 from the year before.", "the year before", "2023"),
    ("Profit rose in the third quarter, against a loss the year before.", "the year before", "2024-Q3"),
    ("Unemployment was 6.2% in April, up from 5.9% the month before.", "the month before", "2026-03"),
    ("Sales were flat the week before.", "the week before", "2026-W23"),
])
def test_the_unit_before_counts_back_from_the_last_point(sentence, text, value):
    assert _found(sentence).get(text) == ("DATE", value)


def test_the_week_before_an_event_is_no_offset():
    assert "the week before" not in _found("Turnout fell in the week before the vote.")


def test_a_month_after_compared_with_is_a_month():
    assert _found("Violations fell by half in June compared with May.") == {
        "June": ("DATE", "2026-06"), "May": ("DATE", "2026-05")}


@pytest.mark.parametrize("sentence, text, value", [
    ("The siege lasted about five hours.", "five hours", "PT5H"),
    ("Prices rose steadily over several years.", "several years", "PXY"),
    ("Lawyers had only 14 days to appeal.", "14 days", "P14D"),
    ("He left just three weeks ago.", "three weeks ago", "2026-W21"),
    ("The blast came at about 10:35 a.m.", "10:35 a.m.", "2026-06-09T10:35"),
    ("The talks lasted nearly five months.", "nearly five months", "P5M"),    # "nearly" stays inside
])
def test_about_over_just_only_stay_outside_the_span(sentence, text, value):
    assert _found(sentence).get(text, ("", ""))[1] == value


@pytest.mark.parametrize("sentence, text, value", [
    # after a modal, "last" is the verb and no past adverb: the weekday lies ahead
    ("The strike will last from Thursday to Saturday.", "Thursday", "2026-06-11"),
    ("The strike, the third this year, will last 48 hours from Thursday.", "Thursday", "2026-06-11"),
    ("The strike lasted from Thursday to Saturday.", "Thursday", "2026-06-04"),
])
def test_will_last_is_no_past_cue(sentence, text, value):
    assert _found(sentence)[text] == ("DATE", value)


@pytest.mark.parametrize("sentence, expected", [
    ("The region has been at war for half a century.", {"half a century": ("DURATION", "P50Y")}),
    ("A quarter century ago, the valley was calm.", {"A quarter century ago": ("DATE", "2001")}),
    ("Output has doubled over the past quarter-century.", {"the past quarter-century": ("DURATION", "P25Y")}),
    ("He ruled for more than a quarter of a century.", {"more than a quarter of a century": ("DURATION", "P25Y")}),
    ("The war began in 1990; half a century earlier, there was peace.",
     {"1990": ("DATE", "1990"), "half a century earlier": ("DATE", "1940")}),
])
def test_a_quarter_or_half_century(sentence, expected):
    assert _found(sentence) == expected


@pytest.mark.parametrize("sentence, text", [
    ("The central bank meets eight times a year.", "eight times a year"),
    ("Buses run 12 times a day.", "12 times a day"),
])
def test_any_count_of_times_a_unit_is_a_set(sentence, text):
    assert _found(sentence)[text][0] == "SET"


@pytest.mark.parametrize("sentence, text, value", [
    # a schedule in the present puts a bare month ahead; a past verb keeps it behind
    ("The fiscal year ends in September.", "September", "2026-09"),
    ("Talks resume in October, the mediators said.", "October", "2026-10"),
    ("The war ended in September.", "September", "2025-09"),
])
def test_a_month_after_a_scheduling_verb(sentence, text, value):
    assert _found(sentence, "2026-03-12")[text] == ("DATE", value)


@pytest.mark.parametrize("sentence, expected", [
    ("Profit in H1 2025 is expected to fall.", {"H1 2025": ("DATE", "2025-H1")}),
    ("In FY25, revenue will grow.", {"FY25": ("DATE", "2025")}),
    ("Fiscal year 2025 was weak.", {"Fiscal year 2025": ("DATE", "2025")}),
    ("The H1N1 virus spread.", {}),
])
def test_half_codes_and_short_fiscal_years(sentence, expected):
    assert _found(sentence) == expected


def test_the_full_year_of_a_quarter_reported_after_it():
    found = _found("Fourth-quarter profit fell 3%. For the full year, profit rose.", "2026-02-20")
    assert found["the full year"] == ("DATE", "2025")


@pytest.mark.parametrize("sentence, expected", [
    ("Early 2023 saw heavy fighting.", {"Early 2023": ("DATE", "2023")}),
    ("Mid-2024, the front stabilised.", {"Mid-2024": ("DATE", "2024")}),
])
def test_a_capitalised_modifier_of_a_year(sentence, expected):
    assert _found(sentence) == expected


def test_a_later_date_is_a_future_reference():
    assert _found("The talks will resume at a later date.") == {"a later date": ("DATE", "FUTURE_REF")}


@pytest.mark.parametrize("sentence", [
    "The economy is growing 5% a year.",
    "Output is 3 million barrels per day.",
    "The chip runs 20 million instructions per second.",
])
def test_a_rate_is_no_time(sentence):
    assert _found(sentence) == {}


def test_a_us_zone_stays_in_the_clock_span():
    assert _found("Update, 3:10 p.m. ET: the senator spoke.") == {"3:10 p.m. ET": ("TIME", "2026-06-09T15:10")}


@pytest.mark.parametrize("sentence, expected", [
    ("The two sides will meet again on the 20th.", {"the 20th": ("DATE", "2026-06-20")}),
    ("They will meet on the 5th.", {"the 5th": ("DATE", "2026-07-05")}),         # passed this month: the next
    ("The deadline passed on the 10th.", {"the 10th": ("DATE", "2026-05-10")}),  # to come this month: the last
    ("The talks began on May 2 and ended on the 9th.", {"May 2": ("DATE", "2026-05-02"), "the 9th": ("DATE", "2026-05-09")}),
    ("He finished on the 3rd lap.", {}),
])
def test_an_ordinal_day_after_a_cue_is_a_day_of_the_month(sentence, expected):
    assert _found(sentence) == expected


def test_this_past_week_is_one_span():
    assert _found("This past week, protests grew.", "2025-03-12") == {"This past week": ("DATE", "2025-W10")}


@pytest.mark.parametrize("sentence, text, value", [
    ("The 1990s were calm.", "The 1990s", "199"),
    ("In the \u201980s, it was different.", "the \u201980s", "198"),
    ("The 1980\u2019s saw growth.", "The 1980\u2019s", "198"),
])
def test_a_decade_with_a_capital_article_or_a_curly_apostrophe(sentence, text, value):
    assert _found(sentence).get(text) == ("DATE", value)


@pytest.mark.parametrize("dct, sentence, text, value", [
    ("2025-03-12", "A truce is planned for Easter.", "Easter", "2025-04-20"),
    ("2025-03-12", "The fighting continued over Easter, officials said.", "Easter", "2024-03-31"),
    ("2025-03-12", "Orthodox Easter falls on April 20 this year.", "Orthodox Easter", "2025-04-20"),
    ("2026-03-02", "Orthodox Easter is on April 12.", "Orthodox Easter", "2026-04-12"),
    ("2025-03-12", "Good Friday services were held in the city.", "Good Friday", "2024-03-29"),
    ("2000-04-17", "Easter week began with palm fronds.", "Easter week", "2000-W16"),
    ("2025-12-29", "Shops reopened after Boxing Day.", "Boxing Day", "2025-12-26"),
    ("2025-12-29", "Memorial Day travel hit a record.", "Memorial Day", "2025-05-26"),
])
def test_computed_holidays(dct, sentence, text, value):
    assert _found(sentence, dct).get(text) == ("DATE", value)


def test_easter_island_is_no_day():
    assert _found("Easter Island is remote.") == {}


@pytest.mark.parametrize("sentence, text, value", [
    ("The minister, who took office in January, will visit Kyiv on Friday.", "January", "2025-01"),
    ("The talks, which began in October, will resume in May.", "October", "2024-10"),
    ("The talks, which began in October, will resume in May.", "May", "2025-05"),
])
def test_a_past_form_between_commas_outweighs_a_future_beyond_them(sentence, text, value):
    assert _found(sentence, "2025-03-12")[text] == ("DATE", value)
