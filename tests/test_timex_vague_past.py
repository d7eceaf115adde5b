"""'In recent years' / 'in past years' name a vague stretch of the past (TimeML PAST_REF, a DATE), as TimeBank's
annotators mostly mark them; a counted or bounded span ('the past few years', 'recent months') stays a DURATION."""
from __future__ import annotations

import pytest

from sitroom.analyze.timex import tag_timexes


@pytest.mark.parametrize("sentence, text, type_, value", [
    ("Casualties have risen sharply in recent years, the agency said.", "recent years", "DATE", "PAST_REF"),
    ("As in past years, the ministry released no figures.", "past years", "DATE", "PAST_REF"),
    ("Prices have doubled over the past few years.", "the past few years", "DURATION", "PXY"),
    ("Fighting has intensified in recent months.", "recent months", "DURATION", "PXM"),
    ("Talks could take years to come.", "years to come", "DURATION", "PXY"),
])
def test_vague_past(sentence, text, type_, value):
    got = {t.text: (t.type, t.value) for t in tag_timexes(sentence, "2022-10-17")}
    assert got.get(text) == (type_, value)
