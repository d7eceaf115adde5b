"""Quantities layer: numbers, bounds, qualifiers and counted nouns in wire-style sentences."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitroom.analyze.quantities import find_quantities, find_quantities_in_text
from sitroom.analyze.quantities._numbers import digit_value, read_atom, split_words
from sitroom.model import QUALIFIERS
from sitroom.nlp import parse


def only(text: str):
    qs = find_quantities_in_text(text)
    assert len(qs) == 1, [(q.text, q.lower, q.upper) for q in qs]
    return qs[0]


def triple(q):
    return (q.lower, q.upper, q.qualifier)


# --------------------------------------------------------------------------- numbers as written

@pytest.mark.parametrize("sentence, value", [
    ("Officials said 9,000 troops crossed the border.", 9000),
    ("Officials said 9 000 troops crossed the border.", 9000),
    ("Officials said nine thousand troops crossed the border.", 9000),
    ("Officials said a thousand troops crossed the border.", 1000),
    ("Officials said 1.5 thousand troops crossed the border.", 1500),
    ("Officials said 40k troops crossed the border.", 40000),
    ("Officials said 2.5 million people fled the region.", 2_500_000),
    ("Officials said one hundred and fifty people fled.", 150),
    ("Officials said twenty-five people fled.", 25),
    ("Officials said half a million people fled.", 500_000),
    ("Officials said two dozen people fled.", 24),
    ("The census counted 4 hundred million people.", 400_000_000),
    ("Officials said one and a half thousand troops crossed the border.", 1500),
    ("Officials said three and a half million people fled.", 3_500_000),
    ("Officials said two and a half battalions crossed the border.", 2.5),
])
def test_number_forms(sentence, value):
    q = only(sentence)
    assert (q.lower, q.upper, q.qualifier) == (value, value, "exact")


def test_and_a_half_ends_the_number():
    values = sorted(q.lower for q in find_quantities(parse("Two and a half battalions and three hundred tanks arrived.")))
    assert values == [2.5, 300]


def test_decimal_comma_locale_reads_dots_as_thousands():
    doc = parse("Die Armee verlegte 9.000 Soldaten und 2,5 Millionen Schuss.")
    values = [q.lower for q in find_quantities(doc, decimal_comma=True)]
    assert 9000 in values
    assert digit_value("2,5", decimal_comma=True) == 2.5
    assert digit_value("9.000") == 9.0          # English reading: nine point zero


def test_read_atom_refuses_ordinals():
    text = "the 22nd brigade"
    words = split_words(text)
    assert read_atom(text, words, 1) is None


# --------------------------------------------------------------------------- qualifiers and bounds

@pytest.mark.parametrize("sentence, expected", [
    ("About 9,000 soldiers arrived on Sunday.", (9000, 9000, "approx")),
    ("Around 300 civilians sheltered in the plant.", (300, 300, "approx")),
    ("Some 300 civilians sheltered in the plant.", (300, 300, "approx")),
    ("Roughly 300 civilians sheltered in the plant.", (300, 300, "approx")),
    ("Nearly 300 civilians sheltered in the plant.", (300, 300, "approx")),
    ("Almost 300 civilians sheltered in the plant.", (300, 300, "approx")),
    ("Just under 9,000 soldiers arrived on Sunday.", (9000, 9000, "approx")),
    ("Approximately 300 civilians sheltered in the plant.", (300, 300, "approx")),
    ("An estimated 300 civilians sheltered in the plant.", (300, 300, "approx")),
    ("More than 1,000 soldiers arrived on Sunday.", (1000, None, "more_than")),
    ("Over 1,000 soldiers arrived on Sunday.", (1000, None, "more_than")),
    ("At least 12 people were killed in the strike.", (12, None, "at_least")),
    ("Up to 1,000 soldiers arrived on Sunday.", (None, 1000, "up_to")),
    ("As many as 1,000 soldiers arrived on Sunday.", (None, 1000, "up_to")),
    ("Fewer than 50 soldiers stayed behind.", (None, 50, "less_than")),
    ("Less than 50 tonnes of grain left the port.", (None, 50, "less_than")),
    ("No more than 50 observers were allowed in.", (None, 50, "at_most")),
    ("A total of 9,000 troops would be transferred.", (9000, 9000, "exact")),
    ("The army sent 1,000-plus soldiers to the front.", (1000, None, "more_than")),
    ("The army sent 50 or more tanks to the front.", (50, None, "at_least")),
])
def test_qualifiers(sentence, expected):
    assert triple(only(sentence)) == expected


@pytest.mark.parametrize("sentence", [
    "Between 200 and 300 civilians were evacuated.",
    "From 200 to 300 civilians were evacuated each day.",
    "Officials said 200-300 civilians were evacuated.",
    "Officials said 200 to 300 civilians were evacuated.",
])
def test_ranges(sentence):
    q = only(sentence)
    assert triple(q) == (200, 300, "range")
    assert q.text[0].isdigit() or q.text.lower().startswith(("between", "from"))


def test_range_scale_reaches_back_to_the_lower_end():
    assert triple(only("There are four to five thousand people in the camp.")) == (4000, 5000, "range")
    assert triple(only("The fine could reach $3 billion to $5 billion.")) == (3e9, 5e9, "range")


def test_percent_range_with_repeated_sign():
    q = only("Prices are expected to rise between 5% and 6% this year.")
    assert (triple(q), q.unit) == ((5, 6, "range"), "percent")


def test_change_and_level_are_not_a_range():
    qs = find_quantities_in_text("Shares rose 9.4 per cent to $84 on Monday.")
    assert [(q.lower, q.unit) for q in qs] == [(9.4, "percent"), (84, "dollars")]


@pytest.mark.parametrize("sentence, lower, upper", [
    ("Dozens of people were wounded in the shelling.", 12, 120),
    ("Hundreds of people were wounded in the shelling.", 100, 1000),
    ("Thousands of people fled the city.", 1000, 10000),
    ("Tens of thousands of people fled the city.", 10000, 100000),
    ("Hundreds of thousands of people fled the city.", 100000, 1000000),
    ("Millions of people lost power.", 1e6, 1e7),
])
def test_vague_amounts_are_ranges_of_one_order_of_magnitude(sentence, lower, upper):
    q = only(sentence)
    assert (q.lower, q.upper, q.qualifier, q.unit) == (lower, upper, "range", "people")


# --------------------------------------------------------------------------- units

@pytest.mark.parametrize("sentence, unit", [
    ("Nine thousand Russian troops arrived.", "troops"),
    ("The convoy carried 40 armoured vehicles.", "vehicles"),
    ("Kyiv said 12 Iranian-made drones were shot down.", "drones"),
    ("The ministry announced 1,200 job cuts.", "cuts"),
    ("Washington pledged $2.5 billion in aid.", "dollars"),
    ("Brussels pledged €500 million in aid.", "euros"),
    ("London pledged £300 million in aid.", "pounds"),
    ("Inflation hit 12% in March.", "percent"),
    ("Inflation hit 12 per cent in March.", "percent"),
    ("Inflation hit 12 percent in March.", "percent"),
])
def test_units(sentence, unit):
    q = only(sentence)
    assert q.unit == unit
    if q.unit_start is not None and unit in ("troops", "vehicles", "drones", "cuts"):
        assert sentence[q.unit_start:q.unit_end] == unit


def test_list_of_counts_gets_one_unit_each_and_shares_the_qualifier():
    qs = find_quantities_in_text("Russia moved some 170 tanks and 200 armoured vehicles to the border.")
    assert [(q.lower, q.qualifier, q.unit) for q in qs] == [(170, "approx", "tanks"), (200, "approx", "vehicles")]


def test_exact_list_stays_exact():
    qs = find_quantities_in_text("The brigade lost 17 tanks and 20 trucks.")
    assert [(q.lower, q.qualifier, q.unit) for q in qs] == [(17, "exact", "tanks"), (20, "exact", "trucks")]


def test_bare_number_borrows_the_next_unit():
    qs = find_quantities_in_text("A meal costs eight or nine euros there.")
    assert [(q.lower, q.unit) for q in qs] == [(8, "euros"), (9, "euros")]


# --------------------------------------------------------------------------- phrases from reporting

def test_quoted_figure():
    text = 'Lukashenko said Minsk would deploy "more than one thousand" Russian soldiers.'
    q = only(text)
    assert (triple(q), q.unit, q.text) == ((1000, None, "more_than"), "soldiers", "more than one thousand")
    assert text[q.start:q.end] == q.text


def test_total_of_words():
    q = only("The ministry said a total of nine thousand Russian troops would be transferred.")
    assert (triple(q), q.unit, q.text) == ((9000, 9000, "exact"), "troops", "a total of nine thousand")


def test_up_to_a_thousand():
    q = only("The general staff said up to a thousand Russian soldiers had arrived.")
    assert (triple(q), q.unit, q.text) == ((None, 1000, "up_to"), "soldiers", "up to a thousand")


def test_thousand_plus():
    q = only("The garrison is smaller than the thousand-plus that Minsk requested.")
    assert triple(q) == (1000, None, "more_than")


def test_negative_values():
    q = only("The index closed at -1.3% on Friday.")
    assert (q.lower, q.unit) == (-1.3, "percent")


def test_fractions():
    assert only("Nearly a third of the villages were destroyed.").lower == pytest.approx(1 / 3)
    assert only("Half the residents have left.").lower == 0.5


# --------------------------------------------------------------------------- not quantities

@pytest.mark.parametrize("sentence", [
    "The war began in 2022 and escalated sharply.",
    "The talks were held on Oct. 16 in Minsk.",
    "The talks were held on 16 October in Minsk.",
    "The convoy left at 5 pm local time.",
    "The convoy left at 10:45 local time.",
    "The 1st Tank Army moved north.",
    "Brigade 155 moved north.",
    "The 22nd brigade moved north.",
    "Soldiers of the 3rd battalion moved north.",
    "Call the hotline on 555-123-4567 for details.",
    "The report was dated 2022-10-16 in the archive.",
    "The T-72 remains the backbone of the fleet.",
    "COVID-19 spread through the camp.",
    "Oleksandr Kovalenko, 45, said the shelling lasted all night.",
    "The first half of the year was quiet.",
    "Nobody expected the final score of 2-1 in the derby.",
    "No one was hurt when the drone struck.",
])
def test_not_quantities(sentence):
    assert find_quantities_in_text(sentence) == [], [q.text for q in find_quantities_in_text(sentence)]


def test_figures_next_to_dates_are_kept():
    qs = find_quantities_in_text("On Oct. 13, 2022, about 1,000 soldiers arrived in 30 trains.")
    assert [(q.lower, q.unit) for q in qs] == [(1000, "soldiers"), (30, "trains")]


def test_offsets_and_qualifier_vocabulary():
    text = "Between 200 and 300 civilians and about 9,000 troops, over $2 billion and 12% more."
    for q in find_quantities_in_text(text):
        assert text[q.start:q.end] == q.text
        assert q.qualifier in QUALIFIERS
        if q.unit_start is not None:
            assert 0 <= q.unit_start < q.unit_end <= len(text)


# --------------------------------------------------------------------------- robustness

_PIECES = st.sampled_from([
    "about", "more than", "up to", "between", "and", "to", "from", "-", "–", "some", "nearly", "the", "a",
    "thousand", "thousands", "of", "tens", "dozens", "nine", "twenty-five", "one", "half", "third", "$", "€",
    "%", "per cent", "troops", "tanks", "Brigade", "Oct.", "2022", "5 pm", "10:45", "1/2", "9/11", "1st",
    '"', "“", "”", ",", ".", "(", ")", "-plus", "or more", "9,000", "9 000", "9.000", "1.5", ".5", "40k",
    "2.5bn", "USD10m", "$US5", "minus", "×10−3", "Section", "iPhone", "12", "0", "007", "555-123-4567",
])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECES, min_size=1, max_size=14), st.lists(st.sampled_from([" ", "", "  "]), min_size=14,
                                                            max_size=14))
def test_never_crashes_and_spans_slice(pieces, gaps):
    text = "".join(p + g for p, g in zip(pieces, gaps))
    for q in find_quantities_in_text(text):
        assert text[q.start:q.end] == q.text
        assert q.qualifier in QUALIFIERS
        assert q.lower is not None or q.upper is not None
        if q.lower is not None and q.upper is not None:
            assert q.lower <= q.upper
        if q.unit_start is not None:
            assert 0 <= q.unit_start <= q.unit_end <= len(text)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=80))
def test_arbitrary_text_never_crashes(text):
    for q in find_quantities_in_text(text):
        assert text[q.start:q.end] == q.text


def test_the_verb_number_before_a_figure_is_no_label():
    assert [q.lower for q in find_quantities_in_text("The contingent would number 9,000.")] == [9000]
    assert find_quantities_in_text("He wore number 9.") == []


@pytest.mark.parametrize("text", ['Lukashenko said "a little more than one thousand" servicemen would come.',
                                  "Just fewer than 500 people were evacuated.", "A bit over 2,000 soldiers arrived."])
def test_a_little_more_or_just_fewer_than_is_approximate(text):
    q = find_quantities_in_text(text)[0]
    assert q.qualifier == "approx" and q.lower == q.upper
