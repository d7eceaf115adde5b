"""One ru/uk figure's claim: kind, status, owner and location from the parts (`_counted`, `_status`, `_owner`,
`_where`) with the fallbacks between them, then modality, dates and evidence; `find_claims_slavic` over a text."""
from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Sequence

from sitroom.analyze import _assemble as assemble
from sitroom.analyze._spans import SpanIndex
from sitroom.analyze.claims._finder import Context, _Seen, make_claim
from sitroom.analyze.claims._slavic._counted import _OF_THEM, CountedMixin, _elliptic, _partitives, _phrase, kind_of_slavic
from sitroom.analyze.claims._slavic._owner import OwnerMixin
from sitroom.analyze.claims._slavic._status import StatusMixin
from sitroom.analyze.claims._slavic._tables import (_ARMS, _BREAKS, _CLAUSE_LINKS, _COMBAT, _MILITARY, _NOBODYS, _UKRAINE,
                                                     _VICTIMS, _country, _country_place, _enemy, _kinds, _owners,
                                                     _status, canonical_kinds, other_slavic)
from sitroom.analyze.claims._slavic._where import WhereMixin
from sitroom.analyze.quantities import find_quantities_slavic
from sitroom.countries import country_name
from sitroom.model import Attribution, Claim, EventDate, Evidence, Place, Quantity, Timex


_PART_PREPS = frozenset({"из", "з", "із", "зі", "среди", "серед"})
_CALLED_UP = frozenset({"ordered", "recruited"})      # mobilised, conscripted, recruited


class _Finder(StatusMixin, OwnerMixin, WhereMixin, CountedMixin):
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
                back = [x for x in reversed(doc[max(0, i - 3):i]) if not x.is_space]
                if back and len(back) > 1 and lemmas_of(back[0]) & self.own.sites:
                    back = back[1:]                           # "з території Білорусі": from Belarus
                if back and back[0].lower_ in _status(language).from_preps:
                    self.from_place.add(i)
        # "на белорусские полигоны", "на українській території": a country's adjective on a military site after a
        # place preposition says where (the site's token -> its country), and is no owner of what is counted there
        to_preps = preps - _status(language).from_preps
        self.site_at: dict[int, str] = {}
        self.site_words: set[int] = set()
        for t in doc:
            if not lemmas_of(t) & self.own.sites:
                continue
            words = [x for x in doc[max(0, t.i - 3):t.i] if not x.is_space]
            if len(words) >= 2 and words[-2].lower_ in to_preps:
                iso = next((self.own.demonyms[w] for w in lemmas_of(words[-1]) if w in self.own.demonyms), None)
                if iso:
                    self.site_at[t.i] = iso
                    self.site_words.add(words[-1].i)
        self.sources = SpanIndex([(a.source.start, a.source.end) for a in voices.attributions
                                  if a.source is not None and a.source.start is not None], span=lambda x: x)
        self.context_outlet, self._outlet = outlet, None
        enemy = self.own.side | self.own.russian
        self.has_enemy_words = any(lemmas_of(t) & enemy for t in doc)
        self.seen: dict[int, list[_Seen]] = {}
        self.antecedent: Claim | None = None                   # the claim an elided figure counts after
        self.civil_kind = False
        self.departing = False
        self.enemy_unknown = False
        self.status_token, self.raw_status = None, None
        self.st_loss_nouns = frozenset(w for w, st in self.st.nouns.items() if st == "loss")
        self.last_personnel = False                            # the last troops-or-victims figure was troops
        counts = Counter(p.country for i, _, p in places if p.country and i not in self.from_place)
        speaking = {i for i, _, _ in places if self.sources.covering(doc[i].idx, doc[i].idx + 1)}   # "Минобороны РФ"
        self._near = sorted({i: (i, p) for k, (i, j, p) in self.place_at.items() if i not in self.from_place | speaking
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
            if j > sent.start and self.doc[j - 1].text == "," and self._part_of(j):
                lo = j
                break
        for j in range(k + 1, sent.end):
            t = self.doc[j]
            if t.text in _BREAKS or (t.text == "," and j + 1 < sent.end and
                                     (self.doc[j + 1].lower_ in _CLAUSE_LINKS or self._part_of(j + 1))):
                hi = j
                break
        return lo, hi

    def _part_of(self, j: int) -> bool:
        """A partitive opening a clause after a comma: a preposition of the whole and a pronoun ("…, з них 40 тисяч
        загинули", "…, из них 12 ранены", "…, среди них"): what the part does is not what the whole does."""
        words = [t for t in self.doc[j:j + 3] if not t.is_space][:2]
        return len(words) == 2 and words[0].lower_ in _PART_PREPS and words[1].pos_ == "PRON"

    def _lemmas(self, t) -> frozenset[str]:
        from sitroom.nlp_slavic import lemmas_of

        return lemmas_of(t)


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
        unit, phrase = q.unit, _phrase(self.text, q, e, self.lang)
        if unit is None:
            unit, phrase = _elliptic(self.text, q, s, self.lang)
        # "people" count troops in a paragraph about troops: the figure's sentence and the paragraph before it
        context = self.text[max(self.voices.block_start(self.voices.block_of(s)), s - 400):s] + sentence
        kind = kind_of_slavic(unit, phrase, self.lang, context)
        if kind is not None and kind not in canonical_kinds() and written:
            kind = self._other_language_kind(written, phrase, context) or kind
        head = assemble.token_at(self.doc, q.unit_start) if q.unit_start is not None else None
        block = self.voices.block_of(q.start)
        att = self.voices.at(q.start, q.end)
        if att is None and self.section == "title" and self.context.lead is not None:
            att = replace(self.context.lead, kind="lead")
        source = att.source if att is not None else None
        self.antecedent, self.elided_owner = None, None
        if kind is None:
            kind, written = self._elided_kind(q, first, block, sent, written)
        status = self._status_of(q, head, first, kind, block)
        self.civil_kind = kind in _NOBODYS
        if kind == "personnel" and status in ("killed", "wounded"):
            kind = "casualties"                               # "погибли 830 человек", "потери — до 210 военнослужащих"
        if kind == "people" and status in ("killed", "wounded"):
            kind = "casualties"                               # "загинули щонайменше 40 людей"
        elif kind == "people" and status == "displaced":
            kind = "refugees"
        elif kind == "refugees" and status in ("reported", "present"):
            status = "displaced"                              # "Число беженцев превысило 8 миллионов"
        # called up: by the status, or by the counted noun ("около 1200 мобилизованных уже переброшены")
        called_up = status in _CALLED_UP or self.raw_status in _CALLED_UP or (head is not None and any(
            self.st.words.get(w) in _CALLED_UP for w in self._lemmas(head)))
        if kind == "people" and called_up:
            kind, self.civil_kind = "personnel", False        # "мобилизованы более 3 тысяч человек": call-ups
        elif kind == "people" and status not in _VICTIMS and self.last_personnel:
            kind = "personnel"                                # "прибыло менее 1000 человек" in a deployment
        lo, hi = self._clause(first.i)
        word = self._status_word(lo, hi, first, q)
        self.departing = status == "departed"                # an origin is the place left, no owner
        victims = status in _VICTIMS or status == "destroyed"
        side = source.country if source is not None and source.country else (
            self.outlet_country() if status in _COMBAT or self.has_enemy_words else None)
        if side is None and source is not None and self.has_enemy_words:
            side = self._sources_side()                       # "враг потерял …, заявили в Генштабе" after "Генштаба ВСУ"
        speaker = source if source is not None and source.country else (
            _country(side) if side else None)
        civil = kind in _NOBODYS or self.civil_kind or (
            kind not in _ARMS and self.status_token is not None
            and bool(self._lemmas(self.status_token) & self.st.damage_verbs))   # "пошкоджено 3 автомобілі"
        if civil:
            owner = None                                      # civilians, refugees: nobody's side
        else:
            owner = self._possessive_owner(first, head, lo, speaker) or self._owner_in_phrase(
                first, head, hi, speaker) or self.elided_owner
            if owner is None and head is None and self.text[q.end:q.end + 1] in "»\"”":
                owner = self._owner_in_phrase(first, self._after_quote(q), hi, speaker)   # "«9 тисяч» російських"
            if owner is None and self.raw_status in ("killed", "destroyed") and self.status_token is not None \
                    and self._lemmas(self.status_token) & self.st_loss_nouns:
                owner = self._owner_in_phrase(self.status_token, self.status_token, hi, speaker)  # "втрати противника"
            if owner is None and status == "killed" and kind == "casualties":
                owner = self._heading_loss_owner(block, q, speaker)   # "Втрати противника склали: • … 66 650"
            force = status == "released" or status == "captured" and kind in ("positions", "targets") or (
                word is not None and bool(self._lemmas(word) & self.st.owner_verbs))   # "ворог втратив": the loser
            if owner is None and kind == "attacks":
                owner = self._attacker(lo, first, speaker)
            if owner is None and (not victims or force):
                owner = self._subject_owner(word, lo, first, speaker, status, force)
            if owner is None and status in ("attacked", "pledged", "delivered") and source is not None and \
                    source.country and not any(self.actor_at.get(k) for k in range(lo, first.i)
                                               if not self.sources.covering(self.doc[k].idx, self.doc[k].idx + 1)):
                owner = source                                # "ЦАХАЛ сообщила, что нанесла удары по 200 целям"
        if owner is None and not civil and self.antecedent is not None and (
                self._part_of(lo) or _OF_THEM.match(self.text, q.end)):
            owner = self.antecedent.owner                     # "мобілізовані 300 тисяч росіян, з них 40 тисяч
            #                                                   загинули", "сбили 7 из них": a part is of the whole's side
        location = self._place_in_clause(lo, hi, first, status, word) or self._country_noun_place(lo, hi) or \
            self._site_place(lo, hi)
        clause_place = location
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
            loss = kind == "casualties" and p.claim.status in ("killed", "destroyed") and p.claim.counted in _MILITARY
            if not civil and (kind in _MILITARY or p.claim.counted == kind or loss):   # a loss list goes on
                owner = owner or p.claim.owner
            location = location or p.claim.location
        if owner is None and status == "destroyed" and not civil and (
                kind not in _NOBODYS | {"targets"} or self._military_store(head)):
            enemy = _enemy(speaker, self.lang)
            if enemy:
                owner = _country(enemy)                       # "знищено 12 танків", a Ukrainian source
        if owner is None and called_up:
            # mobilised by whoever calls them up: the country they are called up in, else the speaking state
            # (a region's country too: "в Белгородской области призваны")
            owner = _country(location.country) if location is not None and location.country else (
                _country(source.country) if source is not None and source.country else None)
        if owner is None and not civil and not (victims and status != "destroyed"):
            ours = None if victims else (source.country if source is not None and source.country
                                         else self.outlet_country())
            owner = self._demonym_before(block, first, ours, not victims) or (
                self._earlier_owner(block) if kind in _MILITARY and not victims else None) or self.context.owner or (
                self._paragraph_before_owner(block) if kind in _MILITARY and not victims else None)
        location = location or self._place_near(first, block) or self.context.location
        if owner is None and not civil and not victims and kind in _MILITARY and source is not None and \
                source.country and source.sector in ("MIL", "GOV") and \
                (location.country if location is not None else self.doc_country) == source.country:
            owner = source                                    # "Міноборони Білорусі: залучено 1500 військовослужбовців"
        if location is None and status in _COMBAT and (side in ("UKR", "RUS") or side is None and self.lang == "uk"):
            location = _UKRAINE                               # the war's own reports: fighting in Ukraine
        if location is None and not self.doc_country and source is None and self.outlet_country():
            location = _country_place(self.outlet_country())   # a ministry's own statement: its own country
        if location is None and self.doc_country:
            location = Place(text=country_name(self.doc_country) or self.doc_country,
                             name=country_name(self.doc_country), country=self.doc_country, kind="country")
        if owner is None and called_up and location is not None and location.country:
            owner = _country(location.country)                # called up where the text says they are
        if clause_place is None and owner is not None and owner.country and called_up:
            # one is called up in one's own country: "Росія планує мобілізувати ще 150 тисяч" in a text about the
            # war in Ukraine is Russia's call-up in Russia, unless the clause names the place
            location = _country_place(owner.country)
        return self._make(q, kind, written, status, owner, location, att, first, head)

    def _heading_loss_owner(self, block: int, q: Quantity, speaker):
        """The side a list's heading gives its losses ("Загальні бойові втрати противника склали:", "Потери ВСУ
        составили:"): the owner of the loss noun of the heading, for the list's dead."""
        start = self.voices.block_start(block)
        colon = self.text.find(":", start, q.start)
        if colon < 0:
            return None
        for t in self.doc[assemble.token_at(self.doc, start).i:]:
            if t.idx >= colon:
                break
            if self._lemmas(t) & self.st_loss_nouns:
                lo, hi = self._clause(t.i)
                return self._owner_in_phrase(t, t, hi, speaker)
        return None

    def _military_store(self, head) -> bool:
        """A target with military supplies in the genitive after it ("2 склада боеприпасов", "3 склади з пальним"
        has a preposition: no)."""
        nxt = next((t for t in self.doc[head.i + 1:head.i + 3] if not t.is_space), None) if head is not None else None
        return nxt is not None and bool(self._lemmas(nxt) & self.kinds.military_stores)

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

    def _earlier_owner(self, block: int):
        """Whose troops or gear the items before this one of a bulleted list last counted ("📍 … 3 БТГ ЗС Білорусі.
        📍 … 20 танків"): the owner of the last military figure of an earlier paragraph opening with the same bullet
        (a paragraph of prose does not go on with another's side)."""
        mark = self._bullet(block)
        if mark is None:
            return None
        for b in sorted((b for b in self.seen if b < block), reverse=True):
            if self._bullet(b) != mark:
                return None
            for s in reversed(self.seen[b]):
                if s.claim.counted in _MILITARY and s.claim.status not in _VICTIMS:
                    return s.claim.owner
        return None

    def _paragraph_before_owner(self, block: int):
        """Whose troops or gear a paragraph that names no side goes on counting: those of the last troops-or-gear
        figure of the paragraph before that has figures ("… до 50 тисяч російських військовослужбовців. ¶ Експерти
        зазначають, що в угрупованні є близько 300 танків": Russian)."""
        earlier = [b for b in self.seen if b < block and self.seen[b]]
        if not earlier:
            return None
        for s in reversed(self.seen[max(earlier)]):
            if s.claim.counted in _MILITARY and s.claim.status not in _VICTIMS | {"destroyed"}:
                return s.claim.owner
        return None

    def _bullet(self, block: int) -> str | None:
        """The list mark a paragraph opens with ("•", "—"; an emoji such as "📍" is blanked out of the analysed text,
        so a paragraph opening with a blank is one such item), or None for prose."""
        at = self.voices.block_start(block)
        head = self.text[at:at + 1]
        if head.isspace() and head != "\n":
            return " "
        return head if head and not head.isalnum() and head not in "«\"„“(\n" else None

    def _previous_any(self, block: int) -> _Seen | None:
        seen = self.seen.get(block)
        return seen[-1] if seen else None

    def _voice_enemy(self, claims: list[Claim], unknown: set[int]) -> list[Claim]:
        """'The enemy' of a voice no country is known for is the side whose losses that voice reports with its
        side named ("противник перебросил к Бахмуту до 3 тысяч военнослужащих" in a channel's post that goes on
        "уничтожены 4 танка ВСУ": Ukraine's), when all such losses are of one side."""
        if not unknown:
            return claims
        voiceless = [c for k, c in enumerate(claims) if k not in unknown and (c.source is None or not c.source.country)]
        sides = {c.owner.country for c in voiceless if c.status in ("destroyed", "killed") and c.owner is not None
                 and c.owner.country}
        if len(sides) != 1:
            return claims
        enemy = next(iter(sides))
        return [replace(c, owner=_country(enemy)) if k in unknown else c for k, c in enumerate(claims)]

    def _sources_side(self) -> str | None:
        """The one country the document's sources speak for where they name one, by the source or an actor in its
        attributing phrase ("сообщил представитель Генерального штаба ВСУ Алексей Громов", then "заявили в
        Генштабе"): the side an unqualified organ or a person of theirs speaks from; None when the sources name no
        country or several."""
        if not hasattr(self, "_side_of_sources"):
            sides = set()
            for a in self.voices.attributions:
                if a.source is None:
                    continue
                if a.source.country:
                    sides.add(a.source.country)
                elif a.source.start is not None:
                    lo, hi = min(a.cue_start, self._title_before(a.source.start)), max(a.cue_end, a.source.end)
                    sides |= {e.country for k, e in self.actor_at.items()
                              if e.country and lo <= self.doc[k].idx < hi}
            self._side_of_sources = next(iter(sides)) if len(sides) == 1 else None
        return self._side_of_sources

    def _site_place(self, lo: int, hi: int) -> Place | None:
        """The country of a military site its adjective names in the clause ("на белорусские полигоны прибыли")."""
        iso = next((self.site_at[k] for k in range(lo, hi) if k in self.site_at), None)
        return _country_place(iso) if iso else None

    def _title_before(self, start: int) -> int:
        """Where the words before a named source that give its post begin ("представитель Генштаба ВСУ Алексей
        Громов"): up to five words back, stopping at punctuation."""
        tok = assemble.token_at(self.doc, start)
        if tok is None:
            return start
        k = tok.i
        while k > max(tok.sent.start, tok.i - 5) and not self.doc[k - 1].is_punct:
            k -= 1
        return self.doc[k].idx

    def _other_language_kind(self, written: str, phrase: str, context: str) -> str | None:
        """The canonical kind of a counted noun the other Cyrillic language writes ("военнослужащих" quoted in a
        Ukrainian page: personnel), None when that language's tables do not know it either."""
        from sitroom.analyze.quantities import noun_lemma

        other = other_slavic(self.lang)
        lemma = noun_lemma(written.split()[-1], other) if written.split() else None
        kind = kind_of_slavic(lemma, phrase, other, context) if lemma else None
        return kind if kind in canonical_kinds() else None

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
        # "станом на 17 жовтня прибули понад 1000", "по состоянию на 17 октября прибыли 9 эшелонов": how many had
        # come by that day, arrived as of it (the as-of date says so), not turned into a stock that is there
        if status == "reported" and as_of is not None and as_of.relation == "as_of" and kind != "attacks":
            status = "present"                                # "станом на 25 жовтня … не перевищує 4 тисяч"
        event = self.event_of.get(q.start)
        if kind is not None and kind not in canonical_kinds() and written:
            kind = written.lower()                            # no kind knows the noun: as written, as in English
        return make_claim(self.document_id, self.section, self.text, q, att, counted=kind, counted_text=written,
                          status=status, evidence=evidence, owner=owner, location=location, claim_date=claim_date,
                          as_of=as_of, modality=mood, event_id=event[0] if event else None)

    def _dates(self, anchor, att: Attribution | None) -> tuple[str | None, EventDate | None]:
        def in_sentence(tok):
            return [t for t in self.timexes if tok.sent.start_char <= t.start < tok.sent.end_char]

        claim_date, cue_date = None, None
        # "по данным X, в пятницу прилетели …": a cue with no verb of saying has no date of its own, the day is
        # the figure's
        if att is not None and att.kind not in ("headline", "lead", "according_to"):
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
        unknown_enemy: set[int] = set()                     # claims of "противник" whose side no speaker gave
        for q in sorted(figures, key=lambda q: q.start):
            self.enemy_unknown = False
            c = self.claim(q)
            if c is None:
                continue
            if c.owner is None and self.enemy_unknown and (c.source is None or not c.source.country):
                unknown_enemy.add(len(out))
            tok = assemble.token_at(self.doc, q.start)
            block = self.voices.block_of(q.start)
            self.seen.setdefault(block, []).append(_Seen(c, block, tok.sent.start))
            if c.counted == "personnel" and c.status not in _VICTIMS:
                self.last_personnel = True
            elif c.counted in ("casualties", "civilians", "refugees", "people"):
                self.last_personnel = False
            out.append(c)
        out = self._voice_enemy(out, unknown_enemy)
        # as in English: a bare number with nothing counted in it, before it or around it is no claim
        return [c for c in _partitives(self.text, self._owners_in_list(self._owners_back(out))) if c.counted is not None]



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
