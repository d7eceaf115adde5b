"""Voice lexicons (reporting verbs by stance, modality cue words): data/en/attribution.json and data/en/modality.json.

Both files are written by the sitroom team from general knowledge of news English (no external source).
"""
from __future__ import annotations

import re
from functools import lru_cache

from sitroom import lexicon

QUOTES = set('"“”«»„')
# a live blog's entry opens with its time: "06:40 Air raid alert …", "10.42", "9:30 am", "11 p.m."; the one clock of
# the claims finder (entries of a live blog) and of attribution (a cue's scope, a "13:05 Ministry: …" line's source)
ENTRY_TIME = re.compile(r"\s*(?:\d{1,2}[:.]\d{2}|\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?)(?=\s|$)", re.IGNORECASE)


@lru_cache(maxsize=1)
def reporting_classes() -> dict[str, str]:
    """lemma → stance class: neutral | claim | deny | threat | warn | order."""
    out: dict[str, str] = {}
    for cls, lemmas in lexicon.load_json("en/attribution.json")["reporting"].items():
        for lemma in lemmas:
            out.setdefault(lemma, cls)
    return out


_VOICE_FILES = ("en/attribution.json", "en/modality.json", "en/common.json")


@lru_cache(maxsize=None)
def word_set(key: str) -> frozenset[str]:
    """A list from data/en/attribution.json, data/en/modality.json or data/en/common.json (negation words) as a
    frozenset (multi-word items as tuples)."""
    for name in _VOICE_FILES:
        if key in lexicon.load_json(name):
            return lexicon.word_set(name, key)
    raise KeyError(key)


def reporting_class(lemma: str) -> str | None:
    return reporting_classes().get(lemma.lower())


# cues that are not verbs: the class of an Attribution.cue as written
_PHRASE_CLASSES = lexicon.load_json("en/attribution.json")["phrase_cue_classes"]


def cue_class(cue: str) -> str | None:
    """Stance class of an attribution cue as written ("claimed" → claim, "according to" → neutral)."""
    c = cue.lower().strip()
    if c in _PHRASE_CLASSES:
        return _PHRASE_CLASSES[c]
    last = c.split()[-1] if c else c
    return reporting_class(last) or reporting_class(_crude_lemma(last))


def _crude_lemma(word: str) -> str:
    """Enough morphology for reporting verbs as written (said, claims, denied, warning)."""
    irregular = lexicon.load_json("en/attribution.json")["irregular_forms"]
    if word in irregular:
        return irregular[word]
    classes = reporting_classes()
    for suffix, repl in (("ied", "y"), ("ies", "y"), ("ed", ""), ("ed", "e"), ("es", ""), ("s", ""), ("ing", ""),
                         ("ing", "e"), ("d", "")):
        if word.endswith(suffix):
            stem = word[: -len(suffix)] + repl
            if stem in classes:
                return stem
    return word
