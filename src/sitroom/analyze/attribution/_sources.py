"""Sources as entities, in document order: names through the actors resolver, pronouns and short forms
("he", "the dictator", "the ministry", "officials") through the last fitting named source before them."""
from __future__ import annotations

from bisect import bisect_left, bisect_right, insort_right
from typing import Callable

from spacy.tokens import Doc

from sitroom.analyze.voices import word_set
from sitroom import lexicon
from sitroom.countries import countries, norm as country_norm
from sitroom.model import Entity
from sitroom.nlp import doc_text

Resolve = Callable[[str, int], "Entity | None"]

_PERSON_PRONOUNS = lexicon.word_set("en/attribution.json", "person_pronouns")
_THING_PRONOUNS = {"it"}
_GROUP_PRONOUNS = {"they", "we"}
_POSSESSIVES = {"its": "it", "their": "they", "his": "he", "her": "she"}
_PERSON_SECTORS = {"LEADER"}
# group nouns that title a name ("monitoring group Hajun", "the rights group X"); "ministry" and the like also occur
# in a person's title ("ministry spokesman Y"), which the person-role test catches
_GROUP_TITLE_WORDS = {"group", "project", "organisation", "organization", "movement", "channel", "network",
                      "monitor", "observatory", "alliance", "coalition", "agency", "militia", "charity"}


def default_resolver(doc: Doc) -> Resolve:
    """The actors layer's resolver for this document (sources get entities with countries)."""
    from sitroom.analyze.actors import ActorResolver      # loads the dictionaries: only when needed

    return ActorResolver(doc).resolve_text


def _known_person(name: str) -> bool:
    from sitroom.analyze.actors import is_person_name

    return is_person_name(name)


def _name_like(ent) -> bool:
    """A personal name the small model mislabels ("Oleksiy Danilov"/ORG): 2-3 capitalised proper nouns,
    no organisation word, not a place."""
    toks = [t for t in ent if not t.is_punct]
    if ent.label_ not in ("ORG", "PERSON") or not 2 <= len(toks) <= 3:
        return False
    org_words = word_set("org_roles") | word_set("org_name_words")
    return all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.lower_ not in org_words for t in toks)


def demonym_body(text: str) -> bool:
    """'Belarusian Hajun', 'Ukrainian Pravda': a name after a country's demonym names a body from that country, not a
    person (whom news names by a role, 'Belarusian President Lukashenko', or by no demonym), whatever NER says."""
    words = [w.strip(".,;:'’\"") for w in text.split()]
    while words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    if len(words) < 2:
        return False
    table = countries()
    first = country_norm(words[0])
    if first not in table.by_demonym or first in table.plural_demonyms:
        return False
    rest = words[1:]
    roles = word_set("person_roles")
    if not all(w[:1].isupper() for w in rest) or any(w.lower() in roles for w in rest) or \
            any(country_norm(w) in table.by_demonym for w in rest):
        return False
    return not _known_person(" ".join(rest))


def _holds(ent: Entity, role: str) -> bool:
    return role in (ent.name or ent.text).lower() or role in ent.text.lower()


_DETERMINERS = {"the", "a", "an", "this", "that"}


def specific_name(ent: Entity) -> str:
    """How a pronoun or short form that stands for `ent` is named: the canonical name when it holds the head word of
    the phrase as written ("the defence ministry" → "Ministry of Defence of Ukraine"), else the phrase itself
    ("the State Border Committee", which the resolver generalises to its government; "the Ukrainian Air Force",
    which it widens to the armed forces): "it" is the committee, not the government. A bare role noun ("the
    monitor", itself standing for a name) gives that name."""
    words = [w.strip(".,;:'’\"") for w in ent.text.split()]
    if not ent.name or not words or words[-1].lower() in _PERSON_PRONOUNS | _THING_PRONOUNS | _GROUP_PRONOUNS:
        return ent.name or ent.text
    from sitroom.analyze.actors import key_of    # British spellings folded: "Defence" is in "… Defense …"

    if set(key_of(words[-1])) & set(key_of(ent.name)) or len(words) == 1:
        return ent.name
    while len(words) > 1 and words[0].lower() in _DETERMINERS:
        words = words[1:]
    if len(words) == 1 and words[0].lower() in word_set("org_roles"):
        return ent.name                 # "the monitor" (for the Observatory) says no more than its name: a chain of
    return " ".join(words)              # short forms ("… the group said") ends at the name


def _other_role(ent: Entity, role: str) -> bool:
    """'the army' cannot stand for the Rapid Support Forces: the antecedent is itself named by another role word."""
    if role in word_set("generic_org_roles"):
        return False                                      # "the group" stands for any group
    roles = word_set("org_roles") | word_set("person_roles")
    heads = {(x.lower().split() or [""])[-1] for x in (ent.text, ent.name or "")}
    return role not in heads and any(h in roles for h in heads)


def _fits(row: tuple[int, int, Entity, bool], hold: str | None, person: bool, role: str | None) -> bool:
    """A noted source (start, order, entity, is_person) can stand for a short form: the same kind, holding the
    role word when one is asked for, and not itself ending in the short form's role word."""
    _, _, ent, is_person = row
    return is_person == person and (hold is None or _holds(ent, hold)) and ent.text.lower().split()[-1:] != [role]


class SourceBook:
    """Named sources and candidate antecedents seen so far, in document order."""

    def __init__(self, doc: Doc, resolve: Resolve | None):
        self.doc = doc
        self.resolve = resolve
        bodies = {(e.start_char, e.end_char) for e in doc.ents if e.label_ in ("PERSON", "ORG") and
                  demonym_body(e.text)}         # "Belarusian Hajun" (tagged PERSON): a body for "the group", "it"
        self.persons = [(e.start_char, e.end_char) for e in doc.ents if (e.label_ == "PERSON" or _name_like(e))
                        and (e.start_char, e.end_char) not in bodies]
        self.groups = [(e.start_char, e.end_char) for e in doc.ents
                       if (e.label_ in ("ORG", "GPE", "NORP") and not _name_like(e)) or
                       (e.start_char, e.end_char) in bodies]
        self._person_starts = [s for s, _ in self.persons]
        self._group_ends = [e for _, e in self.groups]
        self._person_ends = [e for _, e in self.persons]
        # (start, order noted, entity, is_person), kept sorted: antecedents are looked up backwards from a position
        self.sources: list[tuple[int, int, Entity, bool]] = []
        # (role word to hold or None, person?, role word not to end in) -> the fitting sources, offset-sorted
        self._pools: dict[tuple[str | None, bool, str | None], list] = {}
        self._noted_groups: list[tuple[int, int, Entity, bool]] = []     # group rows, in the order noted
        self._group_role_ends: dict[str, tuple[list[int], list[tuple[int, int]]]] = {}
        self.last_poster: Entity | None = None
        # (start, end, person?, plural?) of each sentence's subject that can be a speaker, in document order
        self.subjects = _speaker_subjects(doc)
        self._subject_starts = [s for s, _, _, _ in self.subjects]

    # ------------------------------------------------------------------ entities
    def entity(self, start: int, end: int) -> Entity:
        text = doc_text(self.doc)[start:end]
        if len(text) > 3 and text[-2:] in ("'s", "’s"):
            end, text = end - 2, text[:-2]       # "according to the ministry's statement": the ministry
        words = text.lower().split()
        if len(words) == 1 and words[0] in _PERSON_PRONOUNS | _THING_PRONOUNS | _GROUP_PRONOUNS:
            return self._pronoun(text, start, end)
        if len(words) > 1 and words[0] in _POSSESSIVES:
            # "Its analysts believe …", "their spokesman said": the people of the source the pronoun stands for;
            # "Belarus will host 9,000 Russian troops, its defence ministry said": the state the clause before speaks of
            back = self._clause_subject(start) if words[0] in ("its", "their") else None
            back = back or self._pronoun(_POSSESSIVES[words[0]], start, start + len(words[0]))
            if back.name:
                return Entity(text, back.name, back.country, back.sector, start, end)
        title = self._title_before(start)
        if title is not None:                             # "the monitoring group Hajun said": Hajun, a group
            whole = self._titled_name(doc_text(self.doc)[title:end], title)
            if whole is not None:
                return Entity(text, whole.name, whole.country, whole.sector, start, end)
        ent = self._titled_name(text, start) or self._resolved(text, start)
        if ent is not None and ent.name and self._is_short_form(start, end) and words[-1] not in ent.name.lower() \
                and _other_role(Entity(ent.name), words[-1]):
            # "the army" is not the "Rapid Support Forces" the resolver last saw: a role noun does not stand for a
            # body named by another role noun
            ent = Entity(text, None, ent.country, None, start, end)
        if self._is_short_form(start, end) and (ent is None or not ent.name or ent.name.lower() in text.lower()):
            back = self._antecedent(start, person=self._person_role(start, end), role=words[-1])
            if back is not None:
                return Entity(text, specific_name(back), back.country, back.sector, start, end)
        if ent is None or not ent.country:
            seat = self._seat(start, end)
            if seat is not None:                          # "the ministry of defence in Minsk": Belarus's
                return Entity(text, ent and ent.name, seat.country, ent and ent.sector, start, end)
        if ent is None:
            return Entity(text, None, None, None, start, end)
        return Entity(text, ent.name, ent.country, ent.sector, start, end)

    def _seat(self, start: int, end: int) -> Entity | None:
        """'the ministry of defence in Minsk', 'officials in Washington': a body named with the capital or country
        it sits in belongs to the government that place names (the resolver reads a capital as its government)."""
        toks = self._tokens(start, end)
        for t in toks:
            if t.lower_ != "in" or not toks or t.i == toks[0].i:
                continue
            place = [c for c in t.children if c.dep_ == "pobj" and c.pos_ == "PROPN" and c.i <= toks[-1].i]
            if place:
                span = self.doc[place[0].left_edge.i:place[0].i + 1]
                seat = self._resolved(span.text, span.start_char)
                if seat is not None and seat.country and seat.sector == "GOV":
                    return seat
        return None

    def _title_before(self, start: int) -> int | None:
        """Where the group title before a name starts ("the Belarusian monitoring group | Hajun"), if one does."""
        span = self.doc.char_span(start, start + 1, alignment_mode="expand")
        if span is None or span.start == 0:
            return None
        prev = self.doc[span.start - 1]
        if prev.lower_ not in _GROUP_TITLE_WORDS or prev.pos_ not in ("NOUN", "PROPN"):
            return None
        return prev.left_edge.idx

    def _titled_name(self, text: str, start: int) -> Entity | None:
        """'Belarusian monitoring group Hajun', 'the Belarusian Hajun project', 'the rights group OVD-Info': a group
        named next to its title word is that name (the resolver would take the phrase for the country its adjective
        names, which stays the group's country)."""
        words = [w.strip(",") for w in text.split()]
        if len(words) < 2 or not any(w.lower() in _GROUP_TITLE_WORDS for w in words):
            return None
        whole = self._resolved(text, start)
        covered = set(whole.text.split()) if whole is not None and whole.text != text else set()
        name_words = [w for w in words if w[:1].isupper() and w not in covered and w.lower() not in _DETERMINERS
                      and w.lower() not in _GROUP_TITLE_WORDS]
        if not name_words or (whole is not None and whole.text == text):
            return None
        name = " ".join(name_words)
        ent = self._resolved(name, start + max(text.find(name), 0))
        if ent is not None and ent.name:
            return ent
        return Entity(name, name, whole and whole.country, None, start, start + len(text))

    def note(self, ent: Entity, poster: bool = False) -> None:
        """Remember a source (or a poster) for later pronouns and 'the message reads'."""
        row = (ent.start or 0, len(self.sources), ent, self._looks_person(ent))
        insort_right(self.sources, row, key=lambda x: x[0])
        if not row[3]:
            self._noted_groups.append(row)
        for key, pool in self._pools.items():
            if _fits(row, *key):
                insort_right(pool, row, key=lambda x: x[0])
        self.last_poster = ent

    def _clause_subject(self, start: int) -> Entity | None:
        """The state or body a possessive speaker later in its sentence belongs to: the subject of the clause that
        sentence reports before it ("Belarus will host …, its defence ministry said"), when it names a country or
        organisation."""
        span = self.doc.char_span(start, start + 1, alignment_mode="expand")
        if span is None:
            return None
        sent = span[0].sent
        for t in sent:
            if t.i >= span[0].i:
                break
            if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PROPN" and t.ent_type_ in ("GPE", "ORG") \
                    and t.head.dep_ in ("ccomp", "ROOT") and t.head.i < span[0].i:
                s, e = t.left_edge.idx, t.idx + len(t.text)
                ent = self._resolved(doc_text(self.doc)[s:e], s)
                if ent is not None and ent.country:
                    return ent
        return None

    def _resolved(self, text: str, start: int) -> Entity | None:
        if self.resolve is None:
            return None
        try:
            return self.resolve(text, start)
        except Exception:
            return None

    def _looks_person(self, ent: Entity) -> bool:
        if ent.sector in _PERSON_SECTORS:
            return True
        if demonym_body(ent.text):
            return False                                  # "Belarusian Hajun": a body
        if ent.name and _known_person(ent.name):
            return True                                   # "Khrenin" (tagged ORG) is the minister Viktor Khrenin
        words = {w.strip(".,'’").lower() for w in ent.text.split()}
        if (words & _GROUP_TITLE_WORDS and not words & word_set("person_roles")) or (
                ent.start is not None and self._title_before(ent.start) is not None):
            return False                                  # "monitoring group Hajun": a group, whatever NER says
        s, e = ent.start or -1, ent.end or -1
        # person spans do not overlap: the last one starting at or before s, or one starting inside [s, e)
        k = bisect_right(self._person_starts, s) - 1
        if k >= 0 and s < self.persons[k][1]:
            return True
        k = bisect_left(self._person_starts, s)
        if k < len(self.persons) and self.persons[k][0] < e:
            return True
        if ent.text.lower() in _PERSON_PRONOUNS:
            return True
        head = ent.text.lower().split()[-1:] or [""]
        # "the regional governor", "a resident": one person, though no name was tagged
        return head[0] in word_set("person_roles") or head[0] in word_set("person_source_nouns")

    # ------------------------------------------------------------------ short forms
    def _tokens(self, start: int, end: int):
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return list(span) if span is not None else []

    def _is_short_form(self, start: int, end: int) -> bool:
        """'the ministry', 'the Belarusian dictator', 'officials': no proper name, a role noun at the head."""
        toks = self._tokens(start, end)
        if not toks or any(t.pos_ == "PROPN" for t in toks):
            return False
        head = toks[-1].lower_
        return head in word_set("person_roles") or head in word_set("org_roles")

    def _person_role(self, start: int, end: int) -> bool:
        toks = self._tokens(start, end)
        return bool(toks) and toks[-1].lower_ in word_set("person_roles")

    def _antecedent(self, before: int, person: bool, role: str | None = None) -> Entity | None:
        """Last named source or named-entity mention before `before` that fits (a person or a group); with a role
        word for a group ("the ministry"), the last one whose name or text holds that word when there is one.

        Searched backwards from `before` in offset-sorted lists (and per role word, the sources and spans holding
        it), so a lookup does not scan the whole document (issue 12). Ties at one offset go to the source noted
        first, then to a noted source over an entity span."""
        need_fit = bool(role) and not person
        if person and role:
            return self._titled_person(before, role)
        span = self._last_span(before, person, role if need_fit else None)
        best = self._last_source(self._pool(role if need_fit else None, person, role), before)
        if need_fit and best is None and span is None:
            # "the monitors", "the experts": no name holds the role word; the last group that spoke is meant — but a
            # singular role ("the army") does not stand for a group named by another role ("the Rapid Support Forces")
            last = self._last_noted_group(before)
            return None if last is None or (not role.endswith("s") and _other_role(last, role)) else last
        if span is not None and (best is None or span[0] > best[0]):
            s, e = span
            text = doc_text(self.doc)[s:e]
            ent = self._resolved(text, s) or Entity(text, None, None, None, s, e)
            return Entity(text, ent.name or text, ent.country, ent.sector, s, e)
        return best[2] if best is not None else None

    def _titled_person(self, before: int, role: str) -> Entity | None:
        """'the minister', 'the governor': the last person before `before` who holds that title — in a noted source's
        phrase ("Defence Minister Adam Kowal said") or next to a name ("President Zelensky", "Adam Kowal, the
        minister"). No one holds it: None (the short form stays as written; the last person named is not meant)."""
        text = doc_text(self.doc)
        k = bisect_right(self._person_ends, before) - 1
        span = None
        while k >= 0 and span is None:
            s, e = self.persons[k]
            if role in text[max(0, s - 40):min(before, e + 40)].lower():
                span = (s, e)
            k -= 1
        pool = [r for r in self._pool(None, True, role) if _holds(r[2], role)]
        best = self._last_source(pool, before)
        if span is not None and (best is None or span[0] > best[0]):
            s, e = span
            name = text[s:e]
            ent = self._resolved(name, s) or Entity(name, None, None, None, s, e)
            return Entity(name, ent.name or name, ent.country, ent.sector, s, e)
        return best[2] if best is not None else None

    def _last_noted_group(self, before: int) -> Entity | None:
        """The group source noted last (in reading order) among those starting before `before`."""
        for s, _, ent, _ in reversed(self._noted_groups):
            if s < before:
                return ent
        return None

    @staticmethod
    def _last_source(pool: list, before: int) -> tuple[int, int, Entity] | None:
        """The latest (start, order, entity) in `pool` before `before` (first noted on ties)."""
        k = bisect_left(pool, before, key=lambda x: x[0]) - 1
        if k < 0:
            return None
        s = pool[k][0]
        while k > 0 and pool[k - 1][0] == s:
            k -= 1
        _, order, ent, _ = min((r for r in pool[k:] if r[0] == s), key=lambda r: r[1])
        return s, order, ent

    def _pool(self, hold: str | None, person: bool, role: str | None) -> list:
        """The noted sources of the wanted kind (person or group) that hold `hold` (when given) and do not end in
        the `role` word being resolved, offset-sorted (built on first use, then kept up by `note`)."""
        key = (hold, person, role)
        pool = self._pools.get(key)
        if pool is None:
            pool = self._pools[key] = [x for x in self.sources if _fits(x, hold, person, role)]
        return pool

    def _last_span(self, before: int, person: bool, role: str | None) -> tuple[int, int] | None:
        """The last person (or group) entity span ending at or before `before`; for a group with a role word, the
        last one whose text holds it."""
        if person:
            k = bisect_right(self._person_ends, before) - 1
            return self.persons[k] if k >= 0 else None
        if not role:
            k = bisect_right(self._group_ends, before) - 1
            return self.groups[k] if k >= 0 else None
        ends = self._group_role_ends.get(role)
        if ends is None:
            text = doc_text(self.doc)
            held = [(s, e) for s, e in self.groups if role in text[s:e].lower()]
            ends = self._group_role_ends[role] = ([e for _, e in held], held)
        k = bisect_right(ends[0], before) - 1
        return ends[1][k] if k >= 0 else None

    def _subject_mention(self, start: int, person: bool, plural: bool | None) -> tuple[int, Entity] | None:
        """The subject of an earlier sentence (not the pronoun's own) that can be a speaker of the kind asked for:
        "Ukraine's defence ministry gave a different picture. It said …" — the ministry, though it never spoke."""
        k = bisect_right(self._subject_starts, start) - 1
        sent = self.doc.char_span(start, start + 1, alignment_mode="expand")
        own = sent.sent.start_char if sent is not None else start
        while k >= 0:
            s, e, is_person, is_plural = self.subjects[k]
            k -= 1
            if e > own or is_person != person or (plural is not None and is_plural != plural):
                continue
            name = doc_text(self.doc)[s:e]
            ent = self.entity(s, e) if not self._is_pronoun_text(name) else None
            return (s, ent) if ent is not None else None
        return None

    @staticmethod
    def _is_pronoun_text(text: str) -> bool:
        return text.lower() in _PERSON_PRONOUNS | _THING_PRONOUNS | _GROUP_PRONOUNS

    def _pronoun(self, text: str, start: int, end: int) -> Entity:
        low = text.lower()
        back = None
        person = low in _PERSON_PRONOUNS
        if low in _THING_PRONOUNS | _GROUP_PRONOUNS:
            # "The Observatory said the strikes hit Qamishli. It said …": a source pronoun takes the last *source*
            # of its kind, not the last place or group merely mentioned
            back = self._last_noted_group(start)
        else:
            pool = self._pool(None, True, None)
            row = self._last_source(pool, start)
            back = row[2] if row is not None else None
        # … unless a later sentence has a fitting speaker as its subject (centering: the subject is what "it" and
        # "he" continue); "it", "he" and "she" want a singular subject ("600 soldiers arrived … He said" is not the
        # soldiers), "they" a plural one or a group
        mention = self._subject_mention(start, person, None if low in _GROUP_PRONOUNS else False)
        if mention is not None and (back is None or back.start is None or mention[0] > back.start):
            back = mention[1]
        back = back or self._antecedent(start, person=person)
        if back is None and low not in _PERSON_PRONOUNS:
            back = self._antecedent(start, person=True) if low in _GROUP_PRONOUNS else None
        if back is None:
            return Entity(text, None, None, None, start, end)
        return Entity(text, specific_name(back), back.country, back.sector, start, end)


def _speaker_subjects(doc: Doc) -> list[tuple[int, int, bool, bool]]:
    """The subject of each sentence's main verb when it names an actor ("Ukraine's defence ministry", "the army",
    "President X"): the antecedents a later "it", "they", "he" or "she" continues, whether or not they spoke."""
    from sitroom.analyze.attribution._cues import np_range

    persons = {t.i for e in doc.ents if e.label_ == "PERSON" for t in e}
    out = []
    for sent in doc.sents:
        root = sent.root
        # the subject nearest before the verb: a dateline glued to the lead ("MINSK, Oct 16 - the ministry said")
        # is a second, spurious subject
        subj = max((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < root.i),
                   key=lambda c: c.i, default=None)
        if subj is None or subj.pos_ == "PRON":
            continue
        low = subj.lemma_.lower()
        if low in word_set("reckoning_nouns") or subj.lower_ in word_set("reckoning_nouns"):
            continue                      # "Seoul's estimate has moved fast": a count, whose "it" is no speaker
        person = subj.i in persons or low in word_set("person_roles") or low in word_set("person_source_nouns")
        group = any(t.ent_type_ in ("ORG", "GPE", "NORP") for t in subj.subtree) or low in word_set("org_roles")
        if not (person or group):
            continue
        s, e = np_range(subj)
        out.append((s, e, person and subj.ent_type_ != "ORG", subj.tag_ in ("NNS", "NNPS")))
    return out
