"""The PLOVER trigger lexicon (data/en/coder.tsv), loaded once per process.

Each row maps a verb or noun (with optional required child words) to a PLOVER type, a mode and flags
that say when and how the rule applies; `class` rows name word classes (armed forces, crowds ...).
Source of the categories and modes: the PLOVER manual (Open Event Data Alliance, CC BY-SA 4.0);
the word lists are hand-written for sitroom (CC0).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from sitroom.lexicon import load_tsv

__all__ = ["TriggerRule", "CoderLexicon", "coder_lexicon"]

COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})
CONFLICTIVE = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
                         "COERCE", "ASSAULT"})


@dataclass(frozen=True)
class TriggerRule:
    kind: str                      # "verb" | "noun"
    head: str                      # lemma of the trigger word
    needs: tuple[str, ...]         # lemmas that must be children of the trigger word
    type: str
    mode: str | None
    flags: frozenset[str]
    of_role: str | None = None     # noun rules: "actor" | "recipient" | "content"

    @property
    def name(self) -> str:
        return "_".join((self.head,) + self.needs) if self.kind == "verb" else "_".join(self.needs + (self.head,))


@dataclass(frozen=True)
class CoderLexicon:
    verbs: dict[str, tuple[TriggerRule, ...]]
    nouns: dict[str, tuple[TriggerRule, ...]]
    classes: dict[str, frozenset[str]]

    def in_class(self, name: str, lemma: str) -> bool:
        return lemma.lower() in self.classes.get(name, frozenset())

    def modes_of(self, prefix: str = "mode:") -> dict[str, frozenset[str]]:
        return {k[len(prefix):]: v for k, v in self.classes.items() if k.startswith(prefix)}


def _parse_rule(cols: list[str]) -> TriggerRule:
    kind, trigger, typ, mode = cols[0], cols[1], cols[2], cols[3]
    raw_flags = cols[4] if len(cols) > 4 else "-"
    flags, of_role = set(), None
    for f in raw_flags.split(","):
        f = f.strip()
        if not f or f == "-":
            continue
        if f.startswith("of="):
            of_role = f[3:]
        else:
            flags.add(f)
    words = trigger.split()
    if kind == "verb":
        head, needs = words[0], tuple(words[1:])
    else:
        # "state of emergency": head first when an "of" phrase is written; otherwise the head is last
        if "of" in words:
            head, needs = words[0], tuple(w for w in words[1:])
        else:
            head, needs = words[-1], tuple(words[:-1])
    return TriggerRule(kind, head, needs, typ, None if mode == "-" else mode, frozenset(flags), of_role)


@lru_cache(maxsize=1)
def coder_lexicon() -> CoderLexicon:
    verbs: dict[str, list[TriggerRule]] = {}
    nouns: dict[str, list[TriggerRule]] = {}
    classes: dict[str, frozenset[str]] = {}
    for cols in load_tsv("en/coder.tsv"):
        if cols[0] == "class":
            classes[cols[1]] = frozenset(w.lower() for w in cols[2].split())
            continue
        rule = _parse_rule(cols)
        (verbs if rule.kind == "verb" else nouns).setdefault(rule.head, []).append(rule)
    def ordered(rules: list[TriggerRule]) -> tuple[TriggerRule, ...]:
        return tuple(sorted(rules, key=lambda r: -len(r.needs)))      # stable: specific rows first
    return CoderLexicon({k: ordered(v) for k, v in verbs.items()}, {k: ordered(v) for k, v in nouns.items()},
                        classes)
