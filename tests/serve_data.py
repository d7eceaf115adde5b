"""A small fused store for the serve tests: the fuse tests' wire reports (several outlets, a syndicated copy,
conflicting figures) plus two documents of our own with an undated event and a non-web URL."""
from __future__ import annotations

from sitroom.fuse import fuse_document
from sitroom.model import Document, Entity, Event, EventDate, Evidence, Extraction, content_id
from sitroom.store import Store
from test_fuse_reports import all_reports, event, report


def undated_report() -> Extraction:
    d = report("Steppe Courier", "2022-10-19T08:00:00+00:00", [
        "Protesters gathered outside the parliament in Chisinau to demand lower gas prices.",
        "Police said the rally ended peacefully.",
    ], title="Rally over gas prices")
    text = d.text
    ev = Event(id=content_id(d.id, 0, "PROTEST"), type="PROTEST",
               evidence=Evidence(text.split(". ")[0] + ".", 0, len(text.split(". ")[0]) + 1), modality="asserted",
               actor=Entity("Protesters", "Protesters", None, "CIV"), trigger="gathered")
    return Extraction(d, (ev,))


def monthly_report() -> Extraction:
    d = Document(id=content_id("doc", "monthly"), text="In September Belarus hosted joint drills with Russian units. "
                 "The exercises were announced by the defence ministry.", title="Drills in September",
                 published="2022-10-02T10:00:00+00:00", outlet="Minsk Daily", url="ftp://archive.example/drills")
    e = event(d, "In September Belarus hosted joint drills with Russian units.", "COOPERATE", actor="BLR",
              recipient="RUS", place_country="BLR", date="2022-09", precision="month", modality="asserted")
    e = Event(**{**e.__dict__, "date": EventDate("2022-09", "In September", "month", "on"), "trigger": "hosted"})
    return Extraction(d, (e,))


def reports() -> list[Extraction]:
    return all_reports() + [undated_report(), monthly_report()]


def build_store(path) -> str:
    with Store(path) as s:
        for ex in reports():
            if s.save(ex).new:
                fuse_document(s, ex)
    return str(path)
