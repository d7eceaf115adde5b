"""A body named by a demonym and a name ('Belarusian Hajun', which NER may tag as a person) is a full mention that
later short forms and pronouns reach (issue 10, outlet batch 7): 'the group', 'the monitors' and 'it' after it stand
for it, not for an earlier organisation."""
from __future__ import annotations

from sitroom.analyze import analyze
from sitroom.analyze.attribution._sources import demonym_body
from sitroom.model import Document, content_id

TEXT = ("Russia's aviation agency says the jet crashed. All 10 people on board were killed, it said.\n\n"
        "Belarusian Hajun says it has seen no movement at the camp. The group says several thousand fighters remain "
        "at the camp. It says that more than 2,000 fighters have left Belarus. The monitors say 300 buses left.")


def _who(figure: str) -> str:
    ex = analyze(Document(id=content_id(TEXT), text=TEXT, published="2023-08-24", outlet="Example Wire"))
    c = next(c for c in ex.claims if c.text == figure)
    return "" if c.source is None else f"{c.source.name or ''} | {c.source.text}".lower()


def test_the_group_and_it_after_a_demonym_named_body_stand_for_it():
    assert "hajun" in _who("several thousand")
    assert "hajun" in _who("more than 2,000")
    assert "hajun" in _who("300")


def test_a_demonym_before_a_role_or_alone_is_no_body_name():
    assert demonym_body("Belarusian Hajun")
    assert not demonym_body("Belarusian President Lukashenko")
    assert not demonym_body("Belarusians")
    assert demonym_body("the Belarusian Hajun")
    assert not demonym_body("the Belarusian")
