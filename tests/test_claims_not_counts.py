"""Numbers that are no figure claims in news and analysis text (issue 10, precision): web addresses, proportions,
further days of a date list, 'one' as a determiner or pronoun, abstract and administrative nouns; and the figures
beside them that still are claims. Reports written for these tests."""
from sitroom.analyze import analyze
from sitroom.model import Document, content_id


def figures(text: str) -> list[str]:
    doc = Document(id=content_id(text), text=text, published="2024-03-05")
    return [c.text for c in analyze(doc).claims]


def test_a_number_inside_a_web_address_is_no_claim():
    got = figures("The council said 40 soldiers arrived in the town, citing example-news.org/world/55871-troops.html "
                  "and www.example.org/12 as its sources.")
    assert got == ["40"]


def test_a_proportion_is_no_count():
    assert figures("The governor said 300 residents were evacuated and half of them had returned.") == ["300"]
    assert figures("The army said 1,200 troops arrived and about two-thirds of them were reservists.") == ["1,200"]


def test_further_days_of_a_date_list_are_no_counts():
    assert figures("Local sources reported that 25 soldiers deserted on March 2, 3, and 4.") == ["25"]
    assert figures("Local sources reported that 25 soldiers deserted on March 2 and 3.") == ["25"]


def test_one_as_a_determiner_or_partitive_is_no_claim():
    assert figures("One blogger complained that the new recruits had no winter boots.") == []
    assert figures("Officials identified one main area where the fighting continued.") == []
    assert figures("The spokesman said one of the vessels had been hit.") == []
    # a "one" of a counted kind is a claim
    assert figures("One soldier was killed and two were wounded in the shelling, the army said.") == ["One", "two"]


def test_abstract_paperwork_and_administrative_nouns_are_not_counted():
    assert figures("The president signed four laws on Tuesday and ordered two reports.") == []
    assert figures("The campaign has two supporting efforts and mobilized 5,000 men across 40 regions.") == ["5,000"]


def test_the_group_a_figure_sizes_is_what_it_counts():
    doc = Document(id="g", text="The spokesman said one of the vessels had been hit and its crew of 23 evacuated.",
                   published="2024-03-05")
    c = [c for c in analyze(doc).claims if c.text == "23"]
    assert c and c[0].counted == "personnel"
