"""The state of what a figure counts — planned, present, arrived, departed, killed, wounded, captured, destroyed,
pledged, delivered, displaced, attacked … — decided from the figure's own clause.

1. a participle or adjective on the counted noun ("1,200 personnel killed and wounded", "the 14 wounded", "the 7,500
   planned"), or a past participle before it ("the planned 7,500");
2. a status noun governing it ("losses amounted to 60 servicemen", "the death toll passes 10,000"), or a movement
   noun it is the of-complement of, in the movement's state ("the deployment of 9,000 troops began": arrived,
   "announced the deployment of": planned; a copula around it tells none: `_flow_noun_status`);
3. the verb of the clause (data/en/claim_status.json), looking through "begin / continue to" and "be believed to be"
   to the verb that carries the meaning; "lose" is casualties for people and destroyed for things;
4. a future or intention ("will number", "are expected", "are to be stationed", "plans to send", headline
   "X to station", "the decision to transfer") turns a flow or state into "planned" — a pledge verb's future stays "pledged";
   a verb of sending in the progressive ("is sending", "are being deployed", headline "troops coming") is
   "planned" too, and so is a destination participle ("bound for Belarus");
5. a flow as of a date counts what is there by then: a stock ("had arrived as of Oct. 17" is present; see
   `stock_as_of`, applied once the claim's dates are known);
6. a verb that uses attacks or weapons ("conducted 156 fire missions", "fired 30 missiles", "repelled five
   attacks") makes attacks, missiles and drones "attacked"; a verb that moves people from their homes ("evacuated
   60 patients", "relocated 70,000 residents") makes civilians "displaced" (troops evacuated have departed), and so
   does leaving a home or being taken from it, in the clause or a relative clause on the counted noun ("12,000
   people who have had to leave their homes", "forced some 950,000 from their homes");
7. otherwise "present" for a copula ("there are now"), else "attacked" for attacks, else "reported"; the whole of a
   partitive ("38 of the 40 tanks were unloaded") takes no state from the part's clause ("reported", unless its own
   participle or relative clause gives one; weapons of which some were downed were all launched: "attacked").
"""
from __future__ import annotations

from spacy.tokens import Token

from sitroom.analyze.claims._lexicon import MEASURE_NOUNS, POSSIBILITY_MODALS, status_lexicon
from sitroom.analyze.claims._where import SIZE_VERBS
from sitroom.countries import countries, norm

_CLIMB = {"dobj", "nsubj", "nsubjpass", "pobj", "prep", "attr", "appos", "conj", "npadvmod", "nummod", "compound",
          "quantmod", "oprd", "dative", "agent", "advmod", "amod", "nmod", "acomp", "pcomp"}
_LOOK_THROUGH = {"begin", "start", "continue", "keep", "be", "believe", "think", "say", "report", "seem", "appear",
                 "expect", "plan", "intend", "want", "go", "set", "due", "likely", "help", "manage", "try"}
_VICTIM = ("killed", "wounded", "captured", "casualties")
UNSTATED = "reported"            # the status of a figure whose clause tells no state (a headline, a bullet, "212 excused")
_SIZE = SIZE_VERBS | {"include"}


def governing_verb(tok: Token) -> Token | None:
    """The verb of the clause a noun (or number) stands in."""
    t = tok
    for _ in range(12):
        if t.pos_ in ("VERB", "AUX") and t is not tok:
            return t
        if t.head.i == t.i or t.dep_ not in _CLIMB:
            return t if t.pos_ in ("VERB", "AUX") else None
        t = t.head
    return None


def _participle_status(head: Token) -> str | None:
    lex = status_lexicon()
    found = []
    cands = list(head.children)
    if head.i + 1 < len(head.doc) and head.doc[head.i + 1] not in cands:
        cands.append(head.doc[head.i + 1])
    for c in cands:
        if c.i > head.i and (c.dep_ in ("acl", "amod", "conj", "appos") or c.i == head.i + 1):
            st = lex.participles.get(c.lower_)
            if st:
                found.append(st)
                for cc in c.children:
                    if cc.dep_ == "conj" and lex.participles.get(cc.lower_):
                        found.append(lex.participles[cc.lower_])
        if c.i > head.i and c.dep_ in ("acl", "amod") and c.lower_ in lex.destination_participles \
                and any(x.dep_ == "prep" and x.lower_ in ("for", "to") for x in c.children):
            found.append("planned")                           # "9,000 soldiers bound for Belarus"
    if not found:                                             # "the planned 7,500", "the 40 promised tanks"
        found = [lex.participles[c.lower_] for c in head.children     # "40 destroyed tanks" (tagged VBD or VBN)
                 if c.dep_ == "amod" and c.i < head.i and c.tag_ in ("VBN", "VBD") and c.lower_ in lex.participles]
    if "killed" in found and "wounded" in found:
        return "casualties"
    return found[0] if found else None


def _progressive(m: Token) -> bool:
    """'is sending', 'are being deployed', a headline's bare 'coming': the sending is under way or announced."""
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ == "being" for c in m.children):
        return True
    if m.tag_ != "VBG":
        return False
    return m.dep_ == "ROOT" or any(c.dep_ == "aux" and c.lemma_ == "be" for c in m.children) or (
        m.dep_ == "acl" and any(c.dep_ == "nsubj" for c in m.children))   # headline "…: 9,000 soldiers coming"


def _meaning_verb(v: Token) -> Token:
    """'have begun arriving' -> arriving, 'are believed to be dead' -> dead, 'will continue to arrive' -> arrive."""
    t = v
    for _ in range(3):
        nxt = next((c for c in t.children if c.dep_ in ("xcomp", "acomp") and c.i > t.i), None)
        if nxt is None or t.lemma_ not in _LOOK_THROUGH:
            break
        t = nxt
    return t


def _is_future(v: Token) -> bool:
    lex = status_lexicon()
    t = v
    for _ in range(4):
        for c in t.children:
            if c.dep_ == "aux" and c.lower_ in lex.future_words:
                return True
            if c.dep_ == "aux" and c.lower_ in POSSIBILITY_MODALS and not any(
                    a.dep_ == "aux" and a.lemma_ == "have" for a in t.children) and not any(
                    n.dep_ == "neg" for n in t.children):
                return True       # "up to 9,000 troops could be deployed"; not "may have arrived", "could not"
            if c.dep_ == "aux" and c.lower_ == "to" and (t.dep_ == "ROOT" or any(
                    s.dep_ == "nsubj" and s.i < c.i for s in t.children)):
                return True       # headline "Germany to station 4,800 troops", "Russia to send 9,000 …, Minsk says"
        if t.lemma_ in lex.intention_verbs and t is not v:
            return True
        if t.dep_ == "acl" and t.head.lemma_.lower() in lex.intention_nouns and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
            return True                                       # "the decision to transfer 60 tanks"
        if t.lemma_ == "be" and any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                                    for c in t.children):
            return True                                       # "9,000 troops are to be stationed" (be + to)
        if t.lemma_ == "expect" and any(c.dep_ in ("auxpass",) for c in t.children):
            return True                                       # "are expected by the weekend"
        if t.dep_ in ("xcomp", "conj", "ccomp") and t.head.i != t.i:
            if t.dep_ == "ccomp" and not (t.head.lemma_ in lex.intention_verbs):
                return False
            t = t.head
            continue
        break
    return False


def stock_as_of(status: str, relation: str | None) -> str:
    """'arrived' as of a date is how many are there by then: present."""
    cum = status_lexicon().cumulative
    return cum[status] if relation == "as_of" and status in cum else status


def noun_word(t: Token) -> str:
    """A noun as written, with a hyphenated compound the parser splits ('call - up' -> 'call-up')."""
    left = [c for c in t.children if c.dep_ == "compound" and c.i < t.i]
    if left and t.i >= 2 and t.doc[t.i - 1].tag_ == "HYPH" and left[-1].i == t.i - 2:
        return f"{left[-1].lower_}-{t.lower_}"
    return t.lower_


def _reports_for_duty(v: Token, head: Token, number: Token) -> bool:
    """'report' as a move, not speech: its subject is the counted noun (or the figure) and it goes to / for a place
    or duty ('reported for duty', 'report to their units'), with no object or clause said."""
    subj = any(c.dep_ == "nsubj" and c.i in (head.i, number.i) for c in v.children)
    return subj and any(c.dep_ == "prep" and c.lower_ in ("to", "for", "at") for c in v.children) and not any(
        c.dep_ in ("dobj", "ccomp") for c in v.children)


def _of_noun_status(head: Token, lex) -> str | None:
    """The status an event noun gives the figure that is its of-complement: 'the call-up of 5,000 reservists'
    (ordered), 'the evacuation of 400 residents' (displaced), 'the deaths of 12 people' (killed)."""
    of = head.head
    if head.dep_ != "pobj" or of.lower_ != "of" or of.head.pos_ not in ("NOUN", "PROPN") or of.head.i > head.i:
        return None
    noun = of.head
    return lex.nouns.get(noun_word(noun)) or lex.nouns.get(noun.lemma_.lower())


def _flow_noun_status(head: Token, lex) -> str | None:
    """The state of a figure that is the of-complement of a movement noun: 'the deployment of 9,000 troops', 'the
    withdrawal of 7,500 soldiers' (flow_nouns). The movement is planned when the noun is ('the proposed deployment')
    or its clause is a future, an intention or an announcement ('will begin next month', 'announced the deployment
    of'); it is under way (the flow: arrived, departed) when its clause begins, continues or completes it ('the
    deployment began on Monday', 'completed the withdrawal of', 'is under way'); in any other clause ('the
    deployment of 9,000 troops is the first since 1991') the clause tells no state of the figure (`UNSTATED`: the
    same figure's state elsewhere in the text decides). None when the figure is no such complement."""
    of = head.head
    if head.dep_ != "pobj" or of.lower_ != "of" or of.head.pos_ not in ("NOUN", "PROPN") or of.head.i > head.i:
        return None
    noun = of.head
    flow = lex.flow_nouns.get(noun_word(noun)) or lex.flow_nouns.get(noun.lemma_.lower())
    if flow is None:
        return None
    if any(c.dep_ in ("amod", "compound") and c.lower_ in lex.planning_modifiers for c in noun.children):
        return "planned"
    v = governing_verb(noun)
    if v is None:
        return None                                           # a headline's bare noun phrase: the usual rules
    verbs = [v, *(c for c in v.children if c.dep_ == "xcomp")]
    if any(x.lemma_.lower() in lex.progress_verbs for x in verbs):
        return "planned" if _is_future(v) else flow           # "the deployment began"; "will begin next week"
    if _is_future(v) or any(x.lemma_.lower() in lex.announcing_verbs | lex.intention_verbs for x in verbs):
        return "planned"
    if v.lemma_ == "be" and any(c.lower_ in lex.progress_words or c.dep_ == "prep" and c.lower_ == "under" and any(
            g.lower_ == "way" for g in c.children) for c in v.children):
        return flow                                           # "the deployment is under way"
    return UNSTATED


def _reduced_relative(head: Token, kind: str | None, lex) -> str | None:
    """The status a past participle after the counted noun gives it ('5,000 reservists called up by Serbia':
    ordered; '60 tanks delivered last year': delivered), from the verbs of claim_status.json."""
    for c in head.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > head.i:
            st = lex.verbs.get(c.lemma_.lower())
            if c.lemma_.lower() == "leave" and _left_behind(c, reduced=True):
                st = "present"                                # "5,000 fighters left at Tsel": still there
            if st == "pledged" and kind in lex.personnel_kinds:
                st = "arrived"                                # troops sent are deployed, not pledged
            if st:
                return st
    return None


def _partitive_whole(number: Token, head: Token) -> bool:
    """'30 of 40 drones', '30 of the 40 drones': the 40 is the whole the first figure is part of."""
    of = head.head if head.dep_ == "pobj" else None
    if of is not None and of.lower_ == "of" and of.head.pos_ == "NUM" and of.head.i < number.i:
        return True
    if of is not None and of.lower_ == "of" and of.head.lower_ == "out" and of.i >= 2 \
            and of.doc[of.i - 2].pos_ == "NUM" and of.doc[of.i - 2].i < number.i:
        return True                                                 # "44 out of 50 missiles"
    mods = [c for c in number.children if c.dep_ == "quantmod"]     # the parser's "30 of 40" as one number
    return any(c.lower_ == "of" for c in mods) and any(c.pos_ == "NUM" and c.i < number.i for c in mods)


_LEAVING = ("departed", "displaced")


def _from_home(head: Token, v: Token | None, lex) -> bool:
    """'forced some 950,000 from their homes', '12,000 people who have had to leave their homes': out of their homes
    (the clause's verb, or a relative clause on the counted noun, through 'have to' / 'be forced to')."""
    verbs = [v] if v is not None else []
    verbs += [c for c in head.children if c.dep_ == "relcl"]
    seen = 0
    while verbs and seen < 8:
        m = verbs.pop(0)
        seen += 1
        for c in m.children:
            if c.dep_ == "dobj" and c.lemma_.lower() in lex.home_nouns and lex.verbs.get(m.lemma_.lower()) in _LEAVING:
                return True                                   # "leave their homes", "fled their homes"
            if c.dep_ == "prep" and c.lower_ in ("from", "out") and any(
                    g.lemma_.lower() in lex.home_nouns for g in c.subtree if g.dep_ == "pobj"):
                return True                                   # "forced from their homes", "driven out of their homes"
            if c.dep_ == "xcomp":
                verbs.append(c)                               # "have had to leave", "were forced to flee"
    return False


def _among(v: Token, lex) -> str | None:
    """'five children were among the dead / the 12 killed / the victims': the group the figure is among."""
    for c in v.children:
        if c.dep_ == "prep" and c.lower_ == "among":
            for g in c.children:
                if g.dep_ == "pobj":
                    st = lex.nouns.get(g.lower_) or lex.participles.get(g.lower_) or next(
                        (lex.participles[x.lower_] for x in g.children if x.lower_ in lex.participles), None)
                    if st in _VICTIM or st == "displaced":
                        return st
    return None


_CONTAIN = {"include", "contain", "comprise"}


def _container_status(v: Token, lex) -> str | None:
    """'the aid package includes 31 tanks', 'a package including 30 Bradleys', 'the latest tranche of aid contains 12
    howitzers': what holds the figure decides it (container_nouns), through the holder, its compounds and of-noun."""
    if v.lemma_.lower() not in _CONTAIN:
        return None
    holder = next((c for c in v.children if c.dep_ == "nsubj"), None)
    if holder is None and v.dep_ in ("prep", "acl") and v.head.pos_ in ("NOUN", "PROPN"):
        holder = v.head                                       # "a package including …"
    if holder is None:
        return None
    words = [holder] + [c for c in holder.children if c.dep_ in ("compound", "amod")]
    words += [g for c in holder.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
              if g.dep_ == "pobj"]
    return next((lex.container_nouns[w.lemma_.lower()] for w in words if w.lemma_.lower() in lex.container_nouns),
                None)


_PART_WORDS = {"first", "second", "third", "last", "initial"}


def _whole_of_arrived_part(number: Token, head: Token, v: Token | None, lex) -> bool:
    """'The first of four systems has arrived', '38 of the 40 tanks had been unloaded': the part arrived or was
    delivered; the whole it is a part of is the announced total, still to come in full (planned), not arrived."""
    if v is None or number.head.i != head.i:
        return False
    of = head.head if head.dep_ == "pobj" else None
    mods = [c for c in number.children if c.dep_ == "quantmod" and c.i < number.i]   # the parser's "first of six"
    if of is not None and of.lower_ == "of":
        parts = [of.head]
    elif any(c.lower_ == "of" for c in mods):
        parts = [c for c in mods if c.lower_ != "of"]
    else:
        return False
    if not any(p.i < number.i and (p.pos_ == "NUM" or p.lower_ in _PART_WORDS) for p in parts):
        return False
    return lex.verbs.get(_meaning_verb(v).lemma_.lower()) in ("arrived", "delivered") and not _is_future(v)


def _place_subject(v: Token, lex) -> bool:
    """The subject of `v` is a place, not a side: a place name ('Adré alone now held 35,000') or a place noun
    ('camps such as Farchana hold …', 'the depot houses …')."""
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    if subj.lemma_.lower() in lex.place_nouns or subj.lower_ in lex.place_nouns:
        return True
    return subj.ent_type_ in ("GPE", "LOC", "FAC") and subj.pos_ == "PROPN" \
        and norm(subj.text) not in countries().by_name                # "Russia holds 1,500 prisoners": a side


_ORDINAL_LIKE = {"first", "last", "only", "latest"}


def _infinitive_ahead(head: Token, number: Token, lex) -> str | None:
    """A counted noun with a to-infinitive of moving or staying of its own ("9,000 troops to join the grouping, the
    ministry says", "1,500 soldiers to stay in Kosovo"): what is still to happen, planned. Not "the first 300 troops
    to arrive" (those have)."""
    if head.i == number.i or any(t.lower_ in _ORDINAL_LIKE for t in head.subtree if t.i < head.i):
        return None
    for c in head.children:
        if c.dep_ in ("relcl", "acl") and c.tag_ == "VB" and c.i > head.i and any(
                a.dep_ == "aux" and a.lower_ == "to" and a.i < c.i for a in c.children):
            st = lex.verbs.get(_meaning_verb(c).lemma_.lower())
            if st in ("arrived", "departed", "present", "pledged", "delivered"):
                return "planned"
    return None


def status_of(head: Token, number: Token, kind: str | None) -> str:
    """Status of a figure whose counted noun is `head` (or the number itself for a bare figure)."""
    lex = status_lexicon()
    st = _participle_status(head)
    if st:
        return st
    st = _of_noun_status(head, lex) or _flow_noun_status(head, lex)
    if st:
        return st                      # "the call-up of 5,000 reservists": ordered; "the deployment of 9,000 …"
    part = head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.i == number.i
    reduced = None if part else _reduced_relative(head, kind, lex)     # "300 of the 900 called up": not the 300
    if reduced and _partitive_whole(number, head) and kind not in lex.launch_kinds:
        return reduced            # "300 of the 900 conscripts called up have arrived": the 900 are called up
    own = lex.nouns.get(head.lower_) if head.i != number.i else None
    if own in _VICTIM or own == "displaced":
        return own                                            # "the 18 dead included …", "45 deaths were recorded"
    if number.head.i == head.i and kind in lex.launch_kinds and (any(
            c.dep_ in ("acl", "relcl") and c.lemma_.lower() in lex.launch_verbs for c in head.children)
            or _partitive_whole(number, head)):
        return "attacked"                     # "38 drones launched overnight", "downed 30 of 40 drones": all sent
    ahead = _infinitive_ahead(head, number, lex)
    if ahead:
        return ahead              # headline "Slightly under 9,000 Russian troops to join regional grouping, … says"
    v = governing_verb(head)
    whole = _partitive_whole(number, head)
    if _whole_of_arrived_part(number, head, v, lex):
        return "planned"          # "the first of four systems has arrived", "38 of the 40 tanks were unloaded"
    if kind in lex.civilian_kinds and _from_home(head, None if whole else v, lex):
        return "displaced"        # the whole's own relative clause still tells its state ("one of 4,000 people
    if whole:                     # who had to leave their homes"); otherwise the part's clause is not the whole's
        return UNSTATED           # ("gunmen killed 12 of the 40 passengers")
    among = _among(v, lex) if v is not None else None
    if among:
        return among
    held = _container_status(v, lex) if v is not None else None
    if held:
        return held
    if v is not None and v.dep_ == "acl" and v.lemma_ in _SIZE and v.head.pos_ in ("NOUN", "PROPN"):
        v = governing_verb(v.head) or v                       # "the contingent numbering 9,000 will be stationed"
    people = kind in lex.personnel_kinds
    if v is not None:
        for c in v.children:                                  # "losses amounted to …", "the death toll passes …"
            if c.dep_ in ("nsubj", "nsubjpass") and c.i != head.i and c.lemma_.lower() in lex.nouns:
                noun_st = lex.nouns[c.lemma_.lower()]
                if noun_st == "casualties" and not people:
                    return "destroyed"
                if noun_st not in ("planned", "present"):
                    return noun_st
        m = _meaning_verb(v)
        future = _is_future(v)
        word = m.lemma_.lower()
        if any(c.dep_ == "nsubj" and c.lemma_.lower() in MEASURE_NOUNS and c.i != head.i for c in v.children) \
                and (lex.verbs.get(word) in ("arrived", "present") or word in SIZE_VERBS):
            return "planned" if future else "present"         # "the number of troops reached / could reach 9,000"
        if word in _CHANGE_VERBS and not future and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in MEASURE_NOUNS and c.i != head.i for c in v.children):
            # "the number has fallen below 3,000", "the number of refugees has risen to 11,000": the size of what is
            # counted as it changes, in the kind's own state (not a departure)
            return lex.kind_status.get(kind, "present")
        if any(c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in m.children) and word in (
                "shoot", "bring", "take"):
            st = "destroyed"
        elif m.pos_ == "ADJ" or m.dep_ == "acomp":
            st = lex.participles.get(m.lower_) or ("present" if not future else None)
        elif word == "take" and any(c.dep_ in ("dobj", "prt") and c.lower_ in ("part", "place") for c in m.children):
            st = "present"                                    # "300 soldiers took part in the drills"
        elif word == "report" and _reports_for_duty(m, head, number):
            st = "arrived"                                    # "600 reservists reported to the barracks"
        elif word == "lose":
            st = "casualties" if people else "destroyed"
        elif word == "leave" and _left_behind(m):
            st = "present"                                    # "about 500 are left in Belarus": still there
        else:
            st = lex.verbs.get(word)                          # "take" (hostage, prisoner) is captured there
        if st in (None, "captured") and word in lex.place_holding_verbs and _place_subject(m, lex):
            st = "present"                # "camps hold 400,000 refugees": there, not taken; "the depot houses 40 tanks"
        if st is None and word in lex.launch_verbs and kind in lex.launch_kinds:
            st = "attacked"                                   # "conducted 156 fire missions", "fired 30 missiles"
        if word in lex.displacing_verbs and kind in lex.civilian_kinds:
            st = "displaced"                                  # "evacuated 60 patients", "relocated 70,000 residents"
        if not future and word in lex.progressive_planned and _progressive(m) \
                and not any(c.lower_ == "already" for c in m.children) and (word != "head" or any(
                    c.dep_ == "prep" and c.lower_ in ("to", "for", "towards", "toward") for c in m.children)):
            return "planned"                                  # "Russia is sending 9,000 troops to Belarus"
        if st in ("pledged", "delivered") and kind in lex.launch_kinds and any(
                c.dep_ == "prep" and c.lower_ in ("at", "against", "towards", "toward") for c in m.children):
            st = "attacked"                                   # "sent 40 drones at Kyiv": launched, not supplied
        if st == "pledged" and people:
            st = "arrived"                                    # troops sent are deployed, not pledged
        if future:
            if st in ("pledged", "delivered") and word not in lex.progressive_planned:
                return "pledged"                              # "will supply 60 tanks"; "will send" them: planned
            if st in _VICTIM or st == "destroyed":
                return st
            return "planned"
        if st:
            return st                                         # "there are": be is present in the lexicon
    if kind in lex.kind_status:
        return lex.kind_status[kind]                          # "some 12,000 evacuees": displaced
    if reduced:
        return reduced                                        # bullet "• 5,000 reservists called up (ministry)"
    if kind in lex.personnel_kinds and _placed_without_verb(head, number, v):
        return "present"                                      # "Seoul says 1,500 North Korean troops already in Russia"
    if kind in lex.personnel_kinds and _said_of_now(head, number, v):
        return "present"                                      # "says more than 10,000 now", "a force of 3,000 at present"
    return "attacked" if kind == "attacks" else UNSTATED     # attacks counted are attacks made


_CHANGE_VERBS = {"fall", "drop", "decline", "shrink", "dwindle", "rise", "climb", "increase", "double", "halve"}


def _left_behind(m: Token, reduced: bool = False) -> bool:
    """'About 500 fighters are left in Belarus', 'no more than 5,000 left at Tsel', 'those who are left': "left"
    with no object, passive or placed with "in"/"at", is what remains there; "have left Belarus", "left for Russia",
    "left in March" (a time) are departures."""
    if any(c.dep_ in ("dobj", "obj") for c in m.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("for", "to", "towards", "toward", "from") for c in m.children):
        return False
    if m.tag_ == "VBN" and (reduced and not any(c.dep_ == "agent" for c in m.children) or any(
            c.dep_ == "auxpass" or (c.dep_ == "aux" and c.lemma_ == "be") for c in m.children)):
        return True                               # "those (who are) left", "the 500 fighters left" (not "left by")
    return any(c.dep_ == "prep" and c.lower_ in ("in", "at", "inside") and any(
        g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") and (g.ent_type_ in ("GPE", "LOC", "FAC")
                                                                      or g.pos_ == "PROPN") for g in c.children)
        for c in m.children)


_NOW = {"now", "currently", "presently"}


def _said_of_now(head: Token, number: Token, v: Token | None) -> bool:
    """A count of forces said of the present moment ("the agency says more than 10,000 now", "fits a force of
    between 3,000 and 5,000 soldiers at present"), its clause telling no other state: how many are there now."""
    for t in {head, number, *((v,) if v is not None else ())}:
        for c in t.children:
            if c.dep_ == "advmod" and c.lower_ in _NOW:
                return True
            if c.dep_ == "prep" and c.lower_ == "at" and any(g.lower_ == "present" for g in c.children):
                return True
    return False


_SAYING = {"say", "report", "tell", "claim", "estimate", "believe", "think", "assess", "insist", "warn", "speak",
           "cite", "quote"}          # "the West cites 10,000 fighters in Belarus": a count said, not an act


def _placed_without_verb(head: Token, number: Token, v: Token | None) -> bool:
    """A count with a place of its own and no verb of its clause but one of saying (a headline "… troops already in
    Russia", a list line "about 3,000 in Russia"): they are there."""
    if v is not None and v.lemma_.lower() not in _SAYING:
        return False
    for t in {head, number}:
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "inside", "at") and c.i > t.i and any(
                    g.dep_ == "pobj" and (g.ent_type_ in ("GPE", "LOC", "FAC") or g.pos_ == "PROPN")
                    for g in c.children):
                return True
    return False
