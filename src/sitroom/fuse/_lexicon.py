"""The fuse lexicon (data/en/fuse.json): the words folded together in evidence keywords (status cues; counted nouns
fold to their kind in the claims taxonomy, data/en/claim_kinds.json), the modalities under which a figure is
contested, stopwords. Loaded once per process."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from sitroom.analyze.claims import kind_nouns
from sitroom.lexicon import load_json

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


@dataclass(frozen=True)
class FuseLexicon:
    counted: dict[str, str]                  # counted noun (lower case) -> its kind in the claims taxonomy
    status_cues: tuple[tuple[str, str], ...]  # (cue, status), longest cue first
    contested_modalities: frozenset[str]
    stopwords: frozenset[str]
    toll_statuses: frozenset[str] = frozenset()   # killed, wounded …: said on different days, not compared
    stock_statuses: frozenset[str] = frozenset()  # present, arrived …: a span-dated figure held at some time in it


@lru_cache(maxsize=1)
def lexicon() -> FuseLexicon:
    raw = load_json("en/fuse.json")
    counted = kind_nouns()
    cues = sorted(((c, s) for s, cs in raw["status_cues"].items() for c in cs), key=lambda p: -len(p[0]))
    return FuseLexicon(counted, tuple(cues), frozenset(raw["contested_modalities"]), _stopwords(raw),
                       frozenset(raw.get("toll_statuses", ())), frozenset(raw.get("stock_statuses", ())))


def _stopwords(raw: dict) -> frozenset[str]:
    """The fuse lexicon's stop words and the calendar words of data/en/common.json (months, weekdays)."""
    common = load_json("en/common.json")
    return frozenset(raw["stopwords"]) | frozenset(common["months"]) | frozenset(common["month_abbreviations"]) \
        | frozenset(common["weekdays"])


def words(text: str) -> list[str]:
    """Lower-case word tokens (letters/digits, inner apostrophes kept)."""
    return _WORD.findall(text.lower().replace("’", "'"))

