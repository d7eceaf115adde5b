"""A figure whose clause states no state of what it counts (status UNSTATED) is set against no other figure
(issue 10, outlet pages): 'Eighteen were discharged' says nothing that a count of 25 treated could contradict;
the same two figures in a stated state still conflict."""
from __future__ import annotations

from sitroom.analyze.claims import UNSTATED
from sitroom.fuse import contradictions, fuse_document
from sitroom.model import Claim, Document, Entity, EventDate, Evidence, Extraction, Place
from sitroom.store import Store

CLINIC = Entity("the clinic", "City Clinic", None)
DOCTOR = Entity("the doctor", "Dr. Example", None)


def _doc(i: str, text: str) -> Document:
    return Document(id=i, text=text, published="2024-06-03T12:00:00+00:00", outlet=f"Outlet {i}")


def _claim(doc: Document, figure: str, value: float, source: Entity, status: str) -> Claim:
    i = doc.text.index(figure)
    return Claim(
        id=f"{doc.id}-{i}", text=figure, start=i, end=i + len(figure), lower=value, upper=value, qualifier="exact",
        counted="people", status=status, evidence=Evidence(doc.text, 0, len(doc.text)), owner=None,
        location=Place("Chile", "Chile", "CHL", kind="country"), source=source, claim_date="2024-06-03",
        as_of=EventDate("2024-06-03", "Monday", "day", "on"), modality="reported")


def _flags(tmp_path, status_a: str, status_b: str) -> int:
    d1 = _doc("a", "The clinic said it treated 25 people on Monday.")
    d2 = _doc("b", "Nine of them went home, the doctor said.")
    store = Store(tmp_path / "s.db")
    for doc, c in ((d1, _claim(d1, "25", 25, CLINIC, status_a)), (d2, _claim(d2, "Nine", 9, DOCTOR, status_b))):
        ex = Extraction(doc, (), (c,))
        store.save(ex)
        fuse_document(store, ex)
    n = len(contradictions(store))
    store.close()
    return n


def test_figures_in_no_stated_state_contradict_nothing(tmp_path):
    assert _flags(tmp_path, UNSTATED, UNSTATED) == 0


def test_the_same_figures_in_a_stated_state_still_conflict(tmp_path):
    assert _flags(tmp_path, "wounded", "wounded") == 1
