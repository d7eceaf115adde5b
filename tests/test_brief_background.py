"""What a briefing leaves out of its developments: events dated well before the period (an analyst's background:
"as early as April", "the 2014 frontline") and events reported as not happening or only possible ("did not attack",
"could attack"). Each is counted in the introduction, and an event that goes on "since" an old date stays."""
from __future__ import annotations

from brief_reports import page

from sitroom.api import ingest
from sitroom.brief import BriefOptions, make_briefing, render_briefing
from sitroom.store import Store

_PAGE = page(
    "Steppe Post", "https://steppe-post.example/2022/10/31/review", "2022-10-31T18:00:00+02:00",
    "Weekly review",
    ["Russian forces shelled Nikopol on October 30, the regional governor said.",
     "Russian troops first shelled Marhanets on April 6, local officials recalled.",
     "Russian forces may attack Kryvyi Rih next week, the governor said.",
     "Russian troops did not shell Zaporizhzhia on October 30, the city council said.",
     "Russian troops have occupied Enerhodar since March 4, the mayor said."])


def _briefing(tmp_path, **options):
    path = tmp_path / "review.html"
    path.write_text(_PAGE, encoding="utf-8")
    with Store(tmp_path / "sitroom.db") as store:
        assert ingest([path], store).ok
        return make_briefing(store, date="2022-10-31", since="2022-10-31", options=BriefOptions(**options))


def _places(b) -> set[str]:
    """The listed developments, each by the place its evidence names."""
    listed = " ".join(r.evidence for s in b.storylines for d in s.developments for r in d.reports)
    return {p for p in ("Nikopol", "Marhanets", "Kryvyi Rih", "Zaporizhzhia", "Enerhodar") if p in listed}


def test_old_and_unreal_events_are_counted_not_listed(tmp_path):
    b = _briefing(tmp_path)
    places = _places(b)
    assert "Nikopol" in places                      # the period's own event
    assert "Marhanets" not in places                # 6 April, in a report of 31 October: background
    assert "Kryvyi Rih" not in places               # may: only possible
    assert "Zaporizhzhia" not in places             # did not
    assert "Enerhodar" in places                    # since March: it goes on
    assert b.background == 1 and b.background_before == "2022-10-24"
    assert b.not_happening == 2
    text = render_briefing(b, "text")
    assert "1 event dated before 24 October 2022 is background, not listed." in text
    assert "2 events reported as not happening or only possible are not listed." in text


def test_the_background_window_is_an_option(tmp_path):
    b = _briefing(tmp_path, background_days=365)
    assert "Marhanets" in _places(b) and b.background == 0
