"""Boilerplate and caption-credit patterns (src/sitroom/data/en/clean.json), compiled once."""
from __future__ import annotations

import re
from functools import lru_cache

from sitroom.lexicon import load_json


@lru_cache(maxsize=1)
def _load() -> dict:
    return load_json("en/clean.json")


def _compile(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I)


@lru_cache(maxsize=1)
def boilerplate_pattern() -> re.Pattern[str]:
    """One regex over every boilerplate family (social, newsletter, navigation, copyright)."""
    families = _load()["short_line"]
    return _compile([p for name, pats in families.items() if not name.startswith("_") for p in pats])


@lru_cache(maxsize=1)
def copyright_pattern() -> re.Pattern[str]:
    return _compile(_load()["short_line"]["copyright"])


@lru_cache(maxsize=1)
def caption_pattern() -> re.Pattern[str]:
    return _compile(_load()["caption_credit"]["patterns"])
