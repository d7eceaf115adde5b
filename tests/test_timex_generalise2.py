"""Temporal layer: rules of the second pass at TimeBank against AQUAINT (sentences written for these tests)."""
from __future__ import annotations

import pytest

from sitroom.analyze.timex import tag_timexes

DCT = "2022-10-28"      # a Friday


def value_of(text: str, expr: str, dct=DCT) -> str:
    hits = {t.text: t.value for t in tag_timexes(text, dct)}
    assert expr in hits, hits
    return hits[expr]


# --- a plural or bare present of a scheduling verb puts the weekday ahead ("the two leaders meet Monday")
@pytest.mark.parametrize("text, expr, value", [
    ("The two foreign ministers meet Monday in Geneva, officials said.", "Monday", "2022-10-31"),
    ("Negotiators resume talks on Tuesday after a pause.", "Tuesday", "2022-11-01"),
    ("Delegations arrive Wednesday for the summit.", "Wednesday", "2022-11-02"),
])
def test_plural_scheduling_verb_looks_ahead(text, expr, value):
    assert value_of(text, expr) == value


@pytest.mark.parametrize("text, expr, value", [
    ("The two ministers did not meet Monday, officials said.", "Monday", "2022-10-24"),
    ("The two ministers met Monday in Geneva.", "Monday", "2022-10-24"),
])
def test_past_or_negated_past_stays_behind(text, expr, value):
    assert value_of(text, expr) == value


# --- more present-tense scheduling verbs and "is expected / likely" (a coming event told in the present)
@pytest.mark.parametrize("text, expr, value", [
    ("The prime minister heads to Brussels on Monday.", "Monday", "2022-10-31"),
    ("The pope celebrates an open-air Mass on Sunday.", "Sunday", "2022-10-30"),
    ("The bill goes to the upper house on Tuesday.", "Tuesday", "2022-11-01"),
    ("A ruling is expected Wednesday.", "Wednesday", "2022-11-02"),
    ("The handover ceremony takes place on Thursday.", "Thursday", "2022-11-03"),
])
def test_present_schedule_looks_ahead(text, expr, value):
    assert value_of(text, expr) == value


@pytest.mark.parametrize("text, expr, value", [
    # a noun "head" or a state verb is no schedule; currency "marks" neither
    ("The head of the agency, in an interview on Monday, criticised the plan.", "Monday", "2022-10-24"),
    ("The fund, which holds a 5% stake, said on Tuesday it would sell.", "Tuesday", "2022-10-25"),
    ("The dollar was at 1.84 marks, compared with 1.83 marks on Wednesday.", "Wednesday", "2022-10-26"),
])
def test_noun_or_state_verb_keeps_the_past(text, expr, value):
    assert value_of(text, expr) == value


# --- "will <verb> in <month>": the future auxiliary of the date's own verb moves a month just past to next year
@pytest.mark.parametrize("text, expr, value", [
    ("The refinery will reopen in September, the operator said.", "September", "2023-09"),
    ("Talks will not resume until September.", "September", "2023-09"),
    ("The new tariffs will take effect on Oct. 10.", "Oct. 10", "2023-10-10"),
])
def test_will_verb_month_just_past_is_next_year(text, expr, value):
    assert value_of(text, expr) == value


@pytest.mark.parametrize("text, expr, value", [
    ("The refinery reopened in September.", "September", "2022-09"),
    # the future verb is another verb's: the date keeps the nearest year
    ("The tariffs, agreed on Oct. 10, will take effect next year.", "Oct. 10", "2022-10-10"),
])
def test_past_or_other_verbs_month_stays(text, expr, value):
    assert value_of(text, expr) == value


# --- a season under way is the one still ahead in a future clause; the next one only once it is over
@pytest.mark.parametrize("text, dct, value", [
    ("The offensive will continue through the summer.", "2022-07-12", "2022-SU"),
    ("The offensive will continue into the summer.", "2022-10-12", "2023-SU"),
    ("A new round of talks will be held in the autumn.", "2022-10-12", "2022-FA"),
    ("A new round of talks will be held in the autumn.", "2022-12-12", "2023-FA"),
])
def test_future_season_under_way(text, dct, value):
    assert [t.value for t in tag_timexes(text, dct)] == [value]


# --- "last" after "to" or a modal is the verb: the span is the count alone
def test_last_as_verb_is_not_in_the_span():
    hits = [(t.text, t.value) for t in tag_timexes("The inquiry is expected to last several months.", DCT)]
    assert hits == [("several months", "PXM")]
    hits = [(t.text, t.value) for t in tag_timexes("Over the last several months, prices rose.", DCT)]
    assert hits == [("the last several months", "PXM")]
