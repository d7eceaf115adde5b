"""Russian and Ukrainian PLOVER events: triggers from `data/<lang>/coder.json` (lemmas, so every form of a verb or
noun), with the English coder's types and modes and two of its flags (mil: only with armed forces in the sentence;
pol: only with a named leader or government).

The actor is the trigger's subject when the parse gives one that is an actor, else the actor nearest the trigger in
its sentence (right after it first: Slavic news puts the subject after the verb, "прибыли российские военные"),
never the source of a reporting cue. The place is a place named after a place preposition ("в Минске",
"у Харкові"); "в страну" / "до країни" is the last country named before it.
"""
from __future__ import annotations

from functools import lru_cache

from sitroom.lexicon import load_json
from sitroom.model import EventMention
from sitroom.nlp_slavic import lemmas_of, match_phrases, only_accusative, phrase_table

__all__ = ["slavic_events"]

_ARMED = {"MIL"}
_POLITICAL = {"LEADER", "GOV"}


@lru_cache(maxsize=4)
def _coder(language: str) -> dict:
    data = load_json(f"{language}/coder.json")
    return {"military": frozenset(data["military_words"]), "preps": frozenset(data["location_prepositions"]),
            "country_nouns": frozenset(data["country_nouns"])}


def _reading(readings, armed: bool, political: bool):
    for type_, mode, flags in readings:
        flags = set(filter(None, flags.split(",")))
        if "mil" in flags and not armed or "nomil" in flags and armed or "pol" in flags and not political:
            continue
        return type_, mode or None
    return None


def slavic_events(doc, actors, places, attributions) -> list[EventMention]:
    """Event mentions of a `parse_slavic` Doc; `actors` a `SlavicActors`, `places` from `slavic_places`,
    `attributions` from `slavic_attributions` (their sources are not event actors)."""
    language = doc.user_data["sitroom_language"]
    lex = _coder(language)
    table = phrase_table(f"{language}/coder.json", "triggers")
    sources = {a.source.start for a in attributions if a.source is not None}
    cues = {a.cue_start for a in attributions}
    in_actor = {k for a, b, _ in actors.mentions for k in range(a, b)}
    out: list[EventMention] = []
    for sent in doc.sents:
        lo, hi = sent.start, sent.end
        mentions = [m for m in actors.in_range(lo, hi) if m[2].start not in sources]
        for i, j, readings in match_phrases(doc, table, lo, hi):
            t = doc[i]
            if t.idx in cues and not any(r[0] in ("ACCUSE", "THREATEN", "REQUEST", "REJECT") for r in readings):
                continue
            armed = any(lemmas_of(x) & lex["military"] for x in sent if not i <= x.i < j) or \
                any(e.sector in _ARMED for _, _, e in mentions)
            political = any(e.sector in _POLITICAL for _, _, e in mentions)
            got = _reading(readings, armed, political)
            if got is None:
                continue
            actor = _actor(t, mentions, actors, j)
            recipient = next((actors.covering(c.i) for c in t.children if c.dep_ in ("obj", "iobj")
                              and actors.covering(c.i) not in (None, actor)), None)
            where = _place(doc, places, in_actor, lex, i, lo, hi)
            a, b = t.idx, doc[j - 1].idx + len(doc[j - 1].text)
            out.append(EventMention(type=got[0], mode=got[1], trigger=doc.text[a:b], trigger_start=a, trigger_end=b,
                                    sentence_start=sent.start_char, sentence_end=sent.end_char, actor=actor,
                                    recipient=recipient, location=where, cue=f"{language}:{doc[i:j].lemma_}"))
    return out


def _actor(t, mentions, actors, j):
    for c in t.children:
        if c.dep_ in ("nsubj", "nsubj:pass"):
            e = actors.covering(c.i)
            if e is not None and any(e is m[2] for m in mentions):
                return e
    after = [m for m in mentions if j <= m[0] <= j + 3]
    if after:
        return after[0][2]
    before = [m for m in mentions if m[1] <= t.i]
    return before[-1][2] if before else None


def _place(doc, places, in_actor, lex, i, lo, hi):
    best = None
    for a, b, p in places:
        if not lo <= a < hi:
            continue
        prev = next((x for x in reversed(doc[max(lo, a - 3):a]) if not x.is_space), None)
        if 0 < a - i <= 2 and all(x.pos_ in ("ADJ", "DET", "SPACE") for x in doc[i + 1:a]):
            pass                                   # the trigger's object: "обстріляли Харків"
        elif b == i and b - a == 1 and only_accusative(doc[a].text, doc.user_data["sitroom_language"]):
            pass                                   # its object put first: "Белгородчину атаковали 15 дронов"
        elif a in in_actor:
            continue
        elif prev is None or prev.lower_ not in lex["preps"] and not (prev.pos_ == "ADJ" and a - 2 >= lo
                                                                    and doc[a - 2].lower_ in lex["preps"]):
            continue
        d = abs(a - i)
        if best is None or d < best[0]:
            best = (d, p)
    if best:
        return best[1]
    for x in doc[lo:hi]:                      # "в страну прибыли": the last country named before
        if lemmas_of(x) & lex["country_nouns"] and x.i > lo and doc[x.i - 1].lower_ in lex["preps"]:
            named = [p for a, b, p in places if b <= x.i and p.kind == "country"]
            if named:
                return named[-1]
    return None
