"""A named actor's possessive before a figure in quotation marks credits the figure to that actor (issue 10, outlet
batch 7: "Prime Minister X's "more than 100" fighters has not been confirmed"), while a possessive before an unquoted
figure and its noun is the owner of what is counted, not a claimant."""
from __future__ import annotations

from sitroom.analyze import analyze
from sitroom.model import Document, content_id


def _who(text: str, figure: str) -> str:
    ex = analyze(Document(id=content_id(text), text=text, published="2024-05-02", outlet="Example Wire"))
    c = next(c for c in ex.claims if c.text == figure)
    return "" if c.source is None else f"{c.source.name or ''} | {c.source.text}".lower()


def test_a_quoted_figure_after_a_possessive_name_is_that_speakers():
    text = ("Troops massed on the border on Monday, the agency reported. Prime Minister Novak's \"more than 100\" "
            "soldiers near the border has not been confirmed by anyone else; the monitors say 20 soldiers are there.")
    assert "novak" in _who(text, "more than 100")
    assert "monitors" in _who(text, "20")


def test_a_quoted_figure_dismissed_by_another_is_still_the_possessors():
    text = "Police said 40 officers were hurt. The senator dismissed Kowalski's \u201cabout 4,000\u201d soldiers as a guess."
    assert "kowalski" in _who(text, "about 4,000")


def test_an_unquoted_figure_after_a_possessive_country_is_not_the_countrys_claim():
    text = "Police said 40 officers were hurt. Russia's 4,000 troops stayed in the camp, the agency reported."
    assert "agency" in _who(text, "4,000")
