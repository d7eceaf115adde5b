"""Russian and Ukrainian attribution: who says so, from the cues of `data/<lang>/voices.json`.

- "по данным / по словам / за даними / як повідомляє / со ссылкой на X": the first actor after the cue (in its
  clause) is the source;
- a reporting verb (заявил, сообщили, повідомили, заявив …, any form through its lemma): its subject when the
  parse gives one that is an actor, else the actor nearest to the verb in the sentence outside the reported clause
  (so "сообщило Минобороны" and "Минобороны ... заявило" both work in Ukrainian, where the parse is weak);
- an impersonal form ("сообщается", "повідомляється"): reported, no source.
The attribution covers its sentence; its `kind` is the stance ("reported", "claimed", "denied", "ordered",
"threatened") for the modality layer.
"""
from __future__ import annotations

from functools import lru_cache

from sitroom.lexicon import load_json
from sitroom.model import Attribution
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


def slavic_attributions(doc, actors) -> list[Attribution]:
    """Every attribution in a `parse_slavic` Doc, one per cue, in text order (see the module docstring)."""
    language = doc.user_data["sitroom_language"]
    stances = _stances(language)
    impersonal = phrase_table(f"{language}/voices.json", "impersonal")
    according = phrase_table(f"{language}/voices.json", "according_to")
    out: list[Attribution] = []
    for sent in doc.sents:
        lo, hi = sent.start, sent.end
        s_start, s_end = sent.start_char, sent.end_char
        used: set[int] = set()
        for i, j, _ in match_phrases(doc, according, lo, hi):
            end = next((t.i for t in doc[j:hi] if t.text in ",:;—" and t.i > j), hi)
            source = _source_after(actors, j, end)
            out.append(Attribution(source, doc[i:j].text, doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text),
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
            if source is None:
                # the nearest actor outside the reported clause: before the verb, or right after it ("сообщило X")
                clause = {c.i for c in t.children if c.dep_ in ("ccomp", "parataxis") for c in c.subtree}
                best = None
                for a, b, e in actors.in_range(lo, hi):
                    if a in clause:
                        continue
                    d = (t.i - b + 1) if b <= t.i else (a - t.i) * 1.5
                    if best is None or d < best[0]:
                        best = (d, e)
                source = best[1] if best else None
            out.append(Attribution(source, t.text, t.idx, t.idx + len(t.text), s_start, s_end, kind=stance))
        for i, j, _ in match_phrases(doc, impersonal, lo, hi):
            if not any(a.scope_start == s_start for a in out):
                out.append(Attribution(None, doc[i:j].text, doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text),
                                       s_start, s_end, kind="reported"))
    return sorted(out, key=lambda a: a.cue_start)


def slavic_source_for(attributions: list[Attribution], start: int, end: int) -> Attribution | None:
    """The attribution whose sentence holds [start, end) and is not the span itself, preferring one with a source."""
    inside = [a for a in attributions if a.scope_start <= start < a.scope_end and not a.cue_start <= start < a.cue_end]
    return next((a for a in inside if a.source is not None), inside[0] if inside else None)

