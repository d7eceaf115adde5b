"""Contradiction rules for restated and updated figures (issue 10, outlet pages), on hand-built claims: one source's
two figures in one text are an update, a toll said on two different days is a series unless a later
figure of another source is lower, and a genuine disagreement
between two sources on the same day is still flagged."""
from __future__ import annotations

from sitroom.fuse import contradictions, figure_series, fuse_document
from sitroom.model import Claim, Document, Entity, EventDate, Evidence, Extraction, Place
from sitroom.store import Store

ARMY = Entity("the army", "Armed Forces of Mali", "MLI")
REBELS = Entity("the group", "Group X", None)


def _doc(i: str, text: str, day: str) -> Document:
    return Document(id=i, text=text, published=f"{day}T12:00:00+00:00", outlet=f"Outlet {i}")


def _claim(doc: Document, figure: str, value: float, source: Entity, *, qualifier: str = "exact",
           event_day: str = "2023-03-05") -> Claim:
    i = doc.text.index(figure)
    lower, upper = (value, None) if qualifier == "more_than" else (value, value)
    return Claim(
        id=f"{doc.id}-{i}", text=figure, start=i, end=i + len(figure), lower=lower, upper=upper,
        qualifier=qualifier, counted="personnel", status="killed", evidence=Evidence(doc.text, 0, len(doc.text)),
        owner=Entity("Malian", "Mali", "MLI"), location=Place("Mali", "Mali", "MLI", kind="country"),
        source=source, claim_date=doc.published[:10], as_of=EventDate(event_day, "Sunday", "day", "on"),
        modality="reported")


def _store(tmp_path, items):
    store = Store(tmp_path / "tolls.db")
    for doc, claims in items:
        ex = Extraction(doc, (), tuple(claims))
        store.save(ex)
        fuse_document(store, ex)
    return store


def test_one_source_updating_its_own_figure_in_one_text_is_no_contradiction(tmp_path):
    d = _doc("a", "The toll of Sunday's attack has risen to 29, the army said, updating an earlier toll of 17.",
             "2023-03-07")
    store = _store(tmp_path, [(d, [_claim(d, "29", 29, ARMY), _claim(d, "17", 17, ARMY)])])
    assert contradictions(store) == []
    assert len([p for s in figure_series(store) for p in s.points]) == 2
    store.close()


def test_a_toll_said_on_different_days_is_a_series_not_a_contradiction(tmp_path):
    d1 = _doc("b", "Sunday's attack killed 29 soldiers, the army said on Tuesday.", "2023-03-07")
    d2 = _doc("c", "Sunday's attack killed 31 soldiers, the army said on Wednesday.", "2023-03-08")
    store = _store(tmp_path, [(d1, [_claim(d1, "29", 29, ARMY)]), (d2, [_claim(d2, "31", 31, ARMY)])])
    assert contradictions(store) == []
    store.close()


def test_a_later_lower_toll_from_another_source_is_flagged(tmp_path):
    d1 = _doc("i", "The group said on Tuesday it killed more than 100 soldiers on Sunday.", "2023-03-07")
    d2 = _doc("j", "Sunday's attack killed 29 soldiers, the army said on Wednesday.", "2023-03-08")
    store = _store(tmp_path, [(d1, [_claim(d1, "more than 100", 100, REBELS, qualifier="more_than")]),
                              (d2, [_claim(d2, "29", 29, ARMY)])])
    flags = contradictions(store)
    assert len(flags) == 1 and {flags[0].a.figure, flags[0].b.figure} == {"29", "more than 100"}
    store.close()


def test_a_later_higher_toll_from_another_source_is_a_series(tmp_path):
    d1 = _doc("k", "Sunday's attack killed 29 soldiers, the army said on Tuesday.", "2023-03-07")
    d2 = _doc("l", "Sunday's attack killed 31 soldiers, the group said on Wednesday.", "2023-03-08")
    store = _store(tmp_path, [(d1, [_claim(d1, "29", 29, ARMY)]), (d2, [_claim(d2, "31", 31, REBELS)])])
    assert contradictions(store) == []
    store.close()


def test_two_sources_disagreeing_on_the_same_day_are_flagged(tmp_path):
    d1 = _doc("d", "Sunday's attack killed 29 soldiers, the army said on Tuesday.", "2023-03-07")
    d2 = _doc("e", "The group said on Tuesday it killed more than 100 soldiers on Sunday.", "2023-03-07")
    store = _store(tmp_path, [(d1, [_claim(d1, "29", 29, ARMY)]),
                              (d2, [_claim(d2, "more than 100", 100, REBELS, qualifier="more_than")])])
    flags = contradictions(store)
    assert len(flags) == 1 and {flags[0].a.figure, flags[0].b.figure} == {"29", "more than 100"}
    store.close()


def test_two_sources_in_one_text_disagreeing_are_flagged(tmp_path):
    d = _doc("f", "The army said 29 soldiers died on Sunday, while the group claimed more than 100.", "2023-03-07")
    store = _store(tmp_path, [(d, [_claim(d, "29", 29, ARMY),
                                   _claim(d, "more than 100", 100, REBELS, qualifier="more_than")])])
    assert len(contradictions(store)) == 1
    store.close()


def test_an_increment_is_not_set_against_a_total(tmp_path):
    from dataclasses import replace
    d1 = _doc("g", "Officials said about 9,000 soldiers would be deployed.", "2023-03-07")
    d2 = _doc("h", "Officials said a further 2,000 soldiers would be deployed.", "2023-03-07")
    total = replace(_claim(d1, "9,000", 9000, ARMY), status="planned", counted_text="soldiers")
    more = replace(_claim(d2, "2,000", 2000, REBELS), status="planned", counted_text="additional soldiers")
    store = _store(tmp_path, [(d1, [total]), (d2, [more])])
    assert contradictions(store) == []
    store.close()


def test_the_finder_marks_increments_in_the_counted_text():
    from sitroom.analyze import analyze
    for text, figure in [("Officials said a further 2,000 Russian troops could follow.", "2,000"),
                         ("Ukraine sent 3,000 additional border guards to the north.", "3,000"),
                         ("Poland will send 2,000 more troops.", "2,000")]:
        ex = analyze(Document(id=text[:12], text=text))
        c = next(c for c in ex.claims if c.text == figure)
        assert c.counted == "personnel" and c.counted_text.startswith("additional "), c.counted_text
    ex = analyze(Document(id="t", text="Russia will send 9,000 troops to Belarus."))
    assert ex.claims[0].counted_text == "troops"


def test_one_source_revising_a_count_on_a_later_day_is_no_contradiction(tmp_path):
    # not a toll: the count of drones launched in one attack, said as 2 on Tuesday and revised to 3 on Wednesday
    from dataclasses import replace
    d1 = _doc("m", "The army said two drones had been launched at the base on Sunday night.", "2023-03-07")
    d2 = _doc("n", "The army said on Wednesday that three drones had been launched on Sunday night.", "2023-03-08")
    two = replace(_claim(d1, "two", 2, ARMY), counted="drones", status="attacked")
    three = replace(_claim(d2, "three", 3, ARMY), counted="drones", status="attacked")
    store = _store(tmp_path, [(d1, [two]), (d2, [three])])
    assert contradictions(store) == []
    store.close()


def test_two_sources_counting_an_attack_differently_are_flagged(tmp_path):
    from dataclasses import replace
    d1 = _doc("o", "The army said two drones had been launched at the base on Sunday night.", "2023-03-07")
    d2 = _doc("p", "The group said on Wednesday that eight drones had been launched on Sunday night.", "2023-03-08")
    two = replace(_claim(d1, "two", 2, ARMY), counted="drones", status="attacked")
    eight = replace(_claim(d2, "eight", 8, REBELS), counted="drones", status="attacked")
    store = _store(tmp_path, [(d1, [two]), (d2, [eight])])
    assert len(contradictions(store)) == 1
    store.close()
