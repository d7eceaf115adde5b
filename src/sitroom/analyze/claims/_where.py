"""Whose (owner) and where (location) a figure's counted things are, from its own noun phrase and clause.

Owner: a demonym, country or named force in the counted phrase ("Russian servicemen", "servicemen of the Armenian
Armed Forces", "al Shabaab fighters"); else the subject of a verb of having or moving one's own things ("Russia has
lost 300 tanks", "Germany will station 4,800 soldiers"). Location: an in/at/into/to … phrase on the counted noun or
its verb (through its of-complement: "to the Armed Forces of Ukraine"), the subject of a hosting verb ("Poland will
host 10,000 troops"), the place a departure verb leaves;
"in the country" / "in the west of the country" points back to the country named before (`country_anaphor`).
The claim finder falls back to the paragraph and the headline when the clause names neither.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Token

from sitroom.analyze import _assemble as assemble
from sitroom.analyze.claims._kinds import kind_of_text
from sitroom.analyze.claims._lexicon import MEASURE_NOUNS
from sitroom.nlp import doc_text

from sitroom.countries import countries, country_name, norm
from sitroom.lexicon import load_json
from sitroom.model import Entity, Place

SIZE_VERBS = {"number", "total", "comprise"}                 # "Belarus's armed forces number 48,000": their owner
OWNER_VERBS = {"have", "keep", "deploy", "station", "send", "move", "lose", "suffer", "fire", "launch", "operate",
               "field", "recruit", "concentrate", "mass", "amass", "supply", "deliver", "pledge", "withdraw", "pull",
               "maintain", "transfer", "base", "redeploy", "commit", "mobilise", "mobilize", "provide", "give",
               "hold", "offer", "dispatch", "shift", "bring", "use", "mobilize", "donate", "rotate", "call", "conscript",
               "draft", "muster", "enlist", "contribute", "hand"} | SIZE_VERBS
HOST_VERBS = {"host", "receive", "welcome", "accept", "house", "accommodate"}
LEAVE_VERBS = {"leave", "flee", "depart", "evacuate", "exit", "quit"}
PLACE_PREPS = {"in", "into", "to", "at", "inside", "within", "near", "across", "around", "on", "throughout", "onto",
               "over", "outside", "off", "along"}     # "shot down over Odesa", "off the coast of Crimea"
_LEFT_VERBS = {"withdraw", "leave", "pull", "retreat", "depart", "exit", "evacuate", "flee", "withdrawal", "pullout",
               "departure", "exodus", "escape"}
_ORIGIN = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
_PRONOUNS = {"it", "they", "we", "he", "she", "its", "their"}


def came_from(doc: Doc, p: Place) -> bool:
    """A place things came from ("arrived from Russia", "soldiers from Poland", "Kyiv to get 60 tanks from
    Warsaw"), not where they are; unlike one they left ("began withdrawing from Azerbaijan's Karabakh region": they
    were there)."""
    if p.start is None or not _ORIGIN.search(doc_text(doc), max(0, p.start - 12), p.start):
        return False
    tok = assemble.token_at(doc, p.start)
    prep = next((a for a in tok.ancestors if a.lower_ == "from"), None) if tok is not None else None
    return prep is None or prep.head.lemma_.lower() not in _LEFT_VERBS


def acting_place(doc: Doc, p: Place) -> bool:
    """A place that warns, threatens or accuses, or is warned, told or accused ("Moscow warns Warsaw over tank
    deliveries"): a capital or country standing for its government, a party speaking or spoken to, not where the
    counted things are."""
    tok = assemble.token_at(doc, p.start) if p.start is not None else None
    while tok is not None and tok.dep_ in ("compound", "amod", "nmod") and tok.head.i != tok.i \
            and tok.head.idx < (p.end or p.start + len(p.text)):
        tok = tok.head                                        # the head of a several-word name
    return tok is not None and tok.dep_ in ("nsubj", "dobj") and tok.head.lemma_.lower() in _addressing_verbs()


@lru_cache(maxsize=1)
def _addressing_verbs() -> frozenset[str]:
    """Verbs of warning, threatening, accusing and telling (data/en/attribution.json): their subject and object are
    parties speaking and spoken to."""
    raw = load_json("en/attribution.json")
    return frozenset(w for cls in ("warn", "threat", "claim") for w in raw["reporting"].get(cls, ())) \
        | frozenset(raw.get("addressee_verbs", ()))


def _demonym_iso(tok: Token, n: str) -> str | None:
    """The country of a demonym; a plural one only capitalised, as the people ("the Poles"; not "200 poles")."""
    t = countries()
    iso = t.by_demonym.get(n)
    return iso if iso and (n not in t.plural_demonyms or tok.text[:1].isupper()) else None


def _two_word_demonym(tok: Token) -> Entity | None:
    """A demonym of two words the token begins or ends ('North Korean', 'South Sudanese', 'Sri Lankan'): the
    country of both words together, never of one alone ('Korean' names no side; 'North' is no country)."""
    t, doc = countries(), tok.doc
    for a, b in ((tok.i, tok.i + 1), (tok.i - 1, tok.i)):
        if 0 <= a and b < len(doc) and doc[a].whitespace_:
            iso = t.by_demonym.get(norm(f"{doc[a].text} {doc[b].text}").removesuffix("'s").removesuffix("’s"))
            if iso:
                start, end = doc[a].idx, doc[b].idx + len(doc[b].text)
                return Entity(doc.text[start:end], country_name(iso), iso, None, start, end)
    return None


def demonym_entity(tok: Token) -> Entity | None:
    two = _two_word_demonym(tok)
    if two is not None:
        return two
    t = countries()
    n = norm(tok.text).removesuffix("'s").removesuffix("’s")
    iso = _demonym_iso(tok, n) or (t.by_name.get(n) if tok.text[:1].isupper() else None)
    if iso:
        return Entity(tok.text, country_name(iso), iso, None, tok.idx, tok.idx + len(tok.text))
    return None


def demonym_owner(tok: Token) -> Entity | None:
    """'Russian' -> Russia as owner (demonyms only: a country's name in a headline is as often the host)."""
    two = _two_word_demonym(tok)
    if two is not None:
        return two
    iso = _demonym_iso(tok, norm(tok.text))
    return Entity(tok.text, country_name(iso), iso, None, tok.idx, tok.idx + len(tok.text)) if iso else None


_MAKER_WORDS = {"made", "built", "designed", "produced", "manufactured", "supplied", "provided", "donated", "origin"}


def _maker(tok: Token) -> bool:
    """'Iranian-made', 'US-supplied', 'Soviet-designed': who made or gave the things, not whose they are now."""
    doc = tok.doc
    return tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and doc[tok.i + 2].lower_ in _MAKER_WORDS


def owner_in_phrase(toks: list[Token], head: Token, actors) -> Entity | None:
    """A demonym/country in the counted phrase or the head's modifiers and of/from complement."""
    pool = list(toks)
    for c in head.children:
        if c.dep_ in ("amod", "compound", "poss", "nmod") and c not in pool:
            pool.extend(c.subtree)
        if c.dep_ == "prep" and c.lower_ in ("of", "from") and c.i > head.i:
            pool.extend(c.subtree)
    for tok in sorted(pool, key=lambda t: t.i):
        if _maker(tok):
            continue                                          # "Iranian-made drones", "US-supplied rockets"
        if tok.pos_ in ("ADJ", "PROPN", "NOUN") or tok.ent_type_ in ("NORP", "GPE"):
            ent = demonym_entity(tok)
            if ent is not None:
                return ent
    # a name the tagger took for a common noun ("700 Wagner fighters": Wagner a compound NOUN) is still a name when
    # it is capitalised inside the sentence and modifies the counted noun
    names = [t for t in pool if t.i != head.i and not _maker(t) and (t.pos_ == "PROPN" or (
        t.pos_ == "NOUN" and t.dep_ == "compound" and t.head.i == head.i and t.text[:1].isupper()
        and not t.is_sent_start))]
    if names:
        span = head.doc[min(t.i for t in names):max(t.i for t in names) + 1]
        if _model_designation(span):
            return None                       # "four IRIS-T SLM systems": a model's letters, not the SLM's side
        ent = actors.resolve_span(span)
        if ent is not None and ent.country:
            return ent
    return None


def _model_designation(span) -> bool:
    """Proper names in a counted phrase that begin with an equipment name ('IRIS-T SLM', 'Patriot PAC-3') are a
    model's designation: no letters of it name a side."""
    from sitroom.analyze.claims._kinds import name_kind, written_text
    words = written_text(list(span)).split()
    return bool(words) and name_kind(words[0]) is not None


_JOINT_NOUNS = {"country", "countries", "side", "sides", "nation", "nations", "army", "armies", "state", "states",
                "ally", "allies", "member", "members", "partner", "partners", "militaries"}
_JOINT_DETS = {"both", "two", "three", "all", "several", "many", "various"}


def joint_figure(head: Token) -> bool:
    """'10,000 troops from both countries', 'soldiers of the two armies', 'personnel from all member states': a
    figure of several sides together, whose owner is none of them."""
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ in ("from", "of") and c.i > head.i:
            for g in c.children:
                if g.dep_ == "pobj" and g.lower_ in _JOINT_NOUNS and any(
                        x.lower_ in _JOINT_DETS for x in g.subtree if x.i < g.i):
                    return True
    return False


def _subject(v: Token) -> Token | None:
    t = v
    for _ in range(3):
        agents = [g for c in t.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if agents:
            return agents[0]          # "seven systems have been delivered to Moldova by Norway": the doer
        subjects = [c for c in t.children if c.dep_ == "nsubj"]
        if subjects:
            # a dateline glued to the lead gives the verb a second, spurious subject ("MINSK, Oct 16 (Wire) -
            # Russia will deploy"): the one nearest before the verb is the subject
            before = [c for c in subjects if c.i < t.i]
            return max(before, key=lambda c: c.i) if before else subjects[0]
        if t.dep_ in ("xcomp", "conj", "aux") and t.head.i != t.i:
            t = t.head
            continue
        return None
    return None


def owner_from_subject(v: Token | None, actors, source: Entity | None) -> Entity | None:
    if v is None or v.lemma_.lower() not in OWNER_VERBS:
        return None
    subj = _subject(v)
    if subj is None:
        return None
    if subj.lower_ in _PRONOUNS:
        if v.lemma_.lower() in SIZE_VERBS:
            return None                                       # "which she said numbered 1,500": not hers
        return source if source is not None and source.country else None
    return owner_in_subject(subj, actors)


def owner_in_subject(subj: Token, actors) -> Entity | None:
    """The side a subject phrase names ("Russia's contingent", "Russian forces", "the Wagner group")."""
    left = subj.left_edge.i
    for k in range(subj.i - 1, left - 1, -1):           # "MINSK, Oct 16 (Wire) - Russia will deploy": not Minsk
        if subj.doc[k].text in ("-", "–", "—", ")", ";"):
            left = k + 1
            break
    span = subj.doc[left:subj.i + 1]
    ent = actors.resolve_span(span)
    if ent is not None and ent.country:
        return ent
    for tok in span:
        ent = demonym_entity(tok)
        if ent is not None:
            return ent
    return None


_BORDERS = {"border", "borders", "frontier", "frontiers", "boundary"}


def _place_of(tok: Token, places) -> Place | None:
    if tok.lower_ in _BORDERS:
        return None          # "to its border with Belarus", "near the Malian border": a border has two sides
    span = tok.doc[tok.left_edge.i:tok.right_edge.i + 1]
    p = places.resolve_span(span, head=tok)                  # "in Cahul in Moldova": Cahul
    if p is not None and p.country:
        return p
    for c in tok.children:                    # "to the Armed Forces of Ukraine" (an organisation): Ukraine
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                if g.dep_ == "pobj" and g.pos_ == "PROPN":
                    p = places.resolve_text(g.text, g.idx)
                    if p is not None and p.country:
                        return p
    return None


def location_in_clause(head: Token, v: Token | None, places, departed: bool) -> Place | None:
    # "• 1,100 refugees registered in the Central African Republic;": a reduced relative on the counted noun
    # places it too (a list item's verb is often one)
    reduced = [c for c in head.children if c.dep_ == "acl" and c.i > head.i and c.tag_ == "VBN"]
    for owner in (head, v, *reduced):
        if owner is None:
            continue
        for c in owner.children:
            if c.dep_ == "prep" and (c.lower_ in PLACE_PREPS or (departed and c.lower_ == "from")):
                for g in c.children:
                    if g.dep_ == "pobj":
                        p = _place_of(g, places)
                        if p is not None:
                            return p
    if v is not None:
        word = v.lemma_.lower()
        for c in v.children:
            if word in HOST_VERBS and c.dep_ == "nsubj":
                p = _place_of(c, places)
                if p is not None:
                    return p
            if word in LEAVE_VERBS and c.dep_ == "dobj":
                p = _place_of(c, places)
                if p is not None:
                    return p
    return None


def border_far_side(head: Token, v: Token | None, places) -> Place | None:
    """The country across the border a figure is placed at ("2,000 soldiers at the border with Belarus", "moved 200
    troops to the frontier with Belarus", "deployed to the Podlasie region along the border with Belarus"): the
    country named after "with". A side's forces at its border with another are on its own side of it, not in the
    other country; None when the figure is placed at no such border."""
    reduced = [c for c in head.children if c.dep_ == "acl" and c.i > head.i and c.tag_ == "VBN"]
    for holder in (head, v, *reduced):
        if holder is None:
            continue
        for c in holder.children:
            if c.dep_ != "prep" or c.lower_ not in PLACE_PREPS | {"along", "towards", "toward"}:
                continue
            for b in c.subtree:
                if b.lower_ not in _BORDERS:
                    continue
                for w in b.children:
                    if w.dep_ == "prep" and w.lower_ == "with":
                        for g in w.children:
                            p = _place_of(g, places) if g.dep_ == "pobj" else None
                            if p is not None and p.country:
                                return p
    return None


_NEAR_PREPS = {"in", "near", "at", "around", "outside"}


def unknown_place_in_clause(head: Token, v: Token | None, places) -> Place | None:
    """'lost 12 tanks near Vuhledar', a town the gazetteer lacks: the place the clause names, its country unknown
    (better than a country the sentence names for another reason)."""
    for owner in (head, v):
        if owner is None:
            continue
        for c in owner.children:
            if c.dep_ != "prep" or c.lower_ not in _NEAR_PREPS:
                continue
            for g in c.children:
                # a name the parser calls a place, or any name after a preposition only places take ("near X")
                if g.dep_ == "pobj" and g.pos_ == "PROPN" and (g.ent_type_ in ("GPE", "LOC", "FAC") or (
                        not g.ent_type_ and c.lower_ in ("near", "outside", "around"))) \
                        and g.text[:1].isupper() and _place_of(g, places) is None:
                    span = g.doc[g.left_edge.i:g.i + 1]
                    span = span[1:] if span[0].pos_ == "DET" else span
                    return Place(text=span.text, start=span.start_char, end=span.end_char)
    return None


_ANAPHORS = {"country", "republic"}


def country_anaphor(head: Token, v: Token | None) -> bool:
    """'would arrive in the country', 'deployed in the west of the country': the place is a country named before."""
    for owner in (head, v):
        if owner is None:
            continue
        for c in owner.children:
            if c.dep_ != "prep" or c.lower_ not in PLACE_PREPS:
                continue
            for g in c.children:
                if g.dep_ != "pobj":
                    continue
                for t in (g, *[x for p in g.children if p.dep_ == "prep" and p.lower_ == "of"
                               for x in p.children if x.dep_ == "pobj"]):
                    if t.lower_ in _ANAPHORS and any(d.lower_ in ("the", "this") for d in t.children):
                        return True
    return False


def sending_verb(verb: Token | None) -> bool:
    """A verb of sending or moving forces (the arrival verbs and the sending verbs of data/en/claim_status.json)."""
    from sitroom.analyze.claims._lexicon import status_lexicon

    lex = status_lexicon()
    t = verb
    for _ in range(3):                                        # "plans to send", "is expected to arrive"
        if t is None:
            return False
        word = t.lemma_.lower()
        if word in lex.progressive_planned or lex.verbs.get(word) == "arrived":
            return True
        t = next((c for c in t.children if c.dep_ == "xcomp"), None)
    return False


def home_bound(head: Token, verb: Token | None) -> bool:
    """'deploy 2,000 soldiers to its border', 'to their own bases': sent within their own country."""
    for owner in (head, verb):
        for c in (owner.children if owner is not None else ()):
            if c.dep_ == "prep":
                for g in c.children:
                    if g.dep_ == "pobj" and g.lemma_.lower() not in _PARTNER_NOUNS and any(
                            x.lower_ in ("its", "their", "own") for x in g.children):
                        return True
    return False


# "to its ally", "to help its neighbour": another country, not the senders' own ground
_PARTNER_NOUNS = frozenset({"ally", "allies", "neighbour", "neighbor", "neighbours", "neighbors", "partner",
                            "partners", "friend", "friends", "client", "satellite"})


_ORIGIN_PREPS = {"from", "by", "of", "out"}


FORCE_SECTORS = {"MIL", "REB"}        # actor sectors that are armed forces or groups


def named_force(tok: Token, actors, anywhere: bool = False) -> Entity | None:
    """A capitalised word naming an armed force or group the actor tables know, as a modifier of a counted noun of
    people ("Wagner fighters", "Hezbollah fighters", "Azov troops"): that force, whose side they are. With
    `anywhere` (a headline), the force named in any role ("Wagner camp in Belarus grows to 4,000 fighters", "Wagner
    numbers fall to 5,000", "Is Wagner leaving Belarus?"): a headline about a force frames the fighters its text
    counts; not a force that speaks ("IDF now says three drones were fired at Eilat": the drones are not its) nor a
    country's name (the tables read "Ukraine's air defence" as its armed forces)."""
    if not tok.text[:1].isupper():
        return None
    if anywhere:
        if norm(tok.text) in countries().by_name or demonym_entity(tok) is not None or _speaks(tok):
            return None
        ent = actors.resolve_text(tok.text, tok.idx)              # the word itself names the force
        return ent if ent is not None and ent.country and ent.sector in FORCE_SECTORS else None
    if not anywhere and (tok.dep_ not in ("compound", "amod", "nmod") or tok.head.i <= tok.i
                         or kind_of_text(tok.head.text) not in ("personnel", "people")):
        return None
    ent = actors.resolve_span(tok.doc[tok.i:tok.i + 1])
    return ent if ent is not None and ent.country and ent.sector in FORCE_SECTORS else None


_SAYS = {"say", "claim", "tell", "report", "announce", "deny", "confirm", "accuse", "warn", "insist", "count"}


def _speaks(tok: Token) -> bool:
    """The word names (part of) the subject of a verb of saying ("IDF now says …", "Wagner-linked channel claims …")
    or the holder of a count ("the Pentagon's new estimate")."""
    t = tok
    while t.dep_ in ("compound", "amod", "nmod", "poss", "npadvmod") and t.head.i != t.i:
        if t.dep_ in ("poss", "compound") and t.head.lemma_.lower() in MEASURE_NOUNS:
            return True
        t = t.head
    return t.dep_ == "nsubj" and t.head.lemma_.lower() in _SAYS


def headline_where(doc, places, actors) -> tuple[Entity | None, Place | None]:
    """The owner and the place a headline gives its text to fall back on. Owner: its first demonym ("Russian
    troops arrive"), else the subject of a verb of having or moving things ("Russia to send troops to Belarus").
    Place: the first one after a place preposition ("… to Belarus"), else the first one not that owner's country
    and not after a preposition of origin ("from Warsaw"), else the first one; never a place that speaks or is spoken
    to ("Moscow warns Warsaw …": `acting_place`)."""
    owner = next((e for e in (demonym_owner(t) for t in doc if t.pos_ in ("ADJ", "PROPN") or t.ent_type_ == "NORP")
                  if e is not None), None)
    if owner is None:
        owner = next((e for e in (owner_from_subject(t, actors, None) for t in doc if t.pos_ == "VERB")
                      if e is not None), None)
    if owner is None:
        owner = next((e for e in (named_force(t, actors) for t in doc) if e is not None), None) or next(
            (e for e in (named_force(t, actors, anywhere=True) for t in doc) if e is not None), None)
    located = [p for p in places.places() if p.country and not acting_place(doc, p)]   # not "Moscow warns Warsaw"

    def before(p: Place) -> str:
        k = doc.char_span(p.start, p.end, alignment_mode="expand") if p.start is not None else None
        return doc[k.start - 1].lower_ if k is not None and k.start > 0 else ""

    after_prep = [p for p in located if before(p) in PLACE_PREPS]
    other = [p for p in located if before(p) not in _ORIGIN_PREPS
             and (owner is None or p.country != owner.country)]
    return owner, (after_prep or other or located or [None])[0]
