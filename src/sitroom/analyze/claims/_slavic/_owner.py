"""Whose troops or gear a ru/uk figure counts (a part of `_Finder`): a country word, an actor or the enemy in its
phrase, the subject of a verb of having or losing, the paragraph before it, and later figures of its paragraph."""
from __future__ import annotations

from dataclasses import replace

from sitroom.analyze import _assemble as assemble
from sitroom.analyze.claims._lexicon import broader_kind
from sitroom.analyze.claims._slavic._tables import _MILITARY, _VICTIMS, _country, _enemy, _outlet_country
from sitroom.model import Claim, Entity, Quantity


class OwnerMixin:
    def _country_word(self, t) -> str | None:
        if t.i in self.any_place or t.i in self.site_words:
            return None                                       # "Білорусі" is the country, not "білорус"; "на
            #                                                   белорусские полигоны" is where, not whose
        lem = self._lemmas(t)
        return next((self.own.demonyms.get(w) or self.own.people.get(w) for w in lem
                     if w in self.own.demonyms or w in self.own.people), None)

    def _enemy_word(self, t, source: Entity | None) -> str | None:
        lem = self._lemmas(t)
        if lem & self.own.russian:
            return "RUS"
        if lem & self.own.side:
            prev = next((x for x in reversed(self.doc[max(0, t.i - 2):t.i]) if not x.is_space), None)
            if prev is not None and self._lemmas(prev) & self.own.notional:
                return None                                   # "цели условного противника" in an exercise
            side = _enemy(source, self.lang)
            if side is None:
                self.enemy_unknown = True                     # whose enemy: the voice's losses may tell (`run`)
            return side
        return None

    def _owner_in_phrase(self, first, head, hi: int, source: Entity | None) -> Entity | None:
        if head is None:
            return None
        end = min(hi, head.i + 5)
        for x in self.doc[first.i:end]:
            if x.is_space:
                continue
            if x.i > head.i and x.pos_ == "ADP" and x.lower_ in self.own.with_preps:
                return self._cargo_owner(x, hi, source)        # "4 ешелони з технікою ЗС РФ"
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

    def _cargo_owner(self, prep, hi: int, source: Entity | None) -> Entity | None:
        """What a train or column carries names its side: 'с техникой ВС РФ', 'з військовими армії РФ' (a group
        noun and an actor with a country after it), 'с белорусской бронетехникой' (a country adjective)."""
        words = [t for t in self.doc[prep.i + 1:min(hi, prep.i + 5)] if not t.is_space]
        for t in words[:3]:
            if t.is_punct or t.pos_ == "ADP":
                return None
            if t.pos_ == "ADJ":
                iso = self._country_word(t)
                if iso:
                    return _country(iso, t.text, t.idx, t.idx + len(t.text))
                continue
            if t.pos_ == "NOUN":
                ent = self.actor_at.get(t.i + 1) if self.actor_at.get(t.i) is None else None
                return ent if ent is not None and ent.country else None
            return None
        return None

    def _possessive_owner(self, first, head, lo: int, source: Entity | None) -> Entity | None:
        """'Білоруська сторона виділила ще до 1 500 власних військовослужбовців', 'Минск направит свои 2 тысячи
        военных': a reflexive possessive in the counted phrase gives it to the clause's subject — the nearest side
        word before the figure in its clause (a country, a country adjective, an actor, the enemy)."""
        if head is None or not any(self._lemmas(x) & self.own.possessives for x in self.doc[first.i:head.i]):
            return None
        for x in reversed(self.doc[lo:first.i]):
            if x.is_space or self.sources.covering(x.idx, x.idx + 1):
                continue
            side = self._side_word(x, source)
            iso = side.country if side is not None else self._country_word(x)
            if iso is None and x.i in self.any_place:           # "Минск направит": a capital for its state
                prev = next((y for y in reversed(self.doc[lo:x.i]) if not y.is_space), None)
                place = next((p for i, j, p in self.places if i <= x.i < j), None)
                if place is not None and place.country and (prev is None or prev.pos_ != "ADP"):
                    iso = place.country
            if iso:
                return side if side is not None else _country(iso, x.text, x.idx, x.idx + len(x.text))
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
            losing = x.i == word.i - 1 and x.text.isupper() and bool(lem & self.st.owner_verbs)
            if self.sources.covering(x.idx, x.idx + 1) or (self._in_place_phrase(x, lo) and not losing):
                # "на территорию Беларуси прибыли": a place, no subject; but an indeclinable abbreviation right
                # before a verb of losing is who loses ("на донецком направлении ВСУ потеряли")
                continue
            side = self._side_word(x, source)
            if side is not None:
                return side
        return None

    def _in_place_phrase(self, x, lo: int) -> bool:
        """A word in a prepositional phrase of place: right after a preposition ("в Беларусь"), or a non-nominative
        with a preposition before it over at most two nouns or adjectives ("на территорию Беларуси"; "за сутки
        противник" is a subject). A phrase of origin is not one: "з Росії до Білорусі прибули" are Russia's, but for a departure it is the
        place left ("з території Білорусі вибули": not Belarus's); "с / з" with an instrumental is ("на границе
        с Украиной")."""
        from sitroom.nlp_slavic import can_be_nominative, only_instrumental

        before = [y for y in reversed(self.doc[max(lo, x.i - 3):x.i]) if not y.is_space]
        if before and before[0].pos_ == "ADP":
            # "на границе с Украиной", "біля кордону з Україною": with an instrumental, "с / з" is a neighbour
            return before[0].lower_ not in self.st.from_preps or only_instrumental(x.text, self.lang) or \
                self.departing
        if can_be_nominative(x.text, self.lang):
            return False
        for y in before:
            if self.all_timexes.overlapping(y.idx, y.idx + len(y.text)):
                return False                                  # "за сутки ВСУ потеряли": a phrase of time ends
            if y.pos_ == "ADP":
                return y.lower_ not in self.st.from_preps or self.departing
            if y.pos_ not in ("NOUN", "ADJ", "PROPN"):
                return False
        return False

    def _side_word(self, x, source: Entity | None) -> Entity | None:
        """The side a word names: the speaker's enemy, a country noun, or a resolved actor with a country."""
        iso = self._enemy_word(x, source) or (self._country_word(x) if x.pos_ == "NOUN" else None)
        if iso:
            return _country(iso, x.text, x.idx, x.idx + len(x.text))
        ent = self.actor_at.get(x.i)
        return ent if ent is not None and ent.country else None

    def _attacker(self, lo: int, first, source: Entity | None) -> Entity | None:
        """Whose attacks a count of attacks counts: the other side of whoever repels them ("отразили 4 атаки" in a
        Russian report: Ukraine's), else the subject that makes them ("противник провів 96 атак")."""
        clause = [x for x in self.doc[lo:first.i] if not x.is_space]
        if any(self._lemmas(x) & self.st.repel_verbs for x in clause):
            enemy = _enemy(source, self.lang)
            return _country(enemy) if enemy else None
        for x in reversed(clause):
            prev = x.i > 0 and self.doc[x.i - 1]
            if self.sources.covering(x.idx, x.idx + 1) or (prev and prev.pos_ == "ADP"):
                continue                                      # "на границе с Польшей пресечено 39 попыток": no one's
            side = self._side_word(x, source)
            if side is not None:
                return side
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

    def _owners_back(self, claims: list[Claim]) -> list[Claim]:
        """'Здесь приземлились 2 самолета … На аэродроме находится полтора десятка российских бортов': a military
        figure whose side its paragraph gives only later takes the side of the next figure of its kind there (of its
        broader kind: helicopters and transports are aircraft, 'бортов')."""
        out = list(claims)
        for k, c in enumerate(out):
            if c.owner is not None or c.counted not in _MILITARY or c.status in _VICTIMS | {"destroyed"}:
                continue
            block = self.voices.block_of(c.start)
            later = next((d for d in out[k + 1:k + 40] if broader_kind(d.counted) == broader_kind(c.counted)
                          and d.owner is not None
                          and self.voices.block_of(d.start) == block and d.status not in _VICTIMS | {"destroyed"}),
                         None)
            if later is not None:
                out[k] = replace(c, owner=later.owner)
        return out

    def _owners_in_list(self, claims: list[Claim]) -> list[Claim]:
        """'уничтожены 4 танка и 6 боевых машин ВСУ', 'знищено 3 танки та 4 гармати армії РФ': a military figure
        with no side in a list of its sentence takes the side the next item of the same status names after it (a
        genitive owner ends the list it closes)."""
        out = list(claims)
        for k, c in enumerate(out):
            if c.owner is not None or c.counted not in _MILITARY:
                continue
            later = next((d for d in out[k + 1:k + 6] if d.evidence.sentence == c.evidence.sentence
                          and d.start - c.end < 120), None)
            if later is not None and later.owner is not None and later.status == c.status and \
                    later.counted in _MILITARY:
                out[k] = replace(c, owner=later.owner)
        return out

