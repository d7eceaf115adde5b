"""Bounds written after the counted noun ("3,000 troops or more", "a few thousand soldiers at most") and the scope
of a qualifier over coordinated figures: an approximation or a ceiling covers a list of figures as round as the first,
a lower bound only its own figure ("more than 1,200 drones and 90 missiles": 90 as stated)."""
from __future__ import annotations

import pytest

from sitroom.analyze.quantities import find_quantities_in_text


def _read(text: str) -> list[tuple[float | None, float | None, str]]:
    return [(q.lower, q.upper, q.qualifier) for q in find_quantities_in_text(text)]


@pytest.mark.parametrize("sentence, want", [
    ("Officials said 3,000 troops or more could cross the river.", (3000, None, "at_least")),
    ("The garrison holds a few thousand Belgian soldiers at most.", (None, 5000, "at_most")),
    ("The camp now shelters 10,000 people or so, aid workers said.", (10000, 10000, "approx")),
    ("Witnesses counted 1,000 marchers and more on the bridge.", (1000, None, "at_least")),
    ("The rebels hold 200 hostages at least, the mediator said.", (200, None, "at_least")),
    ("The convoy had 50 trucks or fewer, the monitors said.", (None, 50, "at_most")),
])
def test_a_bound_after_the_counted_noun_bounds_the_figure(sentence, want):
    assert _read(sentence) == [want]


@pytest.mark.parametrize("sentence, want", [
    ("The navy sent 40 boats and more than 20 helicopters.", [(40, 40, "exact"), (20, None, "more_than")]),
    ("The brigade sent 3,000 troops or more tanks than ever.", [(3000, 3000, "exact")]),
    ("Norway sent 40 trucks and more will follow in May.", [(40, 40, "exact")]),
    ("About 3,000 troops or more came.", [(3000, 3000, "approx")]),      # the qualifier before the number stays
    ("The militia attacked 30 villages at least twice.", [(30, 30, "exact")]),
])
def test_a_cue_after_the_noun_that_starts_another_phrase_is_no_bound(sentence, want):
    assert _read(sentence) == want


def test_a_lower_bound_covers_only_its_own_figure_of_a_list():
    assert _read("The army said more than 1,200 drones and 90 missiles were fired.") == [
        (1200, None, "more_than"), (90, 90, "exact")]
    assert _read("At least 12 trucks and 30 buses were seen.") == [(12, None, "at_least"), (30, 30, "exact")]


def test_a_ceiling_covers_a_list_as_round_as_its_first_figure():
    assert _read("Up to 300 troops and 40 vehicles will take part.") == [(None, 300, "up_to"), (None, 40, "up_to")]
    assert _read("As many as 150 soldiers and 15 trucks crossed.") == [(None, 150, "up_to"), (None, 15, "up_to")]


def test_an_approximation_still_covers_a_list_as_round_as_its_first_figure():
    assert [q for *_, q in _read("Some 600 tanks and 900 trucks were counted.")] == ["approx", "approx"]
