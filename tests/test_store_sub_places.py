"""A stored claim keeps its place below the country (a town or region: kind, name, id "BIH:maglaj") and so does its
series point; an older store, from before those columns, opens, is upgraded and takes them. On SQLite and, when
configured, PostgreSQL (`db_url`)."""
from __future__ import annotations

from sqlalchemy import create_engine, inspect, text

from sitroom.fuse import fuse_document
from sitroom.model import Claim, Document, EventDate, Evidence, Extraction, Place, place_id, stored_claim_to_dict
from sitroom.store import Store

TEXT = "In Maglaj, about 2,500 residents were evacuated on Wednesday, the municipality said."
MAGLAJ = Place("Maglaj", "Maglaj", "BIH", 44.55, 18.1, "city", 3, 9)
BOSNIA = Place("Bosnia", "Bosnia and Herzegovina", "BIH", 44.0, 18.0, "country", 0, 6)


def _extraction(doc_id: str, place: Place | None = MAGLAJ) -> Extraction:
    doc = Document(doc_id, TEXT, title="Floods", published="2024-05-15T09:00", outlet="Wire")
    claim = Claim(id=f"{doc_id}-c1", text="about 2,500", start=11, end=22, lower=2500.0, upper=2500.0,
                  qualifier="approx", counted="civilians", status="displaced", counted_text="residents",
                  location=place, evidence=Evidence(TEXT, 0, len(TEXT)), claim_date="2024-05-15",
                  as_of=EventDate("2024-05-15", "on Wednesday", "day", "on"))
    return Extraction(doc, (), (claim,))


def test_place_ids_are_given_below_the_country_only():
    assert place_id(MAGLAJ) == "BIH:maglaj"
    assert place_id(Place("Kherson Oblast", "Kherson Oblast", "UKR", kind="admin1")) == "UKR:kherson-oblast"
    assert place_id(BOSNIA) is None and place_id(None) is None
    assert place_id(Place("Vuhledar")) is None                # a town of unknown country: no id


def test_a_stored_claim_keeps_its_town_and_its_point_too(db_url):
    with Store(db_url) as store:
        ex = _extraction("d1")
        store.save(ex)
        fuse_document(store, ex)
        (row,) = store.claims()
        assert (row["location_name"], row["location_country"], row["location_kind"], row["location_place"]) == (
            "Maglaj", "BIH", "city", "BIH:maglaj")
        assert stored_claim_to_dict(row)["where_id"] == "BIH:maglaj"
        with store.transaction() as tx:
            (point,) = tx.figure_claims()
        assert (point.location_country, point.location_place, point.location_name) == ("BIH", "BIH:maglaj", "Maglaj")


def _make_old(url: str) -> None:
    """Make a store look like one from before the sub-country columns (and their migration)."""
    engine = create_engine(url if "://" in url else f"sqlite:///{url}")
    with engine.begin() as conn:
        for table, column in [("claims", "location_kind"), ("claims", "location_place"),
                              ("figure_claims", "location_place"), ("figure_claims", "location_name")]:
            conn.execute(text(f'ALTER TABLE {table} DROP COLUMN "{column}"'))
        conn.execute(text("DELETE FROM migrations WHERE name = '014_sub_country_places'"))
    engine.dispose()


def test_an_older_store_is_upgraded_and_keeps_its_claims(db_url):
    with Store(db_url) as store:
        ex = _extraction("d1", BOSNIA)
        store.save(ex)
        fuse_document(store, ex)
    _make_old(db_url)
    with Store(db_url) as store:                              # opening it upgrades it
        engine = store._engine
        cols = {t: {c["name"] for c in inspect(engine).get_columns(t)} for t in ("claims", "figure_claims")}
        assert {"location_kind", "location_place"} <= cols["claims"]
        assert {"location_place", "location_name"} <= cols["figure_claims"]
        (old,) = store.claims()
        assert (old["location_country"], old["location_place"]) == ("BIH", None)
        ex = _extraction("d2")
        store.save(ex)                                        # and takes a town
        fuse_document(store, ex)
        got = {r["document_id"]: r["location_place"] for r in store.claims()}
        assert got == {"d1": None, "d2": "BIH:maglaj"}
        with store.transaction() as tx:
            assert {c.document_id: c.location_place for c in tx.figure_claims()} == {"d1": None, "d2": "BIH:maglaj"}
