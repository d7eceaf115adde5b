"""The one place that parses Russian and Ukrainian: razdel, natasha and pymorphy3 into a spaCy `Doc`.

`parse_slavic(text, language)` returns a `spacy.tokens.Doc` whose text is `text` character for character (so every
offset a layer reads indexes the original document), with
- words and sentence starts from razdel (natasha's `Segmenter` is razdel);
- `pos_`, `morph`, `dep_` and `head` from natasha's news models (Russian-trained; they ship inside the `navec` /
  `slovnet` / `natasha` packages, nothing is downloaded) — for Ukrainian `pos_` and `morph` come from pymorphy3's
  Ukrainian dictionary instead, which knows the words natasha's Russian tagger guesses at;
- `lemma_` from pymorphy3 (its ru or uk dictionary), and every dictionary lemma of a word in `lemmas_of(token)`
  (a name lexicon matches any of them: "Києві" reads as кий or київ, "Мінську" as мінський or мінськ);
- `ents` from natasha's NER, PER/ORG/LOC as PERSON/ORG/GPE (Russian-trained: in Ukrainian text the layers rely on
  their dictionaries first).

Ukrainian apostrophes (ʼ ’ ` and ') are one character: `fold_apostrophes` maps them all to "'" one for one, so a
folded text has the same offsets; every ru/uk lexicon is written with "'".
"""
from __future__ import annotations

from functools import lru_cache

__all__ = ["APOSTROPHES", "LANGUAGES", "fold_apostrophes", "lemmas_of", "match_phrases", "parse_slavic", "phrase_table",
           "word_lemmas", "is_future", "can_be_accusative", "can_be_instrumental", "is_infinitive", "only_accusative", "verb_tense", "only_future", "past_sentence", "is_finite", "first_person", "impersonal_passive", "is_predicate"]

LANGUAGES = ("ru", "uk")
APOSTROPHES = "'ʼ’`‘"
_FOLD = str.maketrans({c: "'" for c in APOSTROPHES})

# pymorphy3 (OpenCorpora) parts of speech → Universal Dependencies
_UPOS = {"NOUN": "NOUN", "ADJF": "ADJ", "ADJS": "ADJ", "COMP": "ADJ", "VERB": "VERB", "INFN": "VERB",
         "PRTF": "VERB", "PRTS": "VERB", "GRND": "VERB", "NUMR": "NUM", "ADVB": "ADV", "NPRO": "PRON",
         "PRED": "ADV", "PREP": "ADP", "CONJ": "CCONJ", "PRCL": "PART", "INTJ": "INTJ"}
_ENT = {"PER": "PERSON", "ORG": "ORG", "LOC": "GPE"}


def fold_apostrophes(text: str) -> str:
    """Every apostrophe variant as "'" (one character for one: offsets unchanged)."""
    return text.translate(_FOLD)


@lru_cache(maxsize=2)
def _morph(language: str):
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=language)


@lru_cache(maxsize=1)
def _blas():
    """The process's BLAS thread pools: natasha's models run on one thread. Their matrix products are small (a few
    sentences by a few hundred features); OpenBLAS's threads, spinning for work on a shared two-core machine, made
    each product ~10x slower than one thread does it (same products, same results)."""
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


@lru_cache(maxsize=1)
def _natasha():
    from natasha import NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser, Segmenter

    emb = NewsEmbedding()
    return Segmenter(), NewsMorphTagger(emb), NewsSyntaxParser(emb), NewsNERTagger(emb)


@lru_cache(maxsize=1)
def _vocab():
    import spacy

    return spacy.blank("xx").vocab      # the multi-language defaults: lower_, is_space, like_num … work


@lru_cache(maxsize=65536)
def _parses(word: str, language: str) -> tuple[tuple[str, str | None, bool], ...]:
    """(normal form, UD part of speech, is a name) of each dictionary reading of `word`, best first."""
    out = []
    for p in _morph(language).parse(fold_apostrophes(word)):
        upos = _UPOS.get(p.tag.POS) if p.tag.POS else None
        name = bool({"Name", "Surn", "Patr", "Geox", "Orgn"} & set(p.tag.grammemes))
        out.append((p.normal_form, upos, name))
    return tuple(out)


# case endings of surnames the dictionaries lack ("Хренина", "Наєвим", "Гаюну"): a capitalised word also reads as
# its stem, so a name lexicon written in the nominative finds it
_NAME_ENDINGS = ("ому", "ові", "еві", "ым", "им", "ом", "ем", "ой", "ою", "ей", "а", "у", "ю", "е", "і", "я")


# Ukrainian passive participle endings and the infinitive endings of their verbs ("мобілізований" <- мобілізувати,
# "знищений" <- знищити, "перекинутий" <- перекинути, "призваний" <- призвати, "взятий" <- взяти)
_PARTICIPLE_VERBS = (("ований", ("увати", "овати")), ("йований", ("ювати",)), ("ений", ("ити", "іти")),
                     ("єний", ("їти", "ити")), ("утий", ("ути",)), ("итий", ("ити",)), ("ятий", ("яти",)),
                     ("отий", ("оти",)), ("аний", ("ати",)), ("яний", ("яти",)))
# the consonant a verb stem alternates to before -ений ("зосереджений" <- зосередити, "випущений" <- випустити,
# "виготовлений" <- виготовити)
_ALTERNATIONS = (("дж", "д"), ("щ", "ст"), ("ж", "з"), ("ч", "т"), ("ш", "с"), ("бл", "б"), ("вл", "в"), ("пл", "п"),
                 ("мл", "м"), ("фл", "ф"))


@lru_cache(maxsize=65536)
def _participle_verbs(word: str, language: str) -> frozenset[str]:
    """The verbs a Ukrainian passive participle is made from (a Russian participle: its adjective). pymorphy3's Russian dictionary gives a participle its
    verb as normal form ("мобилизованных" -> мобилизовать); its Ukrainian one gives the adjective ("мобілізовані" ->
    мобілізований), so a verb lexicon misses "мобілізовані", "перекинуті", "залучені". A reading tagged passive
    (pssv) has its normal form's ending swapped for the verb's (the stem's consonant alternation undone); a
    candidate counts only when the dictionary knows it as an infinitive."""
    morph = _morph(language)
    out = set()
    if language == "ru":
        # the other way round: a Russian participle's adjective ("мобилизованных" -> мобилизованный, the noun of a
        # noun lexicon)
        for p in morph.parse(word):
            if p.tag.POS == "PRTF":
                adj = p.inflect({"masc", "sing", "nomn"})
                if adj is not None:
                    out.add(adj.word)
        return frozenset(out)
    for p in morph.parse(fold_apostrophes(word)):
        if "pssv" not in p.tag.grammemes:
            continue
        form = p.normal_form
        ending = next((e for e in _PARTICIPLE_VERBS if form.endswith(e[0])), None)
        if ending is None:
            continue
        stem = form[:-len(ending[0])]
        stems = [stem] + [stem[:-len(a)] + b for a, b in _ALTERNATIONS if ending[0].endswith("ений") and
                          stem.endswith(a)]
        for cand in (st + verb for st in stems for verb in ending[1]):
            if morph.word_is_known(cand) and any("infn" in q.tag.grammemes and q.normal_form == cand
                                                 for q in morph.parse(cand)):
                out.add(cand)
    return frozenset(out)


@lru_cache(maxsize=65536)
def word_lemmas(word: str, language: str) -> frozenset[str]:
    """Every dictionary lemma of one word (lower case, apostrophes folded), the word itself included, a Ukrainian
    passive participle also its verb (`_participle_verbs`); a capitalised word also its stem without a surname case
    ending."""
    low = fold_apostrophes(word.lower())
    out = {low, *(p[0] for p in _parses(word, language)), *_participle_verbs(word, language)}
    if word[:1].isupper() and len(word) > 4:
        out.update(low[:-len(e)] for e in _NAME_ENDINGS if low.endswith(e))
    return frozenset(out)


def lemmas_of(token) -> frozenset[str]:
    """Every lemma of a token of a `parse_slavic` Doc (see `word_lemmas`)."""
    return token.doc.user_data["sitroom_lemmas"][token.i]


def _sentences(folded: str) -> list[list[tuple[int, int]]]:
    """(start, end) of the words of each razdel sentence, a paragraph break always ending one (a dateline line
    "25 марта 2023, 09:50" without a full stop is no part of the sentence after it); "Мін'юст", "Об'єднаних" stay
    one word (razdel cuts at the apostrophe)."""
    import re

    from razdel import sentenize, tokenize

    out = []
    paragraphs, pos = [], 0
    for m in re.finditer(r"\n[^\S\n]*\n", folded):
        paragraphs.append((pos, m.start()))
        pos = m.start()
    paragraphs.append((pos, len(folded)))
    pieces = [(p0 + sent.start, sent.text) for p0, p1 in paragraphs for sent in sentenize(folded[p0:p1])]
    for start, sent_text in pieces:
        words: list[tuple[int, int]] = []
        for t in tokenize(sent_text):
            a, b = start + t.start, start + t.stop
            if words and words[-1][1] == a and (folded[a] == "'" or folded[a - 1] == "'") and \
                    (folded[a:b] == "'" or folded[a:b].replace("-", "").isalpha()) and \
                    folded[words[-1][0]:words[-1][1]] != " ":                     # "прем'єр-міністр" too
                words[-1] = (words[-1][0], b)
            else:
                words.append((a, b))
        if words:
            out.append(words)
    return out


def _tree(heads: list[int], roots: list[int], lo: int, hi: int) -> None:
    """Make heads[lo:hi] one tree inside the sentence: a word whose chain of heads leaves the sentence or loops
    hangs from the sentence root (natasha's parser now and then returns a cycle)."""
    root = next((i for i in roots if lo <= i < hi), lo)
    heads[root] = root
    for i in range(lo, hi):
        seen, j = set(), i
        while heads[j] != j and lo <= heads[j] < hi and j not in seen:
            seen.add(j)
            j = heads[j]
        if j != root:
            heads[i] = root if i != root else i


@lru_cache(maxsize=65536)
def _grammemes(word: str, language: str) -> frozenset[str]:
    return frozenset(g for p in _morph(language).parse(fold_apostrophes(word)) for g in p.tag.grammemes)


def _with_surname(doc, span, ents: list, language: str):
    """A person's name the Russian-trained NER cut after the first name ("речник Повітряних сил Юрій | Ігнат"): the
    capitalised word right after a first name, when the dictionary reads it as a surname, belongs to the name."""
    from spacy.tokens import Span

    k = span.end
    if span.label_ != "PERSON" or k >= len(doc) or not span[-1].whitespace_ or any(e.start <= k < e.end for e in ents):
        return span
    nxt = doc[k]
    if nxt.text[:1].isupper() and nxt.text.isalpha() and "Name" in _grammemes(span[-1].text, language) and \
            "Surn" in _grammemes(nxt.text, language):
        return Span(doc, span.start, k + 1, label=span.label_)
    return span


def _nameable(span, language: str) -> bool:
    """Whether an NER span can be a name: not one word the dictionary reads only as an adverb, adjective or function
    word (the Russian-trained NER takes a capitalised "Раніше", "Також" opening a Ukrainian sentence for a person)."""
    if len(span) > 1:
        return True
    parses = _parses(span[0].text, language)
    return not parses or any(upos in ("NOUN", None) or name for _, upos, name in parses)


def parse_slavic(text: str, language: str):
    """A spaCy Doc of Russian or Ukrainian `text` (see the module docstring)."""
    if language not in LANGUAGES:
        raise ValueError(f"parse_slavic reads {', '.join(LANGUAGES)}, not {language!r}")
    from spacy.tokens import Doc

    _segmenter, tagger, syntax, ner = _natasha()
    folded = fold_apostrophes(text)
    sents = _sentences(folded)
    words, spaces, pos, morphs, lemmas, heads, deps, starts, all_lemmas = ([] for _ in range(9))
    roots: list[int] = []
    bounds: list[tuple[int, int]] = []
    cursor = 0

    def gap(s: str) -> None:
        if not s:
            return
        if s == " " and words:
            spaces[-1] = True
            return
        body = s[:-1] if s.endswith(" ") and len(s) > 1 else s
        i = len(words)
        words.append(body); spaces.append(body != s); pos.append("SPACE"); morphs.append(""); lemmas.append(body)
        heads.append(i - 1 if i and not starts_pending[0] else i + 1); deps.append("dep")
        starts.append(False); all_lemmas.append(frozenset())

    starts_pending = [True]
    batch = [[folded[a:b] for a, b in sent] for sent in sents]
    # one call of each model for all the sentences (a call per sentence cost most of the parse), on one BLAS thread
    with _blas().limit(limits=1, user_api="blas"):
        all_tags = [m.tokens for m in tagger.map(batch)] if language == "ru" and batch else None
        all_trees = [m.tokens for m in syntax.map(batch)] if batch else []
        spans = list(ner(folded).spans) if sents else []
    for n, sent in enumerate(sents):
        tags = all_tags[n] if all_tags is not None else None
        tree = all_trees[n]
        gap(text[cursor:sent[0][0]])
        first = len(words)
        starts_pending[0] = False
        at: list[int] = []          # doc index of each word of the sentence (whitespace tokens sit between them)
        raw: list[int] = []         # natasha's head of each word, as an index into the sentence
        for k, (a, b) in enumerate(sent):
            if k:
                gap(text[cursor:a])
            word = text[a:b]
            parses = _parses(word, language)
            if tags is not None and tags[k].pos:
                upos = tags[k].pos
                feats = "|".join(f"{x}={y}" for x, y in sorted((tags[k].feats or {}).items()))
                lemma = next((p[0] for p in parses if p[1] == upos or (upos == "PROPN" and p[1] == "NOUN")),
                             parses[0][0] if parses else word.lower())
            else:
                # a closed-class reading first: the Ukrainian dictionary lists "до", "про", "під" as nouns (the note,
                # the "pro") and "на" as a particle before their preposition readings
                best = next((p for p in parses if p[1] == "ADP" and word.islower()), None) or (
                    parses[0] if parses else (word.lower(), None, False))
                upos = best[1] or ("PUNCT" if not any(c.isalnum() for c in word)
                                   else "NUM" if word[0].isdigit() else "X")
                if upos == "NOUN" and best[2]:
                    upos = "PROPN"
                feats, lemma = "", best[0]
            rel = tree[k].rel or "dep"
            raw.append(int(tree[k].head_id) - 1 if tree[k].head_id not in (None, "0") else k)
            if rel == "root":
                roots.append(len(words))
            at.append(len(words))
            words.append(word); spaces.append(False); pos.append(upos); morphs.append(feats); lemmas.append(lemma)
            heads.append(0); deps.append("ROOT" if rel == "root" else rel); starts.append(k == 0)
            all_lemmas.append(word_lemmas(word, language))
            cursor = b
        for k, h in enumerate(raw):
            heads[at[k]] = at[h] if 0 <= h < len(at) else at[k]
        bounds.append((first, len(words)))
    starts_pending[0] = False
    gap(text[cursor:])
    if heads and heads[-1] >= len(heads):                 # whitespace at the very end of a text of only whitespace
        heads[-1] = len(heads) - 1
    for i, h in enumerate(heads):                          # leading whitespace hangs from the first word
        if h >= len(heads):
            heads[i] = i
    for lo, hi in bounds:
        _tree(heads, roots, lo, hi)
    for i in range(len(heads)):
        if heads[i] == i and deps[i] != "dep":
            deps[i] = "ROOT"
        elif heads[i] != i and deps[i] == "ROOT":
            deps[i] = "dep"
    if not words:                                          # nothing but nothing: still a ru/uk Doc every layer reads
        empty = Doc(_vocab(), words=[])
        empty.user_data["sitroom_lemmas"] = []
        empty.user_data["sitroom_language"] = language
        return empty
    doc = Doc(_vocab(), words=words, spaces=spaces, pos=pos, morphs=morphs, lemmas=lemmas, heads=heads, deps=deps)
    ents = []
    for span in spans:
        s = doc.char_span(span.start, span.stop, label=_ENT.get(span.type, "MISC"), alignment_mode="expand")
        if s is not None and (not ents or s.start >= ents[-1].end) and _nameable(s, language):
            ents.append(s)
    doc.ents = [_with_surname(doc, e, ents, language) for e in ents]
    doc.user_data["sitroom_lemmas"] = all_lemmas
    doc.user_data["sitroom_language"] = language
    return doc


def _phrase_index(phrases) -> dict[str, list[tuple[tuple[str, ...], object]]]:
    """First word → (words, value) of each phrase, longest first."""
    index: dict[str, list] = {}
    for key, value in phrases:
        words = tuple(fold_apostrophes(key.lower()).split())
        index.setdefault(words[0], []).append((words, value))
    for rows in index.values():
        rows.sort(key=lambda r: -len(r[0]))
    return index


@lru_cache(maxsize=64)
def phrase_table(name: str, key: str) -> dict:
    """A lexicon's phrases (`data/<name>` at `key`: an object of "space-separated lemmas" → value, or a list of
    phrases, each a string or a list of words) indexed for `match_phrases`."""
    from sitroom import lexicon

    node = lexicon.load_json(name)
    for part in key.split("."):
        node = node[part]
    if isinstance(node, dict):
        items = node.items()
    else:
        items = ((w if isinstance(w, str) else " ".join(w), True) for w in node)
    return _phrase_index(items)


def match_phrases(doc, table: dict, lo: int = 0, hi: int | None = None) -> list[tuple[int, int, object]]:
    """(first token, end token, value) of each phrase of `table` (see `phrase_table`) in doc[lo:hi], left to right,
    longest match first and not overlapping: a word matches a phrase word when any of its lemmas (or its own lower
    case form) is that word; whitespace tokens are skipped."""
    hi = len(doc) if hi is None else hi
    words = [i for i in range(lo, hi) if not doc[i].is_space]
    out, k = [], 0
    lem = doc.user_data["sitroom_lemmas"]
    while k < len(words):
        best = None
        for first in lem[words[k]]:
            for phrase, value in table.get(first, ()):
                n = len(phrase)
                if k + n <= len(words) and all(phrase[m] in lem[words[k + m]] for m in range(1, n)):
                    if best is None or n > best[1]:
                        best = (phrase, n, value)
                    break
        if best:
            out.append((words[k], words[k + best[1] - 1] + 1, best[2]))
            k += best[1]
        else:
            k += 1
    return out


@lru_cache(maxsize=65536)
def is_future(word: str, language: str) -> bool:
    """Whether the dictionary's best verb reading of `word` is in the future tense ("прибудут", "прибудуть")."""
    for p in _morph(language).parse(fold_apostrophes(word)):
        if p.tag.POS == "VERB":
            return p.tag.tense == "futr"
    return False


@lru_cache(maxsize=65536)
def verb_tense(word: str, language: str) -> str | None:
    """The tense ("futr", "past", "pres") of the dictionary's best verb reading of `word`; None when it has none."""
    for p in _morph(language).parse(fold_apostrophes(word.lower())):
        if p.tag.POS == "VERB":
            return p.tag.tense
    return None


@lru_cache(maxsize=65536)
def only_future(word: str, language: str) -> bool:
    """Whether every verb reading of `word` is in the future tense: "составит", "прибуде" yes; "перебуває", which
    the Ukrainian dictionary also reads as a future, no."""
    tenses = {p.tag.tense for p in _morph(language).parse(fold_apostrophes(word)) if p.tag.POS == "VERB"}
    return tenses == {"futr"}


@lru_cache(maxsize=65536)
def future_or_infinitive(word: str, language: str) -> bool:
    """Whether `word` reads only as a future or an infinitive of one verb, with a future among them: Ukrainian's
    short infinitives share a form with the perfective future ("перекинуть", "направлять": they will move / send)."""
    readings = [p.tag for p in _morph(language).parse(fold_apostrophes(word)) if p.tag.POS in ("VERB", "INFN")]
    # the Ukrainian dictionary tags an infinitive "VERB,… infn", the Russian one "INFN"
    return any(t.tense == "futr" for t in readings) and all(
        t.tense == "futr" or t.POS == "INFN" or "infn" in str(t).replace(",", " ").split() for t in readings)


@lru_cache(maxsize=65536)
def _predicate_tenses(word: str, language: str) -> frozenset[str | None]:
    """The tenses of the verb and short participle readings of `word`."""
    return frozenset(p.tag.tense for p in _morph(language).parse(fold_apostrophes(word)) if p.tag.POS in ("VERB", "PRTS"))


def past_sentence(span) -> bool:
    """Whether a sentence of a `parse_slavic` Doc tells the past: its first finite verb (or short participle) is in
    the past tense ("Ранее Польша поставила 14 танков" yes; "Группировка составит 9 тысяч" no)."""
    language = span.doc.user_data.get("sitroom_language", "ru")
    for t in span:
        if t.pos_ in ("VERB", "AUX") and t.text[:1].isalpha():
            tenses = _predicate_tenses(t.text, language)
            if tenses:
                return tenses == {"past"}
    return False


@lru_cache(maxsize=65536)
def is_infinitive(word: str, language: str) -> bool:
    """Whether `word` reads as an infinitive ("разместить", "прийняти")."""
    return any(p.tag.POS == "INFN" or "infn" in p.tag.grammemes
               for p in _morph(language).parse(fold_apostrophes(word)))


def can_be_accusative(word: str, language: str) -> bool:
    """Whether `word` has a reading as an accusative noun ("подготовку", "навчання"; not "Гомелю")."""
    return any(p.tag.POS == "NOUN" and p.tag.case == "accs" for p in _morph(language).parse(fold_apostrophes(word)))


def can_be_nominative(word: str, language: str) -> bool:
    """Whether `word` has a reading in the nominative case ("Россия", "противник"; not "Беларуси", "Росії")."""
    return any(p.tag.case == "nomn" for p in _morph(language).parse(fold_apostrophes(word)))


def can_be_genitive(word: str, language: str) -> bool:
    """Whether `word` has a reading in the genitive case ("Генштабу" has none, "Беларуси", "військ" have)."""
    return any(p.tag.case in ("gent", "gen2") for p in _morph(language).parse(fold_apostrophes(word)))


_PERSONAL = frozenset({"Name", "Surn", "Patr"})


def name_cases(word: str, language: str) -> frozenset[str]:
    """The cases `word` can be in as part of one person's name: a first name, surname or patronymic in the singular
    only ("Олександри" is the genitive of Олександра, not a plural nominative of Олександр)."""
    return frozenset(p.tag.case for p in _morph(language).parse(fold_apostrophes(word))
                     if p.tag.case and not (p.tag.number == "plur" and _PERSONAL & set(p.tag.grammemes)))


def can_be_person(word: str, language: str) -> bool:
    """Whether `word` can be a person's name: a reading as a first name, surname or patronymic, or a word the
    dictionary does not know ("Головного", a known adjective, is none; "Демченко", "Буданов" are)."""
    m = _morph(language)
    w = fold_apostrophes(word)
    return not m.word_is_known(w.lower()) or any(_PERSONAL & set(p.tag.grammemes) for p in m.parse(w))


def is_adjective(word: str, language: str) -> bool:
    """Whether every reading of `word` is an adjective or participle ("российской", "військової"; not "техники")."""
    parses = _morph(language).parse(fold_apostrophes(word.strip(".,;:!?»\")")))
    return bool(parses) and all(p.tag.POS in ("ADJF", "PRTF") for p in parses)


def attribute_of(adjective: str, noun: str, language: str) -> bool:
    """Whether `adjective` can be an adjective agreeing with the noun `noun` after it (a case and number both can
    be in; "військової техніки", "военной техники"; not "військові прибули")."""
    m = _morph(language)
    adj = {(p.tag.case, p.tag.number) for p in m.parse(fold_apostrophes(adjective)) if p.tag.POS in ("ADJF", "PRTF")}
    nouns = {(p.tag.case, p.tag.number) for p in m.parse(fold_apostrophes(noun)) if p.tag.POS == "NOUN"}
    return bool(adj & nouns)


def can_be_instrumental(word: str, language: str) -> bool:
    """Whether `word` has a reading in the instrumental case ("перемещенными", "пораненими", "погибшими")."""
    return any(p.tag.case == "ablt" for p in _morph(language).parse(fold_apostrophes(word)))


def only_instrumental(word: str, language: str) -> bool:
    """Whether `word` reads in the instrumental and never in the genitive ("Украиной", "Україною"; not "Украины"):
    after "с / з" a partner or neighbour ("граница с Украиной"), not an origin ("с Украины")."""
    cases = {p.tag.case for p in _morph(language).parse(fold_apostrophes(word))}
    return "ablt" in cases and not cases & {"gent", "gen2"}


def only_accusative(word: str, language: str) -> bool:
    """Whether `word` reads as an accusative noun and never as a nominative ("Белгородчину", "Харківщину"; not
    "Київ", also a nominative, so a subject)."""
    cases = {p.tag.case for p in _morph(language).parse(fold_apostrophes(word)) if p.tag.POS == "NOUN"}
    return "accs" in cases and "nomn" not in cases


@lru_cache(maxsize=65536)
def is_finite(word: str, language: str) -> bool:
    """Whether `word` reads as a verb form that can report ("заявил", "повідомив", "заявив", "сообщая", "заявлено"),
    not only as a participle or adjective that qualifies a noun ("заявленная численность", "подтверждённых фото")."""
    tags = [p.tag for p in _morph(language).parse(fold_apostrophes(word))]
    if any(t.POS in ("VERB", "INFN", "GRND") for t in tags):
        return True
    return not any(t.POS in ("PRTF", "ADJF", "PRTS") for t in tags)


@lru_cache(maxsize=65536)
def first_person(word: str, language: str) -> bool:
    """Whether every verb reading of `word` is in the first person ("фиксируем", "вважаємо", "оцениваем")."""
    persons = {p.tag.person for p in _morph(language).parse(fold_apostrophes(word)) if p.tag.POS == "VERB"}
    return bool(persons) and persons <= {"1per"}


@lru_cache(maxsize=65536)
def impersonal_passive(word: str, language: str) -> bool:
    """An impersonal passive that names no speaker ("підтверджено", "знищено"; "подтверждено", "уничтожено")."""
    tags = [p.tag for p in _morph(language).parse(fold_apostrophes(word))]
    if language == "uk":
        return bool(tags) and all(t.POS == "VERB" and "Impe" in t for t in tags)
    return bool(tags) and all(t.POS == "PRTS" and t.gender == "neut" for t in tags)


@lru_cache(maxsize=65536)
def short_passive(word: str, language: str) -> bool:
    """A passive predicate with no agent of its own: a short passive participle in Russian ("сбиты", "уничтожены",
    "уничтожено"), an impersonal "-но / -то" form in Ukrainian ("знищено", "збито")."""
    tags = [p.tag for p in _morph(language).parse(fold_apostrophes(word.lower()))]
    if language == "uk":
        return impersonal_passive(word.lower(), language)
    return bool(tags) and tags[0].POS == "PRTS" and all(t.POS == "PRTS" for t in tags[:2])


@lru_cache(maxsize=65536)
def is_predicate(word: str, language: str) -> bool:
    """Whether `word` can be the verb of a clause: a finite verb, an infinitive, a short participle ("выявлено",
    "размещен") or a Ukrainian impersonal ("знищено") — not a full participle or adjective."""
    return any(p.tag.POS in ("VERB", "INFN", "PRTS") for p in _morph(language).parse(fold_apostrophes(word)))
