"""Figure claims on outlet pages (issue 10, batch 7 of the outlet benchmark). Sentences our own."""
from __future__ import annotations

from sitroom.analyze import analyze
from sitroom.model import Document, content_id


def _claims(text: str, title: str | None = None):
    return analyze(Document(id=content_id(text, title), text=text, title=title, published="2026-05-04")).claims


def _claim(text: str, figure: str, title: str | None = None):
    found = [c for c in _claims(text, title) if c.text == figure]
    assert found, [c.text for c in _claims(text, title)]
    return found[0]


def test_a_named_force_before_the_counted_noun_is_its_side_even_when_tagged_a_common_noun():
    c = _claim("About 700 Wagner fighters are in Mali, officials said.", "About 700")
    assert c.owner is not None and c.owner.country == "RUS"
    c = _claim("Around 2,000 Rosgvardia officers are in Kherson, Kyiv said.", "Around 2,000")
    assert c.owner is not None and c.owner.country == "RUS"


def test_a_figure_before_the_name_of_an_armed_force_counts_its_fighters():
    c = _claim("Officials say 2,000 Hezbollah are now in Syria.", "2,000")
    assert c.counted == "personnel" and c.owner is not None and c.owner.country == "LBN"
    c = _claim("The monitors said so.", "10,000", title="10,000 Wagner in Belarus, border reinforced")
    assert c.counted == "personnel" and c.owner is not None and c.owner.country == "RUS"


def test_a_bare_count_before_any_figure_of_the_body_counts_what_the_headline_counts():
    text = ("Three weeks on, the estimates still differ.\n\n"
            "I have read what the main sources say. According to them:\n\n"
            "- Belarusian Hajun: about 2,500 have arrived since July 3;\n\n"
            "- the border service: as many as 3,000 in Belarus.")
    got = {c.text: c for c in _claims(text, title="How many mercenaries are really in Belarus?")}
    for figure in ("about 2,500", "as many as 3,000"):
        assert figure in got and got[figure].counted == "personnel", (figure, sorted(got))
    text = ("Estimates of the force have diverged this week.\n\n"
            "Monitors said on Thursday that about 6,000 had arrived since June.")
    got = {c.text: c for c in _claims(text, title="Monitors count 6,000 soldiers at the camp")}
    assert "about 6,000" in got and got["about 6,000"].counted == "personnel", sorted(got)


def test_a_list_item_opening_with_a_known_body_is_that_body_s_figure():
    text = ("Here is what the sources say about the refugees:\n\n"
            "- Belarusian Hajun: about 9,000 refugees have crossed;\n\n"
            "- UNHCR: about 12,000 refugees have crossed since Monday.")
    got = {c.text: c for c in _claims(text)}
    assert got["about 9,000"].source is not None and got["about 9,000"].source.name == "Belarusian Hajun"
    assert got["about 12,000"].source is not None and got["about 12,000"].source.name == "UNHCR"
    got = {c.text: c for c in _claims("Where the refugees are:\n\n- Kalinkovichi: 300 refugees.")}
    assert got["300"].source is None or "Kalinkovichi" not in got["300"].source.text


def test_left_with_no_object_in_a_place_is_what_remains_there():
    text = ("About 500 mercenaries are left in Belarus, the group said. No more than 5,000 fighters left at Tsel, "
            "the group said. More than 2,000 fighters have left Belarus, it said. About 300 soldiers left for "
            "Russia, it said.")
    got = {c.text: c.status for c in _claims(text)}
    assert got["About 500"] == "present" and got["No more than 5,000"] == "present", got
    assert got["More than 2,000"] == "departed" and got["About 300"] == "departed", got


def test_the_number_falling_or_rising_is_the_size_of_what_is_there():
    text = ("Monitors counted 4,000 fighters in Belarus in August, the group said. The number has fallen below "
            "3,000, the ministry says. Their numbers dropped to about 2,000 by October, it said.")
    got = {c.text: c.status for c in _claims(text)}
    assert got["below 3,000"] == "present" and got["about 2,000"] == "present", got


def test_a_headline_naming_an_armed_force_gives_its_side_to_bare_counts():
    text = ("Three weeks on, the estimates still differ.\n\n"
            "Monitors said on Thursday that about 6,000 had arrived since June.")
    c = _claim(text, "about 6,000", title="How many Hezbollah fighters are in Syria?")
    assert c.counted == "personnel" and c.owner is not None and c.owner.country == "LBN"


def test_a_verb_of_saying_with_a_bare_figure_as_its_object_reports_that_figure():
    text = ("Estimates of the number of fighters rose through the summer. The monitors said no more than 5,000 "
            "fighters remained in early September, and the border service said about 1,000 on Sept. 20. "
            "Lithuania's intelligence says up to 1,000.")
    got = {c.text: c for c in _claims(text)}
    assert got["about 1,000"].source is not None and got["about 1,000"].source.text == "the border service"
    assert got["up to 1,000"].source is not None and "Lithuania" in got["up to 1,000"].source.text


def test_a_pronoun_that_names_no_one_is_no_source():
    text = ("These figures are close. They rise with each column, and nobody has reported a column leaving. "
            "The camp can hold about 6,000 men.\n\n"
            "The outlier is the minister's claim of more than 100 fighters near the border, which has not been "
            "confirmed by anyone else. A channel spoke of more than 30,000 fighters, which nobody confirmed.")
    for c in _claims(text):
        assert c.source is None or c.source.text.lower() not in ("nobody", "anyone else"), (c.text, c.source)


def test_an_armed_force_s_numbers_are_its_fighters():
    c = _claim("The group said so on Tuesday.", "7,000", title="Hezbollah numbers in Syria grow to 7,000")
    assert c.counted == "personnel" and c.status == "present"
