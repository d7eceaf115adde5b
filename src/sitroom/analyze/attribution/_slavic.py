"""Russian and Ukrainian attribution: who says so, from the cues of `data/<lang>/voices.json`.

- "по данным / по словам / за даними / як повідомляє / со ссылкой на X": the first actor after the cue (in its
  clause) is the source;
- a reporting verb (заявил, сообщили, повідомили, заявив …, any form through its lemma): its subject when the
  parse gives one that is an actor, else the actor nearest to the verb in the sentence outside the reported clause
  (so "сообщило Минобороны" and "Минобороны ... заявило" both work in Ukrainian, where the parse is weak);
- an impersonal form ("сообщается", "повідомляється"): reported, no source;
- a pronoun ("по его словам", "сказал он", "за їхніми даними") is the last named source before it; a first-person
  cue ("по нашим подсчетам", "за нашими оцінками") and "по разным оценкам" name no one (the outlet's voice);
- a cue whose source is no actor the lexicons know takes the noun it names as written ("по оценкам аналитиков",
  "мониторы отмечают", "зазначають у місії"), without a country.
The attribution covers its sentence; its `kind` is the stance ("reported", "claimed", "denied", "ordered",
"threatened") for the modality layer.
"""
from __future__ import annotations

from functools import lru_cache

from sitroom.lexicon import load_json
from sitroom.model import Attribution, Entity
from sitroom.nlp_slavic import lemmas_of, match_phrases, phrase_table

__all__ = ["slavic_attributions", "slavic_source_for"]


@lru_cache(maxsize=4)
def _stances(language: str) -> dict[str, str]:
    verbs = load_json(f"{language}/voices.json")["reporting_verbs"]
    return {lemma: stance for stance, lemmas in verbs.items() for lemma in lemmas}


def _source_after(actors, a: int, hi: int):
    for i, j, e in actors.mentions:
        if a <= i < hi:
            return e
    return None


@lru_cache(maxsize=4)
def _cue_words(language: str) -> dict[str, frozenset[str]]:
    data = load_json(f"{language}/voices.json")
    return {k: frozenset(data[k]) for k in ("pronoun_sources", "own_voice", "vague_sources")}


def _noun(doc, i: int) -> Entity | None:
    """The noun phrase at token i as a source named as written: the noun and the genitive nouns after it."""
    t = doc[i]
    end = i + 1
    while end < len(doc) and end - i < 3 and doc[end].pos_ in ("NOUN", "PROPN") and not doc[end].is_space:
        end += 1
    a, b = t.idx, doc[end - 1].idx + len(doc[end - 1].text)
    return Entity(text=doc.text[a:b], name=None, start=a, end=b)


def _noun_near(doc, k: int, lo: int, hi: int, step: int, skip: set[int]) -> Entity | None:
    """The first noun within three words of token k in one direction (adjectives, prepositions and spaces skipped;
    never across punctuation)."""
    seen, j = 0, k + step
    while lo <= j < hi and seen < 3:
        t = doc[j]
        if t.is_space:
            j += step
            continue
        if t.is_punct or j in skip:
            return None
        if t.pos_ in ("NOUN", "PROPN") and t.text[:1].isalpha():
            return _noun(doc, j)
        if t.pos_ not in ("ADJ", "ADP", "DET"):
            return None
        seen += 1
        j += step
    return None


def slavic_attributions(doc, actors) -> list[Attribution]:
    """Every attribution in a `parse_slavic` Doc, one per cue, in text order (see the module docstring)."""
    language = doc.user_data["sitroom_language"]
    stances = _stances(language)
    words = _cue_words(language)
    impersonal = phrase_table(f"{language}/voices.json", "impersonal")
    according = phrase_table(f"{language}/voices.json", "according_to")
    out: list[Attribution] = []
    last: list[Entity] = []                                  # the last named source, for "по его словам"

    def named(source):
        if source is not None:
            last[:] = [source]
        return source

    for sent in doc.sents:
        lo, hi = sent.start, sent.end
        s_start, s_end = sent.start_char, sent.end_char
        used: set[int] = set()
        for i, j, _ in match_phrases(doc, according, lo, hi):
            end = next((t.i for t in doc[j:hi] if t.text in ",:;—" and t.i > j), hi)
            cue = {t.lower_ for t in doc[i:j]} | {w for t in doc[i:j] for w in lemmas_of(t)}
            if cue & (words["own_voice"] | words["vague_sources"]):
                source = None
            elif cue & words["pronoun_sources"]:
                source = last[0] if last else None
            else:
                source = _source_after(actors, j, end) or _noun_near(doc, j - 1, lo, end, 1, set())
            out.append(Attribution(named(source), doc[i:j].text, doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text),
                                   s_start, s_end, kind="according_to"))
            used.update(range(i, j))
        for t in sent:
            if t.i in used or t.pos_ not in ("VERB", "AUX", "X", "NOUN", "ADJ"):
                continue
            stance = next((stances[w] for w in lemmas_of(t) if w in stances), None)
            if stance is None:
                continue
            source = None
            # natasha's parse of Ukrainian is Russian-trained and often wrong: there, position only
            subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubj:pass")] if language == "ru" else []
            for c in subj:
                source = actors.covering(c.i)
                if source:
                    break
            clause = {c.i for c in t.children if c.dep_ in ("ccomp", "parataxis") for c in c.subtree}
            if source is None:
                # the nearest actor outside the reported clause: before the verb, or right after it ("сообщило X")
                best = None
                for a, b, e in actors.in_range(lo, hi):
                    if a in clause:
                        continue
                    d = (t.i - b + 1) if b <= t.i else (a - t.i) * 1.5
                    if best is None or d < best[0]:
                        best = (d, e)
                source = best[1] if best else None
            if source is None:
                near = [x for x in doc[max(lo, t.i - 2):min(hi, t.i + 3)] if not x.is_space and x.i != t.i]
                if any(x.lower_ in words["pronoun_sources"] for x in near):
                    source = last[0] if last else None          # "сказал он", "він заявив"
                else:
                    source = next((c for c in subj if c.pos_ in ("NOUN", "PROPN")), None)
                    source = _noun(doc, source.i) if source is not None else (
                        _noun_near(doc, t.i, lo, hi, -1, clause) or _noun_near(doc, t.i, lo, hi, 1, clause))
            out.append(Attribution(named(source), t.text, t.idx, t.idx + len(t.text), s_start, s_end, kind=stance))
        for i, j, _ in match_phrases(doc, impersonal, lo, hi):
            if not any(a.scope_start == s_start for a in out):
                source = _noun_near(doc, j - 1, lo, hi, 1, set()) if doc[j - 1].pos_ == "VERB" else None
                out.append(Attribution(source, doc[i:j].text, doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text),
                                       s_start, s_end, kind="reported"))
    return sorted(out, key=lambda a: a.cue_start)


def slavic_source_for(attributions: list[Attribution], start: int, end: int) -> Attribution | None:
    """The attribution whose sentence holds [start, end) and is not the span itself, preferring one with a source."""
    inside = [a for a in attributions if a.scope_start <= start < a.scope_end and not a.cue_start <= start < a.cue_end]
    return next((a for a in inside if a.source is not None), inside[0] if inside else None)

