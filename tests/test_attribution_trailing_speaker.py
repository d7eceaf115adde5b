"""Sources of outlet copy (issue 10, outlet batch 3): the object of 'told' is who heard it, never the speaker; a
speaker after a long apposition ('…, the chief of the General Staff, General X, told Reuters') is the apposition's
name; 'according to ministry data' / 'police figures' names the body the data are from."""
from __future__ import annotations

from sitroom.analyze import analyze
from sitroom.model import Document, content_id


def _source(text: str, figure: str) -> str | None:
    ex = analyze(Document(id=content_id(text), text=text, published="2024-04-08"))
    c = next(c for c in ex.claims if c.text == figure)
    return c.source.text if c.source is not None else None


def test_a_speaker_in_an_apposition_before_told_is_the_source_not_the_hearer():
    src = _source("The call-up of nearly 900 reservists is a routine test, the chief of the General Staff, "
                  "General Ivan Horak, told Reuters on Tuesday.", "nearly 900")
    assert src is not None and "Horak" in src


def test_an_inverted_reporting_verb_still_names_its_speaker():
    assert _source("Up to 300 drones were launched overnight, writes Meduza.", "Up to 300") == "Meduza"


def test_data_of_a_named_body_are_that_body_speaking():
    assert "ministry" in (_source("According to ministry data, around 4,000 reservists could be mobilised.",
                                  "around 4,000") or "")
    assert "police" in (_source("According to police figures, 300 people were detained.", "300") or "")
    assert _source("According to preliminary data, 300 people were detained.", "300") is None
