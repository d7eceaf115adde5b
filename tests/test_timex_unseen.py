"""Temporal layer: rules about news language in general, each checked on TimeBank and AQUAINT (sentences written
for these tests; the document date is a Wednesday)."""
from __future__ import annotations

import pytest

from sitroom.analyze.timex import tag_timexes

DCT = "2022-10-26"      # a Wednesday


def found(text: str, dct=DCT) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag_timexes(text, dct)]


def value_of(text: str, expr: str, dct=DCT) -> str:
    hits = {t.text: t.value for t in tag_timexes(text, dct)}
    assert expr in hits, hits
    return hits[expr]


# --- a weekday whose last tense cue puts it after the report is the coming one
@pytest.mark.parametrize("text, value", [
    ("The envoy said he would meet rebel leaders on Thursday.", "2022-10-27"),
    ("The troops are leaving on Friday.", "2022-10-28"),
    ("The election is on Sunday.", "2022-10-30"),
    ("A ceasefire takes effect Friday.", "2022-10-28"),
    ("Protesters planned a large rally in the capital on Saturday.", "2022-10-29"),
    ("The vote will be held on Sunday.", "2022-10-30"),       # "held" after "be" is no past verb
])
def test_weekday_ahead_of_the_report(text, value):
    (expr, got), = found(text)
    assert got == value, expr


@pytest.mark.parametrize("text, value", [
    ("The strike ended on Saturday.", "2022-10-22"),
    ("He said the troops had left on Monday.", "2022-10-24"),
    ("A memorial planned at the university for Saturday was cancelled.", "2022-10-22"),   # told as past
    ("The rebels are studying Tuesday's ruling.", "2022-10-25"),    # a possessive names an event of its own
    ("The offensive began as previously planned Saturday night.", "2022-10-22"),
])
def test_weekday_told_as_past_stays_past(text, value):
    assert [v for _, v in found(text)] == [value]


# --- the second day of a range of days
def test_second_day_of_a_range():
    assert found("The summit ran Oct. 12-14.") == [("Oct. 12", "2022-10-12"), ("14", "2022-10-14")]
    assert found("Talks were held on Sept. 20 and 21.") == [("Sept. 20", "2022-09-20"), ("21", "2022-09-21")]


@pytest.mark.parametrize("text", [
    "Shelling began on Oct. 12 and 25 people died.",      # a count, not a day
    "The rate rose on Oct. 12 to 15 percent.",
])
def test_a_number_after_a_date_is_not_always_a_day(text):
    assert [e for e, _ in found(text)] == ["Oct. 12"]


# --- "scheduled for March": a month after a plan word
def test_month_after_scheduled_for():
    assert found("Elections are scheduled for March.") == [("March", "2023-03")]


# --- clock times written with a dot
def test_dotted_clock_time():
    assert found("The drone attack came at 6.30am.") == [("6.30am", "2022-10-26T06:30")]
    assert found("Prices rose 6.30 percent.") == []


# --- a quarter long over, in a clause about the future, is next year's
def test_future_quarter_that_is_long_over_is_next_years():
    assert value_of("The company said it expects to complete the sale in the first quarter.",
                    "the first quarter") == "2023-Q1"
    assert value_of("The company completed the sale in the first quarter.", "the first quarter") == "2022-Q1"
    # a quarter that ended lately is still reported on
    assert value_of("The company will report third-quarter results next week.", "third-quarter") == "2022-Q3"


# --- "the month of August": the month named is the expression
def test_the_month_of_a_named_month():
    assert found("Sales fell in the month of August.") == [("August", "2022-08")]
    assert found("The year 2000 problem worried banks.") == [("2000", "2000")]


# --- titles and idioms that look like times
@pytest.mark.parametrize("text", [
    "He told CBS's 60 Minutes that he would stay.",
    "The poster showed Gary Cooper in High Noon.",
    "For the country, high noon comes today.",
])
def test_titles_and_idioms_are_no_times(text):
    assert [e for e, _ in found(text)] in ([], ["today"])


def test_capitalised_unit_at_sentence_start_is_still_a_duration():
    assert found("Sixty minutes passed before the sirens stopped.") == [("Sixty minutes", "PT60M")]
    assert found("The convoy left at noon.") == [("noon", "2022-10-26T12:00")]


# --- the second end of a range of months lies on or after the first
@pytest.mark.parametrize("text, values", [
    ("Exports rose between January and March.", ["2022-01", "2022-03"]),
    ("The ban lasted from December 2021 to March.", ["2021-12", "2022-03"]),
    ("Fighting raged in September and March was quiet.", ["2022-09", "2022-03"]),   # two months, no range
])
def test_range_of_months(text, values):
    assert [v for _, v in found(text)] == values


# --- tense: an intention's complement lies ahead; a regular past form weighs against a modal; participles
@pytest.mark.parametrize("text, expr, value", [
    ("The alliance has decided to admit three members in early March.", "early March", "2023-03"),
    ("In January, the commissioner ruled that the boy should go home.", "January", "2022-01"),
    ("The fund bought it in February, and it will sell two units.", "February", "2022-02"),   # irregular past
    ("The bank will buy all shares tendered by holders through Nov. 17.", "Nov. 17", "2022-11-17"),
])
def test_tense_cues_around_a_date(text, expr, value):
    assert value_of(text, expr) == value


# --- a deadline noun after a date, and the present tense after when/once/if, put the date ahead
@pytest.mark.parametrize("text, expr, value, dct", [
    ("The agency had set a Jan. 14 return date.", "Jan. 14", "2022-01-14", "2022-01-06"),
    ("He had left on Jan. 14 for Paris.", "Jan. 14", "2021-01-14", "2022-01-06"),
    ("The relatives had lost, but the appeal goes on when the case is heard in May.", "May", "2023-05", DCT),
    ("Exporters were told that once the rules take effect in January, licences are needed.", "January", "2023-01", DCT),
    ("The war began when troops crossed the border in February.", "February", "2022-02", DCT),
])
def test_deadline_noun_and_present_after_when(text, expr, value, dct):
    assert value_of(text, expr, dct) == value


# --- "the current year" / "the full year" are the document's; "USA Today" is a newspaper; "the past three summers"
def test_current_and_full_year_are_the_documents():
    text = "Sales reached $2 billion in 1992. The chief executive forecast a rise for the full year."
    assert value_of(text, "the full year") == "2022"
    assert value_of("Plans for 2019 were dropped; the current year looks better.", "the current year") == "2022"


def test_a_named_year_still_anchors_the_year():
    assert value_of("Sales rose in 1992. In the year, profit doubled.", "the year") == "1992"


@pytest.mark.parametrize("text", ["A poll by USA Today showed gains.", "This is VOA Today."])
def test_today_in_a_title(text):
    assert found(text) == []


def test_today_at_sentence_start_is_the_day():
    assert found("Markets fell. Today the index rose.") == [("Today", "2022-10-26")]


def test_the_past_before_a_count_is_no_reference():
    assert found("Violence has flared for the past three summers.") == []
    assert found("In the past, the border was open.") == [("the past", "PAST_REF")]


# --- a request's complement lies ahead of it; the cue counts only for what follows it
def test_request_complement_lies_ahead():
    text = "The committee subpoenaed the minister to testify before it on Nov. 10, an aide said."
    assert value_of(text, "Nov. 10", "2022-01-07") == "2022-11-10"
    text = "The envoy arrived in the capital April 2, and the court ordered the family to leave."
    assert value_of(text, "April 2", "2022-06-01") == "2022-04-02"


# --- names that contain a weekday, a unit or a year-like number
@pytest.mark.parametrize("text", [
    "The Sunday Times reported the plan.",
    "The Good Friday Agreement ended the conflict.",
    "Traders still recall Black Monday.",
    "They watched Saturday Night Live.",
    "He fought in the Six-Day War.",
    "The ticket costs 1990 rubles.",
])
def test_names_and_prices_are_no_times(text):
    assert found(text) == []


def test_a_name_after_the_weekday_is_still_a_date():
    assert found("On Sunday Putin said the talks were over.") == [("Sunday", "2022-10-23")]
