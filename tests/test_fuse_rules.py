"""Fuse rules on single sentences: stock vs flow status, figure place, negated bounds, the near-duplicate window."""
from __future__ import annotations

from dataclasses import replace

import pytest

from sitroom.fuse import fuse_document
from sitroom.fuse._figures import claim_modality, figure_location, figure_status
from sitroom.model import Document, Entity, Event, EventDate, Evidence, Extraction, Place, Quantity
from sitroom.store import Store


def _event(sentence: str, figure: str, unit: str, *, modality: str = "reported", relation: str = "on",
           location: Place | None = None, source: bool = True) -> tuple[Document, Event, Quantity]:
    doc = Document(id="d-" + str(abs(hash(sentence))), text=sentence, published="2023-05-02T10:00:00+00:00")
    qs = sentence.index(figure)
    us = sentence.index(unit, qs)
    q = Quantity(qs, qs + len(figure), figure, None, 1000.0, "at_most", unit, us, us + len(unit))
    ev = Event(id="e1", type="MOBILIZE", evidence=Evidence(sentence, 0, len(sentence)), modality=modality,
               actor=Entity("Russia", "Russia", "RUS"), location=location,
               date=EventDate("2023-04-28", None, "day", relation), quantities=(q,),
               source=Entity("the ministry", "Ministry of Defence") if source else None)
    return doc, ev, q


@pytest.mark.parametrize("sentence, status", [
    ("The ministry said 1,000 soldiers had arrived in the region by Friday.", "present"),
    ("Officials said 1,000 soldiers have already arrived at the base.", "present"),
    ("Officials said 1,000 soldiers arrived at the base on Friday.", "arrived"),
])
def test_arrivals_in_the_perfect_count_what_is_there(sentence, status):
    _, ev, q = _event(sentence, "1,000", "soldiers")
    assert figure_status(ev, q) == status


def test_arrivals_as_of_a_date_count_what_is_there():
    _, ev, q = _event("Officials said 1,000 soldiers arrived at the base as of Friday.", "1,000", "soldiers",
                      relation="as_of")
    assert figure_status(ev, q) == "present"


@pytest.mark.parametrize("sentence, country", [
    ("Moscow plans to move 1,000 soldiers to Belarusian training grounds.", "BLR"),
    ("Kyiv said 1,000 soldiers were deployed in Moldova last month.", "MDA"),
    ("About 1,000 soldiers took part, the ministry said in Kyiv.", None),      # a reporting place is not where
    ("About 1,000 soldiers took part in the exercise.", None),
])
def test_figure_place_falls_back_to_the_destination_phrase(sentence, country):
    doc, ev, q = _event(sentence, "1,000", "soldiers")
    assert figure_location(ev, q, doc) == country


def test_event_place_wins_over_the_destination_phrase():
    doc, ev, q = _event("Moscow plans to move 1,000 soldiers to Belarusian training grounds.", "1,000", "soldiers",
                        location=Place("Pskov", "Pskov", "RUS", kind="city"))
    assert figure_location(ev, q, doc) == "RUS"


@pytest.mark.parametrize("sentence, figure, modality", [
    ("A monitoring group reported that no more than 1,000 soldiers had arrived.", "no more than 1,000", "reported"),
    ("The group said not fewer than 1,000 soldiers were there.", "not fewer than 1,000", "reported"),
    ("The ministry denied that no more than 1,000 soldiers had arrived.", "no more than 1,000", "negated"),
    ("The ministry said 1,000 soldiers had not arrived.", "1,000", "negated"),
])
def test_a_negated_bound_does_not_negate_the_figure(sentence, figure, modality):
    _, ev, q = _event(sentence, figure, "soldiers", modality="negated")
    assert claim_modality(ev, q) == modality


def _copy_pair(days_apart: int) -> tuple[Extraction, Extraction]:
    text = ("Defence officials said on Monday that a convoy of trucks carrying ammunition had crossed the border "
            "overnight and was heading towards the front line near the river crossing, residents reported.")
    a = Document(id="orig", text=text, published="2023-01-02T08:00:00+00:00", outlet="Wire A")
    from datetime import date, timedelta
    later = (date(2023, 1, 2) + timedelta(days=days_apart)).isoformat()
    b = replace(a, id="copy", text=text + " (Distributed by Wire B.)", published=later + "T09:00:00+00:00",
                outlet="Wire B")
    return Extraction(a), Extraction(b)


@pytest.mark.parametrize("days, found", [(1, True), (50, True), (70, False)])
def test_copies_are_found_within_eight_weeks_of_publication(tmp_path, days, found):
    store = Store(tmp_path / "nd.db")
    a, b = _copy_pair(days)
    for ex in (a, b):
        store.save(ex)
        res = fuse_document(store, ex)
    assert (res.near_duplicate_of == "orig") is found
    again = fuse_document(store, b)                       # fusing twice (no events: found by its own signature)
    assert again.near_duplicate_of == res.near_duplicate_of and again.claims == ()
    store.close()
