"""What the words around a ru/uk number say: the counted noun after it, and whether it is a figure at all.

Records (`Num`, `Phrase`) shared with `_slavic`; `read_unit` finds the counted noun (lemma), currency, percent or
measure; `keep` refuses years, dates, clock times, labels, designators and model numbers.
"""
from __future__ import annotations

from dataclasses import dataclass

from sitroom.analyze.quantities._slavic_words import Lexicon, Tok

DASHES = {"-", "–", "—"}
_CLOCK_PREPS = {"в", "во", "к", "около", "с", "до", "о", "об", "у", "з", "на", "після", "после", "від", "от"}


@dataclass
class Num:
    first: int
    last: int
    value: float
    upper: float | None = None        # vague amounts: the order of magnitude's top
    scale: float | None = None
    approx: bool = False
    kind: str = "digits"              # digits | words | vague


@dataclass
class Phrase:
    nums: list[Num]
    first: int
    last: int
    qualifier: str = "exact"
    cue_given: bool = False
    unit: str | None = None
    unit_span: tuple[int, int] | None = None


def glued(toks: list[Tok], i: int) -> bool:
    return i + 1 < len(toks) and toks[i].end == toks[i + 1].start


def abbreviation_dot(toks: list[Tok], j: int) -> bool:
    """'9 тыс. военных': the dot belongs to the abbreviation; '... 100 млн. Затем': it ends the sentence."""
    if not (j + 1 < len(toks) and toks[j + 1].text == "." and glued(toks, j) and len(toks[j].text) <= 4):
        return False
    after = toks[j + 2] if j + 2 < len(toks) else None
    return after is not None and (after.text[:1].islower() or after.text[:1] in ",;:)" or after.is_digits)


# --------------------------------------------------------------------------- units

_OPENING_QUOTES = frozenset("«„“\"")


def read_unit(lex: Lexicon, toks: list[Tok], ph: Phrase) -> None:
    f = ph.nums[0].first
    if f > 0 and toks[f - 1].low in lex.currencies and glued(toks, f - 1):       # "$100"
        ph.unit, ph.unit_span = lex.currencies[toks[f - 1].low], (toks[f - 1].start, toks[f - 1].end)
        ph.first = min(ph.first, f - 1)
        return
    j = ph.last + 1
    if j < len(toks) and toks[j].text in lex.percent:                              # "5%"
        ph.unit, ph.unit_span, ph.last = "percent", (toks[j].start, toks[j].end), j
        return
    pending = None
    for k in range(j, min(j + 5, len(toks))):
        t = toks[k]
        if t.low in lex.currencies or t.low in lex.percent:
            ph.unit = lex.currencies.get(t.low, "percent")
            ph.unit_span = (t.start, t.end)
            return
        if not t.is_word and k == j and t.text in _OPENING_QUOTES:
            continue                                          # "20 «шахедів»": a nickname in quotes still counts
        if not t.is_word:
            break
        if t.low in lex.possessives and k + 1 < len(toks) and toks[k + 1].is_word:
            continue                                          # "мільйонів його прихильників": his followers
        if t.low in lex.measures:
            ph.unit, ph.unit_span = t.low, (t.start, t.end)
            return
        if t.low in lex.unit_abbreviations:
            end = toks[k + 1].end if abbreviation_dot(toks, k) else t.end
            ph.unit, ph.unit_span = lex.unit_abbreviations[t.low], (t.start, end)
            return
        if any(c.isdigit() for c in t.text) or glued(toks, k) and k + 1 < len(toks) and toks[k + 1].text == "-":
            ph.unit, ph.unit_span = _designator(toks, k)                            # "4 Ил-76"
            return
        reading = lex.noun_reading(t.low)
        if reading is None:
            break
        lemma, pos = reading
        mapped = lex.currencies.get(lemma) or ("percent" if lemma in lex.percent else None)
        if pos == "NOUN" or mapped:
            ph.unit, ph.unit_span = mapped or lemma, (t.start, t.end)
            return
        if pos in ("ADJF", "PRTF") and pending is None:
            pending = (lemma, (t.start, t.end))
            continue
        if pos in ("ADJF", "PRTF"):
            continue
        break
    if pending is not None:                                   # "200 раненых", "сотни погибших": the adjective counts
        ph.unit, ph.unit_span = pending


def _designator(toks: list[Tok], k: int) -> tuple[str, tuple[int, int]]:
    end = k
    while end + 1 < len(toks) and toks[end].end == toks[end + 1].start and \
            (toks[end + 1].text == "-" or toks[end + 1].text[:1].isalnum()):
        end += 1
    return "".join(t.text for t in toks[k:end + 1]), (toks[k].start, toks[end].end)


# --------------------------------------------------------------------------- what is not a figure

def keep(lex: Lexicon, text: str, toks: list[Tok], ph: Phrase) -> bool:
    a = ph.nums[0]
    first, last = a.first, ph.nums[-1].last
    prev = toks[first - 1] if first > 0 else None
    nxt = toks[last + 1] if last + 1 < len(toks) else None
    if a.kind == "digits":
        if prev is not None and (prev.text == "№" or prev.is_word and prev.end == toks[first].start):
            return False                                               # "№ 5", "Т-72Б3"
        if prev is not None and prev.text.isascii() and prev.text[:1].isupper() and prev.text.isalpha() \
                and len(ph.nums) == 1 and not ph.cue_given:
            return False                                               # "Leopard 2", "Patriot PAC 3"
        label = toks[first - 2] if prev is not None and prev.text == "." and first >= 2 else prev
        if label is not None and label.low in lex.label_words and not ph.cue_given:
            return False                                               # "ст. 205", "рейс 17"
        if prev is not None and prev.text in DASHES | {"/", ":", "."} and prev.end == toks[first].start \
                and first >= 2 and toks[first - 2].end == prev.start and len(ph.nums) == 1:
            return False                                               # "Ил-76", "10:30", "1/2"
        if nxt is not None and nxt.text in DASHES | {"/", ":"} and glued(toks, last) and len(ph.nums) == 1 \
                and last + 2 < len(toks) and toks[last + 2].start == nxt.end:
            after = toks[last + 2]
            if after.is_digits or after.low not in lex.measures:      # "10:30", "24-го", "45-летний"; not "100-мм"
                return False
            ph.unit, ph.unit_span, ph.last = after.low, (after.start, after.end), last + 2
    if nxt is not None and nxt.is_word and any(lem in lex.months for lem in [nxt.low] + lex.lemmas(nxt.low)):
        return False                                                   # "24 февраля", "13 жовтня"
    if last + 3 < len(toks) and toks[last + 1].low in ("по", "до", "-", "–", "—") and toks[last + 2].is_digits \
            and _is_month(lex, toks[last + 3]):
        return False                                                   # "с 1 по 8 января"
    if all(n.kind == "digits" and n.scale is None and toks[n.first].text.isdigit()
           and len(toks[n.first].text) == 4 and 1800 <= n.value <= 2100 for n in ph.nums) and _scale_free(ph):
        if ph.unit is None or ph.unit in lex.year_words or ph.unit in ("год", "рік") or ph.unit in lex.months:
            return False                                               # "в 2022 году", "2014–2015"
    written = text[ph.unit_span[0]:ph.unit_span[1]].lower() if ph.unit_span else None
    if (ph.unit in lex.time_words or written in lex.time_words) and prev is not None and prev.low in _CLOCK_PREPS \
            and not ph.cue_given:
        return False                                                   # "в 10 часов", "від 9 ранку"
    if ph.unit in lex.year_words and a.kind == "digits" and a.value >= 1000 and not ph.cue_given:
        return False
    return True


def _is_month(lex: Lexicon, t: Tok) -> bool:
    return t.is_word and any(lem in lex.months for lem in [t.low] + lex.lemmas(t.low))


def _scale_free(ph: Phrase) -> bool:
    return all(n.scale is None for n in ph.nums)

