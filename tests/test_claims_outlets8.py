"""Figure claims on outlet pages (issue 10, batch 8 of the outlet benchmark). Sentences our own."""
from __future__ import annotations

from sitroom.analyze import analyze
from sitroom.model import Document, content_id


def _claims(text: str, title: str | None = None):
    return analyze(Document(id=content_id(text, title), text=text, title=title, published="2026-05-04")).claims


def _claim(text: str, figure: str, title: str | None = None):
    found = [c for c in _claims(text, title) if c.text == figure]
    assert found, [c.text for c in _claims(text, title)]
    return found[0]


def _said_by(c) -> str:
    return f"{c.source.text if c.source else ''} {c.source.name if c.source else ''}".lower()


def test_according_to_a_carrier_citing_a_source_is_the_source_s_figure():
    c = _claim("According to the Eastern Courier, citing the Red Cross, about 1,200 refugees crossed on Monday.",
               "about 1,200")
    assert "red cross" in _said_by(c) and "courier" not in _said_by(c), _said_by(c)


def test_a_pronoun_reporting_inside_a_speaker_s_clause_is_the_speaker():
    text = ("The Coastal Watch channel said that more than 50 boats had left the harbour. "
            "Portwatch Zeta said on Monday that it had counted 12 boats leaving the port.")
    c = _claim(text, "12")
    assert "portwatch zeta" in _said_by(c) and "coastal" not in _said_by(c), _said_by(c)


def test_a_bare_figure_that_is_all_a_speaker_says_is_a_count_of_what_the_text_counts():
    text = ("Soldiers keep coming, officials said on Monday. The border agency says about 2,000. "
            "Vilnius says a little over 2,500, and we agree.")
    got = {c.text: c for c in _claims(text, title="How many soldiers are in the camps?")}
    assert "about 2,000" in got and got["about 2,000"].counted == "personnel", sorted(got)
    assert "border agency" in _said_by(got["about 2,000"]), _said_by(got["about 2,000"])
    assert "a little over 2,500" in got and "vilnius" in _said_by(got["a little over 2,500"]), sorted(got)


def test_a_figure_with_only_an_as_said_clause_is_the_sentence():
    text = ('The spokesman rejected the reports of a larger force. "No more will come," he said. '
            '"Slightly under 4,000, as we said."')
    got = {c.text: c for c in _claims(text, title="Army: 4,000 soldiers for the border mission")}
    assert "Slightly under 4,000" in got and got["Slightly under 4,000"].counted == "personnel", sorted(got)


def test_a_speaker_s_turn_is_theirs_after_a_sentence_reporting_another():
    text = ("ANCHOR: With me is Colonel Maria Zorin of the border command. How many soldiers are there?\n\n"
            "ZORIN: The ministry says about 5,000 are coming. What we see today is much less. "
            "Fewer than 800 have actually arrived.")
    c = _claim(text, "Fewer than 800", title="Transcript: soldiers at the border")
    assert "zorin" in _said_by(c) and "ministry" not in _said_by(c), _said_by(c)


def test_a_list_line_under_a_place_names_its_source_in_brackets():
    text = ("Where the estimates stand this morning:\n\n"
            "• Ankara (defence ministry): about 1,200 soldiers at the border, more on the way.\n\n"
            "• Baghdad (interior ministry): about 900 soldiers at the border.")
    got = {c.text: c for c in _claims(text)}
    assert "about 1,200" in got and "defence ministry" in _said_by(got["about 1,200"]), sorted(got)
    assert "about 900" in got and "interior ministry" in _said_by(got["about 900"]), sorted(got)


def test_a_list_line_s_bare_figure_counts_what_the_line_before_opens_with():
    text = ("Where the estimates stand this morning:\n\n"
            "• The ministry: about 1,200 soldiers at the border, plus at least 40 trucks.\n\n"
            "• The governor: about 900 at the border.")
    c = _claim(text, "about 900")
    assert c.counted == "personnel", c.counted



def test_the_scorer_takes_british_and_us_ministry_spellings_for_one_claimant():
    import sys
    from pathlib import Path
    from types import SimpleNamespace

    bench = str(Path(__file__).parents[1] / "benchmarks")
    sys.path.insert(0, bench)
    try:
        from claims_dev import claimant_ok
    finally:
        sys.path.remove(bench)
    assert claimant_ok(["defence ministry"], SimpleNamespace(name="Ministry of Defense of Chile", text="the ministry"))
    assert claimant_ok(["ministry of defence"], SimpleNamespace(name=None, text="Peru's Defense Ministry"))
    assert not claimant_ok(["interior ministry"], SimpleNamespace(name=None, text="the Defense Ministry"))


def test_a_speaking_body_s_country_is_not_the_place_under_a_headline_on_another():
    title = "Soldiers massing in Moldova, neighbours say"
    c = _claim("Romania's border police said on Monday that about 3,000 Russian soldiers were in the country.",
               "about 3,000", title=title)
    assert c.location is not None and c.location.country == "MDA", c.location
    c = _claim("Romania's border police said it had seen no increase beyond about 1,500 soldiers.", "about 1,500",
               title=title)
    assert c.location is not None and c.location.country == "MDA", c.location


def test_a_turn_reporting_a_source_carries_it_until_the_speaker_speaks_of_what_they_see():
    text = ("ANCHOR: Where have the soldiers gone?\n\n"
            "KOVAC: Most went home. The agency says at least 300 signed new contracts. About 40 went to the coast.")
    c = _claim(text, "About 40", title="Transcript: soldiers leave the camp")
    assert "agency" in _said_by(c), _said_by(c)


def test_a_counted_noun_with_a_to_infinitive_of_moving_is_planned():
    c = _claim("Officials met on Monday.", "About 1,500", title="About 1,500 soldiers to stay in Kosovo, ministry says")
    assert c.status == "planned", c.status
    c = _claim("The first 300 troops to arrive were greeted at the station, the ministry said.", "300")
    assert c.status != "planned", c.status
