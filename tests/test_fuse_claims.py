"""Fusion reads claims: multi-outlet reports through the real pipeline (`sitroom.api.ingest`), then the series and
contradictions. Several outlets repeat one planned figure in their own words (troops / servicemen / military
personnel; "Russian" only in the headline or an earlier sentence); a monitor and the general staff give figures for
what is there; equipment and artillery are counted apart. Plus small hand-built claims for the rules fusion applies
to what the claims say (a headline figure the body repeats, nothing counted, no claimant)."""
from __future__ import annotations

import pytest

from sitroom.api import ingest
from sitroom.fuse import contradictions, figure_series, fuse_document
from sitroom.model import Claim, Document, Entity, EventDate, Evidence, Extraction, Place
from sitroom.store import Store

REPORTS = {
    "a-wire-2022-10-17.txt": """Belarus says joint force will include Russian troops

17 October 2022, 10:05 AM

The Belarusian defence ministry said on Monday that about 9,000 Russian troops would be deployed in Belarus as part of a joint regional force.

The ministry said the first trains were expected within days.
""",
    # "Russian" in the headline only
    "b-daily-2022-10-17.txt": """Russian soldiers to head for Belarus, Minsk says

17 October 2022, 01:30 PM

Minsk said on Monday that the grouping would number about 9,000 servicemen.

Officials gave no details on where the units would be based.
""",
    # "Russian" in the sentence before; the claimant is Belarusian, the troops are not
    "c-herald-2022-10-18.txt": """Moscow to send thousands to its neighbour

18 October 2022, 08:00 AM

Russian units are being moved to Belarus, the Belarusian defence ministry said on Tuesday. Some 9,000 military personnel are to be stationed in the country, the ministry added.

The deployment follows weeks of warnings from Kyiv.
""",
    "d-monitor-2022-10-21.txt": """Monitors count Russian forces in Belarus

21 October 2022, 09:40 AM

A monitoring group said on Friday that about 4,300 Russian servicemen were present in Belarus as of October 20.

The group said about 400 pieces of equipment had also arrived in Belarus as of October 20.
""",
    "e-kyiv-2022-10-21.txt": """Ukraine sees no strike group in Belarus

21 October 2022, 11:15 AM

Ukraine's general staff said on Friday that no more than 1,000 Russian soldiers were present in Belarus as of October 20.

It said up to 100 artillery pieces had arrived in Belarus as of October 20.
""",
}


@pytest.fixture(scope="module")
def fused(tmp_path_factory):
    folder = tmp_path_factory.mktemp("claims-reports")
    for name, text in REPORTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    store = Store(tmp_path_factory.mktemp("db") / "claims.db")
    report = ingest([folder], store)
    assert report.ok and len(report.added) == len(REPORTS)
    yield store
    store.close()


def _series(store, topic: str):
    (s,) = [s for s in figure_series(store) if s.topic_key == topic]
    return s


def test_one_planned_figure_in_three_wordings_is_one_series(fused):
    s = _series(fused, "personnel|RUS|BLR")
    assert s.subject == "Russian personnel in Belarus"
    planned = [p for p in s.points if p.status == "planned"]
    assert [(p.lower, p.qualifier) for p in planned] == [(9000.0, "approx")] * 3
    assert {p.evidence.split()[0] for p in planned} == {"The", "Minsk", "Some"}     # all three outlets
    nine = [p for x in figure_series(fused) for p in x.points if p.lower == 9000.0]
    assert len(nine) == 3                                       # no 9,000 in any other series


def test_plan_then_presence_is_a_change_of_status_not_a_contradiction(fused):
    s = _series(fused, "personnel|RUS|BLR")
    monitor = next(p for p in s.points if p.lower == 4300.0)
    assert monitor.status == "present" and monitor.source == "A monitoring group"
    assert monitor.change == "status planned -> present"
    assert not any(p.contradicts for p in s.points if p.status == "planned")


def test_same_kind_status_and_date_with_incompatible_bounds_is_the_one_contradiction(fused):
    (flag,) = contradictions(fused)
    assert flag.subject == "Russian personnel in Belarus" and flag.status == "present"
    assert {flag.a.figure, flag.b.figure} == {"about 4,300", "at most 1,000"}
    assert {flag.a.source, flag.b.source} == {"A monitoring group", "General Staff of the Armed Forces of Ukraine"}


def test_equipment_and_artillery_are_different_kinds(fused):
    kinds = {s.counted: s for s in figure_series(fused)}
    assert [p.figure for p in kinds["equipment"].points] == ["about 400"]
    assert [p.figure for p in kinds["artillery"].points] == ["up to 100"]
    assert contradictions(fused, "equipment") == [] and contradictions(fused, "artillery") == []


# --------------------------------------------------------------------------- hand-built claims

BODY = "The ministry said 120 tanks and an unknown number of trucks had crossed into Belarus on Monday."
TITLE = "120 tanks cross into Belarus"


def _claim(doc: Document, figure: str, kind: str | None, *, section: str = "body",
           source: Entity | None = Entity("the ministry", "Ministry of Defence")) -> Claim:
    text = doc.title if section == "title" else doc.text
    i = text.index(figure)
    return Claim(
        id=f"{doc.id}-{section}-{i}", text=figure, start=i, end=i + len(figure), lower=120.0, upper=120.0,
        qualifier="exact", counted=kind, status="arrived", evidence=Evidence(text, 0, len(text)),
        owner=Entity("Russia", "Russia", "RUS"), location=Place("Belarus", "Belarus", "BLR", kind="country"),
        source=source, as_of=EventDate("2022-10-17", None, "day", "on"), modality="reported", section=section)


def _fuse(tmp_path, doc: Document, claims: tuple[Claim, ...]):
    store = Store(tmp_path / "hand.db")
    ex = Extraction(doc, (), claims)
    store.save(ex)
    res = fuse_document(store, ex)
    series = figure_series(store)
    store.close()
    return res, series


def test_a_headline_figure_the_body_repeats_is_one_point(tmp_path):
    doc = Document(id="d1", text=BODY, title=TITLE, published="2022-10-17T12:00:00+00:00", outlet="Wire")
    res, series = _fuse(tmp_path, doc, (_claim(doc, "120", "tanks", section="title"), _claim(doc, "120", "tanks")))
    assert len(res.claims) == 1 and res.claims[0].evidence == BODY
    assert [(s.topic_key, len(s.points)) for s in series] == [("tanks|RUS|BLR", 1)]


def test_a_headline_figure_alone_is_a_point_and_nothing_counted_is_none(tmp_path):
    doc = Document(id="d2", text=BODY, title=TITLE, published="2022-10-17T12:00:00+00:00", outlet="Wire")
    res, series = _fuse(tmp_path, doc, (_claim(doc, "120", "tanks", section="title"), _claim(doc, "120", None)))
    assert [(c.counted, c.evidence) for c in res.claims] == [("tanks", TITLE)]
    assert res.claims[0].event_id is None                      # a claim need not hang off an event


def test_the_outlet_speaks_only_when_the_claim_has_no_source(tmp_path):
    doc = Document(id="d3", text=BODY, published="2022-10-17T12:00:00+00:00", outlet="Wire")
    res, _ = _fuse(tmp_path, doc, (_claim(doc, "120", "tanks", source=None),))
    assert [c.source for c in res.claims] == ["Wire"]
    doc = Document(id="d4", text=BODY, published="2022-10-17T12:00:00+00:00", outlet="Wire")
    (tmp_path / "x").mkdir()
    res, _ = _fuse(tmp_path / "x", doc, (_claim(doc, "120", "tanks"),))
    assert [c.source for c in res.claims] == ["Ministry of Defence"]
