"""A series' subject in words (`fuse.subject_label`): the counted kind as a plural noun phrase after a number, the
owner's demonym, the place."""
from __future__ import annotations

import pytest

from sitroom.fuse import subject_label


@pytest.mark.parametrize("kind, owner, where, label", [
    ("air_defence", "DEU", "UKR", "German air defence systems in Ukraine"),   # not "4 German air defence"
    ("artillery", "RUS", "BLR", "Russian artillery pieces in Belarus"),
    ("equipment", None, "BLR", "pieces of equipment in Belarus"),
    ("armoured_vehicles", "RUS", None, "Russian armoured vehicles"),         # no label: the name with spaces
    ("personnel", "RUS", "BLR", "Russian personnel in Belarus"),
    ("convoys", None, None, "convoys"),                                        # a kind outside the taxonomy
])
def test_the_subject_names_the_kind_as_counted_things(kind, owner, where, label):
    assert subject_label(kind, owner, where) == label
