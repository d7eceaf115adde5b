"""Actor dictionaries: named people and organisations, role nouns, and the token index over them.

Data: data/en/actors.json (hand-written; office holders 2020-2024, institutions, IGOs, role nouns with
CAMEO/PLOVER sectors), data/actors_leaders.tsv and data/actors_groups.tsv (office holders of every country
1990-2024, armed groups, parties, organisations; read by `actors_people`) and the country table of
`places_countries`. Loaded once per process.
Matching works on this module's own word tokens, so `lookup_actor("...")` and a whole document give
the same answer.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from sitroom.analyze.actors._people import FuzzyIndex, groups, person_aliases
from sitroom.countries import countries, norm
from sitroom.lexicon import load_json

MAX_PHRASE = 9
_WORD = re.compile(r"[^\W_]+(?:[.\-][^\W_]+|['’](?!s\b)[^\W_]+)*\.?|['’]s\b|[^\w\s]", re.UNICODE)


@dataclass(frozen=True)
class Token:
    key: str          # normalized (lower case, straight apostrophes)
    raw: str
    start: int
    end: int


@dataclass(frozen=True)
class NamedActor:
    name: str
    country: str | None
    sector: str
    role: str | None = None       # "president", "foreign minister" for people; None for organisations
    org: str | None = None        # the IGO a person speaks for
    person: bool = False
    years: tuple[int, int] | None = None   # in office (first, last year), where the dictionary knows it


@dataclass(frozen=True)
class Role:
    name: str                     # canonical ("Ministry of Defense")
    sector: str
    kind: str                     # compatibility class for short references ("ministry", "leader", ...)
    cue: str                      # the cue as listed ("defence ministry")


@dataclass(frozen=True)
class Lexicon:
    named: dict[tuple[str, ...], NamedActor]
    roles: dict[tuple[str, ...], Role]
    country_names: dict[tuple[str, ...], str]
    demonyms: dict[tuple[str, ...], str]
    capitals: dict[tuple[str, ...], str]
    plural_demonyms: frozenset[tuple[str, ...]]
    acronyms: frozenset[tuple[str, ...]]     # one-token aliases written in capitals ("IS", "PA", "WHO")
    prefixes: frozenset[tuple[str, ...]] = frozenset()   # every proper prefix of every key (early exit)
    starts: frozenset[str] = frozenset()                  # first tokens of every key
    country_fuzzy: FuzzyIndex | None = None               # one-word country names and demonyms, for typos
    person_fuzzy: FuzzyIndex | None = None                # person names and surnames, for typos


@lru_cache(maxsize=1)
def _spelling() -> dict[str, str]:
    return dict(load_json("en/actors.json").get("spelling_variants", {}))


def tokenize(text: str) -> list[Token]:
    """Word tokens with their match keys (lower case, straight apostrophes, British spellings folded:
    "defence" -> "defense")."""
    fold = _spelling()
    out = []
    for m in _WORD.finditer(text):
        raw, start, end = m.group(), m.start(), m.end()
        # a sentence-final period is not part of the word, an abbreviation's is ("U.S.")
        if raw.endswith(".") and "." not in raw[:-1] and len(raw) > 1:
            raw, end = raw[:-1], end - 1
        key = raw.translate(str.maketrans("’", "'")).lower()
        out.append(Token(fold.get(key, key), raw, start, end))
    return out


def key_of(phrase: str) -> tuple[str, ...]:
    return tuple(t.key for t in tokenize(phrase))


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    data = load_json("en/actors.json")
    named: dict[tuple[str, ...], NamedActor] = {}
    acronyms = set()
    for row in data["organizations"]:
        for alias in (row[0], *row[3]):
            if alias.replace(".", "").isupper() and len(key_of(alias)) == 1:
                acronyms.add(key_of(alias))
    for row in data["named"]:
        name, country, sector, role, aliases = row[:5]
        actor = NamedActor(name, country, sector, role, row[5] if len(row) > 5 else None, person=True)
        for alias in (name, *aliases):
            named.setdefault(key_of(alias), actor)
    for name, country, sector, aliases in data["organizations"]:
        actor = NamedActor(name, country, sector)
        for alias in (name, *aliases):
            named.setdefault(key_of(alias), actor)
    people_keys: dict[tuple[str, ...], NamedActor] = {}
    for alias, row in person_aliases().items():
        actor = NamedActor(row.name, row.country, row.sector, row.role, row.org, person=True, years=row.years)
        people_keys.setdefault(key_of(alias), actor)
        named.setdefault(key_of(alias), actor)
    mixed_case = set()
    for g in groups():
        actor = NamedActor(g.name, g.country, g.sector)
        for alias in (g.name, *g.aliases):
            k = key_of(alias)
            named.setdefault(k, actor)
            if len(k) == 1 and alias.replace(".", "").isupper():
                acronyms.add(k)
            elif len(k) == 1:
                mixed_case.add(k)
    acronyms -= mixed_case
    roles: dict[tuple[str, ...], Role] = {}
    for name, sector, kind, cues in data["roles"]:
        for cue in cues:
            roles.setdefault(key_of(cue), Role(name, sector, kind, cue))
    table = countries()
    country_names = {key_of(n): iso for n, iso in table.by_name.items()}
    demonyms = {key_of(d): iso for d, iso in table.by_demonym.items()}
    capitals = {key_of(c): iso for c, iso in table.by_capital.items()}
    plurals = frozenset(key_of(p) for p in table.plural_demonyms)
    keys = [*named, *roles, *country_names, *demonyms, *capitals]
    prefixes = frozenset(k[:n] for k in keys for n in range(1, len(k)))
    starts = frozenset([k[0] for k in keys if k] + ["u.s.", "u.k.", "us", "uk"])
    one_word = {k[0]: (iso, form) for form, index in (("demonym", demonyms), ("name", country_names))
                for k, iso in index.items() if len(k) == 1 and k[0].isalpha() and len(k[0]) >= 5}
    person_forms = {" ".join(k): a for k, a in people_keys.items() if len(" ".join(k)) >= 5}
    return Lexicon(named, roles, country_names, demonyms, capitals, plurals, frozenset(acronyms),
                   prefixes, starts, FuzzyIndex(one_word), FuzzyIndex(person_forms))


def longest(index: dict, toks: list[Token], i: int):
    """Longest phrase of `index` starting at token i: (end index, value) or (i, None)."""
    best = (i, None)
    key: tuple[str, ...] = ()
    prefixes = lexicon().prefixes
    for j in range(i, min(len(toks), i + MAX_PHRASE)):
        key = key + (toks[j].key,)
        hit = index.get(key)
        if hit is not None:
            best = (j + 1, hit)
        if key not in prefixes:
            break
    return best


def role_kind(role: str | None) -> str | None:
    """Compatibility class of a person's role ("foreign minister" -> "minister")."""
    if not role:
        return None
    hit = lexicon().roles.get(key_of(role))
    return hit.kind if hit else None


def normalize(text: str) -> str:
    return norm(text)
