"""Fusion on outlet pages (issue 10, batch 7): a count of what is somewhere changes from day to day, so a figure
dated only to a span of weeks does not contradict one of a day inside it; two figures of the same days still do.
Reports written for this test."""
from __future__ import annotations

from sitroom.api import ingest
from sitroom.fuse import contradictions
from sitroom.store import Store

REPORTS = {
    "a-wire.txt": """Monitors: about 9,000 Sudanese soldiers now in Chad

20 May 2026, 10:05 AM

N'DJAMENA, May 20 (Example Wire) - About 9,000 Sudanese soldiers are in Chad as of Wednesday, the monitoring group Chad Watch said.
""",
    "b-daily.txt": """Sudanese troops in Chad fewer than thought, say observers

30 June 2026, 01:30 PM

N'DJAMENA, June 30 - About 3,000 Sudanese soldiers are in Chad, UN observers said on Tuesday. At the peak in May there were about 15,000 Sudanese soldiers in Chad, the observers said.
""",
}


def _flags(tmp_path, reports):
    folder = tmp_path / "pages"
    folder.mkdir()
    for name, text in reports.items():
        (folder / name).write_text(text, encoding="utf-8")
    store = Store(tmp_path / "t.db")
    try:
        assert ingest([folder], store).ok
        return [(f.a.figure, f.b.figure) for f in contradictions(store)]
    finally:
        store.close()


def test_a_count_dated_to_a_month_does_not_contradict_a_day_inside_it(tmp_path):
    assert _flags(tmp_path, REPORTS) == []


def test_two_counts_of_the_same_day_still_contradict(tmp_path):
    rival = {"c-channel.txt": """Channel: only 500 Sudanese soldiers in Chad

20 May 2026, 06:00 PM

No more than 500 Sudanese soldiers are in Chad as of Wednesday, the Telegram channel Sahel Front said.
"""}
    assert _flags(tmp_path, {"a-wire.txt": REPORTS["a-wire.txt"], **rival}) != []
