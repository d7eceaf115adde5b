"""Office holders, armed groups, parties and organisations from the shipped TSV dictionaries.

Data (hand-written for sitroom, CC0; see the header of each file):
- data/actors_leaders.tsv  heads of state and government, foreign and defence ministers and other prominent
                           office holders of every region, 1990-2024 (name, ISO3, role, years, aliases)
- data/actors_groups.tsv   rebel movements, militias, parties, IGOs, NGOs (name, ISO3, sector, aliases)

A person's surname alone ("Mugabe said") becomes an alias when it is unambiguous: no listed person of
another country or sector class has it, it is not a common English word or a very common surname, and it is
not a country, demonym or role word. Explicit aliases beat generated surnames; a person listed twice (a
prime minister who later led NATO) is filed under the row that ended last.

`close_match` is the typo rule of news copy: one edit (insert, delete, substitute) away from exactly one
known form, for forms of at least six letters ("Ethopia" -> Ethiopia, "Bouteflicka" -> Bouteflika).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from sitroom.lexicon import load_json, load_tsv, word_set

LEADER_ROLES = word_set("en/actors.json", "leader_roles")
MIL_ROLES = word_set("en/actors.json", "military_roles")
REB_ROLES = word_set("en/actors.json", "rebel_roles")
ROLE_SECTOR = load_json("en/actors.json")["role_sectors"]
# family name first, or no family name in everyday use: aliases are written out in the data
FAMILY_FIRST = {"CHN", "TWN", "PRK", "KOR", "VNM", "KHM", "MMR", "LAO", "THA", "MNG", "IDN", "BTN"}
TITLES = word_set("en/actors.json", "person_titles")
PARTICLES = word_set("en/actors.json", "surname_particles")
# surnames that are English words, given names or shared by too many people to stand alone
COMMON = word_set("en/actors.json", "common_surnames")


@dataclass(frozen=True)
class PersonRow:
    name: str
    country: str | None
    role: str
    sector: str
    years: tuple[int, int] | None
    aliases: tuple[str, ...]
    org: str | None = None


@dataclass(frozen=True)
class GroupRow:
    name: str
    country: str | None
    sector: str
    aliases: tuple[str, ...]


def _lines(name: str) -> list[list[str]]:
    return load_tsv(name)


def role_sector(role: str, country: str | None, org: str | None) -> str:
    if country is None and org:
        return "IGO"
    if role in LEADER_ROLES:
        return "LEADER"
    if role in MIL_ROLES:
        return "MIL"
    if role in REB_ROLES:
        return "REB"
    return ROLE_SECTOR.get(role, "GOV")


@lru_cache(maxsize=1)
def people() -> tuple[PersonRow, ...]:
    out = []
    for f in _lines("actors_leaders.tsv"):
        f += [""] * (6 - len(f))
        name, country, role, years, aliases, org = (x.strip() for x in f[:6])
        iso = None if country in ("-", "") else country
        span = None
        if "-" in years:
            a, b = years.split("-", 1)
            if a.isdigit() and b.isdigit():
                span = (int(a), int(b))
        out.append(PersonRow(name, iso, role, role_sector(role, iso, org or None), span,
                             tuple(a.strip() for a in aliases.split(";") if a.strip()), org or None))
    return tuple(out)


@lru_cache(maxsize=1)
def groups() -> tuple[GroupRow, ...]:
    out = []
    for f in _lines("actors_groups.tsv"):
        f += [""] * (4 - len(f))
        name, country, sector, aliases = (x.strip() for x in f[:4])
        out.append(GroupRow(name, None if country in ("-", "") else country, sector,
                            tuple(a.strip() for a in aliases.split(";") if a.strip())))
    return tuple(out)


def surnames(row: PersonRow) -> list[str]:
    """The family-name forms a person is referred to by on second mention ("Mugabe", "de Klerk")."""
    toks = row.name.replace(",", " ").split()
    if len(toks) < 2 or row.country in FAMILY_FIRST or toks[0].lower() in TITLES:
        return []
    while toks and toks[-1].rstrip(".") in ("Jr", "Sr", "II", "III", "IV"):
        toks.pop()
    if len(toks) < 2:
        return []
    last = toks[-1]
    out = []
    if toks[-2].lower() in PARTICLES and len(toks) > 2:
        out.append(" ".join(toks[-2:]))
    for prefix in ("al-", "el-", "Al-", "El-"):
        if last.startswith(prefix):
            out.append(last)
            last = last[len(prefix):]
    out.append(last)
    return [s for s in out if len(s.replace(" ", "")) >= 4 and s.lower() not in COMMON]


def sector_class(sector: str) -> str:
    return {"LEADER": "STATE", "GOV": "STATE", "MIL": "STATE", "SPY": "STATE", "LEG": "STATE"}.get(sector, sector)


def _latest(rows: list[PersonRow]) -> PersonRow:
    return max(enumerate(rows), key=lambda kv: ((kv[1].years or (0, 0))[1], kv[0]))[1]


@lru_cache(maxsize=1)
def person_aliases() -> dict[str, PersonRow]:
    """alias as written -> the person it names (ambiguous surnames left out)."""
    by_name: dict[str, list[PersonRow]] = {}
    for row in people():
        by_name.setdefault(row.name, []).append(row)
    chosen = {name: _latest(rows) for name, rows in by_name.items()}
    explicit: dict[str, set[str]] = {}
    generated: dict[str, set[str]] = {}
    # a surname that is another listed person's given name ("Abdelaziz") does not stand alone
    given = {row.name.split()[0].lower() for row in people() if len(row.name.split()) > 1}
    for name, rows in by_name.items():
        for row in rows:
            for a in (name, *row.aliases):
                explicit.setdefault(a, set()).add(name)
            for s in surnames(row):
                generated.setdefault(s, set()).add(name)
    out: dict[str, PersonRow] = {}
    for table in (explicit, generated):
        for alias, names in table.items():
            if alias in out:
                continue
            if table is generated and (alias in explicit or alias.lower() in given):
                continue
            rows = [chosen[n] for n in names]
            keys = {(r.country, sector_class(r.sector)) for r in rows}
            if len(keys) == 1:
                out[alias] = _latest(rows)
    return out


def edits1(word: str) -> set[str]:
    """Deletion neighbourhood (one character removed), the symmetric-delete trick for edit distance 1."""
    return {word[:i] + word[i + 1:] for i in range(len(word))}


class FuzzyIndex:
    """Forms one edit away from a query: insertion, deletion or substitution (not transposition)."""

    def __init__(self, forms: dict[str, str]) -> None:
        self.forms = forms                      # normalized form -> value
        self.deletes: dict[str, set[str]] = {}
        for f in forms:
            for d in edits1(f):
                self.deletes.setdefault(d, set()).add(f)

    def match(self, word: str) -> str | None:
        """The value of the single form one edit from `word`, or None when there is none or several."""
        w = word.lower()
        if w in self.forms:
            return self.forms[w]
        hits = set(self.deletes.get(w, ()))                     # word lost a letter
        for d in edits1(w):
            if d in self.forms:                                 # word gained a letter
                hits.add(d)
            for f in self.deletes.get(d, ()):                   # substitution at the same position
                if len(f) == len(w) and sum(a != b for a, b in zip(f, w)) == 1:
                    hits.add(f)
        hits = {h for h in hits if max(len(h), len(w)) >= 6 and min(len(h), len(w)) >= 5}
        values = {self.forms[h] for h in hits}
        return values.pop() if len(values) == 1 else None


# real names one letter from a country name: never read as typos
NOT_TYPOS = word_set("en/actors.json", "not_typos")


def close_match(index: FuzzyIndex, word: str):
    return index.match(word) if len(word) >= 5 and word.lower() not in NOT_TYPOS else None


@lru_cache(maxsize=1)
def _person_names() -> frozenset[str]:
    from sitroom.analyze.actors._lexicon import lexicon

    return frozenset(a.name.lower() for a in lexicon().named.values() if a.person)


def is_person_name(name: str) -> bool:
    """Whether a canonical name is a person of the shipped dictionaries ("Viktor Khrenin"): a person, whatever the
    named-entity tagger took the mention for."""
    return name.lower() in _person_names()
