"""Behaviour tests for the English attribution cues, sources and discourse rules (attribution/_cues.py, _sources.py,
_discourse.py), written from the survivors of a mutation run (`python scripts/mutation.py attribution6`, session
mut6): list lines under a source's name, a place before a colon, a declined report, "quoted … as saying", a
possessive figure, a bracket that abbreviates, the scope of a report posted on a channel. Own short news texts."""
from sitroom.analyze.attribution import discourse, find_attributions
from sitroom.nlp import parse


def atts(text: str):
    return find_attributions(parse(text))


def sources(text: str) -> list[str]:
    return [a.source.text for a in atts(text) if a.source is not None]


def scope(text: str, a) -> str:
    return text[a.scope_start:a.scope_end]


# ------------------------------------------------------------------ a list line under a source's name

def test_a_list_line_opening_with_a_known_body_and_a_colon_is_its_figure():
    text = "Troops keep arriving.\n- Belarusian Hajun: about 4,500 have arrived."
    found = [a for a in atts(text) if a.cue == ":"]
    assert len(found) == 1
    a = found[0]
    assert a.source.text == "Belarusian Hajun" and a.source.country == "BLR"
    assert scope(text, a) == "about 4,500 have arrived"
    assert text[a.cue_start:a.cue_end] == ":"


def test_a_place_before_a_colon_is_a_topic_not_a_source():
    assert sources("Minsk: 40 soldiers arrived on Monday.") == []
    assert sources("Troops keep arriving.\n- Minsk: about 300.") == []


# ------------------------------------------------------------------ reports that are no report

def test_declining_to_confirm_is_no_report_of_what_was_not_confirmed():
    assert sources("The ministry declined to confirm that 300 soldiers were killed.") == []


# ------------------------------------------------------------------ "quoted … as saying"

def test_quoted_as_saying_makes_the_one_quoted_the_source():
    text = "Interfax quoted the ministry as saying that 300 soldiers arrived."
    found = atts(text)
    assert len(found) == 1
    a = found[0]
    assert a.source.text == "the ministry" and a.kind == "citing"
    assert scope(text, a) == "300 soldiers arrived"


# ------------------------------------------------------------------ a possessive before a figure

def test_a_named_persons_possessive_figure_is_that_persons_claim_without_the_s():
    text = "Officials dismissed Nowak's 300 as a guess."
    owned = [a for a in atts(text) if a.source is not None and a.source.text.startswith("Nowak")]
    assert len(owned) == 1
    assert owned[0].source.text == "Nowak" and scope(text, owned[0]) == "300"


def test_a_possessive_of_a_place_or_a_pronoun_names_no_claimant():
    assert sources("The village's 300 were evacuated.") == []
    assert sources("He dismissed their 300 as a guess.") == ["He"]


# ------------------------------------------------------------------ "according to" data, no one named

def test_according_to_preliminary_estimates_names_no_source():
    assert sources("According to preliminary estimates, 300 soldiers were killed.") == []


# ------------------------------------------------------------------ a bracket after the words it abbreviates

def test_a_bracketed_abbreviation_of_the_words_before_it_is_no_credit():
    assert sources("Russia lost 900 tanks, a figure close to the count of the International Institute for Strategic "
                   "Studies (IISS).") == []
    assert sources("Russia launched 11 unmanned aerial vehicles (UAVs).") == []


# ------------------------------------------------------------------ a report posted on a channel

def test_what_a_body_posted_on_telegram_starts_after_that():
    text = "The border guard posted on Telegram that 40 migrants crossed the border."
    found = atts(text)
    assert len(found) == 1
    assert found[0].source.text == "The border guard"
    assert scope(text, found[0]) == "40 migrants crossed the border"


# ------------------------------------------------------------------ a message noun with a named author

def test_a_named_authors_announcement_that_is_the_author_saying_it():
    text = "Lukashenko's announcement that 9,000 soldiers would come was a surprise."
    found = atts(text)
    assert len(found) == 1
    a = found[0]
    assert a.cue == "announcement" and a.source.text == "Lukashenko" and a.source.country == "BLR"
    assert scope(text, a) == "9,000 soldiers would come"


def test_a_hope_is_no_message_and_names_no_claimant():
    assert sources("Lukashenko's hope that 9,000 soldiers would come surprised Kyiv.") == []


# ------------------------------------------------------------------ the one quoted, named in apposition

def test_the_name_in_apposition_to_the_one_quoted_is_the_source():
    text = "Interfax quoted the ministry's spokesman, Igor Konashenkov, as saying that 300 soldiers arrived."
    found = atts(text)
    assert len(found) == 1
    assert found[0].source.text == "Igor Konashenkov" and found[0].kind == "citing"
    assert found[0].carrier is not None and found[0].carrier.text == "Interfax"


# ------------------------------------------------------------------ an estimate in a relative clause

def test_an_estimate_in_a_relative_clause_is_the_nouns_it_hangs_on():
    text = "Chad's government, which puts arrivals at 65,000, asked for aid."
    found = atts(text)
    assert len(found) == 1
    a = found[0]
    assert a.source.text == "Chad's government" and a.source.country == "TCD" and a.kind == "indirect"
    assert "65,000" in scope(text, a)


# ------------------------------------------------------------------ a live blog's time before the speaker

def test_a_time_opening_the_text_is_not_part_of_the_speaker():
    found = atts("12:30 Norway's ambassador says 40 tanks arrived.")
    assert [a.source.text for a in found] == ["Norway's ambassador"]


# ------------------------------------------------------------------ a person's role as a short form

def test_the_spokesman_is_the_person_named_before_not_the_ministry():
    found = atts("The Belarusian Defence Ministry and its spokesman Anton Berg spoke on Monday. "
                 "The spokesman said 40 tanks were destroyed.")
    assert [(a.source.text, a.source.name) for a in found] == [("The spokesman", "Anton Berg")]


# ------------------------------------------------------------------ an order and a counted object

def test_ordering_someone_to_act_is_an_order_with_the_infinitive_as_its_content():
    text = "The general ordered 300 soldiers to leave Brest."
    found = atts(text)
    assert len(found) == 1
    assert found[0].source.text == "The general" and found[0].kind == "order"
    assert scope(text, found[0]) == "to leave Brest"


def test_a_counted_object_beside_a_claim_is_what_its_counter_says():
    text = "Houthis claim eight drones hit Eilat, Israel counts three."
    v = discourse(parse(text), atts(text), None, frozenset())
    for figure, source in (("eight", "Houthis"), ("three", "Israel")):
        s = text.index(figure)
        a = v.at(s, s + len(figure))
        assert a is not None and a.source is not None and a.source.text == source, figure


# ------------------------------------------------------------------ a line that opens with its source and a colon

def test_a_line_opening_with_a_source_and_a_colon_is_that_sources_indirect_report():
    for text, source in (("Hajun: 40 trucks crossed into Belarus on Monday.", "Hajun"),
                         ("Army: 40 tanks are in Brest.", "Army")):      # the clause's only verb an auxiliary
        found = atts(text)
        assert [(a.source.text, a.cue, a.kind) for a in found] == [(source, ":", "indirect")], text
        a = found[0]
        assert text[a.cue_start:a.cue_end] == ":"
        assert scope(text, a) == text[text.index(":") + 2:-1]


def test_a_reporting_noun_before_a_colon_is_an_indirect_report():
    text = "The General Staff reports: Russia lost 40 tanks."
    found = atts(text)
    assert [(a.source.text, a.kind) for a in found] == [("The General Staff", "indirect")]
    assert scope(text, found[0]) == "Russia lost 40 tanks"


def test_a_transcript_turn_cue_is_the_colon_alone():
    text = "WRONA: We have information that more than 100 fighters came."
    found = atts(text)
    assert len(found) == 1 and found[0].kind == "turn" and found[0].source.text == "WRONA"
    assert (found[0].cue_start, found[0].cue_end) == (5, 6)


# ------------------------------------------------------------------ a bracketed credit closing a line

def test_a_bracketed_body_or_person_closing_a_line_is_its_credit():
    for text, source, said in (("300 killed (Defence Ministry).", "Defence Ministry", "300 killed"),
                               ("300 soldiers were killed (Anton Berg).", "Anton Berg", "300 soldiers were killed")):
        found = atts(text)
        assert [(a.source.text, scope(text, a)) for a in found] == [(source, said)], text


# ------------------------------------------------------------------ confirmed by no one

def test_not_confirmed_by_anyone_names_no_source():
    assert sources("The claim that 300 soldiers died has not been confirmed by anyone.") == []


# ------------------------------------------------------------------ citing: the nearest speaker carries it

def test_citing_hangs_on_the_nearest_speaker_before_it():
    text = "The ministry said 300 soldiers died, and the governor said 40 more were wounded, citing local doctors."
    found = atts(text)
    citing = [a for a in found if a.kind == "citing"]
    assert len(citing) == 1
    assert citing[0].source.text == "local doctors" and citing[0].carrier.text == "the governor"
    assert scope(text, citing[0]) == "40 more were wounded"
