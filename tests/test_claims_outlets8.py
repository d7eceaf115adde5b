"""Figure claims on outlet pages (issue 10, batch 8 of the outlet benchmark). Sentences our own."""
from __future__ import annotations

from sitroom.analyze import analyze
from sitroom.model import Document, content_id


def _claims(text: str, title: str | None = None):
    return analyze(Document(id=content_id(text, title), text=text, title=title, published="2026-05-04")).claims


def _claim(text: str, figure: str, title: str | None = None):
    found = [c for c in _claims(text, title) if c.text == figure]
    assert found, [c.text for c in _claims(text, title)]
    return found[0]


def _said_by(c) -> str:
    return f"{c.source.text if c.source else ''} {c.source.name if c.source else ''}".lower()


def test_according_to_a_carrier_citing_a_source_is_the_source_s_figure():
    c = _claim("According to the Eastern Courier, citing the Red Cross, about 1,200 refugees crossed on Monday.",
               "about 1,200")
    assert "red cross" in _said_by(c) and "courier" not in _said_by(c), _said_by(c)


def test_a_pronoun_reporting_inside_a_speaker_s_clause_is_the_speaker():
    text = ("The Coastal Watch channel said that more than 50 boats had left the harbour. "
            "Portwatch Zeta said on Monday that it had counted 12 boats leaving the port.")
    c = _claim(text, "12")
    assert "portwatch zeta" in _said_by(c) and "coastal" not in _said_by(c), _said_by(c)
