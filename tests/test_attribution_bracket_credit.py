"""A fact box's line that ends in its source in brackets ('• 1,100 conscripts called up (Defence Ministry)') is that
source's (issue 10, outlet batch 3); the credit does not carry to the next line, and a bracket that is no actor
('(pictured)', '(about 10 of them modern)') credits no one."""
from __future__ import annotations

from sitroom.analyze import analyze
from sitroom.model import Document, content_id


def _sources(text: str) -> dict[str, str | None]:
    ex = analyze(Document(id=content_id(text), text=text, published="2024-04-08"))
    return {c.text: (c.source.text if c.source is not None else None) for c in ex.claims}


def test_a_bracketed_credit_closing_a_line_is_its_source_and_that_line_s_only():
    found = _sources("Key numbers:\n• 1,100 conscripts called up (Defence Ministry)\n• 9,000 active-duty personnel")
    assert found["1,100"] == "Defence Ministry"
    assert found["9,000"] is None


def test_a_bracket_that_names_no_actor_credits_no_one():
    assert _sources("Russia moved 40 tanks to the border (pictured).")["40"] is None
    assert _sources("The army has 30 tanks (about 10 of them modern).")["30"] is None


def test_an_abbreviation_in_brackets_is_no_credit():
    assert _sources("Air defence destroyed 11 unmanned aerial vehicles (UAVs).")["11"] is None
