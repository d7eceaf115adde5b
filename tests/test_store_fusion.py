"""The store's methods for the fusion tables, on records written by hand."""
from __future__ import annotations

from dataclasses import replace

import pytest

from sitroom.model import ClusterLink, ClusterSummary, FigureClaim, FigureContradiction, NearDuplicate
from sitroom.store import Store


@pytest.fixture
def store(db_url):                     # SQLite, and PostgreSQL when SITROOM_TEST_PG_URL is set
    s = Store(db_url)
    yield s
    s.close()


def _claim(id_, *, lower=1000.0, lo="2023-03-10", hi="2023-03-10", modality="reported", duplicate_of=None,
           source_key="ministry", subject="troops|USA|POL|present") -> FigureClaim:
    return FigureClaim(id_, "e-" + id_, "d-" + id_, subject, subject.rsplit("|", 1)[0], "troops", "soldiers", "USA",
                       "POL", "present", lower, lower, "exact", "1,000", modality, source_key, "Ministry", "Wire",
                       "2023-03-11", lo, "on", lo, hi, "1,000 soldiers arrived.", 0, duplicate_of)


def _cluster(id_, size=1) -> ClusterSummary:
    return ClusterSummary(id_, "MOBILIZE", "USA", None, "POL", None, "2023-03-10", "2023-03-10", ("troops",), size,
                          "2023-03-11T00:00:00+00:00")


def test_a_claim_is_stored_once_and_read_back_as_written(store):
    with store.transaction() as tx:
        tx.add_figure_claim(_claim("a"))
        tx.add_figure_claim(replace(_claim("a"), lower=5.0))          # same id again: the first is kept
    with store.transaction() as tx:
        assert tx.figure_claims() == [_claim("a")]
        assert tx.figure_claims(["nope"]) == []


def test_claims_overlapping_a_span_leave_out_repeats_other_modalities_and_the_claim_itself(store):
    with store.transaction() as tx:
        for c in [_claim("same"), _claim("inside", lo="2023-03-01", hi="2023-03-31"),
                  _claim("before", lo="2023-03-01", hi="2023-03-05"), _claim("too-early", lo="2023-01-01",
                                                                           hi="2023-03-31"),
                  _claim("repeat", duplicate_of="same"), _claim("planned", modality="planned"),
                  _claim("other-subject", subject="tanks|USA|POL|present")]:
            tx.add_figure_claim(c)
        got = tx.overlapping_claims("troops|USA|POL|present", starts_from="2023-02-07", lo="2023-03-10",
                                    hi="2023-03-10", modalities={"reported", "asserted"}, excluding="same", limit=10)
    assert sorted(c.id for c in got) == ["inside"]


def test_same_source_claims_match_source_and_start_day_and_skip_repeats(store):
    with store.transaction() as tx:
        for c in [_claim("a"), _claim("b", source_key="monitor"), _claim("c", lo="2023-03-11", hi="2023-03-11"),
                  _claim("d", duplicate_of="a")]:
            tx.add_figure_claim(c)
        assert [c.id for c in tx.same_source_claims("troops|USA|POL|present", "2023-03-10", "ministry", 50)] == ["a"]
        assert [c.id for c in tx.claims_in_documents({"d-a", "d-b", "d-x"}, "troops|USA|POL|present")] == ["a", "b"]


def test_contradictions_are_read_in_the_order_they_were_raised(store):
    flags = [FigureContradiction("k2", "a", "b", "s", "cannot both hold", "2023-03-12"),
             FigureContradiction("k1", "a", "c", "s", "cannot both hold", "2023-03-13")]
    with store.transaction() as tx:
        for f in reversed(flags):
            tx.add_contradiction(f)
        assert tx.contradictions() == flags


def test_clusters_are_found_through_their_blocking_keys(store):
    with store.transaction() as tx:
        for cid in ("c1", "c2", "c3"):
            tx.add_cluster(_cluster(cid))
        tx.file_cluster_under("c1", ["MOBILIZE|LPOL|100"])
        tx.file_cluster_under("c1", ["MOBILIZE|LPOL|100", "MOBILIZE|LPOL|101"])    # only the new key is added
        tx.file_cluster_under("c2", ["MOBILIZE|LPOL|101"])
        tx.file_cluster_under("c3", ["ASSAULT|LUKR|100"])
        assert sorted(c.id for c in tx.candidate_clusters(["MOBILIZE|LPOL|100", "MOBILIZE|LPOL|101"], 10)) == \
            ["c1", "c2"]
        assert len(tx.candidate_clusters(["MOBILIZE|LPOL|100", "MOBILIZE|LPOL|101"], 1)) == 1
        assert tx.candidate_clusters([], 10) == []
        tx.refile_cluster("c1", ["ASSAULT|LUKR|100"])
        assert sorted(c.id for c in tx.candidate_clusters(["ASSAULT|LUKR|100"], 10)) == ["c1", "c3"]
        assert [c.id for c in tx.candidate_clusters(["MOBILIZE|LPOL|100"], 10)] == []


def test_a_cluster_summary_is_updated_and_listed_largest_first(store):
    with store.transaction() as tx:
        tx.add_cluster(_cluster("small"))
        tx.add_cluster(_cluster("big"))
        tx.update_cluster(replace(_cluster("big"), size=3, keywords=("troops", "border"), date_hi="2023-03-12"))
        assert tx.cluster("big") == replace(_cluster("big"), size=3, keywords=("troops", "border"),
                                            date_hi="2023-03-12")
        assert tx.cluster("none") is None
        assert [c.id for c in tx.clusters()] == ["big", "small"]
        assert [c.id for c in tx.clusters(min_size=2)] == ["big"]


def test_a_relinked_event_moves_and_keeps_its_reasons(store):
    with store.transaction() as tx:
        tx.add_cluster_link(ClusterLink("e1", "c1", "d1", 0.8, ("same type MOBILIZE",), "t"))
        assert tx.is_event_linked("e1") and not tx.is_event_linked("e2")
        tx.relink_event("e1", "c2", "split off cluster c1 by user")
        assert tx.cluster_event_ids("c1") == set() and tx.cluster_event_ids("c2") == {"e1"}


def test_signatures_are_found_by_shared_bands_within_the_weeks_asked(store):
    with store.transaction() as tx:
        tx.add_signature("near", 4, b"n" * 32, 10, week=100, bands=[1, 2, 3])
        tx.add_signature("partial", 4, b"p" * 32, 10, week=101, bands=[3, 9])
        tx.add_signature("far", 4, b"f" * 32, 10, week=200, bands=[1, 2, 3])
        tx.add_signature("other-perm", 8, b"o" * 64, 10, week=100, bands=[1, 2, 3])
        got = tx.candidate_signatures(range(95, 106), [1, 2, 3], num_perm=4, limit=10)
        assert sorted(got) == [("near", b"n" * 32), ("partial", b"p" * 32)]
        assert tx.candidate_signatures(range(95, 106), [1, 2, 3], num_perm=4, limit=1) == [("near", b"n" * 32)]
        tx.add_near_duplicate(NearDuplicate("copy", "near", "partial", 0.9))
        assert tx.canonical_document("copy") == "near" and tx.canonical_document("near") is None
