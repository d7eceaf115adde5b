"""The number reader on forms the mutation run (scripts/mutation.py quantities) found untested: digit groupings,
fractions, scale words, glued units, signs, ranges with spaced dashes and repeated units, day ranges after a month,
headlines without a final stop, and the ru/uk reader's cue tables, groupings and dates (texts written for these
tests)."""
from __future__ import annotations

import pytest

from sitroom.analyze.quantities import find_quantities_in_text, find_quantities_slavic
from sitroom.analyze.quantities._numbers import read_atom, split_words
from sitroom.analyze.quantities._slavic_words import lexicon as slavic_lexicon


def _rows(text):
    return [(q.text, q.lower, q.upper, q.qualifier, q.unit) for q in find_quantities_in_text(text)]


def _one(text):
    qs = find_quantities_in_text(text)
    assert len(qs) == 1, [q.text for q in qs]
    return qs[0]


# --------------------------------------------------------------------------- English: numbers as written

def test_dot_grouped_millions_read_in_any_locale():
    assert (_one("Officials said 1.000.000 people fled.").lower) == 1_000_000


def test_space_grouped_thousands_before_a_full_stop():
    q = _one("Officials said the number reached 9 000.")
    assert (q.text, q.lower) == ("9 000", 9000)


def test_the_reader_defaults_to_the_english_comma():
    text = "2,500 troops"
    assert read_atom(text, split_words(text), 0).value == 2500


def test_a_written_fraction_of_a_population():
    q = _one("Only 1/4 of the residents stayed.")
    assert q.lower == q.upper == 0.25


def test_half_of():
    assert _one("Half of the residents fled.").lower == 0.5


def test_a_million_and_more_written_out():
    q = _one("Officials said two million three hundred thousand people fled.")
    assert (q.lower, q.unit) == (2_300_000, "people")


def test_a_glued_million_after_a_currency_sign():
    q = _one("Donors pledged $5m.")
    assert (q.lower, q.unit) == (5_000_000, "dollars")


def test_a_glued_unit_is_the_unit():
    q = _one("The engine makes 185hp.")
    assert (q.text, q.lower, q.unit) == ("185hp", 185, "hp")


def test_scientific_notation_with_a_negative_exponent():
    assert _one("The risk was put at 2×10−3 per year.").lower == pytest.approx(0.002)


def test_minus_glued_to_the_number():
    q = _one("Temperatures dropped to minus-5 degrees.")
    assert (q.text, q.lower, q.unit) == ("minus-5", -5, "degrees")


# --------------------------------------------------------------------------- English: counts and non-counts

def test_a_year_like_count_of_troops_is_a_count():
    q = _one("Russia sent 2000 troops to Belarus.")
    assert (q.lower, q.unit) == (2000, "troops")


def test_a_name_before_the_counted_noun_is_skipped():
    assert _one("The group sent 300 Wagner fighters to Belarus.").unit == "fighters"


def test_a_capitalised_preposition_before_a_count_is_no_label():
    q = _one("In 300 villages, power was cut.")
    assert (q.lower, q.unit) == (300, "villages")


def test_one_as_a_count():
    q = _one("Officials said one soldier died.")
    assert (q.lower, q.unit) == (1, "soldier")


def test_a_month_two_words_before_a_figure_does_not_make_it_a_day():
    q = _one("In March, 300 soldiers arrived.")
    assert (q.lower, q.unit) == (300, "soldiers")


def test_a_headline_without_a_stop_keeps_a_figure_and_drops_a_formation():
    q = _one("300 soldiers arrive in Belarus in October")
    assert (q.lower, q.unit) == (300, "soldiers")
    assert find_quantities_in_text("Ukraine formed the 155 Brigade") == []
    assert [q.lower for q in find_quantities_in_text("Russia lost 300")] == [300]      # the figure ends the text


@pytest.mark.parametrize("text", [
    "10:45 is when the convoy left.",
    "In the 1990s the army shrank.",
    "A gunman opened fire in Thousand Oaks.",
    "The deadline is 31 March.",
    "The drills run March 20-24 in Belarus.",
    "The drills run Sept. 20-24 near the border.",
    "The blast hit 16 Industrial Avenue.",
    "The hotline works 24/7 for families.",
    "The attack came on 10/16/2022 at dawn.",
])
def test_times_decades_names_dates_and_addresses_are_not_figures(text):
    assert find_quantities_in_text(text) == [], [q.text for q in find_quantities_in_text(text)]


# --------------------------------------------------------------------------- English: ranges, cues, units

def test_a_spaced_dash_still_makes_a_range():
    q = _one("Officials said 200 - 300 civilians were evacuated.")
    assert (q.lower, q.upper, q.qualifier, q.unit) == (200, 300, "range", "civilians")


def test_a_vague_amount_is_no_end_of_a_range():
    assert _rows("Crowds grew from hundreds to 2,000 people.") == [
        ("hundreds", 100, 1000, "range", "people"), ("2,000", 2000, 2000, "exact", "people")]
    assert _rows("Crowds grew from 200 to thousands of people.") == [
        ("200", 200, 200, "exact", "people"), ("thousands", 1000, 10000, "range", "people")]


def test_a_range_with_its_unit_after_the_first_number():
    q = _one("The ration was cut from 500 grams to 300.")
    assert (q.text, q.lower, q.upper, q.qualifier) == ("from 500 grams to 300", 300, 500, "range")


def test_a_change_in_pct_and_a_level_are_not_a_range():
    assert [(q.lower, q.upper, q.unit) for q in find_quantities_in_text("Output rose 5 pct to 300 tonnes.")] == [
        (5, 5, "percent"), (300, 300, "tonnes")]


def test_per_cent_is_part_of_the_figure():
    assert _one("Inflation hit 12 per cent in March.").text == "12 per cent"


def test_a_spaced_plus_is_more_than():
    q = _one("The camp holds 1,000 plus people.")
    assert (q.text, q.lower, q.upper, q.qualifier) == ("1,000 plus", 1000, None, "more_than")


# --------------------------------------------------------------------------- Russian / Ukrainian

def _slavic(text, lang):
    return [(q.text, q.lower, q.upper, q.qualifier, q.unit) for q in find_quantities_slavic(text, lang)]


def test_thousands_written_with_a_dot_or_a_comma():
    assert _slavic("Прибыли 9.000 военнослужащих.", "ru") == [("9.000", 9000, 9000, "exact", "военнослужащий")]
    assert _slavic("Прибыли 9,000 военнослужащих.", "ru") == [("9,000", 9000, 9000, "exact", "военнослужащий")]


def test_a_scaled_figure_at_the_end_of_a_headline():
    assert _slavic("В Беларусь прибыли 9 тысяч", "ru") == [("9 тысяч", 9000, 9000, "exact", None)]


def test_tens_after_a_digit_are_an_approximate_count():
    assert _slavic("Прибыли 3 десятка танков.", "ru") == [("3 десятка", 30, 30, "approx", "танк")]


def test_several_thousand_in_an_oblique_case():
    assert _slavic("Речь идёт о нескольких тысячах военных.", "ru") == [
        ("нескольких тысячах", 1000, 10000, "range", "военный")]


@pytest.mark.parametrize("lang, text, unit", [("ru", "Прибыли 1000+ военных.", "военный"),
                                              ("uk", "Прибули 1000+ військових.", "військовий")])
def test_a_glued_plus_is_more_than(lang, text, unit):
    assert _slavic(text, lang) == [("1000+", 1000, None, "more_than", unit)]


def test_a_hedge_covers_the_pair_after_an_exact_figure():
    assert _slavic("Прибыли 5 самолётов, а также около 170 танков и 200 БМП.", "ru") == [
        ("5", 5, 5, "exact", "самолёт"), ("около 170", 170, 170, "approx", "танк"), ("200", 200, 200, "approx", "бмп")]


def test_a_participle_noun_before_a_preposition_is_the_unit():
    assert _slavic("Сообщается о 200 погибших в Харькове.", "ru") == [("200", 200, 200, "exact", "погибший")]


def test_a_day_range_before_a_month_is_a_date():
    assert _slavic("С 1 по 8 января прошли 11 эшелонов.", "ru") == [("11", 11, 11, "exact", "эшелон")]


def test_an_ordinal_after_a_number_word_is_a_name():
    assert _slavic("Пятьсот первая бригада отошла.", "ru") == []


def test_the_lexicon_read_afresh_gives_the_same_figures():
    # the lexicon is cached per process; reading it again must give the cue tables, vague words, labels and
    # ordinal stems it gave before
    slavic_lexicon.cache_clear()
    try:
        assert _slavic("Уехали несколько тысяч человек.", "ru") == [
            ("несколько тысяч", 1000, 10000, "range", "человек")]
        assert _slavic("Погибли сотни мирных жителей.", "ru") == [("сотни", 100, 1000, "range", "житель")]
        assert _slavic("Взята в плен тысяча с лишним солдат.", "ru") == [
            ("тысяча с лишним", 1000, None, "more_than", "солдат")]
        assert _slavic("Возбуждено дело по ст. 205 УК.", "ru") == []
        assert _slavic("П'ятнадцята бригада відійшла.", "uk") == []
        assert _slavic("Сто п'ятнадцята бригада відійшла.", "uk") == []    # an ordinal by its stem
        assert _slavic("Около 170 танков и 200 бронемашин.", "ru")[1][3] == "approx"
    finally:
        slavic_lexicon.cache_clear()
