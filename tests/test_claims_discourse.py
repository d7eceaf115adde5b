"""Claimants of figures across paragraphs and in lists, on reports written for these tests (issue 10)."""
from sitroom.analyze import analyze
from sitroom.model import Document, content_id
from sitroom.nlp import parse


def claims_of(text: str, title: str | None = None):
    return analyze(Document(id=content_id(text, title), text=text, title=title, published="2024-02-01"))


def claim(ex, figure: str):
    found = [c for c in ex.claims if c.text == figure]
    assert found, (figure, [c.text for c in ex.claims])
    return found[0]


def who(c) -> str:
    return "" if c.source is None else f"{c.source.name or ''} | {c.source.text}".lower()


def test_the_paragraph_after_the_lead_goes_on_with_the_lead_source():
    ex = claims_of("VILNIUS, May 2 (Wire) - Norway will send about 600 soldiers to Lithuania next year, the "
                   "Norwegian defence ministry said on Tuesday.\n\n"
                   "The contingent will also bring around 40 armoured vehicles.\n\n"
                   "The force will rotate every six months and will include 20 tanks.")
    assert "ministry" in who(claim(ex, "around 40"))
    assert claim(ex, "20").source is None          # only the paragraph right after the lead


def test_background_in_the_past_after_the_lead_is_the_outlet():
    ex = claims_of("Norway will send about 600 soldiers to Lithuania, the Norwegian defence ministry said.\n\n"
                   "In 2019 a similar rotation brought 450 soldiers to the base.")
    assert claim(ex, "450").source is None


def test_a_second_speaker_in_the_lead_stops_the_carry():
    ex = claims_of("Norway will send about 600 soldiers, the Norwegian defence ministry said, while Lithuanian "
                   "officials said the number could reach 900.\n\n"
                   "The base can hold 1,200 troops.")
    assert claim(ex, "1,200").source is None


def test_a_list_under_a_colon_post_keeps_the_poster():
    ex = claims_of("The Border Guard Service reports:\n- 12 boats detained;\n- 48 people rescued.\n\n"
                   "Weather conditions remain poor.")
    assert "border guard" in who(claim(ex, "48"))


def test_a_blank_line_and_a_bullet_end_a_sentence():
    doc = parse("Losses in May, according to the monitors:\n\n- Tanks: 40\n- Guns: 12\n\nThe count goes on.")
    sents = [s.text.strip() for s in doc.sents]
    assert "- Tanks: 40" in sents and "- Guns: 12" in sents and sents[-1] == "The count goes on."
