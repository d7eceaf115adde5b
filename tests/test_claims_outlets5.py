"""Figure claims on outlet pages (issue 10, batch 5 of the outlet benchmark): a model name the tokenizer splits
still names the counted kind, and its letters name no side; … Sentences our own."""
from __future__ import annotations

from sitroom.analyze import analyze
from sitroom.model import Document, content_id


def _claims(text: str, title: str | None = None):
    return analyze(Document(id=content_id(text, title), text=text, title=title, published="2026-05-04")).claims


def _claim(text: str, figure: str, title: str | None = None):
    found = [c for c in _claims(text, title) if c.text == figure]
    assert found, [c.text for c in _claims(text, title)]
    return found[0]


def test_a_hyphenated_model_name_before_a_generic_noun_gives_the_kind():
    c = _claim("Norway will hand over three IRIS-T SLS systems to Latvia, the ministry said.", "three")
    assert c.counted == "air_defence"


def test_the_letters_of_a_model_designation_name_no_side():
    c = _claim("Italy will deliver two IRIS-T SLM systems to Estonia next year, the ministry said.", "two")
    assert c.owner is not None and c.owner.country == "ITA"


def test_a_headline_verb_of_going_past_a_figure_parsed_as_a_noun_counts_the_phrase_before_it():
    c = _claim("Aid groups say the numbers keep rising.", "top 40,000", title="Flood evacuees in Bangladesh top 40,000")
    assert c.counted == "refugees" and c.qualifier == "more_than"


def test_the_count_of_a_kind_reaching_a_figure_counts_that_kind():
    c = _claim("Aid groups say the numbers keep rising.", "12,000", title="UN tally of Rohingya refugees reaches 12,000")
    assert c.counted == "refugees"


def test_a_place_that_holds_people_has_them_there_not_captured():
    c = _claim("In the north, camps such as Kakuma hold some 200,000 refugees.", "some 200,000")
    assert c.status == "present"


def test_a_country_that_holds_prisoners_has_captured_them():
    c = _claim("Russia holds 1,500 Ukrainian prisoners of war, the ombudsman said.", "1,500")
    assert c.status == "captured"


def test_the_country_refugees_are_counted_in_is_their_host_not_their_side():
    c = _claim("Peru has taken in 4,000 refugees since May.", "4,000")
    assert c.owner is None and c.location is not None and c.location.country == "PER"


def test_a_list_item_s_reduced_relative_places_its_figure():
    text = ("According to the IOM:\n\n• 5,200 refugees registered in Peru since May;\n\n"
            "• 700 refugees registered in Ecuador;")
    c = _claim(text, "700")
    assert c.location is not None and c.location.country == "ECU"


def test_the_whole_of_a_part_that_arrived_is_the_total_still_to_come():
    c = _claim("The first of six Caesar howitzers promised in May has reached Lithuania.", "six")
    assert c.status == "planned"


def test_the_whole_of_a_part_that_was_destroyed_keeps_the_verb_s_state():
    c = _claim("12 of the 40 tanks were destroyed near the river.", "40")
    assert c.status != "planned"
