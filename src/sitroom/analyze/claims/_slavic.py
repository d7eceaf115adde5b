"""Figure claims of a Russian or Ukrainian text: the `Claim` records of the English finder, from the ru/uk layers.

    find_claims_slavic(text, language, document_id=…, published=…, timexes=…) -> list[Claim]
    find_claims_slavic(text, language, doc=…, actors=…, places=…, voices=…, event_of=…, context=…)

What a claim gets, and from where:
- bounds and qualifier: the ru/uk number reader (`find_quantities_slavic`); measures, time, money and percentages
  are skipped (data/<lang>/claim_kinds.json `not_counted`), and so is a figure inside a time expression;
- counted kind: data/<lang>/claim_kinds.json, the canonical kinds of data/en/claim_kinds.json; a bare figure after a
  dash or colon counts the noun before it ("танків — 3 350");
- source and carrier: `attribution.Voices` — the English discourse rules (the paragraph's source speaks on, a quote
  over several sentences, the lead's source over the next paragraph) over the ru/uk attributions;
- status: data/<lang>/claim_status.json, from the figure's own clause: the counted noun ("200 погибших"), a loss
  noun ("потери составили", "втрати": killed for people, destroyed for things), else the status word nearest to the
  figure (a participle reads as its verb: "уничтожено", "ліквідовано"); a future ("составит", "будут призваны",
  "планує") makes a flow planned (a pledge stays pledged); a figure with no status word of its own (a bullet list)
  takes the status of the figure before it in the paragraph; a count of attacks with a verb ("провів 96 атак") is
  attacked; else "reported";
- owner: a country adjective or a country's people in the counted phrase ("российских военных", "росіяни"), an
  actor named in it ("бойцов ЧВК «Вагнер»"), the other side ("противник", "ворог"; "окупанти", "рашисти" always
  Russia), the subject of a verb of having, sending, firing or losing; else the figure before it in the paragraph,
  a country adjective before it in the paragraph (for troops and gear also a group noun's genitive owner, "с
  техникой ВС РФ", and "наши / наші" before a group noun: the speaker's side), the headline;
- location: a place after a place preposition in the clause ("в Беларусь", "на станцию Осиповичи", "по території
  України"), the place a leaving verb leaves, the subject of a receiving verb ("Україна отримала"); else the event's
  place, the figure before it, a place in the sentence or the paragraph before it, the headline, the country the
  document is most about;
- modality (`modality.slavic_modality`), claim date (the attributing cue's date, else publication) and as-of date
  (`_assemble.choose_date` in the figure's sentence), evidence sentence with offsets, event id.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Sequence

from sitroom.analyze import _assemble as assemble
from sitroom.analyze._spans import SpanIndex
from sitroom.analyze.claims._finder import Context, _Seen, make_claim
from sitroom.analyze.claims._lexicon import taxonomy
from sitroom.analyze.quantities import find_quantities_slavic
from sitroom.countries import country_name
from sitroom.lexicon import load_json
from sitroom.model import Attribution, Claim, Entity, EventDate, Evidence, Place, Quantity, Timex

__all__ = ["find_claims_slavic", "kind_of_slavic", "slavic_headline"]

_COPULAS = frozenset({"быть", "бути"})
_NOBODYS = frozenset({"people", "civilians", "refugees", "children"})
_COMBAT = frozenset({"attacked", "destroyed", "killed", "wounded", "captured"})
_UKRAINE = Place(text="Ukraine", name="Ukraine", country="UKR", kind="country")
_MILITARY = frozenset({"personnel", "units", "tanks", "armoured_vehicles", "artillery", "air_defence", "aircraft",
                       "drones", "missiles", "ships", "trucks", "vehicles", "trains", "railcars", "equipment",
                       "weapons"})


def _country_place(iso: str) -> Place:
    return Place(text=country_name(iso) or iso, name=country_name(iso), country=iso, kind="country")
_OF_WORDS = {"из", "з", "із", "зі", "из числа"}

_VICTIMS = {"killed", "wounded", "captured", "released", "displaced"}
_PEOPLE = {"personnel", "people", "civilians", "children", "refugees", "hostages", "casualties"}
_NUMBER_NOUNS = frozenset({"число", "количество", "численность", "кількість", "чисельність"})
_BREAKS = {";", "•"}
_CLAUSE_LINKS = {"что", "що", "который", "которые", "которых", "який", "які", "яких", "когда", "коли", "однако",
                 "але", "но", "проте", "хотя", "хоча", "а"}


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


@lru_cache(maxsize=2)
def _kinds(lang: str) -> _Kinds:
    return _Kinds(lang)


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
                   frozenset(d["attack_nouns"]))


@dataclass(frozen=True)
class _Owners:
    demonyms: dict[str, str]
    people: dict[str, str]
    side: frozenset[str]
    russian: frozenset[str]
    preps: frozenset[str]
    groups: frozenset[str]                # "подразделения", "техника": a group an actor after it owns
    ours: frozenset[str]                  # "наши": the speaker's own side


@lru_cache(maxsize=2)
def _owners(lang: str) -> _Owners:
    d = load_json(f"{lang}/names.json")
    preps = load_json(f"{lang}/coder.json")["location_prepositions"]
    return _Owners(d["demonyms"], d["demonym_nouns"], frozenset(d["enemy"]["side"]), frozenset(d["enemy"]["russian"]),
                   frozenset(preps) | {"через", "від", "від", "из", "із", "з", "с"}, frozenset(d["group_nouns"]),
                   frozenset(d["enemy"]["own"]))


def kind_of_slavic(unit: str | None, phrase: str, lang: str, sentence: str = "") -> str | None:
    """Canonical kind of a counted noun (its lemma `unit`) in its phrase as written ("боевых бронированных машин" ->
    armoured_vehicles, "единиц бронетехники" -> armoured_vehicles, "танков" -> tanks; "человек" in a sentence about
    troops -> personnel); the lemma itself when no kind knows it; None for no noun."""
    k = _kinds(lang)
    low = phrase.lower()
    if unit is None:
        return None
    lemma = unit.lower()
    if lemma in k.people and any(stem in sentence.lower() for stem in k.military):
        return "personnel"
    specific = k.nouns.get(lemma)
    if specific is not None and specific != "vehicles" and lemma not in k.classifiers:
        return specific
    for stem, kind in k.phrases:
        if stem in low:
            return kind
    for stem, kind in k.names:
        if lemma.startswith(stem):
            return kind
    return specific or (None if lemma in k.classifiers else lemma)


def _enemy(source: Entity | None, lang: str) -> str | None:
    """Who 'the enemy' is for whoever speaks: Russia for a Ukrainian source (or a Ukrainian text in its own voice),
    Ukraine for a Russian source."""
    side = source.country if source is not None else None
    if side == "UKR" or (side is None and lang == "uk"):
        return "RUS"
    if side == "RUS":
        return "UKR"
    return None


def _country(iso: str, text: str = "", start: int | None = None, end: int | None = None) -> Entity:
    return Entity(text=text or (country_name(iso) or iso), name=country_name(iso), country=iso, start=start, end=end)


def _phrase(text: str, q: Quantity, sentence_end: int) -> str:
    """The counted phrase: from the number to its noun and, for a classifier, the next two words."""
    end = q.unit_end if q.unit_end is not None else q.end
    tail = text[end:sentence_end].split()[:2]
    return text[q.end:end] + " " + " ".join(tail)


class _Finder:
    def __init__(self, doc, language: str, voices, actors, places, timexes: Sequence[Timex], document_id: str,
                 section: str, event_of: dict[int, tuple[str, Place | None]], context: Context,
                 outlet: str | None = None):
        from sitroom.nlp import doc_text

        self.doc, self.text, self.lang = doc, doc_text(doc), language
        self.voices, self.actors, self.places = voices, actors, places
        self.document_id, self.section, self.event_of, self.context = document_id, section, event_of, context
        self.timexes = [t for t in timexes if assemble.is_calendar(t)]
        self.all_timexes = SpanIndex(list(timexes))
        from sitroom.nlp_slavic import lemmas_of

        self.kinds, self.st, self.own = _kinds(language), _status(language), _owners(language)
        self.place_at = {}
        self.actor_at = {k: e for a, b, e in actors.mentions for k in range(a, b)}   # token -> its actor
        as_actor = set(self.actor_at)
        self.any_place = {k for i, j, _ in places for k in range(i, j)}
        self.place_start = {i: p for i, j, p in places if p.country}
        preps = _owners(language).preps
        self.from_place: set[int] = set()                     # "с Польшей", "з півночі": origins and neighbours
        for i, j, p in places:
            before = [x for x in doc[max(0, i - 2):i] if not x.is_space]
            located = any(x.lower_ in preps for x in before)     # "на территорию Беларуси": a place still
            if p.country and (located or not as_actor & set(range(i, j))):   # "Росія зосередила": an actor
                for k in range(i, j):
                    self.place_at[k] = (i, j, p)
                prev = next((x for x in reversed(doc[max(0, i - 3):i]) if not x.is_space), None)
                if prev is not None and prev.lower_ in _status(language).from_preps:
                    self.from_place.add(i)
        self.sources = SpanIndex([(a.source.start, a.source.end) for a in voices.attributions
                                  if a.source is not None and a.source.start is not None], span=lambda x: x)
        self.context_outlet, self._outlet = outlet, None
        enemy = self.own.side | self.own.russian
        self.has_enemy_words = any(lemmas_of(t) & enemy for t in doc)
        self.seen: dict[int, list[_Seen]] = {}
        self.antecedent: Claim | None = None                   # the claim an elided figure counts after
        self.civil_kind = False
        self.status_token, self.raw_status = None, None
        self.st_loss_nouns = frozenset(w for w, st in self.st.nouns.items() if st == "loss")
        self.last_personnel = False                            # the last troops-or-victims figure was troops
        counts = Counter(p.country for i, _, p in places if p.country and i not in self.from_place)
        self._near = sorted({i: (i, p) for k, (i, j, p) in self.place_at.items() if i not in self.from_place
                             and p.start is not None}.values(), key=lambda x: x[0])
        self._near_starts = [i for i, _ in self._near]
        self.doc_country = counts.most_common(1)[0][0] if counts else None

    # ------------------------------------------------------------------ the clause
    def _clause(self, k: int) -> tuple[int, int]:
        """Token range of the clause around token k: its sentence cut at ; • and clause-opening conjunctions."""
        sent = self.doc[k].sent
        lo, hi = sent.start, sent.end
        for j in range(k - 1, sent.start - 1, -1):
            t = self.doc[j]
            if t.text in _BREAKS or (t.lower_ in _CLAUSE_LINKS and j > sent.start and self.doc[j - 1].text == ","):
                lo = j + 1
                break
        for j in range(k + 1, sent.end):
            t = self.doc[j]
            if t.text in _BREAKS or (t.text == "," and j + 1 < sent.end and
                                                    self.doc[j + 1].lower_ in _CLAUSE_LINKS):
                hi = j
                break
        return lo, hi

    def _lemmas(self, t) -> frozenset[str]:
        from sitroom.nlp_slavic import lemmas_of

        return lemmas_of(t)

    # ------------------------------------------------------------------ status
    def _future(self, t, lo: int, hi: int) -> bool:
        from sitroom.analyze.modality import slavic_future_words
        from sitroom.nlp_slavic import only_future

        if t.pos_ in ("VERB", "AUX") and only_future(t.text, self.lang):
            return True
        aux, plan = slavic_future_words(self.lang)
        plan = plan | self.st.intention
        for x in self.doc[max(lo, t.i - 4):min(hi, t.i + 2)]:
            if x.lower_ in aux or self._lemmas(x) & plan:
                return True
        return False

    def _status_of(self, q: Quantity, head, first, kind: str | None, block: int) -> str:
        from sitroom.nlp_slavic import is_predicate

        self.status_token, self.raw_status = None, None

        lo, hi = self._clause(first.i)
        st = self.st
        people = kind in _PEOPLE
        own = next((st.counted[w] for w in self._lemmas(head) if w in st.counted), None) if head is not None else None
        best: tuple[float, str, object] | None = None
        sent = self.doc[first.i].sent
        for x in self.doc[lo:hi]:
            if x.is_space or (q.start <= x.idx < q.end) or not x.text[:1].isalpha() or x is head:
                continue
            lem = self._lemmas(x)
            noun = next((st.nouns[w] for w in lem if w in st.nouns), None)
            found = noun or next((st.words[w] for w in lem if w in st.words), None)
            if found is None:
                continue
            if found == "loss":
                found = st.loss["people" if people else "things"]
            d = abs(x.i - first.i)
            commas = sum(1 for y in self.doc[min(x.i, first.i):max(x.i, first.i)] if y.text == ",")
            score = d + 3 * commas - (20 if noun is not None and found in ("killed", "destroyed") else 0) \
                + (10 if found == "observed" or lem & _COPULAS else 0)
            if best is None or score < best[0]:
                best = (score, found, x)
        if own is not None and not (best and own == "captured" and best[1] == "released"):
            return own                                        # "200 погибших"; "повернула 100 військовополонених"
        if best is None:
            # no status word of its own: a list item or a verbless line takes the figure before it in the
            # paragraph ("• 27 танков;", "Із них щонайменше 109"); a clause with a verb of its own is reported
            prev = self.seen.get(block)
            verbs = [x for x in self.doc[lo:hi] if x.text[:1].isalpha() and not (q.start <= x.idx < q.end)
                     and is_predicate(x.text, self.lang)]
            if self.antecedent is not None:
                return self.antecedent.status                 # "Раніше він говорив про 15 тисяч", "Із них 109"
            if verbs and head is not None and self._lemmas(head) & st.attack_nouns:
                return "attacked"                             # "противник провів 96 атак": attacks made
            if prev and prev[-1].claim.status != "reported" and not verbs:
                return prev[-1].claim.status
            return "planned" if any(self._future(x, sent.start, first.i + 1) for x in verbs) else "reported"
        _, found, word = best
        self.status_token, self.raw_status = word, found
        if found == "observed":
            found = "reported" if kind == "attacks" else "present"
        if found == "released" and kind in ("positions", "targets"):
            return "captured"                                 # liberated villages are taken back
        if found == "departed" and kind in ("people", "civilians", "refugees", "children"):
            return "displaced"                                # civilians who leave
        if found in _VICTIMS or found == "destroyed":
            return found
        if self._future(word, lo, hi) or any(self._future(x, lo, hi) for x in self.doc[lo:first.i]
                                              if x.pos_ in ("VERB", "AUX")):
            return "pledged" if found in st.pledge_future else "planned"
        return found

    # ------------------------------------------------------------------ owner
    def _country_word(self, t) -> str | None:
        if t.i in self.any_place:
            return None                                       # "Білорусі" is the country, not "білорус"
        lem = self._lemmas(t)
        return next((self.own.demonyms.get(w) or self.own.people.get(w) for w in lem
                     if w in self.own.demonyms or w in self.own.people), None)

    def _enemy_word(self, t, source: Entity | None) -> str | None:
        lem = self._lemmas(t)
        if lem & self.own.russian:
            return "RUS"
        if lem & self.own.side:
            return _enemy(source, self.lang)
        return None

    def _owner_in_phrase(self, first, head, hi: int, source: Entity | None) -> Entity | None:
        if head is None:
            return None
        end = min(hi, head.i + 5)
        for x in self.doc[first.i:end]:
            if x.is_space:
                continue
            if x.i > head.i and (x.is_punct and x.text not in "«»\"") or (x.i > head.i and x.pos_ == "ADP"):
                break
            iso = self._country_word(x) if x.i <= head.i or x.pos_ in ("NOUN", "PROPN", "ADJ") else None
            iso = iso or self._enemy_word(x, source)
            if iso:
                return _country(iso, x.text, x.idx, x.idx + len(x.text))
            if x.i > head.i:
                ent = self.actor_at.get(x.i)
                if ent is not None and ent.country:
                    return ent
        return None

    def _subject_owner(self, word, lo: int, first, source: Entity | None, status: str, force: bool = False
                       ) -> Entity | None:
        """The actor (or country, or the enemy) nearest before the status verb in its clause, when the verb is one of
        having, sending, firing or losing (or `force`: getting back one's own, taking ground)."""
        if word is None:
            return None
        lem = self._lemmas(word)
        if not (force or status in self.st.owner_statuses or lem & self.st.owner_verbs) or lem & self.st.host_verbs:
            return None
        stop = min(word.i, first.i)
        for x in reversed(self.doc[lo:stop]):
            if x.is_space:
                continue
            if self.sources.covering(x.idx, x.idx + 1):
                continue
            iso = self._enemy_word(x, source) or (self._country_word(x) if x.pos_ == "NOUN" else None)
            if iso:
                return _country(iso, x.text, x.idx, x.idx + len(x.text))
            ent = self.actor_at.get(x.i)
            if ent is not None and ent.country:
                return ent
        return None

    def _demonym_before(self, block: int, first, speaker: str | None = None, groups: bool = False
                        ) -> Entity | None:
        """The side the paragraph before the figure gives its troops: a country adjective ("российские"); with
        `groups` (a figure of troops or gear, not of losses), a group noun with its owner in the genitive after it
        ("с техникой ВС РФ", "підрозділи ЗСУ") or, for a `speaker` country, "наши / наші" before a group noun."""
        start = self.voices.block_start(block)
        for x in reversed(self.doc[max(0, first.i - 300):first.i]):    # a paragraph, or its last 300 words
            if x.idx < start:
                break
            if self.sources.covering(x.idx, x.idx + 1):
                continue
            lem = self._lemmas(x)
            if groups and lem & self.own.groups:
                owner = self._genitive_owner(x, first)
                if owner is not None:
                    return owner
            if groups and speaker and lem & self.own.ours and self._group_after(x):
                return _country(speaker, x.text, x.idx, x.idx + len(x.text))
            if x.pos_ != "ADJ":
                continue
            iso = self.own.demonyms and next((self.own.demonyms[w] for w in lem if w in self.own.demonyms), None)
            if iso:
                return _country(iso, x.text, x.idx, x.idx + len(x.text))
        return None

    def _genitive_owner(self, noun, first) -> Entity | None:
        """The actor with a country right after a group noun, before the figure ("техникой ВС РФ")."""
        k = noun.i + 1
        while k < first.i and self.doc[k].is_space:
            k += 1
        ent = self.actor_at.get(k) if k < first.i else None
        return ent if ent is not None and ent.country else None

    def _group_after(self, x) -> bool:
        """A group noun among the two words after `x` ("наши подразделения", "наших бойових підрозділів")."""
        words = [t for t in self.doc[x.i + 1:x.i + 4] if not t.is_space and not t.is_punct][:2]
        return any(self._lemmas(t) & self.own.groups for t in words)

    # ------------------------------------------------------------------ location
    def _place_in_clause(self, lo: int, hi: int, first, status: str, word) -> Place | None:
        leaving = word is not None and self._lemmas(word) & self.st.leave_verbs
        best = None
        for k in range(lo, hi):
            got = self.place_at.get(k)
            if got is None or got[0] != k:
                continue
            i, j, p = got
            prev = [x for x in self.doc[max(lo, i - 3):i] if not x.is_space]
            to = self.own.preps - self.st.from_preps
            preps = to | self.st.from_preps if leaving else to
            ok = bool(prev) and (prev[-1].lower_ in preps or (len(prev) > 1 and prev[-2].lower_ in preps
                                                              and prev[-1].pos_ in ("NOUN", "ADJ")))
            if leaving and not ok and word is not None and 0 < i - word.i <= 2:
                ok = True                                           # "покинула полигон X"
            if not ok:
                continue
            d = abs(i - first.i) + (20 if leaving and i in self.from_place else 0)   # "виїхали з X до Y": Y
            if best is None or d < best[0]:
                best = (d, p)
        if best is not None:
            return best[1]
        if word is not None and status in ("pledged", "delivered"):
            for x in self.doc[word.i + 1:min(hi, word.i + 4)]:  # "передасть Україні 60 танків": the recipient
                p = self.place_start.get(x.i)
                if p is not None and p.kind == "country":
                    return p
        if word is not None and self._lemmas(word) & self.st.host_verbs:   # "Україна отримала 10 танків"
            for x in reversed(self.doc[lo:word.i]):
                got = self.place_at.get(x.i)
                if got is not None and got[2].kind == "country":
                    return got[2]
        return None

    def _place_near(self, first, block: int) -> Place | None:
        """A place in the figure's sentence (the nearest), else the last one before it in its paragraph (places
        used as actors and origins left out)."""
        from bisect import bisect_left

        sent = self.doc[first.i].sent
        lo, hi = bisect_left(self._near_starts, sent.start), bisect_left(self._near_starts, sent.end)
        inside = [p for _, p in self._near[lo:hi]]
        if inside:
            return min(inside, key=lambda p: abs(p.start - first.idx))
        k = bisect_left(self._near_starts, first.i) - 1
        if k >= 0 and self._near[k][1].start >= self.voices.block_start(block):
            return self._near[k][1]
        return None

    # ------------------------------------------------------------------ one figure
    def claim(self, q: Quantity) -> Claim | None:
        first = assemble.token_at(self.doc, q.start)
        if first is None or q.lower is None and q.upper is None:
            return None
        if self.all_timexes.overlapping(q.start, q.end) or (q.unit or "").lower() in self.kinds.not_counted:
            return None
        if self.sources.covering(q.start, q.start + 1):
            return None                                           # "по данным трёх источников"
        sent = first.sent
        s, e = sent.start_char, sent.end_char
        sentence = self.text[s:e]
        written = self.text[q.unit_start:q.unit_end] if q.unit_start is not None else None
        unit, phrase = q.unit, _phrase(self.text, q, e)
        if unit is None:
            unit, phrase = _elliptic(self.text, q, s, self.lang)
        # "people" count troops in a paragraph about troops: the figure's sentence and the paragraph before it
        context = self.text[max(self.voices.block_start(self.voices.block_of(s)), s - 400):s] + sentence
        kind = kind_of_slavic(unit, phrase, self.lang, context)
        head = assemble.token_at(self.doc, q.unit_start) if q.unit_start is not None else None
        block = self.voices.block_of(q.start)
        att = self.voices.at(q.start, q.end)
        if att is None and self.section == "title" and self.context.lead is not None:
            att = replace(self.context.lead, kind="lead")
        source = att.source if att is not None else None
        self.antecedent = None
        if kind is None:
            kind, written = self._elided_kind(q, first, block, sent, written)
        status = self._status_of(q, head, first, kind, block)
        self.civil_kind = kind in _NOBODYS
        if kind == "personnel" and (unit or "").lower() in self.kinds.people and status in ("killed", "wounded"):
            kind = "casualties"                               # "погибли 830 человек", "особового складу — 145 850 осіб"
        if kind == "people" and status in ("killed", "wounded"):
            kind = "casualties"                               # "загинули щонайменше 40 людей"
        elif kind == "people" and status == "displaced":
            kind = "refugees"
        elif kind == "people" and status not in _VICTIMS and self.last_personnel:
            kind = "personnel"                                # "прибыло менее 1000 человек" in a deployment
        lo, hi = self._clause(first.i)
        word = self._status_word(lo, hi, first, q)
        victims = status in _VICTIMS or status == "destroyed"
        side = source.country if source is not None and source.country else (
            self.outlet_country() if status in _COMBAT or self.has_enemy_words else None)
        speaker = source if source is not None and source.country else (
            _country(side) if side else None)
        civil = kind in _NOBODYS or self.civil_kind
        if civil:
            owner = None                                      # civilians, refugees: nobody's side
        else:
            owner = self._owner_in_phrase(first, head, hi, speaker)
            if owner is None and head is None and self.text[q.end:q.end + 1] in "»\"”":
                owner = self._owner_in_phrase(first, self._after_quote(q), hi, speaker)   # "«9 тисяч» російських"
            if owner is None and self.raw_status in ("killed", "destroyed") and self.status_token is not None \
                    and self._lemmas(self.status_token) & self.st_loss_nouns:
                owner = self._owner_in_phrase(self.status_token, self.status_token, hi, speaker)  # "втрати противника"
            force = status == "released" or status == "captured" and kind in ("positions", "targets") or (
                word is not None and bool(self._lemmas(word) & self.st.owner_verbs))   # "ворог втратив": the loser
            if owner is None and (not victims or force):
                owner = self._subject_owner(word, lo, first, speaker, status, force)
            if owner is None and status in ("attacked", "pledged", "delivered") and source is not None and \
                    source.country and not any(self.actor_at.get(k) for k in range(lo, first.i)
                                               if not self.sources.covering(self.doc[k].idx, self.doc[k].idx + 1)):
                owner = source                                # "ЦАХАЛ сообщила, что нанесла удары по 200 целям"
        location = self._place_in_clause(lo, hi, first, status, word)
        if location is None and q.start in self.event_of:
            location = self.event_of[q.start][1]
        prev_same = self._previous(block, sent.start) or self._previous(block, sent.start, kind)
        # victims and losses take a side only from a figure of their own sentence or kind ("У Дніпрі загинули 40
        # людей" after "Росія випустила 33 ракети" is nobody's)
        last = self._previous_any(block)
        if victims and last is not None and last.claim.status not in _VICTIMS | {"destroyed"}:
            last = None                                       # a loss report goes on; an attack's toll is not its side
        for p in (prev_same, last):
            if p is None:
                continue
            if not civil and (kind in _MILITARY or p.claim.counted == kind):
                owner = owner or p.claim.owner
            location = location or p.claim.location
        if owner is None and status == "destroyed" and kind not in _NOBODYS | {"targets"}:
            enemy = _enemy(speaker, self.lang)
            if enemy:
                owner = _country(enemy)                       # "знищено 12 танків", a Ukrainian source
        if owner is None and (status in ("ordered", "recruited") or self.raw_status in ("ordered", "recruited")):
            # mobilised by whoever calls them up: the country they are called up in, else the speaking state
            owner = _country(location.country) if location is not None and location.kind == "country" else (
                _country(source.country) if source is not None and source.country else None)
        if owner is None and not civil and not (victims and status != "destroyed"):
            ours = None if victims else (source.country if source is not None and source.country
                                         else self.outlet_country())
            owner = self._demonym_before(block, first, ours, not victims) or self.context.owner
        location = location or self._place_near(first, block) or self.context.location
        if owner is None and not civil and not victims and kind in _MILITARY and source is not None and \
                source.country and source.sector in ("MIL", "GOV") and location is not None and \
                location.country == source.country:
            owner = source                                    # "Міноборони Білорусі: залучено 1500 військовослужбовців"
        if location is None and status in _COMBAT and (side in ("UKR", "RUS") or self.lang == "uk"):
            location = _UKRAINE                               # the war's own reports: fighting in Ukraine
        if location is None and not self.doc_country and source is None and self.outlet_country():
            location = _country_place(self.outlet_country())   # a ministry's own statement: its own country
        if location is None and self.doc_country:
            location = Place(text=country_name(self.doc_country) or self.doc_country,
                             name=country_name(self.doc_country), country=self.doc_country, kind="country")
        return self._make(q, kind, written, status, owner, location, att, first, head)

    def _after_quote(self, q: Quantity):
        """The first word after the closing quote that ends a figure ("«трохи менше дев'яти тисяч» російських")."""
        tok = assemble.token_at(self.doc, q.end)
        k = tok.i + 1 if tok is not None else len(self.doc)
        while k < len(self.doc) and (self.doc[k].is_space or self.doc[k].is_punct):
            k += 1
        return self.doc[min(k + 1, len(self.doc) - 1)] if k < len(self.doc) else None

    def outlet_country(self) -> str | None:
        """The country of the document's outlet when the lexicons know it ("Министерство обороны Российской
        Федерации", "Генштаб ЗСУ"), read once."""
        if self._outlet is None:
            self._outlet = [_outlet_country(self.context_outlet, self.lang)] if self.context_outlet else [None]
        return self._outlet[0]

    def _elided_kind(self, q: Quantity, first, block: int, sent, written):
        """What a figure without a counted noun counts: the noun after a closing quote ("«трохи менше дев'яти
        тисяч» російських військових"), the noun after "число / кількість" before it ("Число беженцев …
        превысило 8 миллионов"), else the figure before it in the paragraph ("Із них щонайменше 109", "Раніше він
        говорив про 15 тисяч", "только 34 единицы")."""
        from sitroom.analyze.quantities import noun_lemma

        after = self.text[q.end:q.end + 40]
        if q.unit_start is None and after[:1] in "»\"”":
            words = after[1:].split()
            for w in words[:2]:
                w = w.strip(".,;:!?»«\"")
                lemma = noun_lemma(w, self.lang) if w else None
                k = kind_of_slavic(lemma, w, self.lang, sent.text) if lemma else None
                if k is not None and k in taxonomy().kinds:
                    return k, w
        lo, _ = self._clause(first.i)
        for x in self.doc[lo:first.i]:
            if self._lemmas(x) & _NUMBER_NOUNS:
                nxt, skipping = None, False
                for y in self.doc[x.i + 1:first.i]:              # "Число уничтоженных (с начала месяца) огневых точек"
                    if y.pos_ == "ADP":
                        skipping = True
                    elif not skipping and (y.pos_ == "NOUN" or y.pos_ == "ADJ" and kind_of_slavic(
                            noun_lemma(y.text, self.lang), y.text, self.lang, sent.text) in taxonomy().kinds):
                        nxt = y                                  # "Кількість військових" (an adjective noun)
                        break
                    elif y.pos_ not in ("NOUN", "SPACE"):
                        skipping = False
                if nxt is not None:
                    k = kind_of_slavic(noun_lemma(nxt.text, self.lang), nxt.text, self.lang, sent.text)
                    if k is not None:
                        return k, nxt.text
        prev = self.seen.get(block)
        if prev and prev[-1].claim.counted:
            self.antecedent = prev[-1].claim
            return prev[-1].claim.counted, prev[-1].claim.counted_text
        return None, written

    def _status_word(self, lo: int, hi: int, first, q: Quantity):
        best = None
        for x in self.doc[lo:hi]:
            if x.is_space or q.start <= x.idx < q.end:
                continue
            if self._lemmas(x) & (frozenset(self.st.words) | self.st.owner_verbs):
                d = abs(x.i - first.i) + 3 * sum(1 for y in self.doc[min(x.i, first.i):max(x.i, first.i)]
                                                 if y.text == ",")
                if best is None or d < best[0]:
                    best = (d, x)
        return best[1] if best else None

    def _previous(self, block: int, sentence: int, kind: str | None = None) -> _Seen | None:
        for s in reversed(self.seen.get(block, ())):
            if kind is None:
                if s.sentence == sentence:
                    return s
                if s.sentence < sentence:
                    return None
            elif s.claim.counted == kind:
                return s
        return None

    def _previous_any(self, block: int) -> _Seen | None:
        seen = self.seen.get(block)
        return seen[-1] if seen else None

    def _make(self, q: Quantity, kind, written, status, owner, location, att: Attribution | None, first, head
              ) -> Claim:
        from sitroom.analyze.modality import slavic_modality

        sent = first.sent
        sentence = self.text[sent.start_char:sent.end_char].rstrip()
        evidence = Evidence(sentence=sentence, start=sent.start_char, end=sent.start_char + len(sentence))
        anchor = head if head is not None else first
        mood = slavic_modality(self.doc, anchor.i, att)
        if mood == "negated" and q.qualifier in ("at_most", "at_least", "less_than"):
            mood = "reported" if att is not None else "asserted"  # "не менее 60", "не більше 300": a bound
        claim_date, as_of = self._dates(anchor, att)
        from sitroom.analyze.claims._status import stock_as_of

        status = stock_as_of(status, as_of and as_of.relation)
        event = self.event_of.get(q.start)
        return make_claim(self.document_id, self.section, self.text, q, att, counted=kind, counted_text=written,
                          status=status, evidence=evidence, owner=owner, location=location, claim_date=claim_date,
                          as_of=as_of, modality=mood, event_id=event[0] if event else None)

    def _dates(self, anchor, att: Attribution | None) -> tuple[str | None, EventDate | None]:
        def in_sentence(tok):
            return [t for t in self.timexes if tok.sent.start_char <= t.start < tok.sent.end_char]

        claim_date, cue_date = None, None
        if att is not None and att.kind not in ("headline", "lead"):
            cue = assemble.token_at(self.doc, att.cue_start)
            if cue is not None and in_sentence(cue):
                cue_date = assemble.choose_date(self.doc, cue, in_sentence(cue))
                claim_date = cue_date.value if cue_date is not None else None
        if claim_date is None and self.context.published:
            claim_date = self.context.published[:10]
        own = in_sentence(anchor)
        as_of = assemble.choose_date(self.doc, anchor, own) if own else None
        if as_of is not None and cue_date is not None and as_of.value == cue_date.value and as_of.relation == "on":
            as_of = replace(as_of, relation="as_of")
        return claim_date, as_of

    def run(self, figures: Sequence[Quantity]) -> list[Claim]:
        out = []
        for q in sorted(figures, key=lambda q: q.start):
            c = self.claim(q)
            if c is None:
                continue
            tok = assemble.token_at(self.doc, q.start)
            block = self.voices.block_of(q.start)
            self.seen.setdefault(block, []).append(_Seen(c, block, tok.sent.start))
            if c.counted == "personnel" and c.status not in _VICTIMS:
                self.last_personnel = True
            elif c.counted in ("casualties", "civilians", "refugees", "people"):
                self.last_personnel = False
            out.append(c)
        # as in English: a bare number with nothing counted in it, before it or around it is no claim
        return [c for c in _partitives(self.text, self._owners_back(out)) if c.counted is not None]

    def _owners_back(self, claims: list[Claim]) -> list[Claim]:
        """'Здесь приземлились 2 самолета … На аэродроме находится полтора десятка российских бортов': a military
        figure whose side its paragraph gives only later takes the side of the next figure of its kind there."""
        out = list(claims)
        for k, c in enumerate(out):
            if c.owner is not None or c.counted not in _MILITARY or c.status in _VICTIMS | {"destroyed"}:
                continue
            block = self.voices.block_of(c.start)
            later = next((d for d in out[k + 1:k + 40] if d.counted == c.counted and d.owner is not None
                          and self.voices.block_of(d.start) == block and d.status not in _VICTIMS | {"destroyed"}),
                         None)
            if later is not None:
                out[k] = replace(c, owner=later.owner)
        return out


def _partitives(text: str, claims: list[Claim]) -> list[Claim]:
    """'збито 13 з 16 дронів', 'сбиты 5 из 8 ракет': the first figure counts what the second does."""
    out = list(claims)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if a.counted is None and a.end is not None and b.start is not None and \
                text[a.end:b.start].strip().lower() in _OF_WORDS:
            out[k] = replace(a, counted=b.counted, counted_text=b.counted_text)
    return out


def _elliptic(text: str, q: Quantity, sentence_start: int, lang: str) -> tuple[str | None, str]:
    """'танків — 3 350', 'бойових броньованих машин — 6 593': a bare figure counts the noun phrase before its dash
    or colon (in the same clause): (lemma of its last noun, the phrase)."""
    import re

    from sitroom.analyze.quantities import noun_lemma

    m = re.search(r"([^\W\d_][^,;:—–()\n]*?)\s*[—–:-]\s*(?:[^\W\d_]+\s+)?$", text[max(sentence_start, q.start - 80):q.start])
    if not m:
        return None, ""
    words = m.group(1).split()
    lemma = noun_lemma(words[-1], lang) if words else None
    return lemma, m.group(1)


def slavic_headline(title: str, language: str, published: str | None = None):
    """The headline of a ru/uk document on its own: (its Doc, places, actors, attributions, owner, location) — the
    owner a country adjective or people, or the enemy as its source means it ("о потерях противника" by the
    Ukrainian General Staff); the location its first place."""
    from sitroom.analyze.actors import SlavicActors
    from sitroom.analyze.attribution import slavic_attributions
    from sitroom.analyze.places import slavic_places
    from sitroom.nlp_slavic import lemmas_of, parse_slavic

    doc = parse_slavic(title, language)
    places = slavic_places(doc)
    actors = SlavicActors(doc, places)
    atts = slavic_attributions(doc, actors)
    own = _owners(language)
    source = next((a.source for a in atts if a.source is not None), None)
    owner = None
    in_place = {k for i, j, _ in places for k in range(i, j)}
    for t in doc:
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
    located = [p for _, _, p in places if p.country]
    return doc, places, actors, atts, owner, (located[0] if located else None)


def find_claims_slavic(text: str, language: str, *, document_id: str = "", published: str | None = None,
                       timexes: Sequence[Timex] = (), section: str = "body", doc=None, actors=None, places=None,
                       voices=None, figures: Sequence[Quantity] | None = None,
                       event_of: dict[int, tuple[str, Place | None]] | None = None,
                       context: Context | None = None, outlet: str | None = None) -> list[Claim]:
    """Claims of a Russian ("ru") or Ukrainian ("uk") text; figures inside a time expression are time, not claims.
    The layers not given (`doc`, `places`, `actors`, `voices`, `figures`) are run on `text` here."""
    from sitroom.analyze.actors import SlavicActors
    from sitroom.analyze.attribution import slavic_attributions, slavic_voices
    from sitroom.analyze.places import slavic_places
    from sitroom.nlp_slavic import parse_slavic

    if doc is None:
        doc = parse_slavic(text, language)
    if places is None:
        places = slavic_places(doc)
    if actors is None:
        actors = SlavicActors(doc, places)
    if voices is None:
        voices = slavic_voices(doc, slavic_attributions(doc, actors))
    if figures is None:
        figures = find_quantities_slavic(text, language)
    ctx = context or Context(published=published)
    if ctx.published is None and published:
        ctx = replace(ctx, published=published)
    return _Finder(doc, language, voices, actors, places, timexes, document_id, section, event_of or {},
                   ctx, outlet).run(figures)


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
