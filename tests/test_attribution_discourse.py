"""Discourse attribution on short news reports written for these tests (issue 10, point 2): who speaks where a
sentence names no one, and who speaks where the parse of a news sentence misleads."""
from sitroom.analyze import analyze
from sitroom.model import Document, content_id


def claims_of(text: str, title: str | None = None, outlet: str | None = "Example Wire"):
    return analyze(Document(id=content_id(text, title), text=text, title=title, published="2024-06-01",
                            outlet=outlet))


def claim(ex, figure: str, section: str | None = None):
    found = [c for c in ex.claims if c.text == figure and (section is None or c.section == section)]
    assert found, (figure, [(c.text, c.section) for c in ex.claims])
    return found[0]


def who(c) -> str:
    return "" if c.source is None else f"{c.source.name or ''} | {c.source.text}".lower()


# ------------------------------------------------------------------ a heading ending in a colon

def test_a_colon_heading_set_off_by_a_blank_line_heads_the_list_below():
    ex = claims_of("The ministry reports:\n\n- 12 tanks destroyed;\n- 48 soldiers captured.\n\n"
                   "Rescue work went on through the night, the mayor said.")
    assert "ministry" in who(claim(ex, "12")) and "ministry" in who(claim(ex, "48"))


def test_a_colon_heading_set_off_by_a_blank_line_heads_the_paragraph_below():
    ex = claims_of("The coast guard reports:\n\nThe boat carried about 60 migrants. Another 25 were picked up "
                   "near the shore.\n\nVolunteers handed out blankets, the mayor said.")
    assert "coast guard" in who(claim(ex, "about 60")) and "coast guard" in who(claim(ex, "25"))


def test_the_paragraph_after_a_headed_list_is_not_the_heading_source_when_another_speaks():
    ex = claims_of("The ministry reports:\n\n- 12 tanks destroyed;\n- 48 soldiers captured.\n\n"
                   "About 300 homes lost power, the utility company said.")
    assert "utility" in who(claim(ex, "About 300"))
