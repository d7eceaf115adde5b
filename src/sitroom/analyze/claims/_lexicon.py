"""The claims lexicons: the taxonomy of counted kinds (data/en/claim_kinds.json) and the status cues
(data/en/claim_status.json), loaded once per process."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from sitroom.lexicon import load_json as _load


@dataclass(frozen=True)
class Taxonomy:
    nouns: dict[str, str]                           # noun as written or lemma (lower case) -> canonical kind
    phrases: tuple[tuple[str, str], ...]            # (phrase, kind), longest first
    names: tuple[tuple[str, str], ...]              # (equipment name, lower case, kind), longest first
    classifiers: frozenset[str]                     # "pieces of", "units of": the counted noun is the complement
    not_counted: frozenset[str]                     # measures, time, money, percent
    victim_verbs: frozenset[str]
    kinds: tuple[str, ...]
    strength_nouns: frozenset[str] = frozenset()    # "a 9,000-strong group": personnel
    increment_words: frozenset[str] = frozenset()   # "a further 2,000", "150 more": increments
    series_kinds: dict[str, dict[str, str]] = field(default_factory=dict)   # status -> {kind: series kind}
    crowd_verbs: frozenset[str] = frozenset()       # "Thousands protest": people
    side_event_nouns: frozenset[str] = frozenset()  # "Russia's deployment of 7,500 troops": Russia's
    within: dict[str, str] = field(default_factory=dict)   # kind -> the broader kind it is part of (helicopters: aircraft)
    series_statuses: dict[str, dict[str, str]] = field(default_factory=dict)   # kind ('*': all) -> {status: series's}
    labels: dict[str, str] = field(default_factory=dict)   # kind -> the kind in words ("air defence systems")


# nouns that measure a count rather than name what is counted: "the number of troops could reach 9,000"
MEASURE_NOUNS = frozenset({"number", "total", "figure", "count", "tally", "toll", "size", "strength", "estimate"})
# modals of possibility: "could be deployed" is a plan, "may have arrived" (with "have") is not
POSSIBILITY_MODALS = frozenset({"could", "may", "might"})


@lru_cache(maxsize=1)
def taxonomy() -> Taxonomy:
    raw = _load("en/claim_kinds.json")
    nouns: dict[str, str] = {}
    phrases: list[tuple[str, str]] = []
    names: list[tuple[str, str]] = []
    within = {kind: spec["within"] for kind, spec in raw["kinds"].items() if spec.get("within")}
    for kind, spec in raw["kinds"].items():
        for n in spec.get("nouns", ()):
            (phrases.append((n, kind)) if " " in n else nouns.setdefault(n, kind))
        phrases.extend((p, kind) for p in spec.get("phrases", ()))
        names.extend((n.lower(), kind) for n in spec.get("names", ()))
    phrases.sort(key=lambda p: -len(p[0]))
    names.sort(key=lambda n: -len(n[0]))
    return Taxonomy(nouns, tuple(phrases), tuple(names), frozenset(raw["classifiers"]),
                    frozenset(raw["not_counted"]), frozenset(raw["victim_verbs"]), tuple(raw["kinds"]),
                    frozenset(raw.get("strength_nouns", ())), frozenset(raw.get("increment_words", ())),
                    {st: dict(m) for st, m in raw.get("series_kinds", {}).items()},
                    frozenset(raw.get("crowd_verbs", ())), frozenset(raw.get("side_event_nouns", ())), within,
                    {k: dict(m) for k, m in raw.get("series_statuses", {}).items()},
                    {kind: spec["label"] for kind, spec in raw["kinds"].items() if spec.get("label")})


@dataclass(frozen=True)
class StatusLexicon:
    verbs: dict[str, str]                           # lemma -> status (first listed wins)
    participles: dict[str, str]                     # word as written -> status
    nouns: dict[str, str]
    future_words: frozenset[str]
    intention_verbs: frozenset[str]
    personnel_kinds: frozenset[str]
    cumulative: dict[str, str]                      # flow status -> stock status (arrived -> present)
    progressive_planned: frozenset[str] = frozenset()   # "is sending", "are being deployed": planned
    destination_participles: frozenset[str] = frozenset()   # "bound for Belarus": planned
    launch_verbs: frozenset[str] = frozenset()      # "conducted 156 fire missions", "fired 30 missiles": attacked
    launch_kinds: frozenset[str] = frozenset()
    displacing_verbs: frozenset[str] = frozenset()  # "evacuated 60 patients", "relocated 70,000 residents": displaced
    civilian_kinds: frozenset[str] = frozenset()
    container_nouns: dict[str, str] = field(default_factory=dict)   # "the aid package includes 31 tanks": pledged
    kind_status: dict[str, str] = field(default_factory=dict)   # "some 12,000 evacuees": displaced
    home_nouns: frozenset[str] = frozenset()        # "had to leave their homes", "forced from their homes": displaced
    intention_nouns: frozenset[str] = frozenset()   # "the decision to transfer 60 tanks": planned
    flow_nouns: dict[str, str] = field(default_factory=dict)   # "the deployment of 9,000 troops": arrived (or planned)
    planning_modifiers: frozenset[str] = frozenset()    # "the proposed deployment": planned
    announcing_verbs: frozenset[str] = frozenset()      # "announced the deployment of …": planned
    progress_verbs: frozenset[str] = frozenset()        # "the deployment began": under way
    progress_words: frozenset[str] = frozenset()        # "the deployment is under way / ongoing"
    place_holding_verbs: frozenset[str] = frozenset()   # "camps hold 400,000 refugees": present, not captured
    place_nouns: frozenset[str] = frozenset()       # the subjects that make them a place's


@lru_cache(maxsize=1)
def status_lexicon() -> StatusLexicon:
    raw = _load("en/claim_status.json")

    def table(section: str) -> dict[str, str]:
        out: dict[str, str] = {}
        for status, words in raw[section].items():
            for w in words:
                out.setdefault(w, status)
        return out

    return StatusLexicon(table("verbs"), table("participles"), table("nouns"), frozenset(raw["future_words"]),
                         frozenset(raw["intention_verbs"]), frozenset(raw["personnel_kinds"]),
                         dict(raw.get("cumulative", {})), frozenset(raw.get("progressive_planned", ())),
                         frozenset(raw.get("destination_participles", ())), frozenset(raw.get("launch_verbs", ())),
                         frozenset(raw.get("launch_kinds", ())), frozenset(raw.get("displacing_verbs", ())),
                         frozenset(raw.get("civilian_kinds", ())), table("container_nouns"),
                         dict(raw.get("kind_status", {})), frozenset(raw.get("home_nouns", ())),
                         frozenset(raw.get("intention_nouns", ())), table("flow_nouns"),
                         frozenset(raw.get("planning_modifiers", ())), frozenset(raw.get("announcing_verbs", ())),
                         frozenset(raw.get("progress_verbs", ())), frozenset(raw.get("progress_words", ())),
                         frozenset(raw.get("place_holding", {}).get("verbs", ())),
                         frozenset(raw.get("place_holding", {}).get("nouns", ())))


def series_kind(kind: str, status: str | None) -> str:
    """The kind a claim's series counts: 'people' evacuated are the displaced ('refugees'), 'people' killed a
    toll's dead ('casualties'); any other kind is its own (data/en/claim_kinds.json `series_kinds`)."""
    return taxonomy().series_kinds.get(status or "", {}).get(kind, kind)


def kind_label(kind: str) -> str:
    """A counted kind in words, as a plural noun phrase after a number: 'air defence systems', 'artillery pieces',
    'armoured vehicles' (data/en/claim_kinds.json `label`, else the name with spaces)."""
    return taxonomy().labels.get(kind) or kind.replace("_", " ")


def kind_nouns() -> dict[str, str]:
    """Every one-word counted noun of the taxonomy (as written or lemma, lower case) -> its canonical kind
    ('soldiers', 'servicemen' -> personnel): what fusion folds an event's evidence keywords by."""
    return dict(taxonomy().nouns)


def broader_kind(kind: str | None) -> str | None:
    """The kind a counted kind is part of: helicopters, combat and transport aircraft are aircraft; a kind with no
    broader one is its own (data/en/claim_kinds.json `within`)."""
    return taxonomy().within.get(kind or "", kind)


def kinds_within(kind: str) -> frozenset[str]:
    """A kind and every narrower one: 'aircraft' -> aircraft, helicopters, combat and transport aircraft (what a
    query for aircraft means)."""
    return frozenset({kind} | {k for k, broad in taxonomy().within.items() if broad == kind})


def series_status(kind: str | None, status: str | None) -> str | None:
    """The status a claim's series shows: a pledge to supply is the plan to send ('pledged' -> 'planned'), refugees
    who arrive are the displaced counted there; any other status is its own (data/en/claim_kinds.json
    `series_statuses`)."""
    table = taxonomy().series_statuses
    for key in (kind or "", "*"):
        if status in table.get(key, {}):
            return table[key][status]
    return status


def is_increment(counted_text: str | None) -> bool:
    """'further troops', 'additional border guards' (counted texts as the finder writes them): an increment."""
    return bool(counted_text) and counted_text.split(" ", 1)[0].lower() in taxonomy().increment_words
