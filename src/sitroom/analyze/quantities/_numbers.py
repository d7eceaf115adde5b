"""Numbers as written in news English: digits with separators, number words, scale words, vague amounts.

This module knows nothing of spaCy: it splits the text into its own small word tokens and reads
number *atoms* off them ("9,000", "nine thousand", "1.5 thousand", "40k", "$2.5bn", "tens of thousands").
`sitroom.analyze.quantities._reader` combines atoms into phrases (ranges, qualifiers, units).

Data: data/en/quantities.json (hand-written, CC0), loaded once per process.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from sitroom.lexicon import load_json


@dataclass(frozen=True)
class Word:
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.lower()


@dataclass(frozen=True)
class Atom:
    """One number as written. `first`/`last` index the word list (inclusive)."""
    first: int
    last: int
    value: float
    scale: float | None = None           # multiplier read from a scale word / abbreviation
    kind: str = "digits"                 # digits | words | vague
    upper: float | None = None           # vague amounts: the order of magnitude above
    glued: str | None = None             # letters glued to the digits that are not a scale ("5G", "185hp")


# digits with optional separators; a trailing letter run is handled by the word splitter
_WORD = re.compile(r"(?<![\w.])\.\d+|\d(?:[\d,.]*\d)?|[^\W\d_]+|[^\w\s]", re.UNICODE)
_SLASHES = {"/", "\u2044"}
_COMMA_GROUPS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$")
_DOT_GROUPS = re.compile(r"^\d{1,3}(?:\.\d{3})+(?:,\d+)?$")
_PLAIN = re.compile(r"^\d+(?:\.\d+)?$")
_PLAIN_COMMA_DECIMAL = re.compile(r"^\d+(?:,\d+)?$")
_SPACES = {" ", "\u00a0", "\u202f", "\u2009"}


@lru_cache(maxsize=1)
def lexicon() -> dict:
    """data/en/quantities.json with the shared words of data/en/common.json: "units_words" (number words),
    "scale_words" and "months" (names and abbreviations)."""
    common = load_json("en/common.json")
    return {**load_json("en/quantities.json"), "units_words": common["number_words"],
            "scale_words": common["scale_words"],
            "months": frozenset(common["months"]) | frozenset(common["month_abbreviations"])}


def split_words(text: str) -> list[Word]:
    return [Word(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]


def digit_value(s: str, decimal_comma: bool = False) -> float | None:
    """'9,000' -> 9000, '2.5' -> 2.5; with decimal_comma '9.000' -> 9000 and '2,5' -> 2.5."""
    if decimal_comma:
        if _DOT_GROUPS.match(s):
            return float(s.replace(".", "").replace(",", "."))
        if _PLAIN_COMMA_DECIMAL.match(s):
            return float(s.replace(",", "."))
        return None
    if _COMMA_GROUPS.match(s):
        return float(s.replace(",", ""))
    if _PLAIN.match(s):
        return float(s)
    if re.match(r"^\.\d+$", s):          # .500
        return float(s)
    if re.match(r"^\d{1,3}(?:\.\d{3}){2,}$", s):   # 1.000.000 is unambiguous in any locale
        return float(s.replace(".", ""))
    return None


def _glued(words: list[Word], i: int) -> bool:
    return i + 1 < len(words) and words[i + 1].start == words[i].end


def _space_between(text: str, a: Word, b: Word) -> bool:
    return b.start == a.end + 1 and text[a.end] in _SPACES


def read_atom(text: str, words: list[Word], i: int, decimal_comma: bool = False) -> Atom | None:
    """Read a number starting at words[i], or None."""
    lex = lexicon()
    w = words[i]
    if w.text[0].isdigit():
        return _read_digits(text, words, i, decimal_comma)
    low = w.low
    vague = _read_vague(words, i)
    if vague:
        return vague
    fraction = _read_fraction_words(words, i)
    if fraction:
        return fraction
    if low in lex["units_words"] or low in ("a", "an", "half") or low in lex["scale_words"]:
        return _read_words(words, i)
    return None


def _read_digits(text: str, words: list[Word], i: int, decimal_comma: bool) -> Atom | None:
    lex = lexicon()
    w = words[i]
    raw = w.text.rstrip(".,")
    value = digit_value(raw, decimal_comma)
    if value is None:
        return None
    last = i
    # "9 000" (space-grouped thousands): a 1-3 digit group followed by exact 3-digit groups
    if re.fullmatch(r"\d{1,3}", raw):
        j = i
        groups = raw
        while (j + 1 < len(words) and re.fullmatch(r"\d{3}", words[j + 1].text)
               and _space_between(text, words[j], words[j + 1])):
            groups += words[j + 1].text
            j += 1
        if j > i and not (j + 1 < len(words) and _glued(words, j) and words[j + 1].text[0].isdigit()):
            value, last = float(groups), j
    fraction = _read_fraction(words, last, value)
    if fraction is not None:
        return Atom(i, fraction[1], fraction[0], kind="digits")
    scale = None
    glued = None
    if _glued(words, last) and words[last + 1].text.isalpha():
        suffix = words[last + 1].text
        if suffix.lower() in lex["ordinal_suffixes"]:
            return None                                          # 1st, 22nd: ordinals
        if _glued(words, last + 1) and words[last + 2].text[0].isdigit():
            return None                                          # 9AB8, 32m2: codes
        metre = suffix in ("m", "M") and not currency_before(words, i) and (
            last + 2 >= len(words) or words[last + 2].low in lex["metre_after_m"])
        if suffix in lex["scale_abbreviations"] and not metre and (
                suffix not in lex["glued_million_needs_currency"] or currency_before(words, i)):
            scale = lex["scale_abbreviations"][suffix]
        else:
            glued = suffix
        last += 1
    nxt = last + 1
    while glued is None and nxt < len(words):
        s = words[nxt].low
        if s in lex["scale_words"] and s != "dozen":
            mult = lex["scale_words"][s]
        elif s in ("bn", "mn", "mln", "bln", "tn", "trn") or (s == "k" and words[nxt].text == "K"):
            mult = lex["scale_abbreviations"][s]
        else:
            break
        scale = (scale or 1) * mult                              # "4 hundred million"
        last = nxt
        nxt += 1
    if scale is not None:
        value *= scale
    sci = _read_exponent(words, last)
    if sci is not None:
        value, last = value * 10 ** sci[0], sci[1]
    return Atom(i, last, value, scale=scale, kind="digits", glued=glued)


def _read_exponent(words: list[Word], last: int) -> tuple[int, int] | None:
    """'1.99\u00d710\u221230': scientific notation written with a times sign."""
    k = last + 1
    if k + 1 < len(words) and words[k].text in ("\u00d7", "x") and words[k + 1].text == "10" and _glued(words, last):
        j, sign = k + 2, 1
        if j < len(words) and words[j].text in ("-", "\u2212", "^") and words[j].start == words[j - 1].end:
            sign = -1 if words[j].text != "^" else 1
            j += 1
        if j < len(words) and words[j].text.isdigit() and words[j].start == words[j - 1].end:
            return sign * int(words[j].text), j
    return None


def currency_before(words: list[Word], i: int) -> bool:
    lex = lexicon()
    if i >= 1:
        prev = words[i - 1]
        if prev.text in lex["currencies"]:
            return True
        if prev.end == words[i].start and prev.text in lex["glued_currency_codes"]:
            return True
        if prev.end == words[i].start and prev.text in lex["glued_after_dollar"] and i >= 2 \
                and words[i - 2].text == "$" and words[i - 2].end == prev.start:
            return True                                          # $US55,931,000  $A82,615,680
    return False


def _read_fraction(words: list[Word], last: int, value: float) -> tuple[float, int] | None:
    """'1/16', '1\u204432', '1/2' (small denominators only: '9/11' and '24/7' are not fractions)."""
    lex = lexicon()
    if not (last + 2 < len(words) and words[last + 1].text in _SLASHES and _glued(words, last)
            and _glued(words, last + 1) and words[last + 2].text.isdigit()):
        return None
    if last + 3 < len(words) and words[last + 3].text in _SLASHES and _glued(words, last + 2):
        return None                                              # 10/16/2022
    den = float(words[last + 2].text)
    if den and value.is_integer() and value < den and (den in lex["fraction_denominators"]
                                                       or words[last + 1].text == "\u2044"):
        return value / den, last + 2
    return None


def _read_fraction_words(words: list[Word], i: int) -> Atom | None:
    """'half of', 'half the', 'a third of', 'two-thirds of', 'one quarter of'."""
    lex = lexicon()
    fractions, units = lex["fraction_words"], lex["units_words"]
    low = words[i].low
    nxt = lambda k: words[k].low if k < len(words) else ""  # noqa: E731
    if low == "half" and nxt(i + 1) in ("of", "the", "its", "their", "his", "her", "our") and (
            i == 0 or words[i - 1].low not in ("first", "second", "the", "a", "latter", "former", "other")):
        return Atom(i, i, 0.5, kind="words")
    if low in ("a", "an") or low in units:
        num = 1.0 if low in ("a", "an") else float(units[low])
        j = i + 1
        if nxt(j) == "-":
            j += 1
        if nxt(j) in fractions and nxt(j + 1) in ("of", "the") and 0 < num < fractions[nxt(j)]:
            return Atom(i, j, num / fractions[nxt(j)], kind="words")
    return None


def _read_vague(words: list[Word], i: int) -> Atom | None:
    vague = lexicon()["vague_amounts"]
    for n in (3, 1):   # "tens of thousands" | "thousands"
        if i + n > len(words):
            continue
        phrase = " ".join(w.low for w in words[i:i + n])
        if phrase in vague and phrase != "_note":
            lo, hi = vague[phrase]
            return Atom(i, i + n - 1, float(lo), kind="vague", upper=float(hi))
    return _read_vague_multiple(words, i)


def _read_vague_multiple(words: list[Word], i: int) -> Atom | None:
    """'a few thousand' (2,000-5,000), 'several hundred' (300-900), 'a couple of dozen', 'several hundred
    thousand': a vague multiplier (vague_multipliers) of the scale words after it."""
    lex = lexicon()
    scales = lex["scale_words"]
    for n in (3, 2, 1):
        phrase = " ".join(w.low for w in words[i:i + n])
        bounds = lex["vague_multipliers"].get(phrase) if i + n <= len(words) else None
        if bounds is None:
            continue
        j, scale = i + n, 1.0
        while j < len(words) and words[j].low in scales and (j == i + n or scales[words[j].low] > scale):
            scale *= scales[words[j].low]                     # "several hundred thousand"
            j += 1
        if j == i + n:
            return None                                       # "a few days", "several officials": no figure
        return Atom(i, j - 1, bounds[0] * scale, kind="vague", upper=bounds[1] * scale)
    return None


def _read_words(words: list[Word], i: int) -> Atom | None:
    """'nine thousand', 'a thousand', 'one hundred and fifty', 'twenty-five', 'half a million', 'two dozen'."""
    lex = lexicon()
    units, scales = lex["units_words"], lex["scale_words"]
    total, current = 0.0, 0.0
    seen_number = False
    half = False
    j = i
    last = None
    scale_seen = None
    while j < len(words):
        low = words[j].low
        if low in units:
            if last is not None and words[last].low == "half":
                break                                            # "two and a half" ends the number
            if last is not None and words[last].low in units:
                # "twenty-five" is one number; "two three" is not
                prev = units[words[last].low]
                if not (prev >= 20 and prev % 10 == 0 and 0 < units[low] < 10):
                    break
            current += units[low]
            seen_number = True
            last = j
        elif low in scales:
            if not seen_number and not (j == i or (j > i and words[j - 1].low in ("a", "an"))):
                break
            mult = scales[low]
            scale_seen = mult
            if mult == 100 or mult == 12:
                current = max(current, 1.0) * mult
            else:
                total += max(current, 1.0) * mult
                current = 0.0
            seen_number = True
            last = j
        elif low in ("a", "an") and j + 1 < len(words) and words[j + 1].low in scales and j in (i, i + 1):
            pass
        elif low == "half" and j == i and j + 2 < len(words) and words[j + 1].low in ("a", "an") \
                and words[j + 2].low in scales:
            half = True
        elif low == "-" and seen_number and j + 1 < len(words) and words[j + 1].low in units \
                and words[j].start == words[j - 1].end and words[j + 1].start == words[j].end:
            pass
        elif low == "and" and seen_number and current > 0 and scale_seen is None and j + 2 < len(words) \
                and words[j + 1].low in ("a", "an") and words[j + 2].low == "half" and words[last].low != "half":
            current += 0.5                                       # "one and a half thousand", "two and a half"
            last = j + 2
            j += 3
            continue
        elif low == "and" and seen_number and scale_seen in (100, 1000, 1000000) and j + 1 < len(words) \
                and words[j + 1].low in units:
            pass
        else:
            break
        j += 1
    if not seen_number or last is None:
        return None
    value = total + current
    if half:
        value /= 2
    first_low = words[i].low
    if first_low in ("a", "an") and scale_seen is None:
        return None
    return Atom(i, last, value, scale=scale_seen if scale_seen and scale_seen >= 1000 else None, kind="words")
