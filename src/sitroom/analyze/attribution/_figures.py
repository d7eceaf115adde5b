"""Who a figure is according to where the sentence's own cue names someone else: the report a speaker denies
("The Kremlin dismissed a report that 20,000 troops …") and the pictures that show a count ("Maxar imagery shows
40 helicopters"). Read off the parse around the figure; used by the claims finder (events keep the denier as the
source of what is denied, and the outlet's voice for what a video shows)."""
from __future__ import annotations

from spacy.tokens import Token

from sitroom import lexicon
from sitroom.analyze.attribution._cues import _agent, _message_source, np_range, tok_end, trimmed
from sitroom.analyze.voices import reporting_class, word_set

_CLAIM_NOUNS = lexicon.word_set("en/attribution.json", "claim_nouns")
_MEDIA_NOUNS = lexicon.word_set("en/attribution.json", "media_nouns")
_MEDIA_VERBS = lexicon.word_set("en/attribution.json", "media_verbs")


def denied_report(tok: Token) -> tuple[int, int] | None:
    """'The Kremlin dismissed a report that 20,000 troops …', 'denied claims that …', 'rejected reports by X that …':
    a figure in the that-clause is the report's claim, not the denier's. The char span of who made the report
    (its author when named, else the report phrase itself) when `tok` is in such a clause, else None. (The
    denied event itself keeps the denier as its source: that is who denies it.)"""
    t = tok
    while t.head.i != t.i:
        cl, obj = t, t.head
        if cl.dep_ in ("acl", "ccomp", "relcl") and (obj.lemma_.lower() in _CLAIM_NOUNS or obj.lower_ in _CLAIM_NOUNS
                                                   or obj.lemma_.lower() in word_set("message_nouns")) \
                and obj.dep_ in ("dobj", "nsubjpass") and reporting_class(obj.head.lemma_) == "deny" \
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in cl.children):
            src, last = _message_source(obj)
            return src if src is not None and not last else trimmed(obj.doc, obj.left_edge.idx, tok_end(obj))
        t = t.head
    return None


def shown_by_media(tok: Token) -> tuple[int, int, bool] | None:
    """'Maxar imagery shows 40 helicopters', 'images reviewed by the monitors show 25 craters': a figure in what
    pictures show is the claim of their named owner or agent: (start, end, False) of that phrase. Unowned pictures
    ('geolocated footage showed', 'satellite images showed only about 80') and pictures 'analysed by our team' are
    the writer's own reading: (start, end, True) of the pictures' phrase. None when `tok` is in no clause or object
    of such a verb."""
    t = tok
    while t.head.i != t.i:
        verb = t.head
        if t.dep_ in ("ccomp", "dobj") and verb.lemma_.lower() in _MEDIA_VERBS:
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subj is None or subj.lemma_.lower() not in _MEDIA_NOUNS and subj.lower_ not in _MEDIA_NOUNS:
                return None
            for c in subj.children:            # "imagery analysed by our team": the writer's own finding
                agent = _agent(c) if c.dep_ == "acl" and c.tag_ == "VBN" else None
                if agent is not None:
                    own = agent.lower_ in ("us", "me") or any(
                        g.dep_ == "poss" and g.lower_ in ("our", "my") for g in agent.children)
                    return (subj.idx, tok_end(subj), True) if own else (*np_range(agent), False)
            owner = next((c for c in subj.children if c.i < subj.i and (c.dep_ == "poss" and c.pos_ != "PRON" or
                          c.dep_ in ("compound", "nmod", "amod") and (c.pos_ == "PROPN" or c.ent_type_ in (
                              "ORG", "PERSON")))), None)            # "Maxar imagery" (tagged ADJ/PERSON)
            if owner is not None:
                return (*np_range(owner), False)
            return subj.idx, tok_end(subj), True            # unowned pictures: the writer's reading
        t = verb
    return None
