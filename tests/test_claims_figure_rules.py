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


# ------------------------------------------------------------------ 2. a movement noun's own figure

@pytest.mark.parametrize("text, status", [
    ("The deployment of 9,000 troops began on Monday, the ministry said.", "arrived"),
    ("The withdrawal of 7,500 soldiers was completed on Friday.", "departed"),
    ("Minsk announced the deployment of 9,000 Russian troops.", "planned"),
    ("The proposed deployment of 9,000 troops is the largest since 1991.", "planned"),
    ("The deployment of 9,000 troops will begin next month.", "planned"),
    ("The deployment of 9,000 troops is under way.", "arrived"),
])
def test_a_figure_of_a_movement_noun_is_in_the_movements_state(text, status):
    (c,) = claims_of(text).claims
    assert c.status == status


def test_a_copula_tells_nothing_of_a_deployments_figure():
    ex = claims_of("The deployment of 9,000 troops is the first since 1991.")
    assert claim(ex, "9,000").status == "reported"               # no state told: not "present"
    ex = claims_of("Russia will send 9,000 troops to Belarus, the ministry said. "
                   "The deployment of 9,000 troops is the first since 1991.")
    assert [c.status for c in ex.claims] == ["planned", "planned"]   # the same figure's state in the text


# ------------------------------------------------------------------ 3. the whole of a partitive

@pytest.mark.parametrize("text, part, status, whole", [
    ("Officials said 38 of the 40 tanks were unloaded at the port.", "38", "arrived", "planned"),  # the total to come
    ("Gunmen killed 12 of the 40 passengers.", "12", "killed", "reported"),
])
def test_the_whole_of_a_partitive_is_not_in_the_parts_state(text, part, status, whole):
    ex = claims_of(text)
    assert claim(ex, part).status == status
    assert claim(ex, "40").status == whole                       # the 40 were not all unloaded / killed


def test_the_wholes_own_relative_clause_still_tells_its_state():
    c = claim(claims_of("She is one of about 4,000 people who have had to leave their homes."), "about 4,000")
    assert c.status == "displaced"


def test_the_whole_of_weapons_launched_is_still_all_launched():
    assert claim(claims_of("Air defences shot down 30 of the 40 drones."), "40").status == "attacked"


# ------------------------------------------------------------------ 4. vague amounts with bounds

@pytest.mark.parametrize("text, figure, lower, upper, qualifier", [
    ("Monitors say a few thousand Russian soldiers are in Belarus.", "a few thousand", 2000, 5000, "range"),
    ("The army keeps several hundred soldiers there.", "several hundred", 300, 900, "range"),
    ("Several hundred thousand people fled.", "Several hundred thousand", 300_000, 900_000, "range"),
    ("A couple of dozen tanks crossed.", "A couple of dozen", 24, 36, "range"),
    ("At least a few hundred troops left.", "At least a few hundred", 200, None, "at_least"),
    ("Up to several thousand troops could come.", "Up to several thousand", None, 9000, "up_to"),
    ("Moscow said 9,000 troops would come. Independent monitors counted a few thousand at most.",
     "a few thousand at most", None, 5000, "at_most"),
    ("Dozens of tanks arrived.", "Dozens", 12, 120, "range"),
    ("Russia has received between 300 and several thousand drones.", "between 300 and several thousand", 300, 9000,
     "range"),
])
def test_vague_amounts_are_claims_with_bounds(text, figure, lower, upper, qualifier):
    c = claim(claims_of(text), figure)
    assert (c.lower, c.upper, c.qualifier) == (lower, upper, qualifier)


def test_vague_words_without_a_scale_are_no_figures():
    from sitroom.analyze.quantities import find_quantities_in_text
    assert find_quantities_in_text("A few days later several officials said a couple of units had left.") == []
    # "at least" before another number is that number's cue
    assert [(q.text, q.qualifier) for q in find_quantities_in_text("They fired 40 at least 3 times.")] == [
        ("40", "exact"), ("at least 3", "at_least")]


# ------------------------------------------------------------------ 5. a quotation inside a qualifier

@pytest.mark.parametrize("text, lower, qualifier", [
    ("The minister said there were a “little more than a thousand” soldiers in the country.", 1000, "approx"),
    ("The ministry put the force at “no more than” 3,000 soldiers.", None, "at_most"),
    ("He spoke of \"some\" 400 tanks.", 400, "approx"),
])
def test_a_quotation_mark_inside_a_qualifier_keeps_it(text, lower, qualifier):
    (c,) = claims_of(text).claims
    assert (c.lower, c.qualifier) == (lower, qualifier)


# ------------------------------------------------------------------ 6. a place before a headline colon

def _source(c) -> str | None:
    return c.source and (c.source.name or c.source.text)


@pytest.mark.parametrize("title", ["Kherson: 12 dead after shelling", "Kyiv: 12 dead after shelling"])
def test_a_place_before_a_headline_colon_is_where_not_who(title):
    (c,) = [c for c in claims_of("The shelling hit the central market.", title=title).claims if c.section == "title"]
    assert c.source is None
    assert c.location is not None and c.location.country == "UKR"


def test_a_place_heading_a_plain_text_headline_is_no_source():
    ex = claims_of("Bakhmut: Russian forces lost 40 soldiers in assaults\n\nThe fighting continues.")
    assert claim(ex, "40").source is None


def test_a_known_person_before_a_headline_colon_stays_the_source():
    (c,) = [c for c in claims_of("The shelling hit the central market.", title="Zelensky: 12 dead after shelling"
                                 ).claims if c.section == "title"]
    assert _source(c) == "Volodymyr Zelensky"
    ex = claims_of("Zelensky: Russian forces lost 400 soldiers in assaults\n\nThe fighting continues.")
    assert _source(claim(ex, "400")) == "Volodymyr Zelensky"


def test_place_before_colon():
    from sitroom.analyze.attribution import place_before_colon
    assert place_before_colon("Kherson") and place_before_colon("Bakhmut") and place_before_colon("Minsk")
    assert not place_before_colon("Zelensky") and not place_before_colon("Hajun")
    assert not place_before_colon("Austin")            # the defence secretary before the city


# ------------------------------------------------------------------ 7. the claims JSON's as-of date

def test_the_claims_json_gives_as_of_as_the_extract_schema_does(tmp_path):
    from typer.testing import CliRunner

    from sitroom.cli import app
    from sitroom.store import Store

    ex = claims_of("The monitors said 4,300 Russian soldiers were in Belarus as of October 20.", published="2022-10-21")
    (c,) = ex.claims
    assert c.as_of is not None and c.as_of.relation == "as_of"
    with Store(tmp_path / "s.db") as store:
        store.save(ex)
    r = CliRunner().invoke(app, ["claims", "--db", str(tmp_path / "s.db"), "--format", "json"])
    assert r.exit_code == 0, r.output
    (row,) = json.loads(r.stdout)
    assert row["as_of"] == {"value": "2022-10-20", "text": c.as_of.text, "precision": "day", "relation": "as_of"}
    schema = json.loads((__import__("pathlib").Path(__file__).parents[1] / "src/sitroom/data/extract.schema.json"
                         ).read_text())
    import jsonschema
    jsonschema.validate(row["as_of"], schema["$defs"]["claim"]["properties"]["as_of"])
    r = CliRunner().invoke(app, ["claims", "--db", str(tmp_path / "s.db"), "--format", "csv"])
    head, line = r.stdout.splitlines()[:2]
    cols = dict(zip(head.split(","), next(__import__("csv").reader([line]))))
    assert json.loads(cols["as_of"])["relation"] == "as_of"
    r = CliRunner().invoke(app, ["claims", "--db", str(tmp_path / "s.db")])
    assert "as of 20 October 2022" in r.stdout


# ------------------------------------------------------------------ 8. two tests of a source being the outlet

def test_the_outlets_own_body_and_the_outlet_by_name_are_two_tests():
    from sitroom.analyze.attribution import is_outlet_body, is_outlet_by_name
    from sitroom.model import Entity

    assert is_outlet_body("the Ministry of Defence", "Ministry of Defence of Ukraine")      # its own body, in part
    assert not is_outlet_by_name(Entity("the Ministry of Defence"), "Ministry of Defence of Ukraine")
    assert is_outlet_by_name(Entity("ISW"), "Institute for the Study of War")                # its initials
    assert not is_outlet_body("ISW", "Institute for the Study of War")
    assert is_outlet_by_name(Entity("the Institute for the Study of War"), "Institute for the Study of War")


def test_the_aircraft_after_helicopters_are_those_helicopters():
    ex = claims_of("Russia sent 40 helicopters to Belarus. Of the aircraft, 25 landed in Luninets.")
    assert claim(ex, "25").counted == "helicopters"
    ex = claims_of("Russia sent 40 tanks to Belarus. Of the aircraft, 25 landed in Luninets.")
    assert claim(ex, "25").counted == "aircraft"


def test_a_later_count_of_aircraft_gives_its_side_to_the_helicopters_before_it():
    from sitroom.analyze import analyze

    text = ("Утром на аэродроме приземлились 3 вертолета Ми-8. Всего там сейчас около десятка российских бортов.")
    ex = analyze(Document(id=content_id(text), text=text, published="2024-03-01", language="ru"))
    c = next(c for c in ex.claims if c.text == "3")
    assert c.counted == "helicopters" and c.owner is not None and c.owner.country == "RUS"
