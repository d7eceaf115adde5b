"""A claim whose owner or place its sentence leaves unstated goes on the one full series of its kind (and status) it
fits (issue 10): whatever order the claims are written in, never when two full series fit, never raising a
contradiction, the same on every reader, and the series summaries still equal a recomputation from the claims. A
claim naming neither owner nor place joins only a series said of a time near its own (the same week's story).
On SQLite and, when configured, PostgreSQL (`db_url`)."""
from __future__ import annotations

from sqlalchemy import insert, select

from sitroom.fuse import figure_series
from sitroom.fuse._figures import _contradicting
from sitroom.model import FigureClaim, FigureContradiction
from sitroom.store import Store
from sitroom.store import _fusion_schema as fs
from sitroom.store._series_summary import figure_series as series_table, figure_series_days, summary_selects

FULL = "personnel|RUS|BLR"


def _claim(n: int, topic: str, *, status: str = "planned", value: float = 9000.0, day: str = "2022-10-10",
           source: str = "Ministry") -> FigureClaim:
    counted, owner, loc = topic.split("|")
    return FigureClaim(
        id=f"c{n:02d}", event_id=None, document_id=f"d{n:02d}", subject_key=f"{topic}|{status}", topic_key=topic,
        counted=counted, counted_text="troops", owner_country=None if owner == "-" else owner,
        location_country=None if loc == "-" else loc, status=status, lower=value, upper=value, qualifier="approx",
        quantity_text="about 9,000", modality="planned", source_key=source.lower(), source=source, outlet=f"Outlet {n}",
        claim_date=day, as_of=day, as_of_relation="on", as_of_lo=day, as_of_hi=day, evidence="e", evidence_start=0)


def _write(store: Store, *claims: FigureClaim) -> None:
    with store.transaction() as tx:
        for c in claims:
            tx.add_figure_claim(c)


def _on(store: Store) -> dict[str, str]:
    """claim id -> the series (topic key) it is on."""
    with store.transaction() as tx:
        return {c.id: c.topic_key for c in tx.figure_claims()}


def _summaries_agree(store: Store) -> bool:
    series, days = summary_selects()
    with store._engine.connect() as conn:
        kept = (sorted(map(tuple, conn.execute(select(series_table)))),
                sorted(map(tuple, conn.execute(select(figure_series_days)))))
        again = sorted(map(tuple, conn.execute(series))), sorted(map(tuple, conn.execute(days)))
    return kept == again


def test_a_partial_claim_joins_the_one_full_series_it_fits_and_says_so(db_url):
    with Store(db_url) as store:
        _write(store, _claim(1, FULL), _claim(2, "personnel|-|BLR"), _claim(3, "personnel|RUS|-"),
               _claim(4, "personnel|-|-"))
        on = _on(store)
        assert on == {"c01": FULL, "c02": FULL, "c03": FULL, "c04": FULL}   # c04: the one series of its week
        series = next(s for s in figure_series(store) if s.topic_key == FULL)
        assert (series.topic_key, series.owner_country, series.location_country) == (FULL, "RUS", "BLR")
        joined = {p.claim_id: p.joined_from for p in series.points}
        assert joined == {"c01": None, "c02": "personnel|-|BLR", "c03": "personnel|RUS|-", "c04": "personnel|-|-"}
        with store.transaction() as tx:                       # its own subject is kept
            assert {c.subject_key for c in tx.figure_claims()} >= {"personnel|-|BLR|planned"}
        assert _summaries_agree(store)


def test_partial_claims_written_before_the_full_series_join_it_when_it_comes(db_url):
    with Store(db_url) as store:
        _write(store, _claim(2, "personnel|-|BLR"))
        assert _on(store) == {"c02": "personnel|-|BLR"}
        _write(store, _claim(1, FULL))
        assert _on(store) == {"c01": FULL, "c02": FULL}
        assert _summaries_agree(store)
        assert store.series_slice(FULL).points_total == 2
        assert store.series_slice("personnel|-|BLR").points_total == 0


def test_two_fitting_full_series_leave_the_partial_claim_where_it_is(db_url):
    with Store(db_url) as store:
        _write(store, _claim(1, FULL), _claim(2, "personnel|-|BLR"))
        assert _on(store)["c02"] == FULL
        _write(store, _claim(3, "personnel|UKR|BLR"))              # now the owner is ambiguous: it goes back
        assert _on(store) == {"c01": FULL, "c02": "personnel|-|BLR", "c03": "personnel|UKR|BLR"}
        _write(store, _claim(4, "personnel|-|BLR", source="Agency"))
        assert _on(store)["c04"] == "personnel|-|BLR"
        assert [p.joined_from for s in figure_series(store) for p in s.points] == [None] * 4
        assert _summaries_agree(store)


def test_a_partial_claim_with_no_full_series_of_its_kind_and_status_stays(db_url):
    with Store(db_url) as store:
        _write(store, _claim(1, "tanks|RUS|BLR"), _claim(2, "personnel|BLR|BLR", status="present"),
               _claim(3, "personnel|-|BLR"))
        assert _on(store)["c03"] == "personnel|-|BLR"     # other kind; same place but the army present there
        assert _summaries_agree(store)


def test_a_joined_claim_is_never_set_against_the_full_series(db_url):
    with Store(db_url) as store:
        _write(store, _claim(1, FULL, value=9000.0))
        far = _claim(2, "personnel|-|BLR", value=300.0, source="Agency")
        _write(store, far)
        assert _on(store)["c02"] == FULL
        with store.transaction() as tx:
            assert _contradicting(tx, far) == []            # contradictions stay within the claim's own subject


def test_contradictions_among_joined_claims_are_shown_on_their_series(db_url):
    with Store(db_url) as store:
        _write(store, _claim(1, FULL), _claim(2, "personnel|-|BLR", value=100.0),
               _claim(3, "personnel|-|BLR", value=5000.0, source="Agency"))
        with store.transaction() as tx:
            tx.add_contradiction(FigureContradiction("x1", "c02", "c03", "personnel|-|BLR|planned", "r",
                                                     "2022-10-11T00:00:00+00:00"))
        assert sorted(map(tuple, store.series_slice(FULL).pairs)) == [("c02", "c03")]
        claims, flags = store.topic_figures(FULL)
        assert len(claims) == 3 and [f.id for f in flags] == ["x1"]
        (series,) = figure_series(store)
        assert {p.claim_id: p.contradicts for p in series.points}["c02"] == ("c03",)


def test_rebuilding_after_a_bulk_load_joins_as_the_writer_does(db_url):
    with Store(db_url) as store:
        rows = [{k: getattr(c, k) for k in FigureClaim.__dataclass_fields__}
                for c in (_claim(2, "personnel|-|BLR"), _claim(1, FULL), _claim(3, "tanks|-|BLR"))]
        with store._engine.begin() as conn:                    # past the claim writer
            conn.execute(insert(fs.figure_claims), rows)
        store.rebuild_series_summary()
        assert _on(store) == {"c01": FULL, "c02": FULL, "c03": "tanks|-|BLR"}
        assert _summaries_agree(store)


def test_asking_for_a_series_by_its_subject_brings_its_joined_claims(db_url):
    with Store(db_url) as store:
        _write(store, _claim(1, FULL), _claim(2, "personnel|-|BLR"), _claim(3, "tanks|RUS|BLR"))
        (series,) = figure_series(store, "Russian personnel in Belarus")
        assert sorted(p.claim_id for p in series.points) == ["c01", "c02"]


def test_the_series_page_shows_which_points_were_joined(db_url):
    from sitroom.serve import _records as R
    with Store(db_url) as store:
        _write(store, _claim(1, FULL), _claim(2, "personnel|RUS|-"))
        page = R.series_json(FULL, store.series_slice(FULL), None)
    assert page["subject"] == "Russian personnel in Belarus"
    assert {p["claim_id"]: p["joined_from"] for p in page["points"]} == {"c01": None, "c02": "personnel|RUS|-"}


UNPLACED = "personnel|-|-"


def test_a_claim_naming_neither_joins_only_a_series_of_its_week(db_url):
    with Store(db_url) as store:
        _write(store, _claim(1, FULL, day="2022-10-10"), _claim(2, UNPLACED, day="2022-10-14"),
               _claim(3, UNPLACED, day="2022-11-20"), _claim(4, UNPLACED, day="2022-10-12", status="arrived"))
        assert _on(store) == {"c01": FULL, "c02": FULL, "c03": UNPLACED, "c04": UNPLACED}   # too late; other status
        assert _summaries_agree(store)


def test_a_claim_naming_neither_stays_when_two_series_of_its_week_fit(db_url):
    with Store(db_url) as store:
        _write(store, _claim(1, FULL), _claim(2, UNPLACED, day="2022-10-12"))
        assert _on(store)["c02"] == FULL
        _write(store, _claim(3, "personnel|BLR|BLR", day="2022-10-15"))    # a second fitting series that week
        assert _on(store) == {"c01": FULL, "c02": UNPLACED, "c03": "personnel|BLR|BLR"}
        _write(store, _claim(4, "personnel|UKR|POL", day="2022-12-30"))    # far off: changes nothing
        assert _on(store)["c02"] == UNPLACED
        assert _summaries_agree(store)


def test_a_claim_naming_neither_joins_the_series_that_comes_later_in_its_week(db_url):
    with Store(db_url) as store:
        _write(store, _claim(2, UNPLACED, day="2022-10-12"), _claim(5, UNPLACED, day="2022-12-01"))
        _write(store, _claim(1, FULL, day="2022-10-16"))
        _write(store, _claim(3, FULL, day="2022-10-17", source="Agency"))
        assert _on(store) == {"c01": FULL, "c02": FULL, "c03": FULL, "c05": UNPLACED}
        assert _summaries_agree(store)
        assert store.series_slice(FULL).points_total == 3


def test_an_undated_or_vague_claim_naming_neither_joins_nothing(db_url):
    from dataclasses import replace
    with Store(db_url) as store:
        vague = replace(_claim(2, UNPLACED), as_of="2022", as_of_lo="2022-01-01", as_of_hi="2022-12-31")
        undated = replace(_claim(3, UNPLACED), as_of=None, as_of_lo=None, as_of_hi=None, claim_date=None)
        _write(store, _claim(1, FULL), vague, undated)
        assert _on(store) == {"c01": FULL, "c02": UNPLACED, "c03": UNPLACED}


def test_a_joined_claim_naming_neither_is_never_set_against_the_series(db_url):
    with Store(db_url) as store:
        _write(store, _claim(1, FULL, value=9000.0))
        other = _claim(2, UNPLACED, value=300.0, source="Agency")
        _write(store, other)
        assert _on(store)["c02"] == FULL
        with store.transaction() as tx:
            assert _contradicting(tx, other) == []


def test_rebuilding_joins_claims_naming_neither_as_the_writer_does(db_url):
    with Store(db_url) as store:
        rows = [{k: getattr(c, k) for k in FigureClaim.__dataclass_fields__}
                for c in (_claim(2, UNPLACED, day="2022-10-12"), _claim(1, FULL), _claim(3, UNPLACED, day="2023-01-01"))]
        with store._engine.begin() as conn:                    # past the claim writer
            conn.execute(insert(fs.figure_claims), rows)
        store.rebuild_series_summary()
        assert _on(store) == {"c01": FULL, "c02": FULL, "c03": UNPLACED}
        assert _summaries_agree(store)
