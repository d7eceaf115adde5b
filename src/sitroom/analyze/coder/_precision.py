"""Words that look like events but assert none: conventions of news and analytic prose.

- a participle used as an adjective names a state, not an act: "mobilized men", "the occupied territories",
  "Russian-occupied Kherson" (the clause does not say anyone mobilized or occupied anything here and now);
- an event noun modifying a noun that is no event is a classifier: "mobilization notices", "attack helicopters"
  (kept before nouns that carry an event: "mediation efforts", "the mobilization campaign", "a mobilization decree");
- a line with no finite verb is a heading or a caption stub: "Mobilization and Force Generation Efforts",
  "- Russian Supporting Effort—Southern Axis" (a root participle with an active subject is a mistagged past:
  "Workers protested in Gazipur");
- "discussed X" is CONSULT only between parties: "discussed the war with Lukashenko", "Putin and Erdogan
  discussed", "the ministers discussed"; not "Russian sources discussed Ukrainian attacks";
- a date is no event: "since March";
- a standing ban or deal the report presupposes: "despite a police ban", "under the truce agreement";
- fixed phrases that contain an event noun: "in order to", "in response to calls" is kept (calls need a "for",
  an "on X to" or a to-infinitive to be requests: "calls for elections", "a call on Russia to withdraw").
"""
from __future__ import annotations

from sitroom.analyze.coder._candidate import Candidate
from sitroom.analyze.coder._lexicon import CoderLexicon
from sitroom.lexicon import word_set
from sitroom.nlp import doc_text

__all__ = ["drop_unasserted"]

FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
TOPIC_CONSULT = frozenset({"discuss", "debate"})
GROUP_SUBJECTS = word_set("en/coder.json", "group_subjects")
# nouns that carry the event named by their modifier ("mediation efforts", "the mobilization campaign")
CARRIER_NOUNS = word_set("en/coder.json", "carrier_nouns")
REQUEST_NOUNS_NEED_CONTENT = frozenset({"call", "order"})


def _line_has_finite_verb(tok, lex: CoderLexicon | None = None) -> bool:
    """Whether the line (text between line breaks) holding tok has a finite verb or an imperative (or, in a
    sentence-case line, a headline's predicate)."""
    sent = tok.sent
    text = doc_text(tok.doc)
    start = text.rfind("\n", sent.start_char, tok.idx) + 1 or sent.start_char
    start = max(start, sent.start_char)
    end = text.find("\n", tok.idx, sent.end_char)
    end = sent.end_char if end < 0 else end
    line = [t for t in sent if start <= t.idx < end]
    for t in line:
        if t.tag_ in FINITE_TAGS or t.tag_ == "VB" and t.dep_ == "ROOT" or _mistagged_past(t):
            return True
    return _sentence_case(line) and any(_headline_predicate(t, lex) for t in line)


def _sentence_case(line) -> bool:
    """"Thousands rally in Belgrade against lithium mine" (a headline) vs "Mobilization and Force Generation
    Efforts" (a heading): a headline writes its common words in lower case."""
    words = [t for t in line[1:] if t.is_alpha and t.pos_ in ("NOUN", "VERB", "ADJ")]
    return bool(words) and not any(t.text[:1].isupper() and t.ent_type_ == "" for t in words)


def _headline_predicate(t, lex: CoderLexicon | None) -> bool:
    """Headline grammar the tagger reads as a noun phrase: "Poland, Lithuania to hold joint exercises" (to +
    verb: the future), "Talks between Russia and Ukraine held in Doha" (a bare participle: the passive), "EU
    sanctions 10 officials", "Thousands rally in Belgrade" (a present-tense verb tagged as the root noun, with
    its subject on the left and its object or a preposition on the right)."""
    if t.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children) and t.head.dep_ == "ROOT":
        return t.head.pos_ in ("NOUN", "PROPN") or t.dep_ == "ROOT"
    if t.tag_ == "VBN" and t.dep_ == "acl" and t.head.pos_ in ("NOUN", "PROPN"):
        return any(c.dep_ in ("prep", "agent") for c in t.children)
    if lex is None or t.dep_ != "ROOT" or t.pos_ != "NOUN" or t.tag_ not in ("NNS", "NN"):
        return False
    if t.lemma_.lower() not in lex.verbs and t.lower_ not in lex.verbs:
        return False
    left = any(c.i < t.i and c.dep_ in ("nummod", "compound", "amod", "nsubj") for c in t.children)
    right = any(c.i > t.i and c.dep_ in ("prep", "dobj", "appos", "npadvmod") for c in t.children)
    return left and right


def _mistagged_past(t) -> bool:
    """"Workers protested in Gazipur": a root participle with an active subject and no auxiliary is a past tense
    the tagger took for a participle (a heading has no subject-verb clause at all); so is a participle on a root
    noun in a sentence closed by a full stop (the parser made the subject the root; headings have no full stop)."""
    if t.tag_ == "VBN" and t.dep_ == "acl" and t.head.dep_ == "ROOT" and t.head.pos_ in ("NOUN", "PROPN"):
        return t.sent.text.rstrip().endswith(".")   # "Around 300 nurses protested in Karachi.": parsed as a noun
    return t.tag_ == "VBN" and t.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in t.children) and not any(
        c.dep_ in ("aux", "auxpass", "nsubjpass") for c in t.children)


def _participle_modifier(c: Candidate) -> bool:
    t = c.tok
    return c.rule is not None and c.rule.kind == "verb" and t.dep_ in ("amod", "compound") and \
        t.tag_ in ("VBN", "VBD", "JJ", "VBG") and t.head.pos_ in ("NOUN", "PROPN")


def _classifier_noun(c: Candidate, lex: CoderLexicon) -> bool:
    t = c.tok
    if c.rule is None or c.rule.kind != "noun" or t.dep_ != "compound":
        return False
    head = t.head
    return head.pos_ in ("NOUN", "PROPN") and head.lemma_.lower() not in lex.nouns and \
        head.lower_ not in lex.nouns and head.lemma_.lower() not in CARRIER_NOUNS


def _between_parties(c: Candidate, lex: CoderLexicon) -> bool:
    t = c.tok
    if any(x.dep_ == "prep" and x.lower_ == "with" for x in t.subtree if x.head.i == t.i or x.head.head.i == t.i):
        return True
    subj = next((x for x in t.children if x.dep_ == "nsubj"), None)
    if subj is None:
        return True         # a subject the parse lost: leave it to the other rules
    if any(x.dep_ == "conj" for x in subj.children):
        return True
    words = {x.lower_ for x in subj.subtree}
    if words & GROUP_SUBJECTS:
        return True
    plural = subj.tag_ in ("NNS", "NNPS")
    return plural and (lex.in_class("political", subj.lemma_) or lex.in_class("political", subj.lower_))


def _request_without_content(c: Candidate) -> bool:
    t = c.tok
    if c.rule is None or c.rule.kind != "noun" or c.rule.head not in REQUEST_NOUNS_NEED_CONTENT:
        return False
    if t.dep_ == "pobj" and t.head.lower_ == "in" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ in ("to", "that"):
        return True         # "in order to"
    if c.rule.head != "call":
        return False
    for x in t.children:
        if x.dep_ == "prep" and x.lower_ in ("for", "on", "to"):
            return False
        if x.dep_ in ("acl", "relcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children):
            return False
    return True


def _background(c: Candidate) -> bool:
    """"marched despite a police ban", "freed hostages under the truce agreement": the noun names a standing ban
    or deal the report presupposes, not one made here ("under" only for agreements: "placed under arrest" and
    "came under attack" are events)."""
    tok = c.tok
    if tok.tag_ == "VBN" and tok.dep_ == "acl":
        noun = tok.head
        if noun.dep_ in ("dobj", "obj") and noun.head.pos_ == "VERB" and not any(
                x.dep_ == "agent" for x in tok.children):
            return True     # "released a British couple detained in Bamiyan": the state they were in
        if _framing(noun):
            return True     # "under an agreement mediated by Angola"
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj":
        return False
    prep = tok.head.lower_
    if c.type == "AGREE" and _framing(tok):
        return True         # "swapped prisoners in a deal brokered by the UAE": the frame of the act reported
    if c.type == "COERCE" and c.mode == "seize" and prep in ("in", "during") and tok.head.head.pos_ == "VERB" and \
            tok.head.head.lemma_.lower() in RAID_KILLS:
        return True         # "killed eight militants in a raid": the raid is the attack's setting
    return prep == "despite" or prep == "under" and c.type in ("AGREE", "RETREAT") and \
        not any(t.dep_ == "poss" for t in tok.children)


FRAME_PREPS = frozenset({"in", "under"})
FRAME_NOUNS = frozenset({"deal", "agreement", "accord", "arrangement", "swap", "exchange"})
RAID_KILLS = frozenset({"kill", "wound", "injure", "shoot", "arrest", "detain", "capture"})


def _framing(noun) -> bool:
    """A deal named as the frame of another act ("in a deal", "under an agreement"), not made in this clause."""
    return noun.dep_ == "pobj" and noun.head.lower_ in FRAME_PREPS and noun.lemma_.lower() in FRAME_NOUNS and \
        noun.head.head.pos_ == "VERB"


def drop_unasserted(cands: list[Candidate], lex: CoderLexicon) -> None:
    """Mark (absorb) candidates that assert no event, before the structure pass (so that a verbal act does
    not fold them in as its content); their cue says why."""
    for c in cands:
        if c.absorbed:
            continue
        why = None
        if _participle_modifier(c):
            why = "participle"
        elif _classifier_noun(c, lex):
            why = "classifier"
        elif c.rule is not None and c.rule.kind == "verb" and c.rule.head in TOPIC_CONSULT and \
                c.type == "CONSULT" and not _between_parties(c, lex):
            why = "topic"
        elif c.tok.ent_type_ in ("DATE", "TIME"):
            why = "date"        # "since March", "the March 8 holiday"
        elif _request_without_content(c):
            why = "no_content"
        elif not _line_has_finite_verb(c.tok, lex):
            why = "no_finite_verb"
        elif _background(c):
            why = "background"
        if why is not None:
            c.absorbed = True
            c.cue += f"-{why}"
