"""Restated figures of a disaster or an aid package (issue 10): a sending verb's future is a plan whatever is sent
("will send 60 tanks"; a supply or a pledge stays pledged), an evacuation noun or the evacuees themselves make the
displaced, and fusion puts the people evacuated (people / residents / evacuees) on one series and a toll's dead
(people killed / the death toll) on one, so that two tolls said on one day by two sources are compared."""
from __future__ import annotations

import pytest

from sitroom.analyze import analyze
from sitroom.analyze.claims import series_kind
from sitroom.api import ingest
from sitroom.fuse import contradictions, figure_series
from sitroom.model import Document, content_id
from sitroom.store import Store


def _claim(text: str, figure: str):
    ex = analyze(Document(id=content_id(text), text=text, published="2024-05-14"))
    found = [c for c in ex.claims if c.text == figure]
    assert found, [c.text for c in ex.claims]
    return found[0]


@pytest.mark.parametrize("text, figure", [
    ("Poland will send 60 tanks to Ukraine, the defence minister said.", "60"),
    ("Norway would send 12 howitzers to Estonia next year, officials said.", "12"),
])
def test_things_that_will_be_sent_are_planned(text, figure):
    assert _claim(text, figure).status == "planned"


def test_things_promised_or_to_be_supplied_stay_pledged():
    assert _claim("Germany will supply 40 armoured vehicles to Ukraine, Berlin said.", "40").status == "pledged"
    assert _claim("Spain pledged 10 tanks to Ukraine on Monday.", "10").status == "pledged"


@pytest.mark.parametrize("text, figure", [
    ("The evacuation of around 5,000 residents continued overnight, the mayor said.", "around 5,000"),
    ("The Red Cross is supporting some 3,000 evacuees with food and water.", "some 3,000"),
])
def test_an_evacuation_or_its_evacuees_are_displaced(text, figure):
    assert _claim(text, figure).status == "displaced"


def test_evacuees_in_a_state_the_clause_gives_keep_it():
    assert _claim("Two evacuees were killed when the bus overturned.", "Two").status == "killed"


def test_the_series_of_a_status_counts_the_same_people_whatever_the_word():
    assert series_kind("people", "displaced") == series_kind("civilians", "displaced") == "refugees"
    assert series_kind("people", "killed") == "casualties"
    assert series_kind("civilians", "killed") == "civilians"          # civilians killed: a part of a toll
    assert series_kind("people", "present") == "people"
    assert series_kind("personnel", "killed") == "personnel"


PAGES = {
    "a-wire.txt": """Floods force thousands from their homes in Moldova

14 May 2024, 10:00

CAHUL, May 14 (Example Wire) - About 6,000 people have been evacuated from Cahul in Moldova after the Prut burst its banks, the emergency service said on Tuesday. Nine people have died, the service said.
""",
    "b-local.txt": """Evacuation goes on in Moldova's south

14 May 2024, 18:00

Some 6,000 residents of Cahul in Moldova have been evacuated so far, the mayor's office said. The death toll stands at nine, the emergency service said.
""",
    "c-channel.txt": """Moldova floods: what the authorities do not say

14 May 2024, 21:00

At least 30 people have died in Cahul in Moldova, not nine, local volunteers said.
""",
}


def test_restated_evacuations_make_one_series_and_two_tolls_of_one_day_conflict(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    for name, text in PAGES.items():
        (folder / name).write_text(text, encoding="utf-8")
    store = Store(tmp_path / "t.db")
    try:
        assert ingest([folder], store).ok
        displaced = [s for s in figure_series(store) if "displaced" in s.statuses]
        assert len(displaced) == 1 and displaced[0].counted == "refugees"
        assert {p.lower for p in displaced[0].points} == {6000}
        assert len(displaced[0].points) == 2
        flags = contradictions(store)
        assert {(f.a.lower, f.b.lower) for f in flags} & {(9, 30), (30, 9)}
        assert all({f.a.lower, f.b.lower} & {30} for f in flags)       # the restated evacuations do not clash
    finally:
        store.close()
