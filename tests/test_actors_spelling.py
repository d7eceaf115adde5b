"""British and American spellings of one institution are one actor ("Defence"/"Defense", issue 10)."""
from __future__ import annotations

import pytest

from sitroom.analyze.actors import lookup_actor


@pytest.mark.parametrize("a, b", [
    ("the Israel Defence Forces", "the Israel Defense Forces"),
    ("the US Department of Defence", "the US Department of Defense"),
    ("the Belarusian Defence Ministry", "the Belarusian Ministry of Defense"),
    ("Russia's Ministry of Defence", "the Russian Defense Ministry"),
    ("the Russian MoD", "the Russian Defence Ministry"),
    ("the UK Ministry of Defence", "the British Ministry of Defense"),
    ("Ukraine's Territorial Defence Forces", "Ukraine's Territorial Defense Forces"),
    ("People's Defense Force", "People's Defence Force"),
])
def test_defence_and_defense_are_one_actor(a, b):
    ea, eb = lookup_actor(a), lookup_actor(b)
    assert ea is not None and eb is not None
    assert (ea.name, ea.country, ea.sector) == (eb.name, eb.country, eb.sector)


def test_folding_a_spelling_keeps_other_actors_apart():
    assert lookup_actor("the Israel Defence Forces").country == "ISR"
    assert lookup_actor("the Russian Defence Ministry").country == "RUS"
    assert lookup_actor("the Belarusian Defence Ministry").country == "BLR"
