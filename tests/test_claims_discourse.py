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


# ------------------------------------------------------------------ cues and sources of wire English (issue 10)

def test_quoted_as_saying_makes_the_quoted_one_the_source_and_the_quoting_outlet_the_carrier():
    ex = claims_of("Interfax quoted the ministry as saying that 500 troops had arrived in Minsk.")
    c = claim(ex, "500")
    assert "ministry" in who(c) and c.carrier is not None and c.carrier.text == "Interfax"
    ex = claims_of("The deputy minister was quoted by TASS as saying that 700 servicemen had completed training.")
    assert "deputy minister" in who(claim(ex, "700")) and claim(ex, "700").carrier.text == "TASS"
    ex = claims_of("“About 600 soldiers are already here,” Revenko was quoted as saying by BelTA.")
    assert "revenko" in who(claim(ex, "About 600"))


def test_a_that_clause_hung_on_the_medium_is_still_what_was_said():
    ex = claims_of("Human Rights Watch said in a report that at least 40 civilians had been killed.")
    assert "human rights watch" in who(claim(ex, "at least 40"))


def test_an_estimate_at_a_figure_is_the_estimators_and_counts_its_object():
    ex = claims_of("The International Organization for Migration estimated the number of displaced people in "
                   "Darfur at 2.1 million.")
    c = claim(ex, "2.1 million")
    assert "migration" in who(c) and c.counted in ("people", "refugees")
    ex = claims_of("The ministry said 500 troops arrived. Ukrainian intelligence estimates the group at 5,000-7,000.")
    c = claim(ex, "5,000-7,000")
    assert "intelligence" in who(c) and c.counted == "personnel" and (c.lower, c.upper) == (5000, 7000)


def test_figures_of_a_named_body_are_that_body_speaking_but_bare_data_are_not():
    assert "health ministry" in who(claim(claims_of("Figures from the health ministry show 32 people were "
                                                    "killed on Monday."), "32"))
    assert "united nations" in who(claim(claims_of("UN figures show that 8,000 civilians have been killed."),
                                         "8,000"))
    assert claim(claims_of("The data show 40 tanks were lost."), "40").source is None


def test_according_to_preliminary_data_names_no_one_and_the_speaker_goes_on():
    ex = claims_of("On the night of June 12, the enemy attacked with 27 Shahed attack drones, the Air Force "
                   "reports.\n\nAccording to preliminary data, the following were shot down:\n• 24 Shahed drones.")
    assert "air force" in who(claim(ex, "24"))


def test_the_group_and_the_organisation_stand_for_the_last_named_group():
    ex = claims_of("The Three Brotherhood Alliance said its fighters had captured more than 100 positions. "
                   "The group also said it had seized 4 tanks.")
    assert "brotherhood" in who(claim(ex, "4"))
    ex = claims_of("Monitoring group Hajun said in a Telegram post that 33 trains had arrived.\n\n"
                   "The group counted 120 tanks on the platforms.")
    assert "hajun" in who(claim(ex, "120"))


def test_a_quotation_opening_a_paragraph_is_not_the_cue_of_the_paragraph_before():
    ex = claims_of("M23 rebels have taken three more villages, a local official said on Thursday.\n\n"
                   "“They came with around 200 fighters. More than 5,000 residents have fled,” said Jean-Paul "
                   "Muhindo, administrator of the territory.")
    assert "muhindo" in who(claim(ex, "around 200"))


def test_a_quotation_running_over_two_paragraphs_keeps_its_speaker():
    ex = claims_of("Deputy chief Samuli Vanhala told a news conference: “On Wednesday alone we received 132 people "
                   "at the crossings.\n\n“We have deployed about 120 additional guards to the south-east.”\n\n"
                   "Russia's foreign ministry denied the accusation.")
    assert "vanhala" in who(claim(ex, "about 120"))


def test_the_writer_speaking_of_its_own_count_ends_the_carry_but_a_sides_our_does_not():
    ex = claims_of("The monitors said 300 people had crossed. Our own count is lower: we identified 21 trains.")
    assert claim(ex, "21").source is None
    ex = claims_of("Our sources report: the enemy has 3 brigades near Robotyne. Yesterday our artillery destroyed "
                   "5 of them.")
    assert "sources" in who(claim(ex, "5"))


def test_as_x_reported_and_an_inverted_writes_x_attribute_the_clause():
    assert "belta" in who(claim(claims_of("As BelTA reported, about 1,000 Russian soldiers arrived in Belarus."),
                                "about 1,000"))
    c = claim(claims_of("About 1,000 Russian soldiers arrived in Belarus on Saturday, writes Meduza, citing sources "
                        "in the ministry."), "About 1,000")
    assert "sources" in who(c) and c.carrier is not None and c.carrier.text == "Meduza"
    assert claim(claims_of("As expected, about 1,000 Russian soldiers arrived in Belarus."), "about 1,000").source \
        is None


def test_he_after_a_known_office_holder_the_tagger_took_for_an_organisation():
    ex = claims_of("Khrenin noted that Belarus had deployed 15,000 soldiers to the border. He stressed that 9,000 "
                   "Russian troops would join them.")
    assert "khrenin" in who(claim(ex, "9,000"))


def test_a_verb_number_before_a_figure_counts_its_subject():
    ex = claims_of("Speaking to journalists, Lukashenko said the contingent would number 9,000.")
    c = claim(ex, "9,000")
    assert c.counted == "personnel" and "lukashenko" in who(c)


def test_a_post_line_opening_with_its_source_and_a_colon():
    assert "general staff" in who(claim(claims_of("⚡️Ukraine's General Staff: Russia has lost 1,230 soldiers over "
                                                  "the past day."), "1,230"))
    assert "air force" in who(claim(claims_of("Air Force: 24 of 27 drones shot down overnight."), "24"))
    # a place as a topic and a list label are no sources
    assert claim(claims_of("Belarus: 300 troops arrive at the border."), "300").source is None
    assert claim(claims_of("Movement on 14 November:\n- Kalinkovichi: about 15 units of armoured vehicles "
                           "unloading."), "about 15").source is None


def test_footnote_marks_are_no_claims():
    ex = claims_of("The Russian Ministry of Defense claimed that Russian forces destroyed 4 Ukrainian tanks near "
                   "Kupyansk.[3] The MoD also claimed that 27 drones were shot down.[4]")
    assert sorted(c.text for c in ex.claims) == ["27", "4"]


def test_what_images_show_is_the_writers_reading_not_the_last_source_speaking_on():
    ex = claims_of("The ministry said 200 tanks had arrived. Satellite images, however, showed only about 80.")
    assert claim(ex, "about 80").source is None
    ex = claims_of("The monitors say 14 echelons have entered Belarus. Their data also show 1,100 servicemen.")
    assert "monitors" in who(claim(ex, "1,100"))
