"""A part of a counted whole ("40 trucks, 12 of them fuel tankers", "2,000 soldiers, including 300 paratroopers",
"150 soldiers, among them 20 officers") is a claim that points at the whole's claim (`part_of`, in the JSON output
and the schema); it counts in the whole's state, and fusion does not set it against the whole another outlet
gives."""
from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from sitroom.api import ingest
from sitroom.fuse import contradictions, figure_series
from sitroom.model import claim_to_dict
from sitroom.store import Store
from test_claims import SCHEMA, claim, claims_of


@pytest.mark.parametrize("text, whole, part", [
    ("Norway has sent 40 trucks to Moldova, 12 of them fuel tankers.", "40", "12"),
    ("A force of 2,000 soldiers, including 300 paratroopers, arrived in Moldova.", "2,000", "300"),
    ("The battalion has 150 soldiers in Moldova, among them 20 officers.", "150", "20"),
])
def test_a_part_points_at_its_whole(text, whole, part):
    ex = claims_of(text, title="Troops for Moldova")
    w, p = claim(ex, whole), claim(ex, part)
    assert p.part_of == w.id
    assert w.part_of is None
    from sitroom.analyze.claims import broader_kind
    assert broader_kind(p.counted) == broader_kind(w.counted) and p.status == w.status   # officers: personnel


def test_figures_of_a_list_are_no_parts():
    ex = claims_of("Norway has sent 40 trucks and 12 fuel tankers to Moldova.", title="Aid for Moldova")
    assert claim(ex, "12").part_of is None


def test_a_part_larger_than_the_whole_is_none():
    ex = claims_of("Norway has sent 40 trucks to Moldova, including 60 from storage.", title="Aid for Moldova")
    assert all(c.part_of is None for c in ex.claims)


def test_part_of_is_in_the_json_output_and_valid_against_the_schema():
    ex = claims_of("A force of 2,000 soldiers, including 300 paratroopers, arrived in Moldova.", title="Troops")
    out = [claim_to_dict(c) for c in ex.claims]
    assert [d["part_of"] for d in out] == [None, out[0]["id"]]
    claim_schema = {**SCHEMA["$defs"]["claim"], "$defs": SCHEMA["$defs"]}
    for d in out:
        jsonschema.validate(d, claim_schema)
    assert "part_of" in SCHEMA["$defs"]["claim"]["properties"]


REPORTS = {
    "a-wire.txt": "Norway to send trucks to Moldova\n\n4 May 2023\n\nNorway will send 40 military trucks to Moldova, "
                  "12 of them fuel tankers, the defence ministry in Oslo said on Thursday.\n",
    "b-daily.txt": "Oslo's trucks for Chisinau\n\n4 May 2023\n\nNorway will send 40 military trucks to Moldova, "
                   "Moldova's defence minister said on Thursday.\n",
}


def test_a_part_does_not_contradict_the_whole_another_outlet_gives(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    for name, text in REPORTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    store = Store(tmp_path / "parts.db")
    try:
        assert ingest([folder], store).ok
        assert contradictions(store) == []
        points = [p for s in figure_series(store) for p in s.points if s.topic_key.startswith("trucks|")]
        assert sorted(p.lower for p in points) == [40.0, 40.0]
    finally:
        store.close()


def test_a_part_counted_among_the_dead_is_dead_and_children_are_no_sides():
    ex = claims_of("Rebel shelling killed at least 32 people in Balti on Monday, including 11 children, the mayor "
                   "said.", title="Shelling in Moldova")
    whole, part = claim(ex, "at least 32"), claim(ex, "11")
    assert part.part_of == whole.id and part.status == "killed"
    assert part.owner is None
