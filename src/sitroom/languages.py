"""The languages sitroom analyses, and how far: one table, read by `clean` (detection) and `analyze` (routing).

`LAYERS[code]` names the analysis layers that run for a language. English has the whole pipeline; so have Russian and
Ukrainian: time expressions, figures, events and figure claims with their sources, modality, actors and places
(`sitroom.analyze` runs their own layers on a `sitroom.nlp_slavic` parse). Any other language is stored with its code and no analysis, and the extraction says so in its `notes`.

    >>> "timex" in LAYERS["uk"]
    True
    >>> is_supported("de")
    False
"""
from __future__ import annotations

__all__ = ["LAYERS", "SUPPORTED", "FULL", "is_supported", "note_for"]

FULL = ("timex", "quantities", "attribution", "modality", "actors", "places", "coder", "claims")

LAYERS: dict[str, tuple[str, ...]] = {
    "en": FULL,
    "ru": FULL,
    "uk": FULL,
}

SUPPORTED = frozenset(LAYERS)


def is_supported(code: str | None) -> bool:
    return code in LAYERS


def note_for(code: str | None) -> str | None:
    """What the analysis of a document in `code` leaves out, in one sentence (None when it runs in full)."""
    if code is None or LAYERS.get(code) == FULL:
        return None
    if code not in LAYERS:
        return f"language {code!r} is not supported: stored without analysis"
    missing = [layer for layer in FULL if layer not in LAYERS[code]]
    without = "claims" if "coder" in LAYERS[code] else "events or claims"
    return (f"language {code!r} is analysed in part: only {', '.join(LAYERS[code])} ran "
            f"({', '.join(missing)} not available for {code!r} yet): stored without {without}")
