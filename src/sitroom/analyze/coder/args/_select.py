"""Who did it, to whom, where: the arguments of a coded event, read off the dependency parse.

actor     nsubj of the trigger verb; the agent of a passive ("was attacked by militiamen", "brought by X");
          the controller of an infinitive ("instructed the army to deploy" -> the army); the noun an -ing
          clause modifies ("troops arriving"); for nouns the possessor ("Russia's invasion"), "by X", a
          demonym or name modifier ("Israeli air raids"), "of X" for movers ("the arrival of troops"), or the
          subject of the support verb ("Israel mounted an invasion"). For MOBILIZE the armed forces' own
          country is the actor ("deploy 1,000 Russian soldiers" -> Russia).
recipient the passive subject, the object, "against/on/with/to/at X", "of X" for nouns like invasion,
          the subject of a demanded clause ("demanded that the US cancel"), the second of "X and Y agreed".
          A town is never the recipient: with no one named, the country it is in stands for its people / state
          ("an airstrike in Rafah"); an object acted on ("hit a residential building", "arrested 34 activists")
          is (args/_target.py). A weapon as subject is the instrument: the actor is unknown ("a car bomb exploded").
location  "in/into/on/at/near/to X" resolved by the place resolver ("on the territory of Belarus", "to
          Belarusian training grounds"); the attacked place itself ("shelled Nikopol"); the subject's own
          "in X" ("police in Lahore raided").
"""
from __future__ import annotations

from sitroom.analyze.coder.args._actor import RECEIVER_VERBS
from sitroom.analyze.coder.args._actor import acls as _acls
from sitroom.analyze.coder.args._actor import armed_actor as _armed_actor
from sitroom.analyze.coder.args._actor import noun_actor as _noun_actor
from sitroom.analyze.coder.args._actor import subject_of, undergone
from sitroom.analyze.coder.args._context import AREA_NOUNS, LOCATION_PREPS, PLACE_NOUNS, MOVES, RECIPIENT_PREPS, ArgContext
from sitroom.analyze.coder.args._context import RELATIONAL
from sitroom.analyze.coder.args._context import child as _child
from sitroom.analyze.coder.args._context import np_span
from sitroom.analyze.coder.args._context import pobjs as _pobjs
from sitroom.analyze.coder.args._rank import ABOUT_PREPS, ADDRESSEE_TYPES, addressee_last, deep_ok, deeper, event_noun_actor
from sitroom.analyze.coder.args._rank import borrowed_actor, given_thing
from sitroom.analyze.coder.args._fallback import crowd_country, domestic_recipient
from sitroom.analyze.coder.args._fallback import home_institution, home_state
from sitroom.analyze.coder.args._fallback import unresolved_humans
from sitroom.analyze.coder.args._target import human, instrument, object_target
from sitroom.analyze.coder._hazard import CAUSE_PREPS, attack_word
from sitroom.analyze.coder._rules import Candidate
from sitroom.model import Entity, Place
from sitroom.nlp import doc_text

__all__ = ["ArgContext", "event_arguments", "np_span", "subject_of"]

PLACE_TARGET_TYPES = frozenset({"ASSAULT"})      # an attacked place is where the attack happened
# a country after "to"/"on" is the aim of a sanction, threat, demand, statement or its easing, not where it is done
AIMED_TYPES = frozenset({"SANCTION", "THREATEN", "ACCUSE", "REQUEST", "REJECT", "SUPPORT", "AGREE", "CONCEDE"})
AIMED_PREPS = ("to", "on", "toward", "towards")


def _without_causes(cands: list, lex) -> list:
    """'Two civilians killed in overnight shelling of Nikopol': the attack after "in"/"by"/"during" is the harm's
    cause, not whom it befell; the place or party it was "of" stands in its stead."""
    out = []
    for x in cands:
        if x.dep_ == "pobj" and x.head.lower_ in CAUSE_PREPS and attack_word(x, lex):
            out += _pobjs(x, ("of", "on"))
            continue
        out.append(x)
    return out


def _recipient(c: Candidate, ctx: ArgContext, actor_tok, lex, location: Place | None = None) -> Entity | None:
    tok = c.tok
    suffered = undergone(tok)
    cands = [] if suffered is None else [suffered]     # "a convoy came under attack"
    if tok.pos_ in ("NOUN", "PROPN"):
        held = tok.head.head if tok.dep_ == "pobj" else None
        if held is not None and held.pos_ == "VERB" and _child(held, "auxpass") is not None:
            harmed = [x for x in held.children if x.dep_ == "nsubjpass"]   # "X was put under investigation"
            cands += harmed
            if c.type == "ASSAULT" and tok.head.lower_ in CAUSE_PREPS:
                # "Two civilians were killed in Russian shelling of Kherson": whom the attack befell, even with
                # no nationality of its own (the place's country then)
                for x in harmed:
                    if any(lex.in_class(k, x.lemma_) for k in ("crowd", "captive")):
                        e = ctx.entity(x)
                        if e is not None and not e.country and location is not None and location.country:
                            e = Entity(e.text, e.name, location.country, e.sector, e.start, e.end)
                        if e is not None:
                            return e
        if c.rule is not None and c.rule.of_role == "recipient":
            cands += _pobjs(tok, ("of",))
        elif c.rule is not None and c.rule.of_role == "content" and _pobjs(tok, ("by",)):
            cands += _pobjs(tok, ("of",))   # "recognition of Palestine by Slovenia": with its agent named, whom
        cands += _pobjs(tok, RECIPIENT_PREPS)
        if tok.dep_ == "ROOT":      # a headline's verb read as the root noun: "EU sanctions 10 Iranian officials"
            cands += [x for x in tok.children if x.dep_ in ("appos", "dobj") and x.i > tok.i]
        for acl in _acls(tok):
            cands += _pobjs(acl, RECIPIENT_PREPS)
        between = _pobjs(tok, ("between",))
        if between:
            cands += [x for x in between[0].children if x.dep_ == "conj"]
        gov = c.governor
        held_by = gov or (tok.head if tok.dep_ in ("dobj", "obj") else None)
        if held_by is not None and held_by.lemma_.lower() in RECEIVER_VERBS:
            cands += [x for x in held_by.children if x.dep_ == "nsubj"]     # "Putin cannot meet the demands"
        if gov is not None:
            cands += _pobjs(gov, RECIPIENT_PREPS) + [x for x in gov.children if x.dep_ == "dative"]
    else:
        cands += [x for x in tok.children if x.dep_ in ("nsubjpass", "dobj", "obj", "dative")]
        if tok.dep_ == "acl" and tok.tag_ == "VBN":
            cands.append(tok.head)
        for x in tok.children:      # "demanded that the US cancel", "said Y must"
            if x.dep_ == "ccomp":
                if c.type == "THREATEN" and _would(x):
                    # "warned that Moscow would strike Kyiv": the one who would act is the threatener's side;
                    # what it would act on is the threatened
                    cands += [y for y in x.children if y.dep_ in ("dobj", "obj")] + _pobjs(x, RECIPIENT_PREPS)
                    continue
                s = _child(x, "nsubj", "nsubjpass")
                if s is not None:
                    cands.append(s)
        cands += _pobjs(tok, RECIPIENT_PREPS + (ABOUT_PREPS if c.type in ADDRESSEE_TYPES else ()))
        for x in tok.children:      # "threatened to cut off electricity to Nakhichevan"
            if x.dep_ == "xcomp":
                cands += [y for y in x.children if y.dep_ in ("dobj", "dative")] + _pobjs(x, RECIPIENT_PREPS)
    for content in c.content:
        deps = ("dobj", "nsubj", "nsubjpass")
        if c.type == "THREATEN" and _would(content.tok):
            deps = ("dobj",)            # "warned that Pyongyang would respond to ...": the threatener's side
        cands += [x for x in content.tok.children if x.dep_ in deps]
    if c.cue.startswith("modal:"):
        s = _child(c.tok.head, "nsubj", "nsubjpass")
        cands = ([s] if s is not None else []) + cands
    cands = _without_causes(cands, lex)
    own = ctx.entity(actor_tok) if actor_tok is not None else None

    def not_actor(e):       # "insisted on its demands": the actor again is not the recipient
        return e is not None and not (own is not None and (e.start == own.start or e.text == own.text))
    for x in addressee_last(c, cands):
        if actor_tok is not None and x.i == actor_tok.i:
            continue
        if c.type in MOVES and (lex.in_class("military", x.lemma_) or lex.in_class("police", x.lemma_)):
            continue      # the forces moved are not whom the move is against
        if c.type in MOVES and x.dep_ == "pobj" and x.head.lower_ in ("from", "to", "toward", "towards", "into"):
            continue      # "the transfer of troops from Siberia to Ukraine": where from and where to
        owner = _child(x, "poss")
        if owner is not None and owner.lower_ in ("its", "their", "his", "her", "our") and (
                lex.in_class("military", x.lemma_) or lex.in_class("police", x.lemma_)):
            continue      # "offered its troops to Lebanon": one's own forces are the means, not the recipient
        if given_thing(c, x, lex):
            continue
        if _trigger_word(c, x, lex):
            continue
        if c.type not in PLACE_TARGET_TYPES and _where(x, ctx):
            continue      # "took to the streets of Nairobi", "a strike at ports across Bangladesh": where
        if trailing_credit(x):
            continue      # "... to Myanmar quake victims - Kyodo": the agency credited, not a party
        if _event_word(x, lex) and ctx.own(x) is None:
            # "condemned the execution of three protesters", "called for a ceasefire in Sudan": an event is
            # no party; the one it names as its own actor ("Russia's invasion") stands for it
            e = event_noun_actor(x, ctx, lex) or _event_party(x, ctx, lex)
            if e is None:
                continue
        else:
            e = ctx.resolved(x) or event_noun_actor(x, ctx, lex)
            if e is None and _addressed(c, x, lex):
                e = ctx.entity(x)
                if e is not None and not e.country and not e.sector and location is not None and location.country:
                    e = Entity(e.text, e.name, location.country, e.sector, e.start, e.end)
        if borrowed_actor(x, e, lex):
            continue
        if not_actor(e):
            return e
    target = object_target(c, ctx, lex, actor_tok, location)      # "hit a residential building in Rafah"
    if target is not None and target.country:
        return target
    found = _deeper_recipient(c, ctx, actor_tok, lex, not_actor)
    if target is None or found is not None and found.start is not None:
        return found
    if found is not None:           # "killed 23 people when they blew themselves up in Tel Aviv": theirs
        return Entity(target.text, target.name, found.country, target.sector, target.start, target.end)
    return target                   # "attacked a cargo ship in the Red Sea"


# types whose object is handled by args/_target.object_target (with the event's place), and moves (no one acted on)
OBJECT_TARGET_TYPES = frozenset({"ASSAULT", "COERCE"}) | MOVES
INTRANSITIVE_TYPES = frozenset({"PROTEST"})       # "gathered outside parliament": a misparsed object
PEOPLE_CLASSES = ("crowd", "political", "captive", "militia", "people")     # not armed forces: their ships, tanks


def _addressed(c: Candidate, x, lex) -> bool:
    """People or a group named as the trigger verb's own object, or as whom aid goes to, with no nationality
    ("urged allies to send", "warned traders", "accused opposition members", "delivered food to 250,000 people"):
    whom the act is aimed at, before any party named deeper in the clause ("... to send air defence to Ukraine")."""
    if c.type in OBJECT_TARGET_TYPES | INTRANSITIVE_TYPES or c.tok.pos_ != "VERB" or x.pos_ != "NOUN":
        return False
    own = x.head.i == c.tok.i and x.dep_ in ("dobj", "dative")
    aided = c.type == "AID" and x.dep_ == "pobj" and x.head.lower_ in ("to", "for") and x.head.head.i == c.tok.i
    if not (own or aided) or any(lex.in_class("weapons", w) for w in (x.lemma_.lower(), x.lower_)):
        return False        # "sends an aid ship", "develop a tank": a thing
    return x.lemma_.lower() in RELATIONAL or x.ent_type_ in ("PERSON", "NORP", "ORG") or any(
        lex.in_class(k, w) for k in PEOPLE_CLASSES for w in (x.lemma_.lower(), x.lower_))


def _trigger_word(c: Candidate, x, lex) -> bool:
    """A thing the trigger's rule needs ("block highway", "exchanged gunfire"): part of the trigger, no party
    (people it needs are whom it is done to: "expelled two diplomats")."""
    return c.rule is not None and x.head.i == c.tok.i and bool({x.lemma_.lower(), x.lower_} & set(c.rule.needs)) \
        and not human(x, lex)


THREAT_MODALS = frozenset({"would", "will", "'ll", "could", "might"})


def _would(tok) -> bool:
    """A clause of what someone would or will do ("that Moscow would strike")."""
    return tok.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in THREAT_MODALS for a in tok.children)


def _event_word(x, lex) -> bool:
    """A common noun that is itself an event of the lexicon ("the killing", "a ceasefire", "a state of emergency")."""
    if x.pos_ != "NOUN":
        return False
    near = None
    for w in dict.fromkeys((x.lemma_.lower(), x.lower_)):
        for r in lex.nouns.get(w, ()):
            if r.type == "NONE":
                continue
            if r.needs and near is None:    # "a state of emergency": the words the rule needs are the phrase's
                near = {t.lemma_.lower() for t in x.subtree} | {t.lower_ for t in x.subtree}
            if not r.needs or all(n in near for n in r.needs):
                return True
    return False


def _event_party(x, ctx: ArgContext, lex) -> Entity | None:
    """"condemned the killing of civilians", "the arrest of Istanbul's mayor": whom the event named was done to."""
    for o in _pobjs(x, ("of",)):
        if o.pos_ in ("NOUN", "PROPN") and not _event_word(o, lex) and human(o, lex) and not (
                o.pos_ == "PROPN" and ctx.place(o) is not None):
            return ctx.entity(o)
    return None


CREDIT_DASHES = frozenset({"-", "–", "—", "--"})


def trailing_credit(x) -> bool:
    """A name after a dash that closes a headline or ticker ("... - Kyodo", "... - TASS", "...: PM"): a credit,
    at most three words up to the end of its sentence."""
    sent = x.sent
    for t in x.doc[max(sent.start, x.i - 4):x.i]:
        if t.text in CREDIT_DASHES or t.text == ":" and t.i > sent.start + 3:
            rest = [w for w in x.doc[t.i + 1:sent.end] if not w.is_punct]
            return 0 < len(rest) <= 3 and all(w.text[:1].isupper() for w in rest)
    return False


def _deeper_recipient(c: Candidate, ctx: ArgContext, actor_tok, lex, not_actor) -> Entity | None:
    """The second of "X and Y agreed", else an actor deeper in the event's content."""
    if actor_tok is not None:       # "Minsk and Moscow agreed": the second party
        for x in actor_tok.children:
            if x.dep_ == "conj":
                e = ctx.resolved(x)
                if e is not None:
                    return e
    for x in deeper(c):   # "agreed to provide aid for Romania"
        if actor_tok is not None and (x.i == actor_tok.i or x in actor_tok.subtree) or not deep_ok(x, lex):
            continue
        if c.type in MOVES and not (x.dep_ == "pobj" and x.head.lower_ == "against"):
            continue      # "mobilized reservists for a possible war against Iraq": only whom it is against
        if c.type == "THREATEN" and x.dep_ in ("nsubj", "nsubjpass") and _would(x.head):
            continue      # "warned that Pyongyang would respond": the threatener's side
        if x.dep_ == "pobj" and x.head.lower_ in CAUSE_PREPS and attack_word(x, lex):
            continue      # "killed in shelling of Nikopol": the cause is not the recipient
        owner = x
        while owner.dep_ in ("amod", "compound", "poss", "nmod", "punct") and owner.head.i != owner.i:
            owner = owner.head
        if (c.type in MOVES or owner.dep_ in ("nsubj", "nsubjpass")) and any(
                lex.in_class(k, t.lemma_) for k in ("military", "police") for t in (x, owner)):
            continue      # forces deep in the content are the instrument, not the recipient
        if trailing_credit(x) or _trigger_word(c, x, lex):
            continue
        if _event_word(x, lex) and ctx.own(x) is None:
            # an event is no party ("apologised for the police raid"); whom it was done to may be
            e = _event_party(x, ctx, lex)
            if not_actor(e):
                return e
            continue
        if _where(x, ctx):
            return None     # "a rally in Lagos", "marched through central Kinshasa", "took to the streets of
            #                 Nairobi": where, never whom; nearer than any party named deeper (_content_place)
        e = ctx.resolved(x)
        if not_actor(e):
            return e
    return None


# prepositions whose place is where the event was, not at whom it was aimed ("to", "on", "into" and "toward" may aim)
# (not "outside": "rallied outside parliament" names whom the protest addresses)
WHERE_PREPS = frozenset({"in", "at", "near", "inside", "through", "across", "along", "around", "throughout", "off"})


def _where(x, ctx: ArgContext) -> bool:
    """A place named after a where-preposition ("through central Kinshasa", "across France"), or after "of" on a
    place noun that is ("to the streets of Nairobi", "in the port of Kochi")."""
    if x.dep_ != "pobj":
        return False
    if x.head.lower_ == "of" and x.head.head.lemma_.lower() in PLACE_NOUNS and x.head.head.dep_ == "pobj":
        return ctx.place(x) is not None
    if x.pos_ == "NOUN" and x.lemma_.lower() in PLACE_NOUNS and x.head.lower_ in WHERE_PREPS | {"to"}:
        inner = _pobjs(x, ("of", "across"))       # "in the port of Kochi", "at ports across Bangladesh"
        if inner and ctx.place(inner[0]) is not None:
            return True
    if x.head.lower_ not in WHERE_PREPS:
        return False
    place = ctx.place(x)
    return place is not None and bool(place.country)


TOPIC_PREPS = frozenset(ABOUT_PREPS) | {"after", "following", "amid", "despite", "since", "before"}


def _path(x, c: Candidate) -> list:
    """The tokens from x up to (not including) the trigger or its governor."""
    stop = {c.tok.i} | ({c.governor.i} if c.governor is not None else set())
    out, t = [], x
    while t.i not in stop and t.head.i != t.i:
        out.append(t)
        t = t.head
    return out


def _content_place(c: Candidate, ctx: ArgContext, actor_tok) -> Place | None:
    """"called for a ceasefire in El Fasher", "threatened to institute a curfew in Algiers": with no place of its
    own and no one named, the event is where its content is (the first place after in/at/near, nearest first)."""
    for x in deeper(c):
        if actor_tok is not None and (x.i == actor_tok.i or x in actor_tok.subtree):
            continue
        if any(a.dep_ == "prep" and a.lower_ in TOPIC_PREPS for a in _path(x, c)):
            continue        # "recalled its ambassador over the fighting in Sudan": a topic's place, not the event's
        if x.dep_ == "pobj" and x.head.lower_ in ("in", "at", "near", "inside"):
            place = ctx.place(x)
            if place is not None and place.country:
                return place
    return None


def _place_object(objs, ctx: ArgContext, any_place_noun: bool) -> Place | None:
    """A direct object that is itself a place: a name ("shelled Nikopol"), "the town of X", or for moves any
    place noun ("entered Greek airspace")."""
    for x in objs:
        named = x.pos_ == "PROPN" or x.lemma_.lower() in AREA_NOUNS and any(
            p.dep_ == "prep" and p.lower_ == "of" for p in x.children)
        if named or any_place_noun and x.lemma_.lower() in PLACE_NOUNS:
            place = ctx.place(x)
            if place is not None:
                return place
    return None


def _location(c: Candidate, ctx: ArgContext, actor_tok=None) -> Place | None:
    """The listed place (gazetteer) first; else a name the gazetteer does not list, on the same phrases (a place
    preposition's: "to" only for moves); else a town that names the actor's or an object's home ("a Moscow
    court", "Drone strike on Kursk bus") or a visit's object ("visits Islamabad")."""
    place = _listed_location(c, ctx, actor_tok)
    if place is not None:
        return place
    ctx.unlisted = True
    try:
        place = _listed_location(c, ctx, actor_tok)
    finally:
        ctx.unlisted = False
    if place is not None and (c.type in MOVES or place.start is None or
                              ctx.doc.char_span(place.start, place.end, alignment_mode="expand")[-1].head.lower_
                              not in ("to", "into", "toward", "towards")):
        return place
    return _home_place(c, ctx, actor_tok)


def _home_place(c: Candidate, ctx: ArgContext, actor_tok) -> Place | None:
    tok = c.tok
    if c.type == "CONSULT" and tok.pos_ == "VERB":
        place = _place_object([x for x in tok.children if x.dep_ in ("dobj", "obj")], ctx, False)
        if place is not None and place.kind != "country":
            return place
    args = ([actor_tok] if actor_tok is not None else []) + [
        x for x in tok.children if x.dep_ in ("dobj", "obj", "nsubjpass")] + _pobjs(tok, ("on", "at", "against"))
    for a in args:
        for m in a.children:
            if m.dep_ == "compound" and m.pos_ == "PROPN" and m.i < a.i and a.pos_ == "NOUN":   # not "Ariel Henry"
                place = ctx.place(m)
                if place is not None and place.kind != "country" and place.country:
                    return place
    return None


def _listed_location(c: Candidate, ctx: ArgContext, actor_tok=None) -> Place | None:
    tok = c.tok
    heads = [tok]
    if c.governor is not None:
        heads.append(c.governor)
        if c.cue.startswith("copula:"):      # "there are thousands of soldiers in Armenia"
            heads += _pobjs(c.governor, ("of",))
    if tok.dep_ in ("acl", "relcl"):
        pass
    elif tok.pos_ in ("NOUN", "PROPN") and tok.head.pos_ == "VERB":
        heads.append(tok.head)
    elif tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "pobj" and tok.head.lower_ in CAUSE_PREPS and \
            tok.head.head.pos_ == "VERB" and _child(tok.head.head, "auxpass") is not None:
        heads.append(tok.head.head)     # "wounded in an airstrike on a village near Tyre": where the harm was
    objs = [x for x in tok.children if x.dep_ in ("dobj", "obj")] if tok.pos_ == "VERB" else []
    if c.type in PLACE_TARGET_TYPES:        # "shelled Nikopol overnight", "stormed the town of Lyman"
        place = _place_object(objs, ctx, False)
        if place is not None:
            return place
    heads += objs       # "blocked streets in Hong Kong", "shelled positions near Bakhmut"
    if actor_tok is not None and actor_tok.dep_ in ("nsubj", "nsubjpass"):
        heads.append(actor_tok)     # "Police in Lahore raided ...", "Dock workers in Antwerp went on strike"
    venues = []
    for h in heads:
        for p in _pobjs(h, LOCATION_PREPS):
            place = ctx.place(p)
            if place is not None and place.kind == "country" and c.type in AIMED_TYPES and \
                    p.head.lower_ in AIMED_PREPS:
                continue    # "suspends arms exports to Israel", "threatens tariffs on Mexico": whom, not where
            if place is not None:
                return place
            venues.append(p)
    for v in venues:    # "killed seven worshippers at a mosque in northern Burkina Faso": the venue's own place
        # ("took to the streets of Nairobi", "in the port of Izmail": a place noun's "of")
        for p in _pobjs(v, LOCATION_PREPS + (("of",) if v.lemma_.lower() in PLACE_NOUNS else ())):
            place = ctx.place(p)
            if place is not None:
                return place
    if c.type in MOVES:     # "entered Greek airspace", "crossed the Dnieper", "pulled out of Vuhledar"
        place = _place_object(objs + _pobjs(tok, ("from", "out")), ctx, True)
        if place is not None:
            return place
    if c.type in PLACE_TARGET_TYPES and (tok.pos_ in ("NOUN", "PROPN") or tok.tag_ == "VBG"):  # "shelling of Nikopol"
        place = _place_object(_pobjs(tok, ("of", "on")), ctx, False)
        if place is not None:
            return place
    for h in dict.fromkeys(heads[:2] if c.governor is None else heads[:2] + [c.governor]):
        place = _argument_place(h, ctx, aimed=c.type in AIMED_TYPES)     # the trigger's own phrases, then its verb's ("launched by X in Y")
        if place is not None:
            return place
    for m in tok.children:          # "Belarusian territory" as the trigger's own modifier is rare; "Kyiv shelling"
        if m.dep_ == "compound" and m.pos_ == "PROPN":
            place = ctx.place(m)
            if place is not None:
                return place
    return None


ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "obj", "dative", "agent", "prep", "pobj", "appos", "conj"})
ARGUMENT_PREPS = frozenset(LOCATION_PREPS) | {"of", "by", "from", "against", "outside"}
TWO_WORD_PREPS = frozenset({"out", "away"})      # "pulled out of the palace in X", "away from the border"


def _argument_place(tok, ctx: ArgContext, depth: int = 6, aimed: bool = False) -> Place | None:
    """"A school in Kurakhove was hit", "detained by security forces in Istanbul", "Arrest of opposition leader
    in Dakar", "an attack on a village near Bandiagara": in a short report the place is often attached to one
    of the event's own arguments, not to the trigger. Nearest first, through the argument phrases only (no
    clause of its own: "a man who lived in Paris")."""
    level = [tok]
    for _ in range(depth):
        nxt = []
        for h in level:
            for x in h.children:
                if x.dep_ not in ARGUMENT_DEPS or x.dep_ == "prep" and x.lower_ not in ARGUMENT_PREPS and not (
                        x.lower_ in TWO_WORD_PREPS and _child(x, "prep") is not None):
                    continue        # "over the war in Gaza": a topic, not a participant ("out of X" is a move's)
                if x.dep_ == "pobj" and h.lower_ in LOCATION_PREPS + ("outside",):
                    place = ctx.place(x)
                    if place is not None and place.country and not (
                            aimed and place.kind == "country" and h.lower_ in AIMED_PREPS):
                        return place
                elif x.dep_ == "pobj" and x.pos_ == "PROPN" and ctx.place(x) is not None:
                    continue        # "evacuated from Cahul in Moldova": the country only says where Cahul is
                nxt.append(x)
        level = nxt
    return None


def _overlap(a: Entity, b: Entity) -> bool:
    """Two mentions sharing characters ("Russian" in "a Russian attack"), or the same start."""
    if a.start is None or b.start is None:
        return False
    return a.start == b.start or (a.end is not None and b.end is not None and a.start < b.end and b.start < a.end)


def event_arguments(c: Candidate, ctx: ArgContext, lex) -> tuple[Entity | None, Entity | None, Place | None]:
    tok = c.tok
    suffered = undergone(tok)           # "Kharkiv came under shelling": whom or where it was done to
    if c.cue.startswith(("modal:", "adj:")):
        actor_tok = subject_of(c.governor) if c.governor is not None else None
        if c.cue.startswith("adj:"):
            actor_tok = _child(c.governor, "nsubj") if c.governor is not None else None
    elif tok.pos_ in ("NOUN", "PROPN"):
        actor_tok = _child(tok, "nsubj") if tok.dep_ == "ROOT" else None    # a headline verb read as a noun
        actor_tok = actor_tok if actor_tok is not None else _noun_actor(c, ctx)
        if actor_tok is None and c.type == "PROTEST":    # "student protest in Jakarta", "Thousands rally in X"
            actor_tok = next((m for m in tok.children if m.i < tok.i and m.dep_ in ("compound", "nummod", "amod")
                              and any(lex.in_class("crowd", w) for w in (m.lemma_, m.lower_, m.lower_[:-1]))), None)
    else:
        actor_tok = subject_of(tok) if suffered is None else None
    actor = ctx.entity(actor_tok) if actor_tok is not None else None
    if actor is None and actor_tok is not None and actor_tok.dep_ in ("nummod", "compound", "nsubj") and \
            actor_tok.head.i == tok.i and tok.pos_ == "NOUN":
        actor = Entity(actor_tok.text, start=actor_tok.idx, end=actor_tok.idx + len(actor_tok.text))   # "Thousands"
    if c.type == "MOBILIZE" or c.type == "RETREAT" and c.mode == "withdraw":
        armed = _armed_actor(c, ctx, lex)
        if armed is not None:
            actor = armed
    if actor_tok is not None and instrument(actor_tok, ctx.own(actor_tok), lex):
        actor = actor_tok = None        # "a car bomb exploded": the weapon is the means, the attacker unknown
    location = _location(c, ctx, actor_tok)
    if location is None and suffered is not None:
        location = ctx.place(suffered)        # "Kharkiv, Sumy and Chernihiv regions came under shelling"
    if location is None and c.type not in MOVES:
        location = _content_place(c, ctx, actor_tok)
    recipient = _recipient(c, ctx, actor_tok, lex, location)
    if recipient is not None and actor is not None and _overlap(recipient, actor):
        recipient = None
    if recipient is not None and recipient.start is not None and recipient.start <= tok.idx < (recipient.end or 0):
        recipient = None      # "repelled a Russian attack": the event's own noun phrase is not whom it is against
    if recipient is not None and location is not None and recipient.start == location.start and (
            c.type in MOVES or c.mode == "visit"):
        recipient = None      # "arriving on Belarusian territory": where, not against whom
    actor = crowd_country(c, actor, actor_tok, location, lex) or home_state(c, actor, actor_tok, location) or actor
    recipient = domestic_recipient(c, actor, recipient, unresolved_humans(c, ctx, lex)) or recipient
    recipient = home_institution(recipient, location, doc_text(ctx.doc)) or recipient
    return actor, recipient, location
