"""The status of a ru/uk figure (a part of `_Finder`): the status cue of its own clause (data/<lang>/claim_status.json),
a future making it planned or pledged, else the figure before it in the paragraph."""
from __future__ import annotations

from sitroom.analyze.claims._slavic._tables import _COPULAS, _PEOPLE, _THINGS, _VICTIMS
from sitroom.model import Quantity
from sitroom.nlp_slavic import is_infinitive

def _ordered(lemmas) -> list[str]:
    """A word's lemmas in a fixed order, a participle's own entry before its verb's ("перемещенных": перемещённый,
    displaced, before переместить, arrived)."""
    return sorted(lemmas, key=lambda w: (w.endswith(("ть", "ться", "чь", "ти", "тися", "тись")), w))


_STATES = frozenset({"killed", "wounded", "captured", "released", "displaced"})   # what one stays as
_HARMS = frozenset({"destroyed", "killed", "wounded", "captured", "damaged"})   # what an attack does to its object


def _as_kind(status: str, kind: str | None) -> str:
    """People are killed, not destroyed ("знищили 1 100 військових", "уничтожено до 300 боевиков"); things are
    destroyed, not killed or wounded ("215 військових убитими й пораненими та 11 одиниць техніки"). Attacks are
    events, counted as made: what they destroyed or killed is not their status ("внаслідок 13 ударів зруйновано
    школу", "від 13 ударів загинули": attacked)."""
    if kind == "attacks" and status in _HARMS:
        return "attacked"
    if status == "destroyed" and kind in _PEOPLE:
        return "killed"
    if status in ("killed", "wounded") and kind in _THINGS:
        return "destroyed"
    return status


class StatusMixin:
    def _future(self, t, lo: int, hi: int, state: bool = False) -> bool:
        """Whether verb `t` speaks of what is to come: a future form, a future auxiliary, a verb of planning,
        having to or preparing near it; with `state` (a status of being there), "могут / можуть" is no future
        ("могут находиться до 15 тысяч": they may be there now)."""
        from sitroom.analyze.modality import slavic_future_words
        from sitroom.nlp_slavic import only_future

        if t.pos_ in ("VERB", "AUX") and (only_future(t.text, self.lang) or self._bare_future(t)):
            return True
        aux, plan = slavic_future_words(self.lang)
        plan = plan | self.st.intention
        if state:
            plan = plan - self.st.possibility
        for x in self.doc[max(lo, t.i - 4):min(hi, t.i + 2)]:
            if x.lower_ in aux or self._lemmas(x) & plan or self._modal(x) or self._prepares(x):
                return True
        return False

    def _bare_future(self, t) -> bool:
        """A Ukrainian perfective future that also reads as a short infinitive ("туди перекинуть ще 10 тисяч"):
        a future when no verb right before it governs it ("мають перекинуть" is an infinitive)."""
        from sitroom.nlp_slavic import future_or_infinitive

        if self.lang != "uk" or not future_or_infinitive(t.text, self.lang):
            return False
        prev = next((y for y in reversed(self.doc[max(0, t.i - 2):t.i]) if not y.is_space), None)
        return prev is None or prev.pos_ not in ("VERB", "AUX")

    def _prepares(self, x) -> bool:
        """A verb of preparing with its preposition after it ("готовит к переброске", "готує до перекидання")."""
        if not self._lemmas(x) & self.st.prepare_verbs:
            return False
        nxt = next((y for y in self.doc[x.i + 1:x.i + 3] if not y.is_space), None)
        return nxt is not None and nxt.lower_ in self.st.prepare_preps

    def _modal(self, x) -> bool:
        """A verb of having to with an infinitive right after it ("мають прибути", "має надійти"): what is to come;
        its own status ("має 40 танків": having) is not the figure's."""
        if not self._lemmas(x) & self.st.modal_verbs:
            return False
        nxt = next((y for y in self.doc[x.i + 1:x.i + 3] if not y.is_space), None)
        return nxt is not None and (nxt.morph.get("VerbForm") == ["Inf"] or is_infinitive(nxt.text, self.lang))

    def _status_of(self, q: Quantity, head, first, kind: str | None, block: int) -> str:
        from sitroom.nlp_slavic import is_predicate

        self.status_token, self.raw_status = None, None

        lo, hi = self._clause(first.i)
        st = self.st
        people = kind in _PEOPLE
        own = next((st.counted[w] for w in self._lemmas(head) if w in st.counted), None) if head is not None else None
        best: tuple[float, str, object] | None = None
        sent = self.doc[first.i].sent
        label = self._label_end(lo, first)
        for x in self.doc[lo:hi]:
            if x.is_space or (q.start <= x.idx < q.end) or not x.text[:1].isalpha() or (head is not None
                                                                                        and x.i == head.i):
                continue                                      # the counted noun is no status word of its clause
            if x.i < label:
                continue                                      # "особового складу — 66 650": a list line's label
            lem = self._lemmas(x)
            if self._modal(x):
                continue                                      # "мають прибути": the infinitive's status
            noun = next((st.nouns[w] for w in _ordered(lem) if w in st.nouns), None)
            found = noun or next((st.words[w] for w in _ordered(lem) if w in st.words), None)
            if found is None:
                continue
            if found == "loss":
                found = st.loss["people" if people else "things"]
            d = abs(x.i - first.i)
            commas = sum(1 for y in self.doc[min(x.i, first.i):max(x.i, first.i)] if y.text == ",")
            # an event noun of the clause outweighs its verb: "потери составили" (killed), "отримали поранення" (wounded)
            score = d + 3 * commas - (20 if noun is not None and found in ("killed", "destroyed", "wounded") else 0) \
                + (10 if found == "observed" or lem & _COPULAS else 0)
            if best is None or score < best[0]:
                best = (score, found, x)
        if own is not None and not (best and own == "captured" and best[1] == "released"):
            return own                                        # "200 погибших"; "повернула 100 військовополонених"
        if best is None and head is not None:
            # a counted noun that is a participle of a status verb, with no other status word in its clause
            # ("около 1200 мобилизованных", "понад 300 поранених"): its verb's status
            found = next((st.words[w] for w in _ordered(self._lemmas(head)) if w in st.words), None)
            if found is not None and found not in ("observed", "loss"):
                best = (0.0, found, head)
        if best is None:
            # no status word of its own: a list item or a verbless line takes the figure before it in the
            # paragraph ("• 27 танков;", "Із них щонайменше 109"); a clause with a verb of its own is reported
            prev = self.seen.get(block)
            verbs = [x for x in self.doc[lo:hi] if x.text[:1].isalpha() and not (q.start <= x.idx < q.end)
                     and is_predicate(x.text, self.lang) and not self._marker(x)]
            if self.antecedent is not None and any(self._future(x, lo, hi) for x in verbs):
                return "planned"                              # "прибули 2 ешелони, ще 3 очікуються": what is to come
            if self.antecedent is not None:
                return self.antecedent.status                 # "Раніше він говорив про 15 тисяч", "Із них 109"
            if verbs and head is not None and self._lemmas(head) & st.attack_nouns:
                return "attacked"                             # "противник провів 96 атак": attacks made
            if prev and prev[-1].claim.status != "reported" and not verbs:
                return _as_kind(prev[-1].claim.status, kind)  # "втратила 300 військових, а також 50 танків"
            if any(self._future(x, sent.start, first.i + 1) for x in verbs):
                return "planned"
            if kind != "attacks" and any(x.lower_ in st.now_words for x in self.doc[lo:hi]):
                return "present"                              # "всего в Беларуси сейчас около 8 тысяч"
            carried = self._carried_status(block, q)
            if carried is not None:
                return carried                                # "У складі ешелонів зафіксовано: • 12 танків"
            return "reported"
        _, found, word = best
        state = self._state_after(word, q) if found == "present" else None
        if state is not None:
            found, word = state                               # "5 млн человек остаются перемещенными лицами"
        if found == "pledged" and self._consents_to_host(word):
            return "planned"                                  # "Мінськ погодився прийняти до 9 тисяч військових РФ"
        if found == "arrived" and self._lemmas(word) & st.undergo_verbs and self._undergoes(word, q):
            found = "present"                                 # "500 військових проходять навчання": there, training
        self.status_token, self.raw_status = word, found
        if found == "observed":
            found = "reported" if kind == "attacks" else "present"
        if found == "released" and kind in ("positions", "targets"):
            return "captured"                                 # liberated villages are taken back
        if found == "departed" and kind in ("people", "civilians", "refugees", "children"):
            return "displaced"                                # civilians who leave
        found = _as_kind(found, kind)
        if found in _VICTIMS or found == "destroyed":
            return found
        state = found == "present"
        if self._future(word, lo, hi, state) or any(self._future(x, lo, hi, state) for x in self.doc[lo:first.i]
                                                     if x.pos_ in ("VERB", "AUX") and not self._marker(x)):
            return "pledged" if found in st.pledge_future else "planned"
        prev = next((y for y in reversed(self.doc[max(lo, word.i - 2):word.i]) if not y.is_space), None)
        if found not in st.pledge_future and prev is not None and self._consents_to_host(prev):
            return "planned"                                  # "Минск согласился разместить около 4 тысяч"
        return found


    def _label_end(self, lo: int, first) -> int:
        """A list line "label — figure" ("особового складу — близько 66 650", "танков — 2 469"): the index of its
        dash, the words before it naming what is counted; else `lo`."""
        prev = next((y for y in reversed(self.doc[lo:first.i]) if not y.is_space), None)
        if prev is None or prev.text not in ("—", "–", "-", ":"):
            return lo
        words = [y for y in self.doc[lo:prev.i] if not y.is_space and not y.is_punct]
        return prev.i if 0 < len(words) <= 4 and all(y.pos_ in ("NOUN", "ADJ") for y in words) else lo

    def _carried_status(self, block: int, q: Quantity) -> str | None:
        """A list item under a heading of what was carried ("У складі ешелонів зафіксовано:", "В составе
        эшелонов:"), no figure in the heading: the status of the last figure of the paragraph before, a move or a
        presence (what the trains brought arrived with them)."""
        start = self.voices.block_start(block)
        colon = self.text.find(":", start, q.start)
        if colon < 0 or not self.st.composition:
            return None
        heading = " ".join(self.text[start:colon].lower().split())
        if not any(heading.startswith(w + " ") or f" {w} " in f" {heading} " for w in self.st.composition):
            return None
        if any(s.claim.start < colon for s in self.seen.get(block, ())):
            return None                                       # the heading counts on its own
        earlier = [b for b in self.seen if b < block and self.seen[b]]
        if not earlier:
            return None
        status = self.seen[max(earlier)][-1].claim.status
        return status if status in ("arrived", "departed", "planned", "present") else None

    def _state_after(self, verb, q: Quantity):
        """A verb of being or staying with a state in the instrumental after it ("остаются внутренне перемещенными
        лицами", "числятся погибшими", "залишаються пораненими"): the state's status and word, else None."""
        from sitroom.nlp_slavic import can_be_instrumental

        if verb.pos_ not in ("VERB", "AUX"):
            return None
        for y in self.doc[verb.i + 1:verb.i + 4]:
            if y.is_space or q.start <= y.idx < q.end:
                continue
            states = {self.st.words[w] for w in self._lemmas(y) if w in self.st.words} & _STATES
            if states and can_be_instrumental(y.text, self.lang):
                return sorted(states)[0], y                   # "перемещенными": displaced, not "переместить"
        return None

    def _consents_to_host(self, verb) -> bool:
        """A verb of agreeing or promising with an infinitive after it that gives nothing away ("согласился
        разместить", "погодився прийняти", "пообещал направить"): what it promises is a plan, not a pledge (a
        pledge gives: "пообещал передать 30 танков")."""
        if verb.pos_ not in ("VERB", "AUX") or not any(self.st.words.get(w) == "pledged" for w in self._lemmas(verb)):
            return False
        nxt = next((y for y in self.doc[verb.i + 1:verb.i + 3] if not y.is_space), None)
        if nxt is None or not nxt.morph.get("VerbForm") == ["Inf"] and not is_infinitive(nxt.text, self.lang):
            return False
        gives = {w for w, st in self.st.words.items() if st in self.st.pledge_future}
        return not self._lemmas(nxt) & gives

    def _undergoes(self, verb, q: Quantity) -> bool:
        """A verb of passing after its counted subject with a bare noun object right after it ("около 1000
        мобилизованных проходят подготовку", "500 військових проходять навчання"): undergoing, not passing through
        ("через станцию прошли 11 эшелонов" has no object)."""
        from sitroom.nlp_slavic import can_be_accusative

        nxt = next((y for y in self.doc[verb.i + 1:verb.i + 3] if not y.is_space), None)
        return q.end <= verb.idx and nxt is not None and nxt.pos_ == "NOUN" and nxt.text[:1].islower() and \
            can_be_accusative(nxt.text, self.lang)

    def _marker(self, x) -> bool:
        """A sentence-opening verb before a comma ("Нагадаємо, …", "Напомним, …"): the outlet's aside, not a
        future of the figure's clause."""
        nxt = next((y for y in self.doc[x.i + 1:x.i + 3] if not y.is_space), None)
        return x.i == x.sent.start and nxt is not None and nxt.text == ","

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
