"""What a figure counts (claims/_kinds.py): the kind and the noun as written, read off the counted phrase — equipment
names, classifier nouns and their of-complement, "and other X", a modifier shared with a coordinated plural, and the
increment words. Sentences written for these tests."""
from __future__ import annotations

import pytest

from sitroom.analyze import analyze
from sitroom.analyze.claims import kind_of_text
from sitroom.analyze.claims._kinds import is_measure
from sitroom.model import Document, content_id


def claims(text: str, title: str | None = None) -> dict:
    ex = analyze(Document(id=content_id(text, title), text=text, title=title, published="2023-05-04"))
    return {c.text: c for c in ex.claims}


def counted(text: str, figure: str) -> tuple[str | None, str | None]:
    got = claims(text)
    assert figure in got, list(got)
    return got[figure].counted, got[figure].counted_text


# ------------------------------------------------------------------ the counted phrase as text

@pytest.mark.parametrize("written, kind", [
    ("T-72", "tanks"),                                  # a name that is the whole word
    ("t\u201172", "tanks"),                             # a non-breaking hyphen is a hyphen
    ("Buk-M1", "air_defence"),                          # a name before a hyphen
    ("armoured   personnel\ncarriers", "armoured_vehicles"),   # spacing of the copy does not matter
    ("Kh-101 cruise missiles", "missiles"),
    ("containers", None),                               # in no kind
    ("Torches", None),                                  # 'Tor' (air defence) only at a word's end, a hyphen or a plural
    ("Su\u201425", None),                               # an em dash is no hyphen: no 'Su-25'
])
def test_kind_of_a_phrase_as_written(written, kind):
    assert kind_of_text(written) == kind


def test_measures_are_recognised_whatever_the_apostrophe_or_case():
    assert is_measure("o\u2019clock") and is_measure("o'clock") and is_measure("Kilometres")
    assert not is_measure("soldiers")


def test_a_plural_the_taxonomy_lists_only_in_the_singular_counts_by_its_lemma():
    assert counted("The ministry said 40 crews had trained.", "40") == ("personnel", "crews")
    assert counted("About 12 staffers stayed behind.", "About 12") == ("personnel", "staffers")


# ------------------------------------------------------------------ classifiers and coordination

def test_a_classifier_noun_hands_over_to_its_of_complement():
    assert counted("Rebels seized 30 pieces of heavy equipment.", "30") == ("equipment", "heavy equipment")


def test_and_other_x_gives_the_wider_kind_and_keeps_the_noun():
    assert counted("Officials counted 12 tanks and other armoured combat vehicles.", "12") == \
        ("armoured_vehicles", "tanks")
    assert counted("Officials counted 12 tanks and other armoured vehicles.", "12") == ("armoured_vehicles", "tanks")


def test_a_plural_with_its_own_number_does_not_share_the_next_plural():
    got = claims("Officials reported 12 tanks and 30 artillery pieces.")
    assert got["12"].counted == "tanks" and got["30"].counted == "artillery"


def test_shared_head_with_or_and_with_one_spelled_out():
    got = claims("Officials said 3 drone or 4 missile strikes hit the city each night.")
    assert got["3"].counted == got["4"].counted == "attacks"
    got = claims("The army reported one missile and 20 air strikes.")
    assert got["one"].counted == "missiles" and got["20"].counted == "attacks"


def test_a_figure_of_a_second_figure_counts_the_noun_behind_its_model_name():
    got = claims("Air defences destroyed 40 of 45 incoming Shahed drones.")
    assert (got["40"].counted, got["40"].counted_text) == ("drones", "drones")
    assert got["45"].counted == "drones"


# ------------------------------------------------------------------ increments

@pytest.mark.parametrize("text, figure", [
    ("Another 150 soldiers arrived.", "150"),              # the word opens the sentence
    ("150 more soldiers arrived.", "150"),
    ("Officials said a further 2,000 troops will arrive.", "2,000"),
    ("Officials said 3,000 additional border guards were sent.", "3,000"),
])
def test_increment_words_make_the_counted_text_additional(text, figure):
    c = claims(text)[figure]
    assert c.counted == "personnel" and c.counted_text.startswith("additional ")


def test_a_figure_without_increment_word_is_no_increment():
    c = claims("Officials said 2,000 troops will arrive and more will follow.")["2,000"]
    assert c.counted_text == "troops"


def test_a_text_ending_in_its_figure():
    c = claims("Russian instructors in the country now number around 1,890")["around 1,890"]
    assert c.counted == "personnel" and c.counted_text == "instructors"


@pytest.mark.parametrize("written, kind", [("T-72B3", "tanks"), ("T-90M", "tanks"), ("Su-25SM", "combat_aircraft"),
                                           ("Ka-52M", "helicopters"), ("T-72B3s", "tanks"), ("Torches", None)])
def test_a_models_variant_letters_keep_its_kind(written, kind):
    assert kind_of_text(written) == kind


# ------------------------------------------------------------------ shells are not missiles

def test_artillery_shells_are_their_own_kind_not_missiles():
    text = "Russian forces fired more than 40 shells and two missiles at the town overnight, the governor said."
    got = claims(text)
    assert got["more than 40"].counted == "shells" and got["two"].counted == "missiles"
    assert counted("Troops fired 300 mortar rounds at the village.", "300") == ("shells", "rounds")
    assert claims("Talks went through 3 rounds in Geneva.") == {}            # a bare "rounds" is still no count


def test_shells_in_russian_and_ukrainian():
    from sitroom.analyze.claims import find_claims_slavic

    ru = {c.text: c.counted for c in find_claims_slavic("ВСУ выпустили 25 снарядов и 3 ракеты по Донецку.", "ru")}
    uk = {c.text: c.counted for c in find_claims_slavic("Окупанти випустили понад 60 снарядів по громаді.", "uk")}
    assert ru == {"25": "shells", "3": "missiles"} and uk == {"понад 60": "shells"}
