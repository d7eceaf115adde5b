"""A line opening with 'X:' names its source only when X is an actor (issue 10, outlet batch 3): an event noun as the
topic of a headline or post ('Port strike: …', 'Border clash: …') is no claimant, while a channel's 'Air Force: …'
or a ministry's 'Defence ministry: …' still is."""
from __future__ import annotations

import pytest

from sitroom.analyze import analyze
from sitroom.model import Document, content_id


def _source(text: str, figure: str) -> str | None:
    ex = analyze(Document(id=content_id(text), text=text, published="2024-04-08"))
    c = next(c for c in ex.claims if c.text == figure)
    return c.source.text if c.source is not None else None


@pytest.mark.parametrize("text", [
    "Port strike: 14 rockets hit the docks overnight.",
    "Tartus raid: 9 soldiers were wounded near the base.",
])
def test_an_event_topic_before_a_colon_is_no_source(text):
    figure = next(w for w in text.split() if w.isdigit())
    assert _source(text, figure) is None


def test_an_actor_before_a_colon_is_the_source():
    assert _source("Air Force: 24 of 27 drones were shot down overnight.", "24") == "Air Force"
