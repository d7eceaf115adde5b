"""What a ru/uk figure counts: the canonical kind of its noun, the noun phrase before a dash for a bare figure, the
noun after "число / кількість" or the figure before it for an elided one, and partitives ("13 з 16 дронів")."""
from __future__ import annotations

import re
from dataclasses import replace

from sitroom.analyze.claims._lexicon import taxonomy
from sitroom.analyze.claims._slavic._tables import _NUMBER_NOUNS, _OF_WORDS, _kinds

# a plural subject pronoun before a bare figure: its noun is in the sentences before
_PLURAL_PRONOUNS = frozenset({"их", "они", "їх", "вони"})
# the verb right before such a figure (lemmas): being, amounting to, numbering
_AMOUNT_VERBS = frozenset({"быть", "бути", "составить", "составлять", "скласти", "складати", "становити",
                           "насчитывать", "насчитать", "налічувати", "нарахувати"})
from sitroom.model import Claim, Quantity


def kind_of_slavic(unit: str | None, phrase: str, lang: str, sentence: str = "") -> str | None:
    """Canonical kind of a counted noun (its lemma `unit`) in its phrase as written ("боевых бронированных машин" ->
    armoured_vehicles, "единиц бронетехники" -> armoured_vehicles, "танков" -> tanks; "человек" in a sentence about
    troops -> personnel); the lemma itself when no kind knows it; None for no noun."""
    k = _kinds(lang)
    low = phrase.lower()
    if unit is None:
        return None
    lemma = unit.lower()
    for stem, kind in k.modifiers:
        if stem in low:
            return kind                                   # "особового складу": people, not a depot
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
    if specific is None and lemma not in k.classifiers:
        # the reader's lemma of a participle used as a noun is its verb ("мобилизованных" -> мобилизовать): the
        # written word's other dictionary lemmas name the kind ("мобилизованный": personnel)
        from sitroom.nlp_slavic import word_lemmas

        written = phrase.split()[:1]
        specific = next((k.nouns[w] for w in (word_lemmas(written[0], lang) if written else ()) if w in k.nouns),
                        None)
    return specific or (None if lemma in k.classifiers else lemma)



_OF_THEM = re.compile(r"\s+(?:из|з|із|зі)\s+(?:них|їх)\b", re.I)   # "7 из них", "5 з них"


def _phrase(text: str, q: Quantity, sentence_end: int, lang: str | None = None) -> str:
    """The counted phrase: from the number to its noun and, for a classifier, the next two words, and up to two
    more while the last is an adjective ("единиц российской военной техники": the noun after the adjectives)."""
    end = q.unit_end if q.unit_end is not None else q.end
    words = text[end:sentence_end].split()
    tail = words[:2]
    if lang is not None:
        from sitroom.nlp_slavic import is_adjective

        while len(tail) < min(4, len(words)) and tail and tail[-1][-1:].isalpha() and is_adjective(tail[-1], lang):
            tail.append(words[len(tail)])
    return text[q.end:end] + " " + " ".join(tail)



def _partitives(text: str, claims: list[Claim]) -> list[Claim]:
    """'збито 13 з 16 дронів', 'сбиты 5 из 8 ракет': the first figure counts what the second does, and the second,
    of drones or missiles shot down, counts the ones launched (attacked)."""
    out = list(claims)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if a.counted is None and a.end is not None and b.start is not None and \
                text[a.end:b.start].strip().lower() in _OF_WORDS:
            out[k] = replace(a, counted=b.counted, counted_text=b.counted_text)
        if a.end is not None and b.start is not None and text[a.end:b.start].strip().lower() in _OF_WORDS and \
                b.counted in ("drones", "missiles") and b.status == "destroyed":
            out[k + 1] = replace(b, status="attacked")      # "збили 7 із 10 БпЛА": the 10 were launched
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



class CountedMixin:
    """The kind of a figure with no counted noun of its own (a part of `_Finder`)."""

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
        found = self._subject_noun(first, lo, sent)
        if found is not None:
            return found
        prev = self.seen.get(block)
        if not prev and _OF_THEM.match(self.text, q.end):
            # "По его словам, силы ПВО сбили 7 из них": "of them" points back past the paragraph's start, to the
            # last figure of the paragraph before
            earlier = [b for b in self.seen if b < block and self.seen[b]]
            prev = self.seen[max(earlier)] if earlier else None
        if prev and prev[-1].claim.counted:
            self.antecedent = prev[-1].claim
            return prev[-1].claim.counted, prev[-1].claim.counted_text
        return None, written

    def _kind_at(self, x, sent) -> str | None:
        from sitroom.analyze.quantities import noun_lemma

        if x.pos_ not in ("NOUN", "ADJ") or x.i in self.any_place or not x.text[:1].isalpha():
            return None
        k = kind_of_slavic(noun_lemma(x.text, self.lang), x.text, self.lang, sent.text)
        return k if k in taxonomy().kinds else None

    def _subject_noun(self, first, lo: int, sent):
        """A bare figure whose subject stands before it: a counted noun of its clause ("российских военных в
        Белоруссии будет около 9 тысяч"), or a plural pronoun ("Всего их будет около 9 тысяч", "їх буде до 5
        тисяч") for the last counted noun of the two sentences before it. (kind, noun as written); sets
        `elided_owner` to a country adjective before that noun ("российские военные")."""
        self.elided_owner = None
        verb = next((x for x in reversed(self.doc[lo:first.i]) if not x.is_space), None)
        if verb is None or not self._lemmas(verb) & _AMOUNT_VERBS:
            return None                                   # only "N будет / составит N": the noun is its subject
        for x in reversed(self.doc[lo:verb.i]):
            if x.like_num or x.pos_ == "NUM":
                return None                               # "2 ешелони …, ще 3": the figure before counts it
            k = self._kind_at(x, sent)
            if k is not None:
                self._owner_before_noun(x)
                return k, x.text
        if not any(x.lower_ in _PLURAL_PRONOUNS for x in self.doc[lo:verb.i]):
            return None
        back = sent.start
        start = self.doc[back - 1].sent.start if back > 0 else back
        start = self.doc[start - 1].sent.start if start > 0 else start
        for x in reversed(self.doc[start:back]):
            k = self._kind_at(x, x.sent)
            if k is not None:
                self._owner_before_noun(x)
                return k, x.text
        return None

    def _owner_before_noun(self, x) -> None:
        from sitroom.analyze.claims._slavic._tables import _country

        for y in reversed(self.doc[max(0, x.i - 2):x.i]):
            iso = self._country_word(y)
            if iso:
                self.elided_owner = _country(iso, y.text, y.idx, y.idx + len(y.text))
                return
