"""Time expressions the mutation run (scripts/mutation.py timex) found untested: what a value is anchored on
(absolute, the report's date, the narrative), the types of times, sets and durations, holidays, decades and
centuries, weekends, "the day before yesterday", narrative steps from a quarter or a spoken year, and the ru/uk
decades (texts written for these tests; the report's date is a Monday)."""
from __future__ import annotations

import pytest

from sitroom.analyze.timex import tag_timexes

DCT = "2022-10-24"


def _rows(text, dct=DCT, **kw):
    return [(t.text, t.type, t.value, t.anchor) for t in tag_timexes(text, dct, **kw)]


def _one(text, dct=DCT, **kw):
    found = tag_timexes(text, dct, **kw)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text, expr, type_, value, anchor", [
    ("The order took effect 2022-10-13T14:30.", "2022-10-13T14:30", "TIME", "2022-10-13T14:30", "absolute"),
    ("The treaty was signed on 2021-10-13.", "2021-10-13", "DATE", "2021-10-13", "absolute"),
    ("Christmas 2021 was quiet.", "Christmas 2021", "DATE", "2021-12-25", "absolute"),
    ("The wall was built in the 19th century.", "the 19th century", "DATE", "18", "absolute"),
    ("It happened in nineteen ninety-nine.", "nineteen ninety-nine", "DATE", "1999", "absolute"),
    ("The fighting stopped in early 2021.", "early 2021", "DATE", "2021", "absolute"),
    ("Fighting resumed in the fall.", "the fall", "DATE", "2022-FA", "dct"),
    ("Prices are rising at present.", "at present", "DATE", "PRESENT_REF", "dct"),
    ("The budget runs until the end of the year.", "the end of the year", "DATE", "2022", "dct"),
    ("Troops massed at the border over the weekend.", "the weekend", "DATE", "2022-W42-WE", "dct"),
    ("The troops will leave next weekend.", "next weekend", "DATE", "2022-W44-WE", "dct"),
    ("Profits fell a year ago.", "a year ago", "DATE", "2021", "dct"),
    ("The plant closed a decade ago.", "a decade ago", "DATE", "201", "dct"),
    ("The talks took place the day before yesterday.", "the day before yesterday", "DATE", "2022-10-22", "dct"),
    ("The talks take place the day after tomorrow.", "the day after tomorrow", "DATE", "2022-10-26", "dct"),
    ("The convoy left at 5 o'clock.", "5 o'clock", "TIME", "2022-10-24T05:00", "dct"),
    ("The talks resume next March.", "next March", "DATE", "2023-03", "dct"),
])
def test_values_and_what_they_are_anchored_on(text, expr, type_, value, anchor):
    t = _one(text)
    assert (t.text, t.type, t.value, t.anchor) == (expr, type_, value, anchor)


@pytest.mark.parametrize("text, type_, value", [
    ("Rain falls every spring.", "SET", "XXXX-SP"),
    ("The siege lasted two centuries.", "DURATION", "P200Y"),
    ("The talks lasted 2.5 days.", "DURATION", "P2DT12H"),
])
def test_sets_and_durations_are_anchored_on_nothing(text, type_, value):
    t = _one(text)
    assert (t.type, t.value, t.anchor) == (type_, value, None)


def test_thanksgiving_is_the_fourth_thursday_of_november():
    # past: the last one before the report; future: the next one
    assert _one("The ceasefire collapsed on Thanksgiving.").value == "2021-11-25"
    assert _one("Talks will resume after Thanksgiving.").value == "2022-11-24"


def test_a_past_christmas_is_last_years():
    assert _one("Fighting paused on Christmas Day.").value == "2021-12-25"


def test_a_year_later_steps_from_a_quarter():
    assert _rows("Profits fell in Q3 2021. A year later they rose.") == [
        ("Q3 2021", "DATE", "2021-Q3", "absolute"), ("A year later", "DATE", "2022-Q3", "narrative")]


@pytest.mark.parametrize("text, first", [
    ("It happened in nineteen ninety-nine. The following year was calm.", "nineteen ninety-nine"),
    ("The war ended in 1999. The following year was calm.", "1999"),
])
def test_the_following_year_steps_from_a_year_however_written(text, first):
    assert _rows(text) == [(first, "DATE", "1999", "absolute"), ("The following year", "DATE", "2000", "narrative")]


def test_a_year_later_keeps_the_grain_of_the_date_before():
    assert _rows("The summit took place on March 3. A year later the talks collapsed.")[-1] == (
        "A year later", "DATE", "2023-03-03", "narrative")
    assert _rows("Sales fell in March. A year later, they recovered.")[-1] == (
        "A year later", "DATE", "2023-03", "narrative")


def test_a_month_later_steps_from_the_end_of_last_year():
    assert _rows("At the end of last year the army withdrew. A month later it returned.")[-1] == (
        "A month later", "DATE", "2021-11", "narrative")


def test_a_weekday_without_a_report_date_is_any_such_weekday():
    t = _one("The vote is on Friday.", None)
    assert (t.value, t.anchor) == ("XXXX-WXX-5", None)


# --------------------------------------------------------------------------- Russian / Ukrainian

@pytest.mark.parametrize("lang, text, expr", [
    ("ru", "Это произошло в 1990-х годах.", "1990-х"),
    ("ru", "Это произошло в 90-х годах.", "90-х"),
    ("uk", "Це сталося у 90-ті роки.", "90-ті"),
])
def test_decades(lang, text, expr):
    t = _one(text, language=lang)
    assert (t.text, t.type, t.value, t.anchor) == (expr, "DATE", "199", "absolute")


def test_a_two_digit_ordinal_is_no_decade():
    assert tag_timexes("Прошло 20-е заседание.", DCT, language="ru") == []


@pytest.mark.parametrize("lang, text, expr, value, anchor", [
    ("ru", "Это произошло в 2021 году.", "2021", "2021", "absolute"),
    ("uk", "Це сталося у 2021 році.", "2021", "2021", "absolute"),
    ("ru", "Это случилось в прошлом месяце.", "в прошлом месяце", "2022-09", "dct"),
    ("uk", "Це сталося минулого тижня.", "минулого тижня", "2022-W42", "dct"),
    ("ru", "Учения прошли в марте 2021 года.", "марте 2021", "2021-03", "absolute"),
])
def test_slavic_values_and_anchors(lang, text, expr, value, anchor):
    t = _one(text, language=lang)
    assert (t.text, t.type, t.value, t.anchor) == (expr, "DATE", value, anchor)


def test_slavic_next_day_steps_from_the_date_before():
    assert _rows("Учения прошли 3 марта 2021 года. На следующий день войска ушли.", language="ru") == [
        ("3 марта 2021", "DATE", "2021-03-03", "absolute"), ("На следующий день", "DATE", "2021-03-04", "narrative")]
    assert _rows("Наступление началось 24 февраля. На следующий день войска вошли в город.", language="ru") == [
        ("24 февраля", "DATE", "2022-02-24", "dct"), ("На следующий день", "DATE", "2022-02-25", "narrative")]


def test_slavic_time_of_day_makes_a_time():
    t = _one("Учения начнутся завтра утром.", language="ru")
    assert (t.type, t.value) == ("TIME", "2022-10-25TMO")


def test_the_pattern_tables_built_afresh_tag_the_same():
    # the tables are cached per process; building them again must give the same expressions
    from sitroom.analyze.timex import _patterns, _slavic

    _patterns.patterns.cache_clear()
    _patterns.lexicon.cache_clear()
    _slavic._rules.cache_clear()
    try:
        assert _rows("Officials met on 13 October in Geneva and again next weekend.") == [
            ("13 October", "DATE", "2022-10-13", "dct"), ("next weekend", "DATE", "2022-W44-WE", "dct")]
        assert _rows("Наступление началось 24 февраля.", language="ru") == [("24 февраля", "DATE", "2022-02-24", "dct")]
        assert _rows("Це сталося минулого тижня.", language="uk") == [("минулого тижня", "DATE", "2022-W42", "dct")]
    finally:
        _patterns.patterns.cache_clear()
        _patterns.lexicon.cache_clear()
        _slavic._rules.cache_clear()


@pytest.mark.parametrize("text, expected", [
    ("Profits rose in the third quarter, up from the year-ago quarter.",
     [("the third quarter", "DATE", "2022-Q3", "dct"), ("the year-ago quarter", "DATE", "2021-Q3", "narrative")]),
    # no quarter before it: the last quarter before the report, a year back
    ("Profits rose, up from the year-ago quarter.", [("the year-ago quarter", "DATE", "2021-Q3", "dct")]),
    ("Sales rose in March from the year-ago month.",
     [("March", "DATE", "2022-03", "dct"), ("the year-ago month", "DATE", "2021-03", "narrative")]),
    ("Sales rose on March 3, up from the year-ago period.",
     [("March 3", "DATE", "2022-03-03", "dct"), ("the year-ago period", "DATE", "2021-03-03", "narrative")]),
    ("Sales rose in Q3 2022, compared with a year ago.",
     [("Q3 2022", "DATE", "2022-Q3", "absolute"), ("a year ago", "DATE", "2021-Q3", "narrative")]),
    ("Profits fell in the year-ago third quarter.", [("the year-ago third quarter", "DATE", "2021-Q3", "dct")]),
    ("Sales rose in the year-ago period.", [("the year-ago period", "DATE", "2021", "dct")]),
])
def test_year_ago_periods_step_back_from_the_period_before(text, expected):
    assert _rows(text) == expected
