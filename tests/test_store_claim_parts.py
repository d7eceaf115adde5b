"""A stored claim keeps what `extract` gave it: the whole it is a part of (`part_of`) and its as-of date's TIMEX3 mod;
an older store gains both columns when opened and keeps its claims."""
from __future__ import annotations

from sqlalchemy import create_engine, inspect, text

from sitroom.analyze import analyze
from sitroom.model import Document, content_id, stored_claim_to_dict
from sitroom.store import Store

TEXT = "The ministry said 40 tanks, 12 of them T-72s, had arrived in Belarus as of late October."


def _extraction():
    return analyze(Document(id=content_id(TEXT, None), text=TEXT, published="2022-11-02"))


def test_a_stored_part_keeps_its_whole_and_the_as_of_mod(db_url):
    ex = _extraction()
    whole = next(c for c in ex.claims if c.text == "40")
    with Store(db_url) as store:
        store.save(ex)
        rows = {r["text"]: stored_claim_to_dict(r) for r in store.claims()}
    assert rows["12"]["part_of"] == whole.id and rows["40"]["part_of"] is None
    assert rows["12"]["as_of"] == {"value": "2022-10", "text": "late October", "precision": "month",
                                   "relation": "as_of", "mod": "END"}


def test_an_older_store_gains_the_columns_and_keeps_its_claims(db_url):
    with Store(db_url) as store:
        store.save(_extraction())
    engine = create_engine(db_url if "://" in db_url else f"sqlite:///{db_url}")
    with engine.begin() as conn:
        for column in ("as_of_mod", "part_of"):
            conn.execute(text(f'ALTER TABLE claims DROP COLUMN "{column}"'))
        conn.execute(text("DELETE FROM migrations WHERE name = '016_claim_part_and_mod'"))
    engine.dispose()
    with Store(db_url) as store:                              # opening it upgrades it
        assert {"as_of_mod", "part_of"} <= {c["name"] for c in inspect(store._engine).get_columns("claims")}
        rows = [stored_claim_to_dict(r) for r in store.claims()]
    assert len(rows) == 2 and all(r["part_of"] is None and "mod" not in r["as_of"] for r in rows)
