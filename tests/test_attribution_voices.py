"""`Voices`, who speaks where a sentence names no one, read on short news reports written for these tests (issue
10, point 2): the source carried over a paragraph, quotations over several sentences and paragraphs, a heading
that ends in a colon, the headline over the lead, the writer's own voice. Each test states what a reader of the
report would answer to "according to whom"."""
from sitroom.analyze.attribution import discourse, find_attributions, headline_attribution
from sitroom.nlp import parse


def voices(text: str, title: str | None = None, outlet: str | None = "Example Wire"):
    doc = parse(text)
    head = None
    if title:
        hdoc = parse(title)
        head = headline_attribution(hdoc, find_attributions(hdoc), None, outlet)
    return discourse(doc, find_attributions(doc), head)


def at(v, phrase: str):
    s = v.text.index(phrase)
    return v.at(s, s + len(phrase))


def who(att) -> str:
    return "" if att is None or att.source is None else att.source.text.lower()


# ------------------------------------------------------------------ the paragraph's source speaks on

def test_the_source_of_a_paragraph_speaks_on_in_its_next_sentence():
    v = voices("The defence ministry said 600 soldiers would arrive in May. The contingent includes 40 armoured "
               "vehicles.")
    att = at(v, "40 armoured vehicles")
    assert who(att) == "the defence ministry" and att.kind == "carried"


def test_a_paragraph_opening_between_two_reports_of_one_source_is_that_source():
    v = voices("The base was built in 1998, local media reported.\n\n"
               "The defence ministry said 600 soldiers would arrive in May.\n\n"
               "About 200 engineers are part of the force. The ministry said they would build a bridge.")
    att = at(v, "About 200 engineers")
    assert "ministry" in who(att) and att.kind == "carried"


def test_a_paragraph_opening_between_two_different_sources_is_the_writer():
    v = voices("The base was built in 1998, local media reported.\n\n"
               "The defence ministry said 600 soldiers would arrive in May.\n\n"
               "About 200 engineers were part of the last rotation. The mayor said they would build a bridge.")
    assert at(v, "About 200 engineers") is None


# ------------------------------------------------------------------ the paragraph after the lead

def test_a_plan_with_is_to_after_the_lead_is_the_lead_source():
    v = voices("The defence minister announced a new brigade on Monday.\n\n"
               "The brigade is to number about 4,800 troops. Its base lies near the border, according to local "
               "media.")
    assert "minister" in who(at(v, "about 4,800 troops"))


def test_a_present_fact_beside_a_new_source_after_the_lead_is_the_writer():
    v = voices("The defence minister announced a new brigade on Monday.\n\n"
               "The base is close to the border and holds about 3,000 troops. Its runway was rebuilt last year, "
               "according to local media.")
    assert at(v, "about 3,000 troops") is None


def test_a_pluperfect_after_the_lead_is_background_in_the_writer_voice():
    v = voices("The defence ministry said on Monday that 600 soldiers will arrive in May.\n\n"
               "A similar rotation had brought 450 soldiers to the base in 2019.")
    assert at(v, "450 soldiers") is None


def test_a_passive_in_the_past_after_the_lead_is_background():
    v = voices("The defence ministry said on Monday that 600 soldiers will arrive in May.\n\n"
               "Some 300 soldiers were sent to the base in 2019.")
    assert at(v, "Some 300 soldiers") is None


# ------------------------------------------------------------------ the lead's trailing source, the headline

def test_a_trailing_source_in_the_lead_covers_the_sentence_before_it():
    v = voices("Russia fired 30 missiles at the capital overnight. Most of them were shot down, the air force "
               "said.")
    assert "air force" in who(at(v, "30 missiles"))


def test_the_headline_source_covers_what_the_lead_leaves_unattributed():
    v = voices("The first trains arrived in May. About 40 tanks will follow by July.",
               title="Russian troops in Belarus number about 9,000, says the Pentagon")
    att = at(v, "About 40 tanks")
    assert who(att) == "the pentagon" and att.kind == "headline"


def test_the_headline_source_does_not_cover_the_second_paragraph():
    v = voices("The first trains arrived in May.\n\nThe base was built in 1998.",
               title="Russian troops in Belarus number about 9,000, says the Pentagon")
    assert at(v, "built in 1998") is None


def test_a_headline_naming_the_outlet_itself_is_no_source():
    title = "Russia lost 40 tanks in a day, says the Ministry of Defence"
    doc = parse(title)
    assert headline_attribution(doc, find_attributions(doc), None, "Ministry of Defence of Ukraine") is None
    assert headline_attribution(doc, find_attributions(doc), None, "Example Wire") is not None


def test_a_headline_opening_with_a_role_and_a_colon_names_its_source():
    doc = parse("Governor: 12 dead after overnight shelling")
    att = headline_attribution(doc, find_attributions(doc), None, "Example Wire")
    assert att is not None and att.source.text == "Governor"
    assert doc.text[att.scope_start:att.scope_end] == "12 dead after overnight shelling"


def test_a_headline_opening_with_plural_officials_and_a_colon_names_them():
    doc = parse("Medics: 12 dead after overnight shelling")
    assert headline_attribution(doc, find_attributions(doc), None, None) is None       # no role: a topic
    doc = parse("Officials: 12 dead after overnight shelling")
    att = headline_attribution(doc, find_attributions(doc), None, None)
    assert att is not None and att.source.text == "Officials"


def test_a_headline_opening_with_a_place_and_a_colon_has_no_source():
    doc = parse("Kharkiv: 12 dead after overnight shelling")
    assert headline_attribution(doc, find_attributions(doc), None, "Example Wire") is None


# ------------------------------------------------------------------ quotations over sentences and paragraphs

def test_a_quotation_over_two_paragraphs_is_the_speaker_named_at_its_close():
    v = voices("“Some 300 soldiers crossed the border on Monday.\n\n"
               "“More will follow by June,” General Anna Berg told reporters.")
    att = at(v, "Some 300 soldiers")
    assert "anna berg" in who(att) and att.kind == "direct"


def test_a_quotation_opened_after_said_and_a_colon_is_that_speaker_in_every_sentence():
    v = voices("The base has been quiet for weeks. The commander said: “We have 40 tanks here. Another 12 are "
               "on the way.”")
    att = at(v, "Another 12")
    assert who(att) == "the commander" and att.kind == "direct"


def test_an_unclosed_quotation_mark_does_not_hide_the_next_speaker():
    v = voices("Locals call the district «the red zone. About 40 homes burned there, the mayor said. “Our crews "
               "saved 12 houses,” fire chief Anna Berg said.")
    assert who(at(v, "About 40 homes")) == "the mayor"
    assert "anna berg" in who(at(v, "12 houses"))


def test_a_quotation_paragraph_after_a_first_quoted_speaker_goes_on_with_them():
    v = voices("“The ships will patrol the southern coast,” Rear Admiral Petra Holm told reporters.\n\n"
               "“Their crews number about 140 sailors.”")
    att = at(v, "about 140 sailors")
    assert "holm" in who(att) and att.kind == "direct"


# ------------------------------------------------------------------ a heading that ends in a colon

def test_a_colon_heading_over_list_items_set_apart_by_blank_lines_covers_every_item():
    v = voices("The General Staff reports:\n\n- 12 tanks;\n\n- 40 artillery systems;\n\n- 300 soldiers.")
    for item in ("12 tanks", "40 artillery systems", "300 soldiers"):
        assert who(at(v, item)) == "the general staff", item


def test_labelled_lines_under_according_to_belong_to_the_source():
    v = voices("Losses over the day, according to the General Staff:\n\nTanks - 12\n\nArtillery - 40")
    assert who(at(v, "Artillery - 40")) == "the general staff"


# ------------------------------------------------------------------ the writer's own voice

def test_we_identified_is_the_writer_ending_the_carry():
    v = voices("The ministry said 40 trains had arrived in May. We identified 21 trains at the station.")
    assert at(v, "21 trains") is None


def test_our_count_is_the_writer_ending_the_carry():
    v = voices("The ministry said 40 trains had arrived in May. Our count is lower: 21 trains.")
    assert at(v, "21 trains") is None


def test_a_source_noted_as_they_goes_on_speaking():
    v = voices("The monitors said 40 trains had arrived in May. They also spotted 21 tanks on flatcars.")
    assert "monitors" in who(at(v, "21 tanks")) or who(at(v, "21 tanks")) == "they"


def test_unowned_pictures_that_show_a_count_are_the_writer_reading():
    v = voices("The ministry said 200 tanks had arrived. Satellite images showed only about 80.")
    assert at(v, "about 80") is None


def test_the_source_own_data_speak_on():
    v = voices("The ministry said 200 tanks had arrived. Their data also show about 80 trucks.")
    assert "ministry" in who(at(v, "about 80 trucks"))


def test_a_pattern_that_suggests_a_count_is_the_writer_inference():
    v = voices("The ministry said 200 tanks had arrived. The pattern of the deliveries suggests about 80 more.")
    assert at(v, "about 80 more") is None


def test_a_first_person_source_is_the_outlet():
    v = voices("We assess that about 9,000 troops are in Belarus.")
    assert at(v, "about 9,000 troops") is None
    v = voices("According to our monitoring, about 9,000 troops are in Belarus.")
    assert at(v, "about 9,000 troops") is None


# ------------------------------------------------------------------ pronouns and short forms name the source

def _name(att) -> str:
    return "" if att is None or att.source is None else (att.source.name or "")


def test_he_in_the_next_sentence_is_the_minister_named_before():
    v = voices("Defence Minister Viktor Khrenin said on Monday that the first units had arrived. He added that "
               "the group would number about 9,000.")
    assert _name(at(v, "about 9,000")) == "Viktor Khrenin"
    v = voices("Defence Minister Viktor Khrenin said on Monday that the first units had arrived. According to "
               "him, the group will number about 9,000.")
    assert _name(at(v, "about 9,000")) == "Viktor Khrenin"


def test_the_ministry_in_later_paragraphs_is_the_ministry_named_in_the_lead():
    v = voices("Belarus's Ministry of Defence said 4,000 troops had arrived.\n\n"
               "The ministry also said another 5,000 would follow in June.\n\n"
               "The group will number about 9,000, the ministry added.")
    assert "Belarus" in _name(at(v, "another 5,000")) and "Belarus" in _name(at(v, "about 9,000"))


def test_the_monitors_and_their_data_are_the_monitoring_group_named_before():
    v = voices("The monitoring group Hajun said it had counted 40 trains in May.\n\n"
               "The monitors also recorded 12 helicopters over Minsk.")
    assert _name(at(v, "12 helicopters")) == "Hajun"
    v = voices("The monitoring group Hajun said it had counted 40 trains in May.\n\n"
               "Their data also show 12 helicopters over Minsk.")
    assert _name(at(v, "12 helicopters")) == "Hajun"


def test_a_body_heading_a_verbless_headline_with_a_colon_is_its_named_source():
    from sitroom.analyze.actors import ActorResolver

    title = "General Staff: 12 tanks, 40 drones in a day"
    doc = parse(title)
    att = headline_attribution(doc, find_attributions(doc), ActorResolver(doc).resolve_text, "Example Wire")
    assert (att.source.text, att.source.start, att.source.end, att.source.sector) == ("General Staff", 0, 13, "MIL")
    assert (att.cue, att.cue_start, att.cue_end) == (":", 13, 14)
    assert title[att.scope_start:att.scope_end] == "12 tanks, 40 drones in a day"


def test_a_phrase_before_two_reports_in_one_sentence_is_the_nearer_speaker():
    v = voices("In the 3 districts hit overnight, the army said 40 drones were launched, and the mayor said 12 homes "
               "burned.")
    assert who(at(v, "3 districts")) == "the army"
