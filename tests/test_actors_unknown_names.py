"""A demonym before a name the actor tables lack: a body of that country by its own name, not the country."""
from __future__ import annotations

import pytest

from sitroom.analyze.actors import lookup_actor


@pytest.mark.parametrize("text, name, country", [
    ("Belarusian Hajun", "Belarusian Hajun", "BLR"),
    ("Polish Radio", "Polish Radio", "POL"),
    ("Russian troops", "Armed Forces of Russia", "RUS"),                       # a role of the country: as before
    ("Belarusian Defence Ministry", "Ministry of Defense of Belarus", "BLR"),
    ("Belarusian", "Belarus", "BLR"),                                          # the demonym alone
])
def test_a_name_after_a_demonym_is_a_body_of_that_country(text, name, country):
    e = lookup_actor(text)
    assert (e.name, e.country) == (name, country) and (e.sector is None or name != text)
