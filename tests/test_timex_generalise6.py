"""Temporal layer, time6 pass: the TIMEX3 mod and general late-1990s wire rules (sentences written for these tests,
values worked out by hand from the calendar)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitroom.analyze.timex import tag_timexes
from sitroom.model import EventDate, Timex, timex_to_dict

WEDNESDAY = "1998-03-04"


def _mods(sentence: str, dct: str = WEDNESDAY) -> dict[str, str | None]:
    return {t.text: t.mod for t in tag_timexes(sentence, dct)}


@pytest.mark.parametrize("sentence, text, mod", [
    ("Fighting eased in late March.", "late March", "END"),
    ("The plant is to open in early 1999.", "early 1999", "START"),
    ("Talks resume in mid-October.", "mid-October", "MID"),
    ("The ceasefire held until the middle of October.", "the middle of October", "MID"),
    ("The ban runs to the end of the month.", "the end of the month", "END"),
    ("Shares rose at the start of the year.", "the start of the year", "START"),
    ("Prices fell in the late 1980s.", "the late 1980s", "END"),
    ("The talks lasted about three weeks.", "three weeks", "APPROX"),
    ("He has been held for more than two years.", "more than two years", "MORE_THAN"),
    ("The strike lasted less than a month.", "less than a month", "LESS_THAN"),
    ("Detainees may be held for at least 72 hours.", "at least 72 hours", "EQUAL_OR_MORE"),
    ("The law allows up to 180 days.", "up to 180 days", "EQUAL_OR_LESS"),
    ("The war ended more than a decade ago.", "more than a decade ago", "BEFORE"),
    ("The mill closed nearly four years ago.", "nearly four years ago", "APPROX"),
    ("Banks must comply by year end.", "year end", "END"),
    ("Inspectors may stay for no more than sixty days.", "more than sixty days", "EQUAL_OR_LESS"),
    ("The plant will be closed over the next year or so.", "the next year", "APPROX"),
    ("The first blast came at about 10:35 a.m.", "10:35 a.m.", "APPROX"),
    ("The deal should close around Nov. 1.", "Nov. 1", "APPROX"),
    ("The unit won't be profitable until 1994 or later.", "1994", "ON_OR_AFTER"),
    ("Officials were not available for comment late yesterday.", "yesterday", "END"),
    ("The talks have been cut off for nearly two years.", "nearly two years", "EQUAL_OR_LESS"),
])
def test_the_words_of_an_expression_give_its_mod(sentence, text, mod):
    assert _mods(sentence).get(text) == mod


@pytest.mark.parametrize("sentence, text", [
    ("The envoy arrived on Tuesday.", "Tuesday"),
    ("Exports rose in March.", "March"),
    ("The trial lasted three weeks.", "three weeks"),
    ("Inflation slowed last year.", "last year"),
    ("Investors are worried about the future.", "the future"),      # "about" bounds a count, not a date
    ("They looked for ways to get around Wednesday's ruling.", "Wednesday"),
])
def test_an_expression_without_such_words_has_no_mod(sentence, text):
    assert _mods(sentence)[text] is None


def test_the_mod_does_not_change_the_value():
    (t,) = tag_timexes("Floods began in late March.", WEDNESDAY)
    assert (t.value, t.mod) == ("1998-03", "END")


def test_the_mod_is_an_optional_field_of_the_json():
    late = Timex(0, 10, "late March", "DATE", "1998-03", "month", mod="END")
    assert timex_to_dict(late)["mod"] == "END"
    assert "mod" not in timex_to_dict(Timex(0, 5, "March", "DATE", "1998-03", "month"))
    schema = json.loads((Path(__file__).parents[1] / "src/sitroom/data/extract.schema.json").read_text())
    text = json.dumps(schema)
    assert '"MORE_THAN"' in text and EventDate("1998-03", mod="END").mod == "END"


def test_an_event_dated_late_march_carries_the_mod_in_its_json():
    from sitroom.api import extract
    from sitroom.model import extraction_to_dict
    ex = extract(b"Rebels attacked the town of Kasese in late March, the army said.", published="1998-04-02")
    dates = [e["date"] for e in extraction_to_dict(ex)["events"] if e.get("date")]
    assert dates and dates[0]["value"] == "1998-03" and dates[0]["mod"] == "END"


def _values(sentence: str, dct: str) -> dict[str, str]:
    return {t.text: t.value for t in tag_timexes(sentence, dct)}


def test_a_report_day_does_not_move_the_period_the_story_tells_of():
    # filed Wednesday 5 January: "the month" is December, the month of the figures, not the day of the report
    found = _values("Exports rose 9 percent in December, the ministry said Wednesday, and the month set a record.",
                    "2000-01-05")
    assert found["Wednesday"] == "2000-01-05" and found["the month"] == "1999-12"
    found = _values("Jobless claims fell in October, the department said on Tuesday. A month earlier they had risen.",
                    "1998-11-04")
    assert found["A month earlier"] == "1998-09"


def test_a_report_day_still_anchors_the_next_day():
    found = _values("Prices fell in March, the agency said Tuesday. The next day the central bank cut rates.",
                    "1998-04-08")
    assert found["The next day"] == "1998-04-08"


@pytest.mark.parametrize("sentence, expected", [
    ("The plant was to close. Now, the union says, it will stay open.", []),          # the discourse marker
    ("Prices are now higher than a year ago.", [("now", "PRESENT_REF")]),
    ("Now the alliance has 19 members.", [("Now", "PRESENT_REF")]),
])
def test_now_with_a_comma_opening_a_sentence_is_no_time(sentence, expected):
    assert [(t.text, t.value) for t in tag_timexes(sentence, WEDNESDAY) if t.value.endswith("_REF")] == expected


@pytest.mark.parametrize("sentence, dct, text, value", [
    # Thanksgiving 1998 was Thursday 26 November: its weekend is that week's
    ("Airlines expect the busiest Thanksgiving weekend in years.", "1998-11-25", "Thanksgiving weekend", "1998-W48-WE"),
    # Labor Day 1998 was Monday 7 September: its weekend is the Saturday and Sunday before, ISO week 36
    ("Traffic was heavy over the Labor Day weekend.", "1998-09-09", "Labor Day weekend", "1998-W36-WE"),
    ("Churches were full over the Easter weekend.", "1998-04-14", "Easter weekend", "1998-W15-WE"),
])
def test_a_holiday_weekend_is_the_weekend_of_the_holiday(sentence, dct, text, value):
    assert _values(sentence, dct).get(text) == value


@pytest.mark.parametrize("sentence, text, value", [
    ("The two countries fought a border war in 1995 and signed a peace treaty in October of that year.",
     "October of that year", "1995-10"),
    ("He was arrested in 1994 and freed in May the following year.", "May the following year", "1995-05"),
    ("The plant opened in 1991; in March of the same year it was sold.", "March of the same year", "1991-03"),
])
def test_a_month_of_that_year_is_in_the_year_the_story_named(sentence, text, value):
    assert _values(sentence, WEDNESDAY).get(text) == value


@pytest.mark.parametrize("sentence, dct, text, value", [
    # filed Monday 3 April 2000: "the deadline is Tuesday" is tomorrow, not last week's Tuesday
    ("The deadline is Tuesday.", "2000-04-03", "Tuesday", "2000-04-04"),
    ("The deadline is 9 a.m. Tuesday.", "2000-04-03", "9 a.m. Tuesday", "2000-04-04T09:00"),
    # filed Wednesday 5 May 1999: "until at least Friday" looks ahead as "until Friday" does
    ("The department said Wednesday the boy could stay until at least Friday.", "1999-05-05", "Friday", "1999-05-07"),
    ("The deadline was Tuesday.", "2000-04-06", "Tuesday", "2000-04-04"),
])
def test_a_deadline_weekday_lies_ahead(sentence, dct, text, value):
    assert _values(sentence, dct).get(text) == value


def test_tempeval_scores_the_mod_where_the_gold_marks_one(tmp_path):
    import sys
    bench = str(Path(__file__).parents[1] / "benchmarks")
    sys.path.insert(0, bench)
    try:
        import tempeval
    finally:
        sys.path.remove(bench)
    tml = tmp_path / "doc.tml"
    tml.write_text('<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-04-02" functionInDocument="CREATION_TIME">'
                   '1998-04-02</TIMEX3></DCT><TEXT>Floods began in <TIMEX3 tid="t1" type="DATE" value="1998-03" '
                   'mod="END">late March</TIMEX3> and lasted <TIMEX3 tid="t2" type="DURATION" value="P2W">two weeks'
                   '</TIMEX3>.</TEXT></TimeML>', encoding="utf-8")
    text, dct, gold = tempeval.read_tml(tml)
    assert [g.mod for g in gold] == ["END", ""]
    score = tempeval.Score.empty()
    tempeval.score_document(score, "doc", text, dct, gold, tag_timexes(text, dct), False)
    assert (score.counts["gold_mod"], score.counts["sys_mod"], score.counts["mod"]) == (1, 1, 1)
    assert score.counts["value"] == 2


def test_a_stored_event_keeps_the_mod_of_its_date(tmp_path):
    from sitroom.api import extract
    from sitroom.model import event_to_dict
    from sitroom.store import Store
    ex = extract(b"Rebels attacked the town of Kasese in late March, the army said.", published="1998-04-02")
    store = Store(tmp_path / "s.db")
    store.save(ex)
    stored = [s.event for s in store.events()]
    assert [e.date.mod for e in stored if e.date] == ["END"]
    assert event_to_dict(stored[0])["date"]["mod"] == "END"
