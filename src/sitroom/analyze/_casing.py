"""The case the parser reads for headline lines in Title Case or ALL CAPS.

"Boko Haram Fighters Torch Village in Borno, Kill 9" or "ISRAELI AIR STRIKE KILLS 6 IN KHAN YOUNIS": the tagger
reads every capitalised word as a name, so the verb is lost. For such a line the parser reads a re-cased copy:
in Title Case, the words known not to be names (function words, the coder's trigger verbs and nouns and its word
classes) are lower-cased; in ALL CAPS every word is lower-cased but known names (actors, places, countries and
their demonyms), which get their capital (an acronym the actor lexicon knows, "EU", "KCNA", stays in capitals).
Every word keeps its length, so every offset still indexes the document text (as `clean.analysable_text`).
Ordinary sentences and sentence-case headlines are left as they are.
"""
from __future__ import annotations

import re
from functools import lru_cache

from sitroom.lexicon import load_json

__all__ = ["parser_case"]

_WORD = re.compile(r"[^\W\d_][^\W\d_'’.]*(?:['’][^\W\d_]+)?")
_FUNCTION = frozenset(
    "a an the of in on at to for from by with without near over after before amid against as and or but into onto "
    "off out up down about across along around between during despite since than that this these those its their "
    "his her is are was were be been has have had will would can could may might not no new more most after".split())
_MAX_WORDS = 24


@lru_cache(maxsize=1)
def _calendar() -> frozenset[str]:
    c = load_json("en/common.json")
    return frozenset(w.lower() for k in ("months", "month_abbreviations", "weekdays", "weekday_abbreviations")
                     for w in c[k])


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    from sitroom.analyze.coder import coder_lexicon
    lex = coder_lexicon()
    words = set(lex.verbs) | {w for r in lex.verbs.values() for rule in r for w in rule.needs}
    words |= set(lex.nouns) | {w for r in lex.nouns.values() for rule in r for w in rule.needs}
    for name, ws in lex.classes.items():
        words |= ws
    return frozenset(w for w in words if w.isalpha())


def _forms(low: str) -> tuple[str, ...]:
    out = [low]
    for suf, rep in (("ies", "y"), ("es", ""), ("s", ""), ("ied", "y"), ("ed", ""), ("ed", "e"), ("d", ""),
                     ("ing", ""), ("ing", "e")):
        if low.endswith(suf) and len(low) - len(suf) >= 3:
            out.append(low[: len(low) - len(suf)] + rep)
    if len(low) > 4 and low[-1] == low[-2]:
        out.append(low[:-1])
    return tuple(out)


def _common(low: str) -> bool:
    if low in _FUNCTION:
        return True
    words = _common_words()
    return low not in _calendar() and any(f in words for f in _forms(low))


def _name(word: str) -> str | None:
    """A known actor or place named by `word` (a phrase), in the case it is written in; None if none."""
    from sitroom.analyze.actors import lookup_actor
    from sitroom.analyze.places import lookup_place
    from sitroom.countries import countries, norm

    probe = word.title()
    if len(word) <= 5 and word.isupper():       # "EU", "US", "KCNA": an acronym the actor lexicon knows
        a = lookup_actor(word)
        if a is not None and a.text == word and (a.country or a.sector) and (
                len(word) <= 3 or lookup_actor(probe) is None and lookup_place(probe) is None):
            return word
    key = norm(probe)
    if countries().by_demonym.get(key):
        return probe
    a = lookup_actor(probe)
    if a is not None and a.text and norm(a.text) == key and key in norm(a.name or ""):
        return probe
    p = lookup_place(probe)
    if p is not None and (p.kind in ("country", "admin1") or p.kind == "city" and len(word) >= 5):
        return probe
    return None


def _title_line(words: list[str]) -> bool:
    content = [w for w in words[1:] if w.lower() not in _FUNCTION and len(w) > 2]
    return len(content) >= 3 and sum(w[0].isupper() for w in content) >= 0.8 * len(content)


def _caps_line(line: str, words: list[str]) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(words) >= 3 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


def _recase_caps(line: str, spans: list[tuple[int, int]]) -> str:
    chars = list(line.lower())
    i = 0
    while i < len(spans):
        for n in (3, 2, 1):     # "KHAN YOUNIS", "SOUTH KOREA" before "KHAN", "SOUTH"
            if i + n > len(spans):
                continue
            a, b = spans[i][0], spans[i + n - 1][1]
            phrase = line[a:b]
            if n > 1 and not all(c.isalpha() or c in " -" for c in phrase):
                continue
            if n == 1 and phrase.lower() in _FUNCTION:
                continue
            name = _name(phrase)
            if name is not None and len(name) == len(phrase):
                chars[a:b] = list(name)
                i += n
                break
        else:
            i += 1
    return "".join(chars)


def _recase_title(line: str, spans: list[tuple[int, int]]) -> str:
    chars = list(line)
    for k, (a, b) in enumerate(spans):
        w = line[a:b]
        if k == 0 or not w[:1].isupper() or w.isupper() and len(w) > 1:
            continue        # the first word keeps its capital; "EU", "US" are acronyms
        low = w.lower()
        if len(low) == len(w) and _common(low) and _name(w) is None or low in _FUNCTION:
            chars[a:b] = list(low)
    return "".join(chars)


def parser_case(text: str) -> str:
    """`text` with each Title Case or ALL CAPS headline line re-cased for the parser (same length, same breaks)."""
    if not text or not any(c.isupper() for c in text):
        return text
    out = []
    for line in text.split("\n"):
        spans = [m.span() for m in _WORD.finditer(line)]
        words = [line[a:b] for a, b in spans]
        if 3 <= len(words) <= _MAX_WORDS:
            if _caps_line(line, words):
                line = _recase_caps(line, spans)
                a, b = spans[0]
                line = line[:a] + line[a].upper() + line[a + 1:]      # a headline's first word has its capital
            elif _title_line(words):
                line = _recase_title(line, spans)
        out.append(line)
    new = "\n".join(out)
    return new if len(new) == len(text) else text
