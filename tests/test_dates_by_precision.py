"""Dates are said only as precisely as they are known (issue 10: the claims page showed "as of 2022" as 2022-01-01):
one wording, `timeml.calendar_words`, for the pages and the briefings."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from sitroom.analyze import analyze
from sitroom.brief._wording import when_phrase
from sitroom.brief._records import When
from sitroom.fuse import fuse_document
from sitroom.model import Document, content_id
from sitroom.serve import _labels as L
from sitroom.serve import create_app
from sitroom.store import Store
from sitroom.timeml import calendar_words


@pytest.mark.parametrize("value, precision, words", [
    ("2022", None, "2022"),
    ("2022-10", None, "October 2022"),
    ("2022-10-13", None, "13 October 2022"),
    ("2022-10-13", "month", "October 2022"),            # a coarser precision cuts the value
    ("2022-10-13", "year", "2022"),
    ("2022-W42", None, "the week of 17 October 2022"),
    ("2022-W42-WE", None, "the weekend of 22 October 2022"),
    ("2022-Q4", None, "the fourth quarter of 2022"),
    ("2022-H1", None, "the first half of 2022"),
    ("2022-10-13T14:30", None, "13 October 2022, 14:30"),
])
def test_a_value_in_words_at_its_precision(value, precision, words):
    assert calendar_words(value, precision)[0] == words


@pytest.mark.parametrize("value", ["PAST_REF", "P3D", "XXXX-10-13", "2022-02-30", None])
def test_no_words_for_what_is_not_a_known_calendar_date(value):
    assert calendar_words(value) is None


def test_the_pages_and_the_briefings_say_a_date_alike():
    for value, precision in (("2022", "year"), ("2022-10", "month"), ("2022-W42", "week"), ("2022-10-13", "day")):
        page = L.when(value, precision, "as_of")
        brief = when_phrase(When(value, precision, "as_of"))
        assert page == brief, (page, brief)


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    text = "As of 2022, Russia kept about 1,500 troops in Belarus, the Belarusian defence ministry said."
    ex = analyze(Document(id=content_id(text), text=text, title="Troops in Belarus", outlet="Minsk Daily",
                          published="2023-03-01T10:00:00+00:00", url="https://example.org/troops"))
    assert [c.as_of.value for c in ex.claims] == ["2022"]
    path = str(tmp_path_factory.mktemp("dates") / "dates.db")
    with Store(path) as s:
        s.save(ex)
        fuse_document(s, ex)
    return TestClient(create_app(path))


def test_a_year_precision_as_of_date_is_shown_as_the_year(client):
    row = client.get("/claims.json").json()["rows"][0]
    assert row["when"] == "as of 2022"
    page = client.get("/claims").text
    assert "as of 2022" in page and "2022-01-01" not in page
    series = client.get(row["links"]["series"]).text
    points = series.split("<tbody>", 1)[-1]
    assert "as of 2022" in points and "2022-01-01</td>" not in points
