"""Word lists and constants of the ru/uk claim finder: counted kinds (data/<lang>/claim_kinds.json), status cues
(claim_status.json), owners (names.json: demonyms, the enemy, group nouns), each loaded once per language; who the
enemy is for a speaker; the country of an outlet's name."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from sitroom.countries import country_name
from sitroom.lexicon import load_json
from sitroom.model import Entity, Place

_COPULAS = frozenset({"быть", "бути"})
_NOBODYS = frozenset({"people", "civilians", "refugees", "children"})
_COMBAT = frozenset({"attacked", "destroyed", "killed", "wounded", "captured"})
_UKRAINE = Place(text="Ukraine", name="Ukraine", country="UKR", kind="country")
_MILITARY = frozenset({"personnel", "units", "tanks", "armoured_vehicles", "artillery", "air_defence", "aircraft",
                       "helicopters", "combat_aircraft", "transport_aircraft",
                       "drones", "missiles", "ships", "trucks", "vehicles", "trains", "railcars", "equipment",
                       "weapons"})




def _country_place(iso: str) -> Place:
    return Place(text=country_name(iso) or iso, name=country_name(iso), country=iso, kind="country")


_OF_WORDS = {"из", "з", "із", "зі", "из числа"}

# what can be destroyed but not killed or wounded: a "wounded" nearest a count of these is its neighbour's
_THINGS = _MILITARY - {"personnel", "units"}
# what damage leaves with its owner ("пошкоджено 3 танки"); any other damaged thing is civilian property
_ARMS = _THINGS - {"trucks", "vehicles", "trains", "railcars"}
_VICTIMS = {"killed", "wounded", "captured", "released", "displaced"}
_PEOPLE = {"personnel", "people", "civilians", "children", "refugees", "hostages", "casualties"}
_NUMBER_NOUNS = frozenset({"число", "количество", "численность", "кількість", "чисельність"})
_BREAKS = {";", "•"}
_CLAUSE_LINKS = {"что", "що", "который", "которые", "которых", "який", "які", "яких", "когда", "коли", "однако",
                 "але", "но", "проте", "хотя", "хоча", "а",
                 "ще", "еще", "ещё"}                 # "прибули 2 ешелони, ще 3 очікуються": an elliptic clause



class _Kinds:
    def __init__(self, lang: str):
        d = load_json(f"{lang}/claim_kinds.json")
        self.phrases = [(stem, kind) for kind, stems in d["phrases"].items() for stem in stems]
        self.nouns = {lemma: kind for kind, lemmas in d["nouns"].items() for lemma in lemmas}
        self.names = [(stem, kind) for kind, stems in d["names"].items() for stem in stems]
        self.classifiers = frozenset(d["classifiers"])
        self.not_counted = frozenset(d["not_counted"])
        self.military = tuple(d["military_context"])
        self.people = frozenset(d["people_nouns"])
        self.modifiers = [(stem, kind) for kind, stems in d.get("modifier_phrases", {}).items() for stem in stems]
        self.military_stores = frozenset(d.get("military_stores", ()))


@lru_cache(maxsize=2)
def _kinds(lang: str) -> _Kinds:
    return _Kinds(lang)


@lru_cache(maxsize=1)
def canonical_kinds() -> frozenset[str]:
    """Every canonical counted kind (personnel, tanks, air_defence …): those the ru/uk tables map words to and the
    shipped taxonomy's; anything else `kind_of_slavic` returns is a lemma no table knows."""
    from sitroom.analyze.claims._lexicon import taxonomy

    t = taxonomy()
    out = set(t.nouns.values()) | set(t.within) | set(t.within.values()) | set(t.labels)
    for lang in ("ru", "uk"):
        k = _kinds(lang)
        out |= set(k.nouns.values()) | {kind for _, kind in k.phrases + k.names + k.modifiers}
    return frozenset(out)


def other_slavic(lang: str) -> str:
    """The other of the two Cyrillic languages sitroom reads: a Ukrainian page quotes Russian, and back."""
    return "uk" if lang == "ru" else "ru"


@dataclass(frozen=True)
class _Status:
    words: dict[str, str]                # lemma -> status (first listed wins)
    nouns: dict[str, str]
    counted: dict[str, str]
    loss: dict[str, str]
    owner_statuses: frozenset[str]
    owner_verbs: frozenset[str]
    host_verbs: frozenset[str]
    leave_verbs: frozenset[str]
    from_preps: frozenset[str]
    intention: frozenset[str]
    pledge_future: frozenset[str]
    attack_nouns: frozenset[str]
    damage_verbs: frozenset[str]          # "пошкоджено 14 будинків": civilian property, nobody's
    repel_verbs: frozenset[str]           # "отразили 4 атаки": the other side's attacks
    now_words: frozenset[str] = frozenset()   # "сейчас", "наразі": a figure with no status word is what is there
    undergo_verbs: frozenset[str] = frozenset()   # "проходят подготовку": with an object, undergoing (present)
    modal_verbs: frozenset[str] = frozenset()     # "мають прибути": with an infinitive, what is to come
    possibility: frozenset[str] = frozenset()     # "могут": a flow to come, a state as it is
    prepare_verbs: frozenset[str] = frozenset()   # "готовит к переброске": the move prepared is to come
    prepare_preps: frozenset[str] = frozenset()
    composition: tuple[str, ...] = ()             # "У складі ешелонів:": a list of what the figure before carried


@lru_cache(maxsize=2)
def _status(lang: str) -> _Status:
    d = load_json(f"{lang}/claim_status.json")

    def table(section: str) -> dict[str, str]:
        out: dict[str, str] = {}
        for status, words in d[section].items():
            for w in words:
                out.setdefault(w, status)
        return out

    return _Status(table("verbs"), table("nouns"), table("counted"), dict(d["loss"]), frozenset(d["owner_statuses"]),
                   frozenset(d["owner_verbs"]), frozenset(d["host_verbs"]), frozenset(d["leave_verbs"]),
                   frozenset(d["from_prepositions"]), frozenset(d["intention"]), frozenset(d["pledge_future"]),
                   frozenset(d["attack_nouns"]), frozenset(d["damage_verbs"]), frozenset(d["repel_verbs"]),
                   frozenset(d.get("now_words", ())), frozenset(d.get("undergo_verbs", ())),
                   frozenset(d.get("modal_verbs", ())), frozenset(d.get("possibility", ())),
                   frozenset(d.get("prepare_verbs", {}).get("verbs", ())),
                   frozenset(d.get("prepare_verbs", {}).get("prepositions", ())), tuple(d.get("composition", ())))


@dataclass(frozen=True)
class _Owners:
    demonyms: dict[str, str]
    people: dict[str, str]
    side: frozenset[str]
    russian: frozenset[str]
    preps: frozenset[str]
    groups: frozenset[str]                # "подразделения", "техника": a group an actor after it owns
    ours: frozenset[str]                  # "наши": the speaker's own side
    notional: frozenset[str]              # "условного противника": an exercise's enemy, no one's
    country_nouns: frozenset[str] = frozenset()   # "в стране", "в країну": the country the text is about
    place_nouns: frozenset[str] = frozenset()     # "над регионом", "в області": the last place named
    possessives: frozenset[str] = frozenset()     # "свои", "власних": the clause subject's own
    sites: frozenset[str] = frozenset()           # "на белорусские полигоны": a country's adjective places
    with_preps: frozenset[str] = frozenset({"с", "со", "з", "із", "зі"})   # "эшелоны с техникой …": the cargo


@lru_cache(maxsize=2)
def _owners(lang: str) -> _Owners:
    d = load_json(f"{lang}/names.json")
    preps = load_json(f"{lang}/coder.json")["location_prepositions"]
    return _Owners(d["demonyms"], d["demonym_nouns"], frozenset(d["enemy"]["side"]), frozenset(d["enemy"]["russian"]),
                   frozenset(preps) | {"через", "від", "від", "из", "із", "з", "с"}, frozenset(d["group_nouns"]),
                   frozenset(d["enemy"]["own"]), frozenset(d["enemy"]["notional"]),
                   frozenset(d.get("country_nouns", ())), frozenset(d.get("place_nouns", ())),
                   frozenset(d.get("reflexive_possessives", ())), sites=frozenset(d.get("site_nouns", ())))



# the other side of the war for a speaker on one side: Belarus speaks from Russia's (its ministry's "противник" at
# the southern border, "вблизи белорусской границы", is Ukraine)
_OTHER_SIDE = {"UKR": "RUS", "RUS": "UKR", "BLR": "UKR"}


def _enemy(source: Entity | None, lang: str) -> str | None:
    """Who 'the enemy' is for whoever speaks: Russia for a Ukrainian source (or a Ukrainian text in its own voice),
    Ukraine for a Russian or a Belarusian source."""
    side = source.country if source is not None else None
    if side is None and lang == "uk":
        return "RUS"
    return _OTHER_SIDE.get(side)


def _country(iso: str, text: str = "", start: int | None = None, end: int | None = None) -> Entity:
    return Entity(text=text or (country_name(iso) or iso), name=country_name(iso), country=iso, start=start, end=end)



@lru_cache(maxsize=256)
def _outlet_country(outlet: str, language: str) -> str | None:
    """The country of an outlet's name by the ru/uk actor lexicon ("Министерство обороны Российской Федерации")."""
    from sitroom.analyze.actors import SlavicActors
    from sitroom.analyze.places import slavic_places
    from sitroom.nlp_slavic import parse_slavic

    doc = parse_slavic(outlet, language)
    places = slavic_places(doc)
    found = [e.country for _, _, e in SlavicActors(doc, places).mentions if e.country]
    return found[0] if found else None
