"""The briefing's phrase templates on their own: dates with their precision and relation, periods, counts."""
from __future__ import annotations

import pytest

from sitroom.brief import When
from sitroom.brief._render import safe_href
from sitroom.brief._wording import add_source, count, fuller_name, period_phrase, when_phrase


@pytest.mark.parametrize("value, precision, relation, expected", [
    ("2022-10-17", "day", "on", "on 17 October 2022"),
    ("2022-10-17", "day", "as_of", "as of 17 October 2022"),
    ("2022-10-17T09:30", "time", "on", "on 17 October 2022, 09:30"),
    ("2022-W42", "week", "on", "in the week of 17 October 2022"),
    ("2022-10", "month", "since", "since October 2022"),
    ("2022-10", "month", "on", "in October 2022"),
    ("2022-Q4", None, "on", "in the fourth quarter of 2022"),
    ("2022", "year", "until", "until the end of 2022"),
    ("2022-10", "month", "until", "until the end of October 2022"),
    ("2022-10-17", "day", "until", "until 17 October 2022"),
    ("2022", "year", "on", "in 2022"),
    ("XXXX-10-23", None, "on", None),
    ("PAST_REF", None, "on", None),
])
def test_dates_say_their_precision_and_relation(value, precision, relation, expected):
    assert when_phrase(When(value, precision, relation)) == expected


@pytest.mark.parametrize("since, until, expected", [
    ("2022-10-18", "2022-10-18", "on 18 October 2022"),
    ("2022-10-16", "2022-10-18", "from 16 to 18 October 2022"),
    ("2022-09-30", "2022-10-02", "from 30 September to 2 October 2022"),
    ("2022-12-31", "2023-01-01", "from 31 December 2022 to 1 January 2023"),
])
def test_periods(since, until, expected):
    assert period_phrase(since, until) == expected


def test_counts():
    assert [count(1, "report"), count(2, "report"), count(1, "copy", "copies"), count(1200, "copy", "copies")] == [
        "1 report", "2 reports", "1 copy", "1,200 copies"]


@pytest.mark.parametrize("href, linked", [
    ("https://a.example/x", True), ("http://a.example", True), ("examples/a.txt", True), ("/srv/a.html", True),
    ("javascript:alert(1)", False), ("JavaScript:alert(1)", False), ("data:text/html,x", False),
    ("//evil.example/x", False), (None, False),
])
def test_only_web_links_and_paths_are_linked(href, linked):
    assert (safe_href(href) is not None) is linked


@pytest.mark.parametrize("names, expected", [
    (["Ukraine's General Staff", "the General Staff"], ["Ukraine's General Staff"]),      # a mention back
    (["the ministry", "Belarus's defence ministry"], ["Belarus's defence ministry"]),      # the fuller name wins
    (["the General Staff", "the General Staff"], ["the General Staff"]),
    (["the ministry", "Belaruski Hajun"], ["the ministry", "Belaruski Hajun"]),            # two bodies
    (["Staff", "the General Staff"], ["the General Staff"]),
    (["Hajun", "Belaruski Hajunov"], ["Hajun", "Belaruski Hajunov"]),                     # a word's tail is no name
])
def test_one_document_names_one_body_once(names, expected):
    sources: list[str] = []
    for n in names:
        add_source(sources, n)
    assert sources == expected


@pytest.mark.parametrize("names, name, expected", [
    (["Ukraine's General Staff", "the General Staff"], "the General Staff", "Ukraine's General Staff"),
    (["the General Staff"], "the General Staff", "the General Staff"),
    (["Ukraine's defence ministry", "Russia's defence ministry"], "the ministry", "the ministry"),   # which one?
    (["Belaruski Hajun"], "the ministry", "the ministry"),
])
def test_a_figure_cites_a_short_mention_by_the_one_fuller_name_of_its_document(names, name, expected):
    assert fuller_name(names, name) == expected
