"""Language of the clean text: py3langid with its shipped model (ISO 639-1 codes)."""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier  # the model shipped in the wheel

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str, sample: int = 3000) -> str | None:
    """ISO 639-1 code of the text's language, None for text too short or too uncertain to tell."""
    sample_text = text[:sample]
    if len(sample_text.strip()) < 20:
        return None
    lang, prob = _identifier().classify(sample_text)
    return lang if prob >= 0.5 else None
