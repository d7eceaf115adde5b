"""Actors: who does what, resolved to a canonical name, an ISO3 country and a CAMEO/PLOVER sector.

    resolver = ActorResolver(doc)              # spaCy Doc of a whole document; context built once
    resolver.resolve_text("the ministry", start=812)
    resolver.resolve_span(span)
    resolver.mentions()
    lookup_actor("Russian troops")             # context-free, cached

IGOs and NGOs have country None (Entity.country is ISO 3166-1 only) and sector "IGO"/"NGO".
Short references ("the ministry", "the dictator", "the president") take the last compatible full
mention before them; a capital used as an actor ("Minsk and Moscow agreed") is that country's GOV.
"""
from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from functools import lru_cache

from sitroom.analyze.actors._grammar import DETERMINERS, LOCATIVE, Match, parse_at, role_name
from sitroom.analyze.actors._lexicon import Token, lexicon, tokenize
from sitroom.analyze._spans import SpanIndex
from sitroom.lexicon import word_set
from sitroom.model import Entity

__all__ = ["ActorResolver", "lookup_actor"]

PRONOUNS = word_set("en/actors.json", "pronouns")
PERSONAL = word_set("en/actors.json", "personal_pronouns")        # resolved to the last person mentioned shortly before
PRONOUN_REACH = 600                    # characters back to look for that person
GENERIC_ROLES = word_set("en/actors.json", "generic_roles")


def _scan(toks: list[Token]) -> list[Match]:
    """All maximal actor matches, left to right, non-overlapping."""
    lex = lexicon()
    out, i = [], 0
    while i < len(toks):
        if toks[i].key not in lex.starts and toks[i].key not in DETERMINERS and not _maybe_typo(toks[i]):
            i += 1
            continue
        m = parse_at(toks, i, lex)
        if m is None:
            i += 1
            continue
        out.append(m)
        i = m.j
    return out


def _maybe_typo(tok: Token) -> bool:
    """A capitalized word the dictionaries do not know may be a misspelt country name ("Ethopia")."""
    return len(tok.raw) >= 5 and tok.raw[:1].isupper() and tok.raw.isalpha()


def _priority(m: Match) -> tuple:
    return (m.person is not None, not m.short and not m.adjective and m.country is not None or m.sector == "IGO",
            not m.short, not m.adjective)


def _is_place_use(toks: list[Token], m: Match) -> bool:
    k = m.first - 1
    while k >= 0 and toks[k].key in ("the", "of", "republic"):
        k -= 1
    return k >= 0 and toks[k].key in LOCATIVE


class ActorResolver:
    """Actor mentions of one document and resolution of short references in document order."""

    def __init__(self, doc) -> None:
        self.doc = doc
        self.text = doc.text if hasattr(doc, "text") else str(doc)
        self._toks = tokenize(self.text)
        self._full: list[Entity] = []          # full (context-free) mentions in order
        self._full_meta: list[Match] = []
        self._mentions: list[Entity] = []
        matches = _scan(self._toks)
        for m in matches:
            if m.adjective or (m.bare_country and _is_place_use(self._toks, m)):
                continue
            if not m.short:
                ent = self._entity(m, self._toks, 0)
                self._full.append(ent)
                self._full_meta.append(m)
        # the first named leader per country, for "the Belarusian president"
        self._leaders: dict[str, Entity] = {}
        for meta, full in zip(self._full_meta, self._full):
            if meta.person is not None and meta.person.sector == "LEADER" and full.country:
                self._leaders.setdefault(full.country, full)
        self._full = [self._leader_name(e, m) for e, m in zip(self._full, self._full_meta)]
        self._starts = [e.start for e in self._full]
        self._referent_cache: dict[tuple, tuple[list[int], list[int]]] = {}
        full_at = {}
        for k, st in enumerate(self._starts):
            full_at.setdefault(st, k)
        countries = Counter(e.country for e in self._full if e.country)
        self._salient = countries.most_common(1)[0][0] if countries else None
        for m in matches:
            if m.adjective or (m.bare_country and _is_place_use(self._toks, m)):
                continue
            if m.short:
                if m.first == m.i:        # bare plural nouns ("troops") are not references
                    continue
                ent = self._from_context(m, self._toks, 0, self._toks[m.first].start)
                if ent is not None:
                    self._mentions.append(ent)
            else:
                self._mentions.append(self._full[full_at[self._toks[m.i].start]])
        for t in self._toks:
            if t.key in PERSONAL:
                ent = self._person_before(t.raw, t.start, t.start, t.end)
                if ent is not None:
                    self._mentions.append(ent)
        self._mentions.sort(key=lambda e: e.start or 0)
        self._index = SpanIndex(self._mentions)

    # ------------------------------------------------------------------ public API
    def mentions(self) -> list[Entity]:
        return list(self._mentions)

    def resolve_text(self, text: str, start: int | None = None) -> Entity | None:
        if not text or not text.strip():
            return None
        if start is not None:
            for e in self._index.starting_in(start, start + len(text)):
                if e.end <= start + len(text) + 1:
                    if e.start == start or len(text) <= (e.end - e.start) + 4:
                        return e
        toks = tokenize(text)
        if len(toks) == 1 and toks[0].key in PRONOUNS:
            if toks[0].key in PERSONAL and start is not None:
                return self._person_before(text, start, start, start + len(text))
            return None
        matches = _scan(toks)
        if not matches:
            return None
        best = max(matches, key=lambda m: (_priority(m), -m.i))
        offset = start if start is not None else 0
        if best.short:
            cutoff = offset + toks[best.first].start if start is not None else len(self.text)
            return self._from_context(best, toks, offset, cutoff, keep_offsets=start is not None)
        ent = self._entity(best, toks, offset, text=text)
        named = _named_after_demonym(best, toks, text)
        if named is not None:
            # "Belarusian Hajun", "Polish Radio", "Ukrainian Pravda": a body of that country by its own name, not the
            # country itself
            a = toks[best.i].start
            ent = Entity(text[a:], named, best.country, None, offset + a, offset + len(text))
        if start is None:
            ent = Entity(ent.text, ent.name, ent.country, ent.sector)
        return self._leader_name(ent, best)

    def resolve_span(self, span) -> Entity | None:
        s, e = span.start_char, span.end_char
        inside = self._index.overlapping(s, e)
        if inside:
            head = span.root.idx
            return max(inside, key=lambda m: (m.start <= head < m.end, m.sector is not None, m.end - m.start))
        # widen to the noun phrase (modifiers and an "of" complement) before giving up
        root = span.root
        left = min(span.start, root.left_edge.i)
        right = span.end
        for child in root.rights:
            if child.dep_ == "prep" and child.lower_ == "of":
                right = max(right, child.right_edge.i + 1)
        wide = span.doc[left:right]
        return self.resolve_text(wide.text, wide.start_char)

    # ------------------------------------------------------------------ internals
    def _entity(self, m: Match, toks: list[Token], offset: int, text: str | None = None) -> Entity:
        src = text if text is not None else self.text
        a, b = toks[m.i].start, toks[m.j - 1].end
        return Entity(src[a:b], m.name, m.country, m.sector, offset + a, offset + b)

    def _person_before(self, text: str, cutoff: int, s: int | None, e: int | None) -> Entity | None:
        """'he' -> the last named or titled person mentioned within PRONOUN_REACH characters."""
        for k in range(bisect_left(self._starts, cutoff) - 1, -1, -1):
            full, meta = self._full[k], self._full_meta[k]
            if cutoff - full.start > PRONOUN_REACH:
                return None
            if (meta.person is not None and meta.person.person) or meta.titled:
                return Entity(text, full.name, full.country, full.sector, s, e)
        return None

    def _leader_name(self, ent: Entity, m: Match) -> Entity:
        """'the Belarusian president' -> the document's named leader of Belarus, if there is one."""
        if m.role is None or m.sector != "LEADER" or m.country is None:
            return ent
        full = self._leaders.get(m.country)
        if full is not None:
            return Entity(ent.text, full.name, full.country, full.sector, ent.start, ent.end)
        return ent

    def _referents(self, kind: str | None, role) -> tuple[list[int], list[int]]:
        """Indices of full mentions a short reference of this kind and role may name: those that name it directly
        (same role, a person holding it, or any of the kind for a generic role) and all of a compatible kind."""
        key = (kind, role.name, role.cue)
        hit = self._referent_cache.get(key)
        if hit is None:
            direct, compatible = [], []
            for k, (meta, full) in enumerate(zip(self._full_meta, self._full)):
                if meta.kind != kind and not (kind == "leader" and full.sector == "LEADER"):
                    continue
                compatible.append(k)
                same_role = meta.role is not None and meta.role.name == role.name
                person_role = meta.person is not None and meta.person.role and meta.person.role in role.cue
                if role.name in GENERIC_ROLES or same_role or person_role:
                    direct.append(k)
            hit = self._referent_cache[key] = (direct, compatible)
        return hit

    def _from_context(self, m: Match, toks: list[Token], offset: int, cutoff: int,
                      keep_offsets: bool = True) -> Entity | None:
        a, b = toks[m.first].start, toks[m.j - 1].end
        written = (self.text if offset == 0 and toks is self._toks else None)
        text = written[a:b] if written is not None else " ".join(t.raw for t in toks[m.first:m.j])
        s, e = (offset + a, offset + b) if keep_offsets else (None, None)
        role = m.role
        idx = bisect_left(self._starts, cutoff)
        # the last earlier full mention of the same role (or any of the kind for a generic role), else the last of
        # the kind; looked up in per-role index lists rather than by walking back through the document
        direct, compatible = self._referents(m.kind, role)
        k = bisect_left(direct, idx) - 1
        if k < 0:
            k = bisect_left(compatible, idx) - 1
            k = compatible[k] if k >= 0 else None
        else:
            k = direct[k]
        if k is not None:
            full = self._full[k]
            return Entity(text, full.name, full.country, full.sector, s, e)
        if m.first == m.i and toks[m.i].raw[:1].islower():
            return None
        return Entity(text, role.name, None, role.sector, s, e)


def _named_after_demonym(m: Match, toks: list[Token], text: str) -> str | None:
    """The name of a body a demonym introduces: the demonym is the only match and every word after it is
    capitalised ("Belarusian Hajun", "Russian Railways"), none a word the lexicon knows as a role ("Russian Army" is
    a role of Russia, matched already)."""
    rest = toks[m.j:]
    if not m.adjective or not rest or len(rest) > 4 or not all(t.raw[:1].isupper() for t in rest):
        return None
    return text[toks[m.i].start:toks[-1].end]


@lru_cache(maxsize=4096)
def lookup_actor(text: str) -> Entity | None:
    """Context-free lookup: named actors, '<country> <role>', '<role> of <country>', countries, capitals.
    Bare short references ("the ministry") have no answer without a document."""
    toks = tokenize(text)
    matches = [m for m in _scan(toks) if not m.short]
    if not matches:
        return None
    m = max(matches, key=lambda m: (_priority(m), -m.i))
    a, b = toks[m.i].start, toks[m.j - 1].end
    named = _named_after_demonym(m, toks, text)
    if named is not None:
        return Entity(text[a:toks[-1].end], named, m.country, None)
    return Entity(text[a:b], m.name, m.country, m.sector if not m.adjective else None)


def role_entity(role_cue: str, iso3: str) -> Entity | None:
    """The canonical actor for a role of a country ('troops', 'RUS' -> Armed Forces of Russia, MIL)."""
    from sitroom.analyze.actors._lexicon import key_of
    role = lexicon().roles.get(key_of(role_cue))
    if role is None:
        return None
    return Entity(role_cue, role_name(role, iso3), iso3, role.sector)
