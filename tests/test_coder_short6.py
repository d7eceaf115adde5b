"""One-line reports, batch 6 rules (short6): a place after a where-preposition is no recipient, ... Sentences
written for these tests (not from benchmarks/data)."""
from __future__ import annotations

import pytest

from sitroom.analyze import analyze
from sitroom.model import Document, content_id


def _events(text: str):
    doc = Document(id=content_id(text), text=text, published="2026-04-10", language="en")
    return analyze(doc).events


def _event(text: str, trigger: str):
    return next((e for e in _events(text) if e.trigger == trigger), None)


@pytest.mark.parametrize("text,trigger", [
    ("Striking nurses marched through central Accra on Monday to denounce the budget.", "marched"),
    ("Thousands of Bolivians took to the streets of La Paz on Friday against fuel prices.", "took"),
    ("Port employees went on strike at ports across Greece on Tuesday.", "strike"),
])
def test_place_after_a_where_preposition_is_no_recipient(text, trigger):
    ev = _event(text, trigger)
    assert ev is not None and ev.type == "PROTEST"
    assert ev.recipient is None
