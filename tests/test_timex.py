"""Temporal layer: recognition, TimeML values, anchoring, relations (wire-style sentences written for these tests)."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings, strategies as st

from sitroom.analyze.timex import is_future_clause, relation_before, tag_timexes

DCT = "2022-10-24"      # a Monday


def values(text: str, dct=DCT) -> dict[str, str]:
    return {t.text: t.value for t in tag_timexes(text, dct)}


def one(text: str, dct=DCT):
    found = tag_timexes(text, dct)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text, expr, value", [
    ("The strike was reported on Oct. 13.", "Oct. 13", "2022-10-13"),
    ("The strike was reported on October 13.", "October 13", "2022-10-13"),
    ("Officials met on 13 October in Geneva.", "13 October", "2022-10-13"),
    ("The deal was signed on Oct 13, 2021, in Ankara.", "Oct 13, 2021", "2021-10-13"),
    ("The order took effect 2022-10-13 at midnight.", "2022-10-13", "2022-10-13"),
    ("The decree is dated 13.10.2021.", "13.10.2021", "2021-10-13"),
    ("The ceasefire began 10/13/2021.", "10/13/2021", "2021-10-13"),
    ("Shelling resumed in March 2014 near Donetsk.", "March 2014", "2014-03"),
])
def test_absolute_dates(text, expr, value):
    assert values(text)[expr] == value


def test_year_decade_century():
    v = values("The army was reformed in 2021 after the wars of the 1990s and the 20th century.")
    assert v["2021"] == "2021"
    assert v["the 1990s"] == "199"
    assert v["the 20th century"] == "19"


def test_number_that_is_not_a_year():
    assert "1990" not in values("Some 1990 troops crossed the border.")


def test_yearless_dates_take_the_nearest_past_year():
    v = values("Russia invaded on Feb. 24. The bridge was hit on Oct. 8.")
    assert v["Feb. 24"] == "2022-02-24"
    assert v["Oct. 8"] == "2022-10-08"
    assert values("Talks were held on Dec. 12.")["Dec. 12"] == "2021-12-12"


def test_yearless_date_in_future_clause_takes_next_occurrence():
    assert values("The ministers will meet on Nov. 3 in Brussels.")["Nov. 3"] == "2022-11-03"
    assert values("Elections will be held on Feb. 5.")["Feb. 5"] == "2023-02-05"


def test_weekday_follows_tense():
    assert values("Missiles struck Kyiv on Sunday.")["Sunday"] == "2022-10-23"
    assert values("The council will vote on Thursday.")["Thursday"] == "2022-10-27"
    assert values("The envoy arrived last Friday.")["last Friday"] == "2022-10-21"
    assert values("The envoy travels to Ankara next Monday.")["next Monday"] == "2022-10-31"


def test_deictic_words_anchor_to_dct():
    v = values("Yesterday the mayor said today's curfew will be lifted tomorrow.")
    assert v["Yesterday"] == "2022-10-23"
    assert v["today"] == "2022-10-24"
    assert v["tomorrow"] == "2022-10-25"
    assert one("Drones attacked the port this morning.").value == "2022-10-24TMO"
    assert one("Sirens sounded across the city last night.").value == "2022-10-23TNI"


def test_relative_units():
    v = values("Fighting eased last week, but this week and this year look worse than last month or last year.")
    assert v["last week"] == "2022-W42"
    assert v["this week"] == "2022-W43"
    assert v["this year"] == "2022"
    assert v["last month"] == "2022-09"
    assert v["last year"] == "2021"


def test_narrative_anchor_the_following_day():
    text = "Troops entered the town on Oct. 15. The ministry on the following day announced a curfew."
    found = {t.text: t for t in tag_timexes(text, DCT)}
    assert found["the following day"].value == "2022-10-16"
    assert found["the following day"].anchor == "narrative"
    assert found["Oct. 15"].anchor == "dct"


@pytest.mark.parametrize("phrase, value", [
    ("the next day", "2022-10-11"), ("a day later", "2022-10-11"), ("two days earlier", "2022-10-08"),
    ("that day", "2022-10-10"), ("the same day", "2022-10-10"), ("the day before", "2022-10-09"),
])
def test_narrative_expressions_use_last_resolved_day(phrase, value):
    text = f"A missile hit the station on Oct. 10, 2022. Rescuers said {phrase} that 12 people died."
    assert values(text)[phrase] == value


def test_narrative_without_a_prior_date_falls_back_to_dct():
    t = one("The next day the convoy left.")
    assert t.value == "2022-10-25" and t.anchor == "dct"


def test_narrative_time_of_day():
    v = values("The city was shelled on Oct. 3. That night the power failed; the next morning crews returned.")
    assert v["That night"] == "2022-10-03TNI"
    assert v["the next morning"] == "2022-10-04TMO"


def test_year_earlier_keeps_the_granularity_of_the_reference():
    v = values("Exports fell 8% in the third quarter from a year earlier.")
    assert v["the third quarter"] == "2022-Q3"
    assert v["a year earlier"] == "2021-Q3"


@pytest.mark.parametrize("text, expr, value", [
    ("Fighting intensified in early October.", "early October", "2022-10"),
    ("Prices rose steadily through mid-2022.", "mid-2022", "2022"),
    ("The bridge must be repaired by the end of the month.", "the end of the month", "2022-10"),
    ("Grain exports stalled in the second quarter of 2022.", "the second quarter of 2022", "2022-Q2"),
    ("The offensive stalled last summer.", "last summer", "2022-SU"),
    ("Officials expect a decision earlier this year.", "earlier this year", "2022"),
])
def test_vague_spans(text, expr, value):
    assert values(text)[expr] == value


def test_last_season_before_it_comes_round_again():
    assert values("The offensive stalled last summer.", "2022-03-10")["last summer"] == "2021-SU"


@pytest.mark.parametrize("text, expr, type_, value", [
    ("Twelve people were killed in the past 24 hours.", "the past 24 hours", "DURATION", "PT24H"),
    ("The siege lasted three days.", "three days", "DURATION", "P3D"),
    ("Parliament approved a two-year budget.", "two-year", "DURATION", "P2Y"),
    ("Casualties rose in recent weeks.", "recent weeks", "DURATION", "PXW"),
    ("Convoys leave every day.", "every day", "SET", "P1D"),
    ("The ministry publishes losses daily.", "daily", "SET", "P1D"),
    ("The bulletin is issued weekly.", "weekly", "SET", "P1W"),
    ("The blast came at 10:18 AM.", "10:18 AM", "TIME", "2022-10-24T10:18"),
    ("The front is now quiet.", "now", "DATE", "PRESENT_REF"),
    ("Officials are currently assessing the damage.", "currently", "DATE", "PRESENT_REF"),
    ("Shelling has recently intensified.", "recently", "DATE", "PAST_REF"),
    ("Recently, the town had been held by separatists.", "Recently", "DATE", "PAST_REF"),
    ("Peace talks may resume in the future.", "the future", "DATE", "FUTURE_REF"),
])
def test_types_and_values(text, expr, type_, value):
    found = {t.text: t for t in tag_timexes(text, DCT)}
    assert found[expr].type == type_
    assert found[expr].value == value


def test_quarterly_as_adjective_is_not_a_set():
    assert "quarterly" not in values("The company paid a quarterly dividend.")


def test_unknown_year_without_dct():
    t = one("The attack happened on Oct. 23.", dct=None)
    assert t.value == "XXXX-10-23"


@pytest.mark.parametrize("text, relation", [
    ("The figures are as of Oct. 13.", "as_of"),
    ("More than 6 million people have fled since Feb. 24.", "since"),
    ("The corridor stays open until Nov. 1.", "until"),
    ("The bridge must be repaired by Nov. 1.", "until"),
    ("Troops withdrew before Oct. 1.", "before"),
    ("Fighting resumed after Oct. 1.", "after"),
    ("Troops withdrew on Oct. 1.", "on"),
    ("The curfew applies from Oct. 1 on.", "since"),
])
def test_relation_from_governing_cue(text, relation):
    t = next(t for t in tag_timexes(text, DCT) if t.text.startswith("Oct.") or t.text.startswith("Nov.") or t.text.startswith("Feb."))
    assert t.relation == relation
    assert not t.text.lower().startswith(("as of", "since", "until", "by", "before", "after", "from"))


def test_relation_before_range():
    text = "Flights are suspended from Oct. 1 to Oct. 5."
    found = tag_timexes(text, DCT)
    assert [t.relation for t in found] == ["since", "until"]
    assert relation_before("Troops arrived on ", len("Troops arrived on ")) == "on"


def test_precision():
    found = {t.text: t.precision for t in tag_timexes(
        "On Oct. 13, last week, in September, in 2021 and at 10:18 AM, and for three days.", DCT)}
    assert found == {"Oct. 13": "day", "last week": "week", "September": "month", "2021": "year",
                     "10:18 AM": "time", "three days": None}


def test_dct_forms_are_accepted():
    for dct in (dt.date(2022, 10, 24), dt.datetime(2022, 10, 24, 9, 30), "2022-10-24T09:30:00", "20221024"):
        assert values("The strike came yesterday.", dct)["yesterday"] == "2022-10-23"


def test_tense_cues():
    text = "The ministers will meet on Thursday."
    assert is_future_clause(text, text.index("Thursday"), len(text) - 1) is True
    text = "The ministers met on Thursday."
    assert is_future_clause(text, text.index("Thursday"), len(text) - 1) is False


def test_sorted_and_offsets_slice_text():
    text = "On Oct. 15 troops advanced; two days later, on Oct. 17, they withdrew. Talks resume next week."
    found = tag_timexes(text, DCT)
    assert [t.start for t in found] == sorted(t.start for t in found)
    assert all(text[t.start:t.end] == t.text for t in found)
    assert values(text)["two days later"] == "2022-10-17"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200),
       st.sampled_from([None, "2022-10-24", "1999-02-28", "nonsense"]))
def test_never_crashes_and_offsets_slice(text, dct):
    for t in tag_timexes(text, dct):
        assert text[t.start:t.end] == t.text
        assert t.type in ("DATE", "TIME", "DURATION", "SET")
        assert t.relation in ("on", "as_of", "since", "until", "before", "after")


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["Troops", "shelled", "the town", "on Oct. 3", "the next day", "since Feb. 24",
                                 "two days earlier", "last week", "Sunday", "will", "at 10 p.m.", "in 2021",
                                 "every day", "three days", ",", "."]), max_size=25))
def test_property_on_wire_like_text(words):
    text = " ".join(words)
    found = tag_timexes(text, "2022-10-24")
    assert all(text[t.start:t.end] == t.text for t in found)
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


def test_deadline_dates_lean_ahead_of_the_dct():
    # past-tense reporting, but the date is a deadline still ahead of the 2022-10-24 DCT
    assert values("The rebels' offer was extended to Nov. 20, the mediators said.")["Nov. 20"] == "2022-11-20"
    assert values("The curfew was lifted, effective Dec. 7, officials said.")["Dec. 7"] == "2022-12-07"
    # a date in the past stays in the past
    assert values("The offer was extended to Oct. 21, the mediators said.")["Oct. 21"] == "2022-10-21"


def test_rates_are_not_sets():
    v = values("Exports are expected to rise 8.5% annually, and the average daily volume fell.")
    assert "annually" not in v and "daily" not in v
    assert values("Rallies have been held annually since the war.")["annually"] == "P1Y"


def test_weekday_evening_is_a_time():
    t = one("The convoy was shelled on Friday evening near the border.")
    assert (t.type, t.value) == ("TIME", "2022-10-21TEV")


def test_weekday_tense_from_the_verb_right_before_it():
    # DCT 2022-10-24 is a Monday
    assert values("The court ruled Wednesday that the detainees must be freed.")["Wednesday"] == "2022-10-19"
    assert values("The envoy could arrive as early as Wednesday, officials will say.")["Wednesday"] == "2022-10-26"


def test_fractional_durations_and_fractions():
    assert values("Talks lasted 5 1/2 hours in Doha.")["5 1/2 hours"] == "PT5H30M"
    assert values("They lived in the camps for 2 1/2 years.")["2 1/2 years"] == "P2Y6M"
    assert not values("Militias control about three-quarters of the province.")


def test_rates_are_not_durations_but_spans_are():
    assert "a year" not in values("The deal will save the ministry $500 million a year.")
    assert values("The inquiry will finish within a year.")["a year"] == "P1Y"


def test_year_ended_is_a_span():
    assert values("Revenue rose 4% in the year ended March 31.")["the year"] == "P1Y"


def test_current_and_recent_as_references():
    v = values("Because of current market conditions and the recent sale of its stake, the firm paused.")
    assert v["current"] == "PRESENT_REF" and v["recent"] == "PAST_REF"


def test_generic_era_and_titles_are_not_dates():
    assert not values("The war shaped today's youth more than any treaty.")
    assert not values('The minister said on "This Week" that talks would resume.')
    assert "the day before" not in values("He was last seen Nov. 3, the day before police issued a warrant.")
