"""Figure series and contradictions tell places below the country apart (issue 10): two towns of one country are two
series that never contradict; a claim said only of the country that repeats one town's figure of that week is on
that town's series; a town's claim that leaves its owner unstated may stand for its country's full series. On SQLite
and, when configured, PostgreSQL (`db_url`)."""
from __future__ import annotations

from sqlalchemy import insert

from sitroom.fuse import contradictions, figure_series, fuse_document
from sitroom.model import Claim, Document, Entity, EventDate, Evidence, Extraction, FigureClaim, Place
from sitroom.store import Store
from sitroom.store import _fusion_schema as fs

DOBOJ = Place("Doboj", "Doboj", "BIH", 44.73, 18.09, "city")
MAGLAJ = Place("Maglaj", "Maglaj", "BIH", 44.55, 18.1, "city")


def _report(doc_id: str, value: float, place: Place, source: str, day: str = "2024-05-15") -> Extraction:
    text = f"About {value:,.0f} residents were evacuated in {place.text}, {source} said."
    doc = Document(doc_id, text, title="Floods", published=f"{day}T09:00", outlet=f"Outlet {doc_id}")
    claim = Claim(id=f"{doc_id}-c1", text=f"About {value:,.0f}", start=0, end=11, lower=value, upper=value,
                  qualifier="approx", counted="civilians", status="displaced", counted_text="residents",
                  location=place, source=Entity(source, source), evidence=Evidence(text, 0, len(text)),
                  claim_date=day, as_of=EventDate(day, "on Wednesday", "day", "on"))
    return Extraction(doc, (), (claim,))


def _fuse(store: Store, *exs: Extraction) -> None:
    for ex in exs:
        store.save(ex)
        fuse_document(store, ex)


def test_two_towns_of_one_country_are_two_series_and_never_contradict(db_url):
    with Store(db_url) as store:
        _fuse(store, _report("d1", 12000, DOBOJ, "the mayor's office"), _report("d2", 2500, MAGLAJ, "the municipality"))
        assert contradictions(store) == []
        got = {s.topic_key: (s.subject, s.location_country, s.location_place, s.location_name)
               for s in figure_series(store)}
        assert got == {
            "refugees|-|BIH:doboj": ("refugees in Doboj, Bosnia and Herzegovina", "BIH", "BIH:doboj", "Doboj"),
            "refugees|-|BIH:maglaj": ("refugees in Maglaj, Bosnia and Herzegovina", "BIH", "BIH:maglaj", "Maglaj")}


def test_one_town_given_two_figures_by_two_sources_still_contradicts(db_url):
    with Store(db_url) as store:
        _fuse(store, _report("d1", 12000, DOBOJ, "the mayor's office"), _report("d2", 2500, DOBOJ, "a channel"))
        (flag,) = contradictions(store)
        assert flag.subject_key == "refugees|-|BIH:doboj|displaced"
        assert flag.subject.endswith(" in Doboj, Bosnia and Herzegovina")


def _claim(n: int, topic: str, *, status: str = "displaced", value: float = 12000.0, day: str = "2024-05-15",
           source: str = "Ministry") -> FigureClaim:
    counted, owner, loc = topic.split("|")
    country, _, town = loc.partition(":")
    return FigureClaim(
        id=f"c{n:02d}", event_id=None, document_id=f"d{n:02d}", subject_key=f"{topic}|{status}", topic_key=topic,
        counted=counted, counted_text="people", owner_country=None if owner == "-" else owner,
        location_country=None if loc == "-" else country, status=status, lower=value, upper=value,
        qualifier="approx", quantity_text="about", modality="asserted", source_key=source.lower(), source=source,
        outlet=f"Outlet {n}", claim_date=day, as_of=day, as_of_relation="on", as_of_lo=day, as_of_hi=day,
        evidence="e", evidence_start=0, location_place=loc if town else None, location_name=town.title() or None)


def _write(store: Store, *claims: FigureClaim) -> None:
    with store.transaction() as tx:
        for c in claims:
            tx.add_figure_claim(c)


def _on(store: Store) -> dict[str, str]:
    with store.transaction() as tx:
        return {c.id: c.topic_key for c in tx.figure_claims()}


TOWN, OTHER, COUNTRY = "refugees|-|BIH:doboj", "refugees|-|BIH:maglaj", "refugees|-|BIH"


def test_a_country_level_claim_repeating_a_towns_figure_is_on_its_series(db_url):
    with Store(db_url) as store:
        _write(store, _claim(1, TOWN), _claim(2, OTHER, value=2500.0), _claim(3, COUNTRY, value=11800.0))
        assert _on(store) == {"c01": TOWN, "c02": OTHER, "c03": TOWN}
        series = next(s for s in figure_series(store) if s.topic_key == TOWN)
        assert {p.claim_id: p.joined_from for p in series.points} == {"c01": None, "c03": COUNTRY}
        assert {p.claim_id: p.place_name for p in series.points} == {"c01": "Doboj", "c03": None}


def test_a_country_level_claim_written_before_the_towns_joins_it_when_it_comes(db_url):
    with Store(db_url) as store:
        _write(store, _claim(3, COUNTRY, value=11800.0))
        assert _on(store) == {"c03": COUNTRY}
        _write(store, _claim(1, TOWN))
        assert _on(store) == {"c01": TOWN, "c03": TOWN}
        assert store.series_slice(TOWN).points_total == 2 and store.series_slice(COUNTRY).points_total == 0


def test_a_country_wide_figure_another_week_or_two_towns_keep_the_country_level_claim_on_its_own(db_url):
    with Store(db_url) as store:
        _write(store, _claim(1, TOWN), _claim(2, COUNTRY, value=40000.0),       # the whole country's figure
               _claim(3, COUNTRY, day="2024-06-20"))                          # a month later
        assert _on(store) == {"c01": TOWN, "c02": COUNTRY, "c03": COUNTRY}
        _write(store, _claim(4, COUNTRY, value=12000.0, source="Agency"))
        assert _on(store)["c04"] == TOWN
        _write(store, _claim(5, OTHER, value=12500.0))                        # a second town with that figure
        assert _on(store)["c04"] == COUNTRY
        assert contradictions(store) == []


def test_a_towns_claim_with_its_owner_unstated_stands_for_its_countrys_series_before_another_towns(db_url):
    with Store(db_url) as store:
        _write(store, _claim(1, "tanks|POL|UKR", status="planned", value=60.0),
               _claim(2, "tanks|-|UKR:donetsk", status="planned", value=60.0))
        assert _on(store)["c02"] == "tanks|POL|UKR"
        _write(store, _claim(3, "tanks|POL|UKR:kharkiv", status="planned", value=60.0))
        assert _on(store)["c02"] == "tanks|POL|UKR"                       # another town's series is no fit
        _write(store, _claim(4, "tanks|POL|UKR:donetsk", status="planned", value=60.0))
        assert _on(store)["c02"] == "tanks|POL|UKR:donetsk"               # its own town's series comes first


def test_a_claim_leaving_the_place_unstated_goes_to_the_country_not_one_of_its_towns(db_url):
    with Store(db_url) as store:
        _write(store, _claim(1, "personnel|RUS|BLR", status="planned"),
               _claim(2, "personnel|RUS|BLR:brest", status="planned"), _claim(3, "personnel|RUS|-", status="planned"))
        assert _on(store)["c03"] == "personnel|RUS|BLR"
        _write(store, _claim(4, "personnel|RUS|UKR", status="planned"))
        assert _on(store)["c03"] == "personnel|RUS|-"                     # two countries: ambiguous


def test_rebuilding_after_a_bulk_load_puts_a_country_level_claim_on_its_towns_series(db_url):
    with Store(db_url) as store:
        rows = [{k: getattr(c, k) for k in FigureClaim.__dataclass_fields__}
                for c in (_claim(3, COUNTRY, value=11800.0), _claim(1, TOWN), _claim(2, OTHER, value=2500.0))]
        with store._engine.begin() as conn:                    # past the claim writer
            conn.execute(insert(fs.figure_claims), rows)
        store.rebuild_series_summary()
        assert _on(store) == {"c01": TOWN, "c02": OTHER, "c03": TOWN}
        assert store.series_slice(TOWN).points_total == 2


def test_a_capital_is_its_countrys_place_on_a_series_and_the_stored_claim_keeps_it(db_url):
    sarajevo = Place("Sarajevo", "Sarajevo", "BIH", 43.85, 18.36, "city")
    with Store(db_url) as store:
        _fuse(store, _report("d1", 12000, DOBOJ, "the mayor's office"), _report("d2", 900, sarajevo, "the canton"))
        assert sorted(s.topic_key for s in figure_series(store)) == ["refugees|-|BIH", "refugees|-|BIH:doboj"]
        assert {r["document_id"]: r["location_place"] for r in store.claims()} == {"d1": "BIH:doboj",
                                                                                    "d2": "BIH:sarajevo"}


def test_a_towns_partial_claim_written_first_joins_its_countrys_full_series_when_it_comes(db_url):
    with Store(db_url) as store:
        _write(store, _claim(2, "tanks|-|UKR:donetsk", status="planned", value=60.0))
        assert _on(store) == {"c02": "tanks|-|UKR:donetsk"}
        _write(store, _claim(1, "tanks|POL|UKR", status="planned", value=60.0))
        assert _on(store) == {"c01": "tanks|POL|UKR", "c02": "tanks|POL|UKR"}
        assert store.series_slice("tanks|POL|UKR").points_total == 2
