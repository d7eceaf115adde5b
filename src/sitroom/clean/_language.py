"""Language of the clean text: py3langid with its shipped model (ISO 639-1 codes), leaning to the languages sitroom
analyses (`sitroom.languages.SUPPORTED`) and naming any other language only when it is confident."""
from __future__ import annotations

import re
from functools import lru_cache

from sitroom.languages import SUPPORTED

MIN_TEXT = 20           # characters; shorter text is not classified
CONFIDENT_OTHER = 0.9   # probability an unsupported language needs to be named
SUPPORTED_MASS = 0.3    # probability the supported languages together need when the top guess is not confident
MIN_TOP = 0.5           # below this (and without a supported language to lean to) the language is unknown
# creoles whose words are a supported language's: the model's unconfident guess of one is that language (a short
# English headline, "Gunmen storm church in Ondo State, kill 20", is often guessed Nigerian Pidgin)
LEXIFIER = {"pcm": "en"}


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier  # the model shipped in the wheel

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str, sample: int = 3000) -> str | None:
    """ISO 639-1 code of the text's language, None for text too short or too uncertain to tell.

    A supported language (en, ru, uk) wins when it is the best guess, or when the guess is an unconfident other
    language and the supported ones together keep some weight (short English headlines are often guessed as a
    creole, short Ukrainian as Belarusian; an unconfident guess of a creole of a supported language, `LEXIFIER`, is
    that language); an unsupported language is named when the model is confident of it.
    """
    sample_text = text[:sample]
    if len(sample_text.strip()) < MIN_TEXT:
        return None
    ranked = _identifier().rank(sample_text)
    top, prob = ranked[0]
    if top in SUPPORTED:
        return top
    if prob >= CONFIDENT_OTHER:
        return top
    if LEXIFIER.get(top) in SUPPORTED:
        return LEXIFIER[top]
    supported = [(p, lang) for lang, p in ranked if lang in SUPPORTED]
    if sum(p for p, _ in supported) >= SUPPORTED_MASS:
        return max(supported)[1]
    return top if prob >= MIN_TOP else None



_PARAGRAPH = re.compile(r"\n\s*\n")
MIN_PART = 40           # letters a part in another script needs to stand as a language block of its own


def _script(text: str) -> tuple[str | None, int]:
    """The script most of `text`'s letters are in ("latin", "cyrillic", or None with no letters) and its count."""
    latin = sum(1 for c in text if c.isalpha() and c.isascii())
    cyrillic = sum(1 for c in text if "\u0400" <= c <= "\u04ff")
    if not latin and not cyrillic:
        return None, 0
    return ("latin", latin) if latin > cyrillic else ("cyrillic", cyrillic)


def language_blocks(text: str, language: str | None) -> tuple[tuple[int, int, str | None], ...]:
    """(start, end, language) of the runs of paragraphs of `text` written in one script, each run's language
    detected on its own; one block (the whole text, `language`) unless two runs in different scripts each hold
    `MIN_PART` letters — a post carrying a translation and its original ("TRANSLATION : … ORIGINAL : …"), an
    English page quoting a Russian statement at length. A short paragraph goes with the run before it when in
    its script, else (a label such as "ORIGINAL :") with the run after it; the last with the run before. Runs of one script are never split by
    language (Russian and Ukrainian paragraphs are too often told apart wrongly one by one)."""
    whole = ((0, len(text), language),)
    if text.isascii() or not any(c.isascii() and c.isalpha() for c in text):
        return whole
    paragraphs, pos = [], 0
    for m in _PARAGRAPH.finditer(text):
        paragraphs.append((pos, m.start()))
        pos = m.end()
    paragraphs.append((pos, len(text)))
    runs: list[list] = []                       # [start, end, script, letters]
    pending: int | None = None                  # start of short paragraphs waiting for the run after them
    for a, b in paragraphs:
        script, letters = _script(text[a:b])
        if script is None or letters < MIN_TEXT:
            if pending is None and runs and runs[-1][2] == script:
                runs[-1][1] = b                 # "Fucking creatures." after its English: the run before
            else:
                pending = a if pending is None else pending
            continue
        start = a if pending is None else pending
        pending = None
        if runs and runs[-1][2] == script:
            runs[-1][1], runs[-1][3] = b, runs[-1][3] + letters
        else:
            runs.append([start, b, script, letters])
    if pending is not None and runs:
        runs[-1][1] = len(text)
    big = [r for r in runs if r[3] >= MIN_PART]
    if len({r[2] for r in big}) < 2:
        return whole
    for r in runs:                              # a small run of the other script stays in the run before it
        if r[3] < MIN_PART and r is not runs[0]:
            r[2] = None
    merged: list[list] = []
    for r in runs:
        if merged and (r[2] is None or r[2] == merged[-1][2]):
            merged[-1][1] = r[1]
        else:
            merged.append(r[:])
    merged[0][0], merged[-1][1] = 0, len(text)
    for prev, nxt in zip(merged, merged[1:]):
        prev[1] = nxt[0]                        # the blocks cover the text end to end
    out: list[list] = []
    for a, b, _, _ in merged:
        lang = detect_language(text[a:b]) or language
        if out and out[-1][2] == lang:
            out[-1][1] = b                      # two scripts, one language as detected: one block
        else:
            out.append([a, b, lang])
    return tuple((a, b, lang) for a, b, lang in out)
