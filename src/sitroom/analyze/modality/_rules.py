"""Modality: in what voice an event is told. `classify(doc, token_i, attribution)` → one of `model.MODALITIES`.

Semantics
- asserted     — the outlet's own voice, told as fact ("Russian forces shelled Kharkiv"). A reporting act itself
                 ("X announced …", trigger "announced", attribution kind "self") is asserted too.
- reported     — attributed to a source with a neutral reporting cue (said, reported, announced, told, confirmed,
                 according to, citing, "was posted by", "the message reads").
- claimed      — attributed with a stance verb of claiming: claimed, insisted, alleged (verb), accused … of,
                 boasted, maintained, asserted.
- alleged      — a hedge on the event itself: alleged, purported, so-called, supposed, suspected (adjectives on a
                 nominal trigger or on the message that shows it), reportedly, allegedly, purportedly, apparently.
- planned      — future or intention: will/shall, "would" in a clause reported after a past reporting verb
                 ("announced that troops would be transferred" — future in the past), "is to be", plan/intend/
                 expect/prepare/aim/schedule/"set to"/"due to"/"going to" + infinitive, "plans to", "planned attack".
- ordered      — an order governs the event: ordered/instructed/directed/commanded (+ object/infinitive/clause),
                 "told X to", "were ordered to", "an order to mobilise".
- threatened   — threatened to / threatened that / vowed to (a party committing to act against another), a threat
                 noun as object ("threatened an intervention"), "warned that X would/could/will …".
- hypothetical — would/could/might/may/must without a condition, or "possible/potential/likely" on a nominal trigger.
- conditional  — an if/unless/provided/"in case (of)"/"should X happen" clause governs the event, or the event sits
                 inside that condition.
- denied       — a source denies it: denied/rejected/dismissed/refuted (+ that-clause, "reports that …",
                 "denied carrying out …", "denied any involvement in …").
- negated      — the event is negated: not/n't/never on its verb, "no"/"neither" on a nominal trigger or its subject,
                 "none of … / nobody / nothing" as subject, "failed/refused to".

Priority when several apply (first wins):
negated > denied > conditional > ordered > threatened > planned > hypothetical > alleged > claimed > reported >
asserted. Negation outranks denial because it is a statement about the event itself ("denied that troops had
not been paid" stays a negated event under a denial).

How: walk from the trigger up its governors (complement links: xcomp, ccomp, dobj, prep/pobj/pcomp, conj, and
for a nominal trigger its verb), collecting cues on each; stop after the first reporting verb (its stance class) and
at clause boundaries (relative clauses, non-conditional adverbial clauses). The attribution from
`attribution.source_for` adds its cue's stance (reported / claimed / denied / ordered / threatened).
Not done: self-serving claims by a party without a claim verb are "reported", not "claimed".
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from sitroom.analyze.voices import cue_class, reporting_class, word_set
from sitroom import lexicon
from sitroom.model import MODALITIES, Attribution
from sitroom.nlp import doc_text

__all__ = ["classify", "PRIORITY"]

PRIORITY = ("negated", "denied", "conditional", "ordered", "threatened", "planned", "hypothetical", "alleged",
            "claimed", "reported", "asserted")
assert set(PRIORITY) == set(MODALITIES)

_STANCE_MODALITY = {"neutral": "reported", "claim": "claimed", "deny": "denied", "threat": "threatened",
                    "order": "ordered", "warn": "reported"}
_ASCEND = {"xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp", "conj", "nsubj", "nsubjpass", "attr", "oprd", "amod",
           "compound", "acl", "appos", "dative", "npadvmod", "csubj", "csubjpass", "agent"}
_CONTENT_NOUNS = lexicon.word_set("en/modality.json", "content_nouns")
_MEDIA_NOUNS = lexicon.word_set("en/modality.json", "media_nouns")
_WORD = re.compile(r"[a-z][a-z'-]*")


def classify(doc: Doc, token_i: int, attribution: Attribution | None) -> str:
    """Modality of the event whose trigger is doc[token_i] (verb or event noun)."""
    t = doc[token_i]
    found: set[str] = set()
    if attribution is not None and attribution.kind == "self":
        _local(t, found, noun_subject=False, governed=False)
        if cue_class(attribution.cue) in ("threat", "warn"):
            found.add("threatened")
        found.discard("reported")
        return _pick(found)
    modal_seen = _walk(t, found)
    if attribution is not None:
        stance = cue_class(attribution.cue) or "neutral"
        if stance == "warn" and modal_seen:
            found.add("threatened")
        else:
            found.add(_STANCE_MODALITY.get(stance, "reported"))
    return _pick(found)


def _pick(found: set[str]) -> str:
    for m in PRIORITY:
        if m in found:
            return m
    return "asserted"


def _left_words(t: Token) -> set[str]:
    """Words before a noun inside its phrase ("the so-called", "a possible Russian")."""
    text = doc_text(t.doc)[t.left_edge.idx:t.idx].lower()
    return set(_WORD.findall(text))


def _local(t: Token, found: set[str], noun_subject: bool, governed: bool) -> dict:
    """Cues sitting on one node of the walk. Returns modal information for the sequence-of-tense rule."""
    info = {"would": False, "modal": False}
    if t.pos_ in ("NOUN", "PROPN") or t.tag_ in ("VBG",) and t.dep_ in ("nsubj", "dobj", "pobj", "nsubjpass"):
        words = _left_words(t)
        if words & word_set("hedge_adjectives"):
            found.add("alleged")
        if words & word_set("plan_adjectives"):
            found.add("planned")
        if words & word_set("hypothetical_adjectives"):
            found.add("hypothetical")
        if any(c.dep_ == "det" and c.lower_ in word_set("negative_determiners") for c in t.children):
            found.add("negated")
    for c in t.children:
        low = c.lower_
        if c.dep_ == "neg" and not noun_subject:
            found.add("negated")
        elif c.dep_ == "aux":
            if low in word_set("future_aux"):
                found.add("planned")
                info["modal"] = True
            elif low in word_set("hypothetical_aux"):
                info["modal"] = True
                if low == "would":
                    info["would"] = True
                else:
                    found.add("hypothetical")
        elif c.dep_ == "advmod" and low in word_set("hedge_adverbs"):
            found.add("alleged")
        elif c.dep_ in ("advcl", "ccomp", "prep", "mark") and _is_condition(c):
            found.add("conditional")
        elif c.dep_ in ("nsubj", "nsubjpass") and not noun_subject:
            first = c.left_edge.lower_          # "None of X's neighbours have …", parsed with any head
            if low in word_set("negative_subjects") or first in word_set("negative_subjects") or any(
                    g.dep_ == "det" and g.lower_ in word_set("negative_determiners") for g in c.children) or (
                    first in word_set("negative_determiners") and c.left_edge.head == c):
                found.add("negated")
            if c.lemma_.lower() in _MEDIA_NOUNS and _left_words(c) & word_set("hedge_adjectives"):
                found.add("alleged")
    if t.dep_ == "advcl" and _is_condition(t):
        found.add("conditional")
    # "is to be transferred", "are to leave": be + to-infinitive
    if t.head.lemma_ == "be" and t.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
        found.add("planned")
    return info


def _is_condition(c: Token) -> bool:
    """An if/unless clause, 'should X happen', 'provided (that) …', 'in case (of) …', 'in the event of …'."""
    low = c.lower_
    if c.dep_ == "prep":
        if low in ("provided", "providing"):
            return True
        if low == "in":
            objs = [g.lower_ for g in c.children if g.dep_ == "pobj"]
            return "case" in objs or "event" in objs
        return False
    if c.dep_ == "mark":
        return low in word_set("condition_marks") and low != "whether"
    marks = [g for g in c.children if g.dep_ == "mark"]
    if any(m.lower_ in word_set("condition_marks") and m.lower_ != "whether" for m in marks):
        return True
    first = c.left_edge
    if first.lower_ in ("should", "had", "were") and first.dep_ in ("aux", "auxpass", "ROOT") and first.head == c:
        return first.i < c.i and any(g.dep_ in ("nsubj", "nsubjpass") and g.i > first.i for g in c.children)
    if first.lower_ in ("provided", "providing", "unless"):
        return True
    return False


def _walk(t: Token, found: set[str]) -> bool:
    """Collect cues from the trigger up through its governors into `found`. Returns whether a modal was seen."""
    node, came_by = t, None
    noun_trigger = t.pos_ in ("NOUN", "PROPN")
    modal_seen = would = False
    for _ in range(12):
        noun_subject = noun_trigger and came_by in ("nsubj", "nsubjpass")
        info = _local(node, found, noun_subject=noun_subject and node is not t, governed=came_by is not None)
        modal_seen |= info["modal"]
        would |= info["would"]
        dep, head = node.dep_, node.head
        if dep == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
            _governor_cues(head, found)   # "it would be impossible for Russia to strike Lviv" (parsed as advcl)
        if head.i == node.i or dep not in _ASCEND:
            break
        if dep == "acl" and not _acl_continues(head):
            break
        if dep in ("nsubj", "nsubjpass") and not noun_trigger and node.pos_ not in ("NOUN", "PROPN", "VERB"):
            break
        cls = reporting_class(head.lemma_) if head.pos_ in ("VERB", "AUX") else None
        if cls is not None and head.lemma_ in word_set("passive_only") and head.tag_ != "VBN":
            cls = None                    # "a video shows …" is not a reporting verb in the active voice
        if head.lemma_ == "tell" and dep == "xcomp":
            cls = "order"
        if cls is not None and dep in ("ccomp", "xcomp", "dobj", "prep", "pcomp", "conj", "acl"):
            if cls == "warn" and modal_seen:
                found.add("threatened")
            elif cls != "neutral" or dep != "conj":
                found.add(_STANCE_MODALITY[cls])
            if would and cls in ("neutral", "claim"):
                found.add("planned")
                would = False
            break
        if dep == "xcomp" or (dep == "acl" and head.pos_ == "NOUN"):
            _governor_cues(head, found)
        elif dep == "ccomp" and head.lemma_.lower() in word_set("plan_governors"):
            found.add("planned")          # "officials expect the service to resume" (parsed as a clause)
        elif dep == "ccomp" and _predicate_adjective(head) in word_set("uncertain_adjectives"):
            found.add("hypothetical")     # "it is unclear whether Russian troops shelled Kherson"
        if dep in ("dobj", "pobj") and head.pos_ == "VERB" and reporting_class(head.lemma_) is None:
            _governor_cues(head, found)   # "launched a possible offensive" — verb class only
        node, came_by = head, dep
    if would:
        found.add("hypothetical")
    return modal_seen


def _predicate_adjective(head: Token) -> str | None:
    """The adjective an infinitive or clause hangs on: "unable" (to strike), or the copula's "unclear" (whether)."""
    if head.pos_ == "ADJ":
        return head.lower_
    if head.lemma_ in ("be", "remain", "seem", "appear"):
        return next((c.lower_ for c in head.children if c.dep_ == "acomp"), None)
    return None


def _acl_continues(head: Token) -> bool:
    low = head.lemma_.lower()
    return (low in _CONTENT_NOUNS or head.lower_ in word_set("order_nouns") or head.lower_ in word_set("plan_nouns")
            or head.lower_ in word_set("threat_nouns"))


def _governor_cues(head: Token, found: set[str]) -> None:
    """Lexical class of a verb or noun that governs an infinitive/clause: plan, order, threat, failure."""
    lemma, low = head.lemma_.lower(), head.lower_
    if head.pos_ == "NOUN":
        if low in word_set("order_nouns"):
            found.add("ordered")
        elif low in word_set("plan_nouns"):
            found.add("planned")
        elif low in word_set("threat_nouns"):
            found.add("threatened")
        return
    adjective = _predicate_adjective(head)
    if adjective in word_set("negative_adjectives"):
        found.add("negated")          # "Russia is unable to strike Lviv", "it would be impossible to destroy the dam"
    elif adjective in word_set("likelihood_adjectives"):
        found.add("hypothetical")     # "Russian forces are unlikely to attack Kyiv again"
    if lemma in word_set("negative_governors"):
        found.add("negated")
    elif lemma in word_set("plan_governors"):
        found.add("planned")
