"""TimeML conventions the TimeBank/AQUAINT annotators follow consistently.

Extents: the article of a counted span ("the nine months"), of a dated quarter ("the 1988 third quarter"), of a
season ("the summer") and "the year" of a spoken year ("the year two thousand") are inside; the article of a date used as a modifier ("the Aug. 7 bombings") belongs to the noun it modifies.
Values: a clock time followed by its conversion in brackets takes the day written after (or inside) the brackets;
"at 4 in the morning" is a clock time (T04:00)."""
from __future__ import annotations

import pytest

from sitroom.analyze.timex import tag_timexes

DCT = "1998-10-26"


def _texts(sentence: str) -> dict[str, str]:
    return {t.text: t.value for t in tag_timexes(sentence, DCT)}


@pytest.mark.parametrize("sentence, text, value", [
    ("For the nine months ended Sept. 30, the insurer earned $80 million.", "the nine months", "P9M"),
    ("He was offered a week instead of the four days first proposed.", "the four days", "P4D"),
    ("The plant was idle for the 18 months that followed the fire.", "the 18 months", "P18M"),
    ("In the 1997 third quarter the carrier lost $12 million.", "the 1997 third quarter", "1997-Q3"),
    ("Investigators linked him to the Aug. 7 bombings in Nairobi.", "Aug. 7", "1998-08-07"),
    ("Police have searched for him since the Oct. 23 killing of a doctor.", "Oct. 23", "1998-10-23"),
    ("Two agents are charged in the Dec. 21, 1988, bombing of the airliner.", "Dec. 21, 1988", "1988-12-21"),
    ("Oil fell to the level we saw in the winter of nineteen ninety-four.", "the winter of nineteen ninety-four",
     "1994-WI"),
    ("Shortages lasted well into the summer.", "the summer", "1998-SU"),
    ("He promised to halve unemployment by the year two thousand.", "the year two thousand", "2000"),
])
def test_extent(sentence, text, value):
    assert _texts(sentence).get(text) == value


@pytest.mark.parametrize("sentence, text, value", [
    ("The government approved the three-year plan on Monday.", "three-year", "P3Y"),   # adjectival: no article
    ("Sales rose over the past three years.", "the past three years", "P3Y"),
    ("He will be paid for the remaining two years of his contract.", "the remaining two years", "P2Y"),
])
def test_extent_unchanged(sentence, text, value):
    assert _texts(sentence).get(text) == value


@pytest.mark.parametrize("sentence, text, value", [
    # news agencies put the time's conversion in brackets before the day it belongs to
    ("The blast occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a building.", "10:35 a.m.",
     "1998-10-23T10:35"),
    ("The missiles struck at 3 a.m. (2300 GMT) on Sunday, officials said.", "3 a.m.", "1998-10-25T03:00"),
    ("The convoy left at 9 p.m. (local time) yesterday.", "9 p.m.", "1998-10-25T21:00"),
    ("The session opens at 10 a.m. (see the agenda) and closes at noon.", "10 a.m.", "1998-10-26T10:00"),
    ("He will leave at 4 in the morning (4 a.m. EDT Tuesday), the minister said.", "4 in the morning",
     "1998-10-27T04:00"),
])
def test_clock_time_takes_the_day_after_its_bracketed_conversion(sentence, text, value):
    assert _texts(sentence).get(text) == value


@pytest.mark.parametrize("sentence, text, value", [
    ("The shelling began at five in the afternoon, residents said.", "five in the afternoon", "1998-10-26T17:00"),
    ("Troops must leave by 6 o'clock in the evening.", "6 o'clock in the evening", "1998-10-26T18:00"),
    ("The curfew lasts until 7 in the morning.", "7 in the morning", "1998-10-26T07:00"),
])
def test_clock_time_said_with_its_part_of_the_day(sentence, text, value):
    assert _texts(sentence).get(text) == value


def test_a_count_before_a_part_of_the_day_is_no_clock_time():
    assert not any(t.type == "TIME" for t in tag_timexes("Gunmen killed 5 in the morning raid.", DCT))


@pytest.mark.parametrize("sentence, text", [
    ("In the capital, today is the eighth day of the blockade.", "the eighth day"),
    ("It's the second day of an offensive by the security forces.", "the second day"),
    ("It is the 15th straight day of shelling in the city.", "the 15th straight day"),
])
def test_the_nth_day_of_an_event_in_the_present_is_the_report_day(sentence, text):
    assert _texts(sentence).get(text) == DCT


@pytest.mark.parametrize("sentence", [
    "It was the second day of the strike.",        # told in the past: which day is not said
    "The third day of talks ended without a deal.",
    "Sunday marks the 100th day of the war.",      # the day is Sunday's, not the report's
])
def test_the_nth_day_of_an_event_elsewhere_is_no_date_of_its_own(sentence):
    assert not any(t.text.endswith(" day") and t.value == DCT for t in tag_timexes(sentence, DCT))
