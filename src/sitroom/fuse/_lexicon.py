"""The fuse lexicon (data/en/fuse.json): counted nouns, status cues, stopwords. Loaded once per process."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from sitroom.lexicon import load_json

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


@dataclass(frozen=True)
class FuseLexicon:
    counted: dict[str, str]                  # written form (lower case) -> normalized counted noun
    not_counted: frozenset[str]
    status_cues: tuple[tuple[str, str], ...]  # (cue, status), longest cue first
    status_by_modality: dict[str, str]
    status_by_type: dict[str, str]
    contested_modalities: frozenset[str]
    stopwords: frozenset[str]
    cumulative_status: dict[str, str]         # flow status -> stock status ('have arrived' -> present)


@lru_cache(maxsize=1)
def lexicon() -> FuseLexicon:
    raw = load_json("en/fuse.json")
    counted = {form: noun for noun, forms in raw["counted_nouns"].items() for form in (noun, *forms)}
    cues = sorted(((c, s) for s, cs in raw["status_cues"].items() for c in cs), key=lambda p: -len(p[0]))
    return FuseLexicon(counted, frozenset(raw["not_counted_units"]), tuple(cues), raw["status_by_modality"],
                       raw["status_by_type"], frozenset(raw["contested_modalities"]), _stopwords(raw),
                       {k: v for k, v in raw.get("cumulative_status", {}).items() if not k.startswith("_")})


def _stopwords(raw: dict) -> frozenset[str]:
    """The fuse lexicon's stop words and the calendar words of data/en/common.json (months, weekdays)."""
    common = load_json("en/common.json")
    return frozenset(raw["stopwords"]) | frozenset(common["months"]) | frozenset(common["month_abbreviations"]) \
        | frozenset(common["weekdays"])


def words(text: str) -> list[str]:
    """Lower-case word tokens (letters/digits, inner apostrophes kept)."""
    return _WORD.findall(text.lower().replace("’", "'"))

