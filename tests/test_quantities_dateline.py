"""A figure right after a dateline's spaced dash is a figure, not the end of a date range (issue 10, batch 4 of the
outlet benchmark): "KOSTANAY, Feb 10 - 30 trucks arrived" counts 30 trucks, while "Sept. 20-24" stays a date.
Sentences our own."""
from sitroom.analyze.quantities import find_quantities_in_text


def _figures(text: str) -> list[tuple[str, float]]:
    return [(q.text, q.lower) for q in find_quantities_in_text(text)]


def test_a_number_after_a_datelines_spaced_dash_is_a_figure():
    assert ("Eight", 8.0) in _figures("OSLO, Mar 2 - Eight Dutch helicopters landed at Bardufoss on Monday.")
    assert ("30", 30.0) in _figures("BODO, March 3 - 30 trucks crossed the border overnight.")


def test_a_date_range_with_a_dash_is_still_no_figure():
    assert _figures("The drills run Sept. 20-24 near Bodo.") == []
