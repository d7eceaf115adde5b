"""Quantities layer: figures in news text with bounds, qualifier and counted noun.

    find_quantities(doc) -> list[Quantity]          doc: the shared spaCy parse
    find_quantities_in_text(text) -> list[Quantity] parses with sitroom.nlp.parse

Conventions (see model.QUALIFIERS):
- exact / approx: lower = upper = the stated value ("about 9,000" -> 9000, 9000, approx;
  "just under 9,000" is approx too).
- more_than / at_least set only `lower`; up_to / at_most / less_than set only `upper`;
  range sets both ("between 200 and 300", "200-300", "from 200 to 300", "four to five thousand").
- vague amounts are ranges of one order of magnitude: dozens 12-120, scores 20-200, hundreds 100-1,000,
  thousands 1,000-10,000, tens of thousands 10,000-100,000, hundreds of thousands 100,000-1,000,000,
  millions 1e6-1e7 (and so on; data/en/quantities.json); a vague multiplier of a scale word is a range of its
  multiples: a few thousand 2,000-5,000, several hundred 300-900; a bound cue keeps one end ("at least a few
  hundred": at least 200, "a few thousand at most": at most 5,000).
- percent values are quantities with unit "percent" (% / percent / per cent); currency symbols give
  "dollars", "euros", "pounds" ...; otherwise the unit is the counted noun as written ("troops").
- not quantities: years, days of the month, clock times, ordinals, designators (T-72, COVID-19,
  Brigade 155, Game 7), dates and phone numbers written with - or /, sports scores (2-1),
  appositive ages ("Smith, 45,").
- an approximating qualifier carries over a list: "some 170 tanks and 200 armoured vehicles" -> both approx, but not
  onto a figure more precise than the first ("about 5,000 troops and 1,200 border guards": 1,200 is as stated); so
  does a ceiling ("up to 150 personnel and 15 vehicles"); a lower bound covers its own figure only ("more than 1,200
  drones and 90 missiles": 90 is as stated).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc

from sitroom.analyze.quantities import _context as ctx
from sitroom.analyze.quantities._numbers import Atom, Word, lexicon, read_atom, split_words
from sitroom.lexicon import word_set
from sitroom.model import Quantity

_QUOTES = {'"', "“", "”", "'", "‘", "’", "«", "»"}
_DASHES = {"-", "–", "—"}
_BOUNDED_LOWER = {"more_than", "at_least"}
_BOUNDED_UPPER = {"up_to", "at_most", "less_than"}
_CARRIED = {"approx", "up_to", "at_most"}          # qualifiers that cover a coordinated list (see _carry_qualifiers)


@dataclass
class _Phrase:
    atoms: list[Atom]
    first: int                      # first word of the number (incl. currency symbol)
    last: int                       # last word of the number (incl. percent sign / suffix cue)
    num_last: int                   # last word of the number proper
    cue_first: int | None = None    # first word of a qualifier cue before the number
    qualifier: str = "exact"
    cue_given: bool = False
    unit: str | None = None
    unit_span: tuple[int, int] | None = None
    unit_token: object = None
    extra: dict = field(default_factory=dict)


def find_quantities_in_text(text: str, decimal_comma: bool = False) -> list[Quantity]:
    from sitroom.nlp import parse
    return find_quantities(parse(text), decimal_comma=decimal_comma)


def find_quantities(doc: Doc, decimal_comma: bool = False) -> list[Quantity]:
    """All quantities in a parsed document, in text order. `decimal_comma`: read 9.000 as nine thousand."""
    text = doc.text
    words = split_words(text)
    index = ctx.TokenIndex(doc)
    atoms = [a for a in _scan_atoms(text, words, decimal_comma) if _plausible(text, words, a)]
    phrases = _group_ranges(words, atoms)
    out: list[_Phrase] = []
    for ph in phrases:
        _read_currency_and_percent(words, ph)
        _read_suffix_cue(words, ph)
        _read_prefix_cue(words, ph)
        if not _keep(text, words, index, ph):
            continue
        _read_noun_suffix_cue(words, index, ph)
        out.append(ph)
    _share_units(words, out)
    _carry_qualifiers(out)
    return [_to_quantity(text, words, ph) for ph in out]


# --------------------------------------------------------------------------- atoms

def _scan_atoms(text: str, words: list[Word], decimal_comma: bool) -> list[Atom]:
    atoms, i = [], 0
    while i < len(words):
        a = read_atom(text, words, i, decimal_comma)
        if a is None:
            i += 1
            continue
        atoms.append(_signed(words, a))
        i = a.last + 1
    return atoms


def _signed(words: list[Word], a: Atom) -> Atom:
    """'-1.3%', '$-50.8bn', 'minus-5 yards', 'minus 387': a negative number (the sign joins the phrase)."""
    f = a.first
    if a.kind != "digits" or f < 1:
        return a
    prev = words[f - 1]
    if prev.low == "minus":
        return Atom(f - 1, a.last, -a.value, a.scale, a.kind, a.upper, a.glued)
    if prev.text in ("-", "\u2212") and prev.end == words[f].start:
        before = words[f - 2] if f >= 2 else None
        if before is not None and before.low == "minus":
            return Atom(f - 2, a.last, -a.value, a.scale, a.kind, a.upper, a.glued)
        if before is None or before.text in ("$", "(", "€", "£") or before.end < prev.start:
            return Atom(f - 1, a.last, -a.value, a.scale, a.kind, a.upper, a.glued)
    return a


_ONE_NOT_NUMBER_BEFORE = word_set("en/quantities.json", "one_not_number_before")
_ONE_NOT_NUMBER_AFTER = word_set("en/quantities.json", "one_not_number_after")
def _plausible(text: str, words: list[Word], a: Atom) -> bool:
    """Word-context checks that need no parse."""
    first, last = a.first, a.last
    prev = words[first - 1] if first > 0 else None
    nxt = words[last + 1] if last + 1 < len(words) else None
    if a.kind == "digits":
        if ctx.is_designator(words, first) or ctx.is_in_digit_chain(words, first, last):
            return False
        if ctx.is_clock_time(text, words, first, last):
            return False
        if a.glued and a.glued.lower() in lexicon()["glued_not_figure_suffixes"]:
            return False                      # 5am, 1990s
        if prev is not None and prev.low in lexicon().get("edition_words", ()) and nxt is not None \
                and nxt.text in _DASHES and nxt.start == words[last].end:
            return False                      # "UPDATE 2-Sudanese refugees …": the story's edition
    if a.kind == "words":
        head = words[first].low
        if head in lexicon()["scale_words"] and not (prev and prev.low == "the") \
                and not (nxt and nxt.low in ("-", "plus")):
            return False                      # bare "hundred" / "thousand": only "the thousand-plus"
        if first == last and nxt is not None and nxt.text in _DASHES and nxt.start == words[first].end \
                and last + 2 < len(words) and words[last + 2].text.isalpha() \
                and words[last + 2].low not in lexicon()["units_words"] and words[last + 2].low != "plus":
            return False                      # 'a six-speed gearbox', 'a three-year forecast': a modifier
        if head == "one" and first == last:
            if prev and prev.low in _ONE_NOT_NUMBER_BEFORE:
                return False
            if nxt and (nxt.low in _ONE_NOT_NUMBER_AFTER or nxt.text in ("-", ",", ".", ";", ":", "?", "!")):
                return False
    if prev is not None and ctx.is_month(prev) or (prev is not None and prev.text == "." and first >= 2
                                                   and ctx.is_month(words[first - 2])):
        return False
    if nxt is not None and ctx.is_month(nxt) and a.value <= 31:
        return False
    if prev is not None and prev.text in _DASHES and first >= 3 and words[first - 2].text[0].isdigit() and (
            ctx.is_month(words[first - 3]) or (words[first - 3].text == "." and first >= 4
                                               and ctx.is_month(words[first - 4]))) and not (
            words[first - 2].end < prev.start and prev.end < words[first].start):
        return False                          # Sept. 20-24; not a dateline's spaced dash: "Feb 11 - Eight trucks …"
    if nxt is not None and nxt.low == "of" and last + 2 < len(words) and ctx.is_month(words[last + 2]):
        return False
    return True


def _between(words: list[Word], a: Atom, b: Atom) -> list[str]:
    return [w.low for w in words[a.last + 1:b.first]]


def _group_ranges(words: list[Word], atoms: list[Atom]) -> list[_Phrase]:
    phrases: list[_Phrase] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        if i + 1 < len(atoms) and a.kind != "vague" and atoms[i + 1].kind != "vague":
            b = atoms[i + 1]
            link = _range_link(words, a, b)
            opener = _word_before(words, a.first)
            verdict = _range_verdict(words, a, b, link, opener)
            if verdict == "score":
                i += 2
                continue
            if verdict == "range":
                a = _propagate_scale(a, b)
                ph = _Phrase([a, b], a.first, b.last, b.last)
                if opener in ("between", "from"):
                    ph.cue_first = _index_of_opener(words, a.first)
                ph.qualifier = "range"
                phrases.append(ph)
                i += 2
                continue
        if i + 1 < len(atoms) and a.kind != "vague" and atoms[i + 1].kind == "vague" \
                and _word_before(words, a.first) == "between" \
                and _range_link(words, a, atoms[i + 1]) in (["and"], ["to"]):
            b = atoms[i + 1]                     # "between 300 and several thousand": 300 to 9,000 (not "grew
            #                                      from 200 to thousands": a change)
            ph = _Phrase([a, b], a.first, b.last, b.last, cue_first=_index_of_opener(words, a.first),
                         qualifier="range")
            phrases.append(ph)
            i += 2
            continue
        phrases.append(_Phrase([a], a.first, a.last, a.last, qualifier="range" if a.kind == "vague" else "exact"))
        i += 1
    return phrases


def _index_of_opener(words: list[Word], first: int) -> int:
    j = first - 1
    while j >= 0 and (words[j].low in _currency_marks() or words[j].text in _QUOTES):
        j -= 1
    return max(j, 0)


def _word_before(words: list[Word], first: int) -> str:
    j = _index_of_opener(words, first)
    return words[j].low if 0 <= j < first else ""


_PERCENT_WORDS = word_set("en/quantities.json", "percent_tokens")


def _range_link(words: list[Word], a: Atom, b: Atom) -> list[str]:
    """Words joining two numbers, without currency and percent marks and a repeated unit:
    '5% to 10%', '$3 billion to $5 billion', 'from 208 pounds to 193' -> ['to']."""
    dollar_codes = _dollar_codes()
    marks = _currency_marks()
    link = [w for w in _between(words, a, b) if w not in marks and w not in _PERCENT_WORDS and w not in dollar_codes]
    if len(link) >= 2 and link[-1] in ("to", "and") and all(w.isalpha() for w in link[:-1]) and len(link) <= 3:
        after = [w.low for w in words[b.last + 1:b.last + len(link)]]
        opener = _word_before(words, a.first)
        if after == link[:-1] or opener in ("from", "between") and len(link) == 2:
            return link[-1:]
    return link


@lru_cache(maxsize=1)
def _dollar_codes() -> frozenset[str]:
    return frozenset(c.lower() for c in lexicon()["glued_after_dollar"])


def _range_verdict(words: list[Word], a: Atom, b: Atom, link: list[str], opener: str) -> str | None:
    if a.kind == "digits" and ctx.is_year(a.value, words[a.first].text) and a.scale is None:
        return None
    if opener == "between" and link == ["and"]:
        return "range"
    if link == ["to"] and opener == "from":
        return "range"
    if opener == "by":
        return None                                             # 'increased by $43.6 billion to $419.2 billion'
    av = a.value
    if a.scale is None and b.scale and a.value <= b.value / b.scale:
        av = a.value * b.scale
    if link in (["to"], ["-"], ["–"], ["—"]):
        dash = link != ["to"]
        if dash and not (words[a.last].end == words[a.last + 1].start == words[b.first].start - 1
                         or words[b.first].start - words[a.last].end <= 3):
            return None
        if av < b.value and _same_kind(words, a, b):
            return "range"
        if dash and a.kind == b.kind == "digits" and a.value >= b.value and a.scale is None and b.scale is None \
                and a.value.is_integer() and b.value.is_integer() and a.value < 1000 and b.value < 1000:
            return "score"                                       # 2-1, 89-89
    return None


def _same_kind(words: list[Word], a: Atom, b: Atom) -> bool:
    """'rose 5% to 300' is a change and a level, not a range: percent on one side only."""
    def pct(x: Atom) -> bool:
        j = x.last + 1
        return j < len(words) and words[j].low in ("%", "percent", "pct", "per")
    return not (pct(a) and not pct(b))


def _propagate_scale(a: Atom, b: Atom) -> Atom:
    """'four to five thousand', '33-35 billion': the scale of the upper end reaches back."""
    if a.scale is None and b.scale and a.value <= b.value / b.scale:
        return Atom(a.first, a.last, a.value * b.scale, b.scale, a.kind, a.upper, a.glued)
    return a


# --------------------------------------------------------------------------- units and cues

@lru_cache(maxsize=1)
def _currency_marks() -> dict[str, str]:
    return {k.lower(): v for k, v in lexicon()["currencies"].items() if not k.startswith("_")}


def _read_currency_and_percent(words: list[Word], ph: _Phrase) -> None:
    marks = _currency_marks()
    j = ph.first - 1
    if j >= 1 and words[j].text in lexicon()["glued_after_dollar"] and words[j - 1].text == "$" \
            and words[j - 1].end == words[j].start == words[j + 1].start - len(words[j].text):
        ph.unit, ph.unit_span, ph.first = "dollars", (words[j - 1].start, words[j].end), j - 1
        j = -1
    if j >= 0 and words[j].low in marks:
        start = j
        if j >= 1 and (words[j - 1].low + words[j].low) in marks and words[j - 1].end == words[j].start:
            start = j - 1
        key = "".join(w.low for w in words[start:j + 1])
        ph.unit = marks.get(key, marks[words[j].low])
        ph.unit_span = (words[start].start, words[j].end)
        ph.first = start
    k = ph.last + 1
    if k < len(words) and ph.unit is None:
        low = words[k].low
        two = " ".join(w.low for w in words[k:k + 2])
        if two in lexicon()["percentage_point_phrases"]:
            ph.unit, ph.unit_span, ph.last = two.split()[0] + " " + two.split()[1], \
                (words[k].start, words[k + 1].end), k + 1
        elif low in ("%", "percent", "pct") or two == "per cent":
            end = k + 1 if two == "per cent" else k
            ph.unit, ph.unit_span, ph.last = "percent", (words[k].start, words[end].end), end
        elif low in marks and (len(low) == 3 and words[k].text.isupper()
                               or len(low) == 1 and words[k].start == words[ph.last].end):   # 1,200€
            ph.unit, ph.unit_span, ph.last = marks[low], (words[k].start, words[k].end), k
    glued = ph.atoms[-1].glued
    if ph.unit is None and glued:
        ph.unit, ph.unit_span = glued, (words[ph.num_last].start, words[ph.num_last].end)


@lru_cache(maxsize=None)
def _cue_table(section: str) -> list[tuple[list[str], str]]:
    table = []
    for qual, cues in lexicon()[section].items():
        if qual.startswith("_"):
            continue
        for cue in cues:
            table.append(([w.low for w in split_words(cue)], qual))
    table.sort(key=lambda x: -len(x[0]))
    return table


def _vague(ph: _Phrase) -> bool:
    return len(ph.atoms) == 1 and ph.atoms[0].kind == "vague"


@lru_cache(maxsize=1)
def verb_cues() -> frozenset[str]:
    """Headline verbs of going past a figure ('top', 'pass'; data/en/quantities.json `verb_cues`): a lower bound."""
    return frozenset(lexicon().get("verb_cues", ()))


def _read_prefix_cue(words: list[Word], ph: _Phrase) -> None:
    """The qualifier cue before the number; quotation marks inside it or after it are skipped (a quoted qualifier:
    'a “little more than a thousand”', 'some “9,000”'). A bound cue bounds a vague amount too ('at least a few
    hundred', 'up to several thousand'); an approximating one leaves it a range."""
    if ph.cue_first is not None:         # between / from ranges
        return
    before = [k for k in range(ph.first - 1, max(-1, ph.first - 12), -1) if words[k].text not in _QUOTES]
    for cue, qual in _cue_table("qualifier_cues"):
        n = len(cue)
        if len(before) < n:
            continue
        span = before[:n][::-1]                             # the n words before the number, quotes aside
        if [words[k].low for k in span] == cue:
            if ph.qualifier == "range" and not (_vague(ph) and qual in _BOUNDED_LOWER | _BOUNDED_UPPER):
                return
            j = span[-1]
            if n == 1 and j > 0 and words[j - 1].low in lexicon()["particle_before_cue"]:
                return                   # "will hand over 60 tanks": the verb's particle, not "more than 60"
            ph.cue_first, ph.qualifier, ph.cue_given = span[0], qual, True
            return
    j = before[0] if before else -1
    if j > 0 and words[j].low in verb_cues() and words[j - 1].low not in lexicon().get("verb_cue_blockers", ()) \
            and ph.qualifier != "range":
        ph.cue_first, ph.qualifier, ph.cue_given = j, "more_than", True    # "Refugees in Chad top 20,000"


def _read_suffix_cue(words: list[Word], ph: _Phrase) -> None:
    k = ph.last + 1
    for cue, qual in _cue_table("suffix_cues"):
        n = len(cue)
        if [w.low for w in words[k:k + n]] == cue:
            if cue[0] in ("-", "+") and words[k].start != words[ph.last].end:
                continue
            if cue == ["plus"] and k < len(words) and words[k].start != words[ph.last].end + 1:
                continue
            if cue[0] == "at" and k + n < len(words) and (words[k + n].text[0].isdigit()
                                                          or words[k + n].low in lexicon()["units_words"]):
                continue                 # "12 at least 40 …": the cue of the next number
            if ph.qualifier != "range" or _vague(ph) and qual in _BOUNDED_LOWER | _BOUNDED_UPPER:
                ph.qualifier, ph.cue_given = qual, True  # "a few thousand at most"
            ph.last = k + n - 1
            return


_NOT_AFTER_NOUN_CUE = {"than", "once", "twice", "times"}


def _read_noun_suffix_cue(words: list[Word], index: ctx.TokenIndex, ph: _Phrase) -> None:
    """A bound written after the counted noun: '3,000 troops or more', 'a few thousand Russian soldiers at most',
    '10,000 soldiers or so', '1,000 people and more' (the word cues of `suffix_cues`; a glued one, '-odd', '-plus',
    only on the number). Not when the cue starts another phrase: '40 tanks and more than 20 guns', '3,000 troops
    or more tanks', 'at least twice', '40 tanks and more will follow'; not over a qualifier already given ('about 3,000 troops or more')."""
    if ph.cue_given or ph.unit_span is None or ph.unit_token is None or ph.unit_span[0] < words[ph.last].end:
        return
    k = next((i for i in range(ph.last + 1, len(words)) if words[i].start >= ph.unit_span[1]), None)
    if k is None:
        return
    for cue, qual in _cue_table("suffix_cues"):
        n = len(cue)
        if cue[0] in ("-", "+", "plus", "odd", "ish") or cue[-1] == "change" or [w.low for w in words[k:k + n]] != cue:
            continue
        if k + n < len(words):
            nxt = words[k + n]
            tok = index.token_at(nxt.start)
            if nxt.low in _NOT_AFTER_NOUN_CUE or nxt.text[0].isdigit() or (
                    tok is not None and tok.pos_ in ("NOUN", "PROPN", "NUM", "ADJ")):
                return
            if cue[0] == "and" and tok is not None and tok.pos_ in ("VERB", "AUX"):
                return                   # "sent 40 tanks and more will follow": more of them, not "40 or more"
        if ph.qualifier != "range" or _vague(ph) and qual in _BOUNDED_LOWER | _BOUNDED_UPPER:
            ph.qualifier, ph.cue_given = qual, True
        return


def _raw_first(words: list[Word], ph: _Phrase) -> str:
    return words[ph.atoms[0].first].text


def _keep(text: str, words: list[Word], index: ctx.TokenIndex, ph: _Phrase) -> bool:
    a = ph.atoms[0]
    last_char = words[ph.num_last].end - 1
    if ph.unit is None:
        tok = ctx.counted_noun(index, last_char, words[ph.last].end,
                               allow_of=a.kind == "vague" or words[a.first].low in ("one", "dozen"))
        if tok is not None and tok.lower_ not in ctx._NOT_UNITS and not tok.like_num \
                and any(c.isalpha() for c in tok.text):
            ph.unit, ph.unit_span, ph.unit_token = tok.text, (tok.idx, tok.idx + len(tok.text)), tok
    plain = ph.unit is None or ph.unit_token is not None
    raw = _raw_first(words, ph)
    if len(ph.atoms) == 1 and a.kind == "digits" and plain and a.scale is None and not a.glued:
        noun = ctx.counts_noun(index.token_at(last_char)) if index.token_at(last_char) is not None else None
        if ctx.is_year(a.value, raw) and (noun is None or noun.tag_ not in ("NNS", "NNPS")):
            return False                                          # 'in 2019', 'the 1988 film'
        if raw.isdigit() and len(raw) == 4 and _word_before(words, a.first) in _YEAR_OPENERS and noun is None:
            return False                                          # 'by 2120', 'A.D. 1000'
        if not ph.cue_given and ctx.is_label_number(index, words, ph.first, ph.num_last, noun):
            return False
        if ph.unit is None and ctx.is_appositive_age(index, words, ph.first, ph.num_last, a.value):
            return False
    if len(ph.atoms) == 2 and ph.unit is None and raw.isdigit() and len(raw) == 4 and 1000 <= a.value <= 2100:
        return False                                              # 2014-15, between 1600 and 1900
    if a.kind == "digits" and ctx.is_street_number(words, ph.last):
        return False
    return True


_YEAR_OPENERS = word_set("en/quantities.json", "year_openers")


def _share_units(words: list[Word], out: list[_Phrase]) -> None:
    """'eight or nine euros', 'seven to 10 years', '170, 200 and 300 tanks': a bare number takes the next unit."""
    for i in range(len(out) - 2, -1, -1):
        p, q = out[i], out[i + 1]
        if p.unit is not None or q.unit is None:
            continue
        link = [w.low for w in words[p.last + 1:q.first]]
        if link and all(w in ("or", "to", "and", ",", "-", "–") for w in link):
            p.unit, p.unit_span, p.unit_token = q.unit, q.unit_span, None


def _carry_qualifiers(out: list[_Phrase]) -> None:
    """'some 170 tanks and 200 armoured vehicles': an approximating qualifier of the first figure, or a ceiling ("up
    to", "as many as", "a maximum of"), covers the coordinated figures as round as the first: "up to 150 personnel
    and 15 vehicles" sizes one force at most. A lower bound binds its own figure only: "more than 1,200 drones and
    90 missiles" rounds down a running tally, and a second tally written bare is as stated (copy that means it for
    both repeats it, "more than 1,200 drones and more than 90 missiles"); the convention of the claims dev sets and
    of the ISW gold."""
    for i in range(1, len(out)):
        p, q = out[i - 1], out[i]
        if q.cue_given or q.qualifier == "range" or p.qualifier not in _CARRIED or p.cue_first is None:
            continue
        t, u = q.unit_token, p.unit_token
        if t is not None and u is not None and t.dep_ == "conj" and t.head.i == u.i \
                and _significant(q.atoms[0].value) <= _significant(p.atoms[0].value):
            q.qualifier = p.qualifier


def _significant(v: float) -> int:
    """Significant digits of a figure, trailing zeros aside: 5,000 -> 1, 500 -> 1, 1,200 -> 2, 170 -> 2. A figure
    no more precise than the first of its list shares its qualifier ('some 5,000 soldiers and 500 tanks'); a more
    precise one is a count of its own ('about 5,000 troops and 1,200 border guards')."""
    digits = f"{v:.6f}".rstrip("0").rstrip(".").replace(".", "").lstrip("0")
    return len(digits.rstrip("0")) or 1


def _to_quantity(text: str, words: list[Word], ph: _Phrase) -> Quantity:
    first = ph.cue_first if ph.cue_first is not None else ph.first
    start, end = words[first].start, words[ph.last].end
    if len(ph.atoms) == 2:
        lo, hi = sorted((ph.atoms[0].value, ph.atoms[1].upper if ph.atoms[1].kind == "vague" else ph.atoms[1].value))
    elif ph.atoms[0].kind == "vague":
        lo, hi = ph.atoms[0].value, ph.atoms[0].upper
        if ph.qualifier in _BOUNDED_LOWER:
            hi = None                    # "at least a few hundred": 200 or more
        elif ph.qualifier in _BOUNDED_UPPER:
            lo = None                    # "a few thousand at most": up to 5,000
    else:
        v = ph.atoms[0].value
        lo = v if ph.qualifier not in _BOUNDED_UPPER else None
        hi = v if ph.qualifier not in _BOUNDED_LOWER else None
    us, ue = ph.unit_span if ph.unit_span else (None, None)
    return Quantity(start=start, end=end, text=text[start:end], lower=lo, upper=hi, qualifier=ph.qualifier,
                    unit=ph.unit, unit_start=us, unit_end=ue)
