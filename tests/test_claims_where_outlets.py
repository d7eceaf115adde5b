"""Where a restated figure's forces are (issue 10, outlet pages): "in the country" points back to the country named
before it in its paragraph (a speaking country too), and forces being sent are placed outside their own country
when the sentence names another."""
from __future__ import annotations

from sitroom.analyze import analyze
from sitroom.model import Document, content_id


def _claim(text: str, figure: str, title: str | None = None):
    ex = analyze(Document(id=content_id(text, title), text=text, title=title, published="2023-05-04"))
    found = [c for c in ex.claims if c.text == figure]
    assert found, [c.text for c in ex.claims]
    return found[0]


def test_in_the_country_is_the_speaking_country():
    c = _claim("Moldova said on Monday that up to 600 Romanian soldiers would arrive in the country next week.",
               "up to 600")
    assert (c.owner.country, c.location.country) == ("ROU", "MDA")


def test_in_the_west_of_the_country_is_the_country_named_before():
    c = _claim("Trains with Polish equipment reached Lithuania on Friday. The 2,000-strong force will be based in "
               "the west of the country, officials said.", "2,000")
    assert c.location.country == "LTU"


def test_the_country_looks_no_further_back_than_its_paragraph():
    c = _claim("Another 200 officers from Jamaica are due in September.\n\nAid agencies say more than 50,000 people "
               "have been displaced across the country.", "more than 50,000", title="Police mission in Haiti grows")
    assert c.location is None or c.location.country != "JAM"


def test_forces_sent_abroad_are_not_placed_at_home_by_a_nearby_capital():
    c = _claim("Speaking in Vilnius on Monday, Germany's defence minister said the brigade would have 4,800 German "
               "soldiers, most of them from Bavaria.", "4,800")
    assert (c.owner.country, c.location.country) == ("DEU", "LTU")


def test_forces_at_home_stay_at_home():
    c = _claim("Paris said on Monday that 1,500 French soldiers were present in Paris for the parade.", "1,500")
    assert c.location.country == "FRA"


def test_forces_sent_to_help_a_neighbour_are_not_placed_at_home():
    c = _claim("Floods hit Mozambique again this week.\n\nZambia, meanwhile, said it would send 800 soldiers to help "
               "its neighbour.", "800", title="Zambia readies troops as Mozambique floods")
    assert c.location is None or c.location.country != "ZMB"


def test_forces_sent_to_their_own_border_stay_at_home():
    c = _claim("Poland will deploy an additional 2,000 soldiers to its border with Belarus, the minister said.",
               "2,000")
    assert c.location is None or c.location.country != "BLR"


def test_forces_training_at_home_stay_at_home():
    c = _claim("State media said 300 Belarusian soldiers would train with the new arrivals.", "300",
               title="Wagner fighters could be based in Belarus")
    assert c.location is not None and c.location.country == "BLR"


def test_a_direction_in_lower_case_is_no_place():
    c = _claim("“A 5,000-strong group can tie down units in the north,” said an analyst in Riga.", "5,000",
               title="Russian troops in Belarus")
    assert c.location is None or c.location.country in ("BLR", "LVA")


def test_forces_sent_abroad_go_to_the_country_the_page_names_most():
    c = _claim("Mozambique's government declared a state of emergency on Wednesday, its spokesman said.\n\n"
               "Neighbouring Zambia is sending around 800 troops, a Mozambican official said.", "around 800",
               title="Mozambique mourns 31 as Zambian help prepared")
    assert (c.owner.country, c.location.country) == ("ZMB", "MOZ")
