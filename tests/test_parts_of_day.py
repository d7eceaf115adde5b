"""A part of a day ("overnight": TimeML's TNI) reads as words wherever a date is shown."""
from sitroom.cli._events import when
from sitroom.model import Event, EventDate, Evidence
from sitroom.timeml import date_words


def test_a_part_of_day_value_reads_as_words():
    assert date_words("2022-11-01TNI") == "the night of 1 November 2022"
    assert date_words("2022-10-16TEV", None, "as_of") == "as of the evening of 16 October 2022"
    assert date_words("2022-10-16T14:30") == "16 October 2022, 14:30"


def test_the_timeline_says_the_part_of_day_not_its_code():
    ev = Event(id="e", type="ASSAULT", evidence=Evidence("x", 0, 1), date=EventDate("2022-11-01TNI", "overnight", "time"))
    assert when(ev) == "2022-11-01 night"
    ev = Event(id="e", type="ASSAULT", evidence=Evidence("x", 0, 1), date=EventDate("2022-11-01", None, "day"))
    assert when(ev) == "2022-11-01"
