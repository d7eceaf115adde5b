"""The assembler's syntactic rules, on sentences written for these tests."""
import pytest

from sitroom.analyze import _assemble as assemble
from sitroom.model import Timex
from sitroom.nlp import parse


def _date_for(text, trigger_word, date_text, value="2022-03-03"):
    doc = parse(text)
    i = text.index(date_text)
    t = Timex(i, i + len(date_text), date_text, "DATE", value, precision="day")
    trigger = next(tok for tok in doc if tok.text == trigger_word)
    return assemble.choose_date(doc, trigger, [t])


@pytest.mark.parametrize("text,trigger,date,relation", [
    ("Accusations against Lithuania have been heard regularly since the beginning of the war, which began on March 3.",
     "Accusations", "March 3", "since"),
    ("Accusations against Lithuania have been heard regularly since the beginning of the war, which began on March 3.",
     "war", "March 3", "on"),
    ("Protests have continued since the arrest of the opposition leader on March 3.", "Protests", "March 3", "since"),
    ("The army said troops would remain in the region until the election on March 3.", "remain", "March 3", "until"),
    ("Officials announced on March 3 that Kyiv and Warsaw had agreed on the plan.", "agreed", "March 3", "on"),
])
def test_temporal_preposition_scope_gives_relation(text, trigger, date, relation):
    d = _date_for(text, trigger, date)
    assert d.value == "2022-03-03" and d.relation == relation


def test_nearest_date_in_tree_wins():
    text = "The ministry said on March 3 that the convoy had crossed the border on March 1."
    doc = parse(text)
    ts = [Timex(text.index(s), text.index(s) + len(s), s, "DATE", v, precision="day")
          for s, v in (("March 3", "2022-03-03"), ("March 1", "2022-03-01"))]
    crossed = next(t for t in doc if t.text == "crossed")
    said = next(t for t in doc if t.text == "said")
    assert assemble.choose_date(doc, crossed, ts).value == "2022-03-01"
    assert assemble.choose_date(doc, said, ts).value == "2022-03-03"


@pytest.mark.parametrize("value,ok", [("2022-10-16", True), ("2022-W42", True), ("XXXX-10-23", True),
                                      ("PAST_REF", False), ("P3D", False)])
def test_is_calendar(value, ok):
    assert assemble.is_calendar(Timex(0, 1, "x", "DATE" if not value.startswith("P") else "DURATION", value)) is ok


def test_precision_from_value():
    mk = lambda v: Timex(0, 1, "x", "DATE", v)  # noqa: E731
    assert [assemble.precision_of(mk(v)) for v in ("2022-10-16", "2022-10", "2022", "2022-W42", "2022-10-16T10:18")] \
        == ["day", "month", "year", "week", "time"]


def test_figures_attach_to_nearest_trigger():
    from sitroom.model import EventMention, Quantity
    text = "Russia sent 200 tanks to the border, while Poland hosted talks with 12 delegations."
    doc = parse(text)
    mk = lambda w, typ: EventMention(typ, w, text.index(w), text.index(w) + len(w), 0, len(text))  # noqa: E731
    ms = [mk("sent", "MOBILIZE"), mk("hosted", "CONSULT")]
    q1 = Quantity(text.index("200"), text.index("200") + 9, "200 tanks", 200, 200, "exact", "tanks",
                  text.index("tanks"), text.index("tanks") + 5)
    q2 = Quantity(text.index("12"), text.index("12") + 14, "12 delegations", 12, 12, "exact", "delegations",
                  text.index("delegations"), text.index("delegations") + 11)
    got = assemble.attach_quantities(doc, ms, [q1, q2])
    assert got == {0: [q1], 1: [q2]}


def test_date_of_the_own_clause_beats_the_reporting_clause_for_noun_triggers():
    text = "The General Staff said on Tuesday that about 4,300 troops were present in Belarus as of March 3."
    doc = parse(text)
    ts = [Timex(text.index(s), text.index(s) + len(s), s, "DATE", v, precision="day", relation=r)
          for s, v, r in (("Tuesday", "2022-03-08", "on"), ("March 3", "2022-03-03", "as_of"))]
    troops = next(t for t in doc if t.text == "troops")
    said = next(t for t in doc if t.text == "said")
    got = assemble.choose_date(doc, troops, ts)
    assert (got.value, got.relation) == ("2022-03-03", "as_of")
    assert assemble.choose_date(doc, said, ts).value == "2022-03-08"


@pytest.mark.parametrize("value,ok", [("2022", True), ("XXXX-10", True), ("202", False), ("PRESENT_REF", False)])
def test_is_calendar_takes_years_and_yearless_dates(value, ok):
    assert assemble.is_calendar(Timex(0, 1, "x", "DATE", value)) is ok
    assert assemble.is_calendar(Timex(0, 1, "x", "DURATION", value)) is False


def test_a_date_the_parse_cannot_place_is_skipped_not_the_end_of_the_search():
    text = "Russian troops crossed the border on March 3."
    doc = parse(text)
    lost = Timex(len(text), len(text), "", "DATE", "2022-03-01", precision="day")      # no token to stand on
    real = Timex(text.index("March 3"), text.index("March 3") + 7, "March 3", "DATE", "2022-03-03", precision="day")
    crossed = next(t for t in doc if t.text == "crossed")
    got = assemble.choose_date(doc, crossed, [lost, real])
    assert (got.value, got.text, got.precision) == ("2022-03-03", "March 3", "day")
    assert assemble.choose_date(doc, crossed, [lost]) is None


def test_a_figure_without_a_unit_attaches_by_its_own_span_and_never_across_sentences():
    from sitroom.model import EventMention, Quantity
    text = "Russia sent 200 to the border. Officials counted 40."
    doc = parse(text)
    ms = [EventMention("MOBILIZE", "sent", text.index("sent"), text.index("sent") + 4, 0, 30)]
    q1 = Quantity(text.index("200"), text.index("200") + 3, "200", 200, 200, "exact")
    q2 = Quantity(text.index("40"), text.index("40") + 2, "40", 40, 40, "exact")
    assert assemble.attach_quantities(doc, ms, [q1, q2]) == {0: [q1]}
