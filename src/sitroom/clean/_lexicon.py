"""Boilerplate and caption-credit patterns (src/sitroom/data/{en,ru,uk}/clean.json), compiled once."""
from __future__ import annotations

import re
from functools import lru_cache

from sitroom.lexicon import load_json


_LANGUAGES = ("en", "ru", "uk")     # every language's lines apply to every page (a Ukrainian page's "Share" button)


@lru_cache(maxsize=1)
def _load() -> dict:
    """en/clean.json with the short-line families of the other languages' clean.json added to its own."""
    data = load_json("en/clean.json")
    families = {name: list(pats) for name, pats in data["short_line"].items() if not name.startswith("_")}
    for lang in _LANGUAGES[1:]:
        for name, pats in load_json(f"{lang}/clean.json")["short_line"].items():
            if not name.startswith("_"):
                families.setdefault(name, []).extend(pats)
    return {**data, "short_line": families}


def _compile(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I)


_OWN_RULE = ("menu", "call_to_action")     # families with a length rule of their own (see _lines.is_boilerplate)


@lru_cache(maxsize=1)
def boilerplate_pattern() -> re.Pattern[str]:
    """One regex over the boilerplate families of one short line (social, newsletter, navigation, copyright)."""
    return _compile([p for name, pats in _load()["short_line"].items() if name not in _OWN_RULE for p in pats])


@lru_cache(maxsize=None)
def family_pattern(name: str) -> re.Pattern[str]:
    """One family's regex: "copyright", "menu" (menu and footer links: words that also open sentences, "About 40
    ..."), "call_to_action" (an imperative to the reader opening a line, "Click here to see ...")."""
    return _compile(_load()["short_line"][name])


@lru_cache(maxsize=1)
def caption_pattern() -> re.Pattern[str]:
    return _compile(_load()["caption_credit"]["patterns"])
