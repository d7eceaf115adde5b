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


# letters only one of the two Cyrillic languages sitroom reads writes: a paragraph with some of one set and none of
# the other is in that language (Belarusian, writing і and ы both, is neither)
_RU_LETTERS = frozenset("ыэъёЫЭЪЁ")
_UK_LETTERS = frozenset("іїєґІЇЄҐ")
MIN_MARKS = 2           # letters of one set (and none of the other) that tell Russian from Ukrainian


def _script(text: str) -> tuple[str | None, int]:
    """The script most of `text`'s letters are in ("latin", "cyrillic", or None with no letters) and its count;
    Cyrillic as "ru" or "uk" when its letters tell (`_RU_LETTERS`, `_UK_LETTERS`)."""
    latin = sum(1 for c in text if c.isalpha() and c.isascii())
    cyrillic = sum(1 for c in text if "\u0400" <= c <= "\u04ff")
    if not latin and not cyrillic:
        return None, 0
    if latin > cyrillic:
        return "latin", latin
    return letters_language(text) or "cyrillic", cyrillic


def letters_language(text: str, min_letters: int = MIN_PART) -> str | None:
    """"ru" or "uk" for Cyrillic text of at least `min_letters` letters whose letters tell (some of one language's
    own letters, `_RU_LETTERS` / `_UK_LETTERS`, and none of the other's), else None."""
    cyrillic = sum(1 for c in text if "\u0400" <= c <= "\u04ff")
    ru, uk = sum(c in _RU_LETTERS for c in text), sum(c in _UK_LETTERS for c in text)
    if cyrillic >= min_letters and ru >= MIN_MARKS and not uk:
        return "ru"
    if cyrillic >= min_letters and uk >= MIN_MARKS and not ru:
        return "uk"
    return None


def _told_apart(scripts: list[str | None]) -> list[str | None]:
    """Cyrillic paragraphs whose letters do not tell their language take the nearest one's before them that does
    (else after them): "cyrillic" stays only when no paragraph tells."""
    out = list(scripts)
    told = [k for k, s in enumerate(out) if s in ("ru", "uk")]
    for k, s in enumerate(out):
        if s == "cyrillic" and told:
            before = [j for j in told if j < k]
            out[k] = out[before[-1]] if before else out[told[0]]
    return out


def language_blocks(text: str, language: str | None) -> tuple[tuple[int, int, str | None], ...]:
    """(start, end, language) of the runs of paragraphs of `text` written in one script, each run's language
    detected on its own; one block (the whole text, `language`) unless two runs in different scripts each hold
    `MIN_PART` letters — a post carrying a translation and its original ("TRANSLATION : … ORIGINAL : …"), an
    English page quoting a Russian statement at length. A short paragraph goes with the run before it when in
    its script, else (a label such as "ORIGINAL :") with the run after it; the last with the run before. Cyrillic
    paragraphs are told apart as Russian and Ukrainian only by the letters one of them alone writes (a Ukrainian
    post quoting a Russian statement as a paragraph of its own: `_script`), never by the detector, which too often
    tells them apart wrongly paragraph by paragraph."""
    whole = ((0, len(text), language),)
    two_scripts = any(c.isascii() and c.isalpha() for c in text)
    if text.isascii() or not two_scripts and not (any(c in _RU_LETTERS for c in text)
                                                  and any(c in _UK_LETTERS for c in text)):
        return whole
    paragraphs, pos = [], 0
    for m in _PARAGRAPH.finditer(text):
        paragraphs.append((pos, m.start()))
        pos = m.end()
    paragraphs.append((pos, len(text)))
    runs: list[list] = []                       # [start, end, script, letters]
    pending: int | None = None                  # start of short paragraphs waiting for the run after them
    read = [_script(text[a:b]) for a, b in paragraphs]
    scripts = _told_apart([sc for sc, _ in read])
    for (a, b), script, (_, letters) in zip(paragraphs, scripts, read):
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
    for a, b, script, _ in merged:
        lang = script if script in ("ru", "uk") else detect_language(text[a:b]) or language
        if out and out[-1][2] == lang:
            out[-1][1] = b                      # two scripts, one language as detected: one block
        else:
            out.append([a, b, lang])
    return tuple((a, b, lang) for a, b, lang in out)
