"""Figure claims on outlet pages (issue 10, batch 4 of the outlet benchmark): the state a participle gives a figure
on either side of it ("the planned 7,500", "the 7,500 planned"); … Sentences our own."""
from __future__ import annotations

from sitroom.analyze import analyze
from sitroom.model import Document, content_id


def _claims(text: str, title: str | None = None):
    return analyze(Document(id=content_id(text, title), text=text, title=title, published="2026-03-02")).claims


def _claim(text: str, figure: str, title: str | None = None, section: str | None = None):
    found = [c for c in _claims(text, title) if c.text == figure and (section is None or c.section == section)]
    assert found, [c.text for c in _claims(text, title)]
    return found[0]


def test_a_participle_before_a_bare_figure_gives_its_state():
    c = _claim("About 900 Dutch marines are now in Norway, with the rest of the planned 1,400 due in April.", "1,400")
    assert c.status == "planned"


def test_a_participle_after_a_bare_figure_gives_its_state():
    c = _claim("Some 900 Dutch marines have landed in Norway, short of the 1,400 planned.", "1,400")
    assert c.status == "planned"


def test_a_restated_total_counts_the_noun_of_the_sentence_before_not_an_older_figure():
    c = _claim("The navy will send 12 frigates to the drill.\n\nThe admiral says the sailors will return in May. "
               "Officials have said the total will be slightly under 3,000.", "slightly under 3,000")
    assert c.counted == "personnel"



def test_a_country_speaking_of_its_own_forces_moved_abroad_is_not_where_they_are():
    c = _claim("The drills end in May. The Netherlands said it will withdraw all 1,400 marines after that.", "all 1,400",
               title="Dutch marines in Norway: what we know")
    assert c.location is not None and c.location.country == "NOR"


def test_the_country_that_contributes_troops_owns_them():
    c = _claim("Norway will send about 900 soldiers to Lithuania for the drills, the ministry said.\n\n"
               "Lithuania will contribute some 400 of its own soldiers to the exercise, he said.", "some 400")
    assert c.owner is not None and c.owner.country == "LTU"


def test_troops_from_both_countries_have_no_one_owner():
    c = _claim("About 400 Lithuanian soldiers will join the Norwegians, a spokesman said. The exercise will involve "
               "just over 1,300 troops from both countries, he added.", "just over 1,300")
    assert c.owner is None


def test_a_bare_figure_sizing_a_force_counts_its_members():
    c = _claim("The minister said the Dutch contingent would be slightly under 1,400 marines.",
               "slightly under 1,400", title="Dutch force will be 'slightly under 1,400', says minister",
               section="title")
    assert c.counted == "personnel"


def test_an_estimates_object_names_the_side_of_a_bare_figure():
    c = _claim("Norway has about 9,000 soldiers of its own in the north, the ministry said. Swedish officials put the "
               "number of Dutch marines in Norway at no more than 1,000.", "no more than 1,000")
    assert c.owner is not None and c.owner.country == "NLD"


def test_a_bare_figure_answering_a_how_many_heading_counts_what_it_asks():
    c = _claim("How many marines?\n\nAlmost 1,400, according to both defence ministries.", "Almost 1,400")
    assert c.counted == "personnel"


def test_n_of_them_counts_the_troops_of_the_sentence_before():
    c = _claim("The governor said the Dutch marines would stay in field camps.\n\n"
               "About 900 of them will be based near Bodo, he said.", "About 900")
    assert c.counted == "personnel"


def test_the_real_figure_restates_the_storys_figure_not_the_last_one():
    c = _claim("The minister said the Dutch contingent would be about 1,400 marines.\n\n"
               "He said the Netherlands had asked to bring 20 helicopters, but Norway had agreed to 12.\n\n"
               "An opposition MP said the real figure was a maximum of 2,000.", "a maximum of 2,000")
    assert c.counted == "personnel"


def test_people_a_group_will_number_are_personnel():
    c = _claim("The Dutch marines will be based near Bodo. The group will number slightly under 1,400 people at its "
               "peak.", "slightly under 1,400")
    assert c.counted == "personnel"


def test_a_figure_in_no_state_takes_the_state_the_text_gives_the_same_figure():
    c = _claim("How many marines?\n\nAlmost 1,400, according to both defence ministries.\n\nHow long?\n\n"
               "Until May. The Netherlands said it will withdraw all 1,400 marines after that.", "Almost 1,400")
    assert c.status == "planned"


def test_the_possessor_of_a_deployment_owns_the_troops_it_deploys():
    c = _claim("The Netherlands' deployment of some 1,400 marines to Norway is the largest in a decade.", "some 1,400")
    assert c.owner is not None and c.owner.country == "NLD"


def test_a_figure_after_two_coordinated_towns_is_placed_in_their_country():
    c = _claim("The marines will be based near Bergen and Trondheim, the ministry said. The group will number about 1,400 "
               "marines at its peak.", "about 1,400")
    assert c.location is not None and c.location.country == "NOR" and c.location.kind == "country"


def test_a_figure_after_one_town_keeps_the_town():
    c = _claim("The marines will be based near Bergen, the ministry said. The group will number about 1,400 marines at "
               "its peak.", "about 1,400")
    assert c.location is not None and c.location.kind != "country"


def test_the_overall_group_under_a_headline_on_one_town_is_the_countrys():
    c = _claim("10:15 The first Dutch units have reached Bergen, the city council says.\n\n"
               "13:05 Dutch Defence Ministry: the overall group will stay at just under 1,400 marines.",
               "just under 1,400", title="Live: Dutch marines arrive in Bergen")
    assert c.location is not None and c.location.country == "NOR" and c.location.kind == "country"


def test_what_a_side_asked_to_bring_is_planned():
    c = _claim("He said the Netherlands had asked to bring as many as 20 helicopters.", "as many as 20")
    assert c.status == "planned"


def test_n_of_us_in_a_quote_counts_what_was_counted_before():
    c = _claim("The ministry said about 900 marines had already arrived in Norway.\n\nThe commander said his marines "
               "would train with Norwegian units. \"There will be no more than 1,400 of us.\"", "no more than 1,400")
    assert c.counted == "personnel"
