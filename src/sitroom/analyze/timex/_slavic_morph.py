"""Morphology for the ru/uk time rules (pymorphy3 through `sitroom.nlp_slavic`, cached per word form).

`is_future(text, start, end, language)`: whether the verb nearest a weekday in its sentence is in the future tense
("пройдут в среду", "відбудеться в понеділок": the coming weekday; "посетил в воскресенье": the last one).
`ordinal_value(word, language, ordinals)`: the value of an ordinal number word in any form (четвертого, дев'ятого).
"""
from __future__ import annotations

import re

from sitroom.nlp_slavic import verb_tense, word_lemmas

_WORD = re.compile(r"[\w'ʼ’`]+")


def is_future(text: str, start: int, end: int, language: str) -> bool:
    """The finite verb nearest the span [start, end) within its sentence is in the future tense."""
    left = max(text.rfind(c, 0, start) for c in ".!?\n")
    rights = [i for i in (text.find(c, end) for c in ".!?\n") if i >= 0]
    right = min(rights) if rights else len(text)
    best = None
    for m in _WORD.finditer(text, left + 1, right):
        tense = verb_tense(m.group(0), language)
        if tense is None:
            continue
        dist = start - m.end() if m.end() <= start else m.start() - end
        if best is None or dist < best[0]:
            best = (dist, tense)
    return best is not None and best[1] == "futr"


def ordinal_value(word: str, language: str, ordinals: dict[str, int]) -> int | None:
    return next((ordinals[lemma] for lemma in sorted(word_lemmas(word, language)) if lemma in ordinals), None)
