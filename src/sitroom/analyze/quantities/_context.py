"""What the words around a number say about it: which noun it counts, and whether it is a number at all.

Uses the shared spaCy parse (dependencies and tags) for the counted noun, and plain word context
for the things that look like numbers but are not quantities (years, days of the month, clock times,
unit and model designators, appositive ages).
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from sitroom.analyze.quantities._numbers import Word, currency_before, lexicon
from sitroom.lexicon import word_set

_CLIMB_DEPS = {"nummod", "quantmod", "compound", "amod", "nmod", "npadvmod", "appos"}
_SKIP_POS = {"ADJ", "PUNCT", "ADV"}
_QUOTES = {'"', "“", "”", "'", "‘", "’", "«", "»"}
_NOT_UNITS = word_set("en/quantities.json", "not_units")
_TIME_AFTER = re.compile(
    r"^\s?(?:a\.?m\b\.?|p\.?m\b\.?|(?:gmt|utc|est|edt|cet|cest|bst|pst|pdt|cst|cdt|msk|eet|eest|hrs)\b|o'clock)",
    re.IGNORECASE,
)

DASHES = "-‐‑‒–—−"     # hyphen, non-breaking hyphen, figure dash, en/em dash, minus: "Su‑25"


class TokenIndex:
    """Character offset -> spaCy token, for one Doc."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self._at = [-1] * (len(doc.text) + 1)
        for t in doc:
            for c in range(t.idx, t.idx + len(t.text)):
                self._at[c] = t.i

    def token_at(self, char: int) -> Token | None:
        if 0 <= char < len(self._at) and self._at[char] >= 0:
            return self.doc[self._at[char]]
        return None


def is_month(word: Word) -> bool:
    return word.text[:1].isupper() and word.low.rstrip(".") in lexicon()["months"]


def is_clock_time(text: str, words: list[Word], first: int, last: int) -> bool:
    """'5 pm', '10.45pm', '0401 GMT', '4:39', '11:30'."""
    end = words[last].end
    if _TIME_AFTER.match(text[end:end + 8]):
        return True
    if last + 2 < len(words) and words[last + 1].text == ":" and words[last + 2].text[0].isdigit() \
            and words[last + 1].start == end:
        return True
    if first >= 2 and words[first - 1].text == ":" and words[first - 2].text[0].isdigit() \
            and words[first - 1].end == words[first].start:
        return True
    return False


def is_in_digit_chain(words: list[Word], first: int, last: int) -> bool:
    """Dates, phone numbers, codes: '2019-09-01', '555-123-4567', '10/16/2022', '24/7', 'ISO 3888-2'."""
    def linked(i: int, j: int) -> bool:   # words[i] sep words[j], all glued
        return (0 <= i and j < len(words) and words[i].text[0].isdigit() and words[j].text[0].isdigit()
                and words[i].end == words[i + 1].start and words[i + 1].end == words[j].start)
    if first >= 2 and words[first - 1].text == "/" and linked(first - 2, first):
        return True
    if last + 2 < len(words) and words[last + 1].text == "/" and linked(last, last + 2):
        return True
    chain = 0
    i = first
    while i >= 2 and words[i - 1].text in DASHES and linked(i - 2, i):
        chain += 1
        i -= 2
    i = last
    while i + 2 < len(words) and words[i + 1].text in DASHES and linked(i, i + 2):
        chain += 1
        i += 2
    return chain >= 2


def is_designator(words: list[Word], first: int) -> bool:
    """'T-72', 'COVID-19', 'RAV4', 'MiG-29', '#5': letters glued to the number."""
    if first >= 1 and words[first - 1].end == words[first].start:
        prev = words[first - 1]
        if prev.text.isalpha():
            return not currency_before(words, first)
        if prev.text == "." and first >= 2 and words[first - 2].end == prev.start and words[first - 2].text.isalpha():
            return True                                          # ID.3
        if prev.text == "#":
            return True
        if prev.text in DASHES and first >= 2 and words[first - 2].end == prev.start \
                and words[first - 2].text.isalpha() and words[first - 2].low != "minus":
            return True
    return False


def is_year(value: float, raw: str) -> bool:
    return raw.isdigit() and len(raw) == 4 and 1800 <= value <= 2100


def counts_noun(tok: Token) -> Token | None:
    """The noun a number token directly modifies (nummod/quantmod chain to the right), if any."""
    h = tok
    for _ in range(4):
        if h.dep_ not in _CLIMB_DEPS or h.head.i <= h.i or h.head.i - tok.i > 6:
            break
        if h is tok and h.dep_ not in ("nummod", "quantmod", "compound", "amod"):
            break
        h = h.head
        if h.pos_ in ("NOUN", "PROPN"):
            if any(t.pos_ in ("ADP", "VERB", "AUX", "SCONJ") and not _modifies(t, h) for t in tok.doc[tok.i + 1:h.i]):
                return None
            return h
    return None


def _compound_head(tok: Token) -> Token:
    """'job cuts' -> cuts (the counted noun), but '40 yard line' -> yard (a measure before a singular noun)."""
    start = tok
    while tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.pos_ in ("NOUN", "PROPN") \
            and tok.head.i - tok.i <= 3:
        tok = tok.head
    if tok is not start and tok.tag_ not in ("NNS", "NNPS"):
        return start
    return tok


def _spelled_number(t: Token) -> bool:
    """A number word or figure standing on its own after a number phrase: the start of another count."""
    return t.like_num and t.pos_ == "NUM" and any(c.isalnum() for c in t.text)


def _number_between(tok: Token, after_char: int, noun: Token) -> bool:
    return any(_spelled_number(t) for t in tok.doc[tok.i + 1:noun.i] if t.idx >= after_char)


def counted_noun(index: TokenIndex, last_char: int, after_char: int, allow_of: bool) -> Token | None:
    """The counted noun after a number phrase: 'nine thousand Russian troops' -> troops.

    `last_char` is the last character of the number itself, `after_char` the first character after the
    whole phrase (after a suffix like '-plus').
    """
    tok = index.token_at(last_char)
    if tok is None:
        return None
    noun = counts_noun(tok)
    if noun is not None and noun.idx >= after_char and not _verb_between(tok, noun):
        if _number_between(tok, after_char, noun):
            return None                   # "up from about 10,000 two weeks ago": the weeks are the two's
        return _compound_head(noun)
    doc = index.doc
    start = index.token_at(after_char)
    i = start.i if start is not None else tok.i + 1
    if start is None:
        for t in doc[tok.i + 1:]:
            if t.idx >= after_char:
                i = t.i
                break
        else:
            return None
    skipped = 0
    while i < len(doc) and skipped <= 4:
        t = doc[i]
        low = t.lower_
        if _spelled_number(t):
            return None                   # "3,000 a week ago" is fine, "10,000 two weeks ago": another number's
        if t.pos_ in ("NOUN",) or (t.pos_ == "PROPN" and t.ent_type_ not in ("NORP", "GPE")
                                    and not t.text[:1].isupper()):
            return _compound_head(t)
        if t.text in _QUOTES or t.text in "-–" or t.pos_ in _SKIP_POS or t.ent_type_ == "NORP" \
                or (t.tag_ in ("VBN", "VBG") and t.dep_ in ("amod", "compound")):
            if t.pos_ == "PUNCT" and t.text not in _QUOTES and t.text not in "-–":
                return None
            i += 1
            skipped += 1
            continue
        if allow_of and low == "of" and skipped == 0:
            i += 1
            if i < len(doc) and doc[i].pos_ == "DET":
                i += 1
            continue
        if t.pos_ == "PROPN" and t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "NOUN":
            i += 1
            skipped += 1
            continue
        return None
    return None


def _modifies(t: Token, noun: Token) -> bool:
    """A participle modifying the noun, with its particle ("40 destroyed tanks", "40 burned-out tanks", whatever
    tag the parser gives the participle): no verb of its own between a number and its noun."""
    if t.dep_ == "prt" and t.head.dep_ == "amod":
        t = t.head
    return t.pos_ == "VERB" and t.dep_ in ("amod", "compound") and t.head.i == noun.i


def _verb_between(a: Token, b: Token) -> bool:
    return any(t.pos_ in ("VERB", "AUX") and not _modifies(t, b) for t in a.doc[a.i + 1:b.i])


def is_appositive_age(index: TokenIndex, words: list[Word], first: int, last: int, value: float) -> bool:
    """'Jamie Armstrong, 25, said' - an age set off after a name is part of the name, not a figure."""
    if not (value.is_integer() and 0 < value < 120) or first < 2 or last + 1 >= len(words):
        return False
    if words[first - 1].text != "," or words[last + 1].text not in (",", ")"):
        return False
    prev = index.token_at(words[first - 2].start)
    return prev is not None and (prev.pos_ == "PROPN" or prev.ent_type_ == "PERSON")


def _verb_taken_for_noun(tok: Token) -> bool:
    """'Russian troops in Belarus number 9,000', 'The troops number 9,000': 'number' after a plural subject and no
    verb of its own is the verb (the parser often takes it for a noun); 'room number 9', 'the number 10 bus', 'wore
    number 10' name."""
    if tok.lower_ != "number":
        return False
    before = tok.doc[tok.sent.start:tok.i]
    if not len(before) or before[-1].pos_ in ("DET", "PRON", "ADJ", "NUM", "ADP") or before[-1].tag_ in ("NN", "POS") \
            or (tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ in ("one", "1")):
        return False                                  # "voters' number one concern"
    return any(t.tag_ in ("NNS", "NNPS") for t in before) and not any(t.pos_ in ("VERB", "AUX") for t in before)


def is_label_number(index: TokenIndex, words: list[Word], first: int, last: int, noun: Token | None) -> bool:
    """'Brigade 155', 'Game 7', 'category 4', 'iPhone 11 Pro', '(4)': a number that names, not counts."""
    if first < 1:
        return False
    prev = words[first - 1]
    nxt = words[last + 1] if last + 1 < len(words) else None
    lex = lexicon()
    if prev.text == "(" and nxt is not None and nxt.text == ")" and first >= 2:
        before = index.token_at(words[first - 2].start)
        return before is not None and before.pos_ == "PROPN"     # 'Dak Prescott (4)': a shirt number
    if nxt is not None and nxt.text[:1].isupper() and nxt.low in lex["formation_nouns"]:
        after = index.token_at(nxt.start)
        then = index.token_at(words[last + 2].start) if last + 2 < len(words) else None
        counted = then is not None and then.pos_ == "NOUN" and not then.is_sent_start   # '3,000 Army soldiers'
        if after is not None and not after.is_sent_start and not counted:
            return True                                          # 'the 155 Brigade', 'its 47 Division'
    if not prev.text.isalpha():
        return False
    if prev.text[:1].isupper() and any(prev.low.endswith(f) and len(prev.low) > len(f) + 2
                                       for f in lex["formation_nouns"]):
        return True                                              # 'Panzerbrigade 45', 'Kampfgruppe 3'
    if prev.low in lex["label_nouns_lowercase"] and len(prev.text) > 2:
        tok = index.token_at(prev.start)
        # "the contingent would number 9,000": the verb counts, the noun ("number 9") names
        return tok is None or tok.pos_ not in ("VERB", "AUX") and not _verb_taken_for_noun(tok)
    if not any(c.isupper() for c in prev.text):
        return False
    if prev.low in lex["identifier_nouns"] and prev.text[:1].isupper():
        tok = index.token_at(prev.start)
        # "A 9,000-strong group …": the article opening a sentence, not a designator letter
        opens = tok is not None and (tok.is_sent_start or (tok.i > 0 and tok.nbor(-1).is_quote)
                                     or (tok.i > 0 and tok.nbor(-1).is_sent_start and tok.nbor(-1).is_punct))
        return not (len(prev.text) == 1 and opens)
    tok = index.token_at(prev.start)
    if tok is None or tok.is_sent_start or tok.ent_type_ in ("NORP", "GPE", "DATE", "MONEY", "CARDINAL"):
        return False
    if nxt is not None and nxt.text[:1].isupper() and nxt.text.isalpha():
        after = index.token_at(nxt.start)
        if after is not None and after.pos_ == "PROPN" and after.ent_type_ not in ("NORP", "GPE"):
            return True                                          # 'iPhone 11 Pro', 'Note 20 Ultra', '575 Wilbraham'
    if noun is not None and noun.text[:1].islower():
        return False
    return tok.pos_ == "PROPN" or not prev.text[:1].isupper()


def is_street_number(words: list[Word], last: int) -> bool:
    """'575 Wilbraham Road', '16-18 Industrial Avenue', '9 E 71st St': house numbers."""
    streets = lexicon()["street_words"]
    for k in range(last + 1, min(last + 5, len(words))):
        w = words[k]
        if not (w.text[:1].isupper() or w.text[:1].isdigit()):
            return False
        if k > last + 1 and w.low.rstrip(".") in streets and w.text[:1].isupper():
            return True
    return False
