"""A quotation of several sentences is its closing cue's, also when the speaker's phrase after the closing mark is
long or holds a title's period (issue 10, outlet batch 3): '"… . …," the hospital's director, Dr. Anna Weiss,
told the Daily Post.' A sentence end between the closing mark and a cue still keeps them apart."""
from __future__ import annotations

from sitroom.analyze import analyze
from sitroom.model import Document, content_id

BEFORE = "A man died in hospital on Monday of wounds from the blast, the clinic said.\n\n"


def _sources(text: str) -> dict[str, str | None]:
    ex = analyze(Document(id=content_id(text), text=text, published="2024-04-08"))
    return {c.text: (c.source.text if c.source is not None else None) for c in ex.claims}


def test_a_titled_speaker_after_a_long_phrase_gets_the_whole_quotation():
    found = _sources(BEFORE + '"We treated 30 people today. Nine were sent home by the evening," the hospital\'s '
                     'director, Dr. Anna Weiss, told the Daily Post.')
    assert "Weiss" in found["30"] and "Weiss" in found["Nine"]


def test_a_general_s_abbreviated_rank_ends_no_sentence():
    found = _sources(BEFORE + '"About 400 troops are ready. The rest will follow," the deputy commander of the '
                     'northern group, Gen. Marek Nowak, said on Tuesday.')
    assert "Nowak" in found["About 400"]

