"""The voices lexicon: the stance of a reporting cue as written, whatever its inflection (words chosen for these
tests, not taken from a data set)."""
from __future__ import annotations

import pytest

from sitroom.analyze.voices import cue_class, reporting_class, word_set


@pytest.mark.parametrize("cue, stance", [
    ("said", "neutral"), ("told", "neutral"), ("wrote", "neutral"), ("written", "neutral"), ("gave", "neutral"),
    ("shown", "neutral"), ("found", "neutral"), ("thought", "neutral"), ("reads", "neutral"), ("swore", "claim"),
    ("claimed", "claim"), (" Claims ", "claim"), ("insisted", "claim"), ("boasted", "claim"),
    ("denied", "deny"), ("denies", "deny"), ("Denying", "deny"), ("refuted", "deny"), ("disputes", "deny"),
    ("dismisses", "deny"), ("rejects", "deny"),
    ("vowing", "threat"), ("threatens", "threat"), ("warned", "warn"), ("cautioning", "warn"),
    ("ordering", "order"), ("directing", "order"),
    ("announcing", "neutral"), ("confirmed", "neutral"), ("stated", "neutral"), ("noted", "neutral"),
    ("according to", "neutral"), ("citing", "neutral"), ("quoting", "neutral"), ("the ministry said", "neutral"),
    ("shelled", None), ("", None), ("bed", None), ("ies", None),
])
def test_the_stance_of_a_cue_as_written(cue, stance):
    assert cue_class(cue) == stance


def test_lemmas_and_word_lists():
    assert reporting_class("Say") == "neutral" and reporting_class("shell") is None
    assert "reportedly" in word_set("hedge_adverbs") and "will" in word_set("future_aux")
    with pytest.raises(KeyError):
        word_set("no such list")
