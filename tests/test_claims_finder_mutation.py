"""Behaviour tests for the English claims finder (claims/_finder.py), written from the survivors of its mutation run
(`python scripts/mutation.py claims_finder`, session mut6): where a side's own forces are, what a bare figure in a
later paragraph counts, the whole of a part, an outlet's recap of itself, the side of a live blog's entry, the country
a text is about when things came from elsewhere. Own short sentences, not from benchmarks/data."""
from __future__ import annotations

from sitroom.analyze import analyze
from sitroom.model import Document, content_id


def claims(text: str, title: str | None = None, outlet: str | None = None):
    doc = Document(id=content_id(text, title), text=text, title=title, published="2023-05-04", outlet=outlet)
    return [c for c in analyze(doc).claims if c.section == "body"]


def claim(text: str, figure: str, title: str | None = None, outlet: str | None = None):
    found = [c for c in claims(text, title, outlet) if c.text == figure]
    assert found, (figure, [c.text for c in claims(text, title, outlet)])
    return found[0]


def country(place_or_entity) -> str | None:
    return None if place_or_entity is None else place_or_entity.country


# ------------------------------------------------------------------ a side's own forces, at home or not

def test_a_sides_forces_with_no_place_said_are_at_home():
    c = claim("North Korea has about 1,000 troops.", "about 1,000", title="Japan on alert")
    assert country(c.owner) == "PRK" and country(c.location) == "PRK"


def test_forces_a_side_has_abroad_are_not_placed_at_home():
    for text in ("North Korea has about 1,000 troops abroad.", "North Korea has about 1,000 troops there."):
        c = claim(text, "about 1,000", title="Japan on alert")
        assert country(c.owner) == "PRK" and country(c.location) != "PRK", text


def test_a_place_inside_a_relative_clause_about_the_forces_does_not_move_them():
    # "which analysts in Seoul count": who counts them, not where they are
    c = claim("North Korea has about 1,000 troops, which analysts in Seoul count.", "about 1,000",
              title="Japan on alert")
    assert country(c.location) == "PRK"


# ------------------------------------------------------------------ a bare figure in a later paragraph

def test_a_bare_passive_subject_in_the_next_paragraph_counts_what_the_text_counts():
    got = claims("Russia sent 9,000 troops to Belarus.\n\nMore than 3,000 were moved into Brest.")
    later = [c for c in got if c.text == "More than 3,000"]
    assert later and later[0].counted == "personnel"
    assert later[0].location is not None and later[0].location.name == "Brest"


# ------------------------------------------------------------------ the whole of a force

def test_a_figure_in_total_under_a_headline_on_one_town_is_the_countrys():
    c = claim("The group will number 7,500 in total.", "7,500", title="Troops arrive in Brest")
    assert c.location is not None and c.location.kind == "country" and c.location.country == "BLR"


def test_people_a_force_numbers_are_personnel_but_a_crowds_are_people():
    assert claim("The contingent will number about 9,000 people.", "about 9,000").counted == "personnel"
    assert claim("The crowd numbered about 5,000 people.", "about 5,000").counted == "people"


# ------------------------------------------------------------------ an outlet citing its own earlier report

def test_an_outlet_recapping_its_own_dated_report_is_not_the_claimant_but_its_current_finding_is():
    outlet = "Institute for the Study of War"
    recap = claim("ISW reported on October 12 that Russia had lost 300 tanks.", "300", "ISW update", outlet)
    assert recap.source is None
    current = claim("ISW assesses that Russia has lost 300 tanks.", "300", "ISW update", outlet)
    assert current.source is not None and current.source.text == "ISW"


# ------------------------------------------------------------------ the claimant of pictures

def test_pictures_a_named_body_released_are_its_claim_with_its_name_resolved():
    c = claim("Images released by the Ukrainian army show 40 tanks near Bakhmut.", "40")
    assert c.source is not None and c.source.text == "the Ukrainian army"
    assert c.source.country == "UKR" and c.source.name


# ------------------------------------------------------------------ "in the country"

def test_in_the_country_is_the_country_named_before_not_the_headlines():
    c = claim("In Belarus, officials said 9,000 troops would arrive in the country.", "9,000", title="Poland on alert")
    assert country(c.location) == "BLR"
    c = claim("Belarus announced that 9,000 troops will arrive in the country, officials said.", "9,000",
              title="Poland on alert")
    assert country(c.location) == "BLR" and c.location.kind == "country"


# ------------------------------------------------------------------ an estimate's object names the side

def test_put_the_number_of_a_sides_troops_at_gives_that_side():
    c = claim("Western officials put the number of Russian troops in Belarus at 1,000.", "1,000")
    assert country(c.owner) == "RUS" and country(c.location) == "BLR"


# ------------------------------------------------------------------ the country of a text things came to

def test_things_that_came_from_elsewhere_are_in_the_country_the_text_is_about():
    c = claim("Troops gathered near Brest and Grodno, close to Poland.\n\nMost of the 9,000 troops arrived from Russia.",
              "9,000")
    assert c.location is not None and c.location.kind == "country" and c.location.country == "BLR"


# ------------------------------------------------------------------ a part and its whole

def test_a_part_with_only_a_lower_bound_is_part_of_the_whole():
    got = claims("The army sent 40 tanks, more than 30 of them T-72s.")
    whole = next(c for c in got if c.text == "40")
    part = next(c for c in got if c.text == "more than 30")
    assert part.part_of == whole.id and whole.part_of is None


def test_a_part_counted_of_them_is_part_of_the_whole_before_it():
    got = claims("The army sent 40 tanks, 12 of them T-72s.")
    whole = next(c for c in got if c.text == "40")
    part = next(c for c in got if c.text == "12")
    assert part.part_of == whole.id and part.counted == "tanks"


# ------------------------------------------------------------------ the demonym before a figure

def test_the_demonym_before_an_estimate_is_who_counts_and_an_earlier_one_is_the_side():
    c = claim("Russian crews are at work: the latest American estimate is 40 tanks.", "40")
    assert country(c.owner) == "RUS"


def test_a_demonym_inside_what_a_source_said_is_the_side_of_a_later_figure():
    c = claim("Officials said Russian units moved north and 40 tanks crossed into Belarus.", "40")
    assert country(c.owner) == "RUS" and country(c.location) == "BLR"


# ------------------------------------------------------------------ two places of one country before a figure

def test_a_force_based_in_two_towns_is_in_their_country():
    c = claim("Russian troops are based in Brest and Grodno. The group will number 7,500.", "7,500")
    assert c.location is not None and c.location.kind == "country"
    assert c.location.country == "BLR" and c.location.name == "Belarus"


# ------------------------------------------------------------------ a side's package set off by a dash

def test_a_package_a_side_gives_is_not_placed_in_that_side():
    got = claims("Officials in Warsaw spoke on Monday. Poland's latest package — 60 tanks and 14 howitzers — is the "
                 "largest yet.")
    for figure in ("60", "14"):
        c = next(x for x in got if x.text == figure)
        assert country(c.owner) == "POL", figure
        assert country(c.location) != "POL", figure


# ------------------------------------------------------------------ "no more than": a bound, not a negation

def test_no_more_than_is_a_bound_asserted_or_reported_and_a_modal_stays():
    assert claim("No more than 300 soldiers arrived in Brest.", "No more than 300").modality == "asserted"
    assert claim("No more than 300 soldiers arrived in Brest, officials said.", "No more than 300").modality == \
        "reported"
    assert claim("No more than 300 soldiers may arrive in Brest.", "No more than 300").modality == "hypothetical"


# ------------------------------------------------------------------ evidence offsets

def test_the_evidence_is_the_figures_own_sentence_with_its_offsets():
    text = "Officials said 40 tanks arrived. Another 20 are expected."
    c = claim(text, "20")
    assert c.evidence.sentence == "Another 20 are expected."
    assert text[c.evidence.start:c.evidence.end] == c.evidence.sentence


# ------------------------------------------------------------------ ratios

def test_neither_figure_of_a_ratio_is_a_count():
    assert claims("One in six children in the region is malnourished, the agency said.") == []
    assert claims("The agency said one in every 20 soldiers deserted.") == []


# ------------------------------------------------------------------ what a capitalised noun counts

def test_a_demonym_as_the_counted_noun_counts_people_of_that_country():
    c = claim("The agency said 10,000 Palestinians fled to the south.", "10,000")
    assert c.counted == "people" and country(c.owner) == "PSE"


def test_a_capitalised_noun_outside_the_taxonomy_is_no_count():
    assert claims("The shop sold 40 Widgets on Monday.") == []
