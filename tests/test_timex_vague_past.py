"""'In recent years' / 'in past years' name a vague stretch of the past (TimeML PAST_REF, a DATE), as TimeBank's
annotators mostly mark them; a counted or bounded span ('the past few years', 'recent months') stays a DURATION.
Spans counted in trading or business days, and 'for a while' / 'for some time' (PXX), are durations too."""
from __future__ import annotations

import pytest

from sitroom.analyze.timex import tag_timexes


@pytest.mark.parametrize("sentence, text, type_, value", [
    ("Casualties have risen sharply in recent years, the agency said.", "recent years", "DATE", "PAST_REF"),
    ("As in past years, the ministry released no figures.", "past years", "DATE", "PAST_REF"),
    ("Prices have doubled over the past few years.", "the past few years", "DURATION", "PXY"),
    ("Fighting has intensified in recent months.", "recent months", "DURATION", "PXM"),
    ("Talks could take years to come.", "years to come", "DURATION", "PXY"),
])
def test_vague_past(sentence, text, type_, value):
    got = {t.text: (t.type, t.value) for t in tag_timexes(sentence, "2022-10-17")}
    assert got.get(text) == (type_, value)


@pytest.mark.parametrize("sentence, text, value", [
    ("Eight trading days after the crash, the index had not recovered.", "Eight trading days", "P8D"),
    ("The bank must reply within five business days.", "five business days", "P5D"),
    ("Troops could stay in the region for some time, the general said.", "some time", "PXX"),
    ("They will have to live without power for a while.", "a while", "PXX"),
])
def test_spans_of_trading_days_and_of_unknown_length(sentence, text, value):
    got = {t.text: (t.type, t.value) for t in tag_timexes(sentence, "2022-10-17")}
    assert got.get(text) == ("DURATION", value)


@pytest.mark.parametrize("sentence", ["He left the city some time ago.", "The siege may go on for a long time to come."])
def test_no_span_of_unknown_length(sentence):
    assert not any(t.value == "PXX" for t in tag_timexes(sentence, "2022-10-17"))


@pytest.mark.parametrize("sentence, text, value", [
    ("Lawyers emerged from their third day-long meeting with officials.", "day-long", "P1D"),
    ("The town fell after a month-long siege.", "a month-long", "P1M"),
    ("It was the latest turn in a decades-long feud.", "decades-long", "PXDE"),
])
def test_unit_long_adjectives_are_durations(sentence, text, value):
    got = {t.text: (t.type, t.value) for t in tag_timexes(sentence, "2022-10-17")}
    assert got.get(text) == ("DURATION", value)
