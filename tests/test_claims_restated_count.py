"""A bare figure sized by a measure noun that names nothing ('the figure of 2,000', 'The number is 2,000', 'put the
figure at 20,000') restates what the text was counting (issue 10, outlet batch 3): it is a claim of that kind, and
it takes the state of the earlier figure with the same bounds, not merely of the last figure read."""
from __future__ import annotations

from sitroom.analyze import analyze
from sitroom.model import Document, content_id

LEAD = "Armenia has called up nearly 2,000 conscripts, the ministry said. The first 700 had reported to their units.\n\n"


def _claims(text: str):
    return analyze(Document(id=content_id(text), text=text, published="2024-04-08")).claims


def _after_lead(text: str):
    return [c for c in _claims(LEAD + text) if c.start >= len(LEAD)]


def test_the_figure_of_n_restates_the_count_in_its_state():
    found = _after_lead("The figure of 2,000, first reported by a local paper on Friday, was confirmed on Monday.")
    assert [(c.lower, c.counted, c.status) for c in found] == [(2000, "personnel", "ordered")]
    assert "local paper" in found[0].source.text


def test_the_number_is_n_restates_the_count():
    found = _after_lead('"The number is 2,000," the spokesman told reporters.')
    assert [(c.lower, c.counted) for c in found] == [(2000, "personnel")]


def test_putting_the_figure_at_n_restates_the_count():
    found = _after_lead("A blog put the figure at 20,000.")
    assert [(c.lower, c.counted, c.status) for c in found] == [(20000, "personnel", "ordered")]


def test_a_measure_noun_with_its_own_complement_is_not_a_restatement():
    found = _after_lead("The number of volunteers is 300, the mayor said.")
    assert all(c.counted != "personnel" for c in found)


def test_the_estimator_is_not_what_a_restated_figure_counts():
    text = "The rebels said they had fired eight rockets at the base. The army puts the number at three."
    found = [c for c in _claims(text) if c.text == "three"]
    assert [(c.counted, c.status) for c in found] == [("missiles", "attacked")]
