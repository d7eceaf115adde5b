"""Behaviour tests for the English status rules (claims/_status.py), written after a mutation run
(scripts/mutation.py group claims_status): movement nouns, partitive wholes, the whole of a part that arrived,
place-holding verbs, containers. Own short sentences, not from benchmarks/data."""
from __future__ import annotations

import pytest

from sitroom.analyze import analyze
from sitroom.model import Document, content_id


def statuses(text: str) -> dict[str, str]:
    ex = analyze(Document(id=content_id(text, None), text=text, title=None, published="2023-05-04"))
    return {c.text: c.status for c in ex.claims}


@pytest.mark.parametrize("text, figure, expected", [
    # a movement noun: its clause begins, continues or completes it (the flow's own state)
    ("The deployment of 9,000 troops began on Monday.", "9,000", "arrived"),
    ("The withdrawal of 7,500 soldiers began on Monday.", "7,500", "departed"),
    ("Belarus completed the withdrawal of 7,500 soldiers.", "7,500", "departed"),
    ("The re-deployment of 9,000 troops began on Monday.", "9,000", "arrived"),      # a hyphenated noun
    ("The deployment of 9,000 troops is under way.", "9,000", "arrived"),
    ("The deployment of 9,000 troops is ongoing.", "9,000", "arrived"),
    # ... or a future, an announcement, a planned noun
    ("The deployment of 9,000 troops will begin next week.", "9,000", "planned"),
    ("The proposed deployment of 9,000 troops angered Kyiv.", "9,000", "planned"),
    ("Minsk announced the deployment of 9,000 troops.", "9,000", "planned"),
    # a copula around it tells no state
    ("The deployment of 9,000 troops is the largest since 1991.", "9,000", "reported"),
])
def test_a_movement_noun_gives_its_figure_the_movement_state(text, figure, expected):
    assert statuses(text)[figure] == expected


@pytest.mark.parametrize("text, part, whole, part_st, whole_st", [
    # a part arrived or delivered: the whole is the announced total, still planned
    ("38 of the 40 tanks had been unloaded.", "38", "40", "arrived", "planned"),
    ("Thirty of the 40 tanks were delivered.", "Thirty", "40", "delivered", "planned"),
    # a part destroyed or killed: the part's clause is not the whole's
    ("Gunmen destroyed 12 of the 40 tanks.", "12", "40", "destroyed", "reported"),
    # launched things: the whole was all sent
    ("Air defences downed 30 of 40 drones.", "30", "40", "destroyed", "attacked"),
    # the whole's own participle still tells its state
    ("300 of the 900 conscripts called up have arrived.", "300", "900", "arrived", "ordered"),
])
def test_a_partitive_whole_takes_its_state_from_its_own_words(text, part, whole, part_st, whole_st):
    st = statuses(text)
    assert (st[part], st[whole]) == (part_st, whole_st)


@pytest.mark.parametrize("text, expected", [
    ("The first of four systems has arrived.", "planned"),
    ("The first of four systems was destroyed.", "destroyed"),     # a part destroyed keeps the verb's state
])
def test_the_whole_of_a_first_part(text, expected):
    assert statuses(text)["four"] == expected


@pytest.mark.parametrize("text, figure, expected", [
    ("Camps hold 400,000 refugees.", "400,000", "present"),
    ("Farchana now holds 35,000 refugees.", "35,000", "present"),      # a place name
    ("The base now houses 40 tanks.", "40", "present"),     # a holding verb with no status of its own
    ("The hall accommodates 500 soldiers.", "500", "present"),
    ("Russia holds 1,500 prisoners.", "1,500", "captured"),          # a country is a side
    ("The rebels hold 30 soldiers.", "30", "captured"),
])
def test_a_place_holds_what_is_there_a_side_holds_captives(text, figure, expected):
    assert statuses(text)[figure] == expected


@pytest.mark.parametrize("text, figure, expected", [
    ("The aid package includes 31 tanks.", "31", "pledged"),
    ("The latest tranche of aid contains 12 howitzers.", "12", "pledged"),     # through the holder's of-noun
    ("Five children were among the dead.", "Five", "killed"),
    ("Some 950,000 people were forced to flee their homes.", "Some 950,000", "displaced"),
    ("12,000 people have had to leave their homes.", "12,000", "displaced"),
    ("600 reservists reported to the barracks.", "600", "arrived"),
])
def test_holders_groups_and_homes(text, figure, expected):
    assert statuses(text)[figure] == expected


@pytest.mark.parametrize("text, figure, expected", [
    ("Up to 9,000 troops could be deployed.", "Up to 9,000", "planned"),          # a modal: still to come
    ("About 300 soldiers may have arrived in Minsk.", "About 300", "arrived"),    # a modal perfect: done
    ("About 9,000 troops are to be deployed to Belarus.", "About 9,000", "planned"),
    ("The decision to transfer 300 soldiers angered Kyiv.", "300", "planned"),    # an intention noun
    ("Russia is expected to deploy 300 soldiers.", "300", "planned"),
    ("• 300 soldiers sent to Belarus (ministry)", "300", "arrived"),              # troops sent are deployed
    ("Rebels forced 5,000 villagers to leave their homes.", "5,000", "displaced"),
])
def test_futures_and_reduced_clauses(text, figure, expected):
    assert statuses(text)[figure] == expected


@pytest.mark.parametrize("text, figure, expected", [
    ("The number of troops reached 9,000.", "9,000", "present"),       # a measure noun's verb: the size now
    ("The number of troops could reach 9,000.", "9,000", "planned"),
    ("Rescuers evacuated 60 patients.", "60", "displaced"),            # removing civilians displaces them
    ("The ministry reported 300 soldiers.", "300", "reported"),        # 'report' as speech, not a move
    ("600 reservists reported to the barracks.", "600", "arrived"),    # ... and as a move
])
def test_measures_removals_and_reports(text, figure, expected):
    assert statuses(text)[figure] == expected
