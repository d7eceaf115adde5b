"""Eight outlets restate one planned figure — about 9,000 Russian troops for Belarus — each in its own words
(troops / servicemen / military personnel / soldiers / people; "slightly under", "some", "around", "just under";
"Russian" in the headline or the sentence before; the claimant as a ministry, a minister quoted, a wire citing the
ministry, a pronoun). Ingested together (reports written for this test, issue 10), they must make one series with
no contradiction, and equipment and artillery stay apart from the troops."""
from __future__ import annotations

import pytest

from sitroom.api import ingest
from sitroom.fuse import contradictions, figure_series
from sitroom.store import Store

REPORTS = {
    "a-wire.txt": """Russia to send about 9,000 troops to Belarus, Minsk says

16 October 2022, 10:05 AM

MINSK, Oct 16 (Example Wire) - Russia will deploy about 9,000 troops to Belarus as part of a joint regional grouping, the Belarusian defence ministry said on Sunday.
""",
    "b-daily.txt": """Russian servicemen head for Belarus

16 October 2022, 01:30 PM

Valery Revenko, an official of the Belarusian defence ministry, said the grouping would include slightly under 9,000 servicemen. He said the first trains had already arrived.
""",
    "c-herald.txt": """Moscow to station forces with its neighbour

17 October 2022, 08:00 AM

Russian units are being moved to Belarus, the Belarusian defence ministry said. Some 9,000 military personnel are to be stationed in the country, the ministry added.
""",
    "d-agency.txt": """Thousands of Russian soldiers expected in Belarus

17 October 2022, 09:40 AM

Around 9,000 Russian soldiers will be stationed in Belarus, the Interfax news agency reported, citing the Belarusian defence ministry.
""",
    "e-post.txt": """Belarus: the regional grouping

17 October 2022, 11:15 AM

Belarusian Defence Minister Viktor Khrenin said on Monday that just under 9,000 Russian troops would arrive in Belarus. He added that they would be housed at training grounds in the west of the country.
""",
    "f-gazette.txt": """Russian contingent for Belarus to number 9,000

18 October 2022, 07:20 AM

The Russian contingent in Belarus will number about 9,000 people, the Belarusian defence ministry said on Tuesday. The grouping will also include about 170 tanks and up to 100 artillery pieces.
""",
    "g-times.txt": """Lukashenko: Russian troops will come

18 October 2022, 02:00 PM

President Alexander Lukashenko said Russia would send around 9,000 servicemen to Belarus. The troops would not cross into Ukraine, he said.
""",
    "h-review.txt": """What the Belarus deployment means

19 October 2022, 09:00 AM

Minsk says that some 9,000 Russian troops will be deployed in Belarus. Monitors counted about 400 pieces of equipment arriving by rail.
""",
}


@pytest.fixture(scope="module")
def fused(tmp_path_factory):
    folder = tmp_path_factory.mktemp("outlet-reports")
    for name, text in REPORTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    store = Store(tmp_path_factory.mktemp("db") / "outlets.db")
    report = ingest([folder], store)
    assert report.ok and len(report.added) == len(REPORTS)
    yield store
    store.close()


def _nine(store):
    return [(s.topic_key, p) for s in figure_series(store) for p in s.points
            if p.lower == 9000.0 and p.upper == 9000.0]


def _documents(points) -> set[str]:
    """The documents a point stands for: its own and those of the same source repeating it."""
    return {d for p in points for d in (p.document_id, *(r.document_id for r in p.also_reported_by))}


def test_the_planned_nine_thousand_of_eight_outlets_is_found_and_one_series(fused):
    nine = _nine(fused)
    assert len(_documents(p for _, p in nine)) >= 7           # at least 7 of the 8 outlets' figures found
    in_main = [p for key, p in nine if key == "personnel|RUS|BLR"]
    assert len(_documents(in_main)) >= 0.9 * len(_documents(p for _, p in nine))
    assert all(p.status == "planned" for p in in_main)


def test_restating_one_plan_is_no_contradiction(fused):
    assert contradictions(fused, "personnel") == []
    assert all(not p.contradicts for _, p in _nine(fused))


def test_tanks_artillery_and_equipment_are_not_troops(fused):
    kinds = {s.counted for s in figure_series(fused)}
    assert {"tanks", "artillery", "equipment"} <= kinds
    assert contradictions(fused, "equipment") == [] and contradictions(fused, "artillery") == []
