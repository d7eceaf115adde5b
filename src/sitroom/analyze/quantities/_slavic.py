"""Figures in Russian and Ukrainian text: the same `Quantity` records as the English reader, from raw text.

    find_quantities_slavic(text, lang) -> list[Quantity]      lang: "ru" or "uk"

Conventions (those of the English reader, `_reader.py`):
- exact / approx set lower = upper ("около 9 тысяч" -> 9000..9000 approx; "чуть меньше 1000", "почти", "майже",
  "порядка", "близько" are approx); more_than / at_least set only `lower` ("более / свыше / понад 1000",
  "не менее / не менше / щонайменше 60"); up_to / at_most / less_than set only `upper` ("до 9000" up_to,
  "не более" at_most, "менее" less_than); range sets both ("от 10 до 15 тысяч", "10–15 тыс.").
- numbers as digits ("9000", "9 000", "1,5" — the decimal comma), with a scale word ("9 тыс.", "2,5 млн") or as
  words in any case ("двумя тысячами", "трьох тисяч", "полтора десятка" = 15, approx); a plural scale word with no
  number is a range of one order of magnitude ("сотни" 100..1000, "десятки тысяч" 10,000..100,000,
  "несколько тысяч" 1,000..10,000).
- unit: the counted noun after the number, as its lemma ("военнослужащих" -> "военнослужащий"), with its offsets;
  percent -> "percent", money -> "dollars" / "euros" / "roubles" / "hryvnias" (as the English reader), measures
  (мм, км, час, день ...) as their lemma so that claims can skip them.
- not quantities: years ("в 2022 году", "2014–2015"), dates ("24 февраля", "24.02.2022"), clock times ("10:30",
  "в 10 часов"), ordinals and adjectives ("24-го", "45-летний"), designators ("Ил-76", "Т-72Б3", "№ 5"), a bare
  "один / одна" ("один из ...").
"""
from __future__ import annotations

import re
from bisect import bisect_left

from sitroom.analyze.quantities._slavic_context import DASHES, Num, Phrase, abbreviation_dot, glued, keep, read_unit
from sitroom.analyze.quantities._slavic_words import Lexicon, Tok, lexicon, tokenize
from sitroom.model import Quantity

__all__ = ["find_quantities_slavic"]

_LIST_LINKS = {"и", "і", "й", "та"}     # a pair: 'около 170 танков и 200 БМП'; not a comma list of exact counts
_LOWER_ONLY = {"more_than", "at_least"}
_UPPER_ONLY = {"up_to", "at_most", "less_than"}


_QUOTE = re.compile(r"«([^«»]{12,})»|„([^„“”]{12,})[“”]|\"([^\"\n]{12,})\"")
_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*")
MIN_QUOTE_LETTERS = 12       # letters a quotation needs for its own letters to tell its language


def find_quantities_slavic(text: str, lang: str) -> list[Quantity]:
    """All figures of a Russian ("ru") or Ukrainian ("uk") text, in text order; offsets index `text`. A paragraph
    or a quotation written in the other language (a Ukrainian page quoting "«Это будет порядка 9 тысяч
    российских военнослужащих»", its letters say so: `sitroom.clean.letters_language`) is read by that
    language's words."""
    from dataclasses import replace

    from sitroom.clean import letters_language

    other = "uk" if lang == "ru" else "ru"
    spans = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text) if letters_language(m.group()) == other]
    for m in _QUOTE.finditer(text):
        g = next(k for k in (1, 2, 3) if m.group(k) is not None)
        a, b = m.start(g), m.end(g)
        if not any(x <= a < y for x, y in spans) and letters_language(text[a:b], MIN_QUOTE_LETTERS) == other:
            spans.append((a, b))
    figures = _read(text, lang)
    for a, b in spans:
        quoted = [replace(q, start=q.start + a, end=q.end + a,
                          unit_start=None if q.unit_start is None else q.unit_start + a,
                          unit_end=None if q.unit_end is None else q.unit_end + a) for q in _read(text[a:b], other)]
        figures = [q for q in figures if not a <= q.start < b] + quoted
    return sorted(figures, key=lambda q: q.start) if spans else figures


def _read(text: str, lang: str) -> list[Quantity]:
    lex = lexicon(lang)
    toks = tokenize(text)
    nums, i = [], 0
    while i < len(toks):
        n = _read_number(lex, toks, i)
        if n is None:
            i += 1
            continue
        nums.append(n)
        i = n.last + 1
    out: list[Phrase] = []
    for ph in _group_ranges(lex, toks, nums):
        _read_suffix_cue(lex, toks, ph)
        _read_prefix_cue(lex, toks, ph)
        read_unit(lex, toks, ph)
        if keep(lex, text, toks, ph):
            out.append(ph)
    _carry_qualifiers(toks, out)
    return [_to_quantity(text, toks, ph) for ph in out]


# --------------------------------------------------------------------------- numbers

def _digit_value(s: str, scaled: bool) -> float | None:
    if "," in s and "." in s:
        return None
    sep = "," if "," in s else "." if "." in s else None
    if sep is None:
        return float(s)
    head, _, tail = s.partition(sep)
    if sep in tail:                       # 24.02.2022, 1.2.3
        return None
    if len(tail) == 3 and len(head) <= 3 and not scaled:
        return float(head + tail)         # 9,000 / 9.000 written as thousands
    return float(f"{head}.{tail}")


_DAY_MONTH = re.compile(r"^\d{1,2}\.\d{2}$")    # 24.02, 16.10: a date (or a clock time), never a decimal in ru/uk


def _in_digit_chain(toks: list[Tok], i: int) -> bool:
    """'555-35-35', '12/03/22': digits glued by dashes or slashes three or more in a row (phones, codes, dates)."""
    def linked(a: int, b: int) -> bool:
        return (0 <= a and b < len(toks) and toks[a].is_digits and toks[b].is_digits and toks[a + 1].text in "-–/"
                and toks[a].end == toks[a + 1].start and toks[a + 1].end == toks[b].start)
    lo = i
    while linked(lo - 2, lo):
        lo -= 2
    hi = i
    while linked(hi, hi + 2):
        hi += 2
    return hi - lo >= 4


def _read_number(lex: Lexicon, toks: list[Tok], i: int) -> Num | None:
    t = toks[i]
    if t.is_digits:
        if _in_digit_chain(toks, i):
            return None
        return _read_digits(lex, toks, i)
    if not t.is_word:
        return None
    return _read_words(lex, toks, i)


def _read_digits(lex: Lexicon, toks: list[Tok], i: int) -> Num | None:
    raw, last = toks[i].text, i
    # "9 000", "1 200 000": groups of three after a short head, one space apart
    while (last + 1 < len(toks) and toks[last + 1].text.isdigit() and len(toks[last + 1].text) == 3
           and toks[last + 1].start - toks[last].end == 1 and raw.replace(" ", "").isdigit()
           and len(toks[i].text) <= 3):
        raw += toks[last + 1].text
        last += 1
    scale, k = _scale_after(lex, toks, last)
    if scale is None and _DAY_MONTH.match(raw):
        return None
    value = _digit_value(raw, scale is not None)
    if value is None:
        return None
    n = Num(i, last, value)
    if scale is not None:
        n.value, n.scale, n.last, n.approx = value * scale[1], scale[1], k, scale[0] in lex.approx_scales
        j = k + 1                                           # "3 тысячи 500": 3,500
        if j < len(toks) and toks[j].text.isdigit() and 0 < float(toks[j].text) < scale[1] and value.is_integer() \
                and toks[j].start - toks[k].end == 1 and _scale_after(lex, toks, j)[0] is None:
            n.value, n.last = n.value + float(toks[j].text), j
    return n


def _scale_after(lex: Lexicon, toks: list[Tok], last: int) -> tuple[tuple[str, float] | None, int]:
    """A scale word after a number ("тыс.", "тысяч", "млн"): ((lemma, value), index of its last token)."""
    j = last + 1
    if j >= len(toks) or not toks[j].is_word:
        return None, last
    sc = lex.scale_of(toks[j].low)
    if sc is None or sc[1] < 1000 and not toks[j].low.startswith(("десят", "сот")):
        return None, last
    if abbreviation_dot(toks, j):
        j += 1                                              # "тыс." keeps its dot
    return sc, j


def _read_words(lex: Lexicon, toks: list[Tok], i: int) -> Num | None:
    total, cur, j, seen_number, approx, scales = 0.0, 0.0, i, False, False, []
    if toks[i].low in lex.vague_numbers:                   # "кільканадцять"
        lo, hi = lex.vague_numbers[toks[i].low]
        return Num(i, i, lo, upper=hi, kind="vague")
    few = toks[i].low in lex.few or any(lemma in lex.few for lemma in lex.lemmas(toks[i].low))
    if few:
        j += 1
    while j < len(toks) and toks[j].is_word:
        low = toks[j].low
        v = lex.number_value(low)
        if v is not None and not (scales and v < 1000 and cur == 0 and total == 0):
            cur += v
            seen_number = True
            j += 1
            continue
        sc = lex.scale_of(low)
        if sc is None:
            break
        lemma, s = sc
        if not seen_number and not scales:
            cued = i > 0 and toks[i - 1].low in lex.cue_ends               # "свыше тысячи": one thousand
            if few or (lemma in lex.vague and lex.is_plural(low, lemma) and not cued):
                lo, hi = lex.vague.get(lemma, [s, s * 10])
                return _vague_tail(lex, toks, i, j, lo, hi)
        scales.append(lemma)
        approx = approx or lemma in lex.approx_scales
        cur = (cur or 1) * s
        if s >= 1000:
            total, cur = total + cur, 0.0
        j += 1
    if j == i or (few and not seen_number):
        return None
    if j < len(toks) and seen_number and not scales and lex.is_ordinal(toks[j].low):
        return None                                          # "пятьсот двенадцатая бригада": an ordinal
    if not scales and j == i + 1 and (toks[i].low in lex.one_words
                                      or any(lemma in lex.one_words for lemma in lex.lemmas(toks[i].low))):
        return None                                          # "один из", "одна сторона"
    if not seen_number and not scales:
        return None
    last = j - 1
    if toks[last].low in lex.scales and abbreviation_dot(toks, last):
        last = j
    return Num(i, last, total + cur, scale=None, approx=approx, kind="words")


def _vague_tail(lex: Lexicon, toks: list[Tok], i: int, j: int, lo: float, hi: float) -> Num:
    """'сотни', 'десятки тысяч', 'несколько тысяч': a vague amount, multiplied by the scale words after it."""
    last = j
    k = j + 1
    while k < len(toks) and toks[k].is_word:
        sc = lex.scale_of(toks[k].low)
        if sc is None or sc[1] < 1000:
            break
        lo, hi, last = lo * sc[1], hi * sc[1], k
        k += 1
    return Num(i, last, lo, upper=hi, kind="vague")


# --------------------------------------------------------------------------- ranges and cues

def _group_ranges(lex: Lexicon, toks: list[Tok], nums: list[Num]) -> list[Phrase]:
    out, k = [], 0
    while k < len(nums):
        a = nums[k]
        b = nums[k + 1] if k + 1 < len(nums) else None
        if b is not None and a.kind != "vague" and b.kind != "vague":
            link = [t.low for t in toks[a.last + 1:b.first]]
            opener = toks[a.first - 1].low if a.first > 0 else ""
            dash = len(link) == 1 and link[0] in DASHES and link[0] in lex.range_links
            frm = link == ["до"] and opener in lex.range_openers
            if dash or frm:
                if a.scale is None and b.scale is not None and a.value <= b.value / b.scale:
                    a.value *= b.scale
                out.append(Phrase([a, b], a.first - 1 if frm else a.first, b.last, "range", True))
                k += 2
                continue
        qual = "range" if a.kind == "vague" else "approx" if a.approx else "exact"
        out.append(Phrase([a], a.first, a.last, qual))
        k += 1
    return out


def _match_before(toks: list[Tok], j: int, by_last: dict) -> tuple[int, str] | None:
    """The longest cue ending at token j: (its first token, its qualifier)."""
    if j < 0:
        return None
    for cue, qual in by_last.get(toks[j].low, ()):
        n = len(cue)
        if j - n + 1 >= 0 and all(toks[j - n + 1 + x].low == w for x, w in enumerate(cue)):
            return j - n + 1, qual
    return None


def _read_prefix_cue(lex: Lexicon, toks: list[Tok], ph: Phrase) -> None:
    if ph.qualifier == "range":
        return
    j = ph.first - 1
    m = _match_before(toks, j, lex.prefix_by_last)
    if m is None and j > 0 and toks[j].low in lex.cue_prepositions:      # "примерно на 5 тыс."
        m = _match_before(toks, j - 1, lex.prefix_by_last)
        if m is not None and m[1] == "up_to":
            m = None
    if m is None:
        return
    if m[1] == "up_to" and m[0] > 0 and toks[m[0] - 1].low.startswith(lex.change_stems):
        ph.qualifier, ph.cue_given = "exact", True                      # "выросло до 48": rose to 48
        return
    ph.first, ph.qualifier, ph.cue_given = m[0], m[1], True


def _read_suffix_cue(lex: Lexicon, toks: list[Tok], ph: Phrase) -> None:
    k = ph.last + 1
    for cue, qual in lex.suffix_cues:
        if tuple(t.low for t in toks[k:k + len(cue)]) == cue:
            if cue == ("+",) and not glued(toks, ph.last):
                continue
            if ph.qualifier != "range":
                ph.qualifier, ph.cue_given = qual, True
            ph.last = k + len(cue) - 1
            return


def _carry_qualifiers(toks: list[Tok], out: list[Phrase]) -> None:
    """'около 170 танков и 200 БМП': a hedge before the first figure of a list covers the next ones (a bound does
    not: 'до 210 военнослужащих, 3 танка' is up to 210, and 3 tanks)."""
    starts = [t.start for t in toks]
    for p, q in zip(out, out[1:]):
        if q.cue_given or p.qualifier != "approx" or not p.cue_given or q.unit is None:
            continue
        after = p.last + 1
        if p.unit_span is not None:
            after = bisect_left(starts, p.unit_span[1])
        between = [t.low for t in toks[after:q.first]]
        if len(between) == 1 and between[0] in _LIST_LINKS:
            q.qualifier = p.qualifier


def _to_quantity(text: str, toks: list[Tok], ph: Phrase) -> Quantity:
    start, end = toks[ph.first].start, toks[ph.last].end
    a = ph.nums[0]
    if len(ph.nums) == 2:
        lo, hi = sorted((a.value, ph.nums[1].value))
    elif a.kind == "vague":
        lo, hi = a.value, a.upper
    else:
        lo = a.value if ph.qualifier not in _UPPER_ONLY else None
        hi = a.value if ph.qualifier not in _LOWER_ONLY else None
    us, ue = ph.unit_span if ph.unit_span else (None, None)
    return Quantity(start=start, end=end, text=text[start:end], lower=lo, upper=hi, qualifier=ph.qualifier,
                    unit=ph.unit, unit_start=us, unit_end=ue)
