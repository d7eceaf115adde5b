"""Figure claims on short multi-sentence reports written for these tests: every counted figure is a claim (with or
without an event), with its counted kind, status, qualifier and — across sentences — its claimant."""
import json
from pathlib import Path

import jsonschema
import pytest

from sitroom.analyze import analyze
from sitroom.analyze.claims import kind_of_text
from sitroom.model import Document, content_id

SCHEMA = json.loads((Path(__file__).parents[1] / "src/sitroom/data/extract.schema.json").read_text())


def claims_of(text: str, title: str | None = None, outlet: str | None = None, published: str = "2023-05-04"):
    doc = Document(id=content_id(text, title), text=text, title=title, published=published, outlet=outlet)
    return analyze(doc)


def claim(ex, figure: str):
    found = [c for c in ex.claims if c.text == figure]
    assert found, (figure, [c.text for c in ex.claims])
    return found[0]


def who(c) -> str | None:
    return None if c.source is None else f"{c.source.name or ''} | {c.source.text}".lower()


# ------------------------------------------------------------------ discourse attribution

def test_the_paragraph_source_speaks_on_in_the_next_sentence():
    ex = claims_of("Defence Minister Hans Keller said the first units had arrived in Estonia. "
                   "The battlegroup will number about 3,200 soldiers.")
    c = claim(ex, "about 3,200")
    assert "keller" in who(c)
    assert c.source_span is not None and c.source_span.start is not None and "said" in c.source_span.text


def test_a_new_paragraph_without_a_source_is_the_outlet_speaking():
    ex = claims_of("Defence Minister Hans Keller said the first units had arrived.\n\n"
                   "The previous rotation brought 900 soldiers to the base.")
    assert claim(ex, "900").source is None


def test_a_quotation_over_several_sentences_takes_the_cue_at_its_close():
    ex = claims_of("“Our patrols are active along the whole border. Last night we stopped 14 boats carrying "
                   "fighters,” navy commander Ravi Anand told reporters.")
    assert "anand" in who(claim(ex, "14"))


def test_according_to_x_colon_heads_the_list_that_follows():
    ex = claims_of("According to the Kivu Security Tracker:\n• 12 pickup trucks;\n• about 150 fighters.\n\n"
                   "The army has not commented.")
    assert "kivu" in who(claim(ex, "12"))
    assert "kivu" in who(claim(ex, "about 150"))


def test_the_headline_says_x_covers_an_unattributed_lead():
    ex = claims_of("About 600 Turkish soldiers remain at the base near Mosul. Baghdad wants them out.",
                   title="Hundreds of Turkish troops stay in Iraq, says Iraqi minister")
    assert "minister" in who(claim(ex, "About 600"))


def test_pronouns_and_short_forms_take_the_named_source():
    ex = claims_of("The Ukrainian Air Force said it had shot down 18 drones overnight. "
                   "It said 4 more had hit their targets.")
    c = claim(ex, "4")
    assert "ukrain" in who(c) and c.source.text == "It"      # the pronoun, named after the Air Force
    assert c.counted == "drones"
    ex = claims_of("The Moldovan Interior Ministry said 300 police officers were deployed to the border.\n\n"
                   "The ministry said a further 150 would follow.")
    c = claim(ex, "150")
    assert "moldov" in who(c) and c.counted == "personnel"


def test_a_first_person_analyst_is_the_outlet():
    ex = claims_of("We assess that at least 20 battalions are now deployed near the border.")
    assert claim(ex, "at least 20").source is None


def test_a_source_that_does_not_say_claims_nothing():
    ex = claims_of("The navy did not say how many of its roughly 5,000 sailors were aboard.")
    assert claim(ex, "roughly 5,000").source is None


# ------------------------------------------------------------------ what is counted

@pytest.mark.parametrize("written, kind", [
    ("Russian servicemen", "personnel"), ("military personnel", "personnel"), ("artillery pieces", "artillery"),
    ("pieces of equipment", "equipment"), ("BMP-2", "armoured_vehicles"), ("armoured personnel carriers",
                                                                           "armoured_vehicles"),
    ("Il-76 transport aircraft", "transport_aircraft"), ("railway platforms", "railcars"), ("echelons", "trains"),
    ("howitzers", "artillery"), ("unmanned aerial vehicles", "drones"),
])
def test_the_taxonomy_normalises_counted_nouns(written, kind):
    assert kind_of_text(written) == kind


def test_figures_without_an_event_are_claims_and_measures_are_not():
    ex = claims_of("There are now some 2,000 French soldiers in the country. The convoy consisted of 45 trucks. "
                   "It also brought up to 12 guns of more than 150 mm calibre, costing $4 million, in 2022.\n"
                   "• 6 tanks;")
    kinds = {c.text: c.counted for c in ex.claims}
    assert kinds["some 2,000"] == "personnel"
    assert kinds["45"] == "trucks"
    assert kinds["up to 12"] == "artillery"
    assert kinds["6"] == "tanks"
    assert not any("150" in t or "4 million" in t or "2022" in t for t in kinds)


def test_a_headline_figure_is_a_claim_in_the_title_section():
    ex = claims_of("The ministry confirmed the plan on Monday.", title="Sweden to send 300 troops to Latvia")
    c = claim(ex, "300")
    assert c.section == "title" and c.evidence.sentence == "Sweden to send 300 troops to Latvia"
    assert c.counted == "personnel" and c.status == "planned"


def test_bare_figures_count_what_came_before():
    ex = claims_of("The agency said 3,400 refugees had crossed into Moldova, up from roughly 2,100 a week ago. "
                   "Of the refugees, 900 were children. Air defences destroyed 11 of the drones.")
    assert claim(ex, "roughly 2,100").counted == "refugees"
    assert claim(ex, "900").counted == "refugees"
    assert claim(ex, "11").counted == "drones"


# ------------------------------------------------------------------ status and qualifiers

@pytest.mark.parametrize("sentence, figure, status", [
    ("The contingent will number about 4,000 soldiers.", "about 4,000", "planned"),
    ("About 500 soldiers have arrived in Niamey.", "About 500", "arrived"),
    ("There are now some 1,000 soldiers in Chad.", "some 1,000", "present"),
    ("At least 40 soldiers were killed in the ambush.", "At least 40", "killed"),
    ("Norway said it would supply 8 tanks to Ukraine.", "8", "pledged"),
    ("Britain has delivered 14 tanks to Ukraine.", "14", "delivered"),
    ("Rebels captured 6 armoured vehicles near the town.", "6", "captured"),
])
def test_status_comes_from_the_claims_own_clause(sentence, figure, status):
    assert claim(claims_of(sentence), figure).status == status


@pytest.mark.parametrize("sentence, figure, lower, upper, qualifier", [
    ("The force will be slightly less than 9,000 people.", "slightly less than 9,000", 9000, 9000, "approx"),
    ("Monitors counted a thousand-plus servicemen at the range.", "a thousand-plus", 1000, None, "more_than"),
    ("Intelligence puts it at 10-15 thousand troops.", "10-15 thousand", 10000, 15000, "range"),
    ("The unit lost no fewer than 30 tanks.", "no fewer than 30", 30, None, "at_least"),
    ("The base can hold a maximum of 40 aircraft.", "a maximum of 40", None, 40, "at_most"),
    ("The total number of soldiers now exceeds 2,500.", "exceeds 2,500", 2500, None, "more_than"),
])
def test_qualifiers_of_real_copy(sentence, figure, lower, upper, qualifier):
    c = claim(claims_of(sentence), figure)
    assert (c.lower, c.upper, c.qualifier) == (lower, upper, qualifier)


def test_owner_and_location_come_from_the_paragraph_when_the_sentence_leaves_them_out():
    ex = claims_of("Some 3,000 Russian troops have arrived in Belarus, the ministry said. "
                   "The group will also include about 100 tanks.")
    c = claim(ex, "about 100")
    assert c.owner is not None and c.owner.country == "RUS"
    assert c.location is not None and c.location.country == "BLR"


# ------------------------------------------------------------------ output

def test_extraction_json_with_claims_validates_and_events_point_at_their_claims():
    ex = claims_of("Russian forces shelled Kharkiv on Monday, killing at least 12 civilians, the governor said.",
                   title="Shelling kills 12 in Kharkiv")
    data = ex.to_json_dict()
    jsonschema.validate(data, SCHEMA)
    assert data["schema_version"] == "1.1"
    ids = {c["id"] for c in data["claims"]}
    linked = [cid for e in data["events"] for cid in e["claim_ids"]]
    assert linked and set(linked) <= ids
    c = next(c for c in data["claims"] if c["text"] == "at least 12")
    assert c["event_id"] in {e["id"] for e in data["events"]}
    assert c["counted"]["kind"] == "civilians" and c["status"] == "killed"


def test_claims_are_stored_and_listed_by_kind_and_source(tmp_path):
    from typer.testing import CliRunner

    from sitroom.cli import app
    from sitroom.store import Store

    ex = claims_of("Lithuanian officials said 1,200 German soldiers were now based near Rukla. "
                   "They said about 40 tanks had arrived too.\n\nThe previous rotation brought 900 soldiers.")
    db = tmp_path / "s.db"
    with Store(db) as store:
        store.save(ex)
        store.save(ex)                                       # idempotent
        assert len(store.claims()) == len(ex.claims) == 3
        tanks = store.claims(kind="tanks")
        assert [r["text"] for r in tanks] == ["about 40"] and tanks[0]["status"] == "arrived"
        assert {r["text"] for r in store.claims(source="lithuan")} == {"1,200", "about 40"}
    r = CliRunner().invoke(app, ["claims", "--db", str(db), "--kind", "personnel", "--format", "json"])
    assert r.exit_code == 0, r.output
    rows = json.loads(r.stdout)
    assert {row["text"] for row in rows} == {"1,200", "900"}
    assert next(row for row in rows if row["text"] == "900")["source"] is None
    r = CliRunner().invoke(app, ["claims", "--db", str(tmp_path / "missing.db")])
    assert r.exit_code != 0 and "no database" in r.output
    with Store(db) as store:
        assert store.claim_kinds() == {"personnel": 2, "tanks": 1}
    r = CliRunner().invoke(app, ["claims", "--db", str(db), "--kind", "soldiers", "--format", "json"])
    assert {row["text"] for row in json.loads(r.stdout)} == {"1,200", "900"}   # a word the taxonomy counts
    assert "counted as personnel" in r.stderr
    r = CliRunner().invoke(app, ["claims", "--db", str(db), "--kind", "warships", "--format", "json"])
    assert r.exit_code == 0 and json.loads(r.stdout) == []
    assert "stored kinds: personnel (2), tanks (1)" in r.stderr


# ------------------------------------------------------------------ bare figures of news English (issue 10)

def test_a_figure_of_a_second_figure_counts_what_the_second_counts():
    ex = claims_of("Ukraine's air force said it had shot down 40 of 45 drones launched by Russia overnight.")
    assert claim(ex, "40").counted == "drones" and claim(ex, "45").counted == "drones"


def test_a_figure_of_the_dead_counts_casualties():
    ex = claims_of("The Observatory said 27 of the dead were tribal fighters.")
    assert claim(ex, "27").counted == "casualties"


def test_of_them_takes_the_last_counted_kind_of_an_earlier_paragraph():
    ex = claims_of("Lukashenko said the grouping would include slightly less than 9,000 Russian servicemen.\n\n"
                   "“There will be a little over a thousand of them in the first wave,” the leader said.")
    assert claim(ex, "a little over a thousand").counted == "personnel"


def test_a_change_to_a_figure_counts_the_changed_number():
    ex = claims_of("NATO will increase the number of its troops on high readiness to well over 300,000, "
                   "Jens Stoltenberg said.")
    c = claim(ex, "well over 300,000")
    assert c.counted == "personnel" and c.qualifier == "more_than" and "stoltenberg" in who(c)
    ex = claims_of("Poland has increased its troop presence on the border to 10,000, the minister said.")
    assert claim(ex, "10,000").counted == "personnel"
    assert not [c for c in claims_of("The government raised the price to 40.").claims if c.text == "40"]


def test_a_claim_takes_the_place_of_the_attack_in_its_sentence():
    ex = claims_of("Two civilians were killed in shelling of Nikopol, the governor said.")
    assert claim(ex, "Two").location is not None and claim(ex, "Two").location.text == "Nikopol"
    ex = claims_of("The governor said the town was hit.", title="Two civilians killed in overnight shelling of Nikopol")
    assert [c.location.text for c in ex.claims if c.section == "title"] == ["Nikopol"]


def test_where_things_came_from_is_not_where_they_are():
    ex = claims_of("About 300 soldiers arrived from Poland.")
    assert claim(ex, "About 300").location is None
    ex = claims_of("About 300 soldiers from Poland arrived in Lithuania.")
    assert claim(ex, "About 300").location.country == "LTU"
    ex = claims_of("Russian peacekeepers began withdrawing from Azerbaijan's Karabakh region. The contingent "
                   "numbered just under 2,000 troops.")
    assert claim(ex, "just under 2,000").location.country == "AZE"


def test_a_dateline_is_not_the_owner_and_a_headline_infinitive_under_says_is_planned():
    ex = claims_of("MINSK, Oct 16 (Example Wire) - Russia will deploy about 9,000 troops to Belarus, the Belarusian "
                   "defence ministry said on Sunday.", title="Russia to send about 9,000 troops to Belarus, Minsk says")
    body = [c for c in ex.claims if c.section == "body"][0]
    title = [c for c in ex.claims if c.section == "title"][0]
    assert body.owner.country == "RUS" and title.status == "planned"


def test_the_speakers_nationality_is_not_the_owner_and_head_for_x_is_a_destination():
    ex = claims_of("Valery Revenko, an official of the Belarusian defence ministry, said the grouping would include "
                   "slightly under 9,000 servicemen.", title="Russian servicemen head for Belarus")
    c = claim(ex, "slightly under 9,000")
    assert c.owner.country == "RUS" and c.location.country == "BLR"


def test_people_a_force_numbers_are_personnel_people_it_acts_on_are_not():
    ex = claims_of("The Russian contingent in Belarus will number about 9,000 people, the ministry said.")
    assert claim(ex, "about 9,000").counted == "personnel"
    ex = claims_of("It said Polish guards had pushed back at least 40 migrants.")
    assert claim(ex, "at least 40").counted == "people"


def test_a_number_before_a_modifier_shares_the_coordinated_plural():
    ex = claims_of("The ministry said the navy carried out 4 missile and 31 air strikes over the weekend. "
                   "It reported 2 rocket, 17 artillery and 9 mortar attacks on Sunday.")
    four = claim(ex, "4")
    assert (four.counted, four.counted_text) == ("attacks", "missile strikes")
    assert claim(ex, "31").counted == "attacks"
    assert claim(ex, "2").counted_text == "rocket attacks"
    assert claim(ex, "17").counted == claim(ex, "9").counted == "attacks"


def test_a_singular_noun_after_a_number_is_its_own_count_when_the_plural_has_no_modifier():
    ex = claims_of("Officials said 3,000 soldier and 120 tanks would stay, and 1 missile and 20 air strikes hit.")
    assert claim(ex, "3,000").counted == "personnel"      # a typo for soldiers, not 'soldier tanks'
    assert claim(ex, "120").counted == "tanks"


@pytest.mark.parametrize("text, name", [
    ("Some 300 troops crossed the border, Belarusian monitoring group Hajun wrote on its Telegram channel.", "hajun"),
    ("Some 300 troops crossed the border, the Belarusian Hajun project said.", "hajun"),
])
def test_a_group_named_by_its_title_word_is_the_group_not_the_country_of_its_adjective(text, name):
    c = claim(claims_of(text), "Some 300")
    assert c.source.name.lower() == name and c.source.country == "BLR"


def test_a_source_name_the_parser_breaks_at_its_verb_is_kept_whole():
    c = claim(claims_of("Two journalists were among the 18 dead, the Committee to Protect Journalists said."), "18")
    assert "protect journalists" in who(c)


def test_the_number_of_a_participle_noun_put_at_a_figure():
    c = claim(claims_of("The ministry put the number of displaced at 2.1 million."), "2.1 million")
    assert c.lower == c.upper == 2_100_000 and c.counted == "refugees" and c.counted_text == "displaced"


def test_the_place_of_drones_shot_down_over_it():
    c = claim(claims_of("Moscow says it has shot down 20 Ukrainian drones over the Belgorod region."), "20")
    assert c.status == "destroyed" and c.location is not None and c.location.name == "Belgorod Oblast"


@pytest.mark.parametrize("text, figure, status", [
    ("The 18 dead included two children, officials said.", "18", "killed"),
    ("Officials counted 45 deaths in the region.", "45", "killed"),
    ("The 14 wounded were taken to hospital in Dnipro.", "14", "wounded"),
    ("Some 40 buildings were damaged, local authorities said.", "Some 40", "destroyed"),
])
def test_a_status_noun_counted_or_a_damaging_verb_gives_the_status(text, figure, status):
    # the counted noun's own meaning beats the clause's verb ("included", "taken"); damaged goes with destroyed
    assert claim(claims_of(text), figure).status == status


@pytest.mark.parametrize("text, figure, status", [
    ("The aid package includes 31 Abrams tanks.", "31", "pledged"),
    ("The Pentagon announced a new $400 million package including 30 Bradley fighting vehicles.", "30", "pledged"),
    ("The latest tranche of aid contains 12 howitzers.", "12", "pledged"),
    ("The shipment included 20 armoured vehicles, the ministry said.", "20", "delivered"),
    ("The convoy included 30 trucks.", "30", "present"),
])
def test_what_holds_the_figure_decides_its_status(text, figure, status):
    assert claim(claims_of(text), figure).status == status


@pytest.mark.parametrize("text, figure, status", [
    ("Governor Oleh Kiper said five children were among the dead.", "five", "killed"),
    ("Three journalists were among the people injured.", "Three", "wounded"),
    ("The air force said it had shot down 31 of 38 drones launched overnight.", "31", "destroyed"),
    ("The air force said it had shot down 31 of 38 drones launched overnight.", "38", "attacked"),
])
def test_among_the_dead_and_drones_launched(text, figure, status):
    assert claim(claims_of(text), figure).status == status


def test_the_headline_gives_its_destination_as_place_and_the_sending_country_as_owner():
    ex = claims_of("There are now some 4,000 servicemen in the country, according to the Hajun project.",
                   title="Russia to send up to 9,000 troops to Belarus, Minsk says")
    c = claim(ex, "some 4,000")
    assert c.owner.country == "RUS" and c.location.country == "BLR"


def test_the_headline_side_owns_its_forces_not_the_civilians_counted():
    ex = claims_of("Some 300 more soldiers arrived on Friday. Up to 40 civilians were evacuated from the area.",
                   title="Russia to send up to 9,000 troops to Belarus, Minsk says")
    assert claim(ex, "Some 300").owner.country == "RUS"
    civilians = claim(ex, "Up to 40").owner
    assert civilians is None or civilians.country != "RUS"       # theirs, or their country's


def test_drones_made_elsewhere_and_launched_by_a_side_are_that_sides_and_attacked():
    ex = claims_of("Ukraine's air force said it had destroyed 30 of the 40 Iranian-made Shahed drones that Russia "
                   "launched overnight.")
    whole = claim(ex, "40")
    assert whole.status == "attacked" and whole.owner.country == "RUS"       # not Iran, which made them
    assert whole.location is None or whole.location.country != "RUS"         # Russia launched them: no place
    assert claim(ex, "30").status == "destroyed"


def test_the_whole_of_a_headline_partitive_is_attacked():
    ex = claims_of("Air defences were active over the capital all night.",
                   title="Kyiv says it downed 30 of 40 drones in overnight attack")
    assert [c.status for c in ex.claims if c.text in ("30", "40")] == ["destroyed", "attacked"]
