"""Figure claims of a Russian or Ukrainian text, from the ru/uk number reader alone (no parse yet).

    find_claims_slavic(text, language, document_id=…, published=…, timexes=…) -> list[Claim]

What it gives: every counted figure (measures, time, money and percentages skipped) with its bounds, qualifier,
counted kind (data/<lang>/claim_kinds.json: the canonical kinds of data/en/claim_kinds.json) and the noun as
written, its evidence sentence (razdel) and the publication date as claim date. What it does not give yet: source,
owner, location, status beyond "reported", modality beyond "asserted" — those need the ru/uk attribution, actor and
place layers; until then `source` is None (the outlet's own voice).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from sitroom.analyze._spans import SpanIndex
from sitroom.analyze.quantities import find_quantities_slavic
from sitroom.lexicon import load_json
from sitroom.model import Claim, Evidence, Quantity, Timex, content_id

__all__ = ["find_claims_slavic", "kind_of_slavic"]


class _Kinds:
    def __init__(self, lang: str):
        d = load_json(f"{lang}/claim_kinds.json")
        self.phrases = [(stem, kind) for kind, stems in d["phrases"].items() for stem in stems]
        self.nouns = {lemma: kind for kind, lemmas in d["nouns"].items() for lemma in lemmas}
        self.names = [(stem, kind) for kind, stems in d["names"].items() for stem in stems]
        self.classifiers = frozenset(d["classifiers"])
        self.not_counted = frozenset(d["not_counted"])
        self.military = tuple(d["military_context"])
        self.people = frozenset(d["people_nouns"])


@lru_cache(maxsize=2)
def _kinds(lang: str) -> _Kinds:
    return _Kinds(lang)


def kind_of_slavic(unit: str | None, phrase: str, lang: str, sentence: str = "") -> str | None:
    """Canonical kind of a counted noun (its lemma `unit`) in its phrase as written ("боевых бронированных машин" ->
    armoured_vehicles, "единиц бронетехники" -> armoured_vehicles, "танков" -> tanks; "человек" in a sentence about
    troops -> personnel); the lemma itself when no kind knows it; None for no noun."""
    k = _kinds(lang)
    low = phrase.lower()
    if unit is None:
        return None
    lemma = unit.lower()
    if lemma in k.people and any(stem in sentence.lower() for stem in k.military):
        return "personnel"
    specific = k.nouns.get(lemma)
    if specific is not None and specific != "vehicles" and lemma not in k.classifiers:
        return specific
    for stem, kind in k.phrases:
        if stem in low:
            return kind
    for stem, kind in k.names:
        if lemma.startswith(stem):
            return kind
    return specific or (None if lemma in k.classifiers else lemma)


def _sentences(text: str) -> list[tuple[int, int]]:
    import razdel

    return [(s.start, s.stop) for s in razdel.sentenize(text)]


_HEADED = re.compile(r"([^\W\d_][^,;:—–()\n]*?)\s*[—–:-]\s*(?:[^\W\d_]+\s+)?$")


def _elliptic(text: str, q: Quantity, sentence_start: int, lang: str) -> tuple[str | None, str]:
    """'танків — 3 350', 'бойових броньованих машин — 6 593': a bare figure counts the noun phrase before its dash
    or colon (in the same clause): (lemma of its last noun, the phrase)."""
    from sitroom.analyze.quantities import noun_lemma

    m = _HEADED.search(text[max(sentence_start, q.start - 80):q.start])
    if not m:
        return None, ""
    words = m.group(1).split()
    lemma = noun_lemma(words[-1], lang) if words else None
    return lemma, m.group(1)


def _phrase(text: str, q: Quantity, sentence_end: int) -> str:
    """The counted phrase: from the number to its noun and, for a classifier, the next two words."""
    end = q.unit_end if q.unit_end is not None else q.end
    tail = text[end:sentence_end].split()[:2]
    return text[q.end:end] + " " + " ".join(tail)


def find_claims_slavic(text: str, language: str, *, document_id: str = "", published: str | None = None,
                       timexes: Sequence[Timex] = (), section: str = "body") -> list[Claim]:
    """Claims of a Russian ("ru") or Ukrainian ("uk") text; figures inside a time expression are time, not claims."""
    in_time = SpanIndex(timexes)
    kinds = _kinds(language)
    sentences = _sentences(text)
    out: list[Claim] = []
    si = 0
    for q in find_quantities_slavic(text, language):
        if in_time.overlapping(q.start, q.end) or (q.unit or "").lower() in kinds.not_counted:
            continue
        while si + 1 < len(sentences) and sentences[si][1] <= q.start:
            si += 1
        s, e = sentences[si] if sentences else (0, len(text))
        sentence = text[s:e]
        written = text[q.unit_start:q.unit_end] if q.unit_start is not None else None
        unit, phrase = q.unit, _phrase(text, q, e)
        if unit is None:
            unit, phrase = _elliptic(text, q, s, language)
        out.append(Claim(
            id=content_id(document_id, "claim", section, q.start, q.text), text=q.text, start=q.start, end=q.end,
            lower=q.lower, upper=q.upper, qualifier=q.qualifier,
            counted=kind_of_slavic(unit, phrase, language, sentence), counted_text=written,
            status="reported",
            evidence=Evidence(sentence=sentence, start=s, end=e), claim_date=(published or "")[:10] or None,
            section=section))
    return out
