"""Language of the clean text: py3langid with its shipped model (ISO 639-1 codes), leaning to the languages sitroom
analyses (`sitroom.languages.SUPPORTED`) and naming any other language only when it is confident."""
from __future__ import annotations

from functools import lru_cache

from sitroom.languages import SUPPORTED

MIN_TEXT = 20           # characters; shorter text is not classified
CONFIDENT_OTHER = 0.9   # probability an unsupported language needs to be named
SUPPORTED_MASS = 0.3    # probability the supported languages together need when the top guess is not confident
MIN_TOP = 0.5           # below this (and without a supported language to lean to) the language is unknown


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier  # the model shipped in the wheel

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str, sample: int = 3000) -> str | None:
    """ISO 639-1 code of the text's language, None for text too short or too uncertain to tell.

    A supported language (en, ru, uk) wins when it is the best guess, or when the guess is an unconfident other
    language and the supported ones together keep some weight (short English headlines are often guessed as a
    creole, short Ukrainian as Belarusian); an unsupported language is named when the model is confident of it.
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
    supported = [(p, lang) for lang, p in ranked if lang in SUPPORTED]
    if sum(p for p, _ in supported) >= SUPPORTED_MASS:
        return max(supported)[1]
    return top if prob >= MIN_TOP else None

