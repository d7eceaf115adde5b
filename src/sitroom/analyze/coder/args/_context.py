"""Argument context of the coder: the document's resolvers, pronouns, and the actor a noun phrase stands for.

`ArgContext.entity(tok)` resolves the noun phrase headed by tok to an `Entity` (the actor resolver first, then
the country of an of/in/from complement, then a place named as an actor); pronouns go to the subject of the
reporting verb ("Palestinian leaders said they ...") or the last state/leader mentioned before them.
"""
from __future__ import annotations

from sitroom.analyze.places import REGION_WORDS
from sitroom.countries import countries, country_name, norm
from sitroom.lexicon import word_set, words
from sitroom.model import Entity, Place

_REGION_WORDS = frozenset(w for w in REGION_WORDS if " " not in w and w != "city")     # one word, and no city

__all__ = ["ArgContext", "np_span", "pobjs", "child"]

PERSONAL = word_set("en/coder.json", "personal_pronouns")
NEUTER = word_set("en/coder.json", "neuter_pronouns")
RELATIVE = word_set("en/coder.json", "relative_pronouns")
RECIPIENT_PREPS = words("en/coder.json", "recipient_prepositions")
LOCATION_PREPS = words("en/coder.json", "location_prepositions")
MOVES = frozenset({"MOBILIZE", "RETREAT"})
# "X is committed to ...", "X is opposed to ...": a passive form that states the subject's own stance
STANCE_PARTICIPLES = word_set("en/coder.json", "stance_participles")
# "Belarus' neighbours", "Israel's allies": the possessor is who they are related to, not who they are
RELATIONAL = word_set("en/coder.json", "relational_nouns")
PARTITIVE = word_set("en/coder.json", "partitive_words")
REPORTING = word_set("en/coder.json", "speaker_verbs")
CONTEXT_PREPS = words("en/coder.json", "context_prepositions")
# participles that say where a group belongs, not what it does there ("troops deployed in X" is not here)
WHERE_FROM_PARTICIPLES = word_set("en/coder.json", "where_from_participles")
AREA_NOUNS = word_set("en/coder.json", "area_nouns")
SETTLEMENT_NOUNS = word_set("en/coder.json", "settlement_nouns")
ADMIN_NOUNS = word_set("en/coder.json", "admin_nouns")
UNLISTED_PREPS = frozenset({"in", "near", "at", "off", "outside", "inside", "around",
                            "to", "into", "toward", "towards"})
WATER_NOUNS = word_set("en/coder.json", "water_nouns")

# nouns for a piece of a country's land, water or air: a nationality adjective on them names the country
PLACE_NOUNS = AREA_NOUNS | word_set("en/coder.json", "place_nouns")


class ArgContext:
    """Resolvers of one document plus small caches."""

    def __init__(self, doc, actors=None, places=None) -> None:
        self.doc = doc
        self.actors = actors
        self.places = places
        self.unlisted = False       # the second pass of an event's place: names the gazetteer does not list
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
        low = tok.lower_
        if low in PERSONAL:
            leaders = [e for e in before if e.sector == "LEADER"]
            return (leaders or before)[-1] if before else None
        if low in NEUTER:
            states = [e for e in before if (e.country or e.sector == "IGO") and e.sector != "LEADER"]
            named = self._named_before(tok)
            if named is not None and (not states or named.start > states[-1].start):
                return named
            return states[-1] if states else None
        return None

    def _named_before(self, tok) -> Entity | None:
        """The nearest state or organisation named as a noun (not a demonym adjective) before tok in its
        sentence: "issued a reminder to Iraq that it must ..." (the actor resolver lists places used as
        addressees as places, not mentions)."""
        for t in reversed(list(tok.doc[tok.sent.start:tok.i])):
            if t.ent_type_ in ("GPE", "ORG") and t.dep_ not in ("amod", "compound", "nmod") and \
                    t.pos_ == "PROPN" and not (t.dep_ in ("nsubj", "nsubjpass") and t.head.i == tok.head.i):
                e = self.resolved(t)
                if e is not None and (e.country or e.sector == "IGO") and e.sector != "LEADER":
                    return e
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
        # the speaker's own mention stands for the pronoun: an event's actor reads "Ukraine", not "it"
        if e.start is not None and e.end is not None and e.text:
            return e
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
        elif ent.sector is None and (_pobjs(tok, ("in",)) or tok.ent_type_ == "NORP" and _pobjs(tok, ("of",))) and (
                ent.start is None or ent.end is None or ent.start <= tok.idx < ent.end):
            # "ethnic Albanians in south Serbia": a people named by where they live (the entity must be the
            # head itself: "Russian withdrawals in Kharkiv Oblast" stay Russian)
            alt = self._country_from_context(tok, span, Entity(ent.text, ent.name, None, None, ent.start, ent.end))
            if alt is not None and alt.country:
                ent = alt
        if ent is None or not ent.country and ent.sector not in ("IGO", "NGO"):
            ent = self._country_from_apposition(tok, span, ent)
        if ent is None and fallback and tok.pos_ in ("NOUN", "PROPN"):
            ent = Entity(text=span.text, start=span.start_char, end=span.end_char)
        return _whole_phrase(ent, tok, span)

    def _country_from_apposition(self, tok, span, ent: Entity | None) -> Entity | None:
        """"Salaheddine Sidhoum, Algeria's leading human rights activist": a name with no country of its
        own takes the country its apposition gives."""
        for a in tok.children:
            if a.dep_ != "appos":
                continue
            inner = self.entity(a, fallback=False)
            if inner is not None and (inner.country or inner.sector in ("IGO", "NGO")):
                base = ent or Entity(text=span.text, start=span.start_char, end=span.end_char)
                return Entity(base.text, base.name or inner.name, inner.country, base.sector or inner.sector,
                              base.start, base.end)
        return ent

    def _country_from_context(self, tok, span, ent: Entity | None) -> Entity | None:
        """"King Hassan of Morocco", "opposition groups in Zimbabwe", "rebels from Liberia": the country
        of the phrase's of/in/from complement; a city or region named as an actor stands for its country."""
        base = ent or Entity(text=span.text, start=span.start_char, end=span.end_char)
        for p in _pobjs(tok, CONTEXT_PREPS) + _participle_pobjs(tok):
            inner = self.entity(p, fallback=False)
            country = inner.country if inner is not None else None
            if country is None:
                place = self.place(p)
                country = place.country if place is not None else None
            if country:
                return Entity(base.text, base.name, country, base.sector, base.start, base.end)
            if inner is not None and inner.sector in ("IGO", "NGO") and base.sector is None:
                # "a mission of observers from the OSCE": the organisation they come from
                return Entity(base.text, base.name or inner.name, None, inner.sector, base.start, base.end)
        for m in tok.children:      # "Darfur rebels", "Gaza militants": a place naming where a group is from
            if m.dep_ == "compound" and m.pos_ == "PROPN" and m.ent_type_ in ("GPE", "LOC") and m.i < tok.i:
                place = self.place(m)
                if place is not None and place.country:
                    return Entity(base.text, base.name, place.country, base.sector, base.start, base.end)
        if ent is None and tok.pos_ == "PROPN" and self.places is not None:
            place = self.place(tok)
            if place is not None and place.country:
                return Entity(span.text, place.name, place.country, None, span.start_char, span.end_char)
        return ent

    def own(self, tok) -> Entity | None:
        """What the noun phrase itself names (the actor resolver only, no of/in/from context)."""
        if tok is None or tok.pos_ not in ("NOUN", "PROPN") or _child(tok, "poss") is not None and \
                _child(tok, "poss").lower_ in PERSONAL | NEUTER:
            return None
        self.entity(tok, fallback=False)        # fills the cache
        span = np_span(tok)
        if not any(t.pos_ == "PROPN" or t.ent_type_ in ("NORP", "GPE", "ORG") for t in span):
            return None     # "some invasion forces (from Panama)": nothing in the phrase names a nationality
        return self._cache.get((span.start, span.end))

    def resolved(self, tok) -> Entity | None:
        """Only actors the resolver knows (a country, a sector or a name)."""
        e = self.entity(tok, fallback=False)
        return e if e is not None and (e.country or e.sector or e.name) else None

    # -------------------------------------------------------------- places
    def place(self, tok) -> Place | None:
        if tok is not None and tok.dep_ == "compound" and tok.head.lower_ in _REGION_WORDS and tok.head.i > tok.i:
            tok = tok.head          # "the Belgorod region": the oblast, not the city of Belgorod
        found = self._place(tok)
        if found is None and self.unlisted:
            found = self._unlisted_name(tok)
        return found

    def _unlisted_name(self, tok) -> Place | None:
        """"near Boulkessi", "in Bulo Marer (Lower Shabelle)", "troops to Kashmir": a name the parser reads as a
        place (or an ACLED note's "Town (Region)"), after a place preposition, unknown to the gazetteer and to
        the actor resolver, is still where; its country only from its parenthesis or its own "in X"."""
        if tok is not None and tok.pos_ == "NOUN" and tok.lemma_.lower() in ADMIN_NOUNS and tok.dep_ == "pobj" \
                and tok.head.lower_ in UNLISTED_PREPS:
            return self._unlisted_admin(tok)
        if tok is None or tok.pos_ != "PROPN" or tok.dep_ != "pobj" or tok.head.lower_ not in UNLISTED_PREPS:
            return None
        region = next((a for a in tok.children if a.dep_ == "appos" and a.i > tok.i and
                       tok.doc[a.left_edge.i - 1].text == "(" and a.ent_type_ != "PERSON"), None)
        if tok.ent_type_ not in ("GPE", "LOC") and (region is None or tok.ent_type_ == "PERSON"):
            return None
        self.unlisted = False
        try:
            known = self.entity(tok, fallback=False)
        finally:
            self.unlisted = True
        if known is not None and (known.sector or known.country):
            return None             # "talks in Hamas' politburo": a party, not a town
        span = np_span(tok)
        span = tok.doc[span.start:tok.i + 1]        # the name up to its head, not its parenthesis
        while len(span) > 1 and span[0].pos_ in ("DET", "ADJ") or span[0].is_punct:
            span = span[1:]
        country = None
        for where in ([region] if region is not None else []) + _pobjs(tok, ("in",)):
            p = self._place(where)
            if p is not None and p.country:
                country = p.country
                break
        return Place(span.text, span.text, country, kind="city", start=span.start_char, end=span.end_char)

    def _unlisted_admin(self, tok) -> Place | None:
        """"in Diyala province", "in Balcad town (Middle Shabelle)": a name right before an administrative noun
        after a place preposition is a place even where the gazetteer does not list it (its country only from
        an ACLED-style parenthesis)."""
        i = tok.i
        while i > 0 and tok.doc[i - 1].pos_ == "PROPN" and tok.doc[i - 1].dep_ == "compound" and \
                tok.doc[i - 1].head.i in range(i, tok.i + 1):
            i -= 1
        if i == tok.i or tok.doc[i].ent_type_ in ("PERSON", "NORP", "DATE"):
            return None
        name = tok.doc[i:tok.i]
        self.unlisted = False
        try:
            known = self.entity(tok.doc[tok.i - 1], fallback=False)
        finally:
            self.unlisted = True
        if known is not None and (known.sector or known.country):
            return None             # "in the Hamas-run ministry": a party
        region = next((a for a in tok.children if a.dep_ == "appos" and a.i > tok.i and
                       tok.doc[a.left_edge.i - 1].text == "("), None)
        p = self._place(region) if region is not None else None
        return Place(name.text, name.text, p.country if p is not None else None, kind="admin1" if tok.lemma_.lower()
                     in ("province", "region", "governorate", "oblast", "prefecture", "county") else "city",
                     start=name.start_char, end=name.end_char)

    def _place(self, tok) -> Place | None:
        if self.places is None or tok is None or tok.ent_type_ in ("DATE", "TIME"):
            return None             # "on 12 March": a date, not the town of March
        water = self._water(tok)
        if water is not None:
            return water
        for c in tok.children:      # "the territory of Belarus", "the outskirts of Kyiv"
            if tok.lemma_.lower() in AREA_NOUNS | SETTLEMENT_NOUNS and c.dep_ == "prep" and c.lower_ == "of":
                for g in c.children:
                    if g.dep_ == "pobj":
                        p = self.place(g)
                        if p is None and tok.lemma_.lower() in SETTLEMENT_NOUNS and g.pos_ == "PROPN":
                            p = self._unlisted_settlement(g, tok)
                        if p is not None:
                            return p
        span = np_span(tok)
        if not any(t.text[:1].isupper() for t in span):
            return None     # "in defiance of": a common word, not the town of Defiance
        try:
            found = self.places.resolve_span(span, head=tok)          # "Cahul in Moldova": Cahul
            if found is None and tok.pos_ == "PROPN" and span.start < tok.i:
                found = self.places.resolve_span(tok.doc[tok.i:tok.i + 1])    # "Russian-occupied Kherson"
        except Exception:
            found = None
        if found is not None and found.kind != "country" and found.text.isupper() and len(found.text) <= 4 and \
                not (found.name or "").isupper():
            return None     # "the UN", "the EU": an acronym, not the town of Un
        if found is not None and found.kind == "country":
            inner = self._below_possessor(tok, span, found)
            if inner is not None:
                return inner
        if found is not None and found.kind != "country" or tok.lemma_.lower() not in PLACE_NOUNS:
            return found
        return self._demonym_place(tok) or found

    def _water(self, tok) -> Place | None:
        """"the Gulf of Aden", "the Strait of Hormuz": the whole name is the place (the gazetteer's "Gulf" is a
        province of Papua New Guinea); a sea lies in no one country."""
        if tok.lemma_.lower() not in WATER_NOUNS or not tok.text[:1].isupper():
            return None
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                names = [g for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
                if names:
                    end = names[0].i + 1
                    text = tok.doc[tok.i:end].text
                    found = self.places.resolve_span(tok.doc[tok.i:end], head=tok) if self.places else None
                    if found is not None and found.start == tok.idx and found.end == tok.idx + len(text):
                        return found        # a water body the gazetteer lists under its whole name
                    return Place(text, text, None, kind="water", start=tok.idx, end=tok.idx + len(text))
        return None

    def _unlisted_settlement(self, name, noun) -> Place | None:
        """"the southern Lebanese town of Naqoura", "the village of Tiawa in northern Burkina Faso": a named town
        the gazetteer does not list is still the place; its country from the nationality on the noun or the
        place it is said to be in."""
        span = np_span(name)
        country = None
        dem = self._demonym_place(noun)
        if dem is not None:
            country = dem.country
        else:
            for p in _pobjs(name, ("in",)) + _pobjs(noun, ("in",)):
                where = self.place(p)
                if where is not None and where.country:
                    country = where.country
                    break
        return Place(span.text, span.text, country, kind="city", start=span.start_char, end=span.end_char)

    def _below_possessor(self, tok, span, country: Place) -> Place | None:
        """"Russia's Bryansk region", "South Sudan's Jonglei state": the possessor only says which country the
        named region is in; the region is the place (when the resolver knows it)."""
        owner = _child(tok, "poss")
        if owner is None or owner.right_edge.i + 1 > tok.i:
            return None
        rest = tok.doc[owner.right_edge.i + 1:tok.i + 1]
        if not any(t.pos_ == "PROPN" for t in rest):
            return None
        try:
            found = self.places.resolve_span(rest, head=tok)
        except Exception:
            return None
        if found is None or found.kind == "country" or found.country and country.country and \
                found.country != country.country:
            return None
        return found

    def _demonym_place(self, tok) -> Place | None:
        """"Belarusian training grounds", "on Ukrainian territory": a place noun whose nationality adjective
        says which country it is in."""
        for m in tok.children:
            if m.dep_ in ("amod", "compound", "nmod") and m.i < tok.i:
                iso3 = countries().by_demonym.get(norm(m.text))
                if iso3:
                    return Place(m.text, country_name(iso3), iso3, kind="country", start=m.idx,
                                 end=m.idx + len(m.text))
        return None


def _whole_phrase(ent: Entity | None, tok, span) -> Entity | None:
    """"a US citizen", "Russian banks", "his Indian counterpart": a nationality or name that only modifies the
    head gives the country, the whole phrase is who it is (its text covers the head noun)."""
    if ent is None or ent.start is None or ent.end is None:
        return ent
    if tok.pos_ == "PROPN":
        # "Belarus's Central Election Commission": a named body under a possessor state is that body, of that state
        owner = _child(tok, "poss")
        if owner is None or not (owner.left_edge.idx <= ent.start and ent.end <= owner.right_edge.idx +
                                 len(owner.right_edge.text)) or owner.right_edge.i + 1 >= tok.i:
            return ent
    elif tok.pos_ != "NOUN":
        return ent
    if ent.start <= tok.idx < ent.end or not (span.start_char <= ent.start and ent.end <= span.end_char):
        return ent
    return Entity(span.text, ent.name, ent.country, ent.sector, span.start_char, span.end_char)


def _participle_pobjs(tok) -> list:
    """"a newspaper based in Beirut", "workers affiliated with the union", "rebels operating in Macedonia"."""
    out = []
    for c in tok.children:
        if c.dep_ == "acl" and c.lemma_.lower() in WHERE_FROM_PARTICIPLES:
            out += _pobjs(c, ("in", "with", "to", "from", "throughout", "across"))
    return out


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
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if not objs:        # "outside of the city", "ahead of talks": a two-word preposition
                objs = [g for p in c.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
            if not objs and c.i + 1 < len(c.doc):
                # "granted asylum to five officers holed up in ...": the object parsed as a clause's subject
                objs = [t for t in c.doc[c.i + 1:c.sent.end] if t.dep_ in ("nsubj", "nsubjpass")
                        and t.left_edge.i == c.i + 1 and t.head.head.i == c.head.i][:1]
            out += objs
    return out


def _child(tok, *deps):
    for c in tok.children:
        if c.dep_ in deps:
            return c
    return None


pobjs = _pobjs
child = _child
