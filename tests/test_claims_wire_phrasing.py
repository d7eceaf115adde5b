"""Wire phrasings of figure claims: a reporting participle speaking on, a named author's claim noun, a source citing
its own sources, possibility modals and measured totals (issue 10; sentences written for these tests)."""
from sitroom.analyze import analyze
from sitroom.analyze.actors import ActorResolver
from sitroom.model import Document, content_id
from sitroom.nlp import parse


def claim(text: str, figure: str):
    ex = analyze(Document(id=content_id(text), text=text, published="2022-10-17"))
    found = [c for c in ex.claims if c.text == figure]
    assert found, (figure, [c.text for c in ex.claims])
    return found[0]


def who(text: str, figure: str) -> str:
    s = claim(text, figure).source
    return "" if s is None else f"{s.text} | {s.name or ''}".lower()


def test_a_reporting_participle_speaks_for_the_speaker_before_it():
    text = ("Moldova will receive about 400 Romanian engineers, the country's defence ministry announced on Friday, "
            "adding that some 60 trucks would also arrive.")
    assert "defence ministry" in who(text, "some 60")
    text = "Some 2,000 troops will take part, the general staff said, noting that 40 helicopters would join them."
    assert "general staff" in who(text, "40")


def test_a_named_authors_claim_noun_is_theirs_whatever_the_sentence_does_with_it():
    assert "lukashenko" in who("Lukashenko's announcement that 9,000 Russian soldiers would come surprised Kyiv.",
                               "9,000")
    assert "navy" in who("The navy's claim that 14 boats were sunk could not be verified.", "14")
    # no named author: no source from the noun
    assert who("The claim that 14 boats were sunk could not be verified.", "14") == ""


def test_citing_its_own_sources_leaves_the_speaker_the_source():
    c = claim("Russia plans to send up to 9,000 troops to Belarus, Ukraine's defence intelligence agency said, "
              "citing its own sources.", "up to 9,000")
    assert c.source is not None and "intelligence" in c.source.text.lower() and c.carrier is None
    c = claim("Up to 9,000 troops will come, the paper reported, citing two officials.", "Up to 9,000")
    assert c.source is not None and "officials" in c.source.text and c.carrier is not None


def test_possibility_modals_make_a_plan_but_not_a_past_guess_or_a_negation():
    assert claim("Up to 9,000 Russian troops could be deployed to Belarus.", "Up to 9,000").status == "planned"
    assert claim("As many as 5,000 soldiers might take part in the drills.", "As many as 5,000").status == "planned"
    assert claim("Some 300 troops may have arrived already.", "Some 300").status == "arrived"


def test_a_measured_total_is_present_or_planned_not_an_arrival():
    assert claim("The number of Russian troops in Belarus reached 4,000 on Friday.", "4,000").status == "present"
    assert claim("The number of Russian troops could reach 9,000.", "9,000").status == "planned"
    assert claim("About 300 troops reached the border on Friday.", "About 300").status == "arrived"


def test_a_countrys_military_intelligence_is_its_intelligence_body_not_its_security_service():
    doc = parse("Ukraine's military intelligence said so. Belarus's security service said so.")
    r = ActorResolver(doc)
    assert r.resolve_text("Ukraine's military intelligence", 0).name == "Main Intelligence Directorate of Ukraine"
    assert "Security" not in r.resolve_text("Ukraine's intelligence agency", 0).name
    assert r.resolve_text("Belarus's security service", 49).name == "Security Service of Belarus"


def test_its_ministry_after_a_reported_clause_is_the_clauses_state():
    c = claim("Belarus will host around 9,000 Russian troops, its defence ministry said.", "around 9,000")
    assert c.source is not None and c.source.country == "BLR"


def test_a_sides_contribution_names_the_owner_and_is_not_the_place():
    c = claim("The grouping will be based in Belarus. Russia's contribution to it will be about 9,000 troops, "
              "Khrenin said.", "about 9,000")
    assert c.owner is not None and c.owner.country == "RUS"
    assert c.location is None or c.location.country != "RUS"


def test_forces_sent_to_an_ally_are_not_placed_at_home():
    c = claim("Moscow is sending nearly 9,000 soldiers to its ally.", "nearly 9,000")
    assert c.location is None or c.location.country != "RUS"
    # to their own border: at home
    c = claim("Poland is sending 2,000 soldiers to its border.", "2,000")
    assert c.location is not None and c.location.country == "POL"


def test_a_headline_headed_by_a_known_person_is_theirs_and_a_town_is_a_topic():
    ex = analyze(Document(id="h1", title="Lukashenko: 9,000 Russian troops to be stationed in Belarus",
                          text="The Belarusian leader spoke on Monday.", published="2022-10-17"))
    (c,) = [c for c in ex.claims if c.section == "title"]
    assert c.source is not None and "Lukashenko" in (c.source.name or "")
    ex = analyze(Document(id="h2", title="Belarus: 9,000 Russian troops to arrive", text="They will come soon.",
                          published="2022-10-17"))
    (c,) = [c for c in ex.claims if c.section == "title"]
    assert c.source is None


def test_a_date_inside_what_was_said_dates_the_content_not_the_saying():
    c = claim("1,000 troops arrived on Sunday, the ministry said.", "1,000")
    assert c.status == "arrived" and c.as_of is not None and c.as_of.relation == "on"
    assert c.as_of.value == "2022-10-16"
    # said on Sunday: the figure holds as of then
    c = claim("The ministry said on Sunday that 1,000 troops had arrived.", "1,000")
    assert c.claim_date == "2022-10-16" and c.as_of is not None and c.as_of.relation == "as_of"
