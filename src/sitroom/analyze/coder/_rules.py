"""Which words of a sentence are PLOVER events, and of which type.

Steps over one parsed sentence (spaCy Span):
1. candidates: verbs and nouns that match a lexicon rule whose conditions hold (armed argument, crowd
   subject, political subject), plus forces said to be somewhere (`coder_presence`); words that assert no
   event are set aside (`coder_precision`: "mobilized men", headings, "discussed attacks");
2. structure: support verbs hand the event to their object noun ("held talks"), reversal verbs undo it
   ("lifted the curfew" -> CONCEDE), verbal acts fold in their content ("threatened to shell" -> one THREATEN,
   mode violence), orders give way to what is ordered ("instructed the army to deploy" -> the deployment),
   "X said Y must ..." is a REQUEST;
3. tense (`coder_tense`): announced cooperation ("will provide aid") is AGREE, announced coercion ("will impose a curfew") is
   THREATEN, "will not accept" is REJECT (PLOVER manual, AGREE and THREATEN sections);
4. negation: "did not attack", "none of ... have deployed", "no ... threat".
"""
from __future__ import annotations

from sitroom.analyze.coder._candidate import OBJ, SUBJ, Candidate, arg_heads
from sitroom.analyze.coder._candidate import expand as _expand
from sitroom.analyze.coder._lexicon import COOPERATIVE, CoderLexicon, TriggerRule
from sitroom.analyze.coder._precision import drop_unasserted
from sitroom.analyze.coder._presence import presence_candidates
from sitroom.analyze.coder._tense import CONTENT_MODES, THREAT_MODE_BY_COERCE, apply_tense
from sitroom.analyze.coder._tense import negated as _negated
from sitroom.analyze.coder._tense import negated_head as _negated_head
from sitroom.lexicon import word_set, words

__all__ = ["Candidate", "find_candidates", "arg_heads", "subject_heads"]

COMPLEMENT_DEPS = ("xcomp", "ccomp", "dobj", "obj", "attr", "oprd")
NOUN_CONTENT_PREPS = words("en/coder.json", "noun_content_prepositions")
INTENT_ADJ = word_set("en/coder.json", "intent_adjectives")
OBJECT_CONTROL = word_set("en/coder.json", "object_control_verbs")
ALLEGED = word_set("en/coder.json", "alleged_words")



def _in_class(lex: CoderLexicon, cls: str, toks) -> bool:
    return any(lex.in_class(cls, t.lemma_) or lex.in_class(cls, t.lower_) for t in toks)


def _relief(lex: CoderLexicon, head) -> bool:
    """"an aid ship", "a humanitarian convoy", "a convoy of trucks with humanitarian cargo": a vehicle that
    carries relief is no armed force."""
    near = [m for m in head.children if m.dep_ in ("amod", "compound", "nmod")]
    for p in head.children:
        if p.dep_ == "prep" and p.lower_ in ("of", "with", "carrying"):
            near += [t for t in p.subtree]
    near += [t for a in head.children if a.dep_ == "acl" for t in a.subtree]     # "a ship carrying food"
    return _in_class(lex, "relief", near)


def _subject_heads(tok) -> list:
    subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj and tok.dep_ in ("acl", "relcl"):
        subj = [tok.head]
    if not subj and tok.dep_ in ("xcomp", "conj"):
        subj = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    out = []
    for s in subj:
        out += _expand(s)
    return out


def _political(lex: CoderLexicon, toks, resolve) -> bool:
    for t in toks:
        if lex.in_class("political", t.lemma_) or t.ent_type_ in ("GPE", "NORP", "ORG", "PERSON"):
            return True
        if t.pos_ == "PROPN":
            return True
        if resolve is not None and t.pos_ in ("NOUN", "PROPN", "ADJ"):
            e = resolve(t)
            if e is not None and (e.country or e.sector):
                return True
    return False


def _needs_met(tok, needs: tuple[str, ...]) -> bool:
    if not needs:
        return True
    near = set()
    for c in tok.children:
        near.add(c.lemma_.lower())
        near.add(c.lower_)
        for g in c.children:
            near.add(g.lemma_.lower())
            near.add(g.lower_)
            for h in g.children:
                near.add(h.lemma_.lower())
                near.add(h.lower_)
    return all(n in near for n in needs)


def _rule_applies(rule: TriggerRule, tok, lex: CoderLexicon, resolve) -> bool:
    if not _needs_met(tok, rule.needs):
        return False
    f = rule.flags
    if "mil" in f or "nomil" in f:
        armed = any(_in_class(lex, "military", [h]) and not _relief(lex, h)
                    for h in arg_heads(tok) + ([tok] if rule.kind == "noun" else []))
        if armed and rule.kind == "verb" and any(c.dep_ in ("dobj", "obj") and _in_class(lex, "relief", [c])
                                                 for c in tok.children):
            armed = False   # "dispatched relief supplies aboard two naval ships": the ships carry the relief
        if ("mil" in f) != armed:
            return False
    if "crowd" in f and not _in_class(lex, "crowd", _subject_heads(tok) + (arg_heads(tok) if rule.kind == "noun" else [])):
        return False
    if "pol" in f and not _political(lex, _subject_heads(tok) or arg_heads(tok), resolve):
        return False
    if "clause" in f and not any(c.dep_ in ("ccomp", "xcomp") or c.dep_ in ("dobj", "obj") and _in_class(
            lex, "fault", [c]) for c in tok.children):
        return False        # "admitted its troops had fired", "admitted responsibility"; not "admitted to hospital"
    if "notorder" in f and _in_class(lex, "directive", [c for c in tok.children if c.dep_ in ("dobj", "obj",
                                                                                          "nsubjpass")]):
        return False        # "executing Putin's order", "executed the plan": carried out, nobody killed
    if "pact" in f and not _in_class(lex, "agreement", arg_heads(tok)):
        return False        # "signed an accord", not "signed a decree"
    if "human" in f:        # released prisoners, not results
        objs = []
        for c in tok.children:
            if c.dep_ in ("dobj", "nsubjpass", "obj"):
                objs += _expand(c)
        if not any(_in_class(lex, cls, objs) for cls in ("captive", "crowd", "military", "political")) and not any(
                o.ent_type_ in ("PERSON", "NORP") for o in objs):
            return False
    return True


def _match(tok, lex: CoderLexicon, resolve) -> TriggerRule | None:
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB" or (tok.tag_.startswith("VB") and tok.pos_ != "AUX"):
        table = lex.verbs
    elif tok.pos_ in ("NOUN", "PROPN"):
        table = lex.nouns
    else:
        return None
    # a verb's own particle decides its phrasal verb first: "called up 5,000 reservists for drills" is "call up",
    # not "call for" (a "for" deeper in the clause)
    prts = {c.lower_ for c in tok.children if c.dep_ == "prt"} if table is lex.verbs else set()
    for key in dict.fromkeys((lemma, tok.lower_)):
        rules = table.get(key, ())
        if prts:
            rules = sorted(rules, key=lambda r: not (r.needs and r.needs[0] in prts))     # stable
        for rule in rules:
            if _rule_applies(rule, tok, lex, resolve):
                return rule
    return None


# ------------------------------------------------------------------ structure
def _subtree_ids(tok, deps) -> set[int]:
    ids: set[int] = set()
    for c in tok.children:
        if c.dep_ in deps:
            ids |= {t.i for t in c.subtree}
        elif c.dep_ == "prep" and (tok.pos_ in ("NOUN", "PROPN") and c.lower_ in NOUN_CONTENT_PREPS
                                   or tok.pos_ == "VERB" and c.lower_ in ("of", "for", "to", "on", "upon", "over",
                                                                         "about", "into")):
            ids |= {t.i for t in c.subtree}
        elif (c.dep_ in ("acl", "relcl") and tok.pos_ in ("NOUN", "PROPN") or c.dep_ == "advcl") and any(
                g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
            ids |= {t.i for t in c.subtree}
    return ids


def _is_frame(c: Candidate) -> bool:
    if c.rule is None:
        return c.cue.startswith(("adj:", "modal:"))
    if c.rule.kind == "verb":
        return bool({"frame", "intent"} & c.rule.flags)
    return c.type in ("AGREE", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "CONCEDE") or c.rule.of_role == "content" \
        and c.type in ("SUPPORT",)


def _depth(tok) -> int:
    d = 0
    while tok.head.i != tok.i and d < 60:
        tok, d = tok.head, d + 1
    return d


def _fold(frame: Candidate, inner: Candidate) -> None:
    inner.absorbed = True
    frame.content.append(inner)
    if frame.mode is None:
        table = CONTENT_MODES.get(frame.type, {})
        mode = table.get(inner.type)
        if frame.type == "THREATEN" and inner.type == "COERCE":
            mode = THREAT_MODE_BY_COERCE.get(inner.mode or "", "restrict")
        frame.mode = mode


CURRENCY_WORDS = frozenset({"dollar", "dollars", "euro", "euros", "pound", "pounds", "yen", "yuan", "rupee", "rupees",
                            "franc", "francs", "riyal", "riyals", "dirham", "dirhams", "rouble", "roubles", "ruble",
                            "rubles", "won", "lira", "krona", "kronor", "krone", "kroner"})


def _sum_given(tok) -> bool:
    """A sum of money as the verb's object ("$100 million", "10 million euros")."""
    for x in tok.children:
        if x.dep_ in ("dobj", "obj") and any(t.ent_type_ == "MONEY" or t.lower_ in CURRENCY_WORDS or
                                             t.text[:1] in "$€£¥" or t.text.endswith("$") for t in x.subtree):
            return True
    return False


def _intent_type(content: list[Candidate]) -> str | None:
    if not content:
        return None
    return "AGREE" if content[0].type in COOPERATIVE | {"REQUEST"} else "THREATEN"


def _apply_structure(cands: list[Candidate], by_i: dict[int, Candidate]) -> None:
    # support and reversal verbs hand over to (or undo) an event noun they govern
    for c in list(cands):
        t = c.tok
        if c.absorbed or c.rule is None or c.rule.kind != "noun":
            continue
        head = t.head
        if t.dep_ == "compound" and head.pos_ in ("NOUN", "PROPN"):       # "mediation efforts"
            if head.dep_ in OBJ + ("nsubjpass",):
                t, head = head, head.head
            else:
                continue
        if t.dep_ == "pobj" and head.lower_ == "of" and head.head.dep_ in OBJ and head.head.pos_ == "NOUN" \
                and head.head.i not in by_i:      # "launched ten days of war games", "a series of bombings"
            t, head = head.head, head.head.head
        if t.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "VERB" and head.lower_ in ("on", "to"):
            head = head.head
        elif t.dep_ not in OBJ + ("nsubjpass",) or head.pos_ != "VERB":
            continue
        gov = by_i.get(head.i)
        if gov is not None and gov.rule is not None and "reverse" in gov.flags:
            undo = "CONCEDE" if c.type not in COOPERATIVE else "SANCTION"
            gov.type, gov.mode = undo, ("discontinue" if undo == "SANCTION" else None)
            gov.cue = f"verb:{gov.rule.name}+noun:{c.rule.name}->{undo}"
            _fold(gov, c)
            continue
        if gov is not None and gov.rule is not None and "light" in gov.flags:
            gov.absorbed = True
        if gov is None or (gov.rule is not None and "light" in gov.flags):
            c.governor = head
    for c in cands:   # reversal/support verbs left without an event object are not events themselves
        if c.rule is not None and c.rule.kind == "verb" and not c.content and (
                "reverse" in c.flags or "light" in c.flags and c.rule.head not in ("give",)):
            c.absorbed = True
    # verbal acts fold in their content; orders give way to it (outermost first)
    for f in sorted(cands, key=lambda c: _depth(c.tok)):
        if f.absorbed or not (_is_frame(f) or "control" in f.flags):
            continue
        ids = _subtree_ids(f.tok, COMPLEMENT_DEPS)
        inner = [c for c in cands if c is not f and not c.absorbed and c.tok.i in ids]
        if "control" in f.flags:
            if inner:
                f.absorbed = True
                for c in inner:
                    c.cue = f"{f.rule.name}>{c.cue}"
            continue
        for c in sorted(inner, key=lambda c: _depth(c.tok)):
            _fold(f, c)
        if (f.rule is not None and "intent" in f.flags) or f.cue.startswith("adj:"):
            new = _intent_type(f.content)
            if f.rule is not None and (not f.content or f.content[0].type == "AID") and _sum_given(f.tok):
                # "pledged $100 million in humanitarian aid to X", "pledged C$200 million in drones": a sum
                # given is aid (the PLOVER AID examples: money), not only a promise of cooperation
                f.type, f.mode = "AID", None
                f.cue += "+sum->AID"
                continue
            if new is not None and new != f.type:
                f.type = new
                f.cue += f"+content:{f.content[0].type}->{new}"
                f.mode = CONTENT_MODES.get(new, {}).get(f.content[0].type)


def _must_requests(sent, cands: list[Candidate], by_i: dict[int, Candidate]) -> list[Candidate]:
    """"X said Y must do Z": X asks Y for Z (REQUEST), folding in Z."""
    out = []
    for t in sent:
        if t.dep_ != "aux" or t.lower_ != "must":
            continue
        verb = t.head
        if verb.dep_ not in ("ccomp", "xcomp", "acl", "relcl", "advcl"):
            continue
        gov = verb.head
        while gov.pos_ not in ("VERB",) and gov.head.i != gov.i:
            gov = gov.head
        if gov.i in by_i and not by_i[gov.i].absorbed:
            continue      # an event verb already governs it ("demanded that ... must")
        req = Candidate(t, None, "REQUEST", None, "modal:must->REQUEST", governor=gov)
        ids = {x.i for x in verb.subtree}
        for c in sorted((c for c in cands if c.tok.i in ids and not c.absorbed), key=lambda c: _depth(c.tok)):
            _fold(req, c)
        out.append(req)
    return out


def _intent_adjectives(sent, cands: list[Candidate], lex: CoderLexicon) -> list[Candidate]:
    out = []
    for t in sent:
        if t.pos_ == "ADJ" and t.lemma_.lower() in INTENT_ADJ:
            ids = _subtree_ids(t, ("xcomp", "ccomp"))
            if any(c.tok.i in ids for c in cands):
                out.append(Candidate(t, None, "AGREE", None, f"adj:{t.lemma_.lower()}", governor=t.head))
    return out


def find_candidates(sent, lex: CoderLexicon, resolve=None) -> list[Candidate]:
    """Events of one sentence as candidates (absorbed ones are kept, marked, for inspection)."""
    cands: list[Candidate] = []
    for tok in sent:
        rule = _match(tok, lex, resolve)
        if rule is None or rule.type == "NONE":
            continue
        cands.append(Candidate(tok, rule, rule.type, rule.mode, f"{rule.kind}:{rule.name}->{rule.type}"))
    cands += presence_candidates(sent, lex, {c.tok.i for c in cands})
    drop_unasserted(cands, lex)
    cands += _intent_adjectives(sent, [c for c in cands if not c.absorbed], lex)
    by_i = {c.tok.i: c for c in cands if not c.absorbed}
    _apply_structure(cands, by_i)
    cands += _must_requests(sent, cands, by_i)
    for c in cands:     # "alleged aggression": the event is the allegation
        alleged = [m for m in c.tok.children if m.dep_ == "amod" and m.lower_ in ALLEGED]
        if not c.absorbed and c.tok.pos_ in ("NOUN", "PROPN") and c.type != "ACCUSE" and alleged:
            for other in cands:
                if other.tok.i == alleged[0].i:
                    other.absorbed = True
            c.cue = f"amod:alleged+{c.cue}->ACCUSE"
            c.type, c.mode = "ACCUSE", "allege"
    for c in cands:
        if c.absorbed:
            continue
        c.negated = _negated(c.tok) or (c.governor is not None and _negated_head(c.governor)) or (
            c.cue.startswith("copula:") and (_negated(c.tok.head) or _negated(c.governor)))
        if c.type == "MOBILIZE" and _in_class(lex, "peacekeeping", arg_heads(c.tok) + [c.tok]):
            c.cue += "+peacekeeping->AID"          # PLOVER AID: "military and police assistance including personnel"
            c.type, c.mode = "AID", None
        failed = c.tok.dep_ == "xcomp" and c.tok.head.lemma_.lower() == "fail"
        if failed and c.type in COOPERATIVE:
            c.cue += "+failed->REJECT"
            c.type = "REJECT"
            continue
        apply_tense(c, lex)
    return cands


subject_heads = _subject_heads
