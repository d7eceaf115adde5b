"""Figure claims on outlet pages (issue 10, batch 6 of the outlet benchmark). Sentences our own."""
from __future__ import annotations

from sitroom.analyze import analyze
from sitroom.model import Document, content_id


def _claims(text: str, title: str | None = None):
    return analyze(Document(id=content_id(text, title), text=text, title=title, published="2026-05-04")).claims


def _claim(text: str, figure: str, title: str | None = None):
    found = [c for c in _claims(text, title) if c.text == figure]
    assert found, [c.text for c in _claims(text, title)]
    return found[0]


def test_a_demonym_of_two_words_names_the_side_of_the_counted():
    c = _claim("About 2,000 South Sudanese soldiers are in Uganda, the army said.", "About 2,000")
    assert c.owner is not None and c.owner.country == "SSD"
    c = _claim("Some 700 North Korean workers are in Laos, officials said.", "Some 700")
    assert c.owner is not None and c.owner.country == "PRK"


def test_a_number_before_another_number_and_its_noun_does_not_take_that_noun():
    from sitroom.analyze.quantities import find_quantities_in_text
    q = {x.text: x.unit for x in find_quantities_in_text("The count rose to 900, up from about 600 three days ago.")}
    assert q["about 600"] is None and q["three"] == "days"


def test_a_bare_figure_that_restates_the_count_takes_its_kind_from_an_earlier_paragraph():
    text = ("Sudan has moved about 4,000 soldiers to the border, the army said.\n\n"
            "The figure is double the 2,000 that observers counted in May.\n\n"
            "Officials said the 4,000 are still in their barracks.\n\n"
            "\"Four thousand. That is what we see,\" a monitor said.\n\n"
            "\"We think more than 3,000 have reached the front,\" he said.")
    got = {c.text: c for c in _claims(text)}
    for figure in ("2,000", "4,000", "Four thousand", "more than 3,000"):
        assert figure in got and got[figure].counted == "personnel", (figure, sorted(got))
    assert got["2,000"].owner is not None and got["2,000"].owner.country == "SDN"


def test_a_side_that_has_forces_with_no_place_said_has_them_at_home():
    text = "Fighting went on in Sudan.\n\nEgypt has about 440,000 active troops, the largest army in Africa."
    c = _claim(text, "about 440,000")
    assert c.owner is not None and c.owner.country == "EGY"
    assert c.location is not None and c.location.country == "EGY"
    c = _claim("Fighting went on in Sudan.\n\nEgypt has 2,000 troops in Libya.", "2,000")
    assert c.location is not None and c.location.country == "LBY"


def test_an_estimate_restates_the_count_and_its_estimator_is_not_the_side():
    text = ("Eritrea has sent about 3,000 soldiers to Sudan, the monitors said.\n\n"
            "The latest French estimate is 4,000 to 5,000. Khartoum dismissed the 5,000 figure.")
    got = {c.text: c for c in _claims(text)}
    c = got["4,000 to 5,000"]
    assert c.counted == "personnel" and c.owner is not None and c.owner.country == "ERI"
    assert got["5,000"].counted == "personnel"


def test_a_count_with_a_place_and_no_verb_but_saying_is_there():
    c = _claim("The figure rose again on Monday.", "2,000", title="Paris says 2,000 Chadian troops already in Niger")
    assert c.status == "present"


def test_a_list_line_under_a_claimant_counts_what_the_list_counts():
    text = ("Nobody was counting Eritrean soldiers a month ago. Now everyone is. Here is where the numbers stand:\n\n"
            "• Paris: about 2,000 in Sudan, the ministry says.\n\n• Cairo: about 5,000, officials say.")
    got = {c.text: c for c in _claims(text)}
    assert got["about 2,000"].counted == "personnel" and got["about 5,000"].counted == "personnel"


def test_a_figure_restated_with_a_relative_clause_of_reporting_is_the_reporters():
    text = ("Eritrea has sent about 9,000 soldiers to Sudan, the monitors said.\n\n"
            "That is triple the 3,000 that Egypt's foreign ministry reported in May.")
    c = _claim(text, "3,000")
    assert c.source is not None and "ministry" in c.source.text.lower()


def test_it_after_an_estimate_as_subject_continues_the_speaker_not_the_estimate():
    text = ("Cairo's estimate has moved fast. Last week the Egyptian foreign ministry spoke of about 900 soldiers; "
            "on Monday it said about 3,000 had arrived.")
    c = _claim(text, "about 3,000")
    assert c.source is not None and "estimate" not in (c.source.name or "").lower()


def test_troops_transported_somewhere_have_arrived():
    c = _claim("Chad has transported about 900 soldiers to Niger, the army said.", "about 900")
    assert c.status == "arrived"


def test_a_time_right_after_a_figure_dates_it_and_now_dates_it_as_said():
    text = ("Some 1,200 Eritrean troops are now in Sudan, the monitors said on Friday, up from about 700 two weeks "
            "ago. The group first spoke of 300 in early March and says more than 1,000 now.")
    got = {c.text: c for c in _claims(text)}
    assert got["about 700"].as_of is not None and "two weeks ago" in got["about 700"].as_of.text
    assert got["more than 1,000"].as_of is None or "March" not in (got["more than 1,000"].as_of.text or "")


def test_the_two_restates_no_count():
    text = ("Russia launched 40 drones at Kyiv on Monday.\n\n"
            "Bloggers linked the strikes and the appointment and praised the two as good news.")
    assert "two" not in {c.text for c in _claims(text)}
