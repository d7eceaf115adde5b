"""The case the parser reads for headline lines in Title Case or ALL CAPS.

"Boko Haram Fighters Torch Village in Borno, Kill 9" or "ISRAELI AIR STRIKE KILLS 6 IN KHAN YOUNIS": the tagger
reads every capitalised word as a name, so the verb is lost. For such a line the parser reads a re-cased copy:
in Title Case, the words known not to be names (function words, the coder's trigger verbs and nouns and its word
classes) are lower-cased; in ALL CAPS every word is lower-cased but known names (actors, places, countries and
their demonyms), which get their capital (an acronym the actor lexicon knows, "EU", "KCNA", stays in capitals).
Every word keeps its length, so every offset still indexes the document text (as `clean.analysable_text`).
Ordinary sentences and sentence-case headlines are left as they are.
"""
from __future__ import annotations

import re
from functools import lru_cache

from sitroom.lexicon import load_json

__all__ = ["headline_verbs", "parser_case"]

_WORD = re.compile(r"[^\W\d_][^\W\d_'’.]*(?:['’][^\W\d_]+)?")
_FUNCTION = frozenset(
    "a an the of in on at to for from by with without near over after before amid against as and or but into onto "
    "off out up down about across along around between during despite since than that this these those its their "
    "his her is are was were be been has have had will would can could may might not no new more most after".split())
_MAX_WORDS = 24


@lru_cache(maxsize=1)
def _calendar() -> frozenset[str]:
    c = load_json("en/common.json")
    return frozenset(w.lower() for k in ("months", "month_abbreviations", "weekdays", "weekday_abbreviations")
                     for w in c[k])


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    from sitroom.analyze.coder import coder_lexicon
    lex = coder_lexicon()
    words = set(lex.verbs) | {w for r in lex.verbs.values() for rule in r for w in rule.needs}
    words |= set(lex.nouns) | {w for r in lex.nouns.values() for rule in r for w in rule.needs}
    for name, ws in lex.classes.items():
        words |= ws
    return frozenset(w for w in words if w.isalpha())


def _forms(low: str) -> tuple[str, ...]:
    out = [low]
    for suf, rep in (("ies", "y"), ("es", ""), ("s", ""), ("ied", "y"), ("ed", ""), ("ed", "e"), ("d", ""),
                     ("ing", ""), ("ing", "e")):
        if low.endswith(suf) and len(low) - len(suf) >= 3:
            out.append(low[: len(low) - len(suf)] + rep)
    if len(low) > 4 and low[-1] == low[-2]:
        out.append(low[:-1])
    return tuple(out)


def _common(low: str) -> bool:
    if low in _FUNCTION:
        return True
    words = _common_words()
    return low not in _calendar() and any(f in words for f in _forms(low))


def _name(word: str) -> str | None:
    """A known actor or place named by `word` (a phrase), in the case it is written in; None if none."""
    from sitroom.analyze.actors import lookup_actor
    from sitroom.analyze.places import lookup_place
    from sitroom.countries import countries, norm

    probe = word.title()
    if len(word) <= 5 and word.isupper():       # "EU", "US", "KCNA": an acronym the actor lexicon knows
        a = lookup_actor(word)
        if a is not None and a.text == word and (a.country or a.sector) and (
                len(word) <= 3 or lookup_actor(probe) is None and lookup_place(probe) is None):
            return word
    key = norm(probe)
    if countries().by_demonym.get(key):
        return probe
    a = lookup_actor(probe)
    if a is not None and a.text and norm(a.text) == key and key in norm(a.name or ""):
        return probe
    p = lookup_place(probe)
    if p is not None and (p.kind in ("country", "admin1") or p.kind == "city" and len(word) >= 5):
        return probe
    return None


def _title_line(words: list[str]) -> bool:
    content = [w for w in words[1:] if w.lower() not in _FUNCTION and len(w) > 2]
    return len(content) >= 3 and sum(w[0].isupper() for w in content) >= 0.8 * len(content)


def _caps_line(line: str, words: list[str]) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(words) >= 3 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


def _recase_caps(line: str, spans: list[tuple[int, int]]) -> str:
    chars = list(line.lower())
    i = 0
    while i < len(spans):
        for n in (3, 2, 1):     # "KHAN YOUNIS", "SOUTH KOREA" before "KHAN", "SOUTH"
            if i + n > len(spans):
                continue
            a, b = spans[i][0], spans[i + n - 1][1]
            phrase = line[a:b]
            if n > 1 and not all(c.isalpha() or c in " -" for c in phrase):
                continue
            if n == 1 and phrase.lower() in _FUNCTION:
                continue
            name = _name(phrase)
            if name is not None and len(name) == len(phrase):
                chars[a:b] = list(name)
                i += n
                break
        else:
            i += 1
    return "".join(chars)


def _recase_title(line: str, spans: list[tuple[int, int]]) -> str:
    chars = list(line)
    for k, (a, b) in enumerate(spans):
        w = line[a:b]
        if k == 0 or not w[:1].isupper() or w.isupper() and len(w) > 1:
            continue        # the first word keeps its capital; "EU", "US" are acronyms
        low = w.lower()
        if len(low) == len(w) and _common(low) and _name(w) is None or low in _FUNCTION:
            chars[a:b] = list(low)
    return "".join(chars)


_LABEL = re.compile(r"\s*([^\W\d_][^\W\d_' ]{1,20}?)\s*:")


def _label_stop(line: str) -> str:
    """"BREAKING: Iran rebuffs ...", "UPDATE: ...": a feed's label before a colon is no subject of what follows;
    the parser reads it as a sentence of its own (the colon as a full stop, same length)."""
    from sitroom.lexicon import word_set
    m = _LABEL.match(line)
    if m is None or m.group(1).lower() not in word_set("en/attribution.json", "section_labels"):
        return line
    return line[:m.end() - 1] + "." + line[m.end():]


def parser_case(text: str) -> str:
    """`text` with each Title Case or ALL CAPS headline line re-cased for the parser (same length, same breaks),
    and a feed label's colon ("BREAKING:") read as a full stop."""
    if not text or not any(c.isupper() for c in text):
        return text
    out = []
    for line in text.split("\n"):
        line = _label_stop(line)
        spans = [m.span() for m in _WORD.finditer(line)]
        words = [line[a:b] for a, b in spans]
        if 3 <= len(words) <= _MAX_WORDS:
            if _caps_line(line, words):
                line = _recase_caps(line, spans)
                a, b = spans[0]
                line = line[:a] + line[a].upper() + line[a + 1:]      # a headline's first word has its capital
            elif _title_line(words):
                line = _recase_title(line, spans)
        out.append(line)
    new = "\n".join(out)
    return new if len(new) == len(text) else text


# ------------------------------------------------------------------ the verb a headline's tagger reads as a noun
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "INTJ", "X"})
_SUBJECT_PART = _NOMINAL | {"ADJ", "DET"}
_OBJECT_START = frozenset({"DET", "NOUN", "PROPN", "ADJ", "NUM", "PRON"})
_OBJECT_PART = _OBJECT_START | {"PART"}
_MAX_HEADLINE_TOKENS = 20


def _plural(tok) -> bool:
    from sitroom.lexicon import word_set
    low = tok.lower_
    return tok.tag_ in ("NNS", "NNPS") or "Plur" in tok.morph.get("Number") or (
        low.endswith("s") and not low.endswith("ss") and len(low) > 3) or low in word_set(
        "en/coder.json", "plural_collectives")


def _coordinator(tok) -> bool:
    """"Eritrea, Ethiopia ink pact", "Iran and IAEA agree": two names before the verb make a plural subject."""
    return tok.text in (",", "&") or tok.pos_ == "CCONJ" and tok.lower_ == "and"


def _verb_form(tok, verbs) -> str | None:
    """'VBZ' / 'VBP' if `tok` (read as a noun) is a present-tense form of a trigger verb, else None."""
    low, lemma = tok.lower_, tok.lemma_.lower()
    for base in {lemma, low}:
        if base not in verbs:
            continue
        if low == base:
            return "VBP"
        if low in (base + "s", base + "es"):
            return "VBZ"
    return None


def _clause_start(sent) -> int:
    """Where a headline's clause starts: after a leading 'BREAKING:' / 'UPDATE:' (a word or two and a colon)."""
    for t in sent[:4]:
        if t.text in (":", "|") and t.i > sent.start:
            return t.i + 1
    return sent.start


def _headline_verb(sent, verbs):
    start = _clause_start(sent)
    doc = sent.doc
    for t in doc[start + 1:sent.end - 1]:
        if t.pos_ in ("VERB", "AUX"):
            _subject_of(t, doc[start:t.i])
            return None                     # the headline has its verb before any noun could be one
        if t.pos_ != "NOUN" or t.i + 1 >= sent.end:
            continue
        form = _verb_form(t, verbs)
        prev, nxt = doc[t.i - 1], doc[t.i + 1]
        left = doc[start:t.i]
        if form is None or prev.pos_ not in _NOMINAL or len(left) > 5:
            continue
        if any(x.pos_ not in _SUBJECT_PART and not _coordinator(x) or x.pos_ == "DET" and x.i != start
               for x in left):
            continue
        if (form == "VBP") != (_plural(prev) or any(_coordinator(x) for x in left)):
            continue                        # "Drone strike on ..." (singular before a bare form) is a noun
        if nxt.pos_ == "PART" and nxt.lower_ == "to":
            return t, form
        if nxt.pos_ in _OBJECT_START and nxt.lower_ != "of" and not _event_object(t, doc, sent.end, verbs[
                t.lemma_.lower() if t.lemma_.lower() in verbs else t.lower_]):
            return t, form
    return None


def _subject_of(verb, left) -> None:
    """"Sudanese army shells RSF positions": a headline verb whose bare noun phrase before it hangs from it as a
    modifier, with no subject, takes that phrase as its subject."""
    if not left or len(left) > 5 or any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
        return
    if any(x.pos_ not in _SUBJECT_PART or x.pos_ == "DET" and x.i != left.start for x in left):
        return
    head = left[-1]
    if head.pos_ not in _NOMINAL or head.head.i != verb.i or head.dep_ not in ("compound", "amod", "nmod", "dep",
                                                                               "npadvmod", "intj"):
        return
    head.dep_ = "nsubj"
    if head.pos_ in ("INTJ", "X") and head.text[:1].isupper():
        head.pos_ = "PROPN"
    for x in left[:-1]:
        if x.head.i == verb.i:
            x.head = head


def _event_object(tok, doc, end: int, rules) -> bool:
    """"Israel, Hezbollah trade fire", "Russia, Ukraine trade strikes": an object that is an event noun of its own
    makes the word before it a support verb or a modifier, not the event (support verbs, "light", and signing an
    agreement, "pact", stay verbs)."""
    from sitroom.analyze.coder import coder_lexicon
    if any(r.flags & {"light", "pact"} for r in rules):
        return False
    j = tok.i + 1
    while j + 1 < end and doc[j + 1].pos_ in ("NOUN", "PROPN", "ADJ") and doc[j].pos_ != "PUNCT":
        j += 1
    return doc[j].lemma_.lower() in coder_lexicon().nouns


def _acyclic(sent) -> bool:
    roots = 0
    for t in sent:
        x, n = t, 0
        while x.head.i != x.i and n <= len(sent):
            x, n = x.head, n + 1
        if n > len(sent) or not sent.start <= x.i < sent.end:
            return False
        roots += t.head.i == t.i
    return roots == 1


def headline_verbs(doc):
    """Give a short headline-like sentence the verb its tagger read as a noun: "Police fire tear gas at
    protesters in Dhaka", "Myanmar army shells villages", "US sanctions Iranian shipping network", "Houthis vow to
    hit US warships". A sentence qualifies when no verb comes before the word, the word is a present-tense form of
    one of the coder's trigger verbs, a bare noun phrase (no preposition) before it agrees with it in number and an
    object (or "to") follows it. The word becomes the sentence's root verb, the phrase before it its subject, the
    noun phrase after it its object; the old root hangs from it. Returns `doc` (changed in place)."""
    from sitroom.analyze.coder import coder_lexicon
    verbs = {w: rules for w, rules in coder_lexicon().verbs.items() if " " not in w}
    for sent in list(doc.sents):
        found = _headline_verb(sent, verbs) if len(sent) <= _MAX_HEADLINE_TOKENS else None
        if found is not None:
            _make_root(sent, *found)
    return doc


def _make_root(sent, verb, tag: str) -> None:
    doc = sent.doc
    saved = [(t, t.head, t.dep_) for t in sent]
    pos = (verb.pos_, verb.tag_)
    start = _clause_start(sent)
    left = range(start, verb.i)
    j = verb.i + 1
    while j < sent.end and doc[j].pos_ in _OBJECT_PART and (doc[j].pos_ != "PART" or j == verb.i + 1):
        j += 1
    obj = range(verb.i + 1, j)
    old_root = sent.root
    verb.head, verb.dep_, verb.pos_, verb.tag_ = verb, "ROOT", "VERB", tag
    subj = None
    for i in reversed(left):
        t = doc[i]
        if t.head.i not in left or t.head.i == t.i:
            if subj is None:
                t.head, t.dep_, subj = verb, "nsubj", t
                if t.pos_ in ("INTJ", "X") and t.text[:1].isupper():
                    t.pos_ = "PROPN"        # "Houthis" read as an interjection: a name
            elif _coordinator(t):
                t.head, t.dep_ = subj, ("cc" if t.pos_ == "CCONJ" else "punct")
            else:
                t.head, t.dep_ = subj, ("conj" if any(_coordinator(doc[x]) for x in left) else "compound")
    for i in obj:
        t = doc[i]
        if t.head.i not in obj or t.head.i == t.i:
            if t.pos_ == "PART":
                continue
            t.head, t.dep_ = verb, ("dobj" if t.pos_ != "VERB" else "xcomp")
    for t in sent:
        if t.i == verb.i or t.i in left or t.i in obj:
            continue
        if t.head.i == verb.i and t.dep_ == "acl":
            t.dep_ = "xcomp"                # "vow to hit": the infinitive is the verb's complement
        elif t.i == old_root.i and old_root.i != verb.i:
            t.head, t.dep_ = verb, ("conj" if t.pos_ in ("VERB", "AUX") else "dep")
    if not _acyclic(sent):
        for t, h, d in saved:
            t.head, t.dep_ = h, d
        verb.pos_, verb.tag_ = pos
