"""Which reports the fuse stage links and which it keeps apart; how figure claims are named, repeated and compared.

Every test goes through the public surface only: `Store.save`, `fuse_document`, `clusters`, `figure_series`,
`contradictions`, on two or three small hand-written reports.
"""
from __future__ import annotations

import pytest

import json
from dataclasses import asdict

from sitroom import fuse
from sitroom.fuse import fuse_document, split_cluster
from sitroom.model import Extraction
from sitroom.store import Store
from test_fuse_reports import event, report


def _plain(records):
    """The fused records as the JSON the commands print (these tests read them as dicts)."""
    return json.loads(json.dumps([asdict(r) for r in records]))


def clusters(store, *a, **k):
    return _plain(fuse.clusters(store, *a, **k))


def figure_series(store, *a, **k):
    return _plain(fuse.figure_series(store, *a, **k))


def contradictions(store, *a, **k):
    return _plain(fuse.contradictions(store, *a, **k))

STRIKE = ("Russian missiles struck a power station in Kharkiv on Monday morning, killing three civilians, "
          "the regional governor said.")
REWRITE = "Three civilians were killed when Russian missiles struck a power station in Kharkiv on Monday."
OTHER = "Russian troops seized a grain depot near Kharkiv after a week of heavy fighting, the governor said."


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "links.db")
    yield s
    s.close()


def _strike(outlet: str, sentence: str = STRIKE, published: str = "2022-10-17T12:00:00+03:00", **kw) -> Extraction:
    d = report(outlet, published, [sentence, f"{outlet} will update this story."])
    args = dict(actor="RUS", recipient="UKR", place="Kharkiv", place_country="UKR", date="2022-10-17",
                source="regional governor")
    args.update(kw)
    return Extraction(d, (event(d, sentence, args.pop("type_", "ASSAULT"), **args),))


def _fuse(store, *reports):
    out = []
    for ex in reports:
        assert store.save(ex).new
        out.append(fuse_document(store, ex))
    return out


def _link(store, **second):
    """Fuse a first strike report and a rewrite of it by another outlet; the rewrite's link (None: not linked)."""
    _, res = _fuse(store, _strike("Kharkiv Today"), _strike("Agence Wire", REWRITE, **second))
    if not res.clusters_joined:
        assert len(res.clusters_created) == 1
        return None
    (c,) = [c for c in clusters(store) if c["id"] == res.clusters_joined[0]]
    return next(m for m in c["members"] if m["outlet"] == "Agence Wire")


def test_a_rewrite_of_the_same_strike_joins_its_cluster(store):
    link = _link(store)
    assert link is not None
    assert "same place Kharkiv" in link["reasons"] and "same actor country RUS" in link["reasons"]
    assert "same recipient country UKR" in link["reasons"]
    assert any(r.startswith("evidence overlap") for r in link["reasons"])


def test_swapped_actor_and_recipient_still_link(store):
    link = _link(store, actor="UKR", recipient="RUS")
    assert link is not None and "actor and recipient swapped (UKR/RUS)" in link["reasons"]


@pytest.mark.parametrize("change", [
    {"actor": "BLR"},                                   # another attacker
    {"place_country": "RUS", "place": "Belgorod"},     # another country
    {"place": "Odesa"},                                 # another city of the same country
    {"type_": "PROTEST"},                               # another kind of event
    {"date": "2022-10-19"},                             # two days later, both dated to the day
    {"date": "2022-11", "precision": "month"},          # a month that does not hold the day
    {"date": "2022", "precision": "year"},              # a year links nothing
])
def test_a_clash_on_one_field_keeps_the_reports_apart(store, change):
    assert _link(store, **change) is None


@pytest.mark.parametrize("change, why", [
    ({"date": "2022-10-18"}, "dates 1 day(s) apart (day precision)"),
    ({"date": "2022-W42", "precision": "week"}, "dates overlap"),
    ({"date": "2022-10", "precision": "month"}, "dates overlap"),
    ({"date": None, "published": "2022-10-19T08:00:00+00:00"}, "undated, published within 7 days after 2022-10-17"),
    ({"date": "2022-10-10", "relation": "since", "published": "2022-10-18T08:00:00+00:00"}, "dates overlap"),
    ({"actor": None}, "dates overlap"),                 # an unknown actor is no clash
])
def test_vaguer_or_nearby_dates_still_link(store, change, why):
    link = _link(store, **change)
    assert link is not None and any(r.startswith(why) for r in link["reasons"])


def test_a_report_published_long_after_an_undated_event_does_not_link(store):
    assert _link(store, date=None, published="2022-11-20T08:00:00+00:00") is None


def test_a_start_date_without_since_is_too_early_to_link(store):
    assert _link(store, date="2022-10-10", published="2022-10-18T08:00:00+00:00") is None


def test_the_evidence_must_overlap(tmp_path):
    store = Store(tmp_path / "ev.db")
    _, res = _fuse(store, _strike("Kharkiv Today"), _strike("Agence Wire", OTHER))
    assert res.clusters_joined == () and len(clusters(store)) == 2
    store.close()


def test_a_full_match_scores_higher_than_a_match_with_unknown_sides(store):
    _fuse(store, _strike("Kharkiv Today"), _strike("Agence Wire", REWRITE),
          _strike("Night Desk", "A Russian missile strike on a power station in Kharkiv killed three civilians on Monday.",
                  actor=None, recipient=None))
    (c,) = clusters(store)
    score = {m["outlet"]: m["score"] for m in c["members"]}
    assert score["Kharkiv Today"] == 1.0                      # the founder
    assert 0 < score["Night Desk"] < score["Agence Wire"] <= 1.0
    assert c["size"] == 3 and c["documents"] == 3 and c["independent_documents"] == 3
    assert c["outlets"] == ["Agence Wire", "Kharkiv Today", "Night Desk"]
    assert (c["actor_country"], c["recipient_country"], c["location_name"]) == ("RUS", "UKR", "Kharkiv")
    assert (c["date_lo"], c["date_hi"]) == ("2022-10-17", "2022-10-17")


def test_a_cluster_learns_what_its_founder_did_not_know(store):
    _fuse(store, _strike("Kharkiv Today", actor=None, recipient=None, date="2022-W42", precision="week"),
          _strike("Agence Wire", REWRITE))
    (c,) = clusters(store)
    assert (c["actor_country"], c["recipient_country"]) == ("RUS", "UKR")
    assert (c["date_lo"], c["date_hi"]) == ("2022-10-17", "2022-10-23")


def test_cluster_filters(store):
    _fuse(store, _strike("Kharkiv Today"), _strike("Agence Wire", REWRITE),
          _strike("Kyiv Post", OTHER, type_="COERCE"))
    assert [c["size"] for c in clusters(store)] == [2, 1]          # largest first
    assert [c["type"] for c in clusters(store, type="coerce")] == ["COERCE"]
    assert [c["size"] for c in clusters(store, min_size=2)] == [2]
    one = clusters(store)[1]["id"]
    assert [c["id"] for c in clusters(store, cluster_id=one)] == [one]
    assert len(clusters(store, limit=1)) == 1


def test_split_of_an_unknown_cluster_is_a_key_error(store):
    _fuse(store, _strike("Kharkiv Today"))
    with pytest.raises(KeyError, match="no cluster nope"):
        split_cluster(store, "nope", ["x"])
    with pytest.raises(ValueError):
        split_cluster(store, clusters(store)[0]["id"], [])


def test_a_split_cluster_keeps_its_summary_and_new_reports_find_it(store):
    _fuse(store, _strike("Kharkiv Today"), _strike("Agence Wire", REWRITE), _strike("Night Desk", REWRITE))
    (c,) = clusters(store)
    moved = next(m["event_id"] for m in c["members"] if m["outlet"] == "Night Desk")
    new_id = split_cluster(store, c["id"], [moved])
    after = {x["id"]: x for x in clusters(store)}
    for cid in (c["id"], new_id):
        assert (after[cid]["actor_country"], after[cid]["location_name"]) == ("RUS", "Kharkiv")
        assert (after[cid]["date_lo"], after[cid]["date_hi"]) == ("2022-10-17", "2022-10-17")
        assert after[cid]["keywords"]
    (late,) = _fuse(store, _strike("Late Wire", REWRITE))
    assert late.clusters_joined and late.clusters_created == ()


# Figure claims: fusion reads the documents' Claim records since issue 10 (tests/test_fuse_claims.py); the tests that
# built figures from event quantities here were dropped with that code path.
