"""Who did it, to whom, where: the arguments of a coded event, read off the dependency parse.

actor     nsubj of the trigger verb; the agent of a passive ("was attacked by militiamen", "brought by X");
          the controller of an infinitive ("instructed the army to deploy" -> the army); the noun an -ing
          clause modifies ("troops arriving"); for nouns the possessor ("Russia's invasion"), "by X", a
          demonym or name modifier ("Israeli air raids"), "of X" for movers ("the arrival of troops"), or the
          subject of the support verb ("Israel mounted an invasion"). For MOBILIZE the armed forces' own
          country is the actor ("deploy 1,000 Russian soldiers" -> Russia).
recipient the passive subject, the object, "against/on/with/to/at X", "of X" for nouns like invasion,
          the subject of a demanded clause ("demanded that the US cancel"), the second of "X and Y agreed".
location  "in/into/on/at/near/to X" resolved by the place resolver ("on the territory of Belarus").
"""
from __future__ import annotations

from sitroom.analyze.coder_rules import OBJECT_CONTROL, Candidate
from sitroom.model import Entity, Place

__all__ = ["ArgContext", "event_arguments"]

PERSONAL = frozenset({"he", "she", "him", "her", "his", "hers"})
NEUTER = frozenset({"it", "its", "they", "them", "their", "we", "our"})
RELATIVE = frozenset({"who", "which", "that", "whom"})
RECIPIENT_PREPS = ("against", "on", "upon", "with", "to", "toward", "towards", "at", "from", "for")
LOCATION_PREPS = ("in", "into", "on", "at", "near", "inside", "across", "to", "toward", "towards", "along",
                  "through", "outside", "around", "throughout")
MOVES = frozenset({"MOBILIZE", "RETREAT"})
# "X is committed to ...", "X is opposed to ...": a passive form that states the subject's own stance
STANCE_PARTICIPLES = frozenset({"commit", "oppose", "determine", "prepare", "resolve", "dedicate", "dispose",
                                "inclined", "incline", "poise", "set"})
# "Belarus' neighbours", "Israel's allies": the possessor is who they are related to, not who they are
RELATIONAL = frozenset({"neighbor", "neighbour", "ally", "partner", "rival", "enemy", "foe", "critic", "opponent",
                        "adversary", "creditor", "donor", "backer"})
PARTITIVE = frozenset({"none", "neither", "either", "some", "any", "each", "few", "many", "most", "all", "several",
                       "both", "one", "two", "three", "half", "dozens", "hundreds", "thousands"})
REPORTING = frozenset({"say", "tell", "announce", "state", "declare", "claim", "warn", "insist", "report", "add",
                       "indicate", "confirm", "vow", "pledge", "promise", "threaten", "deny", "argue", "conclude"})
AREA_NOUNS = frozenset({"territory", "border", "region", "area", "outskirts", "city", "town", "village", "side",
                        "part", "north", "south", "east", "west", "capital", "province", "district"})


class ArgContext:
    """Resolvers of one document plus small caches."""

    def __init__(self, doc, actors=None, places=None) -> None:
        self.doc = doc
        self.actors = actors
        self.places = places
        self._mentions = None
        self._cache: dict[tuple[int, int], Entity | None] = {}

    # -------------------------------------------------------------- entities
    def mentions(self) -> list[Entity]:
        if self._mentions is None:
            m = getattr(self.actors, "mentions", None)
            try:
                self._mentions = [e for e in (m() if callable(m) else []) if e.start is not None]
            except Exception:       # a resolver without mentions() still works for spans
                self._mentions = []
        return self._mentions

    def pronoun(self, tok) -> Entity | None:
        before = [e for e in self.mentions() if e.end is not None and e.end <= tok.idx]
        if not before:
            return None
        low = tok.lower_
        if low in PERSONAL:
            leaders = [e for e in before if e.sector == "LEADER"]
            return (leaders or before)[-1]
        if low in NEUTER:
            states = [e for e in before if (e.country or e.sector == "IGO") and e.sector != "LEADER"]
            return states[-1] if states else None
        return None

    def reporting_subject(self, tok) -> Entity | None:
        """'Palestinian leaders said they would boycott ...': a pronoun subject (or possessor) of a reported
        clause stands for the subject of the reporting verb, the usual reading in wire copy."""
        if tok.dep_ not in ("nsubj", "nsubjpass", "poss"):
            return None
        verb = tok.head
        while verb.pos_ not in ("VERB", "AUX") and verb.dep_ not in ("ROOT",) and verb.head.i != verb.i:
            verb = verb.head
        if tok.dep_ == "poss":      # "Syria will withdraw its troops": the clause's own named subject first
            own = _child(verb, "nsubj")
            if own is not None and own.lower_ not in PERSONAL | NEUTER and own.i != tok.head.i:
                e = self.resolved(own)
                if e is not None and (e.country or e.sector in ("IGO", "NGO")):
                    return e
        while verb.dep_ in ("conj", "xcomp", "aux") and verb.head.i != verb.i:
            verb = verb.head
        if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in REPORTING:
            return None
        speaker = _child(verb.head, "nsubj")
        if speaker is None or speaker.lower_ in PERSONAL | NEUTER | RELATIVE:
            return None
        e = self.resolved(speaker)
        if e is None or not (e.country or e.sector in ("IGO", "NGO")):
            return None
        return Entity(tok.text, e.name, e.country, e.sector, tok.idx, tok.idx + len(tok.text))

    def entity(self, tok, fallback: bool = True) -> Entity | None:
        """The actor a noun (phrase headed by tok) stands for."""
        if tok is None:
            return None
        if tok.lower_ in RELATIVE and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "relcl":
            tok = tok.head.head
        if tok.lower_ in PARTITIVE:     # "none of Moldova's neighbours": the group the quantifier ranges over
            of = _pobjs(tok, ("of",))
            if not of:
                return None
            tok = of[0]
        if tok.lower_ in PERSONAL | NEUTER:
            said = self.reporting_subject(tok)
            return said if said is not None else self.pronoun(tok)
        if tok.lemma_.lower() in RELATIONAL and _child(tok, "poss") is not None and \
                _child(tok, "compound", "amod", "nmod") is None:
            return Entity(text=np_span(tok).text, start=np_span(tok).start_char, end=np_span(tok).end_char) \
                if fallback else None
        if tok.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM", "PRON"):
            return None
        span = np_span(tok)
        key = (span.start, span.end)
        if key not in self._cache:
            ent = None
            if self.actors is not None:
                try:
                    ent = self.actors.resolve_span(span)
                except Exception:
                    ent = None
            self._cache[key] = ent
        ent = self._cache[key]
        if ent is None or not ent.country and ent.sector not in ("IGO", "NGO"):
            ent = self._country_from_context(tok, span, ent)
        elif ent.sector is None and _pobjs(tok, ("in",)):
            # "ethnic Albanians in south Serbia": a people named by where they live
            alt = self._country_from_context(tok, span, Entity(ent.text, ent.name, None, None, ent.start, ent.end))
            if alt is not None and alt.country:
                ent = alt
        if ent is None and fallback and tok.pos_ in ("NOUN", "PROPN"):
            ent = Entity(text=span.text, start=span.start_char, end=span.end_char)
        return ent

    def _country_from_context(self, tok, span, ent: Entity | None) -> Entity | None:
        """"King Hassan of Morocco", "opposition groups in Zimbabwe", "rebels from Liberia": the country
        of the phrase's of/in/from complement; a city or region named as an actor stands for its country."""
        for p in _pobjs(tok, ("of", "in", "from")):
            inner = self.entity(p, fallback=False)
            country = inner.country if inner is not None else None
            if country is None:
                place = self.place(p)
                country = place.country if place is not None else None
            if country:
                base = ent or Entity(text=span.text, start=span.start_char, end=span.end_char)
                return Entity(base.text, base.name, country, base.sector, base.start, base.end)
        if ent is None and tok.pos_ == "PROPN" and self.places is not None:
            place = self.place(tok)
            if place is not None and place.country:
                return Entity(span.text, place.name, place.country, None, span.start_char, span.end_char)
        return ent

    def resolved(self, tok) -> Entity | None:
        """Only actors the resolver knows (a country, a sector or a name)."""
        e = self.entity(tok, fallback=False)
        return e if e is not None and (e.country or e.sector or e.name) else None

    # -------------------------------------------------------------- places
    def place(self, tok) -> Place | None:
        if self.places is None or tok is None:
            return None
        for c in tok.children:      # "the territory of Belarus", "the outskirts of Kyiv"
            if tok.lemma_.lower() in AREA_NOUNS and c.dep_ == "prep" and c.lower_ == "of":
                for g in c.children:
                    if g.dep_ == "pobj":
                        p = self.place(g)
                        if p is not None:
                            return p
        span = np_span(tok)
        try:
            return self.places.resolve_span(span)
        except Exception:
            return None


def np_span(tok):
    """The noun phrase up to its head: modifiers on the left (not a conjunct's or relative clause's words)."""
    left = tok.i
    for c in tok.lefts:
        if c.dep_ in ("det", "amod", "compound", "nummod", "poss", "nmod", "quantmod", "punct", "case", "advmod") \
                and c.lower_ not in ("none", "neither"):
            left = min(left, c.left_edge.i)
    return tok.doc[left:tok.i + 1]


def _pobjs(tok, preps) -> list:
    out = []
    for c in tok.children:
        if c.dep_ in ("prep", "agent", "dative") and c.lower_ in preps:
            out += [g for g in c.children if g.dep_ == "pobj"]
    return out


def _child(tok, *deps):
    for c in tok.children:
        if c.dep_ in deps:
            return c
    return None


def subject_of(tok, depth: int = 0):
    """The token that names who does what tok says (see module docstring)."""
    if tok is None or depth > 6:
        return None
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children) or (
        tok.dep_ in ("acl",) and tok.tag_ == "VBN")
    if passive:
        agents = _pobjs(tok, ("by",))
        if not agents and tok.lemma_.lower() in STANCE_PARTICIPLES:
            return _child(tok, "nsubjpass")
        return agents[0] if agents else None
    s = _child(tok, "nsubj", "csubj", "expl")
    if s is not None and s.dep_ != "expl":
        return s
    if tok.dep_ == "xcomp":
        obj = _child(tok.head, "dobj", "obj")
        if tok.head.lemma_.lower() in OBJECT_CONTROL and obj is not None:
            return obj
        if tok.head.pos_ == "ADJ" or tok.head.lemma_ == "be":
            return subject_of(tok.head.head if tok.head.pos_ == "ADJ" else tok.head, depth + 1) \
                if _child(tok.head, "nsubj") is None else _child(tok.head, "nsubj")
        return subject_of(tok.head, depth + 1)
    if tok.dep_ in ("conj", "advcl") and tok.head.pos_ in ("VERB", "AUX"):
        return subject_of(tok.head, depth + 1)
    if tok.dep_ in ("acl", "relcl") and tok.tag_ == "VBG":
        return tok.head
    if tok.dep_ == "acomp":      # "Norway is opposed to ...": the copula's subject
        return subject_of(tok.head, depth + 1)
    if tok.dep_ == "pcomp":      # "by sending troops"
        return subject_of(tok.head.head, depth + 1)
    return None


def _acls(tok) -> list:
    out = [c for c in tok.children if c.dep_ == "acl"]
    for o in _pobjs(tok, ("of",)):
        out += [c for c in o.children if c.dep_ == "acl"]
    return out


def _noun_actor(c: Candidate, ctx: ArgContext):
    tok = c.tok
    poss = _child(tok, "poss")
    if poss is not None:
        return poss
    for acl in _acls(tok):      # "accusations (of threats) brought by Belarus"
        if True:
            agents = _pobjs(acl, ("by",))
            if agents:
                return agents[0]
    by = _pobjs(tok, ("by",))
    if by:
        return by[0]
    if c.rule is not None and c.rule.of_role == "actor":
        ofs = _pobjs(tok, ("of",))
        if ofs:
            return ofs[0]
    between = _pobjs(tok, ("between", "among"))
    if between:
        return between[0]
    for m in tok.children:      # "Israeli air raids", "U.S. sanctions"
        if m.dep_ in ("amod", "compound", "nmod") and ctx.resolved(m) is not None and m.i < tok.i:
            return m
    if tok.head.dep_ in ("prep", "agent") and tok.head.head.dep_ == "acl":
        pass
    gov = c.governor or (tok.head if tok.dep_ in ("dobj", "obj", "attr") else None)
    if gov is not None:
        return subject_of(gov)
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ == "VERB":
        return subject_of(tok.head.head)      # "resorted to violence", "engaged in ethnic cleansing"
    return None


def _armed_actor(c: Candidate, ctx: ArgContext, lex) -> Entity | None:
    from sitroom.analyze.coder_rules import arg_heads
    for h in arg_heads(c.tok):
        if (lex.in_class("military", h.lemma_) or lex.in_class("police", h.lemma_)) and (
                h.pos_ == "PROPN" or any(m.dep_ in ("amod", "compound", "poss", "nmod") for m in h.children)):
            e = ctx.resolved(h)
            if e is not None and e.country:
                return e
    return None


def _recipient(c: Candidate, ctx: ArgContext, actor_tok, lex) -> Entity | None:
    tok = c.tok
    cands = []
    if tok.pos_ in ("NOUN", "PROPN"):
        if c.rule is not None and c.rule.of_role == "recipient":
            cands += _pobjs(tok, ("of",))
        cands += _pobjs(tok, RECIPIENT_PREPS)
        for acl in _acls(tok):
            cands += _pobjs(acl, RECIPIENT_PREPS)
        between = _pobjs(tok, ("between",))
        if between:
            cands += [x for x in between[0].children if x.dep_ == "conj"]
        gov = c.governor
        if gov is not None:
            cands += _pobjs(gov, RECIPIENT_PREPS) + [x for x in gov.children if x.dep_ == "dative"]
    else:
        cands += [x for x in tok.children if x.dep_ in ("nsubjpass", "dobj", "obj", "dative")]
        if tok.dep_ == "acl" and tok.tag_ == "VBN":
            cands.append(tok.head)
        for x in tok.children:      # "demanded that the US cancel", "said Y must"
            if x.dep_ == "ccomp":
                s = _child(x, "nsubj", "nsubjpass")
                if s is not None:
                    cands.append(s)
        cands += _pobjs(tok, RECIPIENT_PREPS)
        for x in tok.children:      # "threatened to cut off electricity to Nakhichevan"
            if x.dep_ == "xcomp":
                cands += [y for y in x.children if y.dep_ in ("dobj", "dative")] + _pobjs(x, RECIPIENT_PREPS)
    for content in c.content:
        cands += [x for x in content.tok.children if x.dep_ in ("dobj", "nsubj", "nsubjpass")]
    if c.cue.startswith("modal:"):
        s = _child(c.tok.head, "nsubj", "nsubjpass")
        cands = ([s] if s is not None else []) + cands
    for x in cands:
        if actor_tok is not None and x.i == actor_tok.i:
            continue
        if c.type in MOVES and (lex.in_class("military", x.lemma_) or lex.in_class("police", x.lemma_)):
            continue      # the forces moved are not whom the move is against
        owner = _child(x, "poss")
        if owner is not None and owner.lower_ in ("its", "their", "his", "her", "our") and (
                lex.in_class("military", x.lemma_) or lex.in_class("police", x.lemma_)):
            continue      # "offered its troops to Lebanon": one's own forces are the means, not the recipient
        e = ctx.resolved(x)
        if e is not None:
            return e
    if actor_tok is not None:       # "Minsk and Moscow agreed": the second party
        for x in actor_tok.children:
            if x.dep_ == "conj":
                e = ctx.resolved(x)
                if e is not None:
                    return e
    for x in ([] if c.type in MOVES else _deeper(c)):   # "agreed to provide aid for Romania"
        if actor_tok is not None and (x.i == actor_tok.i or x in actor_tok.subtree):
            continue
        owner = x
        while owner.dep_ in ("amod", "compound", "poss", "nmod", "punct") and owner.head.i != owner.i:
            owner = owner.head
        if (c.type in MOVES or owner.dep_ in ("nsubj", "nsubjpass")) and any(
                lex.in_class(k, t.lemma_) for k in ("military", "police") for t in (x, owner)):
            continue      # forces deep in the content are the instrument, not the recipient
        e = ctx.resolved(x)
        if e is not None:
            return e
    return None


def _deeper(c: Candidate) -> list:
    """Nominals in the trigger's (and folded content's) complements, nearest first."""
    roots = [c.tok] + [x.tok for x in c.content]
    if c.governor is not None:
        roots.append(c.governor)
    seen, out, frontier = set(), [], []
    for r in roots:
        frontier += [ch for ch in r.children if ch.dep_ in ("xcomp", "ccomp", "dobj", "prep", "dative", "pcomp", "acl",
                                                           "advcl", "conj")]
    while frontier and len(out) < 40:
        nxt = []
        for t in frontier:
            if t.i in seen:
                continue
            seen.add(t.i)
            if t.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "poss", "compound", "amod", "dative", "conj") \
                    and t.pos_ in ("NOUN", "PROPN", "ADJ"):
                out.append(t)
            nxt += [ch for ch in t.children if ch.dep_ not in ("relcl", "punct", "cc", "det")]
        frontier = nxt
    return out


def _location(c: Candidate, ctx: ArgContext) -> Place | None:
    tok = c.tok
    heads = [tok]
    if c.governor is not None:
        heads.append(c.governor)
    if tok.dep_ in ("acl", "relcl"):
        pass
    elif tok.pos_ in ("NOUN", "PROPN") and tok.head.pos_ == "VERB":
        heads.append(tok.head)
    for h in heads:
        for p in _pobjs(h, LOCATION_PREPS):
            place = ctx.place(p)
            if place is not None:
                return place
    for m in tok.children:          # "Belarusian territory" as the trigger's own modifier is rare; "Kyiv shelling"
        if m.dep_ == "compound" and m.pos_ == "PROPN":
            place = ctx.place(m)
            if place is not None:
                return place
    return None


def event_arguments(c: Candidate, ctx: ArgContext, lex) -> tuple[Entity | None, Entity | None, Place | None]:
    tok = c.tok
    if c.cue.startswith(("modal:", "adj:")):
        actor_tok = subject_of(c.governor) if c.governor is not None else None
        if c.cue.startswith("adj:"):
            actor_tok = _child(c.governor, "nsubj") if c.governor is not None else None
    elif tok.pos_ in ("NOUN", "PROPN"):
        actor_tok = _noun_actor(c, ctx)
    else:
        actor_tok = subject_of(tok)
    actor = ctx.entity(actor_tok) if actor_tok is not None else None
    if c.type == "MOBILIZE" or c.type == "RETREAT" and c.mode == "withdraw":
        armed = _armed_actor(c, ctx, lex)
        if armed is not None:
            actor = armed
    recipient = _recipient(c, ctx, actor_tok, lex)
    if recipient is not None and actor is not None and recipient.start is not None and recipient.start == actor.start:
        recipient = None
    location = _location(c, ctx)
    if recipient is not None and location is not None and recipient.start == location.start and (
            c.type in MOVES or c.mode == "visit"):
        recipient = None      # "arriving on Belarusian territory": where, not against whom
    if recipient is None and location is not None and location.country and c.type not in MOVES:
        # "arrived in Amman", "lifted a curfew in Montenegro": the host / the population of the place
        recipient = Entity(location.text, location.name, location.country, None, location.start, location.end)
    return actor, recipient, location
