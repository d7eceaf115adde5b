"""Russian and Ukrainian place names: `data/<lang>/names.json` "places" maps lemmas to the English name in the shipped
gazetteer, so a ru/uk place gets the same name, country and coordinates as its English mention. Inflected forms
("в Киеве", "у Мінську", "Білорусі") match through their pymorphy3 lemmas, so no case forms are listed."""
from __future__ import annotations

from dataclasses import replace

from sitroom.analyze.places._resolver import lookup_place
from sitroom.model import Place
from sitroom.nlp_slavic import match_phrases, phrase_table

__all__ = ["slavic_places"]


def slavic_places(doc) -> list[tuple[int, int, Place]]:
    """(first token, end token, Place) of every place the lexicon names in a `parse_slavic` Doc, in text order."""
    language = doc.user_data["sitroom_language"]
    out = []
    for i, j, english in match_phrases(doc, phrase_table(f"{language}/names.json", "places")):
        found = lookup_place(english)
        if found is None:
            continue
        a, b = doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text)
        out.append((i, j, replace(found, text=doc.text[a:b], start=a, end=b)))
    return out
