"""Russian and Ukrainian actors: `data/<lang>/names.json` names resolved through the English actor tables, so
"Минобороны Беларуси", "Міноборони Білорусі" and "the Belarusian Defence Ministry" are one entity.

- a named actor ("Лукашенко", "ЗСУ", "Кремль") maps to an English name `lookup_actor` knows, or to a fixed
  [name, country, sector] for an actor the English tables lack ("Гаюн");
- an institution without its country ("Минобороны", "МЗС", "Генштаб") takes the country named right after it in the
  genitive ("Минобороны Беларуси") or by an adjective in front ("российское Минобороны"); alone it keeps its sector
  with no country (which country's ministry is for the reader to tell);
- a country adjective on a group noun ("российские военные", "білоруські військові") is that country's group;
- a country named as such ("Россия заявила") is the country; natasha's PERSON and ORG names the lexicon lacks are
  kept as written, without country.
"""
from __future__ import annotations

from functools import lru_cache

from sitroom.analyze.actors._resolver import lookup_actor
from sitroom.countries import countries, country_name
from sitroom.lexicon import load_json
from sitroom.model import Entity, Place
from sitroom.nlp_slavic import can_be_genitive, can_be_nominative, can_be_person, lemmas_of, match_phrases, name_cases, phrase_table

__all__ = ["SlavicActors"]


@lru_cache(maxsize=4096)
def _lookup(english: str) -> Entity | None:
    return lookup_actor(english)


def _demonym(iso3: str) -> str | None:
    c = countries().by_iso3.get(iso3)
    return c.demonyms[0] if c and c.demonyms else None


# "the country / the republic" after an institution: the country the text named before it
_THE_COUNTRY = frozenset({"страна", "республика", "країна", "республіка"})


def _agent_name(span, language: str) -> bool:
    """Whether a name the tagger found could name who acts: not when it holds a pronoun or a verb ("Він зазначив"
    tagged as a name), nor when it is only in a case no agent takes (a dative or locative "Нікополю", "Херсону": a
    place the tagger took for a name; the agent is nominative, or genitive after a noun: "удар військ")."""
    if any(t.pos_ in ("PRON", "VERB", "AUX") for t in span):
        return False
    if span.label_ == "PERSON" and len(span) == 1 and not can_be_person(span.text, language):
        return False                                      # "Головного (управління розвідки)": a known adjective
    words = [name_cases(t.text, language) for t in span if t.is_alpha]
    common = frozenset.intersection(*words) if words and all(words) else frozenset()
    if common or (words and words[0]):
        # the words of one name agree in case, its first word (the first name) inflecting where a surname may
        # not: "Олександру Коваль" (accusative; the indeclinable surname reads in every case, or the dictionary
        # knows it only as a man's nominative) is whom something was done to; "Олександри Коваль" a genitive,
        # never a plural nominative
        return bool((common or words[0]) & {"nomn", "gent", "gen2"})
    return any(can_be_nominative(t.text, language) or can_be_genitive(t.text, language)
               for t in span if t.is_alpha)


def _attribute(t) -> bool:
    """Whether a group word is an adjective of the noun right after it, agreeing in case and number ("российской
    военной техники", "російської військової техніки": equipment, not troops)."""
    from sitroom.nlp_slavic import attribute_of

    after = next((y for y in t.doc[t.i + 1:t.i + 2] if not y.is_space), None)
    return after is not None and after.text[:1].isalpha() and after.pos_ in ("NOUN", "PROPN") and \
        attribute_of(t.text, after.text, t.doc.user_data["sitroom_language"])


class SlavicActors:
    """The actors of one `parse_slavic` Doc: `mentions` as (first token, end token, Entity), in text order."""

    def __init__(self, doc, places: list[tuple[int, int, Place]]):
        self.doc = doc
        language = doc.user_data["sitroom_language"]
        names = load_json(f"{language}/names.json")
        self._demonyms = names["demonyms"]
        self._groups = names["group_nouns"]
        country_at = {i: (j, p.country) for i, j, p in places if p.kind == "country" and p.country}
        taken: set[int] = set()
        found: list[tuple[int, int, Entity]] = []
        for i, j, value in match_phrases(doc, phrase_table(f"{language}/names.json", "actors")):
            ent, i, j = self._named(i, j, value, country_at)
            if ent is not None:
                found.append((i, j, ent))
                taken.update(range(i, j))
        for t in doc:
            if t.i in taken or t.i + 1 >= len(doc):
                continue
            iso = self._country_adjective(t)
            nxt = doc[t.i + 1]
            noun = next((self._groups[w] for w in lemmas_of(nxt) if w in self._groups), None)
            if iso and noun and nxt.i not in taken and not _attribute(nxt):
                e = _lookup(f"{_demonym(iso)} {noun}") or Entity(text="", name=f"{country_name(iso)} {noun}",
                                                                 country=iso)
                found.append((t.i, t.i + 2, self._entity(e, t.i, t.i + 2)))
                taken.update((t.i, t.i + 1))
        preps = frozenset(load_json(f"{language}/coder.json")["location_prepositions"])
        for i, (j, iso) in country_at.items():
            prev = next((x for x in reversed(doc[max(0, i - 2):i]) if not x.is_space), None)
            if prev is not None and prev.lower_ in preps:      # "в Россию", "до Білорусі": a place, not an actor
                continue
            if not taken & set(range(i, j)):
                found.append((i, j, self._entity(Entity(text="", name=country_name(iso), country=iso), i, j)))
                taken.update(range(i, j))
        placed = {k for i, j, _ in places for k in range(i, j)}
        for span in doc.ents:
            if span.label_ in ("PERSON", "ORG") and not (taken | placed) & set(range(span.start, span.end)) \
                    and _agent_name(span, language):
                text = span.text
                found.append((span.start, span.end, Entity(text=text, name=text, start=span[0].idx,
                                                           end=span[0].idx + len(text))))
        self.mentions = sorted(found, key=lambda m: m[0])

    def _country_adjective(self, t) -> str | None:
        return next((self._demonyms[w] for w in lemmas_of(t) if w in self._demonyms), None)

    def _entity(self, e: Entity, i: int, j: int) -> Entity:
        a, b = self.doc[i].idx, self.doc[j - 1].idx + len(self.doc[j - 1].text)
        return Entity(text=self.doc.text[a:b], name=e.name, country=e.country, sector=e.sector, start=a, end=b)

    def _named(self, i: int, j: int, value, country_at) -> tuple[Entity | None, int, int]:
        if isinstance(value, list):
            name, iso, sector = value
            return self._entity(Entity("", name, None if iso == "-" else iso, sector), i, j), i, j
        if "{country}" not in value:
            e = _lookup(value)
            return (self._entity(e, i, j) if e else None), i, j
        iso = None
        k = j
        while k < len(self.doc) and self.doc[k].is_space:
            k += 1
        if k in country_at:                                   # "Минобороны Беларуси"
            j, iso = country_at[k]
        elif i > 0 and self._country_adjective(self.doc[i - 1]):  # "российское Минобороны"
            i, iso = i - 1, self._country_adjective(self.doc[i - 1])
        elif k < len(self.doc) and lemmas_of(self.doc[k]) & _THE_COUNTRY:
            # "міністерство оборони країни", "Минобороны республики": the country named last before it
            before = [(a, c) for a, (_, c) in country_at.items() if a < i]
            if before:
                j, iso = k + 1, max(before)[1]
        if iso:
            e = _lookup(value.format(country=country_name(iso)))
            if e:
                return self._entity(e, i, j), i, j
        bare = _lookup(value.format(country="Ukraine"))      # the sector an institution of that kind has
        name = value.replace("{country}", "").strip()
        return self._entity(Entity("", name, None, bare.sector if bare else None), i, j), i, j

    def covering(self, i: int) -> Entity | None:
        """The actor whose mention contains token `i`."""
        return next((e for a, b, e in self.mentions if a <= i < b), None)

    def in_range(self, lo: int, hi: int) -> list[tuple[int, int, Entity]]:
        return [m for m in self.mentions if lo <= m[0] < hi]
