"""Owner and place of figure claims across a story (issue 10: one series per counted kind x owner x location).
Sentences our own."""
from __future__ import annotations

from sitroom.analyze import analyze
from sitroom.model import Document, content_id


def _claims(text: str, title: str | None = None):
    return analyze(Document(id=content_id(text, title), text=text, title=title, published="2026-05-04")).claims


def _claim(text: str, figure: str, title: str | None = None):
    found = [c for c in _claims(text, title) if c.text == figure]
    assert found, [c.text for c in _claims(text, title)]
    return found[0]


def test_troops_at_a_border_with_another_country_are_on_their_own_side_of_it():
    c = _claim("Estonia has about 3,000 soldiers at the border with Russia, the army said on Monday.", "about 3,000")
    assert c.owner is not None and c.owner.country == "EST"
    assert c.location is not None and c.location.country == "EST"
    c = _claim("Romania's defence ministry says it will send about 1,500 troops to the frontier with Moldova.",
               "about 1,500")
    assert c.location is not None and c.location.country == "ROU"


def test_a_force_the_headline_names_in_any_role_owns_the_fighters_its_text_counts():
    title = "Hezbollah camp in Syria grows to about 3,000 fighters, monitors say"
    c = _claim("About 3,000 men are at the base now, the monitors said.", "About 3,000", title=title)
    assert c.owner is not None and c.owner.country == "LBN"
    # a force that speaks in the headline is not the side of what it counts
    c = _claim("Two of the drones were shot down over the sea, the army said.", "Two",
               title="IDF now says four drones were fired at Haifa")
    assert c.owner is None or c.owner.country != "ISR"
    c = _claim("\"We assess that more than 8,000 soldiers have moved into the region,\" she said.", "more than 8,000",
               title="Weekly: the Pentagon's new 8,000 estimate, and what Kyiv sees")
    assert c.owner is None or c.owner.country != "USA"


def test_a_possessive_points_back_to_the_country_named_before_it():
    c = _claim("Latvia has raised its alert level. Its army has moved 300 soldiers to the east, the ministry said.",
               "300", title="Wagner fighters gather in Belarus")
    assert c.owner is not None and c.owner.country == "LVA"


def test_a_count_cited_with_a_place_is_of_what_is_there():
    c = _claim("Western officials cite 10,000 Hezbollah fighters in Syria.", "10,000")
    assert c.status == "present"


def test_a_bare_figure_answering_how_many_are_there_is_there_too_unless_it_recalls_another_time():
    text = ("About 5,000 Wagner fighters are in Belarus, the border service said on Monday. "
            "A Wagner-linked channel says 30,000.")
    assert _claim(text, "30,000").status == "present"
    text = ("About 5,000 Wagner fighters are in Belarus, the border service said on Monday. "
            "\"The world talked about 3,000 a week ago,\" the spokesman said.")
    assert _claim(text, "about 3,000").status != "present"


def test_a_noun_the_taxonomy_lacks_takes_the_kind_the_text_counted_it_with_before():
    text = ("Norway will send three NASAMS systems to Moldova this year, the ministry said. "
            "\"Three systems are better than none,\" an officer said.")
    assert _claim(text, "Three").counted == _claim(text, "three").counted == "air_defence"
    c = _claim("Between 1,000 and 1,500 Wagner members were now in Mali, officials said.", "Between 1,000 and 1,500")
    assert c.counted == "personnel"


def test_a_count_of_forces_said_of_now_is_of_what_is_there():
    text = "South Korea's spy agency first spoke of 1,500 North Korean troops and says more than 10,000 now."
    assert _claim(text, "more than 10,000").status == "present"
    text = "The imagery fits a force of between 3,000 and 5,000 soldiers at present, the analyst said."
    assert _claim(text, "between 3,000 and 5,000").status == "present"
