"""Attribution cues of one sentence, read off the dependency parse.

Each cue says: this stretch of text (the scope) is attributed to that noun phrase (the source), by this cue word.
Sources are char spans here; `attribution_sources` turns them into entities in document order.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from sitroom.analyze.voices import ENTRY_TIME, QUOTES, cue_class, reporting_class, word_set
from sitroom.countries import countries, norm as _country_norm
from sitroom import lexicon
from sitroom.nlp import LIST_LINE, doc_text

# children whose subtrees are not part of a noun phrase as a source name
_NP_CUT = {"relcl", "acl", "advcl", "parataxis", "punct", "cc", "conj"}
_TIME_PREPS = lexicon.word_set("en/attribution.json", "time_prepositions")
_TRIM = set(',.;:!?—–-') | QUOTES | {" ", "\n", "\t"}
_ADDRESSEE_VERBS = lexicon.word_set("en/attribution.json", "addressee_verbs")
_RELATIVE_PRONOUNS = lexicon.word_set("en/attribution.json", "relative_pronouns")
# "the defeat indicates that …" is the writer's inference, not a source speaking: these need an actor as subject
_INFERENCE_VERBS = lexicon.word_set("en/attribution.json", "inference_verbs")
_ACTOR_ENTS = {"PERSON", "ORG", "GPE", "NORP"}


def actor_like(subj: Token) -> bool:
    if subj.pos_ == "PRON":
        return subj.lower_ in lexicon.word_set("en/attribution.json", "speaker_pronouns")
    if any(t.ent_type_ in _ACTOR_ENTS for t in subj.subtree):
        return True
    low = subj.lemma_.lower()
    return low in word_set("person_roles") or low in word_set("org_roles") or low in word_set("source_nouns")


def _actor_head(subj: Token) -> bool:
    """An actor as the subject itself, not merely named inside it: 'the General Staff indicates' is a source, 'the
    apparent oscillation in Saldo's position indicates' is the writer's inference."""
    if subj.pos_ == "PRON" or subj.ent_type_ in _ACTOR_ENTS:
        return actor_like(subj)
    if any(c.i < subj.i and c.dep_ in ("compound", "amod", "poss", "nmod") and c.ent_type_ in _ACTOR_ENTS
           for c in subj.children):
        return True
    low = subj.lemma_.lower()
    return low in word_set("person_roles") or low in word_set("org_roles") or low in word_set("source_nouns")


def _citable(obj: Token) -> bool:
    low = obj.lemma_.lower()
    return actor_like(obj) or low in word_set("message_nouns") or low in word_set("person_source_nouns") or \
        low in ("people", "person", "source") or any(c.dep_ == "nummod" for c in obj.children)   # "citing two sources"


@dataclass(frozen=True)
class Cue:
    """A raw attribution: char spans only. `source` None with `last_poster` True → the last poster/channel."""
    cue_start: int
    cue_end: int
    cue: str
    scope: tuple[int, int]
    source: tuple[int, int] | None
    kind: str
    verb: int | None = None                     # token index of the cue verb
    carrier: tuple[int, int] | None = None
    last_poster: bool = False
    stance: str = "neutral"


def tok_end(t: Token) -> int:
    return t.idx + len(t.text)


def trimmed(doc, start: int, end: int) -> tuple[int, int]:
    text = doc_text(doc)
    while start < end and text[start] in _TRIM:
        start += 1
    clock = ENTRY_TIME.match(text, start, end)
    if clock and (start == 0 or text[start - 1] == "\n"):
        start = clock.end()                   # a live blog's "12:30 Norway's ambassador says …": not the time
        while start < end and text[start].isspace():
            start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def subtree_range(t: Token, skip: tuple[Token, ...] = ()) -> tuple[int, int]:
    """Char range of t's subtree, minus the subtrees of `skip` when they sit at its edges."""
    toks = [x for x in t.subtree if not any(x in s.subtree for s in skip)]
    return trimmed(t.doc, toks[0].idx, tok_end(toks[-1]))


def np_range(head: Token) -> tuple[int, int]:
    """A noun phrase as a source name: the head with its modifiers, without relative clauses and the like."""
    toks = [head]
    for child in head.children:
        if (child.dep_ in _NP_CUT and not _inner_hyphen(child)) or _is_time_modifier(child):
            continue
        toks.extend(child.subtree)
    toks.sort(key=lambda x: x.i)
    # keep the contiguous run around the head
    lo = hi = toks.index(head)
    while lo > 0 and toks[lo - 1].i == toks[lo].i - 1:
        lo -= 1
    while hi < len(toks) - 1 and toks[hi + 1].i == toks[hi].i + 1:
        hi += 1
    # a missed sentence break ("… their decision.[29] Ukrainian officials said") is not part of the name
    for k in range(lo, toks.index(head)):
        if toks[k].text in (".", "]", ";", "!", "?") or toks[k].text.endswith("]") or (
                toks[k].text in ("-", "–", "—") and _spaced(toks[k])):
            lo = k + 1                                   # also a dateline's dash: "ANKARA, July 10 (Wire) - X"
    first, last = toks[lo], toks[hi]
    # a name the parser breaks at a verb or a preposition ("the Committee to Protect Journalists"): the whole entity
    ent = _entity_at(head)
    if ent is not None and ent.label_ in ("ORG", "PERSON", "FAC", "WORK_OF_ART") and all(
            t.i == head.i or head in t.ancestors for t in ent):
        first, last = min(first, ent[0], key=lambda t: t.i), max(last, ent[-1], key=lambda t: t.i)
    return trimmed(head.doc, first.idx, tok_end(last))


def _entity_at(tok: Token):
    """The named entity `tok` is part of, from its IOB tags (a scan of doc.ents per call is quadratic in a long
    document)."""
    if not tok.ent_type_:
        return None
    doc, lo, hi = tok.doc, tok.i, tok.i
    while lo > 0 and doc[lo].ent_iob_ == "I":
        lo -= 1
    while hi + 1 < len(doc) and doc[hi + 1].ent_iob_ == "I":
        hi += 1
    return Span(doc, lo, hi + 1, label=tok.ent_type_)      # (Span.ents scans the whole document's entities too)


def _inner_hyphen(t: Token) -> bool:
    """The hyphen of "Jean-Paul" (no space either side), which the parser hangs on the head as punctuation."""
    return t.text == "-" and t.i > 0 and not t.doc[t.i - 1].whitespace_ and not t.whitespace_


def _spaced(dash: Token) -> bool:
    """A dash with space on both sides ("(Wire) - X") cuts a name; a hyphen inside one ("Jean-Paul") does not."""
    return dash.i > 0 and bool(dash.doc[dash.i - 1].whitespace_) and bool(dash.whitespace_)


def _is_time_modifier(child: Token) -> bool:
    """'the ministry on the following day', 'officials on Monday': a time phrase is not part of the source's name."""
    if child.dep_ == "npadvmod" or child.ent_type_ in ("DATE", "TIME"):
        return True
    if child.dep_ != "prep":
        return False
    return child.lower_ in _TIME_PREPS or any(g.ent_type_ in ("DATE", "TIME") for g in child.subtree)


def subject_of(verb: Token) -> Token | None:
    """The verb's subject, or the subject it shares with the verb it is coordinated with.

    "X said A happened, and added that B": the parser often hangs "added" on "happened"; a reporting verb
    coordinated with the content clause of another reporting verb shares that verb's subject."""
    seen = 0
    while verb is not None and seen < 5:
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects:
            # a dateline glued to the lead ("GOMA, Feb 8 (Wire) - …, a report by UN experts said") gives the verb a
            # second, spurious subject: the one nearest before the verb is the speaker
            before = [c for c in subjects if c.i < verb.i]
            return max(before, key=lambda c: c.i) if before else subjects[0]
        if verb.dep_ == "conj" and verb.head.i != verb.i:
            head = verb.head
            if (reporting_class(verb.lemma_) and reporting_class(head.lemma_) is None and head.dep_ == "ccomp"
                    and reporting_class(head.head.lemma_)):
                head = head.head
            verb = head
            seen += 1
            continue
        return None
    return None


_STRANDED_POS = {"PROPN", "NOUN", "ADJ", "DET", "PART"}


def stranded_subject(verb: Token) -> Token | None:
    """'… killed in Kharkiv, regional governor Oleh Syniehubov said': the parser hangs the speaker on the place
    before the comma (as its apposition) and leaves the reporting verb with no subject. The speaker is the noun
    phrase between that comma and the verb: a name or a noun (not a pronoun), whose head lies before the comma."""
    if verb.i < 2 or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return None
    last = verb.doc[verb.i - 1]
    if last.text == "," and verb.i >= 3 and verb.doc[verb.i - 2].dep_ == "appos":
        last = verb.doc[verb.i - 2]            # "…, the chief of the General Staff, General X, told Reuters"
    if last.pos_ not in ("PROPN", "NOUN") or last.head.i >= last.i or last.head.i == verb.i:
        return None
    k = last.i
    while k - 1 >= last.sent.start and verb.doc[k - 1].pos_ in _STRANDED_POS and verb.doc[k - 1].text != ",":
        k -= 1
    if k - 1 < last.sent.start or verb.doc[k - 1].text != "," or last.head.i >= k:
        return None
    if any(t.head.i != last.i and not (k <= t.head.i <= last.i) for t in verb.doc[k:last.i]):
        return None                                       # the run must be one phrase headed by its last word
    return last


def subject_range(subj: Token) -> tuple[int, int]:
    """The subject phrase; adjacent subjects the parser split ("the operational command / South") are merged."""
    lo, hi = np_range(subj)
    for sib in subj.head.children:
        if sib.dep_ == "nsubj" and sib.i != subj.i and sib.lower_ not in _RELATIVE_PRONOUNS:
            s, e = np_range(sib)
            gap = doc_text(subj.doc)[min(hi, e):max(lo, s)]
            if not gap.strip():
                lo, hi = min(lo, s), max(hi, e)
    return lo, hi


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or (
        verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children))


def _agent(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ == "agent":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    return None


def _message_source(head: Token) -> tuple[tuple[int, int] | None, bool]:
    """'a statement from the army' → the army; 'the ministry's statement' → the ministry; 'the message' → last poster."""
    for c in head.children:
        if c.dep_ == "poss" and c.pos_ != "PRON":
            return np_range(c), False
        if c.dep_ == "poss" and c.lower_ in ("our", "my"):
            return np_range(head), False                  # "our data": the writer, i.e. the outlet's own voice
        if c.dep_ == "acl" and c.tag_ == "VBN":           # "a decree published by the government"
            agent = _agent(c)
            if agent is not None:
                return np_range(agent), False
        if c.dep_ in ("compound", "amod", "nmod") and c.i < head.i and (
                c.pos_ == "PROPN" or c.ent_type_ in ("ORG", "GPE", "NORP", "PERSON")
                or c.dep_ == "compound" and c.lemma_.lower() in word_set("org_roles")):
            # "a UN report", "a Kremlin statement", "ministry data", "police figures"
            return trimmed(head.doc, c.left_edge.idx, tok_end(c)), False
        if c.dep_ == "prep" and c.lower_ in ("from", "by", "of"):
            for g in c.children:
                if g.dep_ == "pobj" and g.lemma_.lower() not in word_set("message_nouns"):
                    return np_range(g), False
    return None, True


def _inverted_subject(verb: Token) -> Token | None:
    """'CLAUSE, writes Meduza, citing …': the speaker after an inverted reporting verb, which the parser may take
    for its object (a clause before the verb is what was said)."""
    if verb.lemma_.lower() in _ADDRESSEE_VERBS:
        return None                            # "…, General X, told Reuters": Reuters heard it
    if verb.i == 0 or verb.doc[verb.i - 1].text not in (",", "—", "–") or not any(
            c.dep_ == "ccomp" and c.i < verb.i for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i == verb.i + 1 + sum(
        1 for x in c.lefts)), None)
    return obj if obj is not None and actor_like(obj) else None


def owned_message(subj: Token | None) -> tuple[int, int] | None:
    """'Figures from the health ministry show …', 'the ministry's data indicate …', 'UN figures show …': a message
    noun with its author is that author speaking (without one — "the data show" — it is the writer's inference)."""
    if subj is None or (subj.lemma_.lower() not in word_set("message_nouns")
                        and subj.lower_ not in word_set("message_nouns")):
        return None
    src, last = _message_source(subj)
    return None if last or src is None else src


def _quote_range(sent: Span) -> tuple[int, int] | None:
    marks = [t for t in sent if t.text in QUOTES or t.text in ("``", "''")]
    if len(marks) < 2:
        return None
    return trimmed(sent.doc, marks[0].idx, tok_end(marks[-1]))


def _kind(doc, scope: tuple[int, int]) -> str:
    s, e = scope
    text = doc_text(doc)
    before = text[max(0, s - 2):s]
    after = text[e:e + 3]
    if any(q in before for q in QUOTES) or any(q in after for q in QUOTES):
        return "direct"
    return "indirect"


def _scope_of_verb(verb: Token, cls: str) -> tuple[tuple[int, int] | None, str | None]:
    """Content attributed by a reporting verb: its clause, infinitive, 'of'-complement or object."""
    ccomps = [c for c in verb.children if c.dep_ == "ccomp"]
    if ccomps:
        ranges = [subtree_range(c, skip=tuple(m for m in c.children if m.dep_ == "mark" and m.lower_ == "that"))
                  for c in ccomps]
        # a counted object beside the clause is said too: "Houthis claim eight drones hit Eilat, Israel counts three"
        ranges += [subtree_range(c) for c in verb.children if c.dep_ == "dobj" and (
            c.like_num or any(g.dep_ == "nummod" and g.like_num for g in c.children))]
        lo, hi = min(r[0] for r in ranges), max(r[1] for r in ranges)
        return (lo, hi), None
    hung = _clause_on_message(verb)
    if hung is not None:
        return hung, None
    clause_only = verb.lemma_ in word_set("clause_only")      # "maintains garrisons" is no claim
    if clause_only:
        figure = _figure_said(verb)
        if figure is not None:
            return figure, None            # "the border service said about 1,000", "Kyiv says up to 12,000"
    if verb.dep_ == "relcl":               # "the attack, which the army said involved 40 drones": a clause the
        for c in verb.children:            # parser hangs on the verb as an xcomp
            if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and c.i > verb.i:
                return subtree_range(c), None
    for c in verb.children:
        if c.dep_ == "xcomp" and not clause_only:
            return subtree_range(c), ("order" if verb.lemma_ in _ADDRESSEE_VERBS or cls == "order" else None)
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("of", "for") and verb.lemma_ in lexicon.word_set("en/attribution.json", "accusation_verbs"):
            return subtree_range(c), None
    if verb.lemma_ not in _ADDRESSEE_VERBS and not clause_only:
        for c in verb.children:
            if c.dep_ in ("dobj",) and (c.pos_ in ("NOUN", "PROPN") or c.like_num) and (
                    c.lemma_.lower() not in word_set("message_nouns")
                    or any(g.dep_ in ("acl", "ccomp") for g in c.children)):   # "denied reports that …"
                lo, hi = subtree_range(c)
                last = c.right_edge
                for p in verb.children:        # "denied any role | in the kidnapping" (prep hung on the verb)
                    if p.dep_ == "prep" and p.i == last.i + 1:
                        hi, last = subtree_range(p)[1], p.right_edge
                return (lo, hi), None
    if verb.dep_ == "parataxis" and verb.head.i != verb.i:
        return subtree_range(verb.head, skip=(verb,)), None
    if verb.dep_ == "advcl" and verb.head.i != verb.i and any(
            m.dep_ == "mark" and m.lower_ == "as" for m in verb.children):
        return subtree_range(verb.head, skip=(verb,)), None      # "As BelTA reported, CLAUSE"
    q = _quote_range(verb.sent)
    if q is not None:
        return q, None
    return None, None


_BOUND_WORDS = {"up", "to", "about", "around", "some", "nearly", "almost", "roughly", "over", "under", "more", "less",
                "fewer", "than", "at", "least", "most", "as", "many", "no", "just", "only", "between", "and",
                "slightly", "a", "little", "bit", "well", "far", "approximately", "an", "estimated"}


_NOT_SPEAKING = {"give", "read", "find", "maintain", "charge", "swear", "boast", "purport", "update"}


def _figure_said(verb: Token) -> tuple[int, int] | None:
    """A verb of saying whose object is a bare figure, with or without its bound ('the border service said about
    1,000 on Sept. 20', 'Lithuania's intelligence says up to 1,000'): the figure is what it said."""
    if verb.lemma_ in _NOT_SPEAKING:
        return None                        # "Germany has given 300", "the meter read 40": no report
    for c in verb.children:
        if c.i <= verb.i:
            continue
        if c.dep_ == "dobj" and (c.like_num or c.pos_ == "NOUN" and any(
                g.dep_ == "nummod" and g.like_num for g in c.children)):
            return subtree_range(c)        # "West cites 10,000 Wagner fighters in Belarus"
        if c.dep_ in ("prep", "advmod", "npadvmod", "dobj") and c.left_edge.i == verb.i + 1 and any(t.like_num for t in c.subtree) \
                and all(t.like_num or t.lower_ in _BOUND_WORDS for t in c.subtree):
            return subtree_range(c)
    return None


def _clause_on_message(verb: Token) -> tuple[int, int] | None:
    """'X said in a report that CLAUSE', 'X said on Telegram that CLAUSE': the parser often hangs the that-clause on
    the noun of the medium (acl/relcl of "report") instead of on the verb; it is still what X said."""
    for c in verb.children:
        if c.dep_ != "prep" or c.i < verb.i:
            continue
        for g in c.children:
            if g.dep_ != "pobj":
                continue
            for h in g.subtree:
                if h.dep_ in ("acl", "relcl", "ccomp") and h.i > g.i and any(
                        m.dep_ == "mark" and m.lower_ == "that" and m.i > g.i for m in h.children):
                    return subtree_range(h, skip=tuple(m for m in h.children if m.dep_ == "mark"))
    return None


def sentence_cues(sent: Span) -> list[Cue]:
    """Every attribution cue of one sentence (reporting verbs, passives, 'according to', 'citing')."""
    doc = sent.doc
    cues: list[Cue] = []
    for t in sent:
        if t.lower_ == "according" and any(c.lower_ == "to" for c in t.children):
            cue = _according_to(sent, t)
            if cue:
                cues.append(cue)
            continue
        if t.lower_ in ("by", "on") and t.dep_ == "prep":
            cue = _by_count(sent, t)                   # "by UNHCR's count, more than 25,000 …"
            if cue:
                cues.append(cue)
                continue
        if t.dep_ in ("appos", "nsubj") and t.lemma_.lower() in _CREDIT_NOUNS:
            credit = _appositive_credit(t)
            if credit is not None:
                cues.append(credit)
                continue
        if t.dep_ == "poss":
            figure = _owned_figure(t)                  # "Morawiecki's \"more than 100\" fighters", "Nowak's 300"
            if figure is not None:
                cues.append(figure)
                continue
        if t.pos_ == "NOUN":
            owned = _owned_content(t)                  # "Lukashenko's announcement that 9,000 soldiers would come"
            if owned is not None:
                cues.append(owned)
                continue
        if t.pos_ not in ("VERB", "AUX") or t.lower_ == "citing":
            continue
        restated = _restated_claim(t)
        if restated is not None:
            cues.append(restated)
            continue
        quoted = _quoted_as_saying(t)
        if quoted is not None:
            cues.append(quoted)
            continue
        cls = reporting_class(t.lemma_)
        if cls is None:
            estimate = _put_at(t)                  # "Ukrainian intelligence puts it at 10-15 thousand troops"
            if estimate is not None:
                cues.append(estimate)
            continue
        misparsed = _reduced_relative_report(t)
        if misparsed is not None:
            cues.append(misparsed)
            continue
        passive = _is_passive(t)
        if passive:
            agent = _agent(t)
            if agent is None or _no_one(agent):
                continue                       # "has not been confirmed by anyone else": no source
            skip = tuple(c for c in t.children if c.dep_ == "agent")
            scope = subtree_range(t, skip=skip)
            if t.dep_ == "acl" and t.tag_ == "VBN" and t.head.i < t.i:
                scope = (t.head.left_edge.idx, scope[1])   # "the 40 announced by the ministry": the 40 is theirs
            src, last = np_range(agent), False
            if agent.lemma_.lower() in word_set("message_nouns"):
                src, last = _message_source(agent)
            cues.append(Cue(t.idx, tok_end(t), t.text, scope, src, "passive", t.i, last_poster=last, stance=cls))
            continue
        subj = subject_of(t) or _inverted_subject(t) or stranded_subject(t)
        owned = owned_message(subj)
        if t.lemma_ in word_set("passive_only") and owned is None and not _counts_object(t):
            continue
        if subj is not None and subj.lower_ == "which" and t.lemma_ in _INFERENCE_VERBS:
            continue                           # "…, which indicates that …": the writer's inference from the clause
        if subj is not None and subj.lower_ in _RELATIVE_PRONOUNS and t.dep_ == "relcl":
            subj = t.head                      # "officials who said …" → the officials
        if subj is None or subj.lower_ in _RELATIVE_PRONOUNS or (
                t.lemma_ in _INFERENCE_VERBS and not _actor_head(subj) and owned is None):
            continue
        if _negated_report(t) or _no_one(subj):
            continue                           # "did not say how many", "declined to say", "nobody has reported"
        reported = _reported_antecedent(t, subj)
        if reported is not None:                   # "the 3,000 that South Korea's spy agency reported last week"
            cues.append(Cue(t.idx, tok_end(t), t.text, reported, subject_range(subj), "indirect", t.i, stance=cls))
            continue
        scope, kind = _scope_of_verb(t, cls)
        if scope is None:
            estimate = _put_at(t)                  # "the IOM estimated the number of displaced at 2.1 million"
            if estimate is not None:
                cues.append(estimate)
                continue
            scope = _trailing_scope(sent, subj)
        if scope is None or scope[1] <= scope[0]:
            continue
        src, last = subject_range(subj), False
        if owned is not None:
            src = owned
        elif subj.lemma_.lower() in word_set("message_nouns"):
            src, last = _message_source(subj)
        appos = [c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        if appos and src is not None:
            src = np_range(appos[0])           # "the spokesman, Yahya Saree", "the group Hajun": the name
        cues.append(Cue(t.idx, tok_end(t), t.text, scope, src, kind or _kind(doc, scope), t.i,
                        last_poster=last, stance=cls))
    cues.extend(_colon_cues(sent, cues))
    cues.extend(_source_colon(sent, cues))
    cues.extend(_closing_credit(sent, cues))
    from sitroom.analyze.attribution._tail import tail_cues     # "CONTENT, says X" (imports this module)

    cues = tail_cues(sent, cues)
    return _nest_citing(sent, _speaker_in_own_clause(sent, cues + _participle_reports(sent, cues)))


_SAME_SPEAKER = frozenset(("it", "he", "she"))


def _speaker_in_own_clause(sent: Span, cues: list[Cue]) -> list[Cue]:
    """'Hajun said that it had counted about 3,000 …', 'The group said it had counted 41 trains': a report by 'it' /
    'he' / 'she' within what a named speaker says is the speaker's own (the pronoun is the speaker, not whoever was
    named before the sentence)."""
    doc = sent.doc
    by_verb = {k.verb: k for k in cues if k.verb is not None and k.source is not None}
    out = []
    for k in cues:
        t = doc[k.verb] if k.verb is not None else None
        src = k.source
        if (t is not None and src is not None and k.kind != "citing" and t.dep_ == "ccomp"
                and doc_text(doc)[src[0]:src[1]].lower() in _SAME_SPEAKER):
            outer = by_verb.get(t.head.i)
            if outer is not None and outer.kind != "citing" and outer.source != src:
                k = Cue(k.cue_start, k.cue_end, k.cue, k.scope, outer.source, k.kind, k.verb, k.carrier,
                        outer.last_poster, k.stance)
        out.append(k)
    return out


def _participle_reports(sent: Span, cues: list[Cue]) -> list[Cue]:
    """'…, the ministry announced on Sunday, adding that 170 tanks would arrive': a reporting participle with no
    subject of its own ('adding', 'saying', 'noting that …') speaks for the speaker of the cue before it, whatever
    the parser hung it on."""
    out = []
    for t in sent:
        cls = reporting_class(t.lemma_) if t.tag_ == "VBG" and t.dep_ in ("advcl", "xcomp", "conj") else None
        if cls is None:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) or any(c.verb == t.i for c in cues):
            continue
        if not any(c.dep_ == "ccomp" for c in t.children):
            continue
        before = [c for c in cues if c.cue_start < t.idx and c.source is not None and c.kind != "according_to"]
        if not before:
            continue
        speaker = max(before, key=lambda c: c.cue_start)
        scope, kind = _scope_of_verb(t, cls)
        if scope is None or scope[1] <= scope[0]:
            continue
        out.append(Cue(t.idx, tok_end(t), t.text, scope, speaker.source, kind or _kind(sent.doc, scope), t.i,
                       carrier=speaker.carrier, stance=cls))
    return out


CREDIT = "()"                                  # the cue of a bracketed credit closing a line
_GLUE = frozenset({"of", "for", "and", "the", "on", "in", "de"})


def _glosses(abbr: Token, before: list[Token]) -> bool:
    """'(UAVs)' after 'unmanned aerial vehicles', '(IISS)' after 'International Institute for Strategic Studies':
    the bracket abbreviates the words before it."""
    letters = abbr.text[:-1] if abbr.text.endswith("s") and abbr.text[:-1].isupper() else abbr.text
    if not (letters.isupper() and letters.isalpha() and 2 <= len(letters) <= 8):
        return False
    words = [t.lower_ for t in before if t.is_alpha and t.lower_ not in _GLUE][-len(letters):]
    return "".join(w[0] for w in words) == letters.lower()


def _closing_credit(sent: Span, found: list[Cue]) -> list[Cue]:
    """'5,000 reservists called up (Defence Ministry)', a fact box's line ending in its source in brackets: an
    actor's name or a role noun (no verb, no figure) closing a sentence that names no other speaker."""
    if found:
        return []
    toks = [t for t in sent if not t.is_space]
    while toks and toks[-1].text in (".", ";", ","):
        toks.pop()
    if len(toks) < 4 or toks[-1].text != ")":
        return []
    opening = next((i for i in range(len(toks) - 2, -1, -1) if toks[i].text == "("), None)
    inner = toks[opening + 1:-1] if opening is not None else []
    if not inner or len(inner) > 6 or opening < 2 or any(t.pos_ in ("VERB", "AUX", "NUM") for t in inner):
        return []
    if len(inner) == 1 and _glosses(inner[0], toks[:opening]):
        return []                              # "11 unmanned aerial vehicles (UAVs)": an abbreviation, no credit
    roles = word_set("org_roles") | word_set("person_roles")
    last = inner[-1]
    if not (last.lemma_.lower() in roles or last.lower_ in roles or any(
            t.ent_type_ in ("ORG", "PERSON") for t in inner)) or last.ent_type_ in ("GPE", "DATE", "LOC"):
        return []
    doc = sent.doc
    return [Cue(toks[opening].idx, tok_end(toks[-1]), CREDIT, trimmed(doc, sent.start_char, toks[opening].idx),
                trimmed(doc, inner[0].idx, tok_end(last)), "indirect", None)]


def _counts_object(verb: Token) -> bool:
    """'The monitors recorded 11 drone strikes': a count verb with a counted object reports the count."""
    return verb.lemma_ in word_set("count_verbs") and any(
        c.dep_ == "dobj" and (c.like_num or any(g.dep_ == "nummod" and g.like_num for g in c.children))
        for c in verb.children)


def _as_saying(verb: Token) -> Token | None:
    """The reporting verb of "quoted/cited … as saying": the pcomp of an "as" phrase on `verb`."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "as":
            for g in c.children:
                if g.dep_ in ("pcomp", "pobj") and g.tag_ == "VBG" and reporting_class(g.lemma_):
                    return g
    return None


def _quoted_as_saying(verb: Token) -> Cue | None:
    """'Interfax quoted the ministry as saying that …', 'X was quoted by TASS as saying …', '“…,” X was cited as
    saying by BelTA': the one quoted is the source, the one quoting carries it (wire English for a report taken
    from another outlet)."""
    if verb.lemma_ not in ("quote", "cite"):
        return None
    saying = _as_saying(verb)
    if saying is None:
        return None
    agent = _agent(verb) or next((g for c in saying.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
                                  for g in c.children if g.dep_ == "pobj"), None)
    if _is_passive(verb) or any(c.dep_ == "nsubjpass" for c in verb.children):
        source = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        carrier = agent
    else:
        source = next((c for c in verb.children if c.dep_ == "dobj"), None)
        carrier = subject_of(verb)
    if source is None or source.lower_ in _RELATIVE_PRONOUNS:
        return None
    scope, _ = _scope_of_verb(saying, "neutral")
    if scope is None:
        own = [c for c in verb.children if c.dep_ == "ccomp"]        # "“…,” X was quoted as saying"
        scope = subtree_range(own[0]) if own else _quote_range(verb.sent)
    if scope is None or scope[1] <= scope[0]:
        return None
    src = subject_range(source)
    appos = [c for c in source.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    if appos:
        src = np_range(appos[0])
    return Cue(verb.idx, tok_end(saying), doc_text(verb.doc)[verb.idx:tok_end(saying)], scope, src,
               "citing" if carrier is not None else _kind(verb.doc, scope), verb.i,
               carrier=np_range(carrier) if carrier is not None else None)


_RESTATING_VERBS = lexicon.word_set("en/attribution.json", "restating_verbs")
_CREDIT_NOUNS = lexicon.word_set("en/attribution.json", "credit_nouns")
_CREDIT_VERBS = lexicon.word_set("en/attribution.json", "credit_verbs")


def _restated_claim(verb: Token) -> Cue | None:
    """'Steppe Watch repeated its claim that 15,000 troops would come', 'the army stood by its estimate that …': the
    subject says again what the claim noun's that-clause holds (a denial, "rejected the claim that", is not this)."""
    if verb.lemma_.lower() not in _RESTATING_VERBS:
        return None
    nouns = [c for c in verb.children if c.dep_ == "dobj"] + [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"]
    for noun in nouns:
        if noun.lemma_.lower() not in word_set("claim_nouns") | word_set("message_nouns"):
            continue
        clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl") and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
        subj = subject_of(verb)
        if clause is None or subj is None or subj.lower_ in _RELATIVE_PRONOUNS or not actor_like(subj):
            continue
        scope = subtree_range(clause, skip=tuple(m for m in clause.children if m.dep_ == "mark"))
        return Cue(verb.idx, tok_end(verb), verb.text, scope, subject_range(subj), "indirect", verb.i,
                   stance="claim")
    return None


def _owned_content(noun: Token) -> Cue | None:
    """'Lukashenko's announcement that 9,000 Russian soldiers would come', 'the ministry's claim that 40 drones were
    downed': a message or claim noun with a named author and a that-clause is that author saying the clause, whatever
    the sentence then does with it (doubts it, dates it, denies it)."""
    low = noun.lemma_.lower()
    if low not in word_set("claim_nouns") and low not in word_set("message_nouns") and \
            noun.lower_ not in word_set("claim_nouns"):
        return None
    poss = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
    if poss is None or not actor_like(poss):
        return None
    clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp") and c.i > noun.i and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    if clause is None:
        return None
    scope = subtree_range(clause, skip=tuple(m for m in clause.children if m.dep_ == "mark"))
    return Cue(noun.idx, tok_end(noun), noun.text, scope, np_range(poss), "indirect", noun.i, stance="claim")


def _owned_figure(poss: Token) -> Cue | None:
    """'Prime Minister Morawiecki's "more than 100" fighters', 'dismissed Nowak's 300 as a guess': a named actor's
    possessive before a figure in quotation marks, or before a figure standing alone as the noun phrase's head, is
    that actor's figure. A bare figure before its noun ("Russia's 4,000 troops") is the owner's, not a claimant's."""
    if poss.pos_ == "PRON" or not actor_like(poss):
        return None
    head = poss.head
    doc = poss.doc
    after = poss.i + 1
    if after < len(doc) and doc[after].dep_ == "case":
        after += 1                                   # past the "'s"
    if head.like_num or head.pos_ == "NUM":
        figure = head                                # "Nowak's 300 was closer": the figure is the noun phrase
    else:
        if after >= len(doc) or doc[after].text not in QUOTES:
            return None
        figure = next((c for c in head.children if c.dep_ == "nummod" and c.i > after), None)
        if figure is None or not any(doc[k].text in QUOTES for k in range(figure.i + 1, head.i)):
            return None                              # the quotation must close round the figure itself
    lo, hi = np_range(poss)
    text = doc_text(doc)
    if text[lo:hi].endswith(("'s", "’s")):
        hi -= 2
    end = tok_end(head) if head.i >= figure.i else tok_end(figure)
    scope = trimmed(doc, doc[after].idx, end)
    if scope[1] <= scope[0] or hi <= lo:
        return None
    return Cue(poss.idx, hi, doc[poss.i].text, scope, (lo, hi), "indirect", None, stance="claim")


def _appositive_credit(noun: Token) -> Cue | None:
    """'Serbia's call-up of up to 5,000 reservists, the ministry's own figure, …', '… some 7,500 troops, the figure
    both governments give, …': a figure noun in apposition credits the phrase before it to its owner or to the
    subject of its relative clause."""
    if noun.lemma_.lower() not in _CREDIT_NOUNS:
        return None
    src = None
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is not None and poss.pos_ != "PRON":
        src = (poss.left_edge.idx, tok_end(poss))             # "the ministry" of "the ministry's own figure"
    rel = next((c for c in noun.children if c.dep_ == "relcl" and c.lemma_.lower() in _CREDIT_VERBS), None)
    if src is None and rel is not None:
        subj = subject_of(rel)
        if subj is not None and subj.lower_ not in _RELATIVE_PRONOUNS and actor_like(subj):
            src = subject_range(subj)
    if src is None:
        return None
    doc = noun.doc
    start = noun.left_edge.i
    if start == 0 or doc[start - 1].text != ",":
        return None
    if noun.dep_ == "appos":
        top = noun.head
        while top.dep_ in ("pobj", "prep", "compound", "appos", "nmod") and top.head.i != top.i \
                and top.head.i < start:
            top = top.head
    else:                                  # the parser's second subject: "X of 1,400, the figure they give, is …"
        top = next((c for c in noun.head.children if c.dep_ == "nsubj" and c.i < start), None)
        if top is None:
            return None
    lo = max(top.left_edge.idx, noun.sent.start_char)
    hi = doc[start - 1].idx
    if hi <= lo:
        return None
    return Cue(noun.idx, tok_end(noun), noun.text, trimmed(doc, lo, hi), src, "indirect", None)


def _by_count(sent: Span, prep: Token) -> Cue | None:
    """'By UNHCR's count, more than 25,000 …', '… in eight days by UNHCR's count', 'on the ministry's figures': a
    count or estimate owned by a source after 'by' / 'on' credits the sentence to its owner (not a pronoun's 'by
    his estimate': that is whoever was named before, left to discourse)."""
    noun = next((c for c in prep.children if c.dep_ == "pobj" and c.lower_ in word_set("reckoning_nouns")), None)
    if noun is None:
        return None
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is None or poss.pos_ == "PRON":
        return None
    lo, hi = np_range(poss)
    text = doc_text(sent.doc)
    if text[lo:hi].endswith("'s") or text[lo:hi].endswith("’s"):
        hi -= 2
    scope = trimmed(sent.doc, sent.start_char, sent.end_char)
    return Cue(prep.idx, tok_end(noun), f"{prep.text} {noun.text}", scope, trimmed(sent.doc, lo, hi), "according_to",
               None)


def _put_at(verb: Token) -> Cue | None:
    """'X puts the number at N', 'X put Russian losses at N', 'X estimated the number at N': an estimate by X (the
    parser hangs "at N" on the verb or on its object)."""
    if verb.lemma_ not in ("put", "place", "estimate", "assess", "peg") or not any(
            c.dep_ == "prep" and c.lower_ == "at" for c in verb.children if c.i > verb.i) and not any(
            g.dep_ == "prep" and g.lower_ == "at" for c in verb.children if c.dep_ == "dobj" for g in c.children):
        return None
    subj = subject_of(verb)
    if subj is None:
        return None
    if subj.lower_ in _RELATIVE_PRONOUNS:
        # "Chad's government, which puts arrivals at 65,000, …": the noun the relative clause hangs on
        if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN"):
            return None
        ante = verb.head
        scope = subtree_range(verb, skip=(subj,))
        return Cue(verb.idx, tok_end(verb), verb.text, scope, trimmed(verb.doc, ante.left_edge.idx, tok_end(ante)),
                   "indirect", verb.i)
    scope = subtree_range(verb, skip=(subj,))
    return Cue(verb.idx, tok_end(verb), verb.text, scope, subject_range(subj), "indirect", verb.i)


def _reported_antecedent(verb: Token, subj: Token) -> tuple[int, int] | None:
    """'the 3,000 that the agency reported', 'the figure which Kyiv gave': a relative clause whose reporting verb
    has the noun it hangs on as its object (no object, clause or quote of its own): that noun phrase is what the
    clause's subject said. The char range of the antecedent phrase, or None."""
    if verb.dep_ != "relcl" or verb.head.i >= verb.i or subj.i < verb.head.i or not actor_like(subj):
        return None
    kids = list(verb.children)
    if any(c.dep_ in ("ccomp", "xcomp") for c in kids) or not any(
            c.dep_ == "dobj" and c.lower_ in ("that", "which") and c.i < subj.i for c in kids):
        return None
    head = verb.head
    num = head if head.like_num else next((c for c in head.children if c.dep_ == "nummod"), None)
    if num is None:
        return None                                  # only a figure restated: "the 3,000 that …", "the 40 tanks which …"
    return trimmed(verb.doc, num.left_edge.idx, tok_end(head))


def _no_one(noun: Token | None) -> bool:
    """'nobody', 'anyone else', 'no one': a subject or agent that names no one ('which nobody confirmed')."""
    if noun is None:
        return False
    first = noun.left_edge
    negative = lexicon.word_set("en/common.json", "negative_subjects")
    determiners = lexicon.word_set("en/common.json", "negative_determiners")
    return noun.lower_ in negative | word_set("no_one") or first.lower_ in negative \
        or (first.lower_ in determiners and noun.lower_ == "one")          # "no one", "nobody else"


def _negated_report(verb: Token) -> bool:
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_ in ("decline", "refuse", "fail")


def _trailing_scope(sent: Span, subj: Token) -> tuple[int, int] | None:
    """'CONTENT, a war monitor said.' where the parser found no clause: the content is what precedes the comma."""
    left = subj.left_edge
    if left.i <= sent.start or sent.doc[left.i - 1].text != ",":
        return None
    return trimmed(sent.doc, sent.start_char, sent.doc[left.i - 1].idx)


_COLON_CUES = {"say", "says", "said", "report", "reports", "reported", "write", "writes", "wrote", "state", "states",
               "announce", "announces", "add", "adds", "claim", "claims", "post", "posts"}


def _colon_cues(sent: Span, found: list[Cue]) -> list[Cue]:
    """'Our sources in the group report: the enemy has …' (the parser often reads the cue as a noun)."""
    out = []
    doc = sent.doc
    for t in sent:
        if t.lower_ not in _COLON_CUES or t.i + 1 >= sent.end or doc[t.i + 1].text != ":" or t.i == sent.start:
            continue
        if any(c.cue_start == t.idx for c in found):
            continue
        obj = t.head if t.dep_ == "conj" else t
        if obj.dep_ == "pobj" and obj.head.lower_ in ("from", "of"):
            continue                           # "… from official statements and local reports:": a noun, no cue
        src = trimmed(doc, sent.start_char, t.idx)
        scope = trimmed(doc, tok_end(doc[t.i + 1]), sent.end_char)
        if scope[1] <= scope[0]:
            scope = _list_after(doc, tok_end(doc[t.i + 1]))   # "The General Staff reports:" over a list
        if src[1] > src[0] and scope[1] > scope[0]:
            out.append(Cue(t.idx, tok_end(t), t.text, scope, src, "indirect", None,
                           stance=cue_class(t.lower_) or "neutral"))
    return out


_EMOJI = set("⚡❗‼🔴🟥📌✅►")
_SYMBOLS = _EMOJI | set("️•-–—*·▪ ")


def _source_colon(sent: Span, found: list[Cue]) -> list[Cue]:
    """'⚡️Ukraine's General Staff: Russia has lost 1,230 soldiers', 'Air Force: 24 of 27 drones shot down': a
    channel post or live-blog line that opens with its source and a colon. The opening must name an actor (a
    proper name or a role noun, no verb) and what follows must be a clause; "Belarus: troops arrive" (a place as a
    topic) and "Tanks: 40" (a list label) are not sources."""
    doc = sent.doc
    colon = next((t for t in sent if t.text == ":" or t.text == "):"), None)   # "Kyiv (General Staff):" is one
    if colon is None or colon.i - sent.start > 8 or colon.i == sent.start:      # token "):" to the tokenizer
        return []
    text = doc_text(doc)
    if colon.text != ":" and not LIST_LINE.match(text[sent.start_char:sent.start_char + 3]):
        return []
    line = text[text.rfind("\n", 0, sent.start_char) + 1:sent.start_char]
    if line.strip(" \t\ufe0f" + "".join(_EMOJI)):
        return []                              # not at a line start
    prefix = [t for t in doc[sent.start:colon.i] if not set(t.text) <= _SYMBOLS]
    if LIST_LINE.match(text[sent.start_char:sent.start_char + 3]):
        return _listed_source(sent, colon, prefix, found)   # a list item: "- Kalinkovichi: …" is a place, not who
    while prefix and ENTRY_TIME.fullmatch(prefix[0].text):
        prefix = prefix[1:]                    # a live blog's "13:05 Kazakh Defence Ministry: …": not the time
    after = doc[colon.i + 1:sent.end]
    if not prefix or any(t.pos_ in ("VERB", "AUX") for t in prefix) or not any(t.pos_ in ("VERB", "AUX")
                                                                                for t in after):
        return []
    if any(prefix[0].idx <= c.cue_start < colon.idx + 1 for c in found) or any(t.text in QUOTES for t in prefix):
        return []
    if " ".join(t.lower_ for t in prefix) in word_set("section_labels"):
        return []                              # "Background: Belarus's forces number …": a page's heading
    roles = word_set("org_roles") | word_set("person_roles")
    last = prefix[-1]
    named = any(t.ent_type_ in ("ORG", "PERSON") for t in prefix) and last.ent_type_ not in (
        "GPE", "DATE", "TIME", "LOC", "FAC")
    role = last.lower_ in roles or last.lemma_.lower() in roles
    if not (named or role) or (last.pos_ == "NOUN" and not role):
        return []                              # "Eilat attack: …", "Port strike: …": an event as a topic
    if _country_norm(text[prefix[0].idx:colon.idx]) in countries().by_name:
        return []                              # "Nigeria: gunmen abduct 87 villagers": a topic
    if not role and place_before_colon(text[prefix[0].idx:colon.idx]):
        return []                              # "Kherson: 12 dead after shelling": where, not who
    start = prefix[0].idx
    while start < colon.idx and doc_text(doc)[start] in _SYMBOLS | {"\ufe0f"}:
        start += 1
    src = trimmed(doc, start, colon.idx)
    scope = trimmed(doc, tok_end(colon), sent.end_char)
    if src[1] <= src[0] or scope[1] <= scope[0]:
        return []
    return [Cue(colon.idx, tok_end(colon), ":", scope, src, "indirect", None)]


_SPEAKER_LINE = re.compile(r"^[ \t]*([A-Z][A-Z'’.\-]*(?:[ \t]+[A-Z][A-Z'’.\-]*){0,2})[ \t]*:[ \t]+(?=\S)(.*\S)",
                           re.MULTILINE)


def speaker_lines(doc) -> list[tuple[Cue, bool]]:
    """'WRONA: We have information that more than 100 …', 'PRESENTER: Belarusian monitors say …': a transcript or
    interview line that opens with a speaker's name or role in capitals and a colon is that speaker's turn, to the
    line's end. Each comes with whether the label is the programme's own voice (programme_hosts: the outlet speaks);
    a single capital letter is a speaker only as a host's 'Q'."""
    text = doc_text(doc)
    hosts = word_set("programme_hosts")
    out: list[tuple[Cue, bool]] = []
    for m in _SPEAKER_LINE.finditer(text):
        label = m.group(1)
        words = label.replace(".", " ").split()
        letters = "".join(ch for ch in label if ch.isalpha())
        host = " ".join(w.lower() for w in words) in hosts
        if not host and (len(letters) < 2 or " ".join(words).lower() in word_set("section_labels")):
            continue
        colon = text.index(":", m.end(1))
        out.append((Cue(colon, colon + 1, ":", (m.start(2), m.end(2)), None if host else (m.start(1), m.end(1)),
                        "turn", None), host))
    return out


def _listed_source(sent: Span, colon: Token, prefix: list[Token], found: list[Cue]) -> list[Cue]:
    """'- Belarusian Hajun: about 4,500 have arrived', '• Lithuania's VSD: about 4,000.': a list item that opens with
    a body or person the actor dictionary knows (not a country or a place by itself) and gives a figure
    after the colon is that source's line, even with no verb ("- Kalinkovichi: 300", "- Tanks: 40" are labels)."""
    from sitroom.analyze.actors import lookup_actor

    doc = sent.doc
    if not prefix or any(t.pos_ in ("VERB", "AUX") or t.text in QUOTES for t in prefix):
        return []
    if any(prefix[0].idx <= c.cue_start < colon.idx + 1 for c in found):
        return []
    cut = colon.idx + colon.text.index(":")
    name = doc_text(doc)[prefix[0].idx:cut].strip()
    if not any(t.like_num or t.pos_ == "NUM" for t in doc[colon.i + 1:sent.end]):
        return []
    inner = _PLACE_BODY.match(name)
    if inner is not None and (_country_norm(inner.group(1)) in countries().by_name or place_before_colon(
            inner.group(1)) or lookup_actor(inner.group(1)) is not None):
        # "• Kyiv (General Staff): about 5,000 …", "• Moscow (defence ministry): …": the body in brackets speaks
        at = prefix[0].idx + doc_text(doc)[prefix[0].idx:cut].index("(") + 1
        src = trimmed(doc, at, at + len(inner.group(2)))
        scope = trimmed(doc, tok_end(colon), sent.end_char)
        return [Cue(colon.idx, tok_end(colon), ":", scope, src, "indirect", None)] if src[1] > src[0] else []
    actor = lookup_actor(name)
    if actor is None or _country_norm(name) in countries().by_name or place_before_colon(name):
        return []
    src = trimmed(doc, prefix[0].idx, colon.idx)
    scope = trimmed(doc, tok_end(colon), sent.end_char)
    if src[1] <= src[0] or scope[1] <= scope[0]:
        return []
    return [Cue(colon.idx, tok_end(colon), ":", scope, src, "indirect", None)]


_PLACE_BODY = re.compile(r"^([^()]{2,40}?)\s*\(([^()\d]{2,40})\)$")


def place_before_colon(name: str) -> bool:
    """'Kherson: 12 dead after shelling', 'Bakhmut: …', 'Kyiv: …': a place the gazetteer knows, heading a headline
    or a line before its colon, is the line's topic or dateline, not its source. A person or body the actor
    dictionary knows by that name stays the source ('Zelensky: …'; 'Austin: …' the defence secretary); a capital
    that the dictionary reads only as its government is the place."""
    from sitroom.analyze.actors import lookup_actor
    from sitroom.analyze.places import lookup_place

    place = lookup_place(name)
    if place is None or place.text.strip().lower() != name.strip().lower():
        return False
    actor = lookup_actor(name)
    if actor is None or not actor.sector:
        return True
    country = countries().by_iso3.get(place.country or "")
    return actor.sector == "GOV" and actor.country == place.country and country is not None \
        and bool(country.capital) and _country_norm(country.capital) == _country_norm(place.name or "")


def _reduced_relative_report(t: Token) -> Cue | None:
    """'The border guard posted on Telegram that X happened', parsed as 'the guard [posted on Telegram]' (acl)
    subject of 'happened' with a stray 'that': read it as the reporting verb it is."""
    noun, clause = t.head, t.head.head
    if t.dep_ == "acl" and t.tag_ in ("VBD", "VBN") and noun.dep_ == "ROOT" and noun.pos_ in ("NOUN", "PROPN"):
        return _verbless_report(t, noun)
    # the clause may be passive: "A Russian channel reported on October 21 that 40 soldiers were captured" hangs
    # the channel on "captured" as a second passive subject
    if t.dep_ != "acl" or t.tag_ not in ("VBD", "VBN") or noun.dep_ not in ("nsubj", "nsubjpass") \
            or clause.i == noun.i:
        return None
    mark = next((m for m in clause.children if m.dep_ == "mark" and m.lower_ == "that" and m.i > t.i), None)
    if mark is None:
        return None
    scope = trimmed(t.doc, tok_end(mark), tok_end(clause.right_edge))
    src = np_range(noun)
    src = (src[0], min(src[1], t.idx - 1)) if src[1] > t.idx else src
    src = trimmed(t.doc, *src)
    return Cue(t.idx, tok_end(t), t.text, scope, src, "indirect", t.i, stance=reporting_class(t.lemma_) or "neutral")


def _verbless_report(t: Token, noun: Token) -> Cue | None:
    """'A Russian channel reported on October 21 that CLAIM', parsed as one noun phrase ('a channel [reported …]')
    with no main verb: the that-clause (under the verb, or hung on the noun after it) is what the noun's speaker
    reported."""
    clauses = [c for c in t.children if c.dep_ == "ccomp"] or [
        c for c in noun.children if c.dep_ in ("acl", "relcl") and c.i > t.i
        and any(m.dep_ in ("mark", "advmod") and m.lower_ == "that" for m in c.children)
        and any(m.dep_ == "nsubj" and m.lower_ != "that" for m in c.children)]     # its own subject: no relative
    if not clauses:
        return None
    ranges = [subtree_range(c, skip=tuple(m for m in c.children if m.dep_ in ("mark", "advmod")
                                          and m.lower_ == "that")) for c in clauses]
    src = trimmed(t.doc, noun.left_edge.idx, tok_end(noun))
    return Cue(t.idx, tok_end(t), t.text, (min(r[0] for r in ranges), max(r[1] for r in ranges)), src, "indirect",
               t.i, stance=reporting_class(t.lemma_) or "neutral")


def _according_to(sent: Span, acc: Token) -> Cue | None:
    to = next(c for c in acc.children if c.lower_ == "to")
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    src, last = np_range(pobj), False
    if pobj.lemma_.lower() in word_set("message_nouns") or pobj.lower_ in word_set("information_nouns"):
        src, last = _message_source(pobj)
        if last and (pobj.lower_ in word_set("information_nouns") or pobj.lemma_.lower() in word_set(
                "information_nouns")):
            return None                                   # "according to preliminary data": no one is named
    phrase = (acc.left_edge.idx, tok_end(acc.right_edge))
    colon = next((t for t in sent.doc[pobj.i:acc.right_edge.i + 1] if t.text == ":"), None)
    if colon is not None and acc.i < pobj.i:
        phrase = (phrase[0], colon.idx)                   # "According to X:" and the list the parser hung on it
    s_start, s_end = trimmed(sent.doc, sent.start_char, sent.end_char)
    scope = (phrase[1], s_end) if phrase[0] <= s_start + 1 else (s_start, phrase[0])
    scope = trimmed(sent.doc, *scope)
    if scope[1] <= scope[0] and doc_text(sent.doc)[:s_end + 1].endswith(":"):
        scope = _list_after(sent.doc, s_end + 1)         # "According to X:" heads the list below it
    if scope[1] <= scope[0]:
        return None
    return Cue(acc.idx, tok_end(to), "according to", scope, src, "according_to", None, last_poster=last)


_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _list_after(doc, start: int) -> tuple[int, int]:
    """The lines from `start` to the next blank line (a list under a heading ending in a colon). A heading set off
    by a blank line ("The ministry reports:¶¶- 12 tanks …") heads the block after it."""
    text = doc_text(doc)
    while start < len(text) and text[start].isspace():
        start += 1
    stop = _BLANK_LINE.search(text, start)
    return trimmed(doc, start, len(text) if stop is None else stop.start())


def _nest_citing(sent: Span, cues: list[Cue]) -> list[Cue]:
    """'X reported, citing Y, that …' → source Y, carried by X (one attribution, not two)."""
    # "citing two officials" names a source; "citing a rise in crossings" gives a reason: only an actor or a message
    # ("citing a statement from the ministry") is cited
    citing = [t for t in sent if t.lower_ in ("citing", "quoting") and any(
        c.dep_ in ("dobj", "pobj") and _citable(c) for c in t.children)]
    if not citing:
        return cues
    out = list(cues)
    for c in citing:
        obj = next(x for x in c.children if x.dep_ in ("dobj", "pobj") and _citable(x))
        if any(p.dep_ == "poss" and p.pos_ == "PRON" for p in obj.children):
            continue                # "…, the agency said, citing its own sources": the agency's own word
        host = min((k for k in out if k.verb is not None and k.kind != "citing" and k.source is not None),
                   key=lambda k: abs(k.cue_start - c.idx), default=None)
        lead = next((k for k in out if k.kind == "according_to" and k.source is not None
                     and 0 <= c.idx - k.source[1] <= 3), None)
        if lead is not None:         # "According to Radio Free Belarus, citing Belaruski Hajun, about 4,500 …"
            host = lead
        if host is None:
            continue
        out[out.index(host)] = Cue(c.idx, tok_end(c), c.text, host.scope, np_range(obj), "citing", host.verb,
                                   carrier=host.source, stance=host.stance)
    return out


def poster_subjects(sent: Span) -> list[tuple[int, int]]:
    """Who posted/published something in this sentence (for a later 'the message reads')."""
    out = []
    for t in sent:
        if t.pos_ != "VERB" or t.lemma_ not in word_set("posting_verbs"):
            continue
        who = _agent(t) if _is_passive(t) else subject_of(t)
        if who is not None and who.pos_ != "PRON":
            out.append(np_range(who))
    return out
