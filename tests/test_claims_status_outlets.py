"""Status, kind and owner of a figure as outlets restate a deployment (issue 10): a sending in the progressive is
planned, "bound for" is planned, a "N-strong" force counts its members, the subject of a size verb or of a call-up
owns the figure, and a page's section label ("Background:") is no claimant."""
from __future__ import annotations

import pytest

from sitroom.analyze import analyze
from sitroom.model import Document, content_id


def _claim(text: str, figure: str, title: str | None = None):
    ex = analyze(Document(id=content_id(text, title), text=text, title=title, published="2023-05-04"))
    found = [c for c in ex.claims if c.text == figure]
    assert found, [c.text for c in ex.claims]
    return found[0]


@pytest.mark.parametrize("text, figure", [
    ("Germany is sending around 4,000 soldiers to Lithuania, officials said.", "around 4,000"),
    ("About 3,500 Polish troops are being deployed to Latvia, the ministry said.", "About 3,500"),
    ("Some 2,000 Kenyan police officers bound for Haiti left Nairobi on Monday.", "Some 2,000"),
])
def test_a_sending_under_way_or_announced_is_planned(text, figure):
    assert _claim(text, figure).status == "planned"


def test_what_has_already_arrived_stays_arrived():
    assert _claim("About 400 Kenyan officers arrived in Port-au-Prince on Friday.", "About 400").status != "planned"
    assert _claim("Russia has already sent 1,000 soldiers to Belarus, Kyiv said.", "1,000").status != "planned"


@pytest.mark.parametrize("text, figure", [
    ("A 4,800-strong brigade will be stationed in Lithuania.", "4,800"),
    ("“A 1,500-strong force can hold the airport,” the commander said.", "1,500"),
    ("Chad will send a 1,200-strong battalion to Niger.", "1,200"),
])
def test_a_n_strong_force_counts_its_members(text, figure):
    assert _claim(text, figure).counted == "personnel"


def test_a_n_strong_crowd_is_not_troops():
    assert _claim("A 20,000-strong crowd gathered in Tbilisi on Sunday.", "20,000").counted != "personnel"


def test_the_subject_of_a_size_verb_owns_the_figure():
    c = _claim("Latvia's own armed forces number roughly 7,000 active personnel.", "roughly 7,000")
    assert c.owner is not None and c.owner.country == "LVA"


def test_a_pronoun_subject_of_a_size_verb_is_not_the_speaker():
    c = _claim("Rwanda's spokeswoman said the militia, which she said numbered about 1,500 fighters, was a threat.",
               "about 1,500")
    assert c.owner is None or c.owner.country != "RWA"


def test_who_calls_up_reservists_owns_them():
    c = _claim("Estonia said it would also call up as many as 1,500 reservists.", "as many as 1,500",
               title="First German troops arrive in Estonia")
    assert c.owner is not None and c.owner.country == "EST"


def test_a_section_label_is_no_claimant():
    c = _claim("Troops are moving.\n\nBackground: Latvia's own armed forces number roughly 7,000 active personnel.",
               "roughly 7,000")
    assert c.source is None or "background" not in (c.source.text or "").lower()


@pytest.mark.parametrize("text, figure", [
    ("Around 3,000 Polish troops are heading to Latvia.", "Around 3,000"),
    ("Vilnius expects nearly 5,000 German servicemen.", "nearly 5,000"),
    ("The contingent numbering about 4,000 troops will be stationed in Latvia.", "about 4,000"),
])
def test_forces_on_their_way_or_awaited_are_planned(text, figure):
    assert _claim(text, figure).status == "planned"


def test_heading_somewhere_unnamed_is_no_plan():
    assert _claim("Rebels are heading north with 300 fighters.", "300").status != "planned"
