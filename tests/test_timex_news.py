"""Temporal layer: rules found on modern news language (benchmarks/news_time.py), each checked on TimeBank and
AQUAINT too (sentences written for these tests)."""
from __future__ import annotations

import pytest

from sitroom.analyze.timex import tag_timexes


def value_of(text: str, expr: str, dct: str) -> str:
    hits = {t.text: t.value for t in tag_timexes(text, dct)}
    assert expr in hits, hits
    return hits[expr]


# --- a tense cue moves a year-less date to the other year only when this year's is over a month on the wrong
# side (the cue is often another verb's), or when the cue is the date's own verb
@pytest.mark.parametrize("text, expr, value, dct", [
    ("The navy will hold drills from Oct. 17 to Oct. 30, the ministry said.", "Oct. 17", "2022-10-17", "2022-10-13"),
    ("The navy will hold drills from Oct. 17 to Oct. 30, the ministry said.", "Oct. 30", "2022-10-30", "2022-10-13"),
    ("The cut agreed on Oct. 5 will tighten supply.", "Oct. 5", "2022-10-05", "2022-10-13"),
    ("Exports rise from November, the cartel said.", "November", "2022-11", "2022-10-13"),
    # far on the wrong side: the tense still decides
    ("The summit will open on Jan. 9.", "Jan. 9", "2023-01-09", "2022-12-20"),
    ("Troops withdrew from the town on Dec. 20.", "Dec. 20", "2022-12-20", "2023-01-05"),
    ("Talks will resume in January.", "January", "2023-01", "2022-12-20"),
    # the date's own verb: a few days are enough
    ("The envoy had arrived on Jan. 12 for talks.", "Jan. 12", "2021-01-12", "2022-01-06"),
])
def test_tense_moves_a_date_a_year_only_when_far(text, expr, value, dct):
    assert value_of(text, expr, dct) == value


# --- a repetition with a count is a SET ("every two hours"), not the duration inside it
@pytest.mark.parametrize("text, expr, value", [
    ("Buses leave every two hours from the station.", "every two hours", "PT2H"),
    ("The figures are updated every 3 days.", "every 3 days", "P3D"),
    ("Martial law is renewed every three months.", "every three months", "P3M"),
    ("Patrols cross the river every few days.", "every few days", "PXD"),
])
def test_every_n_units_is_a_set(text, expr, value):
    hits = {t.text: (t.type, t.value) for t in tag_timexes(text, "2022-10-10")}
    assert hits.get(expr) == ("SET", value), hits


# --- "N days ago" anchors the narrative like a date does: "the following day" counts from it
@pytest.mark.parametrize("text, expr, value", [
    ("Three days ago, the envoy flew to Ankara. He met the president the following day.", "the following day",
     "2022-10-08"),
    ("Two days ago, rebels shelled the port. The day after, the navy left.", "The day after", "2022-10-09"),
])
def test_days_ago_anchor_the_story(text, expr, value):
    assert value_of(text, expr, "2022-10-10") == value


# --- a bare plural unit is a vague duration after "take"/"last"/"within hours", and when it opens an anchored span
@pytest.mark.parametrize("text, expr, value", [
    ("Repairs to the substation could take weeks.", "weeks", "PXW"),
    ("The outage lasted hours in some districts.", "hours", "PTXH"),
    ("Officials rejected the plan within hours.", "hours", "PTXH"),
    ("Warsaw halted arms deliveries, days after a row over grain flared.", "days", "PXD"),
    ("The ferry sank just hours before the storm.", "hours", "PTXH"),
])
def test_bare_units_are_vague_durations(text, expr, value):
    hits = {t.text: (t.type, t.value) for t in tag_timexes(text, "2022-10-10")}
    assert hits.get(expr) == ("DURATION", value), hits


def test_a_bare_unit_after_a_word_stays_untagged():
    # "the days after" / "hours of talks": no span of its own
    assert [t.text for t in tag_timexes("Rescuers worked through hours of rain.", "2022-10-10")] == []


# --- a clock time with a full date is one TIME, its year included
@pytest.mark.parametrize("text, expr, value", [
    ("Situation as of 18:00 on March 9, 2023: fighting continues.", "18:00 on March 9, 2023", "2023-03-09T18:00"),
    ("The talks opened at 10:30 on Oct. 9, 2021 in Geneva.", "10:30 on Oct. 9, 2021", "2021-10-09T10:30"),
])
def test_time_with_a_dated_day(text, expr, value):
    hits = {t.text: (t.type, t.value) for t in tag_timexes(text, "2023-03-09")}
    assert hits.get(expr) == ("TIME", value), hits


# --- a capitalised Noon / Midnight after a capitalised word inside a sentence is a name
@pytest.mark.parametrize("text, times", [
    ("The alliance began its exercise, Steadfast Noon, on Monday.", []),
    ("Bombers flew in Operation Midnight Hammer overnight.", ["overnight"]),   # the adverb is a night
    ("Talks resume At Noon, the envoy said.", ["Noon"]),
    ("The strike ended at noon.", ["noon"]),
    ("Noon is the deadline for the reply.", ["Noon"]),
])
def test_capitalised_noon_in_a_name(text, times):
    assert [t.text for t in tag_timexes(text, "2022-10-13") if t.type == "TIME"] == times
