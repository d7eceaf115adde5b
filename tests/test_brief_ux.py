"""The briefing as an analyst reads it: evidence quoted once and without stray spaces, a source that is only the
outlet named once, and a storyline numbered 10 or more with its lines under its title."""
from __future__ import annotations

from sitroom.brief._records import Figure, Report, When
from sitroom.brief._render import to_text
from sitroom.brief._wording import Block, Item, Layout, Section, Span, _figure_spans, _groups, quotation


def _report(source, outlet="Jerusalem Evening", evidence="Two people were killed."):
    return Report(document_id="d1", event_id="e1", outlet=outlet, source=source, day="2025-10-09",
                  link="https://je.example/a", evidence=evidence)


def _text(spans) -> str:
    return "".join(s.text for s in spans)


def test_evidence_is_quoted_once_with_its_spaces_closed_up():
    assert quotation("   За 19 октября в Беларусь прибыли\n4 эшелона.") == '"За 19 октября в Беларусь прибыли 4 эшелона."'
    assert quotation('"The reservists will report," the ministry said.') == \
        '"The reservists will report," the ministry said.'
    assert quotation("«Кроме того», — отметил генерал.") == "«Кроме того», — отметил генерал."
    assert quotation("Troops arrived.") == '"Troops arrived."'


def test_a_source_that_is_the_outlet_itself_is_named_once():
    own = Figure("c1", "Israeli casualties in Eilat, Israel", "2", "killed", None, _report("Jerusalem Evening"))
    assert _text(_figure_spans(own, subject=True, when=False)) == \
        "2 Israeli casualties in Eilat, Israel, killed — Jerusalem Evening"
    cited = Figure("c2", "Israeli casualties in Eilat, Israel", "2", "killed", None, _report("Magen David Adom"))
    assert _text(_figure_spans(cited, subject=True, when=False)) == \
        "2 Israeli casualties in Eilat, Israel, killed — Magen David Adom (Jerusalem Evening)"
    assert _text(_groups((_report("jerusalem evening"),))) == "Jerusalem Evening"


def test_a_storyline_numbered_ten_keeps_its_lines_under_its_title():
    item = Item((Span("Attack by Russia in Kharkiv, on 20 October 2022"),))
    layout = Layout("sitroom briefing: 20 October 2022", (), (Section("developments", "Developments", (), (
        Block("9. Attacks by Russia in Kharkiv", "1 report from 1 outlet", (item,)),
        Block("10. Attacks by Russia in Kharkiv", "1 report from 1 outlet", (item,)),)),))
    lines = to_text(layout).splitlines()
    assert "   1 report from 1 outlet" in lines                   # under "9. Attacks"
    assert "    1 report from 1 outlet" in lines                  # under "10. Attacks": one more space
    ten = lines.index("10. Attacks by Russia in Kharkiv")
    assert lines[ten + 1] == "    1 report from 1 outlet"


def test_a_quotation_with_its_own_quote_marks_keeps_them_in_every_format():
    from sitroom.brief._render import to_html, to_markdown
    said = '"The reservists will report within 48 hours," the ministry said.'
    item = Item((Span("Deployment of Serbia, on 16 September 2025"),),
                ((Span(said, quote=True), Span(" — "), Span("Balkan Pulse", "https://bp.example/a", "Balkan Pulse")),
                 (Span("Troops arrived.", quote=True),)))
    layout = Layout("sitroom briefing: 16 September 2025", (), (Section("developments", "Developments", (), (
        Block("1. Deployments of Serbia", "1 report from 1 outlet", (item,)),)),))
    text = to_text(layout)
    assert said in text.replace("\n       ", " ") and '""' not in text and '"Troops arrived."' in text
    html = to_html(layout)
    assert "The reservists will report within 48 hours,&#34; the ministry said." in html
    assert "&#34;The reservists" in html                       # its own opening mark, not stripped
    assert "<q>Troops arrived.</q>" in html
    assert '""' not in to_markdown(layout)


def test_one_outlets_daily_reports_are_named_once_each_later_by_its_day():
    def rep(doc, day, source=None, copy_of=None, outlet="Institute for the Study of War"):
        return Report(document_id=doc, event_id="e", outlet=outlet, source=source, day=day,
                      link=f"https://isw.example/{doc}", evidence="x", copy_of=copy_of)
    three = (rep("d1", "2022-10-01"), rep("d2", "2022-10-02"), rep("d3", "2022-10-03"))
    assert _text(_groups(three)) == "Institute for the Study of War, also 2 October 2022, 3 October 2022"
    cited = (rep("d1", "2022-10-01", "the General Staff"), rep("d2", "2022-10-02", "the General Staff"),
             rep("d3", "2022-10-03", "Wagner"))
    assert _text(_groups(cited)) == ("the General Staff (Institute for the Study of War, also 2 October 2022); "
                                     "Wagner (Institute for the Study of War)")
    others = (rep("d1", "2022-10-01"), rep("d2", "2022-10-02", outlet="Kyiv Wire"), rep("d3", "2022-10-03"))
    assert _text(_groups(others)) == ("Institute for the Study of War; Kyiv Wire; Institute for the Study of War")
