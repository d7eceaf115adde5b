"""Trigger words with a second, harmless sense in news copy: "officials recalled" (remembered) is no recall of an
envoy; "executing the president's order" (carrying it out) kills nobody."""
from __future__ import annotations

import pytest

from sitroom.analyze import analyze
from sitroom.model import Document


def _types(text: str) -> list[tuple[str, str]]:
    doc = Document(id="t", text=text, published="2022-10-31", language="en")
    return [(e.type, e.trigger.lower()) for e in analyze(doc).events]


@pytest.mark.parametrize("text", [
    "Lithuania recalled its ambassador from Minsk on Friday.",
    "Poland recalled its top diplomat in Belarus.",
    "Serbia recalled its envoys from Kosovo.",
    "Lithuania Recalls Ambassador From Minsk",
])
def test_recalling_an_envoy_is_a_sanction(text):
    assert ("SANCTION", "recalled" if "recalled" in text else "recalls") in _types(text)


def test_recalling_as_remembering_is_no_sanction():
    types = _types("Russian troops first shelled Marhanets on April 6, local officials recalled.")
    assert [t for t, _ in types] == ["ASSAULT"]


@pytest.mark.parametrize("text", [
    "The ministry announced the end of mobilization, executing the president's order.",
    "The army executed the plan on Monday.",
])
def test_executing_an_order_or_plan_is_no_killing(text):
    assert not [t for t in _types(text) if t[1] == "executing" or t[1] == "executed"]


@pytest.mark.parametrize("text", ["Militants executed 12 prisoners in Raqqa on Monday.",
                                  "Insurgents executed them in the square."])
def test_executing_people_is_an_assault(text):
    assert ("ASSAULT", "executed") in _types(text)
