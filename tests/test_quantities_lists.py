"""Figures next to each other and numbers inside names (issue 10 outlet pages): a qualifier does not spread onto a
more precise figure of the same list; formation and equipment names are not counts."""
from __future__ import annotations

import pytest

from sitroom.analyze.quantities import find_quantities_in_text


def _read(text: str) -> list[tuple[str, float | None, float | None, str]]:
    return [(q.text, q.lower, q.upper, q.qualifier) for q in find_quantities_in_text(text)]


def test_a_qualifier_does_not_spread_onto_a_more_precise_figure():
    got = _read("Poland sent about 5,000 troops and 1,200 border guards to the frontier.")
    assert got == [("about 5,000", 5000, 5000, "approx"), ("1,200", 1200, 1200, "exact")]
    got = _read("The ministry said some 3,000 soldiers and 450 tanks had arrived.")
    assert [g[3] for g in got] == ["approx", "exact"]


def test_a_qualifier_still_covers_a_list_of_figures_as_round_as_the_first():
    got = _read("Russia moved some 170 tanks and 200 armoured vehicles to the border.")
    assert [g[3] for g in got] == ["approx", "approx"]
    got = _read("About 40 drones and 30 missiles were launched overnight.")
    assert [g[3] for g in got] == ["approx", "approx"]


@pytest.mark.parametrize("sentence", [
    "Germany will station Panzerbrigade 45 in Lithuania.",
    "The 155 Brigade was sent to the front.",
    "Elements of the 1st Guards Tank Army were spotted near Belgorod.",
    "Ukraine's Brigade 155 trained in France.",
    "An Su-25 was shot down near Bakhmut.",
    "The S-300 batteries were moved to Belarus.",
    "The Il-76 landed in Minsk.",
    "Russia fired S-300 missiles at Kharkiv.",
])
def test_formation_and_equipment_names_are_not_counts(sentence):
    assert _read(sentence) == []


def test_a_count_next_to_a_name_is_still_read():
    got = _read("Panzerbrigade 45 will have 4,800 soldiers and two Su-25 jets were lost.")
    assert [g[0] for g in got] == ["4,800", "two"]
    assert _read("Kyiv sent 3 brigades to the front.") == [("3", 3, 3, "exact")]


@pytest.mark.parametrize("sentence", [
    "Ukraine downed a Su\u201125 near Bakhmut.",          # non-breaking hyphen, as web pages write it
    "The S\u2010300 batteries were moved to Belarus.",    # Unicode hyphen
    "An Il\u201276 landed in Minsk.",                      # figure dash
])
def test_equipment_names_with_unicode_hyphens_are_not_counts(sentence):
    assert _read(sentence) == []


def test_a_count_before_a_name_with_a_unicode_hyphen_keeps_its_kind():
    from sitroom.analyze.claims import kind_of_text
    assert kind_of_text("Su\u201125") == kind_of_text("Su-25") == "combat_aircraft"
    assert _read("Russia lost 3 T\u201172 tanks.") == [("3", 3, 3, "exact")]


def test_a_qualifier_covers_a_smaller_figure_of_no_more_digits():
    got = _read("Russia has some 5,000 soldiers and 500 tanks in the region.")
    assert [g[3] for g in got] == ["approx", "approx"]   # 500 is as round as 5,000: 'some' covers both


@pytest.mark.parametrize("sentence, figure", [
    ("The Pentagon will send 3,000 Army soldiers to Poland.", "3,000"),
    ("About 40 Brigade fighters were wounded.", "About 40"),
])
def test_a_count_before_a_capitalised_formation_word_and_its_noun_is_read(sentence, figure):
    assert [g[0] for g in _read(sentence)] == [figure]
