"""Phrase grammar of actor mentions in news English, over `actors_lexicon` tokens.

    <named>                                  "NATO", "the Kremlin", "Lukashenko"
    <country> ['s] <role> [<named person>]   "Russian troops", "Russia's foreign ministry",
                                             "Belarusian dictator Alexander Lukashenko"
    <role> of [the] (<role> of [the])* <country>
                                             "Ministry of Defense of the Republic of Belarus",
                                             "General Staff of the Armed Forces of Ukraine"
    <role> <named person>                    "Foreign Minister Sergei Lavrov"
    <country> | <capital>                    "Belarus", "Minsk" (the capital stands for the government)
    [the|its|his|her|their] <role>           "the ministry", "the dictator" (short: resolved in context)
"""
from __future__ import annotations

from dataclasses import dataclass

from sitroom.analyze.actors._lexicon import Lexicon, NamedActor, Role, Token, key_of, lexicon, longest
from sitroom.analyze.actors._people import close_match
from sitroom.lexicon import word_set

# not "that": "said that authorities ..." is a complementizer far more often than a determiner
DETERMINERS = word_set("en/actors.json", "determiners")
POSSESSIVE = {"'s", "'"}
# a country or capital after these is a place, not an actor ("arrived in Belarus")
LOCATIVE = word_set("en/actors.json", "locative_words")
UPPER_ONLY = word_set("en/actors.json", "upper_only")


@dataclass(frozen=True)
class Match:
    i: int                       # first token (after any determiner)
    j: int                       # one past the last token
    first: int                   # first token including a determiner
    name: str | None
    country: str | None
    sector: str | None
    kind: str | None             # role kind for short-reference compatibility
    role: Role | None = None
    person: NamedActor | None = None
    short: bool = False          # a bare role: needs document context
    adjective: bool = False      # a bare demonym adjective ("Belarusian territory"): not an actor
    bare_country: bool = False   # a country or capital name on its own
    capital: bool = False
    titled: bool = False         # a title before a name the lexicon does not know ("Governor Oleh Synehubov")


def _case_ok(toks: list[Token], i: int, j: int, lex: Lexicon | None = None) -> bool:
    """Acronyms that are also words ('us', 'who', 'is') count only in capitals."""
    if j - i == 1 and (toks[i].key.strip(".") in UPPER_ONLY or (lex is not None and (toks[i].key,) in lex.acronyms)):
        return toks[i].raw.replace(".", "").isupper()
    return True


def _named(lex: Lexicon, toks, i):
    j, hit = longest(lex.named, toks, i)
    # "de Klerk", "al-Bashir": a lower-case name particle before a capitalized name
    upper = toks[i].raw[:1].isupper() or (
        j - i > 1 and toks[i].key in NAME_PARTICLES and toks[i + 1].raw[:1].isupper()) or (
        toks[i].key[:3] in ("al-", "el-") and toks[i].raw[3:4].isupper())
    if hit is not None and _case_ok(toks, i, j, lex) and upper:
        return j, hit
    return i, None


def _fuzzy_country(lex: Lexicon, toks, i):
    """A one-word country name or demonym misspelt by one letter ("Ethopia", "Afganistan", "Quatar"), standing
    alone: not part of a longer capitalized name and not a word the dictionaries know."""
    if lex.country_fuzzy is None or i >= len(toks):
        return None
    t = toks[i]
    if not (t.raw[:1].isupper() and t.raw.isalpha() and len(t.raw) >= 5) or t.raw.isupper() or t.key in lex.starts:
        return None
    if i + 1 < len(toks) and toks[i + 1].raw[:1].isupper() and toks[i + 1].raw[:1].isalpha():
        return None
    if i > 0 and toks[i - 1].raw[:1].isupper() and toks[i - 1].key not in DETERMINERS and \
            toks[i - 1].key not in lex.starts and toks[i - 1].raw[:1].isalpha():
        return None
    return close_match(lex.country_fuzzy, t.key)


def _fuzzy_person(lex: Lexicon, toks, a: int, b: int) -> NamedActor | None:
    """A known person under a title, misspelt by one letter ("President Laurent Gbago")."""
    if lex.person_fuzzy is None or b <= a:
        return None
    for lo in range(a, b):
        hit = close_match(lex.person_fuzzy, " ".join(t.key for t in toks[lo:b]))
        if hit is not None:
            return hit
    return None


def _country(lex: Lexicon, toks, i):
    """(end, iso3, form) with form in name|demonym|capital|plural."""
    best = (i, None, None)
    for form, index in (("name", lex.country_names), ("demonym", lex.demonyms), ("capital", lex.capitals)):
        j, iso = longest(index, toks, i)
        if iso is not None and j > best[0] and toks[i].raw[:1].isupper():
            best = (j, iso, "plural" if form == "demonym" and tuple(t.key for t in toks[i:j]) in lex.plural_demonyms else form)
    if best[1] is None and i < len(toks) and toks[i].raw in ("US", "U.S.", "UK", "U.K."):
        best = (i + 1, "USA" if "S" in toks[i].raw else "GBR", "name")
    if best[1] is None:
        hit = _fuzzy_country(lex, toks, i)
        if hit is not None:
            best = (i + 1, hit[0], hit[1])
    return best


def _role(lex: Lexicon, toks, i):
    j, hit = longest(lex.roles, toks, i)
    if hit is not None and not _case_ok(toks, i, j):
        return i, None
    return j, hit


def _person_after(lex, toks, j, slack=3):
    """A named person starting within `slack` capitalized tokens after j."""
    for k in range(j, min(len(toks), j + slack + 1)):
        if 0 < k < len(toks) and toks[k].start - toks[k - 1].end > 1:
            break       # a swallowed sentence-final period or a line break: "... in Lusaka. Chiluba said"
        e, hit = _named(lex, toks, k)
        if hit is not None and hit.person:
            return e, hit
        if not toks[k].raw[:1].isupper() and toks[k].key not in ("-", ","):
            break
    return j, None


TITLE_KINDS = {"leader", "minister"}
MODIFIERS = word_set("en/actors.json", "title_modifiers")
TITLE_CUES = word_set("en/actors.json", "title_cues")
NAME_PARTICLES = word_set("en/actors.json", "name_particles")
# capitalized words that end a run of name words: months, weekdays, reporting forms ("Said"), a few function words
NOT_NAMES = (word_set("en/common.json", "months") | word_set("en/common.json", "weekdays")
             | word_set("en/attribution.json", "reporting_forms") | word_set("en/actors.json", "not_name_words"))


def _unknown_name(lex: Lexicon, toks, j) -> int:
    """End of a run of capitalized words after a title that the lexicon does not know ("President X Y")."""
    k = j
    while k < len(toks) and k - j < 4:
        t = toks[k]
        if t.key in NOT_NAMES or not t.raw[:1].isalpha():
            break
        if not t.raw[:1].isupper() and t.key not in NAME_PARTICLES:
            break
        if (t.key,) in lex.roles or (t.key,) in lex.country_names or (t.key,) in lex.demonyms:
            break
        k += 1
    while k > j and toks[k - 1].key in NAME_PARTICLES:
        k -= 1
    return k


def _titled(role: Role) -> bool:
    return role.kind in TITLE_KINDS or role.cue in TITLE_CUES


def _of_country(lex, toks, j):
    """'of [the] (<role> of [the])* <country>' after j: (end, iso3) or (j, None)."""
    k = j
    while k < len(toks) and toks[k].key == "of":
        k += 1
        if k < len(toks) and toks[k].key == "the":
            k += 1
        e, iso, form = _country(lex, toks, k)
        if iso is not None and form in ("name", "capital"):
            return e, iso
        e, role = _role(lex, toks, k)
        if role is None:
            break
        k = e
    return j, None


def parse_at(toks: list[Token], i: int, lex: Lexicon | None = None) -> Match | None:
    """The longest actor mention starting at token i (a leading determiner is included)."""
    lex = lex or lexicon()
    first = i
    if i < len(toks) and toks[i].key in DETERMINERS:
        i += 1
    if i >= len(toks):
        return None
    cands: list[Match] = []
    j, named = _named(lex, toks, i)
    if named is not None:
        cands.append(Match(i, j, first, named.name, named.country, named.sector,
                           _kind_of(lex, named), person=named))
        k = j + 1 if j < len(toks) and toks[j].key in POSSESSIVE else j
        # "NATO Secretary General Jens Stoltenberg", "the Kremlin's spokesman" are longer
        rj, role = _role(lex, toks, k)
        if role is not None and not named.person:
            pj, person = _person_after(lex, toks, rj)
            if person is not None:
                cands.append(Match(i, pj, first, person.name, person.country, person.sector,
                                   _kind_of(lex, person), person=person))
            elif named.sector in ("IGO", "NGO", "JUD"):
                nj = _unknown_name(lex, toks, rj)
                if nj > rj and toks[rj].raw[:1].isupper():   # "Arab League Secretary General Chadli Klibi"
                    cands.append(Match(i, nj, first, " ".join(t.raw for t in toks[rj:nj]), named.country,
                                       named.sector, role.kind, role=role, titled=True))
                cands.append(Match(i, rj, first, named.name, named.country, named.sector, role.kind, role=role))
        elif not named.person:
            pj, person = _person_after(lex, toks, k)
            if person is not None and (person.org == named.name or person.country == named.country):
                cands.append(Match(i, pj, first, person.name, person.country, person.sector,
                                   _kind_of(lex, person), person=person))
    cj, iso, form = _country(lex, toks, i)
    if iso is not None:
        k = cj + 1 if cj < len(toks) and toks[cj].key in POSSESSIVE else cj
        rj, role = _role(lex, toks, k)
        # "Ukrainian Deputy Defense Minister", "Serbian Labour Minister": up to two modifiers before the role
        for skip in (1, 2):
            if role is not None or k + skip >= len(toks):
                break
            mods = toks[k:k + skip]
            if not all(t.raw[:1].isupper() or t.key in MODIFIERS for t in mods) or \
                    any(not t.raw[:1].isalpha() or t.key in NOT_NAMES for t in mods):
                break
            rj, role = _role(lex, toks, k + skip)
            if role is not None and not _titled(role) and role.kind != "ministry":
                rj, role = k, None
        if role is not None:
            pj, person = _person_after(lex, toks, rj)
            if person is not None and (person.country in (iso, None)):
                cands.append(Match(i, pj, first, person.name, person.country, person.sector,
                                   _kind_of(lex, person), person=person))
            elif _titled(role) and _unknown_name(lex, toks, rj) > rj:
                nj = _unknown_name(lex, toks, rj)
                typo = _fuzzy_person(lex, toks, rj, nj)
                if typo is not None and typo.country in (iso, None):
                    cands.append(Match(i, nj, first, typo.name, typo.country, typo.sector,
                                       _kind_of(lex, typo), person=typo))
                else:
                    cands.append(Match(i, nj, first, " ".join(t.raw for t in toks[rj:nj]), iso, role.sector,
                                       role.kind, role=role, titled=True))
            else:
                cands.append(Match(i, rj, first, role_name(role, iso), iso, role.sector, role.kind, role=role))
        else:
            pj, person = _person_after(lex, toks, cj, slack=0)
            if person is not None and person.country == iso:
                cands.append(Match(i, pj, first, person.name, person.country, person.sector,
                                   _kind_of(lex, person), person=person))
            elif form == "capital":
                cands.append(Match(i, cj, first, f"Government of {_cname(iso)}", iso, "GOV", "government",
                                   bare_country=True, capital=True))
            elif form == "demonym":
                cands.append(Match(i, cj, first, _cname(iso), iso, None, None, adjective=True))
            else:
                cands.append(Match(i, cj, first, _cname(iso), iso, None, None, bare_country=True))
    rj, role = _role(lex, toks, i)
    if role is not None:
        oj, iso = _of_country(lex, toks, rj)
        pj, person = _person_after(lex, toks, rj)
        if iso is not None:
            cands.append(Match(i, oj, first, role_name(role, iso), iso, role.sector, role.kind, role=role))
        elif person is not None:
            cands.append(Match(i, pj, first, person.name, person.country, person.sector,
                               _kind_of(lex, person), person=person))
        elif _titled(role) and toks[i].raw[:1].isupper() and _unknown_name(lex, toks, rj) > rj:
            nj = _unknown_name(lex, toks, rj)       # "President Joe Bloggs": a person, country unknown
            typo = _fuzzy_person(lex, toks, rj, nj)  # ... or a known one misspelt ("President Dos Sontas")
            if typo is not None:
                cands.append(Match(i, nj, first, typo.name, typo.country, typo.sector, _kind_of(lex, typo),
                                   person=typo))
            else:
                cands.append(Match(i, nj, first, " ".join(t.raw for t in toks[rj:nj]), None, role.sector,
                                   role.kind, role=role, titled=True))
        else:
            cands.append(Match(i, rj, first, role.name, None, role.sector, role.kind, role=role, short=True))
    if not cands:
        return None
    return max(cands, key=lambda m: (m.j, not m.short, m.person is not None))


def _cname(iso3: str) -> str:
    from sitroom.countries import country_name
    return country_name(iso3) or iso3


def _demonym(iso3: str) -> str | None:
    from sitroom.countries import countries
    c = countries().by_iso3.get(iso3)
    return c.demonyms[0] if c and c.demonyms else None


POPULATION_SECTORS = {"CIV", "REF", "MEDIA", "REB", "OPP", "PARTY", "BUS"}


def role_name(role: Role, iso3: str) -> str:
    """Canonical name of a role in a country: 'Ministry of Defense of Belarus', 'Ukrainian civilians'."""
    dem = _demonym(iso3)
    if role.sector in POPULATION_SECTORS and dem:
        return f"{dem} {role.name.lower()}"
    known = lexicon().named.get(key_of(f"{dem} {role.cue}")) if dem else None
    if known is not None and known.country == iso3 and not known.person:
        return known.name          # "Ukraine's military intelligence": the body named "Ukrainian military intelligence"
    return f"{role.name} of {_cname(iso3)}"


SECTOR_KIND = {"MIL": "military", "GOV": "government", "LEG": "legislature", "JUD": "judiciary",
               "SPY": "security", "POL": "police", "MEDIA": "media", "LEADER": "leader", "IGO": "organization",
               "NGO": "organization", "BUS": "business", "REB": "rebels", "OPP": "opposition"}


def _kind_of(lex: Lexicon, actor: NamedActor) -> str | None:
    if not actor.person:
        return SECTOR_KIND.get(actor.sector)
    hit = lex.roles.get(tuple(actor.role.lower().split())) if actor.role else None
    if actor.sector == "LEADER":
        return "leader"
    return hit.kind if hit else None
