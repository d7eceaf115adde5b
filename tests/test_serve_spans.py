"""The document page's marks for figure claims that no event carries (claims are first-class records)."""
from __future__ import annotations

from sitroom.serve._spans import document_segments

TEXT = ("Belaruski Hajun said 1,000 soldiers had arrived. "
        "The group said that at least 30 trains had crossed the border since Oct. 10.")


def _claim(**kw):
    row = {"event_id": None, "evidence": "The group said that at least 30 trains had crossed the border since Oct. 10.",
           "evidence_start": TEXT.index("The group"), "quantity_text": "at least 30", "qualifier": "at_least",
           "counted": "trains", "counted_text": "trains", "status": "arrived", "source": "The group",
           "outlet": "Minsk Monitor"}
    return row | kw


def _marked(segments, layer):
    return [s["text"] for s in segments if layer in s["layers"]]


def test_a_claim_without_an_event_marks_its_figure_and_source():
    segs = document_segments(TEXT, [], [_claim()])
    assert "".join(s["text"] for s in segs) == TEXT
    assert _marked(segs, "figure") == ["at least 30"]
    assert _marked(segs, "source") == ["The group"]
    assert any("trains (arrived)" in label for s in segs for label in s["labels"])


def test_the_outlet_as_source_is_not_marked_and_a_claim_of_an_event_is_left_to_the_event():
    assert _marked(document_segments(TEXT, [], [_claim(source="Minsk Monitor")]), "source") == []
    assert _marked(document_segments(TEXT, [], [_claim(event_id="e1")]), "figure") == []


def test_evidence_from_another_text_is_found_or_not_marked():
    moved = _claim(evidence_start=0)                       # offsets of a headline: the sentence is found again
    assert _marked(document_segments(TEXT, [], [moved]), "figure") == ["at least 30"]
    gone = _claim(evidence="Monitor group: no more than 1,000 Russian soldiers", evidence_start=0,
                  quantity_text="no more than 1,000")
    assert _marked(document_segments(TEXT, [], [gone]), "figure") == []
