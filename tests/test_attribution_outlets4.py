"""Claimants on outlet pages (issue 10, batch 4 of the outlet benchmark): a figure credited by a reduced relative
("the 40 announced by the ministry"), by a claim said again ("repeated its claim that …") and by a figure noun in
apposition ("…, the ministry's own figure", "…, the figure both governments give"); a list heading that ends in a
noun ("… from official statements and local reports:") names no source. Sentences our own."""
from __future__ import annotations

from sitroom.analyze import analyze
from sitroom.model import Document, content_id


def _claim(text: str, figure: str, title: str | None = None):
    ex = analyze(Document(id=content_id(text, title), text=text, title=title, published="2026-03-02"))
    found = [c for c in ex.claims if c.text == figure]
    assert found, [c.text for c in ex.claims]
    return found[0]


def _who(c) -> str:
    return "" if c.source is None else f"{c.source.name or ''} | {c.source.text}".lower()


def test_a_figure_announced_by_someone_is_theirs_inside_anothers_report():
    c = _claim("The opposition says 3,000 marines will come, against the 1,400 announced by the ministry.", "1,400")
    assert "ministry" in _who(c)


def test_repeating_a_claim_that_makes_the_repeater_its_source():
    c = _claim("The Baltic Monitor repeated its claim that at least 2,000 marines would arrive.", "at least 2,000")
    assert "baltic monitor" in _who(c)


def test_rejecting_a_claim_that_does_not_make_the_rejecter_its_source():
    c = _claim("The ministry rejected the claim that at least 2,000 marines would arrive.", "at least 2,000")
    assert "ministry" not in _who(c)


def test_a_figure_noun_in_apposition_with_a_possessive_credits_the_phrase_before_it():
    c = _claim("The deployment of about 1,400 Dutch marines, the ministry's own figure, is the largest since 2014.",
               "about 1,400")
    assert "ministry" in _who(c)


def test_a_figure_noun_in_apposition_with_a_relative_clause_credits_its_subject():
    c = _claim("The deployment of about 1,400 Dutch marines, the figure both governments give, is the largest yet.",
               "about 1,400")
    assert "governments" in _who(c)


def test_a_list_heading_ending_in_a_noun_before_the_colon_names_no_source():
    c = _claim("Our count of what has landed so far, from official statements and local reports:\n\n"
               "• 14 helicopters;\n• some 900 marines.", "some 900")
    assert c.source is None


def test_a_headlines_office_speaker_is_the_one_the_lead_names():
    c = [x for x in analyze(Document(
        id="t-h1", text="OSLO, March 2 - Some 900 Dutch marines are now in Norway, the Dutch Defence Ministry said.",
        title="Some 900 Dutch marines now in Norway, ministry says", published="2026-03-02")).claims
        if x.section == "title"][0]
    assert "dutch" in _who(c)


def test_a_headlines_speaker_the_lead_does_not_name_stays_the_headlines():
    c = [x for x in analyze(Document(
        id="t-h2", text="OSLO, March 2 - Some 900 Dutch marines are now in Norway, the Norwegian army said.",
        title="Some 900 Dutch marines now in Norway, ministry says", published="2026-03-02")).claims
        if x.section == "title"][0]
    assert "army" not in _who(c)


def test_a_live_blog_time_before_a_source_colon_is_not_part_of_the_source():
    c = _claim("13:05 Dutch Defence Ministry: the group will stay at just under 1,400 marines.", "just under 1,400")
    assert c.source is not None and not c.source.text.startswith("13")


def test_the_paragraph_after_the_lead_on_other_countries_is_the_writers_background():
    text = ("Norway now hosts around 900 Dutch marines, according to Norwegian officials.\n\n"
            "The Dutch also keep about 300 marines in Lithuania and some 150 in Romania.")
    assert _claim(text, "about 300").source is None


def test_the_paragraph_after_the_lead_on_the_same_country_still_carries_the_lead_source():
    text = ("Norway now hosts around 900 Dutch marines, according to Norwegian officials.\n\n"
            "The marines will also bring about 40 armoured vehicles to Norway.")
    assert "norwegian" in _who(_claim(text, "about 40"))


def test_a_headlines_generic_speaker_is_the_body_the_lead_names_with_an_inflected_word():
    c = [x for x in analyze(Document(
        id="t-h3", text="The independent monitoring group Border Watch reported on Friday that no more than 600 "
                        "Serbian soldiers had arrived near the border.",
        title="Monitor group: no more than 600 Serbian soldiers near border", published="2026-03-02")).claims
        if x.section == "title"][0]
    assert "border watch" in _who(c)


def test_a_headline_word_is_not_a_longer_different_word_of_the_lead():
    from sitroom.analyze.attribution import names_lead_speaker
    from sitroom.model import Attribution, Entity

    def att(text):
        return Attribution(source=Entity(text=text), cue="said", cue_start=0, cue_end=1, scope_start=0, scope_end=1)

    assert names_lead_speaker(att("observers"), att("the OSCE observer mission"))
    assert not names_lead_speaker(att("minister"), att("the Serbian Defence Ministry"))   # a minister is no ministry


def test_a_source_named_in_the_possessive_is_the_body_not_its_possessive():
    c = _claim("According to the ministry's statement, 600 soldiers arrived in Minsk.", "600")
    assert c.source.text == "the ministry" and c.source_span.text.startswith("According to the ministry")
    c = _claim("According to the Kremlin’s figures, 600 soldiers arrived in Minsk.", "600")
    assert c.source.text == "the Kremlin"
