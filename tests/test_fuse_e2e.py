"""End to end: `sitroom.api.ingest` over a folder of wire-style reports (real clean + analyze pipeline), then the fuse
read side: a syndicated copy, a conflicting estimate from a monitor, a planned reinforcement, an unrelated attack."""
from __future__ import annotations

import pytest

from sitroom.api import ingest
from sitroom.fuse import clusters, contradictions, figure_series
from sitroom.store import Store

REPORTS = {
    # the original wire story
    "b-wire-2023-03-14-us-troops.txt": """Poland says American troop presence has grown

14 March 2023, 11:20 AM

Poland's defence ministry said on Tuesday that about 10,500 American soldiers had arrived in Poland as of March 10.

The ministry said the units were stationed at bases near the eastern border.

According to the ministry, Washington plans to send up to 2,000 more soldiers to Poland next month.

Share this story
Follow us on Twitter
""",
    # a syndicated copy a day later: other headline and page furniture, same body
    "c-herald-2023-03-15-us-troops-copy.txt": """Poland: American troop presence has grown

15 March 2023, 08:05 AM

Poland's defence ministry said on Tuesday that about 10,500 American soldiers had arrived in Poland as of March 10.

The ministry said the units were stationed at bases near the eastern border.

According to the ministry, Washington plans to send up to 2,000 more soldiers to Poland next month.

Most popular
Newsletter sign-up
""",
    # an independent estimate for the same date that cannot be squared with the ministry's
    "d-monitor-2023-03-16-estimate.txt": """Monitors dispute official troop figures

16 March 2023, 09:40 AM

An independent monitoring group reported on Thursday that no more than 3,000 American soldiers had arrived in Poland as of March 10.

The group said it had counted the trains that crossed the border since February.

Advertisement
""",
    # unrelated
    "e-desk-2023-03-17-shelling.txt": """Three civilians killed in shelling of Kherson, officials say

17 March 2023, 07:15 AM

Russian forces shelled Kherson overnight, killing three civilians, the regional governor said on Friday.

Related: Power cuts expected
""",
}


@pytest.fixture(scope="module")
def fused(tmp_path_factory):
    folder = tmp_path_factory.mktemp("reports")
    for name, text in REPORTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    store = Store(tmp_path_factory.mktemp("db") / "e2e.db")
    report = ingest([folder], store)
    yield store, report
    store.close()


def _troop_series(store):
    series = [s for s in figure_series(store) if s.topic_key == "personnel|USA|POL"]
    assert len(series) == 1
    return series[0]


def test_every_report_is_stored_and_the_copy_is_a_separate_document(fused):
    store, report = fused
    assert report.ok and len(report.added) == 4 and not report.unchanged


def test_copy_events_join_the_original_clusters(fused):
    store, _ = fused
    cs = clusters(store)
    copy_docs = {m.document_id for c in cs for m in c.members if m.near_duplicate_of}
    assert len(copy_docs) == 1                                   # exactly the syndicated copy
    for c in cs:
        copies = [m for m in c.members if m.near_duplicate_of]
        for m in copies:                                         # each copied event sits with its original's event
            assert any(o.document_id == m.near_duplicate_of and o.evidence == m.evidence
                       for o in c.members)
            assert m.score == 1.0 and m.reasons[0].startswith("near-duplicate of document")
    figure = [c for c in cs if any("10,500" in m.evidence for m in c.members)]
    assert len(figure) == 1
    c = figure[0]
    assert c.type == "MOBILIZE" and c.location_country == "POL" and c.date_lo == c.date_hi == "2023-03-10"
    assert c.size == 3 and c.documents == 3 and c.independent_documents == 2
    assert sum("3,000" in m.evidence for m in c.members) == 1
    assert not any("Kherson" in m.evidence for m in c.members)


def test_series_counts_copy_once_and_shows_plan_as_change(fused):
    store, _ = fused
    s = _troop_series(store)
    assert s.subject == "American personnel in Poland"
    got = [(p.date, p.status, p.lower, p.upper, p.qualifier, p.change) for p in s.points]
    assert got == [
        ("2023-03-10", "present", 10500.0, 10500.0, "approx", "first"),
        ("2023-03-10", "present", None, 3000.0, "at_most", "contradiction"),
        ("2023-04-01", "planned", None, 2000.0, "up_to", "status present -> planned"),
    ]
    first, monitor, plan = s.points
    assert [a.reason for a in first.also_reported_by] == ["near_duplicate_document"]
    assert [a.reason for a in plan.also_reported_by] == ["near_duplicate_document"]
    assert monitor.also_reported_by == () and monitor.modality == "reported"
    assert first.contradicts == (monitor.claim_id,) and plan.contradicts == ()
    assert {ln.source for ln in s.lines} == {"Ministry of Defense of Poland", "An independent monitoring group"}


def test_one_contradiction_with_both_evidences(fused):
    store, _ = fused
    flags = contradictions(store)
    assert len(flags) == 1
    f = flags[0]
    assert f.subject == "American personnel in Poland" and f.status == "present"
    assert "about 10,500" in f.a.evidence and "no more than 3,000" in f.b.evidence
    assert (f.a.figure, f.b.figure) == ("about 10,500", "at most 3,000")
    assert "both cannot hold" in f.reason


def test_unrelated_attack_is_its_own_series(fused):
    store, _ = fused
    victims = [s for s in figure_series(store) if s.counted == "civilians"]
    assert len(victims) == 1
    # "shelled Kherson overnight, ..., the governor said on Friday": the deaths date to the night before the report
    assert [(p.status, p.lower, p.date) for p in victims[0].points] == [("killed", 3.0, "2023-03-16")]
    assert contradictions(store, "civilians") == []
