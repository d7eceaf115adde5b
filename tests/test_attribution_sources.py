"""Sources as entities across sentences (issue 10, point 2), on sentences written for these tests: a pronoun or a
short form keeps its own text and offsets and takes the name, country and sector of the source it stands for."""
from sitroom.analyze.attribution import discourse, find_attributions
from sitroom.nlp import parse


def sources(text: str):
    return [a.source for a in find_attributions(parse(text))]


def _as_written(text: str, ent, phrase: str, nth: int = 0) -> bool:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return (ent.text, ent.start, ent.end) == (phrase, start, start + len(phrase))


LEAD = "Belarus's Ministry of Defence said 4,000 troops had arrived. "


def test_the_ministry_later_is_the_ministry_named_before_with_its_country_and_sector():
    text = LEAD + "The ministry said another 5,000 would follow."
    first, short = sources(text)
    assert _as_written(text, short, "The ministry")
    assert (short.name, short.country, short.sector) == (first.name, "BLR", "MIL")


def test_it_and_its_spokesman_stand_for_the_ministry_named_before():
    for follow, phrase in (("It said another 5,000 would follow.", "It"),
                           ("Its spokesman said another 5,000 would follow.", "Its spokesman")):
        text = LEAD + follow
        first, pron = sources(text)
        assert _as_written(text, pron, phrase)
        assert (pron.name, pron.country, pron.sector) == (first.name, "BLR", "MIL"), phrase


def test_he_stands_for_the_minister_named_before():
    text = "Defence Minister Viktor Khrenin said 4,000 troops had arrived. He said another 5,000 would follow."
    first, he = sources(text)
    assert _as_written(text, he, "He") and he.name == "Viktor Khrenin" and he.country == first.country == "BLR"


def test_a_body_named_with_its_seat_belongs_to_that_country():
    (src,) = sources("The ministry of defence in Minsk said 4,000 troops had arrived.")
    assert src.country == "BLR"
    (src,) = sources("Officials in Washington said 4,000 troops had arrived.")
    assert src.country == "USA"


def test_a_group_named_after_its_title_is_that_name_with_the_adjective_country():
    text = "The Belarusian monitoring group Hajun said 40 trains had arrived."
    (src,) = sources(text)
    assert _as_written(text, src, "Hajun") and src.name == "Hajun" and src.country == "BLR"


def test_a_pronoun_for_a_body_spelt_the_british_way_keeps_one_source_over_the_lead():
    # "Defence" as written, "Defense" in the canonical name: "It" is still the same source as the ministry, so the
    # paragraph after a single-source lead goes on with it
    text = LEAD + "It said the rest would follow by June.\n\nThe group will number about 9,000."
    doc = parse(text)
    atts = find_attributions(doc)
    assert atts[1].source.name == atts[0].source.name
    s = text.index("about 9,000")
    att = discourse(doc, atts).at(s, s + len("about 9,000"))
    assert att is not None and att.source.name == atts[0].source.name


def test_it_skips_a_person_and_he_skips_a_body():
    base = "The army said 40 drones were shot down. Governor Oleh Syniehubov said 12 people died. "
    *_, it = sources(base + "It said 30 missiles were also fired.")
    *_, he = sources(base + "He said 30 homes burned.")
    assert it.name == "The army" and he.name == "Oleh Syniehubov" and he.sector == "GOV"


def test_they_and_she_take_the_plural_and_the_person_named_before():
    *_, they = sources("Two witnesses told Reuters that 12 people died. They said 40 homes burned.")
    *_, she = sources("The mayor said 12 people died. She said 40 homes burned.")
    assert they.name == "Two witnesses" and she.name == "The mayor"


def test_it_after_a_body_that_did_not_speak_is_that_body():
    *_, it = sources("The Pentagon said 3,000 troops would deploy. The Russian defence ministry gave a different "
                     "picture. It said only 300 would move.")
    assert it.country == "RUS" and it.text == "It"
