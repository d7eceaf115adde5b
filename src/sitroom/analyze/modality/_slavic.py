"""Russian and Ukrainian modality from the cues of `data/<lang>/voices.json`, with the English priorities
(`PRIORITY`): negated > denied > conditional > ordered > threatened > planned > hypothetical > alleged > claimed >
reported > asserted.

Read in the event's sentence: negation right before the trigger ("не прибыли"); a condition mark before it ("если",
"якщо"); an order or threat verb, or a threat noun governing the trigger ("загроза наступу"), a planning verb ("планирует", "планує", "намерен"), the future auxiliary
("будет", "буде") or a perfective verb in the future tense ("прибудут") for planned; possibility words ("может",
"можливо") for hypothetical; hedges ("якобы", "нібито") for alleged; the attribution's stance for the rest.
"""
from __future__ import annotations

from functools import lru_cache

from sitroom.analyze.modality._rules import PRIORITY
from sitroom.lexicon import load_json
from sitroom.nlp_slavic import is_future, lemmas_of, match_phrases, phrase_table

__all__ = ["slavic_modality", "slavic_future_words"]

_STANCE = {"reported": "reported", "according_to": "reported", "claimed": "claimed", "denied": "denied",
           "ordered": "ordered", "threatened": "threatened"}


@lru_cache(maxsize=4)
def _words(language: str) -> dict[str, frozenset]:
    data = load_json(f"{language}/voices.json")
    keys = ("negation", "hedges", "future_aux", "plan_governors", "plan_words", "order_governors",
            "threat_governors", "threat_nouns", "hypothetical", "condition_marks", "negative_governors")
    return {k: frozenset(w for w in data[k]) for k in keys}


def slavic_future_words(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """(future auxiliaries, lemmas of planning: governors and plan words) — what makes a ru/uk statement planned."""
    w = _words(language)
    return w["future_aux"], w["plan_governors"] | w["plan_words"]


def slavic_modality(doc, trigger_i: int, attribution) -> str:
    """The modality of the event whose trigger is token `trigger_i` of a `parse_slavic` Doc."""
    language = doc.user_data["sitroom_language"]
    w = _words(language)
    t = doc[trigger_i]
    sent = t.sent
    found: set[str] = set()
    before = [x for x in doc[max(sent.start, trigger_i - 3):trigger_i] if not x.is_space]
    if before and before[-1].lower_ in w["negation"]:
        found.add("negated")
    scope = [x for x in doc[sent.start:trigger_i + 1]]
    head = next((x for x in reversed(before) if x.pos_ != "ADJ"), None)
    if head is not None and lemmas_of(head) & w["threat_nouns"]:
        found.add("threatened")                    # "загроза наступу", "угроза нового вторжения"
    for x in doc[sent.start:trigger_i]:
        lem = lemmas_of(x)
        if x.i > sent.start and doc[x.i - 1].lower_ in w["negation"] and \
                (lem & (w["plan_governors"] | w["order_governors"] | w["threat_governors"])
                 or x.lower_ in w["future_aux"]):
            found.add("negated")                   # "не планирует наступление", "не будут участвовать"
        if lem & w["negative_governors"]:
            found.add("negated")
        if lem & w["condition_marks"]:
            found.add("conditional")
        if lem & w["order_governors"]:
            found.add("ordered")
        if lem & w["threat_governors"]:
            found.add("threatened")
        if lem & (w["plan_governors"] | w["plan_words"]) or x.lower_ in w["future_aux"]:
            found.add("planned")
        if x.lower_ in w["hypothetical"] or lem & w["hypothetical"]:
            found.add("hypothetical")
    for x in scope:
        if x.lower_ in w["hedges"] or lemmas_of(x) & w["hedges"]:
            found.add("alleged")
    for i, j, _ in match_phrases(doc, phrase_table(f"{language}/voices.json", "hedges"), sent.start, trigger_i + 1):
        found.add("alleged")
    if t.pos_ == "VERB" and is_future(t.text, language):
        found.add("planned")
    if t.pos_ != "VERB" and any(x.pos_ in ("VERB", "AUX") and (is_future(x.text, language) or x.lower_ in w["future_aux"])
                                for x in doc[trigger_i + 1:min(sent.end, trigger_i + 3)]):
        found.add("planned")                       # "учения пройдут": a noun trigger with a future verb
    if attribution is not None:
        found.add(_STANCE.get(attribution.kind, "reported"))
    return next((m for m in PRIORITY if m in found), "asserted")
