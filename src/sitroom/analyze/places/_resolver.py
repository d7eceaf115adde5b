"""Places: where something happened, resolved against the shipped gazetteer to name, ISO3 and lat/lon.

    resolver = PlaceResolver(doc)          # spaCy Doc of a whole document
    resolver.places()                      # every place mention, resolved, with offsets
    resolver.resolve_text("Kherson", start=None)
    resolver.resolve_span(span)
    resolver.country_of_document()
    lookup_place("Georgia", context_countries=["USA"])

Mentions come from spaCy GPE/LOC/FAC entities, from "in/near/at/to <Capitalized>" phrases, from demonym
adjectives before a territorial noun ("Belarusian territory" -> Belarus), from a name heading a line before a colon
("Doboj: evacuation continues", the place-first headline; spaCy often calls it an organisation), and from a country's
capital whatever spaCy tags it ("Kyiv to get 60 tanks": an adjective; "the Kyiv regime": a person). An ambiguous name
("Georgia", "Odessa") goes to the reading whose country the document mentions, population and
kind (country > region > city) deciding otherwise.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from sitroom.analyze._spans import SpanIndex
from sitroom.analyze.places._gazetteer import _SHORT_FORMS, GazetteerEntry, candidates, gazetteer
from sitroom.countries import countries, norm
from sitroom.lexicon import word_set, words
from sitroom.model import Place
from sitroom.nlp import doc_text

__all__ = ["PlaceResolver", "lookup_place"]

CONTEXT_WEIGHT = 5.0
_CAP = r"[A-Z][\w'’\-]*(?:\s+(?:[A-Z][\w'’\-]*|on|de|la|al|el)){0,3}"
PREP_PLACE = re.compile(r"\b(?:in|near|at|to|from|outside|around|towards?|into|across|via|through|"
                        r"north|south|east|west)(?:\s+of)?\s+(?:the\s+)?(" + _CAP + r")")
PLACE_OF = re.compile(r"\b(?:" + "|".join(words("en/places.json", "place_of_nouns")) + r")\s+of\s+(" + _CAP + r")")
DESTINATION_FOR = re.compile(r"\b(?:" + "|".join(words("en/places.json", "destination_for_words")) + r")\s+for\s+("
                             + _CAP + r")")
TERRITORIAL = words("en/places.json", "territorial_nouns")
DEMONYM_PLACE = re.compile(r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+(" + "|".join(TERRITORIAL) + r")\b")
# capitalized words that name a place somewhere (a Fijian division, a US town) but in news prose are
# adjectives or common nouns
GENERIC = word_set("en/places.json", "generic_names")
SMALL = 100_000
# a line led by a name and a colon: the place-first headline or paragraph ("Doboj: evacuation of 12,000 continues")
PLACE_HEADING = re.compile(r"(?m)^[ \t]*(" + _CAP + r"):[ \t]")
# a water word after a name makes it the water body ("the Dnipro River", "Lake Chad" aside): no town of that name
WATER_TAIL = re.compile(r"\s+(?:" + "|".join(sorted(words("en/places.json", "water_words"), key=len, reverse=True))
                        + r")\b", re.I)
REGION_TAIL = re.compile(r"\s+(?:[Oo]blast|[Rr]egion|[Pp]rovince|[Kk]rai|[Gg]overnorate|[Dd]istrict)\b")


def _is_capital(e: GazetteerEntry) -> bool:
    c = countries().by_iso3.get(e.iso3)
    return e.kind == "city" and c is not None and c.capital == e.name


def _choose(cands: Iterable[GazetteerEntry], context: Counter | dict) -> GazetteerEntry | None:
    best, best_score = None, float("-inf")
    total = sum(context.values()) or 1
    for e in cands:
        score = e.prior + (CONTEXT_WEIGHT * (0.5 + 0.5 * context[e.iso3] / total) if context.get(e.iso3) else 0.0)
        if _is_capital(e):                 # "Washington" the capital before the state
            score += 1.0
        if score > best_score:
            best, best_score = e, score
    return best


def _place(e: GazetteerEntry, text: str, start: int | None, end: int | None) -> Place:
    return Place(text=text, name=e.name, country=e.iso3, lat=e.lat, lon=e.lon, kind=e.kind, start=start, end=end)


def lookup_place(text: str, context_countries: Iterable[str] = ()) -> Place | None:
    """Context-light lookup: the reading of `text` best supported by `context_countries` (ISO3)."""
    text = _clean(text)
    if not text:
        return None
    cands = candidates(text)
    if not cands and not text.islower():       # "us", "turkey" in lower case: common words, not demonyms
        dem = gazetteer().by_demonym.get(norm(text))
        cands = (dem,) if dem else ()
    e = _choose(cands, Counter(context_countries))
    return _place(e, text, None, None) if e else None


def _clean(text: str) -> str:
    t = text.strip().strip(",.;:\"“”")
    t = re.sub(r"^(?:the|The)\s+", "", t)
    return re.sub(r"['’]s$", "", t).strip()


def _in_longer_name(tok) -> bool:
    """'Washington' in 'Denzel Washington', 'Kyiv' in 'Kyiv Independent': part of a longer named entity that is no
    place (a single token spaCy mislabels as a person, 'the Kyiv regime', is still the capital)."""
    return tok.ent_type_ not in ("", "GPE", "LOC", "FAC") and any(
        e.start <= tok.i < e.end and e.end - e.start > 1 for e in tok.doc.ents)


_NAME_TAGS = ("PERSON", "ORG")


def _town_lists(doc) -> list[list]:
    """A list of two or more one-word names the tagger calls persons (or bodies), each a town or region the gazetteer knows
    and all in one country ("hit Kherson, Mykolaiv and Zaporizhzhia overnight"): the towns, whatever the tag."""
    out, seen = [], set()
    for tok in doc:
        if tok.i in seen or tok.ent_type_ not in _NAME_TAGS or tok.pos_ != "PROPN" or tok.dep_ == "conj":
            continue
        names = [tok, *(c for c in tok.conjuncts if c.i > tok.i)]
        seen.update(t.i for t in names)
        if len(names) < 2 or any(t.ent_type_ not in _NAME_TAGS or t.pos_ != "PROPN" or _in_longer_name(t)
                                 or norm(t.text) in GENERIC for t in names):
            continue
        best = [_choose(candidates(t.text), {}) for t in names]
        if all(b is not None and b.kind in ("city", "admin1") for b in best) and len({b.iso3 for b in best}) == 1:
            out.append(names)
    return out


class PlaceResolver:
    """Place mentions of one document, resolved with the document's countries as context."""

    def __init__(self, doc) -> None:
        self.doc = doc
        self.text = doc_text(doc) if hasattr(doc, "user_data") else doc.text
        spans = self._candidate_spans()
        # pass 1: unambiguous names and countries give the document's context
        ctx: Counter = Counter()
        for s, e, t in spans:
            cands = self._cands(t)
            isos = {c.iso3 for c in cands}
            if len(isos) == 1:
                ctx[next(iter(isos))] += 1
        self.context = ctx
        # pass 2: every mention with that context
        self._places: list[Place] = []
        for s, e, t in spans:
            best = _choose(self._cands(t), ctx)
            if best is not None and self._plausible(best, s, t):
                self._places.append(_place(best, t, s, e))
        self._places.sort(key=lambda p: p.start)
        self._index = SpanIndex(self._places)

    def _plausible(self, best: GazetteerEntry, start: int, t: str) -> bool:
        """A small place in a country the document never names needs spaCy to call it a place too."""
        if norm(t) in GENERIC or not any(w[:1].isupper() for w in t.split()):
            return False                       # "in the north" (spaCy LOC) is no gazetteer's "North"
        if best.kind == "country" or self.context.get(best.iso3) or best.population >= SMALL:
            return True
        return start in self._ent_starts

    def _cands(self, t: str) -> tuple[GazetteerEntry, ...]:
        c = candidates(t)
        if not c:
            dem = gazetteer().by_demonym.get(norm(t))
            c = (dem,) if dem else ()
        return c

    def _candidate_spans(self) -> list[tuple[int, int, str]]:
        text = self.text
        found: dict[int, tuple[int, int, str]] = {}

        def add(s: int, e: int) -> None:
            raw = text[s:e]
            t = _clean(raw)
            if not t:
                return
            s = s + raw.index(t)
            e = s + len(t)
            if WATER_TAIL.match(text, e):
                return                         # "the Dnipro river": the river, not the city of Dnipro
            tail = REGION_TAIL.match(text, e)
            if tail:                           # "Kherson Oblast", "Donetsk region"
                e = tail.end()
                t = text[s:e]
            if not candidates(t):
                # shrink from the right until a gazetteer name remains ("Kherson Thursday"); a word cut from a longer
                # name is a place by its own name only, not as a region's name without its region word ("the Free
                # Lands" is not the Free State)
                words = t.split()
                while len(words) > 1 and not candidates(" ".join(words), stems=False):
                    if WATER_TAIL.fullmatch(" " + words.pop()):
                        return                 # "the Dnipro River": the river, not the city of Dnipro
                t = " ".join(words)
                e = s + len(t)
                if not candidates(t, stems=False):
                    return
            if t in _SHORT_FORMS and self._attributive(s):
                return                         # "US officials", "UK troops": the demonym, as "American officials"
            prev = found.get(s)
            if prev is None or prev[1] < e:
                found[s] = (s, e, t)

        self._ent_starts: set[int] = set()
        for ent in getattr(self.doc, "ents", ()):
            if ent.label_ in ("GPE", "LOC", "FAC"):
                add(ent.start_char, ent.end_char)
        from sitroom.nlp import dateline_places

        for s, e in dateline_places(self.doc) if hasattr(self.doc, "user_data") else ():
            add(s, e)                                     # "ODESA, March 3 - …": where the report is filed
        self._ent_starts = set(found)
        for m in PREP_PLACE.finditer(text):
            add(m.start(1), m.end(1))
        for m in PLACE_OF.finditer(text):                # "in shelling of Nikopol" (tagged ORG), "the town of Adwa"
            add(m.start(1), m.end(1))
        for m in DESTINATION_FOR.finditer(text):         # "Russian servicemen head for Belarus"
            add(m.start(1), m.end(1))
        for m in PLACE_HEADING.finditer(text):
            add(m.start(1), m.end(1))
        capitals = countries().by_capital
        for tok in self.doc if hasattr(self.doc, "ents") else ():
            if tok.text[:1].isupper() and norm(tok.text) in capitals and not _in_longer_name(tok):
                add(tok.idx, tok.idx + len(tok.text))
        for names in _town_lists(self.doc) if hasattr(self.doc, "ents") else ():
            for tok in names:                            # "Shelling hit Kherson, Mykolaiv and Zaporizhzhia": towns
                add(tok.idx, tok.idx + len(tok.text))
                self._ent_starts.add(tok.idx)
        for m in DEMONYM_PLACE.finditer(text):
            dem = gazetteer().by_demonym.get(norm(m.group(1)))
            if dem is not None and m.start(1) not in found:
                found[m.start(1)] = (m.start(1), m.end(1), m.group(1))
        # drop spans inside a longer one
        spans = sorted(found.values(), key=lambda x: (x[0], -x[1]))
        out, last_end = [], -1
        for s, e, t in spans:
            if s >= last_end:
                out.append((s, e, t))
                last_end = e
        return out

    def _attributive(self, start: int) -> bool:
        """The word at `start` modifies a noun after it ("US officials", "the U.S. State Department")."""
        tok = next((t for t in self.doc if t.idx == start), None) if hasattr(self.doc, "ents") else None
        return tok is not None and tok.dep_ in ("compound", "amod", "nmod") and tok.head.i > tok.i

    # ------------------------------------------------------------------ public API
    def places(self) -> list[Place]:
        return list(self._places)

    def resolve_text(self, text: str, start: int | None = None) -> Place | None:
        if start is not None:
            for p in self._index.starting_in(start, start + len(text)):
                return p
        t = _clean(text)
        if not any(w[:1].isupper() for w in t.split()) or norm(t) in GENERIC:
            return None                        # "in the north", "North Waziristan": not the gazetteer's "North"
        s = None if start is None else start + max(text.find(t), 0)
        if s is not None and WATER_TAIL.match(self.text, s + len(t)):
            return None                        # "the Dnipro river": the river, not the city
        cands = self._cands(t)
        e = _choose(cands, self.context)
        if e is None:
            return None
        return _place(e, t, s, None if s is None else s + len(t))

    def resolve_span(self, span, head=None) -> Place | None:
        """The place a span names: the longest mention in it; with `head` (a token of the span), a mention of the
        head first ("Cahul in Moldova": Cahul, the country only says where Cahul is)."""
        s, e = span.start_char, span.end_char
        inside = self._index.overlapping(s, e)
        if head is not None:
            own = [p for p in inside if p.start <= head.idx < p.end]
            inside = own or inside
        if inside:
            return max(inside, key=lambda p: p.end - p.start)
        return self.resolve_text(span.text, span.start_char)

    def country_of_document(self) -> str | None:
        """The country the document is about: the most mentioned (places of all kinds count for their country),
        when no other is mentioned as often. A tie names none: a digest of one item on Ukraine and one on Germany
        is about neither, and a figure with no place of its own must not borrow either."""
        top = Counter(p.country for p in self._places if p.country).most_common(2)
        if not top or len(top) == 2 and top[0][1] == top[1][1]:
            return None
        return top[0][0]
