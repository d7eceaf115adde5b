"""TimeML values: grain, schema precision, calendar span and sort key, written once in sitroom.timeml."""
from __future__ import annotations

from datetime import date

import pytest

from sitroom import timeml

D = date


@pytest.mark.parametrize("value,grain,precision,span", [
    ("2022-10-16", "day", "day", (D(2022, 10, 16), D(2022, 10, 16))),
    ("2022-10-16T10:18", "time", "time", (D(2022, 10, 16), D(2022, 10, 16))),
    ("2022-10-16TEV", "time", "time", (D(2022, 10, 16), D(2022, 10, 16))),
    ("2022-W42", "week", "week", (D(2022, 10, 17), D(2022, 10, 23))),
    ("2022-W42-WE", "weekend", "week", (D(2022, 10, 22), D(2022, 10, 23))),
    ("2020-W53", "week", "week", (D(2020, 12, 28), D(2021, 1, 3))),          # an ISO week across the new year
    ("2022-10", "month", "month", (D(2022, 10, 1), D(2022, 10, 31))),
    ("2024-02", "month", "month", (D(2024, 2, 1), D(2024, 2, 29))),
    ("2022-Q1", "quarter", "year", (D(2022, 1, 1), D(2022, 3, 31))),
    ("2022-Q4", "quarter", "year", (D(2022, 10, 1), D(2022, 12, 31))),
    ("2022-H2", "half", "year", (D(2022, 7, 1), D(2022, 12, 31))),
    ("2022-SP", "season", "year", (D(2022, 3, 1), D(2022, 5, 31))),
    ("2022-SU", "season", "year", (D(2022, 6, 1), D(2022, 8, 31))),
    ("2022-FA", "season", "year", (D(2022, 9, 1), D(2022, 11, 30))),
    ("2023-WI", "season", "year", (D(2023, 12, 1), D(2024, 2, 29))),          # winter runs into the next year
    ("2022", "year", "year", (D(2022, 1, 1), D(2022, 12, 31))),
    ("199", "decade", "year", (D(1990, 1, 1), D(1999, 12, 31))),
    ("19", "century", "year", (D(1900, 1, 1), D(1999, 12, 31))),
    ("XXXX-10-23", "day", "day", None),                                       # no year: a grain but no span
    ("XXXX-10", "month", "month", None),
    ("XXXX-WXX-6", "day", "day", None),
    ("XXXX-SU", "season", "year", None),
    ("2022-02-30", "day", "day", None),                                       # impossible dates have no span
    ("2021-W53", "week", "week", None),
    ("PRESENT_REF", None, None, None),
    ("PAST_REF", None, None, None),
    ("P3D", None, None, None),
    ("PT2H", None, None, None),
    ("", None, None, None),
    (None, None, None, None),
])
def test_value_grain_precision_and_span(value, grain, precision, span):
    assert timeml.grain_of(value) == grain
    assert timeml.precision_of(value) == precision
    assert precision is None or precision in timeml.PRECISIONS
    assert timeml.span_of(value) == span
    assert timeml.sort_key(value) == (span[0].isoformat() if span else None)


@pytest.mark.parametrize("day,grain,value", [
    (D(2022, 10, 16), "day", "2022-10-16"), (D(2022, 10, 16), "week", "2022-W41"),
    (D(2022, 10, 22), "weekend", "2022-W42-WE"), (D(2022, 10, 16), "month", "2022-10"),
    (D(2022, 10, 16), "quarter", "2022-Q4"), (D(2022, 5, 1), "half", "2022-H1"), (D(2022, 7, 4), "season", "2022-SU"),
    (D(2023, 1, 15), "season", "2022-WI"), (D(2022, 12, 24), "season", "2022-WI"), (D(2022, 10, 16), "year", "2022"),
    (D(2022, 10, 16), "decade", "202"), (D(2022, 10, 16), "century", "20"),
])
def test_value_of_names_the_period_containing_the_day(day, grain, value):
    assert timeml.value_of(day, grain) == value
    lo, hi = timeml.span_of(value)
    assert lo <= day <= hi


def test_sort_keys_order_values_by_their_first_day():
    values = ["2022-Q4", "2022-10-16", "2022-W42", "2022", "2022-10", "2022-SU"]
    assert sorted(values, key=timeml.sort_key) == ["2022", "2022-SU", "2022-Q4", "2022-10", "2022-10-16",
                                                   "2022-W42"]
