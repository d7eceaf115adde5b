"""Fusion on outlet pages (issue 10, batch 6): a month said by its edge covers that part of the month only."""
from __future__ import annotations

from datetime import date


def test_a_month_said_by_its_edge_covers_that_third_of_it():
    from sitroom.timeml import edge_span
    assert edge_span("2024-10", "the end of October") == (date(2024, 10, 21), date(2024, 10, 31))
    assert edge_span("2024-10", "early October") == (date(2024, 10, 1), date(2024, 10, 10))
    assert edge_span("2024-10", "mid-October") == (date(2024, 10, 11), date(2024, 10, 20))
    assert edge_span("2024-10", "October") == (date(2024, 10, 1), date(2024, 10, 31))
    assert edge_span("2024-10-05", "late on Oct. 5") == (date(2024, 10, 5), date(2024, 10, 5))


def test_a_figure_as_of_the_end_of_a_month_is_dated_to_its_last_days():
    from sitroom.analyze import analyze
    from sitroom.fuse._figures import claims
    from sitroom.model import Document
    text = "About 4,000 Eritrean soldiers had been sent to Sudan as of the end of March, the ministry said."
    doc = Document(id="t-edge", text=text, title=None, published="2026-04-08", language="en")
    (f,) = [x for x in claims(doc, analyze(doc).claims) if x.lower == 4000]
    assert (f.as_of_lo, f.as_of_hi) == ("2026-03-21", "2026-03-31")
