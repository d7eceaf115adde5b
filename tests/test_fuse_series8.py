"""Series and contradictions across outlets (issue 10, item 4): a count of officers is a part of a force, never a
rival total; (more rules below)."""
from __future__ import annotations

from sitroom.analyze import analyze
from sitroom.fuse import contradictions, figure_series, fuse_document
from sitroom.model import Document
from sitroom.store import Store


def _store(tmp_path, pages):
    """pages: (id, text, published day); each analyzed and fused into one store, as ingest does."""
    store = Store(tmp_path / "series.db")
    for i, text, day in pages:
        ex = analyze(Document(id=i, text=text, published=f"{day}T09:00:00+00:00", outlet=f"Outlet {i}",
                              language="en"))
        store.save(ex)
        fuse_document(store, ex)
    return store


def test_officers_are_a_kind_within_personnel():
    from sitroom.analyze.claims import broader_kind, kind_of_text
    assert kind_of_text("North Korean officers") == "officers"
    assert broader_kind("officers") == "personnel"
    assert kind_of_text("police officers") == "personnel"       # a police force counted by its officers
    assert kind_of_text("Russian military instructors") == "personnel"   # news' word for a whole contingent


def test_a_count_of_officers_is_no_rival_to_the_count_of_troops(tmp_path):
    store = _store(tmp_path, [
        ("a", "About 4,000 Eritrean troops are now in Sudan, the defence ministry in Khartoum said on Monday.",
         "2026-03-02"),
        ("b", "Sudan's opposition said on Monday that about 500 Eritrean officers were in Sudan.", "2026-03-02")])
    try:
        assert contradictions(store) == []
    finally:
        store.close()


def test_troops_including_officers_is_one_total_and_its_part(tmp_path):
    store = _store(tmp_path, [
        ("c", "About 4,000 Eritrean troops, including 500 officers, are now in Sudan, the ministry said on Monday.",
         "2026-03-02"),
        ("d", "About 4,000 Eritrean soldiers are in Sudan, an opposition group said on Monday.", "2026-03-02")])
    try:
        assert contradictions(store) == []
        totals = [p.lower for s in figure_series(store) if s.counted == "personnel" for p in s.points]
        assert 500 not in totals
    finally:
        store.close()


def test_a_region_and_the_town_it_is_named_after_are_one_place_of_a_series():
    from sitroom.fuse._figures import series_place
    from sitroom.model import Place
    region = Place("the Kherson region", "Kherson Oblast", "UKR", kind="admin1")
    town = Place("Kherson", "Kherson", "UKR", kind="city")
    assert series_place(region) == series_place(town) == "UKR:kherson"
    assert series_place(Place("Mykolaiv", "Mykolaiv", "UKR", kind="city")) != series_place(region)


def test_two_vague_spans_that_differ_allow_a_count_that_grew(tmp_path):
    from sitroom.fuse._figures import _may_have_grown
    week, month_end, day = ("2026-03-16", "2026-03-22"), ("2026-03-21", "2026-03-31"), ("2026-03-18", "2026-03-18")
    assert _may_have_grown(week, (3000, 3000), month_end, (10000, 10000))        # grew from one to the other
    assert not _may_have_grown(week, (10000, 10000), month_end, (3000, 3000))    # fell: a clash
    assert not _may_have_grown(week, (3000, 3000), week, (10000, 10000))         # the same span
    assert not _may_have_grown(day, (0, 500), month_end, (10000, 10000))         # a day pins the time


def test_counts_of_last_week_and_of_the_end_of_the_month_are_no_contradiction(tmp_path):
    store = _store(tmp_path, [
        ("e", "About 3,000 Eritrean troops were in Sudan last week, the opposition said on Monday.", "2026-03-30"),
        ("f", "The defence ministry said on Thursday that about 10,000 Eritrean soldiers were in Sudan as of the end "
              "of March.", "2026-04-09")])
    try:
        assert contradictions(store) == []
    finally:
        store.close()


def test_fusion_folds_counted_nouns_by_the_claims_taxonomy():
    from sitroom.analyze.claims import kind_nouns, kind_of_text
    from sitroom.fuse._lexicon import lexicon
    assert lexicon().counted == kind_nouns()                   # one table of counted nouns, the taxonomy's
    for word in ("servicemen", "officers", "howitzers", "evacuees"):
        assert lexicon().counted[word] == kind_of_text(word)


def test_one_live_blog_clock_for_claims_and_attribution():
    from sitroom.analyze.attribution import _cues
    from sitroom.analyze.claims import _finder
    from sitroom.analyze.voices import ENTRY_TIME
    assert _finder.ENTRY_TIME is ENTRY_TIME and _cues.ENTRY_TIME is ENTRY_TIME
    assert ENTRY_TIME.match("06:40 Air raid alert") and ENTRY_TIME.match("9:30 am The ministry said")
    assert ENTRY_TIME.fullmatch("13.05") and not ENTRY_TIME.match("1,200 troops")


def test_a_date_of_a_coordinated_clause_does_not_date_the_figure_before_it():
    from sitroom.model import Document
    text = ("Last Friday the ministry spoke of about 1,500 troops; on Wednesday it said about 3,000 had arrived, and "
            "that the number would grow to some 10,000 by December.")
    ex = analyze(Document(id="t-conj", text=text, published="2026-04-09T09:00:00+00:00", language="en"))
    by = {c.lower: c for c in ex.claims}
    assert by[3000].as_of is not None and by[3000].as_of.text == "Wednesday"
    assert by[10000].as_of is not None and by[10000].as_of.text == "December"
