"""What a bare figure counts when no noun follows it (claims/_elliptic.py): "of them" and "of whom" stand for the
figure before, "of the X" counts X, a fronted "Of the X,", a list label, "the 14 wounded", the subject of "number",
the object of an estimate, a group sized by the figure. Sentences written for these tests."""
from __future__ import annotations

import pytest

from sitroom.analyze import analyze
from sitroom.model import Document, content_id


def claims(text: str) -> dict:
    ex = analyze(Document(id=content_id(text), text=text, published="2023-05-04"))
    return {c.text: c for c in ex.claims}


@pytest.mark.parametrize("text, figure, kind, written", [
    # "of them" / "of whom": the figure before, not the subject of the clause nor the victims of its verb
    ("The army deployed 40 tanks. Rebels captured 12 of them.", "12", "tanks", "tanks"),
    ("The army said 200 soldiers were captured and 30 of them were killed.", "30", "personnel", "soldiers"),
    ("The army said 200 soldiers were captured, of whom 30 were killed.", "30", "personnel", "soldiers"),
    # "of the X": X, a noun in no kind as its own kind
    ("Inspectors opened 30 of the containers.", "30", "containers", "containers"),
    ("Officials said 30 of the army trucks were destroyed.", "30", "trucks", "trucks"),
    # a fronted of-phrase with no figure before it
    ("Of the servicemen, 12 were wounded.", "12", "personnel", "servicemen"),
    # a label on its line
    ("Personnel: about 300", "about 300", "personnel", "Personnel"),
    ("Losses:\ntanks - 3,449;\nartillery - 7,000;", "3,449", "tanks", "tanks"),
    ("Losses:\ntanks - 3,449;\nartillery - 7,000;", "7,000", "artillery", "artillery"),
    # a substantive after the figure, also as the last word of the text
    ("The 14 wounded were taken to hospital.", "14", "casualties", "wounded"),
    ("Officials reported 3 dead and 14 wounded", "14", "casualties", "wounded"),
    # "of their 29 X": X, not a kind named earlier in the sentence
    ("Fighter jets hit 22 of their 29 intended targets.", "22", "targets", "targets"),
    # a group the figure sizes
    ("Officials said a force of 5,000 was ready.", "5,000", "personnel", "force"),
    # the subject of "number": the subject of its own clause, not the speaker
    ("Lukashenko said the contingent would number 9,000.", "9,000", "personnel", "contingent"),
    # the subject of the clause, looked through "the total of"
    ("The total of servicemen reached 2,500.", "2,500", "personnel", "servicemen"),
    # the object of an estimate, looked through "the number of" and "the count of"
    ("The ministry put the death toll at 54.", "54", "casualties", "toll"),
    ("Analysts put the number of Russian armoured vehicles at 300.", "300", "armoured_vehicles", "vehicles"),
    ("The agency put the count of displaced people at 2.1 million.", "2.1 million", "refugees", "people"),
])
def test_what_a_bare_figure_counts(text, figure, kind, written):
    c = claims(text)[figure]
    assert (c.counted, c.counted_text) == (kind, written)


def test_people_who_flee_are_people():
    assert claims("About 100,000 fled.")["About 100,000"].counted == "people"


def test_people_killed_with_no_noun_are_people():
    assert claims("About 40 were killed.")["About 40"].counted == "people"


def test_a_change_with_no_verb_of_changing_counts_the_subject():
    c = claims("The number of displaced people grew to 40,000.")["40,000"]
    assert (c.counted, c.counted_text) == ("refugees", "people")
