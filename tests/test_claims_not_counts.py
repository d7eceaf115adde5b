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


# ------------------------------------------------------------------ what is counted, and its status

def claims_by_text(text: str) -> dict:
    doc = Document(id=content_id(text), text=text, published="2024-03-05")
    return {c.text: c for c in analyze(doc).claims}


def test_attacks_made_and_weapons_launched_are_attacked():
    got = claims_by_text("The army said enemy forces conducted 120 fire missions and launched 14 drones at the city "
                         "overnight. Defenders repelled five ground attacks near the river.")
    assert got["120"].counted == "attacks" and got["120"].status == "attacked"
    assert got["14"].counted == "drones" and got["14"].status == "attacked"
    assert got["five"].status == "attacked"


def test_people_called_up_are_personnel():
    got = claims_by_text("The ministry said it had mobilized 50,000 people since March.")
    assert got["50,000"].counted == "personnel"
    got = claims_by_text("Of the 30,000 people who have been conscripted, most are in training, officials said.")
    assert got["30,000"].counted == "personnel"
    # people fleeing are not personnel
    assert claims_by_text("The ministry said 50,000 people had fled since March.")["50,000"].counted == "people"


def test_what_a_figure_of_a_figure_counts():
    got = claims_by_text("Air defences shot down 22 of their 29 incoming missiles, the air force said.")
    assert got["22"].counted == "missiles"
    got = claims_by_text("The navy said dozens of Iranian-made Shahed-136 drones were launched overnight.")
    assert got["dozens"].counted == "drones"
    # a plan noun before "of" is no group: "the target of 300,000" is the figure before it
    got = claims_by_text("The ministry called up 200,000 reservists, short of the target of 300,000.")
    assert got["300,000"].counted == "personnel"


def test_kinds_of_everyday_nouns():
    got = claims_by_text("Officials said 700 citizens crossed the border, 24 orphans were moved and four ferries "
                         "sank, while troops built two defense lines.")
    assert got["700"].counted == "people" and got["24"].counted == "children"
    assert got["four"].counted == "ships" and got["two"].counted == "positions"


def test_a_counted_noun_behind_model_names():
    got = claims_by_text("Air defences shot down 16 Shahed-136 drones overnight, the air force said.")
    assert got["16"].counted == "drones" and got["16"].status == "destroyed"
    got = claims_by_text("The ministry said it intercepted six AGM-88 HARM anti-radar missiles near the coast.")
    assert got["six"].counted == "missiles"


def test_civilians_moved_from_their_homes_are_displaced_troops_departed():
    got = claims_by_text("The Red Crescent said it had evacuated 60 patients from the hospital on Sunday.")
    assert got["60"].counted == "people" and got["60"].status == "displaced"
    got = claims_by_text("Occupation officials relocated 7,000 residents from the river bank, the council said.")
    assert got["7,000"].status == "displaced"
    got = claims_by_text("The army said it had evacuated 300 soldiers from the island.")
    assert got["300"].status == "departed"


def test_a_unit_of_n_counts_its_members():
    got = claims_by_text("Chad will send a battalion of 1,200 to Niger next month, the defence minister said.")
    assert got["1,200"].counted == "personnel" and got["1,200"].status == "planned"
