"""Temporal layer, time5 pass: general news-time rules (sentences written for these tests, values worked out by
hand from the calendar)."""
from __future__ import annotations

import pytest

from sitroom.analyze.timex import tag_timexes

WEDNESDAY = "2026-06-10"


def _found(sentence: str, dct: str = WEDNESDAY) -> dict[str, str]:
    return {t.text: t.value for t in tag_timexes(sentence, dct)}


@pytest.mark.parametrize("sentence, dct, text, value", [
    # said on Wednesday 10 June: "next Thursday" is the 18th, not tomorrow; "next Monday" is already next week's
    ("The envoy will return to Geneva next Thursday.", WEDNESDAY, "next Thursday", "2026-06-18"),
    ("The envoy will return to Geneva next Monday.", WEDNESDAY, "next Monday", "2026-06-15"),
    ("Parliament votes next Friday.", "2026-06-08", "next Friday", "2026-06-19"),
    # "this coming Thursday" / "Thursday" stay the nearest one
    ("The envoy will return to Geneva on Thursday.", WEDNESDAY, "Thursday", "2026-06-11"),
])
def test_next_weekday_is_the_following_weeks(sentence, dct, text, value):
    assert _found(sentence, dct).get(text) == value


@pytest.mark.parametrize("sentence, text, value", [
    ("The drills are planned for the first week of March.", "the first week of March", "2027-W09"),
    ("Shelling eased in the last week of May.", "the last week of May", "2026-W22"),
    ("The ceasefire held through the second week of April 2023.", "the second week of April 2023", "2023-W15"),
])
def test_a_week_of_a_month_is_that_week(sentence, text, value):
    assert _found(sentence).get(text) == value


@pytest.mark.parametrize("sentence, text, value", [
    ("The port has doubled in size since the turn of the century.", "the turn of the century", "20"),
    ("Grain exports peaked in late-November.", "late-November", "2025-11"),
])
def test_edges_of_periods(sentence, text, value):
    assert _found(sentence).get(text) == value


@pytest.mark.parametrize("sentence, text, value", [
    ("The offensive stalled in the summer of 2023. By autumn, both armies had dug in.", "autumn", "2023-FA"),
    ("Rebels took the town in 2021. In the spring, the army struck back.", "the spring", "2021-SP"),
])
def test_a_bare_season_after_a_named_year_is_that_years(sentence, text, value):
    assert _found(sentence).get(text) == value


def test_a_season_ahead_stays_with_the_report():
    found = _found("Exports fell in 2024. Officials say they will recover by the autumn.")
    assert found.get("the autumn") == "2026-FA"
