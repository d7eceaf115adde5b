"""A figure's claimant where the sentence's own cue names someone else (issue 10, point 2), on sentences written
for these tests: a report the speaker denies, pictures that show a count."""
from sitroom.analyze import analyze
from sitroom.model import Document, content_id


def claim(text: str, figure: str):
    ex = analyze(Document(id=content_id(text, None), text=text, published="2024-06-01", outlet="Example Wire"))
    found = [c for c in ex.claims if c.text == figure]
    assert found, (figure, [c.text for c in ex.claims])
    return found[0]


def who(c) -> str:
    return "" if c.source is None else c.source.text.lower()


def test_denied_reports_are_the_claimant_of_their_figure_not_the_denier():
    assert who(claim("The Kremlin denied reports that 20,000 troops had crossed the border.", "20,000")) == "reports"


def test_a_dismissed_statement_is_the_claimant_of_its_figure():
    c = claim("The ministry dismissed a statement that 300 soldiers had surrendered.", "300")
    assert "statement" in who(c) and "ministry" not in who(c)


def test_a_plain_denial_keeps_the_denier():
    assert "ministry" in who(claim("The ministry denied that 300 soldiers had surrendered.", "300"))


def test_a_company_named_before_its_pictures_is_the_claimant():
    assert who(claim("Planet Labs images show about 30 craters near the runway.", "about 30")) == "planet labs"
    assert who(claim("Maxar satellite images show 40 helicopters at the airfield.", "40")) == "maxar"


def test_pictures_released_or_analysed_by_someone_are_theirs():
    assert "army" in who(claim("Satellite images released by the army show 25 craters near the runway.", "25"))
    assert who(claim("Images analysed by the monitors show 25 craters near the runway.", "25")) == "the monitors"


def test_pictures_analysed_by_our_team_are_the_writer():
    assert claim("Images analysed by our team show 25 craters near the runway.", "25").source is None
