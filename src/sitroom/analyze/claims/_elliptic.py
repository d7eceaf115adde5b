"""What a bare figure counts when no noun follows it.

- "36 of the drones", "around 3,000 of them", "40 of 45 drones", "27 of the dead": the of-complement, or what
  "them" stands for;
- "Of the aircraft, 45 crossed": the fronted of-phrase;
- "its crew of 23", "a force of 5,000": the group the figure sizes, when the taxonomy knows it;
- "16 Shahed-136 drones": the noun behind model names the number reader did not take as its unit;
- "moved 20 T-90M", "12 Su-25 and 4 Ka-52": a bare equipment model counts its model;
- "of whom at least 30", "Of them, 300 were wounded": the figure before (else the last plural noun of a kind in
  the sentences before); `refers_back` tells the finder the figure is a part of that group;
- a list line "tanks - 3,449" / "Personnel: about 300": the label;
- "the 14 wounded": casualties;
- "Russian instructors now number around 1,890", "the contingent grows to 4,000": the subject of its clause
  ("the total number of servicemen exceeds 2,500": the number's of-complement; "Their number stands at 4,000": the
  group 'their' stands for; "the force will be slightly under 7,500": a force's members, personnel);
- "displaces 25,000", "the strike killed 12", "100,000 flee": people, the victim verb's object or subject; "Thousands protest": people, the subject of a
  verb only a crowd does;
- "put the number of displaced people at 2.1 million", "estimated Russian losses at 1,200": the estimate's object;
- a restated count ("the total will be 7,500", "the figure of 5,000") after a sentence that names a counted noun
  and no figure: that noun ("… the troops will leave. The total will be 7,500");
- otherwise the figure before it in the sentence, then in the paragraph ("up from roughly 400", "a further 300").
Returns (kind, as written, token whose clause decides the status), or None (then it is no claim).
"""
from __future__ import annotations

import re
from typing import Callable

from spacy.tokens import Token

from sitroom.analyze.claims._kinds import kind_of_text, kind_of_tokens, name_at, noun_head, phrase_tokens
from sitroom.analyze.claims._lexicon import MEASURE_NOUNS, status_lexicon, taxonomy
from sitroom.analyze.claims._status import governing_verb
from sitroom.analyze.claims._where import FORCE_SECTORS
from sitroom.analyze.quantities import verb_cues

_LABEL = re.compile(r"^\s*(?:[-–—•*·▪]\s*)?([^\W\d_][\w ’'/()-]{0,40}?)\s*[-–—:]\s*(?:about|some|around|approx\.?|over|"
                    r"more than|up to|at least|nearly|almost)?\s*$", re.IGNORECASE)
_ANAPHORS = {"them", "these", "those", "which", "whom", "it", "us"}
_DETS = {"the", "these", "those", "their", "its", "his", "her", "our", "such", "all"}

Found = tuple[str, str, Token]
Previous = Callable[[], "tuple[str, str] | None"]


def _of_complement(num: Token, previous: Previous) -> Found | None:
    doc = num.doc
    i = num.i + 1
    if i + 1 < len(doc) and doc[i].lower_ == "out" and doc[i + 1].lower_ == "of":
        i += 1                                        # "44 out of 50 missiles"
    if i >= len(doc) or doc[i].lower_ != "of":
        return None
    j = i + 1
    while j < len(doc) and (doc[j].lower_ in _DETS or doc[j].dep_ == "quantmod" and j + 1 < len(doc)
                            and doc[j + 1].like_num):
        j += 1                                        # "44 out of over 50 missiles"
    if j >= len(doc):
        return None
    if doc[j].lower_ in _ANAPHORS:
        prev = previous() or antecedent(num)          # "About 4,500 of them": the troops of the sentence before
        return (prev[0], prev[1], num) if prev else None
    if doc[j].like_num and doc[j].dep_ == "nummod" and doc[j].head.i > j and doc[j].head.pos_ == "NOUN":
        head = noun_head(doc[j].head)                 # "22 of their 29 intended targets"
        kind, written = kind_of_tokens(phrase_tokens(j + 1, head), head)
        return (kind, written, num) if kind else None
    if doc[j].like_num and j + 1 < len(doc):          # "40 of 45 drones": what the second figure counts
        k = j + 1
        while k < len(doc) and (doc[k].like_num or doc[k].lower_ in (",", "the")):
            k += 1
        if k < len(doc) and doc[k].pos_ in ("NOUN", "PROPN"):
            head = noun_head(doc[k])
            kind, written = kind_of_tokens(phrase_tokens(k, head), head)
            return (kind, written, num) if kind else None
        return None
    if doc[j].lower_ in _SUBSTANTIVES and (j + 1 >= len(doc) or doc[j + 1].pos_ not in ("NOUN", "PROPN")):
        return "casualties", doc[j].text, num           # "27 of the dead", "five of the wounded"
    pobj = next((c for c in doc[i].children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")), None)
    if pobj is not None and pobj.i > j:               # "dozens of Iranian-made Shahed-136 drones"
        head = noun_head(pobj)
        kind, written = kind_of_tokens(phrase_tokens(j, head), head)
        return kind or head.lower_, written, head
    if doc[j].pos_ in ("NOUN", "PROPN", "ADJ"):
        k = j
        while k + 1 < len(doc) and doc[k + 1].pos_ in ("NOUN", "PROPN") and doc[k + 1].dep_ != "punct":
            k += 1
        head = noun_head(doc[k])
        kind, written = kind_of_tokens(phrase_tokens(j, head), head)
        return (kind or head.lower_, written, head) if head.pos_ in ("NOUN", "PROPN") else None
    return None


def _group_of(num: Token) -> Found | None:
    """'its crew of 23 evacuated', 'a contingent of 300': the figure is the size of the noun before 'of'."""
    of = num.head
    if num.dep_ != "pobj" or of.lower_ != "of" or of.i != num.i - 1 or of.head.pos_ != "NOUN" or of.head.i != of.i - 1:
        return None
    group = of.head
    if group.lemma_.lower() in _MEASURE_NOUNS or group.lemma_.lower() in status_lexicon().nouns:
        return None                                   # "the target of 300,000", "a toll of 40": not a group
    kind = "personnel" if group.lower_ in taxonomy().strength_nouns else kind_of_text(group.text)
    return (kind, group.text, group) if kind else None       # "a battalion of 1,200": its members, as "1,200-strong"


_NAME_TAGS = ("ADJ", "PROPN", "PUNCT", "NUM", "X")


def _noun_after(num: Token) -> Found | None:
    """'16 Shahed-136 drones', 'six Ukrainian AGM-88 HARM anti-radar missiles': a counted noun behind model names
    and modifiers the number reader did not take as its unit."""
    doc = num.doc
    k = num.i + 1
    while k < len(doc) and k - num.i <= 8 and doc[k].pos_ in _NAME_TAGS and doc[k].text not in ",;.:()[]\"":
        k += 1
    if k == num.i + 1 or k >= len(doc) or doc[k].pos_ != "NOUN":
        return None
    head = noun_head(doc[k])
    kind = kind_of_text(" ".join(t.text for t in doc[num.i + 1:head.i + 1]))
    return (kind, head.text, head) if kind else None


def _model_name(num: Token, text: str) -> Found | None:
    """'Russia moved 20 T-90M to the border', '12 Su-25 and 4 Ka-52 arrived': a bare equipment model counts
    that model (the tokenizer may split its name: 'T-90' 'M')."""
    found = name_at(text, num.idx + len(num.text))
    if found is None:
        return None
    after = num.doc[num.i + 1] if num.i + 1 < len(num.doc) else num
    return found[0], found[1], after


def _fronted_of(first: Token, previous: Previous) -> Found | None:
    doc, sent = first.doc, first.sent
    before = [t for t in doc[sent.start:first.i]]
    if len(before) == 3 and before[-1].text == "," and before[0].lower_ == "of" and before[1].lower_ in _ANAPHORS:
        prev = previous() or antecedent(first)       # "Of them, 300 were wounded", "Of those, 12 were children"
        return (prev[0], prev[1], first) if prev else None
    if len(before) >= 2 and before[-1].text == "," and before[0].lower_ == "of":
        nouns = [t for t in before if t.pos_ in ("NOUN", "PROPN")]
        if nouns:
            kind = kind_of_text(" ".join(t.text for t in before[1:-1]))
            if kind is not None and kind in taxonomy().within.values():
                prev = previous()                    # "40 helicopters … Of the aircraft, 25 landed": the helicopters
                if prev is not None and taxonomy().within.get(prev[0]) == kind:
                    return prev[0], prev[1], first
            return kind or nouns[-1].lower_, nouns[-1].text, first
    k = first.i - 1
    while k >= sent.start and doc[k].pos_ in ("ADV", "ADP") and doc[k].lower_ not in ("of",):
        k -= 1
    if k >= sent.start + 1 and doc[k].lower_ in ("whom", "which") and doc[k - 1].lower_ == "of":
        prev = previous()
        return (prev[0], prev[1], first) if prev else None
    return None


_REST = {"rest", "remainder", "remaining", "others", "other", "most"}


def refers_back(num: Token, first: Token) -> bool:
    """The figure is a part of a group counted before: "Of them, 300 were wounded", "40 of those", "of whom 30",
    "The remaining 20", "The rest, some 20, …", "Most of them, about 7,000, …" (its kind, side and place are the
    group's)."""
    doc = num.doc
    if num.i + 2 < len(doc) and doc[num.i + 1].lower_ == "of" and doc[num.i + 2].lower_ in _ANAPHORS:
        return True
    before = [t.lower_ for t in doc[first.sent.start:first.i]]
    if len(before) >= 2 and "of" in before[-3:] and any(w in _ANAPHORS for w in before[-3:]):
        return True                                   # "Of them, 300", "of whom at least 30"
    return bool(before) and any(w in _REST for w in before[-4:]) and not any(
        t.pos_ in ("VERB", "AUX") for t in doc[first.sent.start:first.i])


def list_label(text: str, start: int) -> str | None:
    """The label a list line puts before its figure ("• Seoul: about 3,000 …", "Personnel: about 300")."""
    line_start = text.rfind("\n", 0, start) + 1
    m = _LABEL.match(text[line_start:start])
    return m.group(1).strip() if m else None


def _label(text: str, start: int, num: Token) -> Found | None:
    label = list_label(text, start)
    if label is None:
        return None
    kind = kind_of_text(label)
    if kind is None:
        return None
    return kind, label, num


def _substantive(num: Token) -> Found | None:
    doc = num.doc
    nxt = doc[num.i + 1] if num.i + 1 < len(doc) else None
    if nxt is not None and nxt.lower_ in _SUBSTANTIVES:
        return "casualties", nxt.text, nxt
    return None


_SUBSTANTIVES = {"wounded", "injured", "dead", "killed", "missing"}
_NUMBER_VERBS = {"number", "numbers", "numbered", "total", "totals", "totalled", "totaled"}


def _numbered(num: Token, first: Token) -> Found | None:
    """'Russian instructors in the country now number around 1,890' (the parser often takes 'number' for a noun)."""
    doc, sent = num.doc, num.sent
    k = first.i - 1
    while k > sent.start and doc[k].pos_ in ("ADV", "ADP", "PART") and doc[k].lower_ not in _NUMBER_VERBS:
        k -= 1
    if k <= sent.start or doc[k].lower_ not in _NUMBER_VERBS:
        return None
    chunks = [c for c in sent.noun_chunks if c.end <= k and c.root.dep_ not in ("pobj",)]
    if not chunks:
        # "The Russian contingent numbers roughly 9,000": the parser's chunk ran on into 'numbers'
        nouns = [t for t in doc[sent.start:k] if t.pos_ == "NOUN"]
        if not nouns:
            return None
        kind, written = kind_of_tokens(list(doc[sent.start:nouns[-1].i + 1]), nouns[-1])
        return (kind, written, num) if kind else None
    # the subject of "number" when the parser found it ("Lukashenko said the contingent would number 9,000"),
    # else the first noun phrase of the sentence
    own = [c for c in chunks if c.root.head.i == k and c.root.dep_ in ("nsubj", "nsubjpass")]
    chunk = own[0] if own else chunks[0]
    kind, written = kind_of_tokens(list(chunk), chunk.root)
    return (kind, written, num) if kind else None


_POSSESSIVE_ANAPHORS = {"their", "its"}
_OBJECT_DEPS = {"dobj", "npadvmod", "attr", "oprd", "appos"}


def antecedent(tok: Token, sentences: int = 2) -> tuple[str, str] | None:
    """What a pronoun before `tok` stands for when no figure came before it: the last plural noun of a kind of the
    taxonomy in the sentences before ("Russia has moved troops into Belarus. Their number …": troops)."""
    doc = tok.doc
    start = tok.sent.start
    for _ in range(sentences):
        if start == 0:
            return None
        prev = doc[start - 1].sent
        for t in reversed(prev):
            if t.tag_ in ("NNS", "NNPS"):
                kind = kind_of_text(t.text)
                if kind:
                    return kind, t.text
        start = prev.start
    return None


def _subject(num: Token, previous: Previous) -> Found | None:
    v = governing_verb(num)
    if v is None:
        return None
    word = v.lemma_.lower()
    if word in taxonomy().victim_verbs and (num.dep_ in ("nsubj", "nsubjpass") or num.dep_ in _OBJECT_DEPS and
                                            num.head.i == v.i and num.i > v.i):
        return "people", num.text, num              # "the strike killed 12", "the fighting displaced 25,000"
    if word in taxonomy().crowd_verbs and num.dep_ == "nsubj" and num.head.i == v.i:
        return "people", num.text, num                # "Thousands protest", "some 10,000 rallied"
    subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and num not in c.subtree), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return None
    head = subj
    tax = taxonomy()
    if head.lower_ in _MEASURE_NOUNS and head.lower_ not in tax.classifiers:
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        if pobj is not None and kind_of_tokens([t for t in pobj.subtree if t.i <= pobj.i], pobj)[0]:
            head = pobj                                # "UN count of Sudanese refugees reaches 31,000": refugees
    if head.lemma_.lower() in tax.classifiers and not any(
            c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
        force = next((c for c in head.children if c.dep_ in ("compound", "poss", "nmod") and c.i < head.i
                      and _names_force(c)), None)
        if force is not None:
            return "personnel", force.text, num       # "Wagner numbers in Belarus fall to 5,000": its fighters
    if head.lower_ in tax.classifiers:                 # "the total of", "the number of"
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is None and any(c.dep_ == "poss" and c.lower_ in _POSSESSIVE_ANAPHORS for c in head.children):
            found = previous() or antecedent(num)    # "Their number stands at about 4,000": of what 'their' is
            return (found[0], found[1], num) if found else None
        # "the number of displaced": the parser may take the participle for a clause (pcomp)
        pobj = next((g for g in of.children if g.dep_ in ("pobj", "pcomp")), None) if of is not None else None
        if pobj is not None:
            head = pobj
    toks = [t for t in head.subtree if t.i <= head.i]
    kind, written = kind_of_tokens(toks, head)
    if kind is None and head.lower_ in tax.strength_nouns and word in _SIZING_VERBS:
        return "personnel", head.text, num            # "the Russian force will be slightly under 7,500": its members
    return (kind, written, num) if kind else None


def _names_force(tok: Token) -> bool:
    """A capitalised word the actor tables know as an armed force or group ("Wagner", "Hezbollah")."""
    from sitroom.analyze.actors import lookup_actor

    if not tok.text[:1].isupper():
        return False
    ent = lookup_actor(tok.text.removesuffix("'s").removesuffix("’s"))
    return ent is not None and ent.sector in FORCE_SECTORS


_SIZING_VERBS = {"be", "number", "total", "reach", "stand", "grow", "remain", "comprise", "exceed"}
_ESTIMATE_VERBS = {"put", "place", "estimate", "assess", "peg", "count", "set"}
# "increased its troop presence to 10,000", "will raise the number of troops to 300,000"
_CHANGE_VERBS = {"increase", "raise", "boost", "bring", "reduce", "cut", "expand", "lift", "double", "triple",
                 "lower", "scale", "ramp"}
_MEASURE_NOUNS = MEASURE_NOUNS


def _gone_past(num: Token, first: Token) -> Found | None:
    """'Sudanese refugees in Chad top 20,000': a headline verb of going past a figure that the parser took for a
    noun; what goes past it is the noun phrase before the verb (climbing from the word before over of/in
    phrases to their noun)."""
    if first.lower_ not in verb_cues() or first.i == 0 or first.pos_ == "VERB":
        return None
    t = first.doc[first.i - 1]
    for _ in range(4):
        if t.dep_ in ("pobj", "prep", "compound", "amod") and t.head.i < first.i and t.head.i != t.i:
            t = t.head
        else:
            break
    if t.pos_ not in ("NOUN", "PROPN"):
        return None
    kind, written = kind_of_tokens([x for x in t.subtree if x.i <= t.i], t)
    return (kind, written, num) if kind else None


def _estimated_at(num: Token) -> Found | None:
    """'X put the number of displaced people at 2.1 million', 'X estimated Russian losses at 1,200', 'the death toll
    at 54', 'increased its troop presence to 10,000': the figure after "at" (an estimate) or "to" (a change) counts
    the verb's object ("the number of X" → X)."""
    t = num
    for _ in range(3):
        if t.dep_ == "pobj" and t.head.lower_ in ("at", "to"):
            break
        if t.head.i == t.i:
            return None
        t = t.head
    else:
        return None
    at = t.head
    verbs = _ESTIMATE_VERBS if at.lower_ == "at" else _CHANGE_VERBS
    verb = next((a for a in list(at.ancestors)[:4] if a.lemma_.lower() in verbs and a.pos_ == "VERB"), None)
    if verb is None:                                  # "at" hangs on the verb, its object or the object's modifier
        return None
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.i < at.i), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN"):
        return None
    head = obj
    if head.lemma_.lower() in _MEASURE_NOUNS or head.lower_ in taxonomy().classifiers:
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        # "the number of displaced": the parser may take the participle for a clause (pcomp)
        pobj = next((g for g in of.children if g.dep_ in ("pobj", "pcomp")), None) if of is not None else None
        if pobj is None:
            kind = kind_of_text(head.text) if head.lemma_.lower() == "toll" else None
            return (kind, head.text, num) if kind else None
        head = pobj
    toks = [x for x in head.subtree if x.i <= head.i]
    kind, written = kind_of_tokens(toks, head)
    return (kind, written, num) if kind else None


_COMPARE_PREPS = {"under", "over", "below", "above", "around", "near", "about"}


def restates_count(num: Token) -> bool:
    """A bare figure that gives the size of what the text is counting, with no noun of its own: 'the figure of
    5,000', 'The number is 5,000', 'put the figure at 50,000' (a measure noun with no of-complement): it counts what
    the text counted last."""
    def bare(noun: Token) -> bool:
        return noun.lemma_.lower() in _MEASURE_NOUNS and not any(
            c.dep_ == "prep" and c.lower_ == "of" and c.i > noun.i and num not in c.subtree for c in noun.children)
    h = num.head
    if num.dep_ == "pobj" and h.lower_ == "of" and h.head.pos_ == "NOUN" and h.head.i == h.i - 1 and bare(h.head):
        return True                                            # "the figure of 5,000"
    if num.dep_ == "pobj" and h.lower_ == "of" and h.head.lemma_.lower() in ("maximum", "minimum") \
            and h.head.dep_ in ("attr", "acomp", "oprd"):
        num, h = h.head, h.head.head                           # "the real figure was a maximum of 9,000"
    if num.dep_ == "pobj" and h.lower_ in _COMPARE_PREPS and h.dep_ == "prep":
        num, h = h, h.head                                     # "The total will be slightly under 9,000"
    if num.dep_ in ("attr", "acomp", "oprd", "prep") and h.lemma_ in ("be", "remain", "stand") and any(
            c.dep_ == "nsubj" and bare(c) for c in h.children):
        return True                                            # "The number is 5,000"
    if num.dep_ == "pobj" and h.lower_ == "at":
        verb = next((a for a in list(h.ancestors)[:3] if a.lemma_.lower() in _ESTIMATE_VERBS), None)
        if verb is not None and any(c.dep_ == "dobj" and bare(c) for c in verb.children):
            return True                                        # "put the figure at 50,000"
    return False


_HOW_MANY = re.compile(r"^\s*how\s+many\s+(.+?)\s*(?:\b(?:are|is|were|will|would|have|has|did|do|does|could|can)\b.*)?\?\s*$",
                       re.IGNORECASE)


def _question_before(first: Token) -> tuple[str, str] | None:
    """A bare figure answering the question just before it ("How many troops?" / "Almost 7,500, according to both
    ministries"): the kind the question asks about. Only the first sentence after the question answers it."""
    start = first.sent.start
    if start == 0:
        return None
    prev = first.doc[start - 1].sent
    m = _HOW_MANY.match(prev.text)
    if m is None:
        return None
    kind = kind_of_text(m.group(1))
    return (kind, m.group(1)) if kind else None


def _named_since(tok: Token) -> tuple[str, str] | None:
    """What a restated count ("the total", "the figure") counts when the sentence before it names a counted noun
    but no figure: that noun is what the text is on now, not the figure further back ("eight Il-76 will fly in
    the first units. The Kremlin says the troops will leave … The total will be a little less than 7,500")."""
    start = tok.sent.start
    if start == 0:
        return None
    prev = tok.doc[start - 1].sent
    if any(t.like_num or t.pos_ == "NUM" for t in prev):
        return None
    return antecedent(tok, sentences=1)


def elliptic_kind(num: Token, first: Token, text: str, start: int, previous: Previous) -> Found | None:
    """(kind, as written, status token) for a bare figure whose first token is `first`, last number token `num`."""
    for rule in (lambda: _of_complement(num, previous), lambda: _group_of(num), lambda: _noun_after(num),
                 lambda: _model_name(num, text), lambda: _fronted_of(first, previous),
                 lambda: _label(text, start, num), lambda: _substantive(num), lambda: _estimated_at(num),
                 lambda: _numbered(num, first), lambda: _gone_past(num, first),
                 lambda: None if restates_count(num) else _subject(num, previous)):   # "the army put the number at
        # three": the count the text is on, not the army
        found = rule()
        if found is not None:
            return found
    asked = _question_before(first)
    if asked is not None:                             # "How many troops?" heading "Almost 7,500, according to …"
        return asked[0], asked[1], num
    if restates_count(num):
        named = _named_since(first)
        if named is not None:                         # "… the troops will leave. … the total will be 7,500"
            return named[0], named[1], num
    prev = previous()
    return (prev[0], prev[1], num) if prev else None
