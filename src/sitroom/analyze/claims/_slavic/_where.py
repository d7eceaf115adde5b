"""Where a ru/uk figure is (a part of `_Finder`): a place after a place preposition in its clause, the place a leaving
verb leaves, the recipient of a delivery, the subject of a receiving verb; else a place nearby in its paragraph."""
from __future__ import annotations

from sitroom.analyze.claims._slavic._tables import _country_place
from sitroom.model import Place


class WhereMixin:
    def _place_in_clause(self, lo: int, hi: int, first, status: str, word) -> Place | None:
        leaving = word is not None and self._lemmas(word) & self.st.leave_verbs
        best = None
        for k in range(lo, hi):
            got = self.place_at.get(k)
            if got is None or got[0] != k:
                continue
            i, j, p = got
            if self.sources.covering(self.doc[i].idx, self.doc[i].idx + 1):
                continue                                      # "у Міноборони РФ заявили": who speaks, not where
            prev = [x for x in self.doc[max(lo, i - 3):i] if not x.is_space]
            to = self.own.preps - self.st.from_preps
            preps = to | self.st.from_preps if leaving else to
            ok = bool(prev) and (prev[-1].lower_ in preps or (len(prev) > 1 and prev[-2].lower_ in preps
                                                              and prev[-1].pos_ in ("NOUN", "ADJ")))
            if leaving and not ok and word is not None and 0 < i - word.i <= 2:
                ok = True                                           # "покинула полигон X"
            if not ok:
                continue
            # "виїхали з X до Y": where they went, Y, for people fleeing; the place troops leave, X, for a departure
            # ("з території Білорусі до Росії вибули 20 ешелонів": gone from Belarus)
            away = status == "departed" and any(k in self.from_place for k in range(lo, hi))
            d = abs(i - first.i) + (20 if leaving and (i not in self.from_place if away else i in self.from_place)
                                    else 0)
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

    def _country_noun_place(self, lo: int, hi: int) -> Place | None:
        """'в стране находятся 5 тысяч', 'в країну прибули 27 ешелонів': a country noun after a place preposition in
        the clause is the country the text is about — the headline's, else the country of the last place named
        before it; 'над регионом сбиты 8 беспилотников': a place noun is the last place named before it (origins
        left out)."""
        to = self.own.preps - self.st.from_preps
        for x in self.doc[lo:hi]:
            lem = self._lemmas(x)
            country, place = bool(lem & self.own.country_nouns), bool(lem & self.own.place_nouns)
            if not (country or place) or x.i in self.any_place:
                continue                                      # "Белгородская область" is a place of its own
            prev = next((y for y in reversed(self.doc[max(lo, x.i - 3):x.i]) if not y.is_space), None)
            if prev is None or prev.lower_ not in to:
                continue
            if country and self.context.location is not None and self.context.location.country:
                return _country_place(self.context.location.country)
            before = [p for i, p in self._near if i < x.i and p.country]
            if before:
                return _country_place(before[-1].country) if country else before[-1]
        return None
