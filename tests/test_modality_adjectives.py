"""Analysts' hedges on an adjective: "unable/impossible to" negate the event, "unlikely/likely to" leave it only
possible, "it is unclear whether" leaves it open; "able to", "it is clear that" do not."""
from __future__ import annotations

import pytest

from sitroom.analyze import analyze
from sitroom.model import Document


def _modality(text: str) -> str:
    (ev,) = [e for e in analyze(Document(id="t", text=text, published="2022-10-31", language="en")).events
             if e.type == "ASSAULT"]
    return ev.modality


@pytest.mark.parametrize("text, expected", [
    ("Russia is unable to strike Lviv.", "negated"),
    ("It would be impossible for Russia to strike Lviv, the general said.", "negated"),
    ("Russian forces are unlikely to attack Kyiv again.", "hypothetical"),
    ("Russian forces are likely to attack Bakhmut.", "hypothetical"),
    ("It is unclear whether Russian troops shelled Kherson.", "hypothetical"),
    ("It remains uncertain whether the rebels attacked the convoy.", "hypothetical"),
    ("Russian forces were able to capture the village.", "asserted"),
    ("It is clear that Russian troops shelled Kherson.", "asserted"),
])
def test_a_predicate_adjective_sets_the_modality_of_what_it_governs(text, expected):
    assert _modality(text) == expected
