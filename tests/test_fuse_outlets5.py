"""Fusion of outlet claims (issue 10, batch 5 of the outlet benchmark): a pledge to supply and a plan to send are
one future transfer; refugees who arrive are the displaced counted there. Hand-built claims, text our own."""
from __future__ import annotations

from dataclasses import replace

from sitroom.fuse import figure_series, fuse_document
from sitroom.model import Claim, Document, Entity, EventDate, Evidence, Extraction, Place
from sitroom.store import Store


def _doc(i: int, text: str) -> Document:
    return Document(id=f"d{i}", text=text, published="2026-05-04T12:00:00+00:00", outlet=f"Outlet {i}")


def _claim(doc: Document, figure: str, kind: str, status: str, owner: str | None, where: str) -> Claim:
    i = doc.text.index(figure)
    n = {"four": 4.0, "Four": 4.0, "five": 5.0, "Five": 5.0}[figure]
    return Claim(
        id=f"{doc.id}-{i}", text=figure, start=i, end=i + len(figure), lower=n, upper=n, qualifier="exact",
        counted=kind, status=status, evidence=Evidence(doc.text, 0, len(doc.text)),
        owner=Entity(owner, owner, owner) if owner else None, location=Place(where, where, where, kind="country"),
        source=Entity("the ministry", "Ministry of Defence"), as_of=EventDate("2026-05-04", None, "day", "on"),
        modality="reported", section="body")


def _series(tmp_path, made):
    store = Store(tmp_path / "s.db")
    for doc, claim in made:
        ex = Extraction(doc, (), (claim,))
        store.save(ex)
        fuse_document(store, ex)
    out = figure_series(store)
    store.close()
    return [(s.topic_key, [p.status for p in s.points]) for s in out]


def test_a_pledge_to_supply_and_a_plan_to_send_are_one_series(tmp_path):
    a, b = _doc(1, "Spain pledged four air defence systems to Latvia."), _doc(2, "Spain will send five systems.")
    got = _series(tmp_path, [(a, _claim(a, "four", "air_defence", "pledged", "ESP", "LVA")),
                             (b, _claim(b, "five", "air_defence", "planned", "ESP", "LVA"))])
    assert got == [("air_defence|ESP|LVA", ["planned", "planned"])]


def test_refugees_who_arrive_are_the_displaced_counted_there(tmp_path):
    a, b = _doc(1, "Four refugees crossed into Peru."), _doc(2, "Five refugees were registered in Peru.")
    got = _series(tmp_path, [(a, _claim(a, "Four", "refugees", "arrived", None, "PER")),
                             (b, _claim(b, "Five", "refugees", "displaced", None, "PER"))])
    assert len(got) == 1 and got[0][1] == ["displaced", "displaced"]


def test_troops_who_arrive_keep_their_own_state(tmp_path):
    a, b = _doc(1, "Four soldiers arrived in Peru."), _doc(2, "Five soldiers are planned for Peru.")
    got = _series(tmp_path, [(a, _claim(a, "Four", "personnel", "arrived", "ESP", "PER")),
                             (b, _claim(b, "Five", "personnel", "planned", "ESP", "PER"))])
    assert sorted(s for _, st in got for s in st) == ["arrived", "planned"]
