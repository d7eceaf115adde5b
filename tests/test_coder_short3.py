"""One-line reports, batch 3 rules (coder.args, nlp): the speaker's own mention for a reported "it", datelines,
trailing agency credits, possessive countries before a region, event words as recipients. Sentences written for
these tests (not from benchmarks/data)."""
from __future__ import annotations

import pytest

from sitroom.analyze import analyze
from sitroom.model import Document, content_id


def _event(text: str, trigger: str):
    doc = Document(id=content_id(text), text=text, published="2025-03-14", language="en")
    events = analyze(doc).events
    return next(e for e in events if e.trigger == trigger)


@pytest.mark.parametrize("text,trigger,head,iso3", [
    ("Norway said it had expelled three Russian diplomats.", "expelled", "Norway", "NOR"),
    ("Chile says it recognised the new government in Caracas", "recognised", "Chile", "CHL"),
])
def test_a_reported_pronoun_actor_reads_as_the_speaker(text, trigger, head, iso3):
    ev = _event(text, trigger)
    assert ev.actor is not None and head in ev.actor.text and ev.actor.country == iso3
    assert ev.actor.start is not None and text[ev.actor.start:ev.actor.end] == ev.actor.text
