"""Attribution on outlet pages (issue 10, batch 5 of the outlet benchmark): a count owned after 'by' credits its
owner; an estimate in a relative clause is the noun's it hangs on. Sentences our own."""
from __future__ import annotations

from sitroom.analyze import analyze
from sitroom.model import Document, content_id


def _claim(text: str, figure: str):
    doc = Document(id=content_id(text), text=text, published="2026-05-04", outlet="Weekly Digest")
    found = [c for c in analyze(doc).claims if c.text == figure]
    assert found, [c.text for c in analyze(doc).claims]
    return found[0]


def test_a_count_owned_after_by_credits_its_owner():
    c = _claim("By the IOM's count, about 9,000 people have left the island since March.", "about 9,000")
    assert c.source is not None and "IOM" in (c.source.text + (c.source.name or ""))


def test_a_count_owned_after_by_at_the_end_of_a_clause_credits_its_owner():
    c = _claim("The exodus, some 9,000 people in a month by the IOM's tally, has emptied two towns.", "some 9,000")
    assert c.source is not None and "IOM" in (c.source.text + (c.source.name or ""))


def test_an_estimate_in_a_relative_clause_is_the_antecedent_s():
    c = _claim("The island's governor, who puts the number of refugees at 12,000, wants more ferries.", "12,000")
    assert c.source is not None and "governor" in c.source.text.lower()


def test_a_speaker_s_colon_heads_every_item_of_the_list_below_even_items_with_full_stops():
    text = ("Speaking in Lima on Monday, IOM spokeswoman Ana Ruiz said:\n\n"
            "- About 9,000 people have crossed into Peru since March.\n\n"
            "- Some 2,000 others have gone on to Chile.\n\n"
            "The agency asked donors for more money.")
    c = _claim(text, "Some 2,000")
    assert c.source is not None and "Ruiz" in c.source.text
