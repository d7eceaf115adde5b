"""`sitroom brief`: the briefing picked from stores built by ingesting the hand-written pages of `brief_reports`.

The expected briefings below are written by hand from those pages: who said what, in which outlet, on which day.
"""
from __future__ import annotations

import pytest

from brief_reports import ALL, FIRST_DAY, built_store
from sitroom.brief import BriefOptions, briefing_period, make_briefing, publish_to_feed, render_briefing
from sitroom.brief._gather import gather

KYIV = "https://kyiv-wire.example/2022/10/18/troops-belarus"
BALTIC = "https://baltic-daily.example/world/russian-troops-in-belarus"
MONITOR = "https://minsk-monitor.example/news/hajun-count"
SOUTH = "https://south-desk.example/nikopol-shelling"
MINSK = "https://minsk-daily.example/2022/10/16/joint-force"

# The briefing of 18 October alone: the 16 October plan is what it is compared with.
EXPECTED_18_OCTOBER = f"""\
sitroom briefing: 18 October 2022
=================================

Reports published on 18 October 2022: 4 documents from 4 outlets,
including 1 copy, in 2 storylines.
No earlier briefing sent.

DEVELOPMENTS
------------

1. Deployments of Armed Forces of Russia in Belarus
   3 reports (2 independent) from 3 outlets; first reported 16 October
   2022

   - Deployment of Armed Forces of Russia in Belarus, as of 17 October
     2022 [1]
     Figure: about 4,300 Russian personnel in Belarus, present —
       Ukraine's military intelligence (Kyiv Wire [1]; also Baltic Daily
       [2])
     Figure: at most 1,000 Russian personnel in Belarus, present —
       Belaruski Hajun (Minsk Monitor [3])
     According to: Ukraine's military intelligence (Kyiv Wire [1]; copy:
       Baltic Daily [2]); Belaruski Hajun (Minsk Monitor [3])
     "Ukraine's military intelligence said on Tuesday that about 4,300
       Russian troops were present in Belarus as of Oct. 17." — Kyiv
       Wire [1]

2. Attacks by Armed Forces of Russia in Nikopol
   1 report from 1 outlet

   - Attack by Armed Forces of Russia on two civilians in Nikopol, on 17
     October 2022 [4]
     Figure: 2 Ukrainian civilians in Nikopol, Ukraine, killed — the
       regional governor (South Desk [4])
     According to: the regional governor (South Desk [4])
     "Russian forces shelled Nikopol on Monday, killing two civilians,
       the regional governor said." — South Desk [4]

CHANGED SINCE THE LAST BRIEFING
-------------------------------

Compared with 1 report published before 18 October 2022.

   - Russian personnel in Belarus: planned → present [1]
     Before: up to 9,000, planned, on 16 October 2022 — the Belarusian
       defence ministry (Minsk Daily [5])
     Now: about 4,300, present, as of 17 October 2022 — Ukraine's
       military intelligence (Kyiv Wire [1]; also Baltic Daily [2])
     Now: at most 1,000, present, as of 17 October 2022 — Belaruski
       Hajun (Minsk Monitor [3])

   - Deployments of Armed Forces of Russia in Belarus: 2 new sources [1]
     New: Ukraine's military intelligence (Kyiv Wire [1]); Belaruski
       Hajun (Minsk Monitor [3])
     Reported before by: the Belarusian defence ministry (Minsk Daily
       [5]), first on 16 October 2022

DOESN'T ADD UP
--------------

   - Russian personnel in Belarus, present, as of 17 October 2022: about
     4,300 and at most 1,000 cannot both be true [1]
     about 4,300, present — Ukraine's military intelligence (Kyiv Wire
       [1]; also Baltic Daily [2]): "Ukraine's military intelligence
       said on Tuesday that about 4,300 Russian troops were present in
       Belarus as of Oct. 17."
     at most 1,000, present — Belaruski Hajun (Minsk Monitor [3]): "The
       monitoring group Belaruski Hajun said on Tuesday that no more
       than 1,000 Russian soldiers were present in Belarus as of Oct.
       17."

EVIDENCE
--------

[1] Kyiv Wire, 18 October 2022
    {KYIV}
[2] Baltic Daily, 18 October 2022
    {BALTIC}
[3] Minsk Monitor, 18 October 2022
    {MONITOR}
[4] South Desk, 18 October 2022
    {SOUTH}
[5] Minsk Daily, 16 October 2022
    {MINSK}
"""

# The first briefing of the store: one report, nothing earlier to compare it with.
EXPECTED_16_OCTOBER_MD = f"""\
# sitroom briefing: 16 October 2022

Reports published on 16 October 2022: 1 document from 1 outlet, in 1 storyline.

No earlier briefing sent.

## Developments

### 1. Deployments of Armed Forces of Russia in Belarus

1 report from 1 outlet

- **[Deployment of Armed Forces of Russia in Belarus, on 16 October 2022 (planned)](<{MINSK}>)**
  - Figure: up to 9,000 Russian personnel in Belarus, planned — the Belarusian defence ministry ([Minsk Daily](<{MINSK}>))
  - According to: the Belarusian defence ministry ([Minsk Daily](<{MINSK}>))
  - *"The Belarusian defence ministry said on Sunday that up to 9,000 Russian troops would be deployed to Belarus \
as part of a joint regional force."* — [Minsk Daily](<{MINSK}>)

## Changed since the last briefing

No reports published before 16 October 2022 to compare with.

## Doesn't add up

No contradicting figures among these reports.
"""


@pytest.fixture
def store(tmp_path):
    s = built_store(tmp_path, ALL)
    yield s
    s.close()


def test_one_day_briefing_reads_exactly_as_expected(store):
    text = render_briefing(make_briefing(store, date="2022-10-18", since="2022-10-18"), "text")
    assert text == EXPECTED_18_OCTOBER


def test_first_briefing_in_markdown(store):
    md = render_briefing(make_briefing(store, date="2022-10-16"), "md")
    assert md == EXPECTED_16_OCTOBER_MD


def test_plain_text_fits_72_columns(store):
    for since in ("2022-10-16", "2022-10-18"):
        text = render_briefing(make_briefing(store, date="2022-10-18", since=since), "text")
        too_long = [line for line in text.splitlines() if len(line) > 72]
        assert too_long == []


def test_same_store_and_date_give_identical_bytes(store):
    for fmt in ("text", "md", "html"):
        first = render_briefing(make_briefing(store, date="2022-10-18"), fmt).encode()
        again = render_briefing(make_briefing(store, date="2022-10-18"), fmt).encode()
        assert first == again


def test_ingest_order_does_not_change_the_briefing(store, tmp_path_factory):
    reversed_store = built_store(tmp_path_factory.mktemp("reversed"), tuple(reversed(ALL)))
    try:
        for since in ("2022-10-16", "2022-10-18"):
            a = make_briefing(store, date="2022-10-18", since=since)
            b = make_briefing(reversed_store, date="2022-10-18", since=since)
            assert render_briefing(a, "text") == render_briefing(b, "text")
    finally:
        reversed_store.close()


def test_reports_published_later_do_not_change_an_earlier_briefing(store, tmp_path_factory):
    early = built_store(tmp_path_factory.mktemp("early"), FIRST_DAY)
    try:
        before = render_briefing(make_briefing(early, date="2022-10-16"), "text")
    finally:
        early.close()
    assert render_briefing(make_briefing(store, date="2022-10-16"), "text") == before


def test_the_copy_counts_once_and_its_original_is_the_first_published(store):
    b = make_briefing(store, date="2022-10-18", since="2022-10-18")
    belarus = b.storylines[0]
    assert (belarus.reports, belarus.independent, belarus.outlets) == (3, 2, 3)
    reports = belarus.developments[0].reports
    assert [(r.outlet, r.copy_of is not None) for r in reports] == [
        ("Kyiv Wire", False), ("Baltic Daily", True), ("Minsk Monitor", False)]
    assert reports[1].copy_of == reports[0].document_id
    assert b.documents == 4 and b.copies == 1


def test_default_period_runs_from_the_last_briefing_sent(store):
    snap = gather(store)
    assert briefing_period(store, snap) == ("2022-10-18", "2022-10-16", None)
    publish_to_feed(store, make_briefing(store, date="2022-10-16"))
    assert briefing_period(store, snap) == ("2022-10-18", "2022-10-17", "2022-10-16")
    assert briefing_period(store, snap, date="2022-10-16") == ("2022-10-16", "2022-10-16", None)
    text = render_briefing(make_briefing(store), "text")
    assert "Reports published from 17 to 18 October 2022:" in text
    assert "\nLast briefing: 16 October 2022.\n" in text


def test_a_day_without_reports_says_so(store):
    text = render_briefing(make_briefing(store, date="2022-10-17", since="2022-10-17"), "text")
    assert text == (
        "sitroom briefing: 17 October 2022\n"
        "=================================\n\n"
        "No reports published on 17 October 2022.\n"
        "No earlier briefing sent.\n\n"
        "CHANGED SINCE THE LAST BRIEFING\n"
        "-------------------------------\n\n"
        "Compared with 1 report published before 17 October 2022.\n"
        "No new figures, status changes or new sources on earlier stories.\n\n"
        "DOESN'T ADD UP\n"
        "--------------\n\n"
        "No contradicting figures among these reports.\n")


@pytest.mark.parametrize("kwargs, message", [
    ({"date": "18.10.2022"}, "--date must be a day YYYY-MM-DD, not '18.10.2022'"),
    ({"date": "2022-10"}, "--date must be a day YYYY-MM-DD, not '2022-10'"),
    ({"date": "2022-10-16", "since": "2022-10-18"}, "--since 2022-10-18 is after --date 2022-10-16"),
])
def test_bad_periods_are_refused_with_the_reason(store, kwargs, message):
    with pytest.raises(ValueError) as exc:
        make_briefing(store, **kwargs)
    assert str(exc.value) == message


def test_links_go_to_sitroom_serve_when_its_url_is_given(store):
    b = make_briefing(store, date="2022-10-16", options=BriefOptions(link_base="http://127.0.0.1:8000/"))
    report = b.storylines[0].developments[0].reports[0]
    assert report.link == f"http://127.0.0.1:8000/events/{report.event_id}"
    text = render_briefing(b, "text")
    assert f"    http://127.0.0.1:8000/events/{report.event_id}\n" in text
    assert MINSK not in text


def test_public_surface_is_exactly_what_is_exported():
    import sitroom.brief
    assert set(sitroom.brief.__all__) == {
        "BriefOptions", "Briefing", "BriefingSchedule", "BriefingScheduler", "Change", "Contradiction",
        "DeliveryReport", "Development", "Figure", "Report", "SmtpSettings", "Storyline", "When", "atom_feed",
        "atom_router", "briefing_days", "briefing_lifespan", "briefing_pages", "briefing_period", "build_message",
        "make_briefing", "publish_to_feed", "record_briefing", "render_briefing", "send_briefing"}
    for name in sitroom.brief.__all__:
        assert getattr(sitroom.brief, name) is not None
