"""Sources as entities, in document order: names through the actors resolver, pronouns and short forms
("he", "the dictator", "the ministry", "officials") through the last fitting named source before them."""
from __future__ import annotations

from typing import Callable

from spacy.tokens import Doc

from sitroom.analyze.voices import word_set
from sitroom import lexicon
from sitroom.model import Entity
from sitroom.nlp import doc_text

Resolve = Callable[[str, int], "Entity | None"]

_PERSON_PRONOUNS = lexicon.word_set("en/attribution.json", "person_pronouns")
_THING_PRONOUNS = {"it"}
_GROUP_PRONOUNS = {"they", "we"}
_PERSON_SECTORS = {"LEADER"}


def default_resolver(doc: Doc) -> Resolve:
    """The actors layer's resolver for this document (sources get entities with countries)."""
    from sitroom.analyze.actors import ActorResolver      # loads the dictionaries: only when needed

    return ActorResolver(doc).resolve_text


def _name_like(ent) -> bool:
    """A personal name the small model mislabels ("Oleksiy Danilov"/ORG): 2-3 capitalised proper nouns,
    no organisation word, not a place."""
    toks = [t for t in ent if not t.is_punct]
    if ent.label_ not in ("ORG", "PERSON") or not 2 <= len(toks) <= 3:
        return False
    org_words = word_set("org_roles") | word_set("org_name_words")
    return all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.lower_ not in org_words for t in toks)


class SourceBook:
    """Named sources and candidate antecedents seen so far, in document order."""

    def __init__(self, doc: Doc, resolve: Resolve | None):
        self.doc = doc
        self.resolve = resolve
        self.persons = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON" or _name_like(e)]
        self.groups = [(e.start_char, e.end_char) for e in doc.ents
                       if e.label_ in ("ORG", "GPE", "NORP") and not _name_like(e)]
        self.sources: list[tuple[int, Entity, bool]] = []    # (start, entity, is_person)
        self.last_poster: Entity | None = None

    # ------------------------------------------------------------------ entities
    def entity(self, start: int, end: int) -> Entity:
        text = doc_text(self.doc)[start:end]
        words = text.lower().split()
        if len(words) == 1 and words[0] in _PERSON_PRONOUNS | _THING_PRONOUNS | _GROUP_PRONOUNS:
            return self._pronoun(text, start, end)
        ent = self._resolved(text, start)
        if self._is_short_form(start, end) and (ent is None or not ent.name or ent.name.lower() in text.lower()):
            back = self._antecedent(start, person=self._person_role(start, end), role=words[-1])
            if back is not None:
                return Entity(text, back.name or back.text, back.country, back.sector, start, end)
        if ent is None:
            return Entity(text, None, None, None, start, end)
        return Entity(text, ent.name, ent.country, ent.sector, start, end)

    def note(self, ent: Entity, poster: bool = False) -> None:
        """Remember a source (or a poster) for later pronouns and 'the message reads'."""
        self.sources.append((ent.start or 0, ent, self._looks_person(ent)))
        self.last_poster = ent

    def _resolved(self, text: str, start: int) -> Entity | None:
        if self.resolve is None:
            return None
        try:
            return self.resolve(text, start)
        except Exception:
            return None

    def _looks_person(self, ent: Entity) -> bool:
        if ent.sector in _PERSON_SECTORS:
            return True
        s, e = ent.start or -1, ent.end or -1
        return any(ps <= s < pe or s <= ps < e for ps, pe in self.persons) or ent.text.lower() in _PERSON_PRONOUNS

    # ------------------------------------------------------------------ short forms
    def _tokens(self, start: int, end: int):
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return list(span) if span is not None else []

    def _is_short_form(self, start: int, end: int) -> bool:
        """'the ministry', 'the Belarusian dictator', 'officials': no proper name, a role noun at the head."""
        toks = self._tokens(start, end)
        if not toks or any(t.pos_ == "PROPN" for t in toks):
            return False
        head = toks[-1].lower_
        return head in word_set("person_roles") or head in word_set("org_roles")

    def _person_role(self, start: int, end: int) -> bool:
        toks = self._tokens(start, end)
        return bool(toks) and toks[-1].lower_ in word_set("person_roles")

    def _antecedent(self, before: int, person: bool, role: str | None = None) -> Entity | None:
        """Last named source or named-entity mention before `before` that fits (a person or a group)."""
        cands: list[tuple[int, Entity]] = []
        for s, ent, is_person in self.sources:
            if s < before and is_person == person and ent.text.lower().split()[-1:] != [role]:
                cands.append((s, ent))
        spans = self.persons if person else self.groups
        for s, e in spans:
            if e <= before:
                text = doc_text(self.doc)[s:e]
                if role and not person and role not in text.lower():
                    continue
                ent = self._resolved(text, s) or Entity(text, None, None, None, s, e)
                cands.append((s, Entity(text, ent.name or text, ent.country, ent.sector, s, e)))
        if role and not person:
            def fits(c) -> bool:
                return role in (c[1].name or c[1].text).lower() or role in c[1].text.lower()
            fitting = [c for c in cands if fits(c)]
            if not fitting:
                # "the monitors", "the experts": no name holds the role word; the last group that spoke is meant
                spoken = [(s, ent) for s, ent, is_person in self.sources if s < before and not is_person]
                fitting = spoken[-1:]
            cands = fitting or cands
        return max(cands, key=lambda c: c[0])[1] if cands else None

    def _pronoun(self, text: str, start: int, end: int) -> Entity:
        low = text.lower()
        back = None
        if low in _THING_PRONOUNS | _GROUP_PRONOUNS:
            # "The Observatory said the strikes hit Qamishli. It said …": a source pronoun takes the last *source*
            # of its kind, not the last place or group merely mentioned
            groups = [ent for s, ent, is_person in self.sources if s < start and not is_person]
            back = groups[-1] if groups else None
        back = back or self._antecedent(start, person=low in _PERSON_PRONOUNS)
        if back is None and low not in _PERSON_PRONOUNS:
            back = self._antecedent(start, person=True) if low in _GROUP_PRONOUNS else None
        if back is None:
            return Entity(text, None, None, None, start, end)
        return Entity(text, back.name or back.text, back.country, back.sector, start, end)
