"""What a figure counts: the canonical kind from the shipped taxonomy, read off the counted noun phrase.

"artillery pieces" is artillery (a phrase beats its head noun), "pieces of equipment" is equipment (a classifier noun
hands over to its of-complement), "12 BMP-2" is armoured vehicles (equipment names), "tanks and other armoured
combat vehicles" is armoured vehicles, "a 1,200-strong battalion" counts personnel (its members). A noun that is in
no kind is its own kind ("containers").
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from sitroom.analyze.claims._lexicon import taxonomy
from sitroom.analyze.quantities import DASHES

_STOP_DEPS = {"relcl", "acl", "punct", "cc", "appos"}


_DASHES = str.maketrans({c: "-" for c in DASHES if c != "\u2014"})     # "Su\u201125" is "Su-25" (an em dash is no hyphen)


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower().replace("’", "'").translate(_DASHES)).strip()


# nouns that count pieces of whatever equipment names them ("fire units", "launchers", "batteries"): after an
# equipment name, the name's kind
_COUNTING_HEADS = frozenset({"unit", "units", "launcher", "launchers", "system", "systems", "battery", "batteries",
                             "complex", "complexes"})


def kind_of_text(text: str) -> str | None:
    """Canonical kind of a counted noun phrase as written ("Russian servicemen" -> personnel), None if unknown. A
    generic noun with a narrower kind's equipment name counts that kind ("8 Il-76 aircraft": transport aircraft,
    "Mi-8 aircraft": helicopters; "aircraft" alone stays aircraft)."""
    t = " " + _norm(text) + " "
    tax = taxonomy()
    words = t.split()
    if len(words) > 1 and words[-1] in _COUNTING_HEADS:
        named = next((k for w in words[:-1] for k in (name_kind(w),) if k), None)
        if named:
            return named              # "4 IRIS-T SLM fire units", "Patriot launchers": the equipment the name is
    for phrase, kind in tax.phrases:
        if f" {phrase} " in t:
            return _narrowed(kind, words)
    for w in reversed(words):
        if w in tax.nouns:
            return _narrowed(tax.nouns[w], words)
    for w in words:
        k = name_kind(w)
        if k:
            return k
    return next((k for name, k in tax.names if " " in name and f" {name} " in t), None)   # "Black Hawk"


def _narrowed(kind: str, words: list[str]) -> str:
    """A broader kind made narrower by an equipment name among `words` ("Il-76 aircraft")."""
    if kind not in taxonomy().within.values():
        return kind
    return next((k for w in words for k in (name_kind(w),) if k and taxonomy().within.get(k) == kind), kind)


def name_kind(word: str) -> str | None:
    """'BMP-2' -> armoured_vehicles, 'Il-76' -> transport_aircraft: an equipment name at the start of the word; its plural
    too ('60 T-72s', 'BMPs', 'Il-76s')."""
    low = word.lower().translate(_DASHES)
    for name, kind in taxonomy().names:
        rest = low[len(name):]
        if low.startswith(name) and (not rest or not rest[0].isalpha() or rest in ("s", "es") or _variant(name, rest)):
            return kind
    return None


_WORD = re.compile(r"\s+([A-Za-z][\w" + re.escape(DASHES) + r"]*(?:\s[A-Z][a-z]+)?)")


def name_at(text: str, pos: int) -> tuple[str, str] | None:
    """(kind, name as written) of an equipment name that starts the next word after `pos` ("… moved 20 T-90M to",
    "12 Su-25 and 4 Ka-52", "10 Black Hawk"): a bare model name counts that model."""
    m = _WORD.match(text, pos)
    if m is None:
        return None
    words = m.group(1).split(" ")
    for n in (2, 1):
        if len(words) >= n:
            written = " ".join(words[:n])
            low = written.lower().translate(_DASHES)
            kind = name_kind(written) if n == 1 else next((k for nm, k in taxonomy().names if nm == low), None)
            if kind:
                return kind, written
    return None


def _variant(name: str, rest: str) -> bool:
    """'T-72B3', 'T-90M', 'Su-25SM', 'Ka-52M': a model's variant letters after a name that ends in its number (not
    'Tor' in 'Tornado': a name ending in a letter runs on into another word)."""
    return name[-1:].isdigit() and len(rest) <= 4 and rest.isalnum() and rest.rstrip("s")[:1].isalpha()


def is_measure(word: str) -> bool:
    return _norm(word) in taxonomy().not_counted


def ends_in_kind_phrase(text: str) -> bool:
    """Whether `text` ends in a phrase of a kind: "300 mortar rounds" counts shells though a bare "rounds" (of talks)
    is no count."""
    t = " " + _norm(text)
    return any(t.endswith(" " + phrase) for phrase, _ in taxonomy().phrases)


def noun_head(tok: Token) -> Token:
    """'Kh-59 guided missiles': the noun a compound or modifier hangs on."""
    h = tok
    for _ in range(4):
        if h.dep_ in ("compound", "nmod", "amod", "nummod") and h.head.i > h.i and h.head.pos_ in ("NOUN", "PROPN") \
                and h.head.i - h.i <= 4:
            h = h.head
        else:
            break
    return h


def shared_head(head: Token) -> Token | None:
    """'2 missile and 28 air strikes', '3 missile, 40 air and 12 drone strikes': a singular noun after a number
    other than one, coordinated with a counted plural that has a modifier of its own, modifies that plural: the
    plural is what is counted."""
    if head.tag_ != "NN" or not any(c.dep_ == "nummod" and c.lower_ not in ("one", "1", "a", "an")
                                    for c in head.children):
        return None
    nxt = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    if nxt is None or nxt.lower_ not in ("and", ",", "or"):
        return None
    h = head
    for _ in range(4):
        conj = next((c for c in h.children if c.dep_ in ("conj", "appos") and c.i > h.i), None)   # the parser
        if conj is None or conj.i - head.i > 10:                                          # calls a list item either
            return None
        if conj.tag_ == "NNS":
            counted = any(c.dep_ == "nummod" for t in conj.lefts for c in (t, *t.children))   # "12 drone strikes"
            parallel = any(t.dep_ == "compound" for t in conj.lefts)   # not a typo: "9,000 soldier and 170 tanks"
            return conj if counted and parallel else None
        h = conj
    return None


def phrase_tokens(first: int, head: Token) -> list[Token]:
    """The counted phrase from after the number to the head, with a classifier's of-complement and a coordinated
    'and other X' ('tanks and other armoured combat vehicles')."""
    doc = head.doc
    toks = [t for t in doc[first:head.i + 1]]
    tax = taxonomy()
    extra: list[Token] = []
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ == "of" and head.lower_ in tax.classifiers:
            extra.extend(c.subtree)
        elif c.dep_ == "cc" and c.i == head.i + 1:
            nxt = doc[c.i + 1] if c.i + 1 < len(doc) else None
            if nxt is not None and nxt.lower_ == "other":
                conj = next((x for x in head.children if x.dep_ == "conj"), None)
                if conj is not None:
                    extra.extend(doc[head.i + 1:conj.i + 1])
    return toks + [t for t in extra if t.i > head.i][:8]


def written_text(toks: list[Token]) -> str:
    """The phrase as written: tokens that follow each other keep the text's own spacing, so a model name the
    tokenizer splits reads whole ('IRIS-T SLM systems', not 'IRIS - T SLM systems'); a gap is a space."""
    out = []
    for a, b in zip(toks, toks[1:] + [None]):
        out.append(a.text + ((a.whitespace_ or "") if b is not None and b.i == a.i + 1 else " "))
    return "".join(out).strip().lstrip("-" + DASHES).lstrip()    # "a 5,000-reservist drill": from "reservist"


def kind_of_tokens(toks: list[Token], head: Token) -> tuple[str | None, str]:
    """(canonical kind or None, the counted noun as written)."""
    text = written_text(toks)
    written = head.text
    tax = taxonomy()
    if head.lower_ in tax.classifiers:
        of = [t for t in toks if t.i > head.i and t.pos_ in ("NOUN", "PROPN")]
        if of:
            written = of[-1].text if not any(t.lower_ == "of" for t in toks) else text.split(" of ", 1)[-1]
    kind = kind_of_text(text)
    if kind is None:
        kind = tax.nouns.get(head.lemma_.lower())
    if head.lower_ in tax.strength_nouns and any(t.lower_ == "strong" and t.i > 0 and t.doc[t.i - 1].text in DASHES
                                                 for t in toks):
        kind = "personnel"                                    # "a 9,000-strong group": its members
    return kind, written


def increment_word(first: Token, num: Token, head: Token) -> str | None:
    """'a further 2,000', 'another 150', '3,000 additional border guards', '150 more soldiers': the word that
    makes the figure an increment on top of others."""
    words = taxonomy().increment_words
    doc = head.doc
    if first.i > 0 and doc[first.i - 1].lower_ in words - {"more"}:
        return doc[first.i - 1].lower_
    if num.i + 1 < len(doc) and doc[num.i + 1].lower_ == "more" and num.i + 1 <= head.i:
        return "more"
    # "more than 40,000": a bound, not an increment
    return next((c.lower_ for c in head.children if c.dep_ == "amod" and c.lower_ in words and c.i < head.i
                 and not (c.i + 1 < len(doc) and doc[c.i + 1].lower_ == "than")), None)
