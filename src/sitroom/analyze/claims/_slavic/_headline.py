"""The headline of a ru/uk document read on its own: its owner and place, for the claims of the body to fall back on."""
from __future__ import annotations

from sitroom.analyze.claims._slavic._tables import _country, _enemy, _owners, _status


def slavic_headline(title: str, language: str, published: str | None = None):
    """The headline of a ru/uk document on its own: (its Doc, places, actors, attributions, owner, location) — the
    owner a country adjective or people, or the enemy as its source means it ("о потерях противника" by the
    Ukrainian General Staff); the location its first place that is not an actor."""
    from sitroom.analyze.actors import SlavicActors
    from sitroom.analyze.attribution import slavic_attributions
    from sitroom.analyze.places import slavic_places
    from sitroom.nlp_slavic import lemmas_of, only_instrumental, parse_slavic

    doc = parse_slavic(title, language)
    places = slavic_places(doc)
    actors = SlavicActors(doc, places)
    atts = slavic_attributions(doc, actors)
    own = _owners(language)
    source = next((a.source for a in atts if a.source is not None), None)
    owner = None
    in_place = {k for i, j, _ in places for k in range(i, j)}
    from sitroom.analyze.claims._lexicon import taxonomy
    from sitroom.analyze.claims._slavic._counted import kind_of_slavic
    from sitroom.analyze.quantities import noun_lemma

    def counted_after(t) -> bool:
        nxt = next((x for x in doc[t.i + 1:t.i + 3] if not x.is_space), None)
        return nxt is not None and nxt.i not in in_place and kind_of_slavic(
            noun_lemma(nxt.text, language), nxt.text, language, title) in taxonomy().kinds
    # the country word of what is counted wins over one of a place or thing ("На белорусские аэродромы
    # перебазированы российские истребители": Russian)
    words = sorted(doc, key=lambda t: not counted_after(t))
    for t in words:
        if t.i in in_place:
            continue
        lem = lemmas_of(t)
        iso = next((own.demonyms.get(w) or own.people.get(w) for w in lem if w in own.demonyms or w in own.people),
                   None)
        if iso is None and lem & own.russian:
            iso = "RUS"
        if iso is None and lem & own.side:
            iso = _enemy(source or next((e for _, _, e in actors.mentions if e.country), None), language)
        if iso:
            owner = _country(iso, t.text)
            break
    # a country that acts is no place ("Росія вночі атакувала Україну": Ukraine); after a place preposition it is one
    preps = own.preps
    acting = {k for i, j, _ in actors.mentions for k in range(i, j)}
    def after_prep(i: int) -> bool:
        return any(x.lower_ in preps for x in doc[max(0, i - 2):i] if not x.is_space)

    def neighbour(i: int) -> bool:                   # "на границе с Украиной", "біля кордону з Україною"
        prev = next((x for x in reversed(doc[max(0, i - 2):i]) if not x.is_space), None)
        return prev is not None and prev.lower_ in _status(language).from_preps and only_instrumental(doc[i].text,
                                                                                                      language)

    # the country of who speaks is no place either ("У Міноборони РФ заявили про знищення 5 танків")
    speaking = {k for a in atts if a.source is not None and a.source.start is not None
                for k in range(len(doc)) if a.source.start <= doc[k].idx < a.source.end}
    located = [(i, p) for i, j, p in places if p.country and (i not in acting or after_prep(i)) and not neighbour(i)
               and i not in speaking]
    # a place after a place preposition first ("Зачем Москве группировка в Беларуси": Belarus, Moscow is who wants it)
    located.sort(key=lambda x: not after_prep(x[0]))
    return doc, places, actors, atts, owner, (located[0][1] if located else None)
