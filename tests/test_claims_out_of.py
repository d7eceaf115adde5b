"""'N out of M' is 'N of M' (the first figure counts what the whole counts, a whole of downed weapons was launched,
not destroyed), and a participle between a number and its noun leaves the count ("40 destroyed tanks")."""
from __future__ import annotations

from sitroom.analyze import analyze
from sitroom.model import Document


def _claims(text: str):
    doc = Document(id="t", text=text, published="2022-10-31", language="en")
    return {c.text: c for c in analyze(doc).claims}


def test_the_part_out_of_a_whole_counts_the_whole_noun_and_the_whole_was_launched():
    got = _claims("The General Staff said air defences shot down 44 out of over 50 Russian missiles.")
    assert set(got) == {"44", "over 50"}
    part, whole = got["44"], got["over 50"]
    assert (part.lower, part.upper, part.counted, part.status) == (44, 44, "missiles", "destroyed")
    assert (whole.lower, whole.qualifier, whole.counted, whole.status) == (50, "more_than", "missiles", "attacked")
    assert part.source.text == whole.source.text == "The General Staff"


def test_out_of_in_the_subject():
    got = _claims("Ukraine said 20 out of 25 cruise missiles fired by Russia were intercepted.")
    assert (got["20"].counted, got["20"].status) == ("missiles", "destroyed")
    assert (got["25"].counted, got["25"].status) == ("missiles", "attacked")


def test_a_participle_between_the_number_and_its_noun_keeps_the_count():
    got = _claims("Photos show 40 destroyed tanks near Bakhmut.")
    assert (got["40"].counted, got["40"].status) == ("tanks", "destroyed")
    assert _claims("Officials counted 40 burned-out tanks.")["40"].counted == "tanks"


def test_a_bare_figure_echoing_an_earlier_one_counts_what_that_one_counts():
    text = ("KOVAC: Fewer than 2,000 soldiers have actually arrived.\n\n"
            "ANCHOR: And the equipment?\n\n"
            "KOVAC: We count about 60 tanks so far.\n\n"
            "ANCHOR: Ukraine's General Staff says about 2,000. Do you agree?")
    got = _claims(text)
    assert got["about 60"].counted == "tanks"
    assert got["about 2,000"].counted == "personnel"
