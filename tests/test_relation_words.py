"""A deadline over a period ("by the end of the year", "by May") is stored as `until` the period; every renderer
says it as "until the end of" the period, since "until 2022" reads as the year's start."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from sitroom.analyze.timex import tag_timexes
from sitroom.cli._events import when
from sitroom.model import EventDate
from sitroom.timeml import relation_words


@pytest.mark.parametrize("relation, value, words", [
    ("until", "2022", "until the end of"),
    ("until", "2022-10", "until the end of"),
    ("until", "2022-W42", "until the end of"),
    ("until", "2022-Q4", "until the end of"),
    ("until", "2022-10-17", "until"),          # a day is its own end
    ("until", "2022-10-17T09:00", "until"),
    ("since", "2022", "since"),
    ("as_of", "2022-10-17", "as of"),
    ("before", "2022", "before"),
    (None, "2022", "on"),
])
def test_relation_words(relation, value, words):
    assert relation_words(relation, value) == words


@pytest.mark.parametrize("sentence, expr, shown", [
    ("Officials said the bridge will be rebuilt by the end of the year.", "the end of the year",
     "until the end of 2022"),
    ("The ministry said all units must be withdrawn by November.", "November", "until the end of 2022-11"),
    ("The curfew stays in force until Oct. 20, the governor said.", "Oct. 20", "until 2022-10-20"),
    ("The army has held the town since March.", "March", "since 2022-03"),
])
def test_cli_dates_say_where_a_deadline_ends(sentence, expr, shown):
    t = next(x for x in tag_timexes(sentence, "2022-10-17") if x.text == expr)
    ev = SimpleNamespace(date=EventDate(value=t.value, text=t.text, precision=t.precision, relation=t.relation))
    assert when(ev) == shown
