"""Figure claims: rules of news language behind known wrong claims (issue 10's list after outlets4), each on short
texts written for these tests: kinds of aircraft, a deployment noun's own figure, a partitive's whole, vague amounts
with bounds, a quotation inside a qualifier, a place before a headline colon, the claims JSON's as-of date, and the
two "outlet" tests kept apart."""
from __future__ import annotations

import json

import pytest

from sitroom.analyze.claims import broader_kind, kind_of_text, kinds_within
from sitroom.model import Document, content_id


def claims_of(text: str, title: str | None = None, outlet: str | None = None, published: str = "2023-05-04"):
    from sitroom.analyze import analyze

    return analyze(Document(id=content_id(text, title), text=text, title=title, published=published, outlet=outlet))


def claim(ex, figure: str):
    found = [c for c in ex.claims if c.text == figure]
    assert found, (figure, [c.text for c in ex.claims])
    return found[0]


# ------------------------------------------------------------------ 1. kinds of aircraft

@pytest.mark.parametrize("written, kind", [
    ("Mi-8 helicopters", "helicopters"), ("attack helicopters", "helicopters"), ("choppers", "helicopters"),
    ("fighter jets", "combat_aircraft"), ("Su-34 bombers", "combat_aircraft"), ("warplanes", "combat_aircraft"),
    ("transport aircraft", "transport_aircraft"), ("cargo planes", "transport_aircraft"),
    ("Il-76 aircraft", "transport_aircraft"),          # a generic noun with a transport's name
    ("Mi-24 aircraft", "helicopters"),
    ("aircraft", "aircraft"), ("military aircraft", "aircraft"), ("planes", "aircraft"),   # generic stays generic
    ("drones", "drones"), ("unmanned aircraft", "drones"),
])
def test_kinds_of_aircraft_as_the_text_names_them(written, kind):
    assert kind_of_text(written) == kind


def test_narrower_aircraft_kinds_are_aircraft():
    assert {broader_kind(k) for k in ("helicopters", "combat_aircraft", "transport_aircraft")} == {"aircraft"}
    assert broader_kind("drones") == "drones" and broader_kind("tanks") == "tanks"
    assert kinds_within("aircraft") == {"aircraft", "helicopters", "combat_aircraft", "transport_aircraft"}
    assert kinds_within("tanks") == {"tanks"}


PAGES = {
    "a-2023-05-02.txt": """Helicopters to fly to Belarus

2 May 2023

Russia will send 12 Mi-8 helicopters to Belarus next week, the Belarusian defence ministry said on Tuesday.
""",
    "b-2023-05-02.txt": """Transport planes for the exercise

2 May 2023

Russia will send eight Il-76 transport aircraft to Belarus next week, the Belarusian defence ministry said on Tuesday.
""",
}


def test_helicopters_and_transport_aircraft_of_one_plan_are_no_contradiction(tmp_path):
    from sitroom.api import ingest
    from sitroom.fuse import contradictions, figure_series
    from sitroom.store import Store

    folder = tmp_path / "pages"
    folder.mkdir()
    for name, text in PAGES.items():
        (folder / name).write_text(text, encoding="utf-8")
    with Store(tmp_path / "s.db") as store:
        assert ingest([folder], store).ok
        assert contradictions(store) == []
        kinds = {s.counted: [p.figure for p in s.points] for s in figure_series(store)}
        assert kinds["helicopters"] == ["12"] and kinds["transport_aircraft"] == ["8"]
        assert {s.counted for s in figure_series(store, "aircraft")} == {"helicopters", "transport_aircraft"}
        assert {r["kind"] for r in store.claims(kind=kinds_within("aircraft"))} == {"helicopters",
                                                                                    "transport_aircraft"}
