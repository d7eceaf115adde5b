"""Figures of headline and wire-copy language (issue 10, batch 5 of the outlet benchmark). Sentences our own."""
from __future__ import annotations

from sitroom.analyze.quantities import find_quantities_in_text


def _q(text: str):
    return [(q.text, q.qualifier, q.lower, q.upper) for q in find_quantities_in_text(text)]


def test_a_headline_verb_of_going_past_a_figure_is_a_lower_bound():
    assert _q("Flood evacuees in Bangladesh top 40,000") == [("top 40,000", "more_than", 40000.0, None)]
    assert _q("Cholera cases pass 1,500 in Yemen's south")[0][1:3] == ("more_than", 1500.0)


def test_top_after_a_determiner_is_no_verb():
    assert _q("The top 10 donors gave most of the money") == [("10", "exact", 10.0, 10.0)]


def test_a_wire_slug_edition_number_is_no_figure():
    assert [t for t, *_ in _q("UPDATE 3-Cholera cases pass 1,500 in Yemen's south")] == ["pass 1,500"]
