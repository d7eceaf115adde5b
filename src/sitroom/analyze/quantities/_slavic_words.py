"""Words of Russian and Ukrainian figures: tokens (razdel), lemmas (pymorphy3) and the per-language lexicon.

The Ukrainian apostrophe has several spellings (ʼ U+02BC, ’ U+2019, ‘ U+2018, ` and ′); `normalize_apostrophes`
maps them all to the ASCII ' that the pymorphy3 dictionaries use, without changing the text's length, so offsets
into the normalised text are offsets into the original.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from sitroom.lexicon import load_json

LANGUAGES = ("ru", "uk")
_APOSTROPHES = str.maketrans({"\u02bc": "'", "\u2019": "'", "\u2018": "'", "`": "'", "\u2032": "'"})
_DIGIT_PARTS = re.compile(r"\d+(?:[.,]\d+)*|[^\d]+")


def normalize_apostrophes(text: str) -> str:
    """The one place the Ukrainian apostrophe variants become ASCII ' (same length: offsets are kept)."""
    return text.translate(_APOSTROPHES)


@dataclass(frozen=True, slots=True)
class Tok:
    start: int
    end: int
    text: str
    low: str = field(init=False)
    is_digits: bool = field(init=False)
    is_word: bool = field(init=False)

    def __post_init__(self):
        object.__setattr__(self, "low", self.text.lower())
        object.__setattr__(self, "is_digits", self.text[:1].isdigit())
        object.__setattr__(self, "is_word", self.text[:1].isalpha())


def tokenize(text: str) -> list[Tok]:
    """razdel tokens of the normalised text, with apostrophe words joined ("дев'ять") and numbers split from
    what razdel glues to them ("100," -> "100" ","; "10–15" -> "10" "–" "15"; "100-мм" -> "100" "-" "мм")."""
    import razdel

    norm = normalize_apostrophes(text)
    toks: list[Tok] = []
    for t in razdel.tokenize(norm):
        if t.text[:1].isdigit():
            for m in _DIGIT_PARTS.finditer(t.text):
                toks.extend(_split_tail(t.start + m.start(), m.group()))
        else:
            toks.append(Tok(t.start, t.stop, t.text))
    return _join_apostrophes(toks)


def _split_tail(start: int, part: str) -> list[Tok]:
    if part[:1].isdigit():
        return [Tok(start, start + len(part), part)]
    return [Tok(start + m.start(), start + m.end(), m.group())      # "-мм" -> "-", "мм"
            for m in re.finditer(r"\w+|[^\w\s]", part)]


def _join_apostrophes(toks: list[Tok]) -> list[Tok]:
    out: list[Tok] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        while (i + 2 < len(toks) and toks[i + 1].text == "'" and t.is_word and toks[i + 2].is_word
               and t.end == toks[i + 1].start and toks[i + 1].end == toks[i + 2].start):
            t = Tok(t.start, toks[i + 2].end, t.text + "'" + toks[i + 2].text)
            i += 2
        out.append(t)
        i += 1
    return out


@lru_cache(maxsize=2)
def morph(lang: str):
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=lang)


@lru_cache(maxsize=100_000)
def parses(lang: str, low: str) -> tuple[tuple[str, str], ...]:
    """(lemma, tag) readings of a lower-case word form, most likely first."""
    return tuple((p.normal_form, str(p.tag)) for p in morph(lang).parse(low))


class Lexicon:
    """data/<lang>/quantities.json, with the cue tables split into words and sorted longest first."""

    def __init__(self, lang: str):
        d = load_json(f"{lang}/quantities.json")
        self.lang = lang
        self.numbers: dict[str, float] = d["numbers"]
        self.scales: dict[str, float] = d["scales"]
        self.approx_scales = frozenset(d["approx_scales"])
        self.vague: dict[str, list[float]] = d["vague"]
        self.few = frozenset(d["few"])
        self.prefix_cues = _cue_table(d["qualifier_cues"])
        self.suffix_cues = _cue_table(d["suffix_cues"])
        self.range_openers = frozenset(d["range_openers"])
        self.range_links = frozenset(d["range_links"])
        self.unit_abbreviations: dict[str, str] = d["unit_abbreviations"]
        self.currencies: dict[str, str] = d["currencies"]
        self.percent = frozenset(d["percent"])
        self.months = frozenset(d["months"])
        self.year_words = frozenset(d["year_words"])
        self.time_words = frozenset(d["time_words"])
        self.measures = frozenset(d["measures"])
        self.preferred = frozenset(d["preferred_lemmas"])
        self.one_words = frozenset(d["one_words"])
        self.change_stems = tuple(d["change_verb_stems"])
        self.cue_prepositions = frozenset(d["cue_prepositions"])
        self.prefix_by_last = cues_by_last_word(self.prefix_cues)
        self.cue_ends = frozenset(self.prefix_by_last)
        self.vague_numbers: dict[str, list[float]] = d["vague_numbers"]
        self.label_words = frozenset(d["label_words"])
        self.possessives = frozenset(d.get("possessives", ()))
        self._stems = frozenset(k[:4] for k in self.numbers if len(k) >= 5)

    def lemmas(self, low: str) -> list[str]:
        return [lemma for lemma, _ in parses(self.lang, low)]

    def number_value(self, low: str) -> float | None:
        """The value of a number word in any case ("двумя" -> 2, "трьох" -> 3), else None."""
        if low in self.numbers:
            return self.numbers[low]
        for lemma, tag in parses(self.lang, low):
            if lemma in self.numbers and (tag.startswith("NUMR") or lemma in self.one_words):
                return self.numbers[lemma]
        return None

    def is_ordinal(self, low: str) -> bool:
        """'двенадцатая', 'п'ятнадцята': an ordinal adjective (pymorphy3 tags Russian ones Anum; Ukrainian by stem)."""
        for lemma, tag in parses(self.lang, low)[:2]:
            if tag.startswith("ADJF") and ("Anum" in tag and "Apro" not in tag
                                           or lemma.endswith(("ий", "ый", "ой")) and lemma[:4] in self._stems):
                return True
        return False

    def scale_of(self, low: str) -> tuple[str, float] | None:
        """(lemma, value) of a scale word ("тысячами" -> ("тысяча", 1000), "тыс" -> ("тыс", 1000))."""
        if low in self.scales:
            return low, self.scales[low]
        for lemma, tag in parses(self.lang, low):
            if tag.startswith("NOUN") and lemma in self.scales:
                return lemma, self.scales[lemma]
        return None

    def is_plural(self, low: str, lemma: str) -> bool:
        return any(le == lemma and "plur" in tag for le, tag in parses(self.lang, low))

    def noun_reading(self, low: str) -> tuple[str, str] | None:
        """(lemma, POS) of a word as the counted noun: a preferred lemma ('танків' -> танк, not танок) first, then
        the likeliest reading."""
        # a counted noun is never in the vocative: a word whose noun readings are all vocative is no noun here
        # (Ukrainian "уже" reads only as the vocative of уж, "grass snake": "40 тисяч уже загинули")
        ps = tuple((lemma, tag) for lemma, tag in parses(self.lang, low) if not tag.endswith(" voct"))
        if not ps:
            return None
        for lemma, tag in ps:
            if lemma in self.preferred and (tag.startswith("NOUN") or tag.startswith("ADJF")):
                return lemma, "NOUN"
        lemma, tag = ps[0]
        return lemma, tag.split(",")[0].split(" ")[0]


def _cue_table(section: dict) -> list[tuple[tuple[str, ...], str]]:
    table = [(tuple(cue.split()), qual) for qual, cues in section.items() if not qual.startswith("_") for cue in cues]
    return sorted(table, key=lambda x: -len(x[0]))


def cues_by_last_word(table: list[tuple[tuple[str, ...], str]]) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """The cue table keyed by each cue's last word (longest cues first), to match backwards from a number."""
    out: dict[str, list] = {}
    for cue, qual in table:
        out.setdefault(cue[-1], []).append((cue, qual))
    return out


@lru_cache(maxsize=2)
def lexicon(lang: str) -> Lexicon:
    if lang not in LANGUAGES:
        raise ValueError(f"no number reader for language {lang!r} (have: {', '.join(LANGUAGES)})")
    return Lexicon(lang)



def noun_lemma(word: str, lang: str) -> str | None:
    """The lemma of a ru/uk word when it reads as a noun ("танків" -> "танк"), else None."""
    reading = lexicon(lang).noun_reading(normalize_apostrophes(word).lower())
    return reading[0] if reading and reading[1] == "NOUN" else None
