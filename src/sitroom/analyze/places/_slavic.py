"""Russian and Ukrainian place names: `data/<lang>/names.json` "places" maps lemmas to the English name in the shipped
gazetteer, so a ru/uk place gets the same name, country and coordinates as its English mention. Inflected forms
("в Киеве", "у Мінську", "Білорусі") match through their pymorphy3 lemmas, so no case forms are listed.

- a place the gazetteer lacks (an airbase, a village) is listed as [English name, ISO3, lat, lon];
- a direction or a region named by its town's adjective ("на донецком направлении", "на мелітопольському напрямку",
  "у Бєлгородській області") is that town or its region (the adjective's stem against the lexicon's one-word places);
- a capitalised name the lexicon lacks ("на станцию Калинковичи", "до Гомеля") is transliterated (the Russian and
  the Ukrainian romanisations, each lemma of the word) and looked up in the gazetteer among the towns and regions of
  Belarus, Ukraine and Russia (the countries ru/uk news names places in without saying which), when a place
  preposition or a place noun ("станция", "аеродром") stands before it.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from sitroom.analyze.places._resolver import lookup_place
from sitroom.lexicon import load_json
from sitroom.model import Place
from sitroom.nlp_slavic import lemmas_of, match_phrases, phrase_table

__all__ = ["slavic_places", "transliterations"]

_NEAR = ("BLR", "UKR", "RUS")
_RU = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
               ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t",
                "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "'", "e", "yu", "ya"]), **{"і": "i", "ї": "yi",
                                                                                          "є": "ye", "ґ": "g"})
_UK = dict(_RU, **{"г": "h", "ґ": "g", "е": "e", "є": "ye", "и": "y", "і": "i", "ї": "yi", "'": ""})
_PLACE_NOUNS = {"станция", "станція", "аэродром", "аеродром", "полигон", "полігон", "город", "місто", "село", "посёлок",
                "поселок", "селище", "район", "область", "база", "лагерь", "табір", "деревня", "область", "напрямок",
                "направление"}


def transliterations(word: str) -> list[str]:
    """Romanisations of a Cyrillic word by the Russian and the Ukrainian scheme, with and without the soft sign's
    apostrophe ("гомель" -> gomel', gomel, homel', homel)."""
    out: list[str] = []
    low = word.lower().replace("ʼ", "'").replace("’", "'")
    for table in (_RU, _UK):
        t = "".join(table.get(c, c) for c in low)
        for v in (t, t.replace("'", "")):
            if v not in out:
                out.append(v)
    return out


@lru_cache(maxsize=8192)
def _romanised(lemmas: frozenset[str]) -> Place | None:
    from sitroom.analyze.places._gazetteer import candidates

    for lemma in sorted(lemmas):
        for name in transliterations(lemma):
            if len(name) < 4:
                continue
            hits = [e for e in candidates(name) if e.iso3 in _NEAR and e.kind in ("city", "admin1")]
            if hits:
                best = max(hits, key=lambda e: e.prior)
                return Place(text=name, name=best.name, country=best.iso3, lat=best.lat, lon=best.lon, kind=best.kind)
    return None


_DIRECTIONS = {"направление", "напрямок", "напрям"}
_REGIONS = {"область", "район", "округ"}


@lru_cache(maxsize=2)
def _place_stems(language: str) -> dict[str, object]:
    """One-word places of the lexicon by lemma ("донецк", "мелітополь")."""
    places = load_json(f"{language}/names.json")["places"]
    return {k: v for k, v in places.items() if " " not in k}


def _adjective_bases(lemma: str) -> list[str]:
    """The town an adjective of place is made from: "донецкий" -> донецк, "бахмутский" -> бахмут,
    "мелітопольський" -> мелітополь, "луганський" -> луганськ."""
    low = lemma.lower()
    for end in ("ский", "ський", "цкий", "цький", "ий", "ый", "ой"):
        if low.endswith(end):
            base = low[:-len(end)]
            break
    else:
        return []
    full = low[:-2]
    out = [full, base, base + "ь", base + "ск", base + "ськ", base + "ка"]      # … "авдіївський" -> авдіївка
    if base.endswith("ц"):
        out.append(base[:-1] + "цк")
    return out


def _fixed(value) -> Place | None:
    if isinstance(value, list):                  # [English name, ISO3, lat, lon]: a place the gazetteer lacks
        name, iso, lat, lon = value
        return Place(text=name, name=name, country=iso, lat=lat, lon=lon, kind="locality")
    return lookup_place(value)


def slavic_places(doc) -> list[tuple[int, int, Place]]:
    """(first token, end token, Place) of every place the lexicon names in a `parse_slavic` Doc, in text order."""
    language = doc.user_data["sitroom_language"]
    out = []
    taken: set[int] = set()
    for i, j, english in match_phrases(doc, phrase_table(f"{language}/names.json", "places")):
        taken.update(range(i, j))
        found = _fixed(english)
        if found is None:
            continue
        a, b = doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text)
        out.append((i, j, replace(found, text=doc.text[a:b], start=a, end=b)))
    stems = _place_stems(language)
    for t in doc:
        if t.i in taken or t.i + 1 >= len(doc) or t.pos_ != "ADJ":
            continue
        noun = lemmas_of(doc[t.i + 1])
        if not noun & (_DIRECTIONS | _REGIONS):
            continue
        english = next((stems[b] for b in _adjective_bases(t.lemma_) if b in stems), None)
        found = None
        if english is not None and isinstance(english, str) and noun & _REGIONS:
            found = lookup_place(f"{english} Oblast")        # "у Бєлгородській області": the region
        if found is None and english is not None:
            found = _fixed(english)
        if found is not None:
            a, b = t.idx, doc[t.i + 1].idx + len(doc[t.i + 1].text)
            out.append((t.i, t.i + 2, replace(found, text=doc.text[a:b], start=a, end=b)))
            taken.update((t.i, t.i + 1))
    preps = frozenset(load_json(f"{language}/coder.json")["location_prepositions"])
    for t in doc:
        if t.i in taken or not t.text[:1].isupper() or not t.text.isalpha() or len(t.text) < 4 or t.is_sent_start:
            continue
        prev = next((x for x in reversed(doc[max(0, t.i - 2):t.i]) if not x.is_space), None)
        if prev is None or not (prev.lower_ in preps or lemmas_of(prev) & _PLACE_NOUNS):
            continue
        found = _romanised(lemmas_of(t))
        if found is not None:
            out.append((t.i, t.i + 1, replace(found, text=t.text, start=t.idx, end=t.idx + len(t.text))))
    return sorted(out, key=lambda p: p[0])
