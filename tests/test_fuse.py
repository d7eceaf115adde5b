"""Fuse stage: near-duplicates, clusters, figure series and contradictions over small multi-outlet stores."""
from __future__ import annotations

import pytest

from sitroom.fuse import clusters, contradictions, figure_series, fuse_document, split_cluster
from sitroom.fuse._figures import bounds
from sitroom.model import FuseResult
from sitroom.store import Store
from test_fuse_reports import (
    all_reports, general_staff_report, kharkiv_rewrite, kharkiv_strike, monitor_report, odesa_strike, plan_report,
    requote_report, syndicated_copy,
)


def _ingest(store, reports) -> list[FuseResult]:
    out = []
    for ex in reports:
        assert store.save(ex).new
        out.append(fuse_document(store, ex))
    return out


@pytest.fixture
def store(db_url):                     # SQLite, and PostgreSQL when SITROOM_TEST_PG_URL is set
    s = Store(db_url)
    yield s
    s.close()


def _partition(store) -> set[frozenset[str]]:
    """Clusters as sets of outlets (each fixture outlet has one event)."""
    return {frozenset(m.outlet for m in c.members) for c in clusters(store)}


EXPECTED_CLUSTERS = {
    frozenset({"Reuters", "Kyiv Wire", "Eastern Monitor", "Lviv Herald"}),   # troops in Belarus as of 13 Oct
    frozenset({"Minsk Daily"}),                                             # the announced plan, 16 Oct
    frozenset({"Kharkiv Today", "Agence Wire"}),                            # one strike, two write-ups
    frozenset({"Black Sea News"}),                                          # another strike the same day (Odesa)
}


def test_syndicated_copy_is_a_near_duplicate_but_a_rewrite_is_not(store):
    r_orig, r_copy, r_requote = _ingest(store, [general_staff_report(), syndicated_copy(), requote_report()])
    assert r_orig.near_duplicate_of is None
    assert r_copy.near_duplicate_of == general_staff_report().document.id
    assert r_requote.near_duplicate_of is None


def test_clusters_link_reports_of_the_same_happening(store):
    _ingest(store, all_reports())
    assert _partition(store) == EXPECTED_CLUSTERS


def test_clustering_does_not_depend_on_arrival_order(store):
    _ingest(store, list(reversed(all_reports())))
    assert _partition(store) == EXPECTED_CLUSTERS


def test_links_store_score_and_reasons(store):
    _ingest(store, [kharkiv_strike(), kharkiv_rewrite(), general_staff_report(), syndicated_copy()])
    by_outlet = {m.outlet: m for c in clusters(store) for m in c.members}
    assert by_outlet["Kharkiv Today"].reasons == ("founded the cluster",)
    rewrite = by_outlet["Agence Wire"]
    assert rewrite.score == 1.0       # same actor, recipient, city and day; most evidence words shared
    assert "same place Kharkiv" in rewrite.reasons
    assert "same actor country RUS" in rewrite.reasons
    assert any(r.startswith("dates overlap") for r in rewrite.reasons)
    assert by_outlet["Kyiv Wire"].reasons[0].startswith("near-duplicate of document")
    assert by_outlet["Kyiv Wire"].near_duplicate_of == general_staff_report().document.id


def test_fuse_result_reports_joined_and_created_clusters(store):
    first, second, third = _ingest(store, [kharkiv_strike(), kharkiv_rewrite(), odesa_strike()])
    assert len(first.clusters_created) == 1 and first.clusters_joined == ()
    assert second.clusters_joined == first.clusters_created and second.clusters_created == ()
    assert len(third.clusters_created) == 1 and third.clusters_created != first.clusters_created


def test_split_cluster_and_later_copies_follow_the_split(store):
    _ingest(store, [general_staff_report(), syndicated_copy(), monitor_report()])
    (big,) = [c for c in clusters(store) if c.size == 3]
    monitor = next(m for m in big.members if m.outlet == "Eastern Monitor")
    assert monitor.score == 0.95      # recipient unknown on both sides: half weight
    assert "evidence overlap 0.50 (personnel, present)" in monitor.reasons   # troops fold to their kind
    monitor_event = next(m.event_id for m in big.members if m.outlet == "Eastern Monitor")
    new_id = split_cluster(store, big.id, [monitor_event])
    after = {c.id: c for c in clusters(store)}
    assert {m.outlet for m in after[big.id].members} == {"Reuters", "Kyiv Wire"}
    assert [m.outlet for m in after[new_id].members] == ["Eastern Monitor"]
    assert after[new_id].split_from == big.id
    assert after[big.id].size == 2 and after[new_id].size == 1
    with pytest.raises(ValueError):
        split_cluster(store, new_id, [monitor_event])          # would leave the cluster empty
    with pytest.raises(ValueError):
        split_cluster(store, big.id, ["not-an-event"])


def test_figure_series_one_point_per_claim_copies_counted_once(store):
    _ingest(store, all_reports())
    (series,) = figure_series(store, subject="troops")
    assert series.subject == "Russian personnel in Belarus"
    pts = [(p.date, p.status, p.lower, p.upper, p.qualifier, p.source) for p in series.points]
    assert pts == [
        ("2022-10-13", "present", None, 1000.0, "up_to", "General Staff of the Armed Forces of Ukraine"),
        ("2022-10-13", "present", 4300.0, 4300.0, "approx", "Belarusian Hajun"),
        ("2022-10-16", "planned", 9000.0, 9000.0, "exact", "Ministry of Defence of Belarus"),
    ]
    first = series.points[0]
    assert sorted((a.outlet, a.reason) for a in first.also_reported_by) == [
        ("Kyiv Wire", "near_duplicate_document"), ("Lviv Herald", "same_source_figure")]
    assert [p.change for p in series.points] == ["first", "contradiction", "status present -> planned"]
    assert [line.source for line in series.lines] == [
        "Belarusian Hajun", "General Staff of the Armed Forces of Ukraine", "Ministry of Defence of Belarus"]


def test_victims_belong_to_the_attacked_side(store):
    _ingest(store, [kharkiv_strike(), kharkiv_rewrite(), odesa_strike()])
    subjects = {s.topic_key: [(p.status, p.lower, p.source) for p in s.points]
                for s in figure_series(store)}
    assert subjects == {
        "civilians|UKR|UKR": [("killed", 3.0, "officials"), ("killed", 3.0, "regional governor")],
        "workers|UKR|UKR": [("wounded", 2.0, "city council")],
    }
    assert contradictions(store) == []


def test_contradiction_flagged_with_both_evidences_but_not_change_of_status(store):
    _ingest(store, all_reports())
    (flag,) = contradictions(store)
    assert flag.subject == "Russian personnel in Belarus" and flag.status == "present"
    assert {flag.a.source, flag.b.source} == {"General Staff of the Armed Forces of Ukraine", "Belarusian Hajun"}
    assert {flag.a.evidence[:20], flag.b.evidence[:20]} == {
        "Ukraine's general st", "A monitoring group s"}
    assert "cannot hold" in flag.reason


def test_same_figure_later_date_is_change_not_contradiction(store):
    from dataclasses import replace
    from sitroom.model import EventDate
    later = monitor_report()
    ev, claim = later.events[0], later.claims[0]
    when = EventDate("2022-10-20", None, "day", "as_of")
    later = replace(later, events=(replace(ev, date=when),), claims=(replace(claim, as_of=when),))
    _ingest(store, [general_staff_report(), later])
    assert contradictions(store) == []
    (series,) = figure_series(store)
    assert series.points[1].change == "as of 2022-10-13 -> 2022-10-20: up to 1,000 -> about 4,300"


def test_bounds():
    assert bounds(None, 1000, "up_to") == (0.0, 1000)
    assert bounds(1000, None, "more_than") == (1000, float("inf"))
    lo, hi = bounds(4300, 4300, "approx")
    assert round(lo) == 3870 and round(hi) == 4730


def test_a_quarter_dated_event_spans_the_quarter():
    from datetime import date

    from sitroom.fuse._features import features
    f = features("e", "d", "ASSAULT", None, None, None, None, True, "2022-Q4", "year", "on", "shelling", "2022-12-01")
    assert (f.date_lo, f.date_hi) == (date(2022, 10, 1), date(2022, 12, 31)) and f.dated
    undated = features("e", "d", "ASSAULT", None, None, None, None, True, "PAST_REF", None, "on", "x", "2022-12-01")
    assert not undated.dated and (undated.date_lo, undated.date_hi) == (date(2022, 11, 24), date(2022, 12, 1))


def test_refusing_to_link_distant_dates(store):
    from dataclasses import replace
    from sitroom.model import EventDate
    a, b = kharkiv_strike(), kharkiv_rewrite()
    b = replace(b, events=(replace(b.events[0], date=EventDate("2022-10-24", None, "day")),))
    _ingest(store, [a, b])
    assert len(clusters(store)) == 2


def test_fusing_a_document_twice_adds_nothing(store):
    ex = general_staff_report()
    _ingest(store, [ex])
    again = fuse_document(store, ex)
    assert again.clusters_created == () and again.claims == ()
    assert [c.size for c in clusters(store)] == [1]
