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
