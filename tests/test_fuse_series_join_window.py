"""A claim stating only the place (or only the owner) that fits two full series goes on the one whose claims of its
status were said that week (issue 10, outlet batch 3): a call-up two decades earlier ("personnel|YUG|SRB",
ordered) does not make this week's "personnel|-|SRB" ambiguous; with both series in its week it stays on its own
key. The same whichever is written first, and after a rebuild."""
from __future__ import annotations

from sitroom.model import FigureClaim
from sitroom.store import Store

NOW = "personnel|SRB|SRB"
OLD = "personnel|YUG|SRB"
PART = "personnel|-|SRB"


def _claim(n: int, topic: str, day: str, *, status: str = "ordered") -> FigureClaim:
    counted, owner, loc = topic.split("|")
    return FigureClaim(
        id=f"c{n:02d}", event_id=None, document_id=f"d{n:02d}", subject_key=f"{topic}|{status}", topic_key=topic,
        counted=counted, counted_text="reservists", owner_country=None if owner == "-" else owner,
        location_country=None if loc == "-" else loc, status=status, lower=4000.0, upper=4000.0, qualifier="approx",
        quantity_text="about 4,000", modality="reported", source_key="ministry", source="Ministry",
        outlet=f"Outlet {n}", claim_date="2024-05-06", as_of=day, as_of_relation="on", as_of_lo=day, as_of_hi=day,
        evidence="e", evidence_start=0)


def _write(store: Store, *claims: FigureClaim) -> None:
    with store.transaction() as tx:
        for c in claims:
            tx.add_figure_claim(c)


def _on(store: Store) -> dict[str, str]:
    with store.transaction() as tx:
        return {c.id: c.topic_key for c in tx.figure_claims()}


def test_the_fitting_series_of_the_claims_week_is_chosen(tmp_path):
    with Store(tmp_path / "a.db") as store:
        _write(store, _claim(1, NOW, "2024-05-06"), _claim(2, OLD, "2001-03-01"), _claim(3, PART, "2024-05-07"))
        assert _on(store)["c03"] == NOW


def test_the_choice_holds_when_the_old_series_is_written_after_the_claim(tmp_path):
    with Store(tmp_path / "b.db") as store:
        _write(store, _claim(1, NOW, "2024-05-06"), _claim(3, PART, "2024-05-07"))
        _write(store, _claim(2, OLD, "2001-03-01"))
        assert _on(store)["c03"] == NOW
        store.rebuild_series_summary()
        assert _on(store)["c03"] == NOW


def test_two_fitting_series_of_the_same_week_leave_the_claim_on_its_own_key(tmp_path):
    with Store(tmp_path / "c.db") as store:
        _write(store, _claim(1, NOW, "2024-05-06"), _claim(2, OLD, "2024-05-05"), _claim(3, PART, "2024-05-07"))
        assert _on(store)["c03"] == PART
